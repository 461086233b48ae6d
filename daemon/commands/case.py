"""Look at a child's case and record what no mail carries."""

from __future__ import annotations

import getpass
from datetime import date
from typing import Any

import click
from sqlmodel import Session, col, select

from daemon import models as m
from daemon.cli_common import app_of, find_child, parse_date
from daemon.clock import LONDON, SystemClock
from daemon.clock import today as today_in_london
from daemon.record import RECORDABLE, RecordError, record_fact


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
