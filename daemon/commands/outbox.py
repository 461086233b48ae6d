"""See and steer the queue of outgoing mail."""

from __future__ import annotations

import json
from typing import Any

import click
from sqlmodel import Session, col, select

from daemon import models as m
from daemon.cli_common import app_of


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
