"""Benchmark: a full rule sweep over many children with realistic histories, in SQLite.

    python bench/sweep.py [--children 100000] [--db PATH] [--seed 1] [--days 7]
                          [--check 300] [--profile]

1. Build: a fresh SQLite store (``make_engine`` + ``migrate``), filled with fictional
   children looked after at dates spread over the last ~3.6 years and the facts a real
   mailbox would have given: reviews on the procedure's rhythm (initial within 20 working
   days, the second 91 days later, then every 183 days, some late), their bookings,
   invitations, reports, decisions, full records, copies and manager responses (mostly
   present, some late or missing), care proceedings for ~30% (case number, guardian, CMH,
   court documents, final order and handover), significant events, Cafcass referrals and
   ceasings. Facts dated after "today" (2026-11-25) never exist. Bulk Core inserts, one
   transaction.
2. Recompute (the full re-evaluation from facts, as on a calendar change): every child's
   deadlines by ``rules.engine.evaluate_case(..., explain=False)`` on the ``CaseState``
   built in memory alongside the rows, and the ``deadline`` rows inserted in bulk. It does
   not go through ``RuleSweep.recompute_all``: that reads each child with ~9 ORM queries
   and saves row by row with a flush and an audit row each, which at 100,000 children is
   far outside the bench's time. ``--check N`` proves the shortcut equals the real path:
   for N random children ``store.case_state`` (read back from the store) must equal the
   in-memory state, and ``RuleSweep.recompute_child`` must find nothing to change; its
   time per child gives the ORM path's estimate for every child.
3. Sweep (timed): ``RuleSweep.run_once`` for ``today + --days``, so statuses change, next
   steps move and deemed agreements send some children back to their facts.
4. Select (timed, same run, best of 3): a bare SELECT of the same rows the sweep reads
   (same columns, live statuses, due not null), fetched in full.

Readable lines first; the last line is one JSON object:
{"rows", "sweep_s", "select_s", "ratio", "children", "deadlines", "recompute_s", "build_s"}.
The target is sweep_s under 5 s at 100,000 children on a 2-core machine.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing
import os
import pstats
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import and_, func, insert, or_
from sqlalchemy import select as sa_select
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlmodel import Session

from daemon import models as m
from daemon.app import build_calendar
from daemon.config import Config
from daemon.store import (
    COURT_DOCUMENT_KINDS,
    _document_state,
    _review_state,
    case_state,
    make_engine,
    migrate,
)
from daemon.sweep import CALENDAR_KEY, RuleSweep
from rules.calendar import WorkingCalendar
from rules.engine import LIVE_STATUSES, Status, evaluate_case, next_step
from rules.state import (
    CaseState,
    CeasingState,
    EventState,
    Fact,
    ProceedingsState,
    ReferralState,
)

TODAY = date(2026, 11, 25)  # a Wednesday; the store's "today" when it was built
NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
SPAN_DAYS = 1300  # children looked after up to ~3.6 years ago: at most ~8 held reviews

EVENT_SUBTYPES = (
    "court_directed_change",
    "decision_not_implemented",
    "contact_change",
    "social_worker_change",
    "safeguarding",
    "complaint",
    "placement_change",
    "family_change",
    "offence",
    "exclusion",
    "missing",
    "health",
)
FINAL_ORDERS = (
    "care_order",
    "placement_order",
    "special_guardianship_order",
    "supervision_order",
    "child_arrangements_order",
    "no_order",
)
LEGAL_STATUSES = ("s20", "interim_care_order", "care_order", "placement_order", "remand")
APPROVALS = (
    "group_manager",
    "head_of_service",
    "nominated_officer",
    "group_manager,director",
    "head_of_service,director",
    "",
    "director",
)
INITIALS = "ABCDEFGHIJKLMNOPRSTW"

TABLES: dict[str, Any] = {
    "child": m.Child.__table__,  # type: ignore[attr-defined]
    "case_person": m.CasePerson.__table__,  # type: ignore[attr-defined]
    "proceedings": m.Proceedings.__table__,  # type: ignore[attr-defined]
    "document": m.Document.__table__,  # type: ignore[attr-defined]
    "review": m.Review.__table__,  # type: ignore[attr-defined]
    "adjournment": m.Adjournment.__table__,  # type: ignore[attr-defined]
    "event": m.Event.__table__,  # type: ignore[attr-defined]
    "referral": m.Referral.__table__,  # type: ignore[attr-defined]
    "ceasing": m.Ceasing.__table__,  # type: ignore[attr-defined]
}
DEADLINE = m.Deadline.__table__  # type: ignore[attr-defined]


def blank(table: str) -> dict[str, Any]:
    """Every column of ``table`` set to None: executemany needs the same keys in each row."""
    return dict.fromkeys(TABLES[table].c.keys())


# ---- building histories -------------------------------------------------------------------


class Builder:
    """Makes one child's rows (every column, explicit ids) and its CaseState together."""

    def __init__(self, rng: random.Random, cal: WorkingCalendar) -> None:
        self.rng = rng
        self.cal = cal
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self.states: list[CaseState] = []
        self.ids: Counter[str] = Counter()
        self.held_counts: Counter[int] = Counter()

    # small helpers
    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def src(self, child_id: int) -> str:
        return f"<{self.rng.getrandbits(56):014x}.{child_id}@mail.bench.invalid>"

    def wd(self, day: date, n: int) -> date:
        return self.cal.add_working_days(day, n)

    def fact(self, row: dict[str, Any], name: str, on: date | None, child_id: int) -> None:
        """Set ``<name>_on``/``<name>_src`` if the fact has happened by today."""
        if on is not None and on <= TODAY:
            row[f"{name}_on"] = on
            row[f"{name}_src"] = self.src(child_id)

    def pick(self, on_time: float, late: float) -> str:
        r = self.rng.random()
        return "on_time" if r < on_time else "late" if r < on_time + late else "missing"

    # one child
    def child(self, cid: int) -> None:
        rng = self.rng
        la = TODAY - timedelta(days=rng.randint(0, SPAN_DAYS))
        child = blank("child") | {
            "id": cid,
            "la_ref": str(1_000_000 + cid),
            "initials": rng.choice(INITIALS) + rng.choice(INITIALS),
            "dob": la - timedelta(days=rng.randint(30, 17 * 365 + 300)),
            "legal_status": rng.choice(LEGAL_STATUSES),
            "team": f"Team {rng.randint(1, 24)}",
            "permanence_achieved": rng.random() < 0.2,
            "created_at": NOW,
        }
        self.fact(child, "looked_after", la, cid)
        late_notice = rng.random()
        if late_notice < 0.85:
            self.fact(child, "notified", self.wd(la, rng.randint(0, 2)), cid)
        elif late_notice < 0.97:
            self.fact(child, "notified", self.wd(la, rng.randint(3, 10)), cid)
        if (TODAY - la).days > 500 and rng.random() < 0.25:
            child["long_term_foster_from"] = la + timedelta(days=rng.randint(180, 450))
        ceased_on = None
        if (TODAY - la).days > 40 and rng.random() < 0.12:
            ceased_on = la + timedelta(days=rng.randint(20, (TODAY - la).days))
            child["ceased_on"] = ceased_on
        end = ceased_on or TODAY

        people = self.people(cid, la)
        proceedings, documents = self.proceedings(cid, la)
        reviews, adjournments = self.reviews(cid, la, end, child, proceedings)
        events = self.events(cid, la, end)
        referrals = self.referrals(cid, la, end)
        ceasings = self.ceasings(cid, la, ceased_on)

        for name, rows in (
            ("child", [child]),
            ("case_person", people),
            ("proceedings", proceedings),
            ("document", documents),
            ("review", reviews),
            ("adjournment", adjournments),
            ("event", events),
            ("referral", referrals),
            ("ceasing", ceasings),
        ):
            self.rows[name].extend(rows)
        self.states.append(
            state_from_rows(
                child,
                people,
                proceedings,
                documents,
                reviews,
                adjournments,
                events,
                referrals,
                ceasings,
            )
        )

    def people(self, cid: int, la: date) -> list[dict[str, Any]]:
        rng = self.rng
        out = []
        roles = ["social_worker", "team_manager"]
        if rng.random() < 0.95:
            roles.append("iro")
        if rng.random() < 0.3:
            roles.append("social_worker_old")
        for role in roles:
            n = rng.randint(1, 900)
            out.append(
                blank("case_person")
                | {
                    "id": self.next_id("case_person"),
                    "child_id": cid,
                    "role": "social_worker" if role == "social_worker_old" else role,
                    "email": f"{role[:3]}{n}@{'old.' if role.endswith('old') else ''}"
                    "council.example.gov.uk",
                    "since": la + timedelta(days=rng.randint(0, 30)),
                    "src": self.src(cid),
                    "active": role != "social_worker_old",
                }
            )
        return out

    def proceedings(self, cid: int, la: date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rng, wd = self.rng, self.wd
        out: list[dict[str, Any]] = []
        docs: list[dict[str, Any]] = []
        if rng.random() >= 0.30:
            return out, docs
        count = 2 if rng.random() < 0.05 else 1
        first = min(la + timedelta(days=rng.randint(-10, 120)), TODAY)
        for _ in range(count):
            if first > TODAY:
                break
            pid = self.next_id("proceedings")
            p = blank("proceedings") | {
                "id": pid,
                "child_id": cid,
                "case_number": f"BM{first.year % 100:02d}C5{pid % 10000:04d}",
                "court": "Family Court at Exampletown",
            }
            self.fact(p, "first_court_email", first, cid)
            how = self.pick(0.80, 0.12)
            named = None
            if how != "missing":
                named = wd(first, rng.randint(1, 5) if how == "on_time" else rng.randint(6, 20))
                self.fact(p, "guardian_named", named, cid)
                how = self.pick(0.70, 0.20)
                if how != "missing":
                    self.fact(
                        p,
                        "iro_details_sent",
                        named if how == "on_time" else wd(named, rng.randint(1, 3)),
                        cid,
                    )
            cmh = wd(first, rng.randint(8, 18))
            p["cmh"] = cmh
            self.fact(p, "cmh_known", first if rng.random() < 0.7 else wd(first, 2), cid)
            how = self.pick(0.65, 0.15)
            if how == "on_time":
                self.fact(p, "guardian_iro_contact", wd(first, rng.randint(1, 6)), cid)
            elif how == "late":
                self.fact(p, "guardian_iro_contact", wd(cmh, rng.randint(0, 10)), cid)
            p["irh"] = first + timedelta(weeks=rng.randint(16, 20))
            final = first + timedelta(weeks=rng.randint(22, 30))
            p["final_hearing"] = final
            if final <= TODAY and rng.random() < 0.9:
                ended = self.cal.latest_working_day(final + timedelta(days=rng.randint(0, 14)))
                self.fact(p, "ended", ended, cid)
                if p["ended_on"] is not None:
                    p["final_order"] = rng.choice(FINAL_ORDERS)
                    how = self.pick(0.65, 0.20)
                    if how != "missing":
                        self.fact(
                            p,
                            "handover",
                            wd(
                                ended,
                                rng.randint(1, 10) if how == "on_time" else rng.randint(11, 30),
                            ),
                            cid,
                        )
                    need = rng.random()
                    p["closing_meeting_needed"] = (
                        True if need < 0.25 else (False if need < 0.85 else None)
                    )
                    if need < 0.25 and rng.random() < 0.7:
                        self.fact(p, "closing_meeting", wd(ended, rng.randint(5, 24)), cid)
            out.append(p)
            docs.extend(self.documents(cid, pid, first, final))
            first = final + timedelta(days=rng.randint(30, 300))  # a later application
        return out, docs

    def documents(self, cid: int, pid: int, first: date, final: date) -> list[dict[str, Any]]:
        rng, wd = self.rng, self.wd
        out = []
        span = max((final - first).days, 1)
        for _ in range(rng.randint(2, 7)):
            kind = rng.choice(sorted(COURT_DOCUMENT_KINDS))
            subtype = (
                rng.choice(("interim", "final"))
                if kind in ("court_care_plan", "guardian_report")
                else None
            )
            doc = blank("document") | {
                "id": self.next_id("document"),
                "child_id": cid,
                "proceedings_id": pid,
                "kind": kind,
                "subtype": subtype,
            }
            when = first + timedelta(days=rng.randint(0, span))
            if rng.random() < 0.4:  # a filing deadline read from a directions order
                when = self.cal.latest_working_day(when)
                doc["filing_due"] = when
            elif when > TODAY:
                continue  # not written yet
            else:
                doc["document_date"] = when
            how = self.pick(0.75, 0.15)
            if how != "missing":
                got = wd(when, rng.randint(0, 5) if how == "on_time" else rng.randint(6, 20))
                if got <= TODAY:
                    doc["received_on"] = got
                    doc["received_src"] = self.src(cid)
                    doc["sender"] = "legal@council.example.gov.uk"
                    doc["sha256"] = f"{rng.getrandbits(256):064x}"
                    if doc["filing_due"] is not None:
                        doc["document_date"] = when - timedelta(days=rng.randint(0, 3))
            out.append(doc)
        return out

    def reviews(
        self,
        cid: int,
        la: date,
        end: date,
        child: dict[str, Any],
        proceedings: list[dict[str, Any]],
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rng, wd, cal = self.rng, self.wd, self.cal
        out: list[dict[str, Any]] = []
        adjs: list[dict[str, Any]] = []
        previous: date | None = None
        ltf = child["long_term_foster_from"]
        for sequence in range(1, 10):
            if previous is None:
                target = wd(la, 20)
                early = rng.randint(0, 8)
            else:
                target = previous + timedelta(days=91 if sequence == 2 else 183)
                early = rng.randint(0, 21)
            late = rng.random() < 0.12
            held = (
                target + timedelta(days=rng.randint(1, 40))
                if late
                else (target - timedelta(days=early))
            )
            held = max(held, la + timedelta(days=1))
            if not cal.is_working_day(held):
                held = cal.next_working_day(held)
            rid = self.next_id("review")
            r = blank("review") | {
                "id": rid,
                "child_id": cid,
                "sequence": sequence,
                "with_meeting": True,
            }
            # Booked at the previous review (or soon after the child came into care).
            booked_on = (previous or la) + timedelta(days=rng.randint(1, 10))
            adjourned = rng.random() < 0.03
            mine: list[dict[str, Any]] = []  # this review's adjournments
            if adjourned and held <= end:
                mine.append(
                    blank("adjournment")
                    | {
                        "id": self.next_id("adjournment"),
                        "review_id": rid,
                        "adjourned_on": held,
                        "src": self.src(cid),
                        "refused": False,
                        "reason": "key participants unable to attend",
                    }
                )
                if rng.random() < 0.1:
                    mine.append(
                        blank("adjournment")
                        | {
                            "id": self.next_id("adjournment"),
                            "review_id": rid,
                            "adjourned_on": wd(held, 3),
                            "src": self.src(cid),
                            "refused": True,
                            "reason": "second adjournment requested",
                        }
                    )
                held = wd(held, rng.randint(5, 25))
            if held > end or sequence == 9:
                # The next review, not yet held: booked for most children in care.
                if ceased_before(child, TODAY) or booked_on > TODAY or rng.random() < 0.12:
                    break
                if held < TODAY:  # running late: rebooked for the coming weeks
                    held = wd(TODAY, rng.randint(1, 25))
                    booked_on = TODAY - timedelta(days=rng.randint(0, 10))
                r["booked_for"] = held
                self.fact(r, "booked", min(booked_on, TODAY), cid)
                self.prep(r, cid, held, booked_on)
                out.append(r)
                adjs.extend(mine)
                break
            r["booked_for"] = held
            self.fact(r, "booked", min(booked_on, held), cid)
            self.prep(r, cid, held, booked_on)
            self.fact(r, "held", held, cid)
            if ltf is not None and held >= ltf and rng.random() < 0.5:
                r["with_meeting"] = False
            self.after(r, cid, held, proceedings)
            out.append(r)
            adjs.extend(mine)
            previous = held
        self.held_counts[sum(1 for r in out if r["held_on"] is not None)] += 1
        return out, adjs

    def prep(self, r: dict[str, Any], cid: int, held: date, booked_on: date) -> None:
        """Consultation, invitations and reports before a review on ``held``."""
        rng, sub = self.rng, self.cal.subtract_working_days

        def before(lo: int, hi: int) -> date:
            return max(sub(held, rng.randint(lo, hi)), booked_on)

        if rng.random() < 0.6:
            self.fact(r, "consultation", before(15, 25), cid)
        how = self.pick(0.80, 0.12)
        if how != "missing":
            self.fact(r, "invitations", before(10, 15) if how == "on_time" else before(1, 9), cid)
        how = self.pick(0.75, 0.15)
        if how != "missing":
            self.fact(r, "reports", before(5, 8) if how == "on_time" else before(0, 4), cid)

    def after(
        self, r: dict[str, Any], cid: int, held: date, proceedings: list[dict[str, Any]]
    ) -> None:
        """Decisions, record, copies, the manager's reply and the care plan after a review."""
        rng, wd = self.rng, self.wd
        how = self.pick(0.80, 0.14)
        decisions = None
        if how != "missing":
            decisions = wd(held, rng.randint(1, 5) if how == "on_time" else rng.randint(6, 15))
            self.fact(r, "decisions", decisions, cid)
        how = self.pick(0.75, 0.17)
        if how != "missing":
            full = wd(held, rng.randint(5, 15) if how == "on_time" else rng.randint(16, 35))
            self.fact(r, "full_record", full, cid)
            how = self.pick(0.75, 0.10)
            if how != "missing":
                self.fact(
                    r,
                    "copies_sent",
                    wd(full, rng.randint(1, 20) if how == "on_time" else rng.randint(21, 40)),
                    cid,
                )
        if decisions is not None and decisions <= TODAY:
            how = self.pick(0.65, 0.10)
            agreed_on = wd(decisions, 5)  # deemed agreed, unless a reply came in time
            if how != "missing":
                reply = wd(decisions, rng.randint(1, 5) if how == "on_time" else rng.randint(6, 15))
                self.fact(r, "manager_response", reply, cid)
                if r["manager_response_on"] is not None:
                    r["manager_agreed"] = rng.random() < 0.93
                    if how == "on_time":
                        agreed_on = reply
            how = self.pick(0.70, 0.15)
            if how != "missing" and r["manager_agreed"] is not False:
                self.fact(
                    r,
                    "care_plan_updated",
                    wd(agreed_on, rng.randint(1, 10) if how == "on_time" else rng.randint(11, 25)),
                    cid,
                )
            record = min(d for d in (r["decisions_on"], r["full_record_on"]) if d is not None)
            if any(
                p["guardian_named_on"] is not None
                and p["guardian_named_on"] <= record
                and (p["ended_on"] is None or p["ended_on"] >= record)
                for p in proceedings
            ):
                how = self.pick(0.70, 0.15)
                if how != "missing":
                    self.fact(
                        r,
                        "sent_to_guardian",
                        wd(record, rng.randint(0, 5) if how == "on_time" else rng.randint(6, 15)),
                        cid,
                    )
        pir = rng.random()
        r["pir_updated"] = True if pir < 0.88 else (False if pir < 0.96 else None)
        if r["pir_updated"] is False:
            how = self.pick(0.65, 0.20)
            if how != "missing":
                self.fact(
                    r,
                    "placement_meeting",
                    held
                    + timedelta(days=rng.randint(1, 7) if how == "on_time" else rng.randint(8, 20)),
                    cid,
                )

    def events(self, cid: int, la: date, end: date) -> list[dict[str, Any]]:
        rng = self.rng
        out: list[dict[str, Any]] = []
        if rng.random() >= 0.18:
            return out
        for _ in range(rng.randint(1, 3)):
            received = la + timedelta(days=rng.randint(0, max((end - la).days, 0)))
            e = blank("event") | {
                "id": self.next_id("event"),
                "child_id": cid,
                "subtype": rng.choice(EVENT_SUBTYPES),
                "event_date": received - timedelta(days=rng.randint(0, 3)),
                "received_on": received,
                "received_src": self.src(cid),
            }
            how = self.pick(0.85, 0.10)
            if how != "missing":
                self.fact(
                    e,
                    "considered",
                    self.wd(received, rng.randint(0, 1) if how == "on_time" else rng.randint(2, 5)),
                    cid,
                )
            out.append(e)
        return out

    def referrals(self, cid: int, la: date, end: date) -> list[dict[str, Any]]:
        rng = self.rng
        if rng.random() >= 0.015 or (end - la).days < 60:
            return []
        referred = la + timedelta(days=rng.randint(60, (end - la).days))
        r = blank("referral") | {
            "id": self.next_id("referral"),
            "child_id": cid,
            "referred_on": referred,
            "referred_src": self.src(cid),
        }
        how = self.pick(0.70, 0.15)
        if how != "missing":
            decided = referred + timedelta(
                days=rng.randint(3, 14) if how == "on_time" else rng.randint(15, 40)
            )
            self.fact(r, "decision", decided, cid)
            if r["decision_on"] is not None:
                r["decision"] = rng.choice(("no proceedings", "advice given", "proceedings"))
        return [r]

    def ceasings(self, cid: int, la: date, ceased_on: date | None) -> list[dict[str, Any]]:
        rng = self.rng
        if ceased_on is None:
            if rng.random() >= 0.01:
                return []
            ceases_on = TODAY + timedelta(days=rng.randint(5, 40))  # to cease soon
            received = max(TODAY - timedelta(days=rng.randint(0, 20)), la)
        else:
            ceases_on = ceased_on
            received = max(ceased_on - timedelta(days=rng.randint(0, 14)), la)
        return [
            blank("ceasing")
            | {
                "id": self.next_id("ceasing"),
                "child_id": cid,
                "received_on": received,
                "received_src": self.src(cid),
                "approvals": rng.choice(APPROVALS),
                "ceases_on": ceases_on,
            }
        ]


def ceased_before(child: dict[str, Any], day: date) -> bool:
    return child["ceased_on"] is not None and child["ceased_on"] <= day


def _fact(on: date | None, src: str | None) -> Fact | None:
    return Fact(on, src) if on is not None else None


def state_from_rows(
    child: dict[str, Any],
    people: list[dict[str, Any]],
    proceedings: list[dict[str, Any]],
    documents: list[dict[str, Any]],
    reviews: list[dict[str, Any]],
    adjournments: list[dict[str, Any]],
    events: list[dict[str, Any]],
    referrals: list[dict[str, Any]],
    ceasings: list[dict[str, Any]],
) -> CaseState:
    """``daemon.store.case_state`` for rows held in memory (``--check`` compares the two)."""
    ns = SimpleNamespace
    adjs: dict[int, list[SimpleNamespace]] = {}
    for a in adjournments:
        if not a["refused"]:
            adjs.setdefault(a["review_id"], []).append(ns(**a))
    procs = []
    for p in proceedings:
        docs = tuple(
            _document_state(ns(**d))  # type: ignore[arg-type]
            for d in documents
            if d["proceedings_id"] == p["id"] and d["kind"] in COURT_DOCUMENT_KINDS
        )
        procs.append(
            ProceedingsState(
                case_number=p["case_number"],
                first_court_email=_fact(p["first_court_email_on"], p["first_court_email_src"]),
                guardian_named=_fact(p["guardian_named_on"], p["guardian_named_src"]),
                iro_details_sent=_fact(p["iro_details_sent_on"], p["iro_details_sent_src"]),
                cmh=p["cmh"],
                cmh_known=_fact(p["cmh_known_on"], p["cmh_known_src"]),
                irh=p["irh"],
                final_hearing=p["final_hearing"],
                guardian_iro_contact=_fact(
                    p["guardian_iro_contact_on"], p["guardian_iro_contact_src"]
                ),
                ended=_fact(p["ended_on"], p["ended_src"]),
                final_order=p["final_order"],
                handover=_fact(p["handover_on"], p["handover_src"]),
                closing_meeting_needed=p["closing_meeting_needed"],
                closing_meeting=_fact(p["closing_meeting_on"], p["closing_meeting_src"]),
                documents=docs,
            )
        )
    return CaseState(
        child_key=child["la_ref"],
        la_ref=child["la_ref"],
        initials=child["initials"],
        dob=child["dob"],
        looked_after=_fact(child["looked_after_on"], child["looked_after_src"]),
        notified=_fact(child["notified_on"], child["notified_src"]),
        iro_allocated=any(p["role"] == "iro" and p["active"] for p in people),
        iro_allocated_on=min(
            (p["since"] for p in people if p["role"] == "iro" and p["active"]), default=None
        ),
        long_term_foster_from=child["long_term_foster_from"],
        permanence_achieved=child["permanence_achieved"],
        ceased_on=child["ceased_on"],
        reviews=tuple(
            _review_state(ns(**r), adjs.get(r["id"], []))  # type: ignore[arg-type]
            for r in sorted(reviews, key=lambda r: r["sequence"])
        ),
        proceedings=tuple(procs),
        events=tuple(
            EventState(
                key=f"event-{e['id']}",
                subtype=e["subtype"],
                received=Fact(e["received_on"], e["received_src"]),
                considered=_fact(e["considered_on"], e["considered_src"]),
            )
            for e in events
        ),
        referrals=tuple(
            ReferralState(
                key=f"referral-{r['id']}",
                referred=Fact(r["referred_on"], r["referred_src"]),
                decision=_fact(r["decision_on"], r["decision_src"]),
            )
            for r in referrals
        ),
        ceasings=tuple(
            CeasingState(
                key=f"ceasing-{c['id']}",
                received=Fact(c["received_on"], c["received_src"]),
                approvals=frozenset(a for a in c["approvals"].split(",") if a),
            )
            for c in ceasings
        ),
    )


# ---- deadlines from the facts -------------------------------------------------------------

LIVE = frozenset(s.value for s in LIVE_STATUSES)
DEADLINE_COLUMNS = [c.name for c in DEADLINE.c if c.name != "id"]
STATUS_AT = DEADLINE_COLUMNS.index("status")
DUE_AT = DEADLINE_COLUMNS.index("due")
# The bind processors SQLAlchemy itself applies (date -> 'YYYY-MM-DD', ...), so rows written
# through the driver are stored exactly as Core would store them.
PROCESSORS = [
    DEADLINE.c[name].type._cached_bind_processor(sqlite_dialect.dialect())
    for name in DEADLINE_COLUMNS
]
INSERT_DEADLINE = (
    f"INSERT INTO deadline ({', '.join(DEADLINE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in DEADLINE_COLUMNS)})"
)


def deadline_rows(
    child_id: int, state: CaseState, cal: WorkingCalendar, settings: Any
) -> list[tuple[Any, ...]]:
    """The rows ``save_deadlines`` would create (in DEADLINE_COLUMNS order, Python values),
    with the ladder steps due by today already sent, as the outbox would have."""
    out = []
    for d in evaluate_case(state, TODAY, cal, settings, explain=False):
        sent: tuple[str, ...] = ()
        upcoming = d.next_step
        if d.status in (Status.OPEN, Status.OVERDUE) and d.schedule:
            sent = tuple(s.name for s in d.schedule if s.on <= TODAY)
            upcoming = next_step(d.schedule, sent, TODAY)
        row = {
            "child_id": child_id,
            "rule_id": d.rule_id,
            "subject_type": d.subject_type,
            "subject_key": d.subject_key,
            "clock_start": d.clock_start,
            "started_by": d.started_by,
            "due": d.due,
            "latest_working_day": d.latest_working_day,
            "status": d.status.value,
            "met_on": d.met_on,
            "met_by": d.met_by,
            "reason": d.reason or None,
            "next_step": upcoming.name if upcoming else None,
            "next_step_on": upcoming.on if upcoming else None,
            "steps_sent": ",".join(sent),
            "updated_at": NOW,
        }
        out.append(tuple(row[name] for name in DEADLINE_COLUMNS))
    return out


# Inherited by forked workers: the in-memory states, calendar and settings.
SHARED: dict[str, Any] = {}


def evaluate_chunk(bounds: tuple[int, int]) -> tuple[list[tuple[Any, ...]], Counter[str], float]:
    """Children ``lo..hi-1``: their deadline rows ready for the driver, status counts and
    the CPU seconds spent."""
    lo, hi = bounds
    cpu = time.process_time()
    states, cal, settings = SHARED["states"], SHARED["cal"], SHARED["settings"]
    out = []
    statuses: Counter[str] = Counter()
    for cid in range(lo, hi):
        for row in deadline_rows(cid, states[cid - 1], cal, settings):
            status = row[STATUS_AT]
            statuses["live" if status in LIVE and row[DUE_AT] is not None else "final"] += 1
            statuses[status] += 1
            out.append(
                tuple(
                    v if f is None or v is None else f(v)
                    for f, v in zip(PROCESSORS, row, strict=True)
                )
            )
    return out, statuses, time.process_time() - cpu


def recompute(engine: Any, children: int, jobs: int) -> tuple[int, Counter[str], float]:
    """Every child's deadlines inserted in bulk; ``jobs`` processes evaluate while this one
    inserts. Returns (rows, status counts, CPU seconds spent evaluating)."""
    step = 2000
    chunks = [(lo, min(lo + step, children + 1)) for lo in range(1, children + 1, step)]
    total = 0
    statuses: Counter[str] = Counter()
    cpu = 0.0
    with engine.begin() as conn:
        if jobs > 1:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                results = pool.imap(evaluate_chunk, chunks)
                for rows, counts, spent in results:
                    conn.exec_driver_sql(INSERT_DEADLINE, rows)
                    total, cpu = total + len(rows), cpu + spent
                    statuses.update(counts)
        else:
            for chunk in chunks:
                rows, counts, spent = evaluate_chunk(chunk)
                conn.exec_driver_sql(INSERT_DEADLINE, rows)
                total, cpu = total + len(rows), cpu + spent
                statuses.update(counts)
    return total, statuses, cpu


def bulk_insert(conn: Any, table: Any, rows: list[dict[str, Any]], chunk: int = 50_000) -> None:
    for i in range(0, len(rows), chunk):
        conn.execute(insert(table), rows[i : i + chunk])


# ---- the run ------------------------------------------------------------------------------


def live_query(day: date | None = None) -> Any:
    """The rows a sweep reads: every open or overdue one (``day`` None, the first sweep or
    after a ladder change), or those the date can change on ``day`` (the steady sweep)."""
    c = DEADLINE.c
    query = sa_select(
        c.id,
        c.child_id,
        c.rule_id,
        c.status,
        c.clock_start,
        c.due,
        c.next_step,
        c.next_step_on,
        c.steps_sent,
    ).where(c.status.in_(["open", "overdue"]), c.due.is_not(None))
    if day is not None:
        query = query.where(or_(and_(c.status == "open", c.due < day), c.next_step_on <= day))
    return query


def check(engine: Any, sweep: RuleSweep, states: list[CaseState], n: int, seed: int) -> float:
    """The bulk path equals the store's: same state read back, nothing for the ORM to change.

    Returns the ORM path's seconds per child.
    """
    if n <= 0:
        return 0.0
    sample = random.Random(seed + 1).sample(range(1, len(states) + 1), min(n, len(states)))
    spent = 0.0
    with Session(engine) as session:
        for cid in sample:
            child = session.get(m.Child, cid)
            assert child is not None
            read = case_state(session, child)
            if read != states[cid - 1]:
                raise SystemExit(f"check failed: child {cid}: store state differs from bench state")
            t = time.perf_counter()
            result = sweep.recompute_child(session, child, TODAY, NOW, "bench check")
            spent += time.perf_counter() - t
            if result.created or result.changed or result.retired:
                raise SystemExit(f"check failed: child {cid}: recompute_child changed {result}")
        session.rollback()
    return spent / len(sample)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--children", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="SQLite file to build (kept); default a temp file")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--days", type=int, default=1, help="time the sweep for today + DAYS (1: the daily case)"
    )
    parser.add_argument(
        "--check",
        type=int,
        default=300,
        metavar="N",
        help="children to check against the ORM path (0: none)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes evaluating deadlines in the recompute step",
    )
    parser.add_argument("--profile", action="store_true", help="cProfile the sweep")
    args = parser.parse_args(argv)

    tmp = None
    if args.db is None:
        tmp = Path(tempfile.mkdtemp(prefix="caseclock-bench-"))
        db = tmp / "bench.sqlite3"
    else:
        db = args.db
        if db.exists():
            parser.error(f"{db} exists: remove it or choose another --db")
    engine = make_engine(f"sqlite:///{db}")
    try:
        return run(engine, args)
    finally:
        engine.dispose()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def run(engine: Any, args: argparse.Namespace) -> int:
    config = Config()
    cal = build_calendar(config)
    settings = config.rule_settings()
    sweep = RuleSweep(engine, cal, settings)
    sweep_day = TODAY + timedelta(days=args.days)
    say = print

    # 1. build
    t0 = time.perf_counter()
    migrate(engine)
    builder = Builder(random.Random(args.seed), cal)
    for cid in range(1, args.children + 1):
        builder.child(cid)
    t_gen = time.perf_counter() - t0
    with engine.begin() as conn:
        for name, rows in builder.rows.items():
            bulk_insert(conn, TABLES[name], rows)
        conn.execute(
            insert(m.Meta.__table__),
            [  # type: ignore[attr-defined]
                {"key": CALENDAR_KEY, "value": cal.fingerprint}
            ],
        )
    build_s = time.perf_counter() - t0
    counts = {name: len(rows) for name, rows in builder.rows.items()}
    states = builder.states
    held = builder.held_counts
    say(
        f"build: {args.children} children, "
        + ", ".join(f"{n} {name}" for name, n in counts.items() if name != "child")
        + f" in {build_s:.1f} s ({t_gen:.1f} s generating)"
    )
    say("held reviews per child: " + ", ".join(f"{k}: {held[k]}" for k in sorted(held)))
    del builder.rows

    # 2. recompute every child's deadlines from the facts (bulk path)
    SHARED.update(states=states, cal=cal, settings=settings)
    t0 = time.perf_counter()
    deadlines, statuses, eval_cpu = recompute(engine, args.children, args.jobs)
    recompute_s = time.perf_counter() - t0
    live = statuses.pop("live", 0)
    statuses.pop("final", None)
    say(
        f"recompute: {deadlines} deadlines for {len(states)} children in {recompute_s:.1f} s "
        f"with {args.jobs} job(s) ({eval_cpu:.1f} s CPU in evaluate_case and row making); "
        f"{live} live with a due date"
    )
    say(
        "statuses on "
        + TODAY.isoformat()
        + ": "
        + ", ".join(f"{k} {v}" for k, v in statuses.most_common())
    )

    # check the bulk path against the store's own (and time the ORM path)
    per_child = check(engine, sweep, states, args.check, args.seed)
    if args.check > 0:
        say(
            f"check: {min(args.check, len(states))} children read back equal and "
            f"recompute_child changes nothing; ORM path {per_child * 1000:.1f} ms/child, "
            f"~{per_child * len(states):.0f} s for all (RuleSweep.recompute_all)"
        )
    del states
    SHARED.clear()

    # 3. the first sweep: a full pass over every open or overdue row (it records the
    # ladder's fingerprint); later sweeps read only the rows their date can change.
    t0 = time.perf_counter()
    first = sweep.run_once(TODAY, NOW)
    full_sweep_s = time.perf_counter() - t0
    say(
        f"first sweep for {TODAY.isoformat()} (full pass): {first.summary()} "
        f"in {full_sweep_s:.3f} s"
    )

    # 4. the bare select of the rows the next sweep reads, best of 3 (before it runs)
    query = live_query(sweep_day)
    select_times = []
    selected = 0
    for _ in range(3):
        t0 = time.perf_counter()
        with engine.connect() as conn:
            selected = len(conn.execute(query).fetchall())
        select_times.append(time.perf_counter() - t0)
    select_s = min(select_times)

    # 5. the sweep the service runs when the date has moved on
    profiler = cProfile.Profile() if args.profile else None
    t0 = time.perf_counter()
    if profiler:
        profiler.enable()
    result = sweep.run_once(sweep_day, NOW + timedelta(days=args.days))
    if profiler:
        profiler.disable()
    sweep_s = time.perf_counter() - t0
    if result.rows_checked != selected:
        say(f"warning: the sweep checked {result.rows_checked} rows, the select read {selected}")
    say(f"sweep for {sweep_day.isoformat()}: {result.summary()}")
    audit = m.Audit.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        audits = conn.execute(sa_select(func.count()).select_from(audit)).scalar()
    say(f"audit rows written: {audits}")
    ratio = sweep_s / select_s if select_s else float("inf")
    say(
        f"sweep: {sweep_s:.3f} s for {result.rows_checked} live rows "
        f"({sweep_s / max(result.rows_checked, 1) * 1e6:.1f} us/row; target < 5 s)"
    )
    say(
        f"bare select of the same rows: {select_s:.3f} s (best of 3: "
        + ", ".join(f"{t:.3f}" for t in select_times)
        + f"); ratio {ratio:.1f}x"
    )
    if profiler:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("tottime").print_stats(18)
        stats.sort_stats("cumulative").print_stats(25)
        say(out.getvalue())

    say(
        json.dumps(
            {
                "rows": result.rows_checked,
                "sweep_s": round(sweep_s, 3),
                "select_s": round(select_s, 3),
                "ratio": round(ratio, 3),
                "children": args.children,
                "deadlines": deadlines,
                "recompute_s": round(recompute_s, 3),
                "build_s": round(build_s, 3),
                "days": args.days,
                "full_sweep_s": round(full_sweep_s, 3),
                "full_rows": first.rows_checked,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
