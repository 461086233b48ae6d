"""One mail per kind and subtype of kinds.md, built in code, classified as that kind."""

from __future__ import annotations

import pytest

from parsers import ParserSettings, parse_email
from tests.parsers.builders import SERVICE, mail

S = ParserSettings(service_addresses=(SERVICE,))
CAFCASS = "Cafcass Business Support <business.support@cafcass.gov.uk>"
GUARDIAN = "Ruth Okafor <ruth.okafor@cafcass.gov.uk>"
COURT = "Family Court <family.court@justice.gov.uk>"
SW = "Sam Jones <sam.jones@council.example.gov.uk>"
LEGAL = "LA Legal <legal@council.example.gov.uk>"

CASES: list[tuple[str, str | None, str, str, str]] = [
    # (kind, subtype, sender, subject, body)
    (
        "cafcass_allocation",
        None,
        CAFCASS,
        "Allocation of Children's Guardian BM26C50123",
        "Dear IRO Manager, the allocated Children's Guardian for Amelia Hart is Ruth Okafor, "
        "ruth.okafor@cafcass.gov.uk, 07700 900123.",
    ),
    (
        "iro_allocation",
        None,
        SW,
        "IRO allocation for Amelia Hart",
        "The allocated IRO for Amelia Hart is Priya Shah, priya.shah@council.example.gov.uk.",
    ),
    (
        "looked_after_start",
        None,
        SW,
        "Child now looked after",
        "Amelia Hart became looked after on 11 January 2027 under section 20 and is placed "
        "with foster carers. Please arrange the initial review.",
    ),
    (
        "court_care_plan",
        "final",
        LEGAL,
        "Final care plan BM26C50123",
        "Please find attached the final care plan filed today.",
    ),
    (
        "court_care_plan",
        "interim",
        LEGAL,
        "Interim care plan - Amelia Hart",
        "Attached is the interim care plan filed with the court.",
    ),
    (
        "court_directions",
        None,
        COURT,
        "Case management order BM26C50123",
        "Upon hearing the parties it is ordered that the local authority shall file and serve "
        "its final care plan by 4pm on 5 February 2027.",
    ),
    (
        "expert_report",
        None,
        LEGAL,
        "Expert report - psychological assessment of mother",
        "Please find the expert report of Dr Lee, a psychological assessment, attached.",
    ),
    (
        "guardian_report",
        "interim",
        GUARDIAN,
        "Guardian's interim analysis",
        "Please find attached my interim analysis as Children's Guardian.",
    ),
    (
        "guardian_report",
        "final",
        GUARDIAN,
        "Children's Guardian's final analysis",
        "Attached is the Children's Guardian's final analysis and recommendations.",
    ),
    (
        "judgment",
        None,
        LEGAL,
        "Approved judgment BM26C50123",
        "Please see the approved judgment handed down by HHJ Green.",
    ),
    (
        "final_order",
        "care_order",
        COURT,
        "Final order BM26C50123",
        "The court made a final care order on 12 March 2027. Proceedings have concluded.",
    ),
    (
        "final_order",
        "placement_order",
        LEGAL,
        "Final orders made",
        "The court made a placement order today; proceedings have concluded.",
    ),
    (
        "final_order",
        "special_guardianship_order",
        LEGAL,
        "Final hearing outcome",
        "The court made a special guardianship order in favour of the aunt. "
        "Proceedings have now concluded.",
    ),
    (
        "guardian_handover",
        None,
        GUARDIAN,
        "Guardian handover - Amelia Hart",
        "Please find my written handover on the agreed template and the final care plan.",
    ),
    (
        "review_booking",
        "set",
        SW,
        "Looked After Review arranged",
        "The looked after review for Amelia has been arranged for 3 March 2027 at 10am.",
    ),
    (
        "review_booking",
        "moved",
        SW,
        "Review date changed",
        "The CLA review has been rearranged to 10 March 2027.",
    ),
    (
        "review_booking",
        "adjourned",
        "IRO <priya.shah@council.example.gov.uk>",
        "Review adjourned",
        "I have adjourned the looked after review as the reports were missing.",
    ),
    (
        "review_booking",
        "invitation",
        SW,
        "Invitation to Looked After Review",
        "You are invited to the looked after review for Amelia on 3 March 2027 at school.",
    ),
    (
        "review_record",
        "decisions",
        "IRO <priya.shah@council.example.gov.uk>",
        "Review decisions - A.H.",
        "Please find the decisions and recommendations of the review held on 3 March 2027.",
    ),
    (
        "review_record",
        "full",
        "IRO <priya.shah@council.example.gov.uk>",
        "Full record of review",
        "Attached is the full record of the looked after review held on "
        "3 March 2027. The review meeting was held at school.",
    ),
    (
        "manager_response",
        "agreed",
        "Dee Manager <dee@council.example.gov.uk>",
        "RE: Review decisions",
        "I agree with the review decisions.",
    ),
    (
        "manager_response",
        "disagreed",
        "Dee Manager <dee@council.example.gov.uk>",
        "RE: Review decisions",
        "I do not agree with decision 3 of the review; I disagree.",
    ),
    (
        "cafcass_referral",
        None,
        "IRO <priya.shah@council.example.gov.uk>",
        "Referral to Cafcass Legal",
        "I am making a formal referral to Cafcass as local dispute "
        "resolution has not resolved the issues, up to the Chief Executive.",
    ),
    (
        "cafcass_decision",
        None,
        "Cafcass Legal <legal@cafcass.gov.uk>",
        "Your referral",
        "Following your referral, Cafcass Legal has decided to issue proceedings.",
    ),
    (
        "ceased_looked_after",
        None,
        SW,
        "Amelia no longer looked after",
        "Amelia ceased to be looked after on 12 March 2027. The Head of Service approved this.",
    ),
    ("unrelated", None, "Promo <deals@shop.example.com>", "Big sale", "Buy now, 50% off shoes."),
]

