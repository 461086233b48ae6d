"""Replay: whole-life scenarios built from fictional mails, run through the real daemon
with a simulated clock, asserting the deadlines and the mails that would have been sent.

England's bank holidays in the period: Fri 25 Dec 2026, Mon 28 Dec 2026 (Boxing Day's
substitute), Fri 1 Jan 2027, Fri 26 Mar 2027 (Good Friday), Mon 29 Mar 2027.
"""

from __future__ import annotations

import json
import mailbox
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine
from sqlmodel import Session, select

from daemon import models as m
from daemon.clock import LONDON
from daemon.commands import demo
from daemon.commands import replay as replay_command
from daemon.config import Config
from daemon.demo import CASE, GUARDIAN, IRO, LA_REF, MAILBOX, STORY, DemoMail, write_demo_mails
from daemon.replay import ReplayResult, read_source, replay
from parsers import parse_email

CONFIG = Config()
UNTIL = date(2027, 3, 19)
LEGAL_TEAM = "legal.childcare@council.example.gov.uk"
HEAD = "head.of.service@council.example.gov.uk"
SERVICE_MANAGER = "service.manager@council.example.gov.uk"


def _by_name(name: str) -> DemoMail:
    return next(mail for mail in STORY if mail.name == name)


def run(tmp_path: Path, mails: list[DemoMail], until: date = UNTIL, **kw: Any) -> ReplayResult:
    folder = tmp_path / "mails"
    folder.mkdir()
    for mail in mails:
        (folder / f"{mail.name}.eml").write_bytes(mail.as_bytes())
    return replay(CONFIG, folder, until, **kw)


def deadline(result: ReplayResult, rule: str, subject: str) -> dict[str, Any]:
    found = [d for d in result.deadlines if d["rule"] == rule and d["subject"] == subject]
    assert len(found) == 1, (rule, subject, result.deadlines)
    return found[0]


