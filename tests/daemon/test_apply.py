"""Applying facts to the case records: linking, trust, each kind's changes, audit."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Engine
from sqlmodel import Session, select

from daemon import models as m
from daemon.apply import apply_facts, initials_of
from daemon.sweep import RuleSweep
from parsers.facts import AttachmentInfo, Child, Dates, Facts, FilingDeadline, Person, ReviewInfo
from rules.calendar import WorkingCalendar
from rules.engine import RuleSettings
from tests.daemon.factories import add_message

CAL = WorkingCalendar(first_year=2020, last_year=2030)
NOW = datetime(2027, 1, 18, 9, 0, tzinfo=UTC)
TODAY = date(2027, 1, 18)
LA_REF = "1048213"
CASE = "BM26C50123"


def facts(kind: str, **values: object) -> Facts:
    base: dict[str, object] = {
        "kind": kind,
        "confidence": 0.9,
        "trust": "trusted",
        "trust_reason": "council.example.gov.uk",
        "sender": "sw.one@council.example.gov.uk",
        "sent_at": "2027-01-11T10:00:00+00:00",
        "message_id": f"<{kind}@council.example.gov.uk>",
        "child": Child(name="Amelia Hart", dob=date(2015, 3, 2), la_ref=LA_REF),
    }
    base.update(values)
    return Facts(**base)  # type: ignore[arg-type]


def apply(session: Session, f: Facts, uid: int, child_id: int | None = None) -> object:
    row = add_message(session, uid, f.message_id or f"<{uid}@x>")
    outcome = apply_facts(
        session,
        f,
        now=NOW,
        # A mail arrives the day it is sent (the daemon never lets a sent date pass arrival).
        arrived_on=date.fromisoformat(f.sent_at[:10]) if f.sent_at else date(2027, 1, 11),
        sweep=RuleSweep(session.get_bind(), CAL, RuleSettings()),  # type: ignore[arg-type]
        today=TODAY,
        message_row_id=row.id,
        child_id=child_id,
    )
    # The ledger records the outcome, as ingest does (replies link through it).
    row.status, row.child_id = outcome.status, outcome.child_id
    session.add(row)
    session.commit()
    return outcome


def deadline(session: Session, rule_id: str, subject: str | None = None) -> m.Deadline:
    query = select(m.Deadline).where(m.Deadline.rule_id == rule_id)
    if subject:
        query = query.where(m.Deadline.subject_key == subject)
    return session.exec(query).one()


def start_child(session: Session) -> int:
    outcome = apply(
        session,
        facts("looked_after_start", dates=Dates(looked_after_from=date(2027, 1, 8))),
        1,
    )
    assert outcome.status == "applied"  # type: ignore[attr-defined]
    return outcome.child_id  # type: ignore[attr-defined, no-any-return]


def test_looked_after_start_creates_the_child_and_starts_the_initial_review_clock(
    engine: Engine,
) -> None:
    with Session(engine) as session:
        child_id = start_child(session)
        child = session.get(m.Child, child_id)
        assert child is not None
        assert (child.la_ref, child.initials, child.looked_after_on) == (
            LA_REF,
            "AH",
            date(2027, 1, 8),
        )
        assert child.notified_on == date(2027, 1, 11)
        initial = deadline(session, "LAR-INITIAL")
        assert initial.due == date(2027, 2, 5)  # Fri 8 Jan + 20 working days
        notify = deadline(session, "LAR-NOTIFY")  # told Mon 11 Jan, due Tue 12 Jan
        assert (notify.status, notify.met_on) == ("met", date(2027, 1, 11))
        # What changed because of message 1:
        message = session.exec(select(m.InboundMessage)).one()
        changed = session.exec(select(m.Audit).where(m.Audit.message_id == message.id)).all()
        assert {a.entity for a in changed} >= {"child", "deadline"}


def test_untrusted_mail_changes_nothing(engine: Engine) -> None:
    with Session(engine) as session:
        outcome = apply(
            session,
            facts(
                "looked_after_start",
                trust="untrusted",
                trust_reason="look-alike domain",
                dates=Dates(looked_after_from=date(2027, 1, 8)),
            ),
            1,
        )
        assert outcome.status == "triage"  # type: ignore[attr-defined]
        assert "untrusted" in outcome.reason  # type: ignore[attr-defined]
        assert session.exec(select(m.Child)).all() == []
        assert session.exec(select(m.Audit)).all() == []


def test_mail_for_an_unknown_child_goes_to_triage(engine: Engine) -> None:
    with Session(engine) as session:
        outcome = apply(session, facts("significant_event", subtype="missing"), 1)
        assert (outcome.status, outcome.reason) == ("triage", "no case matches this mail")  # type: ignore[attr-defined]


def test_links_by_case_number_and_refuses_contradicting_evidence(engine: Engine) -> None:
    with Session(engine) as session:
        first = start_child(session)
        other = apply(
            session,
            facts(
                "looked_after_start",
                child=Child(name="Noah Price", dob=date(2014, 6, 1), la_ref="2000001"),
                dates=Dates(looked_after_from=date(2027, 1, 4)),
                message_id="<lac2@x>",
            ),
            2,
        ).child_id  # type: ignore[attr-defined]
        apply(
            session,
            facts(
                "cafcass_allocation",
                case_number=CASE,
                message_id="<alloc@x>",
                people=(Person("guardian", "Ruth Okafor", "ruth.okafor@cafcass.gov.uk"),),
            ),
            3,
        )
        by_case = apply(
            session,
            facts("court_directions", case_number=CASE, child=Child(), message_id="<dir@x>"),
            4,
        )
        assert (by_case.status, by_case.child_id) == ("applied", first)  # type: ignore[attr-defined]
        # One case number covers a sibling group: the LA reference says which child.
        sibling = apply(
            session,
            facts(
                "court_directions",
                case_number=CASE,
                message_id="<dir2@x>",
                child=Child(name="Noah Price", la_ref="2000001"),
            ),
            5,
        )
        assert (sibling.status, sibling.child_id) == ("applied", other)  # type: ignore[attr-defined]
        # Evidence that names two different children is left for a person.
        clash = apply(
            session,
            facts(
                "court_directions",
                message_id="<dir3@x>",
                child=Child(name="Amelia Hart", dob=date(2015, 3, 2), la_ref="2000001"),
            ),
            6,
        )
        assert clash.status == "triage"  # type: ignore[attr-defined]
        assert set(clash.candidates) == {first, other}  # type: ignore[attr-defined]


def test_filing_deadline_is_met_when_the_document_arrives(engine: Engine) -> None:
    with Session(engine) as session:
        start_child(session)
        apply(
            session,
            facts(
                "court_directions",
                case_number=CASE,
                message_id="<dir@x>",
                dates=Dates(
                    cmh=date(2027, 1, 28),
                    filing_deadlines=(FilingDeadline("court_care_plan:final", date(2027, 3, 12)),),
                ),
            ),
            2,
        )
        expected = session.exec(
            select(m.Document).where(m.Document.filing_due == date(2027, 3, 12))
        ).one()
        assert expected.received_on is None
        apply(
            session,
            facts(
                "court_care_plan",
                subtype="final",
                case_number=CASE,
                message_id="<cp@x>",
                attachments=(AttachmentInfo("plan.pdf", "application/pdf", 10, "ab" * 32, 5),),
            ),
            3,
        )
        session.refresh(expected)
        assert expected.received_on == date(2027, 1, 11)
        assert (
            len(session.exec(select(m.Document).where(m.Document.kind == "court_care_plan")).all())
            == 1
        )
        doc = deadline(session, "CIP-COURT-DOCS", f"{CASE}/doc-{expected.id}")
        assert doc.status == "met"  # received before the filing date's clock even started
        assert deadline(session, "CIP-CONTACT-BEFORE-CMH").due == date(2027, 1, 27)


def test_second_adjournment_is_refused_and_recorded(engine: Engine) -> None:
    with Session(engine) as session:
        start_child(session)
        apply(
            session,
            facts(
                "review_booking",
                subtype="set",
                message_id="<b@x>",
                review=ReviewInfo(booking="set"),
                dates=Dates(review_date=date(2027, 2, 1)),
            ),
            2,
        )
        for uid, day in ((3, date(2027, 2, 1)), (4, date(2027, 2, 15))):
            apply(
                session,
                facts(
                    "review_booking",
                    subtype="adjourned",
                    message_id=f"<adj{uid}@x>",
                    review=ReviewInfo(booking="adjourned"),
                    dates=Dates(event_date=day),
                ),
                uid,
            )
        adjournments = session.exec(select(m.Adjournment)).all()
        assert [(a.adjourned_on, a.refused) for a in adjournments] == [
            (date(2027, 2, 1), False),
            (date(2027, 2, 15), True),
        ]
        adjourn = deadline(session, "LAR-ADJOURN")
        assert adjourn.clock_start == date(2027, 2, 1) and adjourn.due == date(2027, 3, 1)


def test_review_record_and_manager_reply(engine: Engine) -> None:
    with Session(engine) as session:
        start_child(session)
        apply(
            session,
            facts(
                "review_record",
                subtype="decisions",
                message_id="<rec@x>",
                sent_at="2027-02-03T12:00:00+00:00",
                review=ReviewInfo(with_meeting=True, pir_updated=False),
                dates=Dates(review_date=date(2027, 2, 1)),
            ),
            2,
        )
        review = session.exec(select(m.Review)).one()
        assert (review.held_on, review.decisions_on, review.pir_updated) == (
            date(2027, 2, 1),
            date(2027, 2, 3),
            False,
        )
        assert deadline(session, "LAR-INITIAL").status == "met"
        assert deadline(session, "LAR-PLACEMENT-MEETING").due == date(2027, 2, 8)
        apply(
            session,
            facts(
                "manager_response",
                subtype="agreed",
                message_id="<mgr@x>",
                sent_at="2027-02-05T09:00:00+00:00",
            ),
            3,
        )
        session.refresh(review)
        assert (review.manager_response_on, review.manager_agreed) == (date(2027, 2, 5), True)
        assert deadline(session, "LAR-MANAGER").status == "met"
        assert deadline(session, "LAR-CAREPLAN").clock_start == date(2027, 2, 5)


def test_significant_event_and_final_order_and_ceasing(engine: Engine) -> None:
    with Session(engine) as session:
        start_child(session)
        apply(
            session,
            facts(
                "significant_event",
                subtype="missing",
                message_id="<ev@x>",
                sent_at="2027-01-15T18:00:00+00:00",
            ),
            2,
        )
        emergency = deadline(session, "LAR-EMERGENCY")
        # Received Fri 15 Jan: due the next working day, Mon 18 Jan, which is today.
        assert (emergency.status, emergency.due) == ("open", date(2027, 1, 18))
        apply(
            session,
            facts(
                "final_order",
                subtype="care_order",
                case_number=CASE,
                message_id="<fo@x>",
                dates=Dates(order_date=date(2027, 1, 12)),
            ),
            3,
        )
        assert deadline(session, "CIP-HANDOVER").due == date(2027, 1, 26)
        apply(
            session,
            facts(
                "ceased_looked_after",
                message_id="<cease@x>",
                sent_at="2027-03-01T09:00:00+00:00",
                approvals=(),
            ),
            4,
        )
        cease = deadline(session, "LAR-CEASE")
        # Looked after since 8 Jan: 36 working days by 1 Mar, so a nominated officer must approve.
        assert cease.status in ("open", "overdue") and cease.due == date(2027, 3, 1)


def test_the_same_facts_twice_change_nothing_more(engine: Engine) -> None:
    with Session(engine) as session:
        start_child(session)
        before = len(session.exec(select(m.Audit)).all())
        again = apply(
            session,
            facts(
                "looked_after_start",
                message_id="<again@x>",
                dates=Dates(looked_after_from=date(2027, 1, 8)),
            ),
            9,
        )
        assert again.status == "applied" and again.changes == 0  # type: ignore[attr-defined]
        assert len(session.exec(select(m.Audit)).all()) == before


def test_initials() -> None:
    assert initials_of("Amelia Hart") == "AH"
    assert initials_of("Zoë Smith-Jones") == "ZSJ"
    assert initials_of(None) is None


def test_an_order_forwarded_by_two_people_is_one_document(engine: Engine) -> None:
    """rules.md: a mail forwarded by two people is one document. The second forward comes
    from someone else, at another time, without the PDF: same kind, subtype and order date."""
    order = date(2027, 1, 7)
    with Session(engine) as session:
        start_child(session)
        for uid, sender, sent_at, attachments in (
            (
                2,
                "listing.leeds@justice.gov.uk",
                "2027-01-07T15:00:00+00:00",
                (AttachmentInfo("order.pdf", "application/pdf", 10, "cd" * 32, 2),),
            ),
            (3, "legal.team@council.example.gov.uk", "2027-01-08T09:12:00+00:00", ()),
        ):
            apply(
                session,
                facts(
                    "court_directions",
                    case_number=CASE,
                    sender=sender,
                    sent_at=sent_at,
                    message_id=f"<order-{uid}@x>",
                    attachments=attachments,
                    dates=Dates(document_date=order),
                ),
                uid,
            )
        docs = session.exec(select(m.Document).where(m.Document.kind == "court_directions")).all()
        assert [(d.document_date, d.received_src) for d in docs] == [(order, "<order-2@x>")]
        rows = session.exec(select(m.Deadline).where(m.Deadline.rule_id == "CIP-COURT-DOCS")).all()
        assert len(rows) == 1
        # A different order for the same child is a document of its own.
        apply(
            session,
            facts(
                "court_directions",
                case_number=CASE,
                message_id="<order-4@x>",
                dates=Dates(document_date=date(2027, 1, 9)),
            ),
            4,
        )
        assert (
            len(session.exec(select(m.Document).where(m.Document.kind == "court_directions")).all())
            == 2
        )


def test_a_follow_up_about_the_same_ceasing_adds_to_it(engine: Engine) -> None:
    """The ceasing mail (Mon 11 Jan) names no approval for a child of 16; a follow-up on Wed
    13 Jan names the Director's: one ceasing, one LAR-CEASE, met late on 13 Jan."""
    sixteen = Child(name="Rowan Pike", dob=date(2010, 6, 1), la_ref="1048299")
    with Session(engine) as session:
        apply(
            session,
            facts(
                "looked_after_start",
                child=sixteen,
                message_id="<start@x>",
                dates=Dates(looked_after_from=date(2027, 1, 4)),
            ),
            9,
        )
        for uid, sent_at, approvals in (
            (1, "2027-01-11T09:00:00+00:00", ()),
            (2, "2027-01-13T14:30:00+00:00", ("director",)),
        ):
            outcome = apply(
                session,
                facts(
                    "ceased_looked_after",
                    child=sixteen,
                    message_id=f"<cease-{uid}@x>",
                    sent_at=sent_at,
                    approvals=approvals,
                    dates=Dates(event_date=date(2027, 1, 11)) if uid == 1 else Dates(),
                ),
                uid,
            )
            assert outcome.status == "applied", outcome  # type: ignore[attr-defined]
        rows = session.exec(select(m.Ceasing)).all()
        assert [(c.received_on, c.approvals, c.ceases_on) for c in rows] == [
            (date(2027, 1, 11), "director:2027-01-13", date(2027, 1, 11))
        ]
        cease = deadline(session, "LAR-CEASE")
        assert (cease.status, cease.due, cease.met_on) == (
            "met_late",
            date(2027, 1, 11),
            date(2027, 1, 13),
        )


