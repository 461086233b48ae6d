"""Field extraction: case numbers, LA references, British dates, filing deadlines."""

from __future__ import annotations

from datetime import UTC, date

import pytest

from parsers import ParserSettings, parse_email
from parsers.dates import find_dates
from parsers.extract import case_number, filing_deadlines, la_ref
from tests.parsers.builders import mail

S = ParserSettings()


@pytest.mark.parametrize(
    "text",
    ["BM26C50123", "bm26 c 50123", "Case no: BM26-C-50123", "bm26c50123.", "(BM 26 C 50123)"],
)
def test_case_number_spellings(text: str) -> None:
    assert case_number([text]) == "BM26C50123"


def test_case_number_not_in_longer_token() -> None:
    assert case_number(["ref XBM26C501234"]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Child ID: 1048213", "1048213"),
        ("LCS ID 1048213", "1048213"),
        ("mosaic id no. 10482139", "10482139"),
        ("phone 1048213", None),
        ("Child ID: 12", None),
    ],
)
def test_la_ref_needs_label(text: str, expected: str | None) -> None:
    assert la_ref([text], S) == expected


def test_la_ref_custom_pattern() -> None:
    custom = ParserSettings(la_ref_pattern=r"\bLA-\d{4}\b", la_ref_labels=("Ref",))
    assert la_ref(["Ref: LA-1234"], custom) == "LA-1234"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3rd March 2027", date(2027, 3, 3)),
        ("03/03/2027", date(2027, 3, 3)),
        ("04/03/2027", date(2027, 3, 4)),  # day first, never month first
        ("12/01/27", date(2027, 1, 12)),
        ("Wed 3 Mar", date(2027, 3, 3)),
        ("Tuesday 12th of January 2027", date(2027, 1, 12)),
        ("2027-02-10", date(2027, 2, 10)),
    ],
)
def test_british_dates(text: str, expected: date) -> None:
    assert [f.value for f in find_dates(text, date(2027, 1, 14))] == [expected]


def test_yearless_date_takes_year_from_mail() -> None:
    facts = parse_email(
        bytes(
            mail(
                "The looked after review has been arranged for Wed 3 Mar at 10am.",
                subject="Review arranged",
            )
        ),
        S,
    )
    assert facts.dates.review_date == date(2027, 3, 3)


def test_filing_deadlines_from_directions() -> None:
    order = (
        "1. The final hearing is listed on 20 May 2027.\n"
        "2. The local authority shall file its final care plan by 4pm on 5 February 2027.\n"
        "3. The Children's Guardian shall file and serve her final analysis by 4pm on "
        "19/02/2027.\n4. The parenting assessment shall be filed by 1 February 2027.\n"
        "5. The mother shall file a statement by 8 January 2027."
    )
    got = {(d.document, d.due) for d in filing_deadlines([order], date(2027, 1, 5))}
    assert got == {
        ("court_care_plan:final", date(2027, 2, 5)),
        ("guardian_report:final", date(2027, 2, 19)),
        ("expert_report", date(2027, 2, 1)),
    }


def test_directions_mail_dates() -> None:
    body = (
        "Case management order BM26C50123. Upon hearing the parties. The Case Management "
        "Hearing took place on 6 January 2027. The IRH is listed on 10 March 2027 and the "
        "final hearing on 20 May 2027. The local authority shall file its final care plan "
        "by 4pm on 5 February 2027."
    )
    facts = parse_email(bytes(mail(body, subject="Order", sender="c@justice.gov.uk")), S)
    assert facts.kind == "court_directions"
    assert (facts.dates.cmh, facts.dates.irh, facts.dates.final_hearing) == (
        date(2027, 1, 6),
        date(2027, 3, 10),
        date(2027, 5, 20),
    )
    assert [d.document for d in facts.dates.filing_deadlines] == ["court_care_plan:final"]


def test_date_only_facts_use_london_time() -> None:
    # 23:30 UTC on 31 May is 00:30 BST on 1 June: "today" is 1 June in London.
    from datetime import datetime

    facts = parse_email(
        bytes(
            mail(
                "Amelia went missing from placement today.",
                subject="Missing",
                date=datetime(2027, 5, 31, 23, 30, tzinfo=UTC),
            )
        ),
        S,
    )
    assert facts.kind == "significant_event"
    assert facts.dates.event_date == date(2027, 6, 1)
    assert facts.sent_at == "2027-05-31T23:30:00+00:00"


def test_to_dict_is_json() -> None:
    import json

    facts = parse_email(
        bytes(
            mail(
                "Amelia Hart (DOB 02/03/2015) became looked after on 11/01/2027.", subject="New LAC"
            )
        ),
        S,
    )
    data = json.loads(json.dumps(facts.to_dict()))
    assert data["child"]["dob"] == "2015-03-02"
    assert data["dates"]["looked_after_from"] == "2027-01-11"
    for key in (
        "kind",
        "subtype",
        "confidence",
        "case_number",
        "child",
        "people",
        "dates",
        "message_id",
        "sent_at",
        "trust",
        "trust_reason",
        "signals",
        "malformed",
        "forwarded_by",
        "sender",
        "sender_role",
        "in_reply_to",
        "references",
        "attachments",
        "bounce_of",
        "subject_tag",
        "review",
        "approvals",
        "manager_decision",
    ):
        assert key in data
