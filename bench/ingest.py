"""Benchmark: the daemon's ingest end to end through a real Dovecot, against the limit.

    python bench/ingest.py [--mails 2000] [--seed 1] [--profile]

1. Build: fictional mails for a local authority's IRO mailbox, in arrival order: a
   "child now looked after" notice for each of ~300 children (one per ~6.7 mails), then
   for those children the IRO's review bookings, review decisions and full records,
   significant events (missing, placement change, change of social worker), sealed court
   orders from the Family Court for ~30% (case number, hearings, filing dates), and some
   unrelated mail (room bookings, password expiry, newsletters). About half carry a ~50 KB
   PDF (one made once with reportlab and reused: a page of text and a scanned-looking
   image), as in the measurement in /work/shared/notes/test-servers.md.
2. A private Dovecot on loopback (tests.servers.dovecot.Dovecot); the mails go into INBOX
   with one MULTIAPPEND.
3. Limit (timed): a fresh imapclient connection, UID FETCH BODY.PEEK[] in batches of 100
   and ``parsers.parse_email`` on each mail (the parse the daemon does, same settings).
   BODY.PEEK changes nothing in the mailbox, so the daemon then reads the same mails.
4. Daemon (timed): a fresh SQLite store (``build_app``), an ``ImapSource`` from the
   server's ``imap_config`` and ``Ingest.run_once()`` until the inbox is empty: ledger
   commit, parse, apply and recompute in one transaction, then the move. Checked after:
   the inbox is empty, every mail is in Processed/Triage/Quarantine and has a ledger row
   with a final status.

Readable lines first; the last line is one JSON object:
{"mails", "daemon_per_s", "raw_fetch_parse_per_s", "ratio", ...more keys}.
The target is ratio >= 0.5 (aim 0.7).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import json
import logging
import pstats
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from imapclient import IMAPClient
from sqlalchemy import func
from sqlmodel import Session, select

import daemon.ingest as ingest_module
from daemon import models as m
from daemon.app import build_app
from daemon.clock import LONDON, FixedClock
from daemon.config import Config, MailboxConfig, StoreConfig
from daemon.ingest import Ingest, IngestResult
from daemon.mailbox import ImapSource
from parsers import ParserSettings, parse_email
from tests.daemon.mails import MAILBOX, looked_after_start, missing_event
from tests.servers.dovecot import Dovecot

NOW = datetime(2027, 6, 1, 8, 0, tzinfo=UTC)  # the daemon's clock: after every mail
FIRST_START = date(2027, 1, 4)  # children looked after from here over ~8 weeks
FETCH_BATCH = 100
COUNCIL = "council.example.gov.uk"

FIRST_NAMES = (
    "Amelia",
    "Oliver",
    "Isla",
    "Noah",
    "Ava",
    "Leo",
    "Mia",
    "Arthur",
    "Ivy",
    "Harry",
    "Freya",
    "Jack",
    "Lily",
    "Theo",
    "Grace",
    "Oscar",
    "Evie",
    "Finley",
    "Ruby",
    "Kacper",
    "Zara",
    "Tyler",
    "Maya",
    "Reuben",
    "Aisha",
    "Dylan",
    "Poppy",
    "Kai",
    "Nia",
    "Ellis",
)
SURNAMES = (
    "Hart",
    "Price",
    "Nowak",
    "Quinn",
    "Adeyemi",
    "Begum",
    "Fletcher",
    "Morgan",
    "Walsh",
    "Okafor",
    "Doyle",
    "Patel",
    "Hughes",
    "Kowalski",
    "Bennett",
    "Ahmed",
    "Foster",
    "Reid",
    "Lowe",
    "Marsh",
    "Turner",
    "Evans",
    "Mensah",
    "Parry",
    "Collins",
)
IROS = (
    ("Helen Marsh", "helen.marsh"),
    ("Mark Ellery", "mark.ellery"),
    ("Ian Iro", "ian.iro"),
    ("Ruth Okoye", "ruth.okoye"),
)
WORKERS = (
    ("Sam Worker", "sam.worker"),
    ("Daniel Pryce", "daniel.pryce"),
    ("Fatima Begum", "fatima.begum"),
    ("Tom Ashdown", "tom.ashdown"),
)


# ---- the attachment -----------------------------------------------------------------------


def make_pdf(seed: int) -> bytes:
    """One page: a short letter-like text and a 'scan' of noise, about 50 KB in all."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    width, height = 112, 110  # RGB noise does not compress: ~37 KB, ~46 KB in ASCII85
    noise = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    pdf.setTitle("Enclosure")
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, 770, "Enclosure")
    pdf.setFont("Helvetica", 10)
    lines = (
        "This document is an enclosure to the covering email, which gives the details.",
        "It is sent to the people named in that email only. If it has reached you in",
        "error, please tell the sender and delete it. Do not forward it outside the",
        "organisation without the author's agreement. Printed copies must be kept",
        "securely and shredded when no longer needed.",
    )
    for i, line in enumerate(lines):
        pdf.drawString(72, 740 - 14 * i, line)
    pdf.drawImage(ImageReader(noise), 72, 300, width=360, height=340)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


