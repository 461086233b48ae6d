"""Replay: the daemon run over a folder of old mail with a simulated clock.

``replay()`` takes a folder of ``.eml`` files, a Maildir or an mbox file, and runs the real
service over it: the same ``Service`` object ``caseclock run`` builds (its ingest, apply,
sweep, outbox planner, sender and daily job), with a ``FixedClock`` moved day by day and
the outbox forced to a file transport in a temporary folder, so nothing is sent. Each
mail reaches the simulated inbox at the instant of its outermost ``Date`` (Europe/London
day), exactly when it reached the real mailbox.

A simulated day D runs, in order:

* every mail that arrived on D before the daily job, at its own instant, as
  ``caseclock run --once`` takes it (ingest, then the sweep and the outbox);
* at ``schedule.daily_at`` (07:30): the sweep, the daily job on Monday to Friday (as the
  live cron runs it: the weekly digest on the week's first working day), the outbox;
* the rest of D's mail, at its own instants, as above.

The live service sweeps every 15 minutes, so within minutes of each of these moments; the
replay takes the moment itself. The result is deterministic for the same source, dates
and configuration.

One thing differs from the live daemon, on purpose: the quiet-intake watchdog is off. A
replayed source is a sample of the mailbox, not all of it, and its silences say nothing
about forwarding.
"""

from __future__ import annotations

import email.utils
import itertools
import mailbox
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from daemon import models as m
from daemon.alerts import Alerts
from daemon.app import App, build_app, ensure_maildir
from daemon.clock import LONDON, FixedClock, london_date
from daemon.config import Config, FoldersConfig
from daemon.mailbox import FolderNames, MailboxError, MessageGoneError, header_message_id, move_each
from daemon.service import Service
from outbox import RateLimiter

REPLAY_UIDVALIDITY = 1
# The watchdog's threshold in a replay: never reached (see the module's docstring).
NO_WATCHDOG_HOURS = 10**9


class ReplayError(Exception):
    """The source cannot be read, or the dates make no sense; the message says which."""


@dataclass(frozen=True)
class ReplayMail:
    file: str  # where it came from, relative to the source (mbox: "name#n")
    raw: bytes
    arrived: datetime | None  # outermost Date, timezone-aware; None when it has none


UNLIMITED_PER_MINUTE = 10**9


def _outer_date(raw: bytes) -> datetime | None:
    try:
        header = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536]).get("Date")
        parsed = email.utils.parsedate_to_datetime(str(header)) if header else None
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None or parsed.utcoffset() is None:
        return None
    return parsed.astimezone(UTC)


def _is_maildir(path: Path) -> bool:
    return path.is_dir() and ((path / "cur").is_dir() or (path / "new").is_dir())


def read_source(path: Path) -> list[ReplayMail]:
    """Every mail of a folder of .eml files, a Maildir (with its folders) or an mbox file,
    in arrival order (outermost Date, then name); mails without a Date come first."""
    path = Path(path)
    found: list[tuple[str, bytes]] = []
    try:
        if _is_maildir(path):
            root = mailbox.Maildir(path, factory=None, create=False)
            boxes: list[tuple[str, mailbox.Maildir]] = [("", root)]
            boxes += [(f".{name}/", root.get_folder(name)) for name in sorted(root.list_folders())]
            for prefix, box in boxes:
                for key in sorted(box.keys()):
                    sub = "new" if (Path(box._path) / "new" / key).exists() else "cur"
                    found.append((f"{prefix}{sub}/{key}", box.get_bytes(key)))
        elif path.is_dir():
            for file in sorted(path.rglob("*.eml")):
                if any(part.startswith(".") for part in file.relative_to(path).parts):
                    continue
                found.append((file.relative_to(path).as_posix(), file.read_bytes()))
        elif path.is_file():
            mbox = mailbox.mbox(path, factory=None, create=False)
            try:
                for n, key in enumerate(mbox.keys(), start=1):
                    found.append((f"{path.name}#{n}", mbox.get_bytes(key)))
            finally:
                mbox.close()
        else:
            raise ReplayError(f"{path}: no such folder or file")
    except OSError as err:
        raise ReplayError(f"{path}: cannot read: {err.strerror or err}") from err
    except mailbox.Error as err:
        raise ReplayError(f"{path}: not a Maildir or mbox: {err}") from err
    mails = [ReplayMail(name, raw, _outer_date(raw)) for name, raw in found]
    epoch = datetime.min.replace(tzinfo=UTC)
    mails.sort(key=lambda mail: (mail.arrived or epoch, mail.file))
    return mails


