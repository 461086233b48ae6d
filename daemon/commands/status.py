"""What the service is doing: checkpoint, folders, last sweep, deadlines, backlog."""

from __future__ import annotations

import json
from typing import Any

import click
from sqlalchemy import func
from sqlmodel import Session, col, select

from daemon import models as m
from daemon.cli_common import app_of
from daemon.sweep import LAST_SWEEP_KEY


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
