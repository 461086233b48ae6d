"""Reports for managers and inspectors: the Appendix A RAG view and compliance."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from sqlmodel import Session

from daemon.cli_common import app_of, parse_date
from daemon.clock import SystemClock
from daemon.clock import today as today_of
from daemon.reports import (
    FORMATS,
    compliance_report,
    rag_report,
    render_compliance,
    render_rag,
)


def _emit_report(text: str, out: Path | None) -> None:
    """Print a report, or write it to ``out`` (UTF-8) and say where it went."""
    if out is None:
        click.echo(text.rstrip("\n"))
        return
    try:
        out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as err:
        raise click.ClickException(f"cannot write {out}: {err.strerror}") from None
    click.echo(f"report written to {out}", err=True)


_FORMAT = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True
)
_OUT = click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to this file instead of printing it.",
)


@click.group()
def report() -> None:
    """Reports for managers and inspectors (children by LA reference and initials only)."""


@report.command("rag")
@click.option("--as-of", callback=parse_date, help="Date to judge by (YYYY-MM-DD).")
@_FORMAT
@_OUT
@click.pass_context
def report_rag(ctx: click.Context, as_of: date | None, fmt: str, out: Path | None) -> None:
    """Appendix A RAG monitoring by child, IRO, team and rule, with the 12-week trend.

    Each stored deadline is judged as of the date (as `caseclock deadlines --as-of` does).
    In timescale = met on time / (met on time + met late + overdue). HTML is one
    self-contained, printable page with a chart."""
    app = app_of(ctx)
    when = as_of or today_of(SystemClock())
    try:
        with Session(app.engine) as session:
            result = rag_report(session, when, app.calendar, app.settings, app.config)
    finally:
        app.engine.dispose()
    _emit_report(render_rag(result, fmt), out)


@report.command("compliance")
@click.option("--from", "start", callback=parse_date, required=True, help="First due date.")
@click.option("--to", "end", callback=parse_date, required=True, help="Last due date.")
@click.option("--as-of", callback=parse_date, help="Judge outcomes as of (default: today).")
@_FORMAT
@_OUT
@click.pass_context
def report_compliance(
    ctx: click.Context,
    start: date,
    end: date,
    as_of: date | None,
    fmt: str,
    out: Path | None,
) -> None:
    """For each rule: deadlines due in the period; met on time, met late, still overdue."""
    if end < start:
        raise click.BadParameter("--to is before --from", param_hint="--to")
    app = app_of(ctx)
    when = as_of or today_of(SystemClock())
    try:
        with Session(app.engine) as session:
            result = compliance_report(session, start, end, when, app.config)
    finally:
        app.engine.dispose()
    _emit_report(render_compliance(result, fmt), out)