class ReplaySource(FolderNames):
    """A ``MailSource`` over the replayed mails: a mail is in the inbox from the moment
    ``release`` passes its arrival instant until ingest moves it. UIDs are positions in
    arrival order (index + 1), UIDVALIDITY never changes."""

    supports_idle = False
    supports_move = True

    def __init__(self, name: str, mails: Sequence[ReplayMail], folders: FoldersConfig) -> None:
        self.name = name
        self.mails = list(mails)
        self._folders = folders
        self._released = 0
        self.moved: dict[int, str] = {}  # uid -> target folder
        self._inbox: dict[int, None] = {}  # released and not moved, in UID order

    def release(self, until: datetime | None) -> int:
        """Let every mail that arrived at or before ``until`` appear (None: the ones with no
        Date). Returns how many are released so far."""
        while self._released < len(self.mails):
            arrived = self.mails[self._released].arrived
            if arrived is not None and (until is None or arrived > until):
                break
            self._released += 1
            self._inbox[self._released] = None
        return self._released

    def upcoming(self, until: datetime) -> list[datetime]:
        """The distinct arrival instants of mails not yet released, up to ``until``."""
        found: list[datetime] = []
        for mail in itertools.islice(self.mails, self._released, None):  # in arrival order
            if mail.arrived is None or mail.arrived > until:
                break
            if not found or found[-1] != mail.arrived:
                found.append(mail.arrived)
        return found

    def file_of(self, uid: int) -> str:
        return self.mails[uid - 1].file

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def uidvalidity(self) -> int:
        return REPLAY_UIDVALIDITY

    def uids(self) -> list[int]:
        return list(self._inbox)

    def _present(self, uid: int) -> bool:
        return uid in self._inbox

    def fetch(self, uids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        for uid in uids:
            if self._present(uid):
                yield uid, self.mails[uid - 1].raw

    def message_ids(self, uids: Sequence[int]) -> dict[int, str | None]:
        result: dict[int, str | None] = {}
        for uid in uids:
            if self._present(uid):
                raw = self.mails[uid - 1].raw
                end = raw.find(b"\n\n")
                end = raw.find(b"\r\n\r\n") if end < 0 else end
                result[uid] = header_message_id(raw[: end if end >= 0 else 65536])
        return result

    def move(self, uid: int, target: str) -> None:
        if not self._present(uid):
            raise MessageGoneError(f"{self.name}: UID {uid} is not in the folder")
        if target not in self.targets:
            raise MailboxError(f"{self.name}: no folder {target!r}")
        self.moved[uid] = target
        del self._inbox[uid]

    def move_many(self, uids: Sequence[int], target: str) -> list[int]:
        return move_each(self.move, uids, target)

    def wait_for_mail(self, timeout: float) -> bool:
        return False


def replay_config(config: Config, store_url: str, outbox_dir: Path) -> Config:
    """The configuration the replay runs on: its store, a file outbox, no watchdog."""
    return config.model_copy(
        update={
            "store": config.store.model_copy(update={"url": store_url}),
            "outbox": config.outbox.model_copy(
                update={"transport": "file", "path": outbox_dir, "smtp": None, "dry_run": True}
            ),
            "schedule": config.schedule.model_copy(
                update={"quiet_working_hours": NO_WATCHDOG_HOURS}
            ),
        }
    )


def _at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, tzinfo=LONDON).astimezone(UTC)


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _addresses(value: str) -> list[str]:
    return [a for a in value.split(",") if a]


