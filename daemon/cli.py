"""The ``caseclock`` command line (click): run the service and look inside it."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click
from sqlmodel import Session, col, select

from daemon import models as m
from daemon.alerts import Alerts
from daemon.app import ensure_maildir
from daemon.cli_common import app_of, load, parse_date
from daemon.clock import SystemClock, today
from daemon.commands import COMMANDS
from daemon.config import ConfigError, load_config, redact_url
from daemon.mailbox import make_source
from daemon.service import Service
from daemon.store import StoreError, case_state, done_steps
from parsers import parse_email
from rules.catalogue import RULES_BY_ID
from rules.engine import LIVE_STATUSES, Status, evaluate_case, status_on

log = logging.getLogger("caseclock")


@click.group()
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="CASECLOCK_CONFIG",
    help="TOML configuration (default: the embedded defaults).",
)
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None) -> None:
    """caseclock keeps the statutory clocks of looked-after children running on time."""
    ctx.ensure_object(dict)
    ctx.obj["config_path"] = config_path


@cli.command("check-config")
@click.argument("path", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.pass_context
def check_config(ctx: click.Context, path: Path | None) -> None:
    """Validate a configuration and print it with secrets redacted."""
    target = path or ctx.obj["config_path"]
    try:
        config = load_config(target)
    except ConfigError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"configuration ok: {target or '(embedded defaults)'}")
    click.echo(json.dumps(config.redacted_summary(), indent=2))


@cli.command()
@click.pass_context
def migrate(ctx: click.Context) -> None:
    """Create or upgrade the case store's schema."""
    app = app_of(ctx)
    click.echo(f"schema up to date: {redact_url(app.config.store.url)}")


@cli.command()
@click.option("--once", is_flag=True, help="Take in the mailbox and sweep once, then exit.")
@click.option("--dry-run", is_flag=True, help="Write outgoing mail to the file outbox only.")
@click.pass_context
def run(ctx: click.Context, once: bool, dry_run: bool) -> None:
    """Run the service: watch the mailbox, keep the deadlines true, until stopped."""
    app = app_of(ctx)
    if dry_run:
        outbox = app.config.outbox.model_copy(update={"dry_run": True})
        app.config = app.config.model_copy(update={"outbox": outbox})
    config = app.config
    if config.mailbox.kind == "maildir":
        ensure_maildir(config.mailbox.path)
    if config.outbox.transport == "file":
        ensure_maildir(config.outbox.path)
    clock = SystemClock()
    alerts = Alerts(
        app.engine,
        clock,
        str(config.people.administrator),
        str(config.outbox.from_address),
        config.schedule.quiet_working_hours,
    )
    log.info(
        "caseclock starting: store %s, mailbox %s, outbox %s",
        redact_url(config.store.url),
        config.mailbox.path if config.mailbox.kind == "maildir" else config.mailbox.kind,
        config.outbox.path if config.outbox.transport == "file" else "smtp",
    )
    service = Service(app, clock, lambda: make_source(config.mailbox), alerts)
    if once:
        service.run_once()
        log.info("caseclock stopped")
        return
    asyncio.run(_serve(service))


async def _serve(service: Service) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await service.run(stop)


@cli.command()
@click.option("--as-of", callback=parse_date, help="Date to judge by (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, for machines.")
@click.option("--all", "include_all", is_flag=True, help="Include pending and closed ones.")
@click.pass_context
def deadlines(ctx: click.Context, as_of: date | None, as_json: bool, include_all: bool) -> None:
    """List open deadlines, due soonest first."""
    app = app_of(ctx)
    when = as_of or today(SystemClock())
    query = select(m.Deadline, m.Child).join(m.Child, col(m.Deadline.child_id) == m.Child.id)
    if not include_all:
        live = [s.value for s in LIVE_STATUSES if s is not Status.PENDING]
        query = query.where(col(m.Deadline.status).in_(live))
    rows: list[dict[str, Any]] = []
    with Session(app.engine) as session:
        for deadline, child in session.exec(query).all():
            status = deadline.status
            rule = RULES_BY_ID.get(deadline.rule_id)
            if (
                rule
                and deadline.due
                and deadline.clock_start
                and status
                in (
                    Status.OPEN.value,
                    Status.OVERDUE.value,
                )
            ):
                status = status_on(rule, deadline.due, deadline.met_on, when).value
            rows.append(
                {
                    "id": deadline.id,
                    "rule": deadline.rule_id,
                    "source": rule.source if rule else None,
                    "la_ref": child.la_ref,
                    "initials": child.initials,
                    "subject": deadline.subject_key,
                    "due": deadline.due.isoformat() if deadline.due else None,
                    "status": status,
                    "met_on": deadline.met_on.isoformat() if deadline.met_on else None,
                    "next_step": deadline.next_step,
                    "next_step_on": (
                        deadline.next_step_on.isoformat() if deadline.next_step_on else None
                    ),
                }
            )
    rows.sort(key=lambda r: (r["due"] or "9999", r["rule"], r["id"]))
    if as_json:
        click.echo(json.dumps(rows, indent=1))
        return
    if not rows:
        click.echo(f"no open deadlines as of {when.isoformat()}")
        return
    header = ("ID", "DUE", "STATUS", "RULE", "CHILD", "SUBJECT", "NEXT STEP")
    table = [
        (
            str(r["id"]),
            r["due"] or "-",
            r["status"],
            r["rule"],
            f"{r['la_ref'] or '-'} {r['initials'] or ''}".strip(),
            r["subject"],
            f"{r['next_step']} {r['next_step_on']}" if r["next_step"] else "-",
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *table]) for i in range(len(header))]
    for line in [header, *table]:
        click.echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
    click.echo(f"{len(rows)} deadlines as of {when.isoformat()}")