def test_an_undated_full_record_belongs_to_the_held_review_that_lacks_one(engine: Engine) -> None:
    """Review 1 held on 1 Feb with its decisions; review 2 booked for 3 May. A full record
    with no review date on 24 Feb is review 1's, not review 2's (which is still to come), and
    an undated decisions record on 5 May is review 2's."""
    with Session(engine) as session:
        start_child(session)

        def record(uid: int, subtype: str, sent_at: str, on: date | None = None) -> None:
            apply(
                session,
                facts(
                    "review_record",
                    subtype=subtype,
                    message_id=f"<rec-{uid}@x>",
                    sent_at=sent_at,
                    dates=Dates(review_date=on),
                ),
                uid,
            )

        record(2, "decisions", "2027-02-03T12:00:00+00:00", date(2027, 2, 1))
        apply(
            session,
            facts(
                "review_booking",
                subtype="set",
                message_id="<book-2@x>",
                sent_at="2027-02-10T09:00:00+00:00",
                dates=Dates(review_date=date(2027, 5, 3)),
            ),
            3,
        )
        record(4, "full", "2027-02-24T16:00:00+00:00")
        reviews = session.exec(select(m.Review).order_by(m.Review.sequence)).all()
        assert [(r.sequence, r.held_on, r.full_record_on) for r in reviews] == [
            (1, date(2027, 2, 1), date(2027, 2, 24)),
            (2, None, None),
        ]
        record(5, "decisions", "2027-05-05T10:00:00+00:00")
        session.refresh(reviews[1])
        assert (reviews[1].held_on, reviews[1].decisions_on) == (date(2027, 5, 3), date(2027, 5, 5))


