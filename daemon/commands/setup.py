"""Setting up: `caseclock doctor` checks a configuration, `caseclock init` writes one."""

from __future__ import annotations

import pathlib
import sys

import click

from daemon.config import ConfigError, load_config
from daemon.init import StarterAnswers


@click.command("doctor")
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=pathlib.Path, dir_okay=False),
    help="TOML configuration to check (default: caseclock's --config, else built-in defaults).",
)
@click.pass_context
def doctor(ctx: click.Context, config_file: pathlib.Path | None) -> None:
    """Check the configuration against the world: store, mailbox, outbox, calendar, files.

    One line per check, ok or the fix; nothing is changed and no mail is sent. Exits 1 when
    a check failed.
    """
    from daemon.doctor import failed, run_checks

    path: pathlib.Path | None = config_file or (ctx.obj or {}).get("config_path")
    checks = run_checks(path)
    for check in checks:
        click.echo(check.line())
    bad = failed(checks)
    click.echo(f"{len(checks)} checks, {len(bad)} failed")
    if bad:
        ctx.exit(1)


@click.command("init")
@click.argument("path", required=False, type=click.Path(path_type=pathlib.Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing configuration file.")
@click.option("--defaults", is_flag=True, help="Ask nothing, even on a terminal.")
@click.pass_context
def init(ctx: click.Context, path: pathlib.Path | None, force: bool, defaults: bool) -> None:
    """Write a starter configuration (PATH, else --config, else ./caseclock.toml) and create
    its store. Asks a few questions on a terminal, none otherwise."""
    from daemon.config import redact_url
    from daemon.init import restrict_sqlite_files, write_starter_config
    from daemon.store import make_engine, migrate

    given: pathlib.Path | None = path or (ctx.obj or {}).get("config_path")
    target = given or pathlib.Path("caseclock.toml")
    if target.exists() and not force:
        raise click.ClickException(f"{target} exists: not overwritten (--force overwrites it)")
    answers = StarterAnswers()
    if not defaults and sys.stdin.isatty() and sys.stdout.isatty():
        answers = _ask_starter_answers(answers)
    try:
        write_starter_config(target, answers, force=force)
    except FileExistsError:
        raise click.ClickException(
            f"{target} exists: not overwritten (--force overwrites it)"
        ) from None
    except (ConfigError, OSError) as err:
        raise click.ClickException(f"{target} not written: {err}") from None
    click.echo(f"wrote {target}")
    try:
        config = load_config(target)
    except ConfigError as err:  # pragma: no cover - validated before writing
        raise click.ClickException(str(err)) from None
    engine = make_engine(config.store.url)
    try:
        migrate(engine)
    except Exception as err:
        raise click.ClickException(
            f"store {redact_url(config.store.url)} not created: {err}; "
            f"fix store.url in {target}, then run caseclock migrate"
        ) from None
    finally:
        engine.dispose()
    restrict_sqlite_files(config.store.url)
    click.echo(f"store ready: {redact_url(config.store.url)}")
    click.echo(f"next: caseclock --config {target} doctor")


def _ask_starter_answers(default: StarterAnswers) -> StarterAnswers:
    """The few questions of `caseclock init`, each with its default."""
    from dataclasses import replace

    kind = click.prompt(
        "Mailbox (maildir: a local folder; imap: the shared mailbox)",
        type=click.Choice(["maildir", "imap"]),
        default=default.mailbox_kind,
    )
    answers = replace(default, mailbox_kind="imap" if kind == "imap" else "maildir")
    if kind == "imap":
        answers = replace(
            answers,
            imap_host=click.prompt("IMAP host", default=default.imap_host),
            imap_username=click.prompt("IMAP user name", default=default.imap_username),
        )
    transport = click.prompt(
        "Outbox (file: keep mail in a folder; smtp: send it)",
        type=click.Choice(["file", "smtp"]),
        default=default.outbox_transport,
    )
    answers = replace(answers, outbox_transport="smtp" if transport == "smtp" else "file")
    if transport == "smtp":
        answers = replace(answers, smtp_host=click.prompt("SMTP host", default=default.smtp_host))
    return replace(
        answers,
        administrator=click.prompt("Administrator's address", default=default.administrator),
    )
