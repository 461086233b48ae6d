"""Operator commands: look at a case, settle triage, run kept mail again, see the status."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import click
from sqlalchemy import func
from sqlmodel import Session, col, select

from daemon import models as m
from daemon.cli_common import app_of
from daemon.clock import LONDON, SystemClock
from daemon.ingest import reprocess as reprocess_rows
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
