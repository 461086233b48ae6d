"""Mail caseclock could not link or trust: list and settle it, or run kept mail again."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import click
from sqlmodel import Session, col, select

from daemon import models as m
from daemon.cli_common import app_of, find_child
from daemon.clock import SystemClock
from daemon.ingest import reprocess as reprocess_rows


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
