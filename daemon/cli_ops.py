"""Operator commands: look at a case, settle triage, run kept mail again, see the status."""

from __future__ import annotations

import getpass
import json
from collections import Counter
from datetime import date
from typing import Any

import click
from sqlalchemy import func
from sqlmodel import Session, col, select

from daemon import models as m
from daemon.cli_common import app_of, parse_date
from daemon.clock import LONDON, SystemClock
from daemon.clock import today as today_in_london
from daemon.ingest import reprocess as reprocess_rows
from daemon.record import RECORDABLE, RecordError, record_fact
from daemon.sweep import LAST_SWEEP_KEY


def find_child(session: Session, ref: str) -> m.Child:
    """A child by LA reference, by case number, or by '#<id>'."""
    if ref.startswith("#") and ref[1:].isdigit():
        child = session.get(m.Child, int(ref[1:]))
        if child is not None:
            return child
    child = session.exec(select(m.Child).where(m.Child.la_ref == ref)).first()
    if child is not None:
        return child
    normalised = ref.replace(" ", "").upper()
    ids = set(
        session.exec(
            select(m.Proceedings.child_id).where(m.Proceedings.case_number == normalised)
        ).all()
    )
    if len(ids) == 1:
        found = session.get(m.Child, ids.pop())
        if found is not None:
            return found
    if len(ids) > 1:
        raise click.ClickException(f"case number {normalised} names several children: use #id")
    raise click.ClickException(
        f"no child with reference {ref!r} (an LA reference, case number or #id)"
    )


def _d(value: Any) -> str:
    return value.isoformat() if value is not None else "-"


@click.group()
def case() -> None:
    """Look at a child's case."""


@case.command("show")
@click.argument("ref")
@click.pass_context
def case_show(ctx: click.Context, ref: str) -> None:
    """A child's record, documents, deadlines and audit history."""
    app = app_of(ctx)
    with Session(app.engine) as session:
        child = find_child(session, ref)
        cid = child.id
        click.echo(
            f"Child #{cid}: {child.la_ref or '-'} {child.initials or ''} ({child.name or '-'})"
        )
        click.echo(
            f"  born {_d(child.dob)}; looked after from {_d(child.looked_after_on)}; "
            f"ceased {_d(child.ceased_on)}"
        )
        for person in session.exec(select(m.CasePerson).where(m.CasePerson.child_id == cid)):
            click.echo(f"  {person.role}: {person.name or '-'} <{person.email or '-'}>")
        for p in session.exec(select(m.Proceedings).where(m.Proceedings.child_id == cid)):
            click.echo(
                f"  proceedings {p.case_number}: guardian named {_d(p.guardian_named_on)}, "
                f"CMH {_d(p.cmh)}, IRH {_d(p.irh)}, ended {_d(p.ended_on)} {p.final_order or ''}"
            )
        for r in session.exec(
            select(m.Review).where(m.Review.child_id == cid).order_by(col(m.Review.sequence))
        ):
            click.echo(
                f"  review {r.sequence}: booked for {_d(r.booked_for)}, held {_d(r.held_on)}, "
                f"decisions {_d(r.decisions_on)}, full record {_d(r.full_record_on)}"
            )
        click.echo("  Documents:")
        for doc in session.exec(select(m.Document).where(m.Document.child_id == cid)):
            click.echo(
                f"    {doc.kind} {doc.subtype or ''}: dated {_d(doc.document_date)}, "
                f"due {_d(doc.filing_due)}, received {_d(doc.received_on)}"
            )
        click.echo("  Deadlines:")
        for d in session.exec(
            select(m.Deadline).where(m.Deadline.child_id == cid).order_by(col(m.Deadline.due))
        ):
            click.echo(
                f"    #{d.id} {d.rule_id} {d.subject_key}: {d.status}, due {_d(d.due)}"
                + (f", met {_d(d.met_on)}" if d.met_on else "")
            )
        click.echo("  History:")
        for a in session.exec(
            select(m.Audit)
            .where(m.Audit.child_id == cid)
            .order_by(col(m.Audit.at), col(m.Audit.id))
        ):
            source = f" [mail {a.message_id}]" if a.message_id else ""
            click.echo(
                f"    {a.at.astimezone(LONDON):%Y-%m-%d %H:%M} {a.entity}.{a.field or ''} "
                f"{a.old or ''} -> {a.new or ''}: {a.why}{source}"
            )


@case.command("record")
@click.argument("ref")
@click.argument("fact", type=click.Choice(sorted(RECORDABLE)))
@click.option("--on", "on", callback=parse_date, help="The date it happened (default today).")
@click.option("--review", type=int, help="Which review (default: the latest held).")
@click.option("--case", "case_number", help="Which proceedings, by case number.")
@click.option("--by", default=None, help="Who records it (default: your login name).")
@click.pass_context
def case_record(
    ctx: click.Context,
    ref: str,
    fact: str,
    on: date | None,
    review: int | None,
    case_number: str | None,
    by: str | None,
) -> None:
    """Record what no mail carries (copies sent, a meeting held, ...) for child REF."""
    app = app_of(ctx)
    clock = SystemClock()
    who = by or getpass.getuser()
    with Session(app.engine) as session:
        child = find_child(session, ref)
        try:
            done = record_fact(
                session,
                child,
                fact,
                on or today_in_london(clock),
                by=who,
                sweep=app.sweep,
                today=today_in_london(clock),
                now=clock.now(),
                review=review,
                case_number=case_number,
            )
        except RecordError as err:
            raise click.ClickException(str(err)) from None
        child_id = child.id  # read before the commit expires it
        session.commit()
    click.echo(f"child #{child_id}: {done}, recorded by {who}")