def test_an_iro_allocating_another_iro_is_not_recorded_as_the_childs_iro(engine: Engine) -> None:
    with Session(engine) as session:
        child_id = start_child(session)
        apply(
            session,
            facts(
                "iro_allocation",
                message_id="<alloc@x>",
                sender="dawn.price@council.example.gov.uk",
                people=(
                    Person("iro", "Sam Green", "sam.green@council.example.gov.uk", None),
                    Person("iro", "Dawn Price", "dawn.price@council.example.gov.uk", None),
                ),
            ),
            2,
        )
        iros = session.exec(
            select(m.CasePerson).where(
                m.CasePerson.child_id == child_id, m.CasePerson.role == "iro"
            )
        ).all()
        assert [p.name for p in iros] == ["Sam Green"]


GUARDIAN = "joy.adams@cafcass.gov.uk"


def name_guardian(session: Session, uid: int, sent_at: str = "2027-01-11T10:00:00+00:00") -> None:
    """Cafcass names Joy Adams as the guardian in the proceedings CASE."""
    apply(
        session,
        facts(
            "cafcass_allocation",
            case_number=CASE,
            message_id=f"<cafcass-{uid}@x>",
            sender="business.support@cafcass.gov.uk",
            sent_at=sent_at,
            people=(Person("guardian", "Joy Adams", GUARDIAN, None),),
        ),
        uid,
    )


