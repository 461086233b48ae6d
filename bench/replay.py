"""Benchmark: a year of mail for 1,000 children replayed; mails per second and days
simulated per second.

    python bench/replay.py [--children 1000] [--days 365] [--seed 1]

On a 2-core machine 1,000 children (10,683 mails) took 13 minutes; 100 children take
about 1.5 minutes.

1. Build: fictional mails (``daemon.demo.DemoMail``, the demo's people and addresses) for
   N children over ``--days`` days from Fri 1 Jan 2027: each child becomes looked after on
   a working day in the first ~80% of the period (a "new LAC notification" from the social
   worker), gets an IRO allocation from the review unit, and then reviews on the §2.1
   rhythm (initial within 20 working days, the second 3 months later, then every 6
   months; about 10% a few days late): for each review a booking from the IRO about three
   weeks before, the decisions the next working day or so (with the next review's date),
   most of the time the designated manager's "agreed" and a full record within ~3 weeks.
   About 20% have a significant event (placement breakdown, missing episode). About 30%
   are in care proceedings: a Cafcass guardian
   allocation, the court's directions forwarded by LA legal (filing deadlines), the LA's
   final care plan as filed, and for some a sealed final order and the guardian's
   handover. Mails dated after the period's last day are not written.
2. The mails go into a temporary folder as .eml files.
3. Baseline, timed: ``parsers.parse_email`` alone over a sample of the mails (every
   k-th, about 1,000), checking each is classified as the bench meant. Parsing is the part
   of the daemon's work that does not depend on the store, so ``ratio`` (replay's mails
   per second over the parser's) says how much the rest of the daemon costs around it.
4. Timed: ``daemon.replay.replay(Config(), folder, until)`` from the first mail's day to
   the period's last day, on a fresh temporary SQLite store: every mail ingested at its
   own instant with the sweep and the outbox after it, and each day's 07:30 sweep, daily
   job and outbox.

Readable lines first; the last line is one JSON object:
{"children": N, "mails": M, "days": D, "replay_s": S, "mails_per_s": X, "days_per_s": Y,
 "parse_per_s": P, "ratio": X/P}.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from daemon.app import build_calendar
from daemon.clock import LONDON
from daemon.config import Config
from daemon.demo import (
    CAFCASS_BS,
    COURT,
    GUARDIAN,
    IRO,
    LEGAL,
    MAILBOX,
    MANAGER,
    REVIEW_UNIT,
    SOCIAL_WORKER,
    DemoMail,
)
from daemon.replay import replay
from parsers import parse_email

START = date(2027, 1, 1)
FIRST_NAMES = [
    "Amara",
    "Ben",
    "Cara",
    "Dylan",
    "Esme",
    "Finn",
    "Greta",
    "Harvey",
    "Iris",
    "Jonah",
    "Kit",
    "Lena",
    "Milo",
    "Nell",
    "Oscar",
    "Pia",
    "Quinn",
    "Rosa",
    "Sami",
    "Tess",
    "Umar",
    "Vera",
    "Wren",
    "Xander",
    "Yara",
    "Zane",
]
SURNAMES = [
    "Ashby",
    "Bellamy",
    "Carrow",
    "Denholm",
    "Ellery",
    "Fairbank",
    "Garside",
    "Hollins",
    "Ingram",
    "Jessop",
    "Kettle",
    "Lindqvist",
    "Marlowe",
    "Netherby",
    "Oakes",
    "Pendry",
    "Quarrie",
    "Rudge",
    "Sallis",
    "Thorne",
    "Upward",
    "Varley",
    "Whitlock",
    "Yeadon",
]


def long_date(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def short(d: date) -> str:
    return f"{d:%d.%m.%Y}"


def at(d: date, rng: random.Random, first_hour: int = 9, last_hour: int = 17) -> datetime:
    # Quarter-hours: the live service sweeps every 15 minutes anyway.
    return datetime(
        d.year,
        d.month,
        d.day,
        rng.randint(first_hour, last_hour - 1),
        rng.choice((0, 15, 30, 45)),
        tzinfo=LONDON,
    )


class Calendar:
    def __init__(self, config: Config) -> None:
        self.cal = build_calendar(config)

    def working(self, d: date) -> date:
        while not self.cal.is_working_day(d):
            d += timedelta(days=1)
        return d

    def add(self, d: date, n: int) -> date:
        while n > 0:
            d += timedelta(days=1)
            if self.cal.is_working_day(d):
                n -= 1
        return d


def child_mails(
    i: int, rng: random.Random, cal: Calendar, days: int
) -> tuple[list[DemoMail], Counter[str]]:
    """One fictional child's year as mails."""
    made: Counter[str] = Counter()
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    la_ref = f"{3000000 + i}"
    dob = date(2010 + rng.randint(0, 14), rng.randint(1, 12), rng.randint(1, 28))
    dob_s = f"{dob:%d/%m/%Y}"
    court = rng.random() < 0.3
    case = f"BM27C{50000 + i:05d}"[:10] if court else None
    looked_after = cal.working(START + timedelta(days=rng.randint(0, int(days * 0.8))))
    last = START + timedelta(days=days - 1)
    mails: list[DemoMail] = []

    def add(kind: str, sender: str, subject: str, sent: datetime, body: str, **kw: str) -> None:
        if sent.date() <= last:
            mails.append(
                DemoMail(
                    f"c{i:05d}-{len(mails):02d}-{kind}", kind, sender, subject, sent, body, **kw
                )
            )
            made[kind] += 1

    legal_basis = (
        f"under an interim care order made today in proceedings {case}"
        if case
        else "under section 20 with her parents' agreement"
    )
    add(
        "looked_after_start",
        SOCIAL_WORKER,
        f"New LAC notification - {name}",
        at(looked_after, rng, 10, 17),
        f"Hi\n\nJust to let the Review Unit know that {name} (DOB {dob_s}, LCS ID {la_ref}) "
        f"became looked after on {long_date(looked_after)} {legal_basis}.\n\n"
        "Placed with in-house foster carers. Could you let me know the IRO and a date for "
        "the initial review please.\n\nThanks\nOwen\n\nOwen Price\nSocial Worker\n",
    )
    add(
        "iro_allocation",
        REVIEW_UNIT,
        f"New IRO allocation - {name} (LCS ID {la_ref})",
        at(cal.add(looked_after, 1), rng),
        f"Dear all,\n\nThe allocated Independent Reviewing Officer for {name} (DOB {dob_s}, "
        f"LCS ID {la_ref}) is:\n\nNadia Okoye, Independent Reviewing Officer\n"
        "nadia.okoye@council.example.gov.uk\n\nSocial worker: Owen Price\n\n"
        "Thanks\nDawn\nReview Unit Business Support\n",
        to=IRO,
        cc=MAILBOX,
    )
    # Reviews on the §2.1 rhythm.
    held = cal.working(looked_after + timedelta(days=rng.randint(14, 26)))
    sequence = 1
    while held <= last:
        late = rng.random() < 0.1
        interval = 91 if sequence == 1 else 183
        following = cal.working(
            held + timedelta(days=interval + (rng.randint(1, 10) if late else -rng.randint(3, 10)))
        )
        label = "initial" if sequence == 1 else f"review {sequence}"
        booked_on = cal.working(max(looked_after + timedelta(days=2), held - timedelta(days=21)))
        add(
            "review_booking",
            IRO,
            f"{name} - {label} LAC review",
            at(booked_on, rng),
            f"Hi Owen,\n\nI've booked {name}'s {label} looked after review for "
            f"{long_date(held)} at 10:00am at the foster carers' home. Please send out the "
            f"invitations and consultation papers.\n\n{name}, LCS ID {la_ref}.\n\nThanks\n"
            "Nadia Okoye\nIndependent Reviewing Officer\n",
            to=SOCIAL_WORKER,
            cc=MAILBOX,
        )
        decisions_on = cal.add(held, rng.choice((1, 1, 2, 3, 7)))
        title = f"Review decisions - {name} - {label} {short(held)}"
        add(
            "review_record",
            IRO,
            title,
            at(decisions_on, rng, 12, 18),
            f"Dear all,\n\nReview decisions - {name} (LCS ID {la_ref})\n"
            f"Looked After Review held on {long_date(held)}\nChair: Nadia Okoye, IRO\n\n"
            f"1. {name.split()[0]} to remain in the current placement. Responsible: Owen "
            "Price.\n2. Contact to continue as planned. Responsible: Owen Price.\n\n"
            f"Next review: {long_date(following)}\n\nNadia Okoye\nIndependent Reviewing Officer\n",
            to=f"{SOCIAL_WORKER}, {MANAGER}",
            cc=MAILBOX,
        )
        if rng.random() < 0.7:
            add(
                "manager_response",
                MANAGER,
                f"RE: {title}",
                at(cal.add(decisions_on, rng.randint(1, 4)), rng),
                "Agreed.\n\nGareth\n\nGareth Lowe\nTeam Manager (designated manager)\n\n"
                f"-----Original Message-----\nFrom: {IRO}\nSubject: {title}\n\n"
                f"Review decisions - {name} (LCS ID {la_ref})\n"
                f"Looked After Review held on {long_date(held)}\n",
                to=IRO,
                cc=MAILBOX,
            )
        if rng.random() < 0.8:
            add(
                "review_record",
                IRO,
                f"{name} - full review record",
                at(cal.add(held, rng.randint(5, 18)), rng),
                f"FULL RECORD OF LOOKED AFTER REVIEW\n\nChild:            {name}\n"
                f"Date of birth:    {dob_s}\nLCS ID:           {la_ref}\n"
                f"Date held:        {long_date(held)}\nChair:            Nadia Okoye (IRO)\n\n"
                "Attendees: foster carer, Owen Price (SW), the child's mother.\n\n"
                "IRO's view: The plan is appropriate.\n\nDecisions:\n1. Remain in "
                f"placement (SW).\n\nNext review: {long_date(following)}\n\n"
                "Nadia Okoye, Independent Reviewing Officer\n",
            )
        held = following
        sequence += 1
    if rng.random() < 0.2:
        event_on = cal.working(looked_after + timedelta(days=rng.randint(30, 200)))
        what = rng.choice(
            (
                "placement with the foster carers broke down today and they moved to "
                "emergency foster carers this evening",
                "was reported missing from placement today; found safe later this evening",
            )
        )
        add(
            "significant_event",
            SOCIAL_WORKER,
            f"{name} - {'placement breakdown' if 'broke' in what else 'missing episode'}",
            at(event_on, rng, 15, 19),
            f"IRO - please note.\n\n{name}'s {what} ({event_on.day} {event_on:%B %Y}).\n\n"
            f"LCS ID {la_ref}.\n\nOwen Price\nSocial Worker\n",
        )
    if case:
        cmh = cal.add(looked_after, 12)
        add(
            "cafcass_allocation",
            CAFCASS_BS,
            f"Allocation of Children's Guardian - {name} - {case}",
            at(cal.add(looked_after, 3), rng),
            f"Dear IRO Manager,\n\nRe: {name}  DOB: {dob_s}\nCase number: {case}\n"
            "Court: Westmere Family Court\n\nIn line with the Cafcass and IRO Good Practice "
            "Protocol, please be advised that the following Children's Guardian has been "
            "allocated to the above child:\n\nChildren's Guardian:  Grace Adeyemi\n"
            "Email:                grace.adeyemi@cafcass.gov.uk\n\n"
            f"The Case Management Hearing is listed on {long_date(cmh)} at 10:00am.\n\n"
            "Many thanks\n\nJas Kaur\nBusiness Support Officer\nCafcass West Midlands\n",
        )
        filing = cal.working(cmh + timedelta(days=50))
        analysis = cal.working(filing + timedelta(days=21))
        final_hearing = cal.working(analysis + timedelta(days=24))
        add(
            "court_directions",
            LEGAL,
            f"FW: {name.split()[1].upper()} - {case} - order {short(cmh)}",
            at(cal.add(cmh, 1), rng),
            f"Dear IRO\n\nDirections from yesterday's CMH are below, for your diary.\n\n"
            "Anika Shah\nSolicitor | Legal Services | Westmere MBC\n\n"
            "________________________________\n"
            f"From: {COURT}\nSent: {cal.add(cmh, 1):%d %B %Y} 12:19\nTo: {LEGAL}\n"
            f"Subject: {case} - order {short(cmh)}\n\nDear Ms Shah,\n\nDJ Harrow has "
            "approved the following directions made at the Case Management Hearing on "
            f"{cmh.day} {cmh:%B %Y}:\n\n"
            "1. The Local Authority shall file and serve its final evidence including its "
            f"final care plan by 4pm on {filing.day} {filing:%B %Y}.\n"
            "2. The Children's Guardian shall file and serve her final analysis by 4pm on "
            f"{analysis.day} {analysis:%B %Y}.\n"
            f"3. Final hearing: {long_date(final_hearing)}, 2 days, at Westmere Family "
            "Court.\n\nThe sealed order will follow.\n\nFamily Court Listing Team\n",
        )
        add(
            "court_care_plan",
            LEGAL,
            f"{name.split()[1].upper()} {case} - LA final care plan as filed",
            at(cal.add(filing, rng.choice((1, 2, 3, 8))), rng),
            f"Dear IRO,\n\nAs directed, the local authority filed its final evidence on "
            f"{filing.day} {filing:%B %Y}. The final care plan for {name} (case {case}) "
            f"follows below.\n\nFINAL CARE PLAN\nDated {filing.day} {filing:%B %Y}\n\n"
            "The plan is long-term foster care under a care order.\n\n"
            "Anika Shah\nSolicitor | Legal Services | Westmere MBC\n",
        )
        if rng.random() < 0.7:
            add(
                "final_order",
                COURT,
                f"{case} - sealed final order - {name.split()[1].upper()}",
                at(cal.add(final_hearing, 1), rng),
                f"Dear all,\n\nIn the matter of {name} (DOB {dob_s}), case number {case}: at "
                f"the final hearing on {final_hearing.day} {final_hearing:%B %Y} the court "
                "made a final care order in favour of Westmere Metropolitan Borough Council. "
                "The sealed care order is attached.\n\nWestmere Family Court\n",
                cc=LEGAL,
            )
            if rng.random() < 0.8:
                add(
                    "guardian_handover",
                    GUARDIAN,
                    f"Guardian handover - {name} ({case})",
                    at(cal.add(final_hearing, rng.randint(4, 12)), rng),
                    f"Dear Nadia,\n\nWritten handover - {name} (DOB {dob_s})\n\n"
                    f"1. Proceedings concluded on {final_hearing.day} {final_hearing:%B %Y} "
                    "with a care order. The final care plan was approved without amendment.\n"
                    "2. Issues for the IRO: contact frequency.\n\nGrace Adeyemi\n"
                    "Children's Guardian, Cafcass\n",
                )
    return mails, made


