"""Ingest: take each new mail from the mailbox into the ledger, apply it, then move it.

Exactly once, by three steps, each durable before the next:

1. the raw bytes are written to the ledger (status ``received``) and committed;
2. the mail is parsed and applied, and its ledger status set, in ONE transaction;
3. only then is the mail moved to Processed, Triage or Quarantine.

A restart after step 1 re-runs step 2; after step 2 it only moves the mail. A mail that
kills the process every time it is applied is quarantined after ``MAX_ATTEMPTS``, and a
mail whose application raises is quarantined at once with the error: one poison mail
never stops the others.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import multiprocessing
import weakref
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser, BytesParser
from email.policy import compat32

from sqlalchemy import Engine, or_
from sqlmodel import Session, col, select

import parsers
from daemon import models as m
from daemon.apply import NO_CASE, apply_facts, child_by_reference
from daemon.clock import Clock, london_date
from daemon.config import FoldersConfig
from daemon.mailbox import MailSource, header_message_id
from daemon.record import record_fact
from daemon.sweep import RuleSweep
from parsers import ParserSettings, parse_email
from parsers.facts import Facts

log = logging.getLogger(__name__)

PARSE_AHEAD_MIN = 8  # mails in a batch before a parse worker is used
PARSE_TIMEOUT_S = 120.0  # the parsers bound their own work; this only guards a hung worker
MAX_ATTEMPTS = 5  # a mail that kills the process this often is parked, not retried
FETCH_BATCH = 100
FINAL = frozenset({"applied", "triage", "quarantined", "ignored", "duplicate", "dismissed"})
UNREADABLE_SIGNALS = frozenset({"unreadable mail", "parser error"})


@dataclass
class IngestResult:
    counts: dict[str, int] = field(default_factory=dict)
    moved: int = 0
    uidvalidity_changed: bool = False

    def add(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1

    @property
    def handled(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        parts = ", ".join(f"{n} {s}" for s, n in sorted(self.counts.items())) or "no new mail"
        return f"ingest: {parts}; {self.moved} moved"


def content_key(facts: Facts) -> str | None:
    """One key for the same original content however it reached us (two people forwarding
    the same mail): kind, subtype, author, original date, case references, attachments."""
    if not facts.sent_at or not facts.sender:
        return None
    parts = [
        facts.kind,
        facts.subtype or "",
        facts.sender.lower(),
        facts.sent_at,
        facts.case_number or "",
        facts.child.la_ref or "",
        *sorted(a.sha256 for a in facts.attachments if a.sha256),
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def arrival_date(raw: bytes, fallback: date) -> date:
    """The day a mail reached the mailbox: its outermost Date, in Europe/London."""
    try:
        header = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536]).get("Date")
        parsed = email.utils.parsedate_to_datetime(str(header)) if header else None
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is None or parsed.utcoffset() is None:
        return fallback
    return london_date(parsed)


class Ingest:
    """One pass over the inbox: ``run_once`` is called by the service loop and by tests."""

    def __init__(
        self,
        engine: Engine,
        source: MailSource,
        folders: FoldersConfig,
        parser_settings: ParserSettings,
        sweep: RuleSweep,
        clock: Clock,
        on_event: Callable[[str, str], None] | None = None,
    ) -> None:
        self.engine = engine
        self.source = source
        self.folders = folders
        self.parser_settings = parser_settings
        self.sweep = sweep
        self.clock = clock
        # Told of what the administrator must hear about: ("quarantine", reason), ...
        self.on_event = on_event or (lambda _kind, _text: None)
        self._pool: ProcessPoolExecutor | None = None

    def _parse_ahead(self, raws: list[bytes]) -> Iterator[Future[Facts]] | None:
        """Parse a batch in a worker process while this one applies, in order.

        Parsing is pure and takes about as long as applying; on two cores the two overlap.
        Small batches are parsed in place: a worker process is not worth starting for them.
        """
        if len(raws) < PARSE_AHEAD_MIN:
            return None
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )
            weakref.finalize(self, self._pool.shutdown, wait=False, cancel_futures=True)
        # parsers.parse_email by reference: what is sent to the worker must be the real one.
        work = parsers.parse_email
        return iter([self._pool.submit(work, raw, self.parser_settings) for raw in raws])

    @staticmethod
    def _parsed(ahead: Iterator[Future[Facts]] | None) -> Facts | None:
        """The next mail's facts from the worker; None means parse it here (no worker, or
        the worker failed: the mail is never lost to a broken pool)."""
        if ahead is None:
            return None
        future = next(ahead)
        try:
            return future.result(timeout=PARSE_TIMEOUT_S)
        except Exception as err:  # parse_email never raises: this is the pool itself failing
            log.warning("parse worker failed (%s): parsing in the service process", err)
            return None

    def close(self) -> None:
        """Stop the parse worker, if one was started."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _target(self, status: str) -> str:
        if status == "triage":
            return self.folders.triage
        if status == "quarantined":
            return self.folders.quarantine
        return self.folders.processed

    def run_once(self) -> IngestResult:
        """Handle every mail now in the inbox. The source must be open."""
        result = IngestResult()
        uidvalidity = self.source.uidvalidity()
        uids = self.source.uids()
        known = self._known(uidvalidity, uids)
        result.uidvalidity_changed = self._uidvalidity_changed(uidvalidity)
        if result.uidvalidity_changed:
            log.warning("UIDVALIDITY of %s changed to %d", self.source.name, uidvalidity)
            self.on_event("uidvalidity", f"UIDVALIDITY of {self.source.name} changed")
        # Mail already taken in: finish what a crash interrupted, then move it.
        moves: dict[str, list[int]] = {}
        for uid, (row_id, status) in known.items():
            if status not in FINAL:
                status = self._process(row_id)
                result.add(status)
            moves.setdefault(self._target(status), []).append(uid)
        self._move_all(moves, result)
        new = [uid for uid in uids if uid not in known]
        for start in range(0, len(new), FETCH_BATCH):
            moves = {}
            received = self._receive_batch(
                uidvalidity, self.source.fetch(new[start : start + FETCH_BATCH])
            )
            parsed = self._parse_ahead(
                [raw for _, _, status, raw in received if status not in FINAL]
            )
            for uid, row_id, status, _raw in received:
                if status not in FINAL:
                    status = self._process(row_id, self._parsed(parsed), counted=True)
                result.add(status)
                moves.setdefault(self._target(status), []).append(uid)
            # Every mail of the batch is committed: now, and only now, they are moved.
            self._move_all(moves, result)
        if result.handled:
            log.info(result.summary())
        return result

    def _known(self, uidvalidity: int, uids: Iterable[int]) -> dict[int, tuple[int, str]]:
        wanted = list(uids)
        found: dict[int, tuple[int, str]] = {}
        with Session(self.engine) as session:
            for start in range(0, len(wanted), 500):
                rows = session.exec(
                    select(m.InboundMessage.uid, m.InboundMessage.id, m.InboundMessage.status)
                    .where(m.InboundMessage.mailbox == self.source.name)
                    .where(m.InboundMessage.folder == self.source.folder)
                    .where(m.InboundMessage.uidvalidity == uidvalidity)
                    .where(col(m.InboundMessage.uid).in_(wanted[start : start + 500]))
                ).all()
                for uid, row_id, status in rows:
                    assert row_id is not None
                    found[uid] = (row_id, status)
        return found

    def _uidvalidity_changed(self, uidvalidity: int) -> bool:
        key = f"uidvalidity:{self.source.name}:{self.source.folder}"
        with Session(self.engine) as session:
            stored = session.get(m.Meta, key)
            if stored is not None and stored.value == str(uidvalidity):
                return False
            if stored is None:
                session.add(m.Meta(key=key, value=str(uidvalidity)))
            else:
                stored.value = str(uidvalidity)
            session.commit()
            return stored is not None

    def _receive(self, uidvalidity: int, uid: int, raw: bytes) -> tuple[int, str]:
        """Step 1 for one mail (see ``_receive_batch``)."""
        ((_, row_id, status, _),) = self._receive_batch(uidvalidity, [(uid, raw)], counted=False)
        return row_id, status

    def _receive_batch(
        self, uidvalidity: int, mails: Iterable[tuple[int, bytes]], counted: bool = True
    ) -> list[tuple[int, int, str, bytes]]:
        """Step 1: keep the raw bytes of a fetched batch, in one transaction. A mail seen
        before under another UID (a changed UIDVALIDITY, a second copy) is matched on its
        hash and not applied again. With ``counted`` each new row starts with one attempt
        (it is about to be applied), saving a commit per mail."""
        now = self.clock.now()
        kept: list[tuple[int, m.InboundMessage, bytes]] = []
        with Session(self.engine) as session:
            for uid, raw in mails:
                digest = hashlib.sha256(raw).hexdigest()
                earlier = session.exec(
                    select(m.InboundMessage)
                    .where(m.InboundMessage.sha256 == digest)
                    .where(col(m.InboundMessage.status).in_(FINAL))
                    .order_by(col(m.InboundMessage.id))
                ).first()
                row = m.InboundMessage(
                    mailbox=self.source.name,
                    folder=self.source.folder,
                    uidvalidity=uidvalidity,
                    uid=uid,
                    message_id=header_message_id(raw),
                    sha256=digest,
                    received_at=now,
                    status="received",
                    raw=raw,
                    attempts=1 if counted else 0,
                )
                if earlier is not None:
                    # Same bytes already handled: file it where the first copy went.
                    row.status = earlier.status if earlier.status != "applied" else "duplicate"
                    row.kind, row.child_id = earlier.kind, earlier.child_id
                    row.reason = f"same content as ledger entry {earlier.id}"
                    row.raw = None  # the first copy keeps the bytes
                session.add(row)
                kept.append((uid, row, raw))
            session.flush()
            # Read before the commit: afterwards every attribute is expired, and touching
            # one would load the whole row again, raw bytes included.
            result = [(uid, row.id, row.status, raw) for uid, row, raw in kept]
            session.commit()
        return [(uid, row_id, status, raw) for uid, row_id, status, raw in result if row_id]

    def _process(self, row_id: int, facts: Facts | None = None, counted: bool = False) -> str:
        """Step 2: parse and apply in one transaction; any failure quarantines this mail.

        The attempt is counted (and committed) first, so a mail that kills the process
        every time is parked after ``MAX_ATTEMPTS``; ``counted`` says step 1 did it."""
        if not counted:
            with Session(self.engine) as session:
                row = session.get(m.InboundMessage, row_id)
                assert row is not None
                row.attempts += 1
                attempts = row.attempts  # read before the commit expires the row
                session.commit()
            if attempts > MAX_ATTEMPTS:
                return self._quarantine(
                    row_id, f"stopped the service {MAX_ATTEMPTS} times while being applied"
                )
        try:
            return self._apply(row_id, facts)
        except Exception as err:  # the one catch-all, around one mail
            log.exception("mail %d could not be applied", row_id)
            return self._quarantine(row_id, f"error while applying: {type(err).__name__}: {err}")

    def _apply(self, row_id: int, facts: Facts | None = None) -> str:
        with Session(self.engine) as session:
            row = session.get(m.InboundMessage, row_id)
            assert row is not None
            alerts: list[tuple[str, str]] = []
            status = apply_ledger_row(
                session,
                row,
                self.parser_settings,
                self.sweep,
                self.clock,
                alerts=alerts,
                facts=facts,
            )
            for kind, text in alerts:
                self.on_event(kind, text)
            if status == "quarantined":
                self.on_event("quarantine", f"ledger entry {row_id}: {row.reason}")
            return status

    def _quarantine(self, row_id: int, reason: str) -> str:
        with Session(self.engine) as session:
            row = session.get(m.InboundMessage, row_id)
            assert row is not None
            row.status, row.reason = "quarantined", reason
            session.commit()
        self.on_event("quarantine", f"ledger entry {row_id}: {reason}")
        return "quarantined"

    def _move_all(self, moves: dict[str, list[int]], result: IngestResult) -> None:
        """Step 3: after the commits, move the mails, a folder at a time; never delete.
        A mail no longer in the inbox was moved before a restart: nothing to do."""
        for target, uids in moves.items():
            moved = self.source.move_many(uids, target)
            result.moved += len(moved)
            if len(moved) < len(uids):
                log.info(
                    "%s: %d mails already gone from the inbox (moved before a restart)",
                    self.source.name,
                    len(uids) - len(moved),
                )