def test_a_review_record_copied_to_the_guardian_meets_review_to_guardian(engine: Engine) -> None:
    with Session(engine) as session:
        start_child(session)
        name_guardian(session, 2, "2027-01-12T10:00:00+00:00")
        apply(
            session,
            facts(
                "review_record",
                subtype="decisions",
                message_id="<rec@x>",
                sender="kay.lowe@council.example.gov.uk",
                sender_role="council",
                sent_at="2027-01-15T12:00:00+00:00",
                dates=Dates(review_date=date(2027, 1, 14)),
                recipients=("iro.reviews@council.example.gov.uk", "Joy.Adams@cafcass.gov.uk"),
            ),
            3,
        )
        sent = deadline(session, "CIP-REVIEW-TO-GUARDIAN")
        assert (sent.status, sent.met_on) == ("met", date(2027, 1, 15))


def test_a_mail_between_guardian_and_iro_meets_contact_before_cmh(engine: Engine) -> None:
    """The guardian's own mail to the IRO service is contact (CIP-CONTACT-BEFORE-CMH), even
    when it is of no kind caseclock acts on; the guardian's report forwarded by LA legal is
    not."""
    guardian = GUARDIAN
    with Session(engine) as session:
        start_child(session)
        apply(
            session,
            facts(
                "court_directions",
                case_number=CASE,
                message_id="<dir@x>",
                sender="listing.leeds@justice.gov.uk",
                dates=Dates(cmh=date(2027, 2, 10)),
            ),
            2,
        )
        name_guardian(session, 3)
        apply(
            session,
            facts(
                "guardian_report",
                subtype="interim",
                case_number=CASE,
                message_id="<report@x>",
                sender=guardian,
                forwarded_by="lena.ford@council.example.gov.uk",
                recipients=("lena.ford@council.example.gov.uk",),
                sent_at="2027-01-13T10:00:00+00:00",
            ),
            4,
        )
        assert deadline(session, "CIP-CONTACT-BEFORE-CMH").met_on is None
        outcome = apply(
            session,
            facts(
                "unrelated",
                confidence=0.7,
                case_number=CASE,
                message_id="<hello@x>",
                sender=guardian,
                recipients=("iro.reviews@council.example.gov.uk",),
                sent_at="2027-01-14T16:00:00+00:00",
            ),
            5,
        )
        assert outcome.status == "applied"  # type: ignore[attr-defined]
        contact = deadline(session, "CIP-CONTACT-BEFORE-CMH")
        assert (contact.status, contact.met_on) == ("met", date(2027, 1, 14))
        # Mail of no kind from anyone else stays in triage.
        other = apply(
            session,
            facts("unrelated", confidence=0.7, case_number=CASE, message_id="<other@x>"),
            6,
        )
        assert other.status == "triage"  # type: ignore[attr-defined]