@dataclass
class ReplayResult:
    as_of: date
    deadlines: list[dict[str, Any]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    triage: list[dict[str, Any]] = field(default_factory=list)
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    mails: int = 0  # mails taken in
    not_reached: int = 0  # mails dated after --until

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "deadlines": self.deadlines,
            "sent": self.sent,
            "triage": self.triage,
            "quarantine": self.quarantine,
        }


def _collect(app: App, source: ReplaySource, result: ReplayResult) -> None:
    with Session(app.engine) as session:
        cases: dict[int, list[m.Proceedings]] = {}
        for p in session.exec(select(m.Proceedings).order_by(col(m.Proceedings.id))).all():
            cases.setdefault(p.child_id, []).append(p)
        rows = session.exec(
            select(m.Deadline, m.Child).join(m.Child, col(m.Deadline.child_id) == m.Child.id)
        ).all()
        for deadline, child in rows:
            proceedings = cases.get(deadline.child_id, [])
            named = [p for p in proceedings if str(p.id) == deadline.subject_key.rsplit("-", 1)[-1]]
            chosen = (
                named[0]
                if named and deadline.subject_type == "proceedings"
                else (proceedings[-1] if proceedings else None)
            )
            result.deadlines.append(
                {
                    "rule": deadline.rule_id,
                    "case_number": chosen.case_number if chosen else None,
                    "la_ref": child.la_ref,
                    "subject": deadline.subject_key,
                    "due": _d(deadline.due),
                    "status": deadline.status,
                    "met_on": _d(deadline.met_on),
                    "initials": child.initials,
                    "latest_working_day": _d(deadline.latest_working_day),
                    "steps_sent": [s for s in deadline.steps_sent.split(",") if s],
                }
            )
        result.deadlines.sort(
            key=lambda d: (d["la_ref"] or "", d["due"] or "9999", d["rule"], d["subject"])
        )
        items: dict[int, list[m.OutboxItem]] = {}
        for item in session.exec(select(m.OutboxItem).order_by(col(m.OutboxItem.id))).all():
            items.setdefault(item.outbox_id, []).append(item)
        sent = session.exec(
            select(m.OutboxMessage)
            .where(m.OutboxMessage.status == "sent")
            .order_by(col(m.OutboxMessage.sent_at), col(m.OutboxMessage.id))
        ).all()
        for mail in sent:
            assert mail.id is not None and mail.sent_at is not None
            carried = items.get(mail.id, [])
            rules = list(dict.fromkeys(i.rule_id for i in carried))
            result.sent.append(
                {
                    "date": london_date(
                        mail.sent_at.replace(tzinfo=mail.sent_at.tzinfo or UTC)
                    ).isoformat(),
                    "to": _addresses(mail.to_addrs),
                    "cc": _addresses(mail.cc_addrs),
                    "template": mail.template,
                    "rule": ",".join(rules) or None,
                    "subject_line": mail.subject_line,
                    "rules": rules,
                    "steps": [f"{i.rule_id}/{i.subject_key}/{i.step}" for i in carried],
                }
            )
        ledger = session.exec(
            select(m.InboundMessage.uid, m.InboundMessage.status, m.InboundMessage.reason)
            .where(m.InboundMessage.mailbox == source.name)
            .where(col(m.InboundMessage.status).in_(["triage", "quarantined"]))
            .order_by(col(m.InboundMessage.id))
        ).all()
        for uid, status, reason in ledger:
            entry = {"file": source.file_of(uid), "reason": reason}
            (result.triage if status == "triage" else result.quarantine).append(entry)