def sent(result: ReplayResult, rule: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(date, template, to) of every mail sent about ``rule``."""
    return [(s["date"], s["template"], tuple(s["to"])) for s in result.sent if rule in s["rules"]]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> ReplayResult:
    return run(tmp_path_factory.mktemp("story"), list(STORY))


# ---- the demo -------------------------------------------------------------------------


def test_every_demo_mail_is_classified_as_its_story_says() -> None:
    settings = CONFIG.parser_settings()
    for mail in STORY:
        facts = parse_email(mail.as_bytes(), settings)
        assert facts.kind == mail.kind, mail.name


def test_demo_command_prints_json_of_the_promised_shape(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = CliRunner().invoke(demo, ["--out", str(out), "--json"], obj={})
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == ["as_of", "deadlines", "sent", "triage", "quarantine"]
    assert data["as_of"] == "2027-03-19"
    assert len(list(out.glob("*.eml"))) == len(STORY)
    assert {"rule", "case_number", "la_ref", "subject", "due", "status", "met_on"} <= set(
        data["deadlines"][0]
    )
    assert {"date", "to", "cc", "template", "rule", "subject_line"} <= set(data["sent"][0])
    assert data["triage"] == [] and data["quarantine"] == []
    full = next(d for d in data["deadlines"] if d["rule"] == "LAR-FULL-RECORD")
    assert (full["la_ref"], full["case_number"]) == (LA_REF, CASE)


def test_demo_command_prints_readable_tables(tmp_path: Path) -> None:
    result = CliRunner().invoke(demo, ["--out", str(tmp_path / "d")], obj={})
    assert result.exit_code == 0, result.output
    assert "Deadlines (" in result.output and "Mail that would have been sent (" in result.output
    assert "LAR-FULL-RECORD" in result.output


def test_story_key_deadlines(story: ReplayResult) -> None:
    # Looked after Mon 2 Nov 2026: +20 working days is Mon 30 Nov; held Thu 26 Nov.
    initial = deadline(story, "LAR-INITIAL", "child")
    assert (initial["due"], initial["status"], initial["met_on"]) == (
        "2026-11-30",
        "met",
        "2026-11-26",
    )
    # Initial review held 26 Nov: + 91 days = Thu 25 Feb 2027; held early on 11 Feb.
    second = deadline(story, "LAR-SECOND", "review-2")
    assert (second["due"], second["status"], second["met_on"]) == (
        "2027-02-25",
        "met",
        "2027-02-11",
    )
    # Care order on Mon 22 Feb: +10 working days = Mon 8 Mar; handover Fri 5 Mar.
    handover = deadline(story, "CIP-HANDOVER", CASE)
    assert (handover["due"], handover["status"], handover["met_on"]) == (
        "2027-03-08",
        "met",
        "2027-03-05",
    )
    # Nothing the story sends is left in triage or quarantine.
    assert story.triage == [] and story.quarantine == []


def test_christmas_missed_full_record_ladder(story: ReplayResult) -> None:
    """Review held Thu 26 Nov 2026: +15 working days = Thu 17 Dec. The record came on
    Wed 6 Jan 2027. Ladder: reminder 2 working days before (Tue 15 Dec), chaser on the due
    date, team manager copied 1 working day after (Fri 18 Dec), service manager 5 after
    (18, 21, 22, 23, 24 -> Thu 24 Dec), head of service 10 after: 29, 30, 31 Dec, 4 Jan,
    5 Jan (25 and 28 Dec and 1 Jan are bank holidays) -> Tue 5 Jan 2027."""
    full = deadline(story, "LAR-FULL-RECORD", "review-1")
    assert (full["due"], full["status"], full["met_on"]) == ("2026-12-17", "met_late", "2027-01-06")
    ladder = [(d, t) for d, t, _ in sent(story, "LAR-FULL-RECORD") if d < "2027-02-01"]
    assert ladder == [
        ("2026-12-15", "reminder"),
        ("2026-12-17", "chaser"),
        ("2026-12-18", "chaser"),
        ("2026-12-24", "escalation"),
        ("2027-01-05", "escalation"),
    ]
    escalations = [to for d, t, to in sent(story, "LAR-FULL-RECORD") if t == "escalation"]
    assert escalations[:2] == [(SERVICE_MANAGER,), (HEAD,)]
    # Nothing is ever sent on a day the daemon would not run that step.
    assert not [
        s
        for s in story.sent
        if s["date"] in ("2026-12-25", "2026-12-28", "2027-01-01")
        and s["template"] != "deemed_agreement"
    ]


def test_emergency_event(story: ReplayResult) -> None:
    """Placement breakdown reported Thu 14 Jan 2027: the IRO must consider an emergency
    review by the next working day, Fri 15 Jan; the IRO brought the review forward then."""
    event = deadline(story, "LAR-EMERGENCY", "event-1")
    assert (event["due"], event["status"], event["met_on"]) == ("2027-01-15", "met", "2027-01-15")
    assert next((d, t) for d, t, _ in sent(story, "LAR-EMERGENCY")) == (
        "2027-01-14",
        "emergency_prompt",
    )


def test_deemed_agreement(story: ReplayResult) -> None:
    """Second review decisions circulated Fri 12 Feb 2027; the designated manager has 5
    working days (Fri 19 Feb) and says nothing: deemed agreed, the IRO is told the next day,
    and LAR-CAREPLAN runs from 19 Feb: +10 working days = Fri 5 Mar."""
    manager = deadline(story, "LAR-MANAGER", "review-2")
    assert (manager["due"], manager["status"]) == ("2027-02-19", "deemed_agreed")
    assert ("2027-02-20", "deemed_agreement") in [(d, t) for d, t, _ in sent(story, "LAR-MANAGER")]
    careplan = deadline(story, "LAR-CAREPLAN", "review-2")
    assert (careplan["due"], careplan["status"]) == ("2027-03-05", "overdue")
    # The first review's manager did answer (Wed 2 Dec): no deemed agreement there.
    first = deadline(story, "LAR-MANAGER", "review-1")
    assert (first["status"], first["met_on"]) == ("met", "2026-12-02")


def test_court_documents_against_directions_filing_deadlines(story: ReplayResult) -> None:
    """Directions of 19 Nov 2026: LA final care plan by 8 Jan 2027 (+5 working days =
    Fri 15 Jan), Guardian's final analysis by Fri 29 Jan (+5 = Fri 5 Feb)."""
    docs = {d["due"]: d for d in story.deadlines if d["rule"] == "CIP-COURT-DOCS"}
    assert (docs["2027-01-15"]["status"], docs["2027-01-15"]["met_on"]) == ("met", "2027-01-11")
    assert (docs["2027-02-05"]["status"], docs["2027-02-05"]["met_on"]) == ("met", "2027-02-01")


def test_court_documents_late(tmp_path: Path) -> None:
    """The final care plan reaches the IRO on Wed 20 Jan, after Fri 15 Jan: LA legal gets
    a reminder (Wed 13 Jan), a chaser on the day, their manager copied on Mon 18 Jan."""
    late = replace(_by_name("10-final-care-plan"), sent=datetime(2027, 1, 20, 9, 30, tzinfo=LONDON))
    mails = [late if mail.name == late.name else mail for mail in STORY]
    result = run(tmp_path, mails, until=date(2027, 1, 29))
    docs = {d["due"]: d for d in result.deadlines if d["rule"] == "CIP-COURT-DOCS"}
    assert (docs["2027-01-15"]["status"], docs["2027-01-15"]["met_on"]) == (
        "met_late",
        "2027-01-20",
    )
    ladder = [(d, t, to) for d, t, to in sent(result, "CIP-COURT-DOCS") if d >= "2027-01-01"]
    assert ladder[:3] == [
        ("2027-01-13", "reminder", (LEGAL_TEAM,)),
        ("2027-01-15", "chaser", (LEGAL_TEAM,)),
        ("2027-01-18", "chaser", (LEGAL_TEAM,)),
    ]
    # Met on the 20th: no escalation to the service manager on Fri 22 Jan.
    assert not [x for x in ladder if x[1] == "escalation"]


def test_guardian_handover_overdue(tmp_path: Path) -> None:
    """No handover after the care order of Mon 22 Feb 2027: due Mon 8 Mar; the guardian
    is reminded Thu 4 Mar, chased on the 8th, copied to the team manager on Tue 9 Mar,
    escalated on Mon 15 Mar (5 working days)."""
    mails = [mail for mail in STORY if mail.name != "16-guardian-handover"]
    result = run(tmp_path, mails)
    handover = deadline(result, "CIP-HANDOVER", CASE)
    assert (handover["due"], handover["status"], handover["met_on"]) == (
        "2027-03-08",
        "overdue",
        None,
    )
    guardian = GUARDIAN.split("<")[1].rstrip(">")
    assert sent(result, "CIP-HANDOVER") == [
        ("2027-03-04", "reminder", (guardian,)),
        ("2027-03-08", "chaser", (guardian,)),
        ("2027-03-09", "chaser", (guardian,)),
        ("2027-03-15", "escalation", (SERVICE_MANAGER,)),
    ]


def test_spoofed_sender_changes_nothing(tmp_path: Path, story: ReplayResult) -> None:
    """A look-alike 'court' mail claims a final order on 5 Jan 2027 and a look-alike
    'Cafcass' one names another guardian: both go to triage, no deadline moves."""
    spoofs = [
        replace(
            _by_name("15-care-order"),
            name="90-spoofed-final-order",
            sender="Westmere Family Court <family.westmere@justice-gov.uk.com>",
            sent=datetime(2027, 1, 5, 10, 0, tzinfo=LONDON),
            body=_by_name("15-care-order").body.replace("22 February 2027", "5 January 2027"),
        ),
        replace(
            _by_name("03-guardian-allocated"),
            name="91-spoofed-guardian",
            sender="Cafcass Business Support <wm.publiclaw.bs@cafcass-gov.co>",
            sent=datetime(2026, 12, 7, 10, 0, tzinfo=LONDON),
            body=_by_name("03-guardian-allocated")
            .body.replace("Grace Adeyemi", "Mallory Fake")
            .replace("grace.adeyemi@cafcass.gov.uk", "mallory@cafcass-gov.co"),
        ),
    ]
    result = run(tmp_path, [*STORY, *spoofs])
    assert result.deadlines == story.deadlines
    assert sorted(t["file"] for t in result.triage) == [
        "90-spoofed-final-order.eml",
        "91-spoofed-guardian.eml",
    ]
    assert result.quarantine == []
    # What goes out is the same, plus business support asked to settle each spoof.
    extra = [s for s in result.sent if s not in story.sent]
    assert [s["template"] for s in extra] == ["triage_request", "triage_request"]
    assert not any("mallory" in addr for s in result.sent for addr in [*s["to"], *s["cc"]])


def test_refused_second_adjournment(tmp_path: Path) -> None:
    """The initial review booked for Thu 26 Nov 2026 is adjourned that day (LAR-ADJOURN:
    +20 working days = Thu 24 Dec) and again on Tue 8 Dec: the second is refused, recorded,
    and starts no clock."""

    def adjourned(name: str, on: str, sent_at: datetime) -> DemoMail:
        return DemoMail(
            name,
            "review_booking",
            IRO,
            "Adjourned review - Isla Brennan",
            sent_at,
            f"Dear all,\n\nIsla Brennan's review held on {on} was adjourned as Isla's mother "
            f"could not attend. The review will reconvene on 17/12/2026 at 10am.\n\n"
            f"LCS ID: {LA_REF}\n\nNadia Okoye, IRO\n",
        )

    mails = [
        *[mail for mail in STORY if mail.name < "05"],
        adjourned("05-adjourned", "26/11/2026", datetime(2026, 11, 26, 15, 0, tzinfo=LONDON)),
        adjourned("06-adjourned-again", "08/12/2026", datetime(2026, 12, 8, 15, 0, tzinfo=LONDON)),
    ]
    db = tmp_path / "store.db"
    result = run(tmp_path, mails, until=date(2026, 12, 11), db=str(db))
    adjourn = [d for d in result.deadlines if d["rule"] == "LAR-ADJOURN"]
    assert [(d["due"], d["status"]) for d in adjourn] == [("2026-12-24", "open")]
    engine = create_engine(f"sqlite:///{db}")
    with Session(engine) as session:
        rows = session.exec(select(m.Adjournment).order_by(m.Adjournment.id)).all()  # type: ignore[arg-type]
        assert [(a.adjourned_on, a.refused) for a in rows] == [
            (date(2026, 11, 26), False),
            (date(2026, 12, 8), True),
        ]
        assert "§9" in (rows[1].reason or "")
    engine.dispose()
    assert result.triage == [] and result.quarantine == []


# ---- sources and determinism ---------------------------------------------------------


def test_maildir_and_mbox_sources_give_the_same_replay(tmp_path: Path) -> None:
    mails = [mail for mail in STORY if mail.name < "08"]
    folder = tmp_path / "eml"
    write_demo_mails(folder)
    for extra in folder.glob("*.eml"):
        if extra.stem >= "08":
            extra.unlink()
    box = mailbox.Maildir(tmp_path / "maildir", create=True)
    mbox = mailbox.mbox(tmp_path / "mail.mbox", create=True)
    for mail in reversed(mails):  # arrival order comes from the Date, not the file order
        box.add(mail.as_bytes())
        mbox.add(mail.as_bytes())
    mbox.close()
    until = date(2026, 12, 10)
    results = [
        replay(CONFIG, path, until)
        for path in (folder, tmp_path / "maildir", tmp_path / "mail.mbox")
    ]
    assert results[0].deadlines == results[1].deadlines == results[2].deadlines
    assert results[0].sent == results[1].sent == results[2].sent
    assert [m.file for m in read_source(tmp_path / "mail.mbox")][:2] == [
        "mail.mbox#7",
        "mail.mbox#6",
    ]


def test_replay_command_is_deterministic(tmp_path: Path) -> None:
    folder = tmp_path / "mails"
    write_demo_mails(folder)
    args = [str(folder), "--until", "2027-01-08", "--json"]
    first = CliRunner().invoke(replay_command, args, obj={})
    second = CliRunner().invoke(replay_command, args, obj={})
    assert first.exit_code == 0, first.output
    assert first.output == second.output
    data = json.loads(first.output)
    assert data["as_of"] == "2027-01-08"
    assert all(s["date"] <= "2027-01-08" for s in data["sent"])
    assert MAILBOX  # the story's mails are addressed to the IRO mailbox


def test_replay_command_rejects_an_until_before_the_first_mail(tmp_path: Path) -> None:
    folder = tmp_path / "mails"
    write_demo_mails(folder)
    result = CliRunner().invoke(replay_command, [str(folder), "--until", "2026-01-01"], obj={})
    assert result.exit_code != 0
    assert "before the first day" in result.output