def _twin(session: Session, row: m.InboundMessage) -> m.InboundMessage | None:
    """An applied mail with the same Message-ID, or the same original content."""
    checks = []
    if row.message_id:
        checks.append(m.InboundMessage.message_id == row.message_id)
    if row.content_key:
        checks.append(m.InboundMessage.content_key == row.content_key)
    for check in checks:
        # Only the key is in the WHERE clause, and the status is tested here: given
        # `status = 'applied'` too, SQLite chose the status index and read every applied
        # row of the ledger for each new mail. Lowest id first, as that scan returned them.
        candidates = session.exec(
            select(m.InboundMessage.id, m.InboundMessage.status)
            .where(check)
            .where(m.InboundMessage.id != row.id)
            .order_by(col(m.InboundMessage.id))
        ).all()
        twin_id = next((i for i, status in candidates if status == "applied"), None)
        if twin_id is not None:
            return session.get(m.InboundMessage, twin_id)
    return None


def _first_line(raw: bytes) -> str:
    """The first non-blank line the author wrote (a reply's answer)."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content() if isinstance(body, EmailMessage) else ""
    for line in str(text).splitlines():
        if line.strip():
            return line.strip()
    return ""


def _sent_answer(
    session: Session,
    row: m.InboundMessage,
    facts: Facts,
    ids: list[str],
    sweep: RuleSweep,
    clock: Clock,
) -> tuple[str, str] | None:
    """The IRO answering a review_to_guardian mail with SENT: the record went to the
    guardian (CIP-REVIEW-TO-GUARDIAN is met on the reply's date). None: not such an answer."""
    offer = session.exec(
        select(m.OutboxMessage).where(
            col(m.OutboxMessage.message_id).in_(ids),
            m.OutboxMessage.template == "review_to_guardian",
        )
    ).first()
    if offer is None or facts.trust != "trusted" or facts.sender_role != "council":
        return None
    assert row.raw is not None
    if _first_line(row.raw).upper().rstrip(".!") not in {"SENT", "DONE"}:
        return None
    item = session.exec(select(m.OutboxItem).where(m.OutboxItem.outbox_id == offer.id)).first()
    child = session.get(m.Child, item.child_id) if item is not None else None
    if item is None or child is None:
        return None
    now = clock.now()
    sent_on = (
        london_date(datetime.fromisoformat(facts.sent_at)) if facts.sent_at else london_date(now)
    )
    record_fact(
        session,
        child,
        "sent-to-guardian",
        sent_on,
        by=facts.sender or "the IRO",
        sweep=sweep,
        today=london_date(now),
        now=now,
        review=int(item.subject_key.rsplit("-", 1)[-1]),
        source=row.message_id,
    )
    return "ignored", f"answer SENT to mail {offer.id}: review record sent to the guardian"


def _triage_answer(
    session: Session,
    row: m.InboundMessage,
    facts: Facts,
    parser_settings: ParserSettings,
    sweep: RuleSweep,
    clock: Clock,
) -> tuple[str, str] | None:
    """A trusted member of staff answering a triage request settles the triaged mail: a
    child's reference on the first line links it, NONE dismisses it. None: not an answer."""
    ids = [i for i in (facts.in_reply_to, *facts.references) if i]
    if not ids:
        return None
    request = session.exec(
        select(m.OutboxMessage).where(
            col(m.OutboxMessage.message_id).in_(ids), col(m.OutboxMessage.key).startswith("triage:")
        )
    ).first()
    if request is None:
        return _sent_answer(session, row, facts, ids, sweep, clock)
    if facts.trust != "trusted" or facts.sender_role != "council":
        return "triage", "an answer to a triage request from outside the council: not acted on"
    triaged = session.get(m.InboundMessage, int(request.key.split(":", 1)[1]))
    if triaged is None or triaged.status != "triage":
        return "ignored", f"answer to triage request {request.key}: already settled"
    assert row.raw is not None
    answer = _first_line(row.raw)
    who = facts.sender or "a member of staff"
    if answer.upper().rstrip(".") == "NONE":
        triaged.status = "dismissed"
        triaged.reason = f"{triaged.reason}; settled by {who}: about no child"
        session.add(triaged)
        return "ignored", f"answer to triage #{triaged.id}: dismissed"
    child = child_by_reference(session, answer.split()[0] if answer else "")
    if child is None or child.id is None:
        return "triage", f"answer to triage #{triaged.id} names no known child: {answer[:40]!r}"
    assert triaged.id is not None
    session.flush()
    outcome = apply_ledger_row(session, triaged, parser_settings, sweep, clock, child_id=child.id)
    return "ignored", f"answer to triage #{triaged.id}: linked to child #{child.id} ({outcome})"


def apply_ledger_row(
    session: Session,
    row: m.InboundMessage,
    parser_settings: ParserSettings,
    sweep: RuleSweep,
    clock: Clock,
    child_id: int | None = None,
    alerts: list[tuple[str, str]] | None = None,
    facts: Facts | None = None,
    relinking: bool = False,
) -> str:
    """Parse a kept mail and apply it; set its ledger status. Commits the session.

    ``child_id`` is a person's decision settling a triaged mail: it wins over linking.
    What the administrator must hear of (a bounce) is appended to ``alerts``.
    """
    alerts = alerts if alerts is not None else []
    assert row.raw is not None
    now = clock.now()
    today = london_date(now)
    if facts is None:
        facts = parse_email(row.raw, parser_settings)
    row.kind = facts.kind
    row.facts_json = json.dumps(facts.to_dict(), ensure_ascii=False)
    row.content_key = content_key(facts)
    if UNREADABLE_SIGNALS & set(facts.signals):
        row.status, row.reason = "quarantined", f"malformed: {facts.malformed}"
    elif (
        settled := _triage_answer(session, row, facts, parser_settings, sweep, clock)
    ) is not None:
        row.status, row.reason = settled
    elif child_id is None and (twin := _twin(session, row)) is not None:
        row.status, row.child_id = "duplicate", twin.child_id
        row.reason = f"same mail as ledger entry {twin.id}"
    else:
        outcome = apply_facts(
            session,
            facts,
            now=now,
            arrived_on=arrival_date(row.raw, today),
            sweep=sweep,
            today=today,
            message_row_id=row.id,
            child_id=child_id,
        )
        row.status, row.child_id = outcome.status, outcome.child_id
        row.reason = outcome.reason or None
        if outcome.alert:
            alerts.append(("bounce", outcome.alert))
        if outcome.candidates:
            candidates = ", ".join(str(c) for c in outcome.candidates)
            row.reason = f"{outcome.reason} (candidate children: {candidates})"
    session.add(row)
    status = row.status  # read before the commit expires the row (and its raw bytes)
    linked_child = row.child_id
    session.commit()
    if status == "applied" and linked_child is not None and not relinking:
        _relink_waiting(session, linked_child, parser_settings, sweep, clock)
    return status


def _relink_waiting(
    session: Session,
    child_id: int,
    parser_settings: ParserSettings,
    sweep: RuleSweep,
    clock: Clock,
) -> None:
    """Mail triaged because no case matched is tried again once a mail makes its child
    known: an LA reference or case number it carries now belongs to this child."""
    child = session.get(m.Child, child_id)
    if child is None:
        return
    refs = {child.la_ref} if child.la_ref else set()
    refs |= set(
        session.exec(
            select(m.Proceedings.case_number).where(m.Proceedings.child_id == child_id)
        ).all()
    )
    if not refs:
        return
    waiting = session.exec(
        select(m.InboundMessage).where(
            m.InboundMessage.status == "triage",
            m.InboundMessage.reason == NO_CASE,
            or_(*(col(m.InboundMessage.facts_json).contains(f'"{ref}"') for ref in refs)),
        )
    ).all()
    for other in sorted(waiting, key=lambda r: r.id or 0):
        facts = json.loads(other.facts_json or "{}")
        mentioned = {facts.get("case_number"), (facts.get("child") or {}).get("la_ref")}
        if refs & mentioned:
            status = apply_ledger_row(session, other, parser_settings, sweep, clock, relinking=True)
            log.info("ledger entry %s, triaged for want of a case: now %s", other.id, status)


def reprocess(
    engine: Engine,
    row_ids: Iterable[int],
    parser_settings: ParserSettings,
    sweep: RuleSweep,
    clock: Clock,
    child_id: int | None = None,
) -> dict[int, str]:
    """Run kept mails again through the parsers (triage, quarantine, or one mail).

    Idempotent: a mail already applied is left alone unless a person names its child.
    """
    outcomes: dict[int, str] = {}
    for row_id in row_ids:
        with Session(engine) as session:
            row = session.get(m.InboundMessage, row_id)
            if row is None or row.raw is None:
                outcomes[row_id] = "missing"
            elif row.status == "applied" and child_id is None:
                outcomes[row_id] = "applied"
            else:
                outcomes[row_id] = apply_ledger_row(
                    session, row, parser_settings, sweep, clock, child_id
                )
    return outcomes
