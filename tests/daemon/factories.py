"""Small builders of fictional case records for the store and sweep tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session

from daemon import models as m

NOW = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)


def add_child(session: Session, **values: Any) -> m.Child:
    fields: dict[str, Any] = {
        "la_ref": "1048213",
        "name": "Amelia Hart",
        "initials": "AH",
        "dob": date(2015, 3, 2),
        "created_at": NOW,
    }
    fields.update(values)
    child = m.Child(**fields)
    session.add(child)
    session.flush()
    return child


def add_review(session: Session, child: m.Child, sequence: int, **values: Any) -> m.Review:
    assert child.id is not None
    review = m.Review(child_id=child.id, sequence=sequence, **values)
    session.add(review)
    session.flush()
    return review


def add_message(session: Session, uid: int, message_id: str) -> m.InboundMessage:
    row = m.InboundMessage(
        mailbox="test",
        folder="INBOX",
        uidvalidity=1,
        uid=uid,
        message_id=message_id,
        sha256=f"{uid:064x}",
        received_at=NOW,
        status="applied",
    )
    session.add(row)
    session.flush()
    return row