def test_a_date_header_in_the_future_gives_way_to_the_day_the_mail_arrived() -> None:
    from daemon.apply import sent_date

    arrived = date(2027, 1, 11)
    assert sent_date(facts("unrelated", sent_at="2072-01-11T10:00:00+00:00"), arrived) == arrived
    # A forward's older inner date stands; so does a clock a few hours fast.
    assert sent_date(facts("unrelated", sent_at="2027-01-08T10:00:00+00:00"), arrived) == date(
        2027, 1, 8
    )
    assert sent_date(facts("unrelated", sent_at="2027-01-12T01:00:00+00:00"), arrived) == date(
        2027, 1, 12
    )


def test_a_child_already_in_care_is_opened_and_its_reviews_are_subsequent(engine: Engine) -> None:
    """No looked-after mail will ever come for a child in care before the service started:
    the IRO allocation naming the child and its LA reference opens the case. Its next
    review is a subsequent one (§2.1): the first review seen is not the initial review."""
    with Session(engine) as session:
        outcome = apply(
            session,
            facts(
                "iro_allocation",
                sender_role="council",
                message_id="<alloc-mid@x>",
                child=Child(name="Kian Moss", dob=date(2011, 5, 1), la_ref="4093300"),
                people=(Person("iro", "Sam Green", "sam.green@council.example.gov.uk", None),),
            ),
            1,
        )
        assert outcome.status == "applied"  # type: ignore[attr-defined]
        apply(
            session,
            facts(
                "review_record",
                subtype="decisions",
                sender_role="council",
                message_id="<rec-mid@x>",
                child=Child(name="Kian Moss", la_ref="4093300"),
                sent_at="2027-01-13T10:00:00+00:00",
                dates=Dates(review_date=date(2027, 1, 12)),
            ),
            2,
        )
        nxt = deadline(session, "LAR-SUBSEQUENT")
        assert nxt.due == date(2027, 7, 14)  # 183 days after Tue 12 Jan 2027
        assert not session.exec(select(m.Deadline).where(m.Deadline.rule_id == "LAR-SECOND")).all()
        # A mail from outside the council naming an unknown child still opens nothing.
        other = apply(
            session,
            facts(
                "significant_event",
                sender_role="cafcass",
                message_id="<ev-mid@x>",
                child=Child(name="Ada Lee", la_ref="4093301"),
            ),
            3,
        )
        assert other.status == "triage"  # type: ignore[attr-defined]