@cli.command()
@click.argument("deadline_id", type=int)
@click.option("--as-of", callback=parse_date, help="Date to judge by (YYYY-MM-DD).")
@click.pass_context
def explain(ctx: click.Context, deadline_id: int, as_of: date | None) -> None:
    """Show one deadline's working: what started it, how it was counted, its history."""
    app = app_of(ctx)
    when = as_of or today(SystemClock())
    with Session(app.engine) as session:
        row = session.get(m.Deadline, deadline_id)
        if row is None:
            raise click.ClickException(f"no deadline with id {deadline_id}")
        child = session.get(m.Child, row.child_id)
        assert child is not None
        siblings = session.exec(select(m.Deadline).where(m.Deadline.child_id == row.child_id)).all()
        found = [
            d
            for d in evaluate_case(
                case_state(session, child),
                when,
                app.calendar,
                app.settings,
                done_steps=done_steps(siblings),
            )
            if d.key == (row.rule_id, row.subject_key)
        ]
        click.echo(f"Deadline {row.id}: child {child.la_ref or child.id} {child.initials or ''}")
        if found:
            for line in found[0].explanation:
                click.echo(f"  {line}")
            for step in found[0].schedule:
                click.echo(f"  Ladder: {step.name} on {step.on.isoformat()} to {step.to}")
        else:
            click.echo(f"  No longer follows from the case facts: {row.reason or row.status}.")
        history = session.exec(
            select(m.Audit)
            .where(m.Audit.entity == "deadline", m.Audit.entity_id == row.id)
            .order_by(col(m.Audit.at), col(m.Audit.id))
        ).all()
        if history:
            click.echo("  History:")
        for entry in history:
            change = f"{entry.field}: {entry.old or '-'} -> {entry.new or '-'}"
            click.echo(f"    {entry.at:%Y-%m-%d %H:%M} {change} ({entry.why})")


# kinds.md's keys, then what `classify --json` adds to them.
CLASSIFY_KEYS = (
    "kind",
    "subtype",
    "confidence",
    "case_number",
    "child",
    "people",
    "dates",
    "message_id",
    "sent_at",
)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def classify(ctx: click.Context, files: tuple[Path, ...], as_json: bool) -> None:
    """Classify .eml files and print their facts records (no store needed)."""
    settings = load(ctx).parser_settings()
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise click.ClickException(f"cannot read {path}: {err.strerror}") from None
        record = parse_email(raw, settings).to_dict()
        if as_json:
            out = {key: record[key] for key in CLASSIFY_KEYS}
            out.update(
                trust=record["trust"],
                trust_reason=record["trust_reason"],
                malformed=record["malformed"],
                signals=record["signals"],
                file=str(path),
            )
            click.echo(json.dumps(out, ensure_ascii=False))
            continue
        child = record["child"]
        click.echo(
            f"{path}: {record['kind']}"
            + (f"/{record['subtype']}" if record["subtype"] else "")
            + f" ({record['confidence']:.2f}), {record['trust']}"
        )
        click.echo(
            f"  case {record['case_number'] or '-'}, child ref {child['la_ref'] or '-'}, "
            f"sent {record['sent_at'] or '-'}"
        )
        dates = {k: v for k, v in record["dates"].items() if v}
        if dates:
            click.echo(f"  dates: {dates}")
        if record["malformed"]:
            click.echo(f"  malformed: {record['malformed']}")
        click.echo(f"  signals: {'; '.join(record['signals'][:6])}")


for command in COMMANDS:
    cli.add_command(command)


def main() -> None:
    try:
        cli(obj={})
    except StoreError as err:  # pragma: no cover - click reports ClickException itself
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