def replay(
    config: Config,
    source_path: Path,
    until: date,
    start: date | None = None,
    db: str | None = None,
    on_day: Callable[[date], None] | None = None,
) -> ReplayResult:
    """Run the daemon over ``source_path`` from ``start`` (default: the first mail's day)
    to ``until``, on a fresh temporary SQLite store unless ``db`` (a path or a URL)."""
    mails = read_source(source_path)
    dated = [mail.arrived for mail in mails if mail.arrived is not None]
    first = start or (london_date(dated[0]) if dated else until)
    if until < first:
        raise ReplayError(f"--until {until} is before the first day replayed ({first})")
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="caseclock-replay-")))
        if db is None:
            url = f"sqlite:///{work / 'replay.db'}"
        elif "://" in db:
            url = db
        else:
            url = f"sqlite:///{Path(db).absolute()}"
        cfg = replay_config(config, url, work / "outbox")
        ensure_maildir(cfg.outbox.path)
        app = build_app(cfg)
        stack.callback(app.engine.dispose)
        clock = FixedClock(_at(first, time(0, 0)))
        source = ReplaySource(f"replay:{Path(source_path).absolute()}", mails, cfg.mailbox.folders)
        alerts = Alerts(
            app.engine,
            clock,
            str(cfg.people.administrator),
            str(cfg.outbox.from_address),
            cfg.schedule.quiet_working_hours,
        )
        service = Service(app, clock, lambda: source, alerts)
        # The live rate limit waits on the wall clock; in simulated time into a file
        # outbox it would only slow the replay down, so it is lifted here.
        service.sender.limiter = RateLimiter(UNLIMITED_PER_MINUTE)
        daily_at = cfg.schedule.daily_at
        # Mails with no Date, and mails dated before the first day, arrive at its start.
        clock.set(_at(first, time(0, 0)))
        source.release(None)
        if source.release(clock.now()):
            service.run_once()
        day = first
        while day <= until:
            day_end = _at(day + timedelta(days=1), time(0, 0)) - timedelta(microseconds=1)
            morning = _at(day, daily_at)
            moments: list[tuple[datetime, bool]] = [(t, False) for t in source.upcoming(day_end)]
            moments.append((morning, True))
            moments.sort(key=lambda pair: (pair[0], pair[1]))
            for at, is_daily in moments:
                clock.set(at)
                if is_daily:
                    service.sweep_job()
                    if at.astimezone(LONDON).weekday() < 5:  # the cron: mon-fri
                        service.daily_job()
                    service.outbox_job()
                else:
                    source.release(at)
                    service.run_once()
            if on_day is not None:
                on_day(day)
            day += timedelta(days=1)
        result = ReplayResult(as_of=until)
        result.mails = len(source.moved)
        result.not_reached = len(mails) - source.release(None)
        _collect(app, source, result)
    return result


# ---- readable output ------------------------------------------------------------------


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(line[i]) for line in [header, *rows]) for i in range(len(header))]
    return [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip()
        for line in [header, *rows]
    ]


def render_text(result: ReplayResult) -> str:
    """The replay's result as readable tables."""
    out: list[str] = [f"Replay as of {result.as_of.isoformat()}: {result.mails} mails taken in"]
    if result.not_reached:
        out[0] += f" ({result.not_reached} dated after it not reached)"
    out += ["", f"Deadlines ({len(result.deadlines)})"]
    if result.deadlines:
        out += _table(
            ("CHILD", "CASE", "RULE", "SUBJECT", "DUE", "STATUS", "MET"),
            [
                (
                    f"{d['la_ref'] or '-'} {d['initials'] or ''}".strip(),
                    d["case_number"] or "-",
                    d["rule"],
                    d["subject"],
                    d["due"] or "-",
                    d["status"],
                    d["met_on"] or "-",
                )
                for d in result.deadlines
            ],
        )
    out += ["", f"Mail that would have been sent ({len(result.sent)})"]
    if result.sent:
        out += _table(
            ("DATE", "TEMPLATE", "RULE", "TO", "CC"),
            [
                (
                    s["date"],
                    s["template"],
                    s["rule"] or "-",
                    ", ".join(s["to"]),
                    ", ".join(s["cc"]) or "-",
                )
                for s in result.sent
            ],
        )
    for title, rows in (("Triage", result.triage), ("Quarantine", result.quarantine)):
        out += ["", f"{title} ({len(rows)})"]
        out += [f"  {r['file']}: {r['reason'] or '-'}" for r in rows]
    return "\n".join(out)