def test_the_iros_answer_in_the_events_thread_meets_emergency(engine: Engine) -> None:
    with Session(engine) as session:
        start_child(session)
        apply(
            session,
            facts(
                "iro_allocation",
                message_id="<alloc@x>",
                people=(Person("iro", "Sunita Rahman", None, None),),
            ),
            2,
        )
        apply(
            session,
            facts(
                "significant_event",
                subtype="exclusion",
                message_id="<exclusion@x>",
                sent_at="2027-01-12T10:00:00+00:00",
            ),
            3,
        )
        answer = apply(
            session,
            facts(
                "significant_event",
                subtype="exclusion",
                message_id="<answer@x>",
                sender="sunita.rahman@council.example.gov.uk",
                child=Child(),
                in_reply_to="<exclusion@x>",
                sent_at="2027-01-13T10:00:00+00:00",
            ),
            4,
        )
        assert answer.status == "applied"  # type: ignore[attr-defined]
        assert len(session.exec(select(m.Event)).all()) == 1
        emergency = deadline(session, "LAR-EMERGENCY")
        assert (emergency.status, emergency.met_on) == ("met", date(2027, 1, 13))


def test_a_final_order_needing_a_closing_meeting_starts_its_clock(engine: Engine) -> None:
    with Session(engine) as session:
        start_child(session)
        apply(
            session,
            facts(
                "final_order",
                subtype="care_order",
                case_number=CASE,
                message_id="<fo-closing@x>",
                sent_at="2027-01-13T10:00:00+00:00",
                dates=Dates(order_date=date(2027, 1, 12)),
                closing_meeting_needed=True,
            ),
            2,
        )
        closing = deadline(session, "CIP-CLOSING-MEETING")
        # 20 working days after Tue 12 Jan 2027: Tue 9 Feb 2027.
        assert (closing.status, closing.due) == ("open", date(2027, 2, 9))


