"""Rehearsal: `caseclock replay` runs the daemon over old mail, `caseclock demo` over a
sample story."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from daemon.cli_common import parse_date
from daemon.config import ConfigError, load_config
from daemon.demo import REPLAY_UNTIL, write_demo_mails
from daemon.logs import configure as configure_logs
from daemon.replay import ReplayError, ReplayResult, render_text
from daemon.replay import replay as run_replay

_PROGRESS_MIN_DAYS = 31  # a shorter replay is over before a bar is worth drawing


def _replay_and_print(
    config_path: Path | None,
    source: Path,
    until: date,
    start: date | None,
    db: str | None,
    as_json: bool,
) -> ReplayResult:
    try:
        config = load_config(config_path)
    except ConfigError as err:
        raise click.ClickException(str(err)) from None
    # The replay's own INFO lines (each mail, each send) would bury its tables.
    level = "DEBUG" if config.logging.level == "DEBUG" else "WARNING"
    configure_logs(level, config.logging.json_lines)
    first = start
    days = (until - first).days + 1 if first else 0
    try:
        if sys.stdout.isatty() and (first is None or days > _PROGRESS_MIN_DAYS):
            with click.progressbar(length=max(days, 1), label="replaying", file=sys.stderr) as bar:
                result = run_replay(
                    config, source, until, start, db, on_day=lambda _day: bar.update(1)
                )
        else:
            result = run_replay(config, source, until, start, db)
    except ReplayError as err:
        raise click.ClickException(str(err)) from None
    if as_json:
        click.echo(json.dumps(result.to_json(), indent=1, ensure_ascii=False))
    else:
        click.echo(render_text(result))
    return result


@click.command("replay")
@click.argument("source", type=click.Path(path_type=Path, exists=True))
@click.option("--until", callback=parse_date, required=True, help="Last day (YYYY-MM-DD).")
@click.option("--from", "start", callback=parse_date, help="First day (default: first mail's).")
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="TOML configuration (default: caseclock's --config, else the embedded defaults).",
)
@click.option("--db", help="Keep the store here (SQLite path or URL); default: a temporary one.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object, for machines.")
@click.pass_context
def replay(
    ctx: click.Context,
    source: Path,
    until: date | None,
    start: date | None,
    config_path: Path | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Run the daemon over SOURCE (a folder of .eml files, a Maildir or an mbox) with a
    simulated clock, day by day to --until; nothing is sent. Prints the deadlines, the
    mail that would have gone out, and what went to triage or quarantine."""
    assert until is not None  # required
    if start is not None and start > until:
        raise click.BadParameter("--from is after --until", param_hint="--from")
    path = config_path or (ctx.obj or {}).get("config_path")
    _replay_and_print(path, source, until, start, db, as_json)


@click.command("demo")
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("var/demo"),
    show_default=True,
    help="Folder for the sample mails.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object, for machines.")
@click.pass_context
def demo(ctx: click.Context, out: Path, as_json: bool) -> None:
    """Write one fictional child's story as sample mails and replay it: what caseclock
    would have done, deadline by deadline and mail by mail (nothing is sent)."""
    try:
        written = write_demo_mails(out)
    except OSError as err:
        raise click.ClickException(f"cannot write the sample mails to {out}: {err}") from None
    if not as_json:
        click.echo(f"{len(written)} sample mails written to {out}/ (all fictional)\n")
    path = (ctx.obj or {}).get("config_path")
    _replay_and_print(path, out, REPLAY_UNTIL, None, None, as_json)
    if not as_json:
        click.echo(
            f"\nTry: caseclock classify {out}/01-looked-after.eml, or "
            f"caseclock replay {out} --until 2027-01-08 --json"
        )