EVENTS: list[tuple[str, str]] = [
    ("court_directed_change", "Following directions from the court the care plan will change."),
    ("decision_not_implemented", "The decisions from the last review have not been implemented."),
    ("contact_change", "Contact with mother has been suspended from today."),
    ("social_worker_change", "I am writing to let you know of a change of social worker."),
    ("safeguarding", "A strategy meeting was held and section 47 enquiries will begin."),
    ("complaint", "Amelia's mother has made a complaint about the placement."),
    ("placement_change", "The placement has broken down and Amelia moved today."),
    ("family_change", "Sadly Amelia's grandmother has died."),
    ("offence", "Amelia was arrested and charged with theft; the youth offending team know."),
    ("exclusion", "Amelia has been excluded from school for five days."),
    ("missing", "Amelia went missing from placement last night and was found today."),
    ("health", "Amelia was admitted to hospital after an accident."),
]


@pytest.mark.parametrize(("kind", "subtype", "sender", "subject", "body"), CASES)
def test_each_kind(kind: str, subtype: str | None, sender: str, subject: str, body: str) -> None:
    facts = parse_email(bytes(mail(body, subject=subject, sender=sender)), S)
    assert (facts.kind, facts.subtype) == (kind, subtype), facts.signals
    assert 0.0 <= facts.confidence <= 1.0
    assert facts.signals


@pytest.mark.parametrize(("subtype", "body"), EVENTS)
def test_significant_event_subtypes(subtype: str, body: str) -> None:
    facts = parse_email(bytes(mail(body, subject="Significant event - Amelia Hart", sender=SW)), S)
    assert (facts.kind, facts.subtype) == ("significant_event", subtype), facts.signals


def test_manager_reply_to_our_tagged_mail() -> None:
    body = (
        "Agreed.\n\nOn Mon, 8 Mar 2027 at 10:00, IRO Service <iro@council.example.gov.uk> "
        "wrote:\n> Please find the review decisions for A.H."
    )
    facts = parse_email(
        bytes(
            mail(
                body,
                subject="RE: [CC-1048213-LAR-DECISIONS] Review decisions",
                sender="Dee <dee@council.example.gov.uk>",
            )
        ),
        S,
    )
    assert facts.kind == "manager_response"
    assert facts.subtype == "agreed"
    assert facts.manager_decision == "agreed"
    assert facts.subject_tag == "[CC-1048213-LAR-DECISIONS]"


def test_ceased_names_approvals() -> None:
    body = (
        "Amelia ceased to be looked after on 12 March 2027. Approved by the Director of "
        "Children's Services and the nominated officer."
    )
    facts = parse_email(bytes(mail(body, subject="Ceased to be looked after", sender=SW)), S)
    assert facts.kind == "ceased_looked_after"
    assert set(facts.approvals) == {"director", "nominated_officer"}
    assert facts.dates.event_date is not None and facts.dates.event_date.isoformat() == "2027-03-12"


def test_review_record_without_meeting_and_pir() -> None:
    body = (
        "Full record of the looked after review held on 3 March 2027 without a meeting. "
        "The Placement Information Record was not updated."
    )
    facts = parse_email(bytes(mail(body, subject="Review record", sender=SW)), S)
    assert (facts.kind, facts.subtype) == ("review_record", "full")
    assert facts.review is not None
    assert facts.review.with_meeting is False
    assert facts.review.pir_updated is False
    assert facts.dates.review_date is not None
    assert facts.dates.review_date.isoformat() == "2027-03-03"