@click.group()
def triage() -> None:
    """Mail caseclock could not link or trust: list it, settle it."""


@triage.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def triage_list(ctx: click.Context, as_json: bool) -> None:
    """Mail waiting for a person, oldest first."""
    app = app_of(ctx)
    with Session(app.engine) as session:
        rows = session.exec(
            select(m.InboundMessage)
            .where(m.InboundMessage.status == "triage")
            .order_by(col(m.InboundMessage.id))
        ).all()
        items: list[dict[str, Any]] = [
            {"id": r.id, "received": r.received_at.isoformat(), "kind": r.kind, "reason": r.reason}
            for r in rows
        ]
    if as_json:
        click.echo(json.dumps(items, indent=1))
        return
    for item in items:
        click.echo(f"#{item['id']} {item['received'][:16]} {item['kind']}: {item['reason']}")
    click.echo(f"{len(items)} mails in triage")


@triage.command("link")
@click.argument("message", type=int)
@click.argument("ref")
@click.pass_context
def triage_link(ctx: click.Context, message: int, ref: str) -> None:
    """Settle triaged mail MESSAGE (its ledger id) by naming its child REF."""
    app = app_of(ctx)
    with Session(app.engine) as session:
        row = session.get(m.InboundMessage, message)
        if row is None:
            raise click.ClickException(f"no mail with ledger id {message}")
        if row.status not in ("triage", "quarantined"):
            raise click.ClickException(f"mail {message} is {row.status}, not in triage")
        child = find_child(session, ref)
        child_id = child.id
    outcome = reprocess_rows(
        app.engine,
        [message],
        app.config.parser_settings(),
        app.sweep,
        SystemClock(),
        child_id=child_id,
    )
    click.echo(f"mail {message}: {outcome[message]} to child #{child_id}")