def test_two_people_without_addresses_are_two_people(engine: Engine) -> None:
    with Session(engine) as session:
        child_id = start_child(session)
        apply(
            session,
            facts(
                "iro_allocation",
                message_id="<alloc-2@x>",
                people=(
                    Person("iro", "Kay Lowe", None, None),
                    Person("iro", "Sam Green", None, None),
                ),
            ),
            2,
        )
        names = session.exec(
            select(m.CasePerson.name).where(
                m.CasePerson.child_id == child_id, m.CasePerson.role == "iro"
            )
        ).all()
        assert sorted(n or "" for n in names) == ["Kay Lowe", "Sam Green"]


def test_a_case_mail_for_a_sibling_group_is_applied_to_each_child(engine: Engine) -> None:
    """Two siblings came into care under one case number: Cafcass naming the guardian for the
    case (no one child named) names her for both; a mail naming one child stays that child's."""
    with Session(engine) as session:
        ids = []
        for uid, (name, ref) in enumerate((("Ava Moss", "2000011"), ("Max Moss", "2000012")), 1):
            outcome = apply(
                session,
                facts(
                    "looked_after_start",
                    case_number=CASE,
                    sender_role="council",
                    child=Child(name=name, dob=date(2016, 1, uid), la_ref=ref),
                    dates=Dates(looked_after_from=date(2027, 1, 4)),
                    message_id=f"<lac-{uid}@x>",
                ),
                uid,
            )
            ids.append(outcome.child_id)  # type: ignore[attr-defined]
        group = apply(
            session,
            facts(
                "cafcass_allocation",
                case_number=CASE,
                child=Child(),
                message_id="<alloc-group@x>",
                sender="business.support@cafcass.gov.uk",
                people=(Person("guardian", "Joy Adams", GUARDIAN, None),),
            ),
            3,
        )
        assert group.status == "applied"  # type: ignore[attr-defined]
        named = session.exec(
            select(m.CasePerson.child_id).where(m.CasePerson.role == "guardian")
        ).all()
        assert sorted(named) == sorted(ids)
        one = apply(
            session,
            facts(
                "court_care_plan",
                subtype="interim",
                case_number=CASE,
                child=Child(name="Max Moss", la_ref="2000012"),
                message_id="<icp-max@x>",
            ),
            4,
        )
        assert one.child_id == ids[1]  # type: ignore[attr-defined]
        docs = session.exec(select(m.Document.child_id).where(m.Document.kind == "court_care_plan"))
        assert docs.all() == [ids[1]]


def test_one_event_told_twice_is_one_event_and_a_dob_first_told_later_is_kept(
    engine: Engine,
) -> None:
    with Session(engine) as session:
        child_id = start_child(session)
        for uid, sender, sent_at in (
            (2, "sw.one@council.example.gov.uk", "2027-01-12T22:00:00+00:00"),
            (3, "carer.home@council.example.gov.uk", "2027-01-13T08:00:00+00:00"),
        ):
            apply(
                session,
                facts(
                    "significant_event",
                    subtype="missing",
                    sender=sender,
                    message_id=f"<missing-{uid}@x>",
                    sent_at=sent_at,
                    dates=Dates(event_date=date(2027, 1, 12)),
                ),
                uid,
            )
        assert len(session.exec(select(m.Event)).all()) == 1
        child = session.get(m.Child, child_id)
        assert child is not None
        child.dob = None
        session.add(child)
        session.commit()
        apply(
            session,
            facts(
                "significant_event",
                subtype="exclusion",
                message_id="<excl@x>",
                sent_at="2027-01-14T08:00:00+00:00",
                dates=Dates(event_date=date(2027, 1, 14)),
            ),
            4,
        )
        session.refresh(child)
        assert child.dob == date(2015, 3, 2)