def build(
    config: Config, children: int, days: int, seed: int
) -> tuple[list[DemoMail], Counter[str]]:
    rng = random.Random(seed)
    cal = Calendar(config)
    mails: list[DemoMail] = []
    made: Counter[str] = Counter()
    for i in range(children):
        more, counts = child_mails(i, rng, cal, days)
        mails += more
        made += counts
    return mails, made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--children", type=int, default=1000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.children < 1 or args.days < 1:
        parser.error("--children and --days must be at least 1")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    say = print
    config = Config()
    until = START + timedelta(days=args.days - 1)

    t0 = time.perf_counter()
    mails, made = build(config, args.children, args.days, args.seed)
    work = Path(tempfile.mkdtemp(prefix="caseclock-bench-replay-"))
    try:
        folder = work / "mails"
        folder.mkdir()
        for mail in mails:
            (folder / f"{mail.name}.eml").write_bytes(mail.as_bytes())
        say(
            f"build: {len(mails)} mails for {args.children} children, {START} to {until}, "
            f"written to {folder} in {time.perf_counter() - t0:.1f} s"
        )
        say("made: " + ", ".join(f"{k} {v}" for k, v in made.most_common()))

        # Baseline, timed: the parser alone over a sample; is each classified as meant?
        settings = config.parser_settings()
        checked: Counter[str] = Counter()
        wrong: Counter[str] = Counter()
        sample = mails[:: max(1, len(mails) // 1000)]
        raws = [mail.as_bytes() for mail in sample]
        t_parse = time.perf_counter()
        kinds = [parse_email(raw, settings).kind for raw in raws]
        parse_s = time.perf_counter() - t_parse
        for mail, kind in zip(sample, kinds, strict=True):
            checked[mail.kind] += 1
            if kind != mail.kind:
                wrong[f"{mail.kind}->{kind}"] += 1
        parse_per_s = len(sample) / parse_s
        say(
            f"parser alone: {len(sample)} mails in {parse_s:.1f} s = {parse_per_s:.1f} mails/s; "
            f"classified as meant: {sum(checked.values()) - sum(wrong.values())} of "
            f"{sum(checked.values())}"
            + (
                " (other: " + ", ".join(f"{k} {v}" for k, v in wrong.most_common()) + ")"
                if wrong
                else ""
            )
        )

        # Timed: the replay.
        simulated = 0

        def tick(day: date) -> None:
            nonlocal simulated
            simulated += 1
            if simulated % 30 == 0:
                spent = time.perf_counter() - t1
                say(f"  ... {day} ({simulated} days, {spent:.0f} s)", flush=True)

        t1 = time.perf_counter()
        result = replay(config, folder, until, on_day=tick)
        replay_s = time.perf_counter() - t1
    finally:
        shutil.rmtree(work, ignore_errors=True)

    statuses = Counter(d["status"] for d in result.deadlines)
    templates = Counter(s["template"] for s in result.sent)
    say(
        f"replay: {result.mails} mails over {simulated} days in {replay_s:.1f} s = "
        f"{result.mails / replay_s:.1f} mails/s, {simulated / replay_s:.2f} days/s"
    )
    say(
        f"deadlines {len(result.deadlines)}: "
        + ", ".join(f"{k} {v}" for k, v in statuses.most_common())
    )
    say(
        f"mail sent {len(result.sent)}: "
        + ", ".join(f"{k} {v}" for k, v in templates.most_common())
    )
    say(f"triage {len(result.triage)}, quarantine {len(result.quarantine)}")
    say(
        json.dumps(
            {
                "children": args.children,
                "mails": result.mails,
                "days": simulated,
                "replay_s": round(replay_s, 3),
                "mails_per_s": round(result.mails / replay_s, 3),
                "days_per_s": round(simulated / replay_s, 3),
                "parse_per_s": round(parse_per_s, 3),
                "ratio": round(result.mails / replay_s / parse_per_s, 3),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