@click.command()
@click.argument("message", type=int, required=False)
@click.option("--triage", "from_triage", is_flag=True, help="Every mail in triage.")
@click.option("--quarantine", "from_quarantine", is_flag=True, help="Every quarantined mail.")
@click.pass_context
def reprocess(
    ctx: click.Context, message: int | None, from_triage: bool, from_quarantine: bool
) -> None:
    """Run kept mail again through the current parsers (idempotent)."""
    if (message is None) == (not (from_triage or from_quarantine)):
        raise click.UsageError("give one ledger id, or --triage and/or --quarantine")
    app = app_of(ctx)
    if message is not None:
        ids = [message]
    else:
        wanted = [s for s, on in (("triage", from_triage), ("quarantined", from_quarantine)) if on]
        with Session(app.engine) as session:
            ids = [
                i
                for i in session.exec(
                    select(m.InboundMessage.id).where(col(m.InboundMessage.status).in_(wanted))
                ).all()
                if i is not None
            ]
    outcomes = reprocess_rows(
        app.engine, ids, app.config.parser_settings(), app.sweep, SystemClock()
    )
    for row_id, status in outcomes.items():
        click.echo(f"mail {row_id}: {status}")
    click.echo(f"{len(outcomes)} mails reprocessed: {dict(Counter(outcomes.values()))}")


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Mailbox checkpoint, mail by folder, last sweep, deadlines by status, outbox backlog."""
    app = app_of(ctx)
    with Session(app.engine) as session:
        checkpoints = {
            meta.key.removeprefix("uidvalidity:"): meta.value
            for meta in session.exec(
                select(m.Meta).where(col(m.Meta.key).startswith("uidvalidity:"))
            )
        }
        last_uid = session.exec(
            select(m.InboundMessage.mailbox, func.max(m.InboundMessage.uid)).group_by(
                m.InboundMessage.mailbox
            )
        ).all()
        mail = dict(
            session.exec(
                select(m.InboundMessage.status, func.count()).group_by(m.InboundMessage.status)
            ).all()
        )
        deadlines = dict(
            session.exec(select(m.Deadline.status, func.count()).group_by(m.Deadline.status)).all()
        )
        outbox = dict(
            session.exec(
                select(m.OutboxMessage.status, func.count()).group_by(m.OutboxMessage.status)
            ).all()
        )
        last_sweep = session.get(m.Meta, LAST_SWEEP_KEY)
    report: dict[str, Any] = {
        "mailbox": {"uidvalidity": checkpoints, "last_uid": {k: v for k, v in last_uid}},
        "mail_by_status": mail,
        "last_sweep": last_sweep.value if last_sweep else None,
        "deadlines_by_status": deadlines,
        "outbox_by_status": outbox,
    }
    if as_json:
        click.echo(json.dumps(report, indent=1))
        return
    click.echo(f"mailbox checkpoints: {checkpoints or 'none yet'}")
    click.echo(f"mail: {mail or 'none yet'}")
    click.echo(f"last sweep: {report['last_sweep'] or 'never'}")
    click.echo(f"deadlines: {deadlines or 'none'}")
    click.echo(f"outbox: {outbox or 'empty'}")


@click.group()
def outbox() -> None:
    """See and steer the queue of outgoing mail."""


@outbox.command("list")
@click.option("--status", "wanted", multiple=True, help="queued, sending, sent, dead, cancelled")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def outbox_list(ctx: click.Context, wanted: tuple[str, ...], as_json: bool) -> None:
    """Outgoing mail, newest first."""
    app = app_of(ctx)
    with Session(app.engine) as session:
        query = select(m.OutboxMessage).order_by(col(m.OutboxMessage.id).desc())
        if wanted:
            query = query.where(col(m.OutboxMessage.status).in_(wanted))
        rows: list[dict[str, Any]] = [
            {
                "id": r.id,
                "status": r.status,
                "template": r.template,
                "to": r.to_addrs,
                "subject": r.subject_line,
                "attempts": r.attempts,
                "error": r.last_error,
                "created": r.created_at.isoformat(),
                "sent": r.sent_at.isoformat() if r.sent_at else None,
            }
            for r in session.exec(query.limit(500)).all()
        ]
    if as_json:
        click.echo(json.dumps(rows, indent=1))
        return
    for r in rows:
        click.echo(f"#{r['id']} {r['status']:9} {r['template']:18} {r['to']}: {r['subject']}")
    click.echo(f"{len(rows)} mails")


def _mail(session: Session, mail_id: int) -> m.OutboxMessage:
    mail = session.get(m.OutboxMessage, mail_id)
    if mail is None:
        raise click.ClickException(f"no outgoing mail with id {mail_id}")
    return mail


@outbox.command("show")
@click.argument("mail_id", type=int)
@click.pass_context
def outbox_show(ctx: click.Context, mail_id: int) -> None:
    """One outgoing mail: headers, body, items, attempts."""
    app = app_of(ctx)
    with Session(app.engine) as session:
        mail = _mail(session, mail_id)
        click.echo(f"Mail #{mail.id} ({mail.status}, {mail.attempts} attempts)")
        click.echo(f"To: {mail.to_addrs}")
        if mail.cc_addrs:
            click.echo(f"Cc: {mail.cc_addrs}")
        click.echo(f"Subject: {mail.subject_line}\nMessage-ID: {mail.message_id}")
        if mail.last_error:
            click.echo(f"Last error: {mail.last_error}")
        for item in session.exec(select(m.OutboxItem).where(m.OutboxItem.outbox_id == mail.id)):
            click.echo(f"Item: {item.rule_id} {item.subject_key} step {item.step} due {item.due}")
        click.echo("")
        click.echo(mail.body_text)


@outbox.command("retry")
@click.argument("mail_id", type=int)
@click.pass_context
def outbox_retry(ctx: click.Context, mail_id: int) -> None:
    """Send a dead or waiting mail again at the next outbox run (same Message-ID)."""
    app = app_of(ctx)
    with Session(app.engine) as session:
        mail = _mail(session, mail_id)
        if mail.status in ("sent", "sending"):
            raise click.ClickException(f"mail {mail_id} is {mail.status}: nothing to retry")
        mail.status, mail.next_attempt_at, mail.attempts = "queued", None, 0
        session.commit()
    click.echo(f"mail {mail_id} queued again")


@outbox.command("cancel")
@click.argument("mail_id", type=int)
@click.pass_context
def outbox_cancel(ctx: click.Context, mail_id: int) -> None:
    """Stop a mail that has not been sent."""
    app = app_of(ctx)
    with Session(app.engine) as session:
        mail = _mail(session, mail_id)
        if mail.status == "sent":
            raise click.ClickException(f"mail {mail_id} was already sent")
        mail.status, mail.last_error = "cancelled", "cancelled by a person"
        session.commit()
    click.echo(f"mail {mail_id} cancelled")


# ---- reports (Appendix A RAG, compliance) -------------------------------------------------

from pathlib import Path  # noqa: E402

from daemon.cli_common import parse_date  # noqa: E402
from daemon.clock import today as today_of  # noqa: E402
from daemon.reports import (  # noqa: E402
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


# ---- doctor and init ----------------------------------------------------------------------

import pathlib  # noqa: E402
import sys  # noqa: E402

from daemon.init import StarterAnswers  # noqa: E402


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
    from daemon.config import ConfigError, load_config, redact_url
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


# ---- replay and demo ----------------------------------------------------------------------

from daemon.config import ConfigError, load_config  # noqa: E402
from daemon.demo import REPLAY_UNTIL, write_demo_mails  # noqa: E402
from daemon.logs import configure as configure_logs  # noqa: E402
from daemon.replay import ReplayError, ReplayResult, render_text  # noqa: E402
from daemon.replay import replay as run_replay  # noqa: E402

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