# ---- fictional mails ------------------------------------------------------------------------


@dataclass
class Child:
    la_ref: str
    name: str
    dob: date
    start: date
    worker: tuple[str, str]
    iro: tuple[str, str]

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)


def working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class MailMaker:
    """Builds the mails; every Message-ID is unique and every mail's bytes differ."""

    def __init__(self, rng: random.Random, pdf: bytes) -> None:
        self.rng = rng
        self.pdf = pdf
        self.serial = 0

    def msgid(self, domain: str = COUNCIL) -> str:
        self.serial += 1
        return f"<{self.rng.getrandbits(48):012x}.{self.serial:05d}@{domain}>"

    def mail(
        self,
        sender: str,
        subject: str,
        body: str,
        sent: datetime,
        *,
        domain: str = COUNCIL,
        cc_mailbox: bool = False,
        to: str | None = None,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> EmailMessage:
        msg = EmailMessage()
        for name, value in headers:
            msg[name] = value
        msg["From"] = sender
        msg["To"] = to or f"IRO Reviews <{MAILBOX}>"
        if cc_mailbox:
            msg["Cc"] = f"IRO Reviews <{MAILBOX}>"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(sent)
        msg["Message-ID"] = self.msgid(domain)
        msg.set_content(body)
        return msg

    def attach(self, raw_or_msg: bytes | EmailMessage, filename: str) -> bytes:
        if isinstance(raw_or_msg, bytes):
            msg = message_from_bytes(raw_or_msg, policy=default_policy)
        else:
            msg = raw_or_msg
        assert isinstance(msg, EmailMessage)
        msg.add_attachment(self.pdf, maintype="application", subtype="pdf", filename=filename)
        return msg.as_bytes()

    @staticmethod
    def done(msg: EmailMessage) -> bytes:
        return msg.as_bytes()

    # kinds -----------------------------------------------------------------------------------

    def looked_after(self, c: Child, sent: datetime) -> EmailMessage | bytes:
        return looked_after_start(
            c.la_ref,
            c.name,
            f"{c.dob:%d/%m/%Y}",
            f"{c.start.day} {c.start:%B %Y}",
            sent,
            self.msgid(),
        )

    def review_set(self, c: Child, review: date, sent: datetime) -> EmailMessage:
        name, user = c.iro
        worker, wuser = c.worker
        return self.mail(
            f"{name} <{user}@{COUNCIL}>",
            f"{c.name} - initial LAC review",
            f"Hi {worker.split()[0]},\n\n"
            f"I've booked {c.first}'s initial looked after review for {long_date(review)} "
            "at 10:00am at the foster carers' home. Please send out the invitations and "
            f"consultation papers.\n\n{c.name}, LCS ID {c.la_ref}.\n\nThanks\n{name}\n"
            "Independent Reviewing Officer\n",
            sent,
            to=f"{worker} <{wuser}@{COUNCIL}>",
            cc_mailbox=True,
        )

    def review_decisions(self, c: Child, held: date, sent: datetime) -> EmailMessage:
        name, user = c.iro
        worker, wuser = c.worker
        pep = held + timedelta(days=21)
        nxt = held + timedelta(days=91)
        return self.mail(
            f"{name} <{user}@{COUNCIL}>",
            f"Review decisions - {c.name} - initial review {held:%d.%m.%Y}",
            f"Dear all,\n\nPlease find below the decisions from {c.first}'s initial review.\n\n"
            f"Review decisions - {c.name} (LCS ID {c.la_ref})\n"
            f"Initial Looked After Review held on {long_date(held)}\nChair: {name}, IRO\n\n"
            f"1. {c.first} to remain in the current foster placement. Responsible: {worker}.\n"
            f"2. A Personal Education Plan meeting to be held by {pep.day} {pep:%B %Y}. "
            f"Responsible: Virtual School / {worker}.\n"
            "3. Contact with mother to continue twice a week, supervised.\n\n"
            f"Next review: {long_date(nxt)}\n\n{name}\nIndependent Reviewing Officer\n",
            sent,
            to=f"{worker} <{wuser}@{COUNCIL}>",
            cc_mailbox=True,
        )

    def full_record(self, c: Child, held: date, sent: datetime) -> EmailMessage:
        name, user = c.iro
        return self.mail(
            f"{name} <{user}@{COUNCIL}>",
            f"Full record - {c.name} initial review",
            f"Full record of {c.first}'s initial looked after review, held on "
            f"{long_date(held)}, attached for distribution.\n\n{c.name}, LCS ID {c.la_ref}.\n\n"
            f"{name.split()[0]}\n",
            sent,
        )

    def social_worker_change(self, c: Child, when: date, sent: datetime) -> EmailMessage:
        new = self.rng.choice([w for w in WORKERS if w != c.worker])
        return self.mail(
            f"Gareth Lowe <gareth.lowe@{COUNCIL}>",
            f"Change of allocated social worker - {c.name}",
            f"Dear IRO service,\n\nPlease note that from {long_date(when)} {c.name}'s "
            f"allocated social worker will be {new[0]}, replacing {c.worker[0]} who is moving "
            f"to the Court Team.\n\n{c.name}, DOB {c.dob:%d/%m/%Y}, LCS ID {c.la_ref}.\n\n"
            "Gareth Lowe\nService Manager\n",
            sent,
        )

    def placement_change(self, c: Child, when: date, sent: datetime) -> EmailMessage:
        return self.mail(
            f"Emergency Duty Team <edt@{COUNCIL}>",
            f"EDT - placement breakdown - {c.name}",
            f"EDT notification\n\nChild: {c.name} (LCS ID {c.la_ref})\n"
            f"On {long_date(when)} {c.first}'s foster placement broke down after an argument. "
            f"The carers asked for an immediate move. {c.first} was moved tonight to an "
            "emergency placement with Westmere carers.\n\n"
            "Allocated SW to follow up on the next working day.\n\nEDT Social Worker: R. Castle\n",
            sent,
        )

    def missing(self, c: Child, when: date, sent: datetime) -> bytes:
        return missing_event(
            c.la_ref,
            c.name,
            long_date(when),
            sent,
            self.msgid(),
            sender=f"{c.worker[0]} <{c.worker[1]}@{COUNCIL}>",
        )

    def court_order(self, c: Child, case: str, hearing: date, sent: datetime) -> EmailMessage:
        irh = hearing + timedelta(weeks=13)
        final = irh + timedelta(weeks=4)
        plan = working_day(irh - timedelta(weeks=4))
        guardian = working_day(irh - timedelta(weeks=1))
        auth = (
            "mx1.council.example.gov.uk; spf=pass smtp.mailfrom=bounce@justice.gov.uk; "
            "dkim=pass header.d=justice.gov.uk; dmarc=pass action=none header.from=justice.gov.uk"
        )
        return self.mail(
            "Westmere Family Court <family.westmere@justice.gov.uk>",
            f"{case} - {c.surname} - sealed order",
            "Good afternoon,\n\n"
            f"Please find attached the sealed case management order made on {long_date(hearing)} "
            f"in respect of {c.name} (DOB {c.dob:%d/%m/%Y}), case number {case}.\n\n"
            f"The issues resolution hearing is listed on {long_date(irh)} and the final hearing "
            f"on {long_date(final)}. The local authority shall file its final care plan by "
            f"{long_date(plan)}. The Children's Guardian shall file a final analysis by "
            f"{long_date(guardian)}.\n\nWestmere Family Court\n\n--\nHM Courts & Tribunals "
            "Service. Please do not reply to this address unless asked to do so.\n",
            sent,
            domain="justice.gov.uk",
            to=f"childcare.legal@{COUNCIL}",
            cc_mailbox=True,
            headers=(("Authentication-Results", auth),),
        )

    def unrelated(self, sent: datetime) -> tuple[EmailMessage, str]:
        pick = self.rng.randrange(3)
        day = sent.date() + timedelta(days=self.rng.randint(3, 20))
        if pick == 0:
            room = f"{self.rng.randint(1, 4)}.{self.rng.randint(1, 30):02d}"
            return self.mail(
                f"Facilities Bookings <room.bookings@{COUNCIL}>",
                f"Booking confirmed: Civic Centre Room {room} - {day:%a} {day.day} {day:%b} 10:00",
                f"Your booking is confirmed.\n\nRoom: Civic Centre {room}\nDate: {long_date(day)}\n"
                "Time: 10:00 - 12:00\nBooked by: Dawn Pickering\nPurpose: team meeting\n\n"
                "To cancel, reply CANCEL.\n",
                sent,
            ), "room booking.pdf"
        if pick == 1:
            return self.mail(
                f"IT Service Desk <it.servicedesk@{COUNCIL}>",
                f"Your password will expire in {self.rng.randint(2, 9)} days",
                f"The password for the account {MAILBOX} will expire on {day:%d/%m/%Y}. Please "
                "change it using the self-service portal on the intranet.\n\n"
                "IT Service Desk - ext 4000\n",
                sent,
            ), "how to change your password.pdf"
        return self.mail(
            f"Workforce Development <training@{COUNCIL}>",
            f"Training bulletin - {sent:%B %Y} ({self.serial})",
            f"Training bulletin for {sent:%B %Y}.\n\nIn this issue: courtroom skills, "
            "recording with care, and the wellbeing week. Book through the learning portal.\n\n"
            "Workforce Development\n",
            sent,
        ), "training bulletin.pdf"


def _same(msg: EmailMessage) -> EmailMessage:
    return msg


def build_mails(count: int, seed: int, pdf: bytes) -> tuple[list[bytes], Counter[str]]:
    """``count`` mails in arrival (sent) order and how many of each kind were made."""
    rng = random.Random(seed)
    make = MailMaker(rng, pdf)
    children_wanted = max(1, round(count * 300 / 2000))
    names = [f"{f} {s}" for f in FIRST_NAMES for s in SURNAMES]
    rng.shuffle(names)
    children = []
    for i in range(children_wanted):
        start = working_day(FIRST_START + timedelta(days=rng.randint(0, 55)))
        children.append(
            Child(
                la_ref=str(1_100_000 + i),
                name=names[i % len(names)] if i < len(names) else f"{names[i % len(names)]}{i}",
                dob=date(2009, 1, 1) + timedelta(days=rng.randint(0, 15 * 365)),
                start=start,
                worker=rng.choice(WORKERS),
                iro=rng.choice(IROS),
            )
        )

    # (sent, order, kind, builder, attachment filename or None)
    plans: list[tuple[datetime, int, str, Callable[[], EmailMessage | bytes], str | None]] = []

    def plan(
        sent: datetime,
        kind: str,
        build: Callable[[], EmailMessage | bytes],
        attach: str | None = None,
        p_attach: float = 0.0,
    ) -> None:
        name = attach if attach and rng.random() < p_attach else None
        plans.append((sent, len(plans), kind, build, name))

    for c in children:
        notified = working_day(c.start + timedelta(days=rng.randint(0, 2)))
        plan(
            at(notified, 11, rng.randint(0, 59)),
            "looked_after_start",
            functools.partial(make.looked_after, c, at(notified, 11)),
            "placement plan.pdf",
            0.3,
        )
        booked = working_day(notified + timedelta(days=rng.randint(1, 6)))
        review = working_day(c.start + timedelta(days=rng.randint(16, 27)))
        plan(
            at(booked, 14),
            "review_set",
            functools.partial(make.review_set, c, review, at(booked, 14)),
            "invitation.pdf",
            0.3,
        )
        decided = working_day(review + timedelta(days=rng.randint(1, 4)))
        plan(
            at(decided, 16),
            "review_decisions",
            functools.partial(make.review_decisions, c, review, at(decided, 16)),
            "decisions.pdf",
            0.4,
        )
        if rng.random() < 0.85:
            full = working_day(decided + timedelta(days=rng.randint(5, 14)))
            plan(
                at(full, 15),
                "full_record",
                functools.partial(make.full_record, c, review, at(full, 15)),
                f"Full record {c.first[0]}{c.surname[0]}.pdf",
                1.0,
            )
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            when = c.start + timedelta(days=rng.randint(3, 100))
            sent_day = working_day(when + timedelta(days=rng.randint(0, 2)))
            kind = rng.choice(("missing", "placement_change", "social_worker_change"))
            builders: dict[str, Callable[[Child, date, datetime], EmailMessage | bytes]] = {
                "missing": make.missing,
                "placement_change": make.placement_change,
                "social_worker_change": make.social_worker_change,
            }
            builder = builders[kind]
            sent = at(sent_day, 17, rng.randint(0, 59))
            plan(sent, f"event:{kind}", functools.partial(builder, c, when, sent), "notes.pdf", 0.5)
        if rng.random() < 0.3:
            case = f"BM27C5{int(c.la_ref) % 10000:04d}"
            hearing = working_day(c.start + timedelta(days=rng.randint(10, 40)))
            for n in range(rng.choice((1, 2))):
                day = working_day(hearing + timedelta(days=n * rng.randint(20, 40)))
                sent_day = working_day(day + timedelta(days=1))
                plan(
                    at(sent_day, 14, 36),
                    "court_order",
                    functools.partial(make.court_order, c, case, day, at(sent_day, 14, 36)),
                    f"{case} CMO {day:%d.%m.%y}.pdf",
                    1.0,
                )
    per_child = len(plans)
    # Unrelated mail fills up to the count; if the children made too many, the latest go.
    first = min(p[0] for p in plans)
    for _ in range(max(0, count - per_child)):
        sent = first + timedelta(minutes=rng.randint(0, 150 * 24 * 60))
        msg, filename = make.unrelated(sent)
        plan(sent, "unrelated", functools.partial(_same, msg), filename, 0.6)
    plans.sort(key=lambda p: (p[0], p[1]))
    plans = plans[:count]
    # A lone late mail that lost its looked-after notice is simply triaged, as in life.
    mails: list[bytes] = []
    kinds: Counter[str] = Counter()
    for _sent, _order, kind, build, pdf_name in plans:
        built = build()
        if pdf_name:
            raw = make.attach(built, pdf_name)
            kinds["with PDF"] += 1
        else:
            raw = built if isinstance(built, bytes) else built.as_bytes()
        kinds[kind] += 1
        mails.append(raw)
    kinds["children"] = len(children)
    return mails, kinds


# ---- the limit ----------------------------------------------------------------------------


def raw_fetch_parse(
    server: Dovecot, settings: ParserSettings
) -> tuple[int, float, float, Counter[str]]:
    """UID FETCH BODY.PEEK[] in batches of 100 + parse_email each, on a fresh connection.

    Returns (mails, seconds in all, seconds in FETCH alone, kinds parsed)."""
    kinds: Counter[str] = Counter()
    with IMAPClient(server.host, server.port, ssl=False, timeout=60) as client:
        client.login(server.username, server.password)
        client.select_folder("INBOX", readonly=True)
        t0 = time.perf_counter()
        uids = sorted(client.search(["ALL"]))
        fetch_s = 0.0
        for start in range(0, len(uids), FETCH_BATCH):
            t1 = time.perf_counter()
            found = client.fetch(uids[start : start + FETCH_BATCH], [b"BODY.PEEK[]"])
            fetch_s += time.perf_counter() - t1
            for uid in uids[start : start + FETCH_BATCH]:
                facts = parse_email(found[uid][b"BODY[]"], settings)
                kinds[facts.kind] += 1
        total = time.perf_counter() - t0
    return len(uids), total, fetch_s, kinds


# ---- where the daemon's time goes ---------------------------------------------------------


class Phases:
    """Wall time inside a few functions of the ingest path (a pair of clock reads per call)."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self._undo: list[Callable[[], None]] = []

    def wrap(self, owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)
        seconds, calls = self.seconds, self.calls

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                seconds[label] += time.perf_counter() - t
                calls[label] += 1

        had_own = name in vars(owner) if hasattr(owner, "__dict__") else True
        setattr(owner, name, timed)
        self._undo.append(
            (lambda: setattr(owner, name, original)) if had_own else (lambda: delattr(owner, name))
        )

    def wrap_fetch(self, source: ImapSource) -> None:
        """Time spent inside the fetch generator (IMAP FETCH of sizes and bodies)."""
        original = source.fetch
        seconds, calls = self.seconds, self.calls

        def fetch(uids: Any) -> Iterator[tuple[int, bytes]]:
            inner = original(uids)
            while True:
                t = time.perf_counter()
                try:
                    item = next(inner)
                except StopIteration:
                    seconds["fetch"] += time.perf_counter() - t
                    return
                seconds["fetch"] += time.perf_counter() - t
                calls["fetch"] += 1
                yield item

        source.fetch = fetch  # type: ignore[method-assign]
        self._undo.append(lambda: delattr(source, "fetch"))

    def undo(self) -> None:
        while self._undo:
            self._undo.pop()()


def daemon_run(
    server: Dovecot, work: Path, phases: Phases | None, profile: cProfile.Profile | None
) -> tuple[float, IngestResult, Any, Config, ImapSource]:
    """A fresh store and ImapSource; run_once until the inbox is empty. Returns the seconds
    from the first run_once to the last mail moved (its commit came before its move)."""
    imap = server.imap_config(work / "imap-password", timeout_s=60)
    config = Config(
        store=StoreConfig(url=f"sqlite:///{work / 'caseclock.sqlite3'}"),
        mailbox=MailboxConfig(kind="imap", imap=imap, addresses=(MAILBOX,)),
    )
    app = build_app(config)
    source = ImapSource(imap, config.mailbox.folders, poll_interval=1.0)
    source.open()
    ingest = Ingest(
        app.engine,
        source,
        config.mailbox.folders,
        config.parser_settings(),
        app.sweep,
        FixedClock(NOW),
    )
    total = IngestResult()
    if phases is not None:
        # Batches are parsed ahead in a worker process (the daemon's own pipelining): time
        # the wait for each mail's facts, and parses done in this process (small batches).
        phases.wrap(ingest, "_parsed", "wait for parsed facts")
        phases.wrap(ingest_module, "parse_email", "parse in the service process")
        phases.wrap(ingest, "_receive", "receive (ledger commit)")
        phases.wrap(ingest, "_process", "process (parse+apply+commit)")
        phases.wrap(ingest, "_move_all", "move")
        phases.wrap(app.sweep, "recompute_child", "recompute_child")
        phases.wrap_fetch(source)
    t0 = time.perf_counter()
    if profile is not None:
        profile.enable()
    try:
        for _ in range(5):
            result = ingest.run_once()
            for status, n in result.counts.items():
                total.counts[status] = total.counts.get(status, 0) + n
            total.moved += result.moved
            if not source.uids():
                break
    finally:
        if profile is not None:
            profile.disable()
        if phases is not None:
            phases.undo()
    seconds = time.perf_counter() - t0
    ingest.close()
    return seconds, total, app, config, source


# ---- the run ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--mails", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--profile",
        action="store_true",
        help="cProfile the daemon's run (slows it) and print the top functions",
    )
    parser.add_argument(
        "--profile-out",
        type=Path,
        metavar="PATH",
        help="with --profile, also write the pstats file there",
    )
    parser.add_argument(
        "--no-phases",
        action="store_true",
        help="do not time the ingest's steps (fetch, receive, parse, ...)",
    )
    args = parser.parse_args(argv)
    if args.mails < 1:
        parser.error("--mails must be at least 1")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    work = Path(tempfile.mkdtemp(prefix="caseclock-bench-ingest-"))
    server: Dovecot | None = None
    try:
        server = Dovecot()
        server.start()
        return run(server, work, args)
    finally:
        if server is not None:
            server.close()
        shutil.rmtree(work, ignore_errors=True)


def run(server: Dovecot, work: Path, args: argparse.Namespace) -> int:
    say = print
    # 1. build
    t0 = time.perf_counter()
    pdf = make_pdf(args.seed)
    mails, made = build_mails(args.mails, args.seed, pdf)
    size = sum(len(raw) for raw in mails)
    say(
        f"build: {len(mails)} mails for {made.pop('children')} children, "
        f"{made.pop('with PDF', 0)} with a {len(pdf) // 1024} KB PDF, "
        f"{size / 1e6:.1f} MB in all, in {time.perf_counter() - t0:.1f} s"
    )
    say("made: " + ", ".join(f"{k} {v}" for k, v in made.most_common()))

    # 2. into Dovecot
    t0 = time.perf_counter()
    server.append_many("INBOX", mails)
    inbox = server.uids("INBOX")
    if len(inbox) != len(mails):
        raise SystemExit(f"APPEND put {len(inbox)} of {len(mails)} mails in INBOX")
    say(
        f"append: {len(mails)} mails into a private Dovecot (port {server.port}) in "
        f"{time.perf_counter() - t0:.1f} s"
    )

    # Warm both sides alike (imports, compiled patterns) on a few mails, untimed.
    config_settings = Config(mailbox=MailboxConfig(addresses=(MAILBOX,))).parser_settings()
    for raw in mails[:: max(1, len(mails) // 20)]:
        parse_email(raw, config_settings)

    # 3. the limit
    n_raw, raw_s, fetch_s, parsed = raw_fetch_parse(server, config_settings)
    raw_per_s = n_raw / raw_s
    say(
        f"limit: fetch + parse_email of {n_raw} mails in {raw_s:.2f} s = {raw_per_s:.0f}/s "
        f"(FETCH alone {fetch_s:.2f} s = {n_raw / fetch_s:.0f}/s; parse {raw_s - fetch_s:.2f} s)"
    )
    say("parsed kinds: " + ", ".join(f"{k} {v}" for k, v in parsed.most_common()))

    # 4. the daemon
    phases = None if args.no_phases else Phases()
    profile = cProfile.Profile() if args.profile else None
    seconds, result, app, config, source = daemon_run(server, work, phases, profile)
    try:
        daemon_per_s = len(mails) / seconds
        say(f"daemon: {result.summary()} in {seconds:.2f} s = {daemon_per_s:.0f}/s")
        folders = config.mailbox.folders
        left = len(server.uids("INBOX"))
        placed = {
            f: len(server.uids(f)) for f in (folders.processed, folders.triage, folders.quarantine)
        }
        with Session(app.engine) as session:
            ledger = dict(
                session.exec(
                    select(m.InboundMessage.status, func.count()).group_by(m.InboundMessage.status)
                ).all()
            )
            children = session.exec(select(func.count()).select_from(m.Child)).one()
            deadlines = session.exec(select(func.count()).select_from(m.Deadline)).one()
            reasons = Counter(
                (r or "").split(":")[0].split(" (")[0]
                for r in session.exec(
                    select(m.InboundMessage.reason).where(m.InboundMessage.status == "triage")
                ).all()
            )
        say(
            f"after: INBOX {left}, "
            + ", ".join(f"{k} {v}" for k, v in placed.items())
            + "; ledger "
            + ", ".join(f"{k} {v}" for k, v in sorted(ledger.items()))
            + f"; {children} children, {deadlines} deadlines"
        )
        if reasons:
            say("triage reasons: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common(6)))
        problems = []
        if left:
            problems.append(f"{left} mails still in INBOX")
        if sum(placed.values()) != len(mails):
            problems.append(f"{sum(placed.values())} mails in the target folders, not {len(mails)}")
        if sum(ledger.values()) != len(mails) or ledger.get("received"):
            problems.append(f"ledger {ledger} does not hold {len(mails)} final rows")
        for problem in problems:
            say(f"CHECK FAILED: {problem}")
        if phases is not None:
            parts = phases.seconds
            process = parts["process (parse+apply+commit)"]
            rest = process - parts["parse"] - parts["recompute_child"]
            accounted = parts["fetch"] + parts["receive (ledger commit)"] + process + parts["move"]
            rows = [
                ("fetch (IMAP FETCH)", parts["fetch"]),
                ("receive (hash, ledger insert, commit)", parts["receive (ledger commit)"]),
                ("parse_email", parts["parse"]),
                ("recompute_child (rules, deadlines)", parts["recompute_child"]),
                ("other apply: link, facts, ledger update, commits", rest),
                ("move (SEARCH + UID MOVE)", parts["move"]),
                ("rest of run_once (UID list, ledger lookups, loop)", seconds - accounted),
            ]
            say("where the daemon's time went:")
            for label, spent in rows:
                say(
                    f"  {label:<50} {spent:7.2f} s  {spent / seconds:6.1%}  "
                    f"{spent / len(mails) * 1000:6.2f} ms/mail"
                )
        if profile is not None:
            out = io.StringIO()
            stats = pstats.Stats(profile, stream=out)
            stats.sort_stats("cumulative").print_stats(40)
            stats.sort_stats("tottime").print_stats(25)
            say(out.getvalue())
            if args.profile_out:
                profile.dump_stats(args.profile_out)
    finally:
        source.close()
        app.engine.dispose()

    ratio = daemon_per_s / raw_per_s
    say(f"ratio daemon / limit: {ratio:.3f} (target >= 0.5, aim 0.7)")
    say(
        json.dumps(
            {
                "mails": len(mails),
                "daemon_per_s": round(daemon_per_s, 3),
                "raw_fetch_parse_per_s": round(raw_per_s, 3),
                "ratio": round(ratio, 3),
                "daemon_s": round(seconds, 3),
                "raw_s": round(raw_s, 3),
                **{
                    k: ledger.get(k, 0)
                    for k in ("applied", "triage", "ignored", "duplicate", "quarantined")
                },
                "ok": not problems,
            }
        )
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
