"""The outbox queue: which mails the ladder owes today (``OutboxPlanner``) and sending
them exactly as often as it takes (``OutboxSender``).

Planning reads the stored deadlines whose next ladder step is due, finds who acts and who
is copied (only from the configuration and the case records, never from an inbound
mail's text), groups one person's items of a day into one mail, renders it and queues it
with its items. An item is unique on (child, rule, subject, step, due): whatever sweeps,
restarts or replays happen, a step is queued once, and again only if its due date moves.

Sending marks a mail ``sending`` before the SMTP transaction and ``sent`` after. A crash in
between leaves it ``sending``; it is sent again with the same Message-ID (at least once,
never lost). Temporary failures retry with exponential backoff and jitter; permanent ones
make the mail ``dead`` and tell the administrator. A mail whose deadlines were all met
before it went is cancelled.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, exists
from sqlmodel import Session, col, select

from daemon import models as m
from daemon.alerts import Alerts
from daemon.clock import LONDON, Clock
from daemon.config import Config
from daemon.store import approval_roles
from outbox import (
    Draft,
    FileTransport,
    Item,
    OutboxError,
    RateLimiter,
    Rendered,
    Renderer,
    SmtpTransport,
    Transport,
    TransportError,
    build_message,
    envelope_recipients,
    reference_tag,
)
from rules.calendar import WorkingCalendar
from rules.catalogue import RULES_BY_ID, Chase, RuleDef
from rules.engine import RuleSettings, ScheduledStep, Status, ladder_schedule, next_step

log = logging.getLogger(__name__)
# The step name of the "decisions deemed agreed" notice, as its outbox items record it.
DEEMED_NOTICE = "deemed_notice"

MAX_SEND_ATTEMPTS = 12  # with backoff from 1 minute, about two days of trying
CLOSED = frozenset({Status.MET.value, Status.MET_LATE.value, Status.NOT_APPLICABLE.value})
NOTICE_TEMPLATES = {
    "LAR-EMERGENCY": "emergency_prompt",
    "LAR-CEASE": "cease_escalation",
    "CIP-IRO-NAMED": "iro_named",
    "CIP-REVIEW-TO-GUARDIAN": "review_to_guardian",
}
# Roles filled from the case record (a person on the child's case) before configuration.
CASE_ROLES = {"iro", "social_worker", "guardian", "team_manager"}
PERSON_FOR_ROLE = {
    "designated_manager": "designated_manager",
    "la_legal": "la_legal",
    "cafcass_business_support": "cafcass_business_support",
    "cafcass_legal": "cafcass_legal",
    "review_unit": "business_support",
    "iro_service": "iro_service_manager",
    "nominated_officer": "head_of_service",
    "service_manager": "service_manager",
    "head_of_service": "head_of_service",
    "director": "director",
}


def case_ref(child: m.Child) -> str:
    """The child's reference for tags and managers: the LA reference, else a number."""
    if child.la_ref and child.la_ref.isalnum():
        return child.la_ref
    return f"C{child.id}"


def initials(child: m.Child) -> str:
    value = (child.initials or "").upper()
    return value if value.isalpha() and 1 <= len(value) <= 4 else "XX"


def item_for(
    rule: RuleDef,
    deadline: m.Deadline,
    child: m.Child,
    step: str,
    *,
    who_acts: str | None = None,
    checklist: tuple[str, ...] = (),
) -> Item:
    """A stored deadline as one item of a mail: reference and initials, never a name."""
    ref = case_ref(child)
    return Item(
        rule_id=rule.id,
        rule_title=rule.title,
        source=rule.source,
        case_ref=ref,
        initials=initials(child),
        subject_key=deadline.subject_key,
        due=deadline.due,
        latest_working_day=deadline.latest_working_day,
        status=deadline.status,
        who_acts=who_acts or rule.who_acts,
        meets=rule.meets,
        step=step,
        tag=reference_tag(ref, rule.id),
        checklist=checklist,
    )


@dataclass
class Recipients:
    config: Config
    session: Session
    child: m.Child
    _people: list[m.CasePerson] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._people = list(
            self.session.exec(
                select(m.CasePerson).where(
                    m.CasePerson.child_id == self.child.id, m.CasePerson.active
                )
            ).all()
        )

    def person(self, role: str) -> m.CasePerson | None:
        found = [p for p in self._people if p.role == role and p.email]
        return max(found, key=lambda p: (p.since or date.min, p.id or 0)) if found else None

    def of_role(self, role: str) -> tuple[str, ...]:
        people = self.config.people
        if role in CASE_ROLES:
            person = self.person(role)
            if person is not None and person.email:
                return (person.email,)
            if role == "team_manager":
                return (str(people.iro_service_manager),)
            # Nobody recorded on the case yet: business support can route it.
            return (str(people.business_support),)
        attribute = PERSON_FOR_ROLE.get(role)
        if attribute is None:
            return (str(people.business_support),)
        return (str(getattr(people, attribute)),)

    def team_manager_of(self, addresses: Sequence[str]) -> tuple[str, ...]:
        wanted = {a.lower() for a in addresses}
        for team in self.config.people.teams:
            if wanted & {str(member).lower() for member in team.members}:
                return (str(team.team_manager),)
        return self.of_role("team_manager")

    def resolve(self, target: str, acts: str, acting: Sequence[str]) -> tuple[str, ...]:
        if target == "acts":
            return tuple(acting)
        if target == "team_manager":
            return self.team_manager_of(acting)
        return self.of_role(target)


@dataclass(frozen=True)
class Planned:
    """One deadline's due step, before grouping into mails."""

    child_id: int
    deadline: m.Deadline
    rule: RuleDef
    step: ScheduledStep
    skipped: tuple[str, ...]  # earlier steps overtaken by this one
    template: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    item: Item
    context: tuple[tuple[str, Any], ...] = ()


def _template(rule: RuleDef, step: ScheduledStep) -> str:
    if step.kind == "notice":
        return NOTICE_TEMPLATES.get(rule.id, "chaser")
    return {"reminder": "reminder", "chaser": "chaser"}.get(step.kind, "escalation")


class OutboxPlanner:
    def __init__(
        self,
        engine: Engine,
        config: Config,
        calendar: WorkingCalendar,
        settings: RuleSettings,
        renderer: Renderer,
        alerts: Alerts | None = None,
    ) -> None:
        self.engine = engine
        self.config = config
        self.calendar = calendar
        self.settings = settings
        self.renderer = renderer
        self.alerts = alerts
        self._alerts_due: list[str] = []
        self.domain = str(config.outbox.from_address).rsplit("@", 1)[-1]

    def _message_id(self, key: str) -> str:
        digest = hashlib.sha256(key.encode()).hexdigest()[:24]
        return f"<caseclock.{digest}@{self.domain}>"

    def run_once(self, today: date, now: datetime) -> int:
        """Queue every mail the ladder owes today; returns how many mails were queued."""
        queued = 0
        with Session(self.engine) as session:
            planned = self._plan_deadlines(session, today)
            queued += self._queue_groups(session, planned, today, now)
            queued += self._queue_deemed_agreements(session, today, now)
            queued += self._queue_triage_requests(session, now)
            session.commit()
        alerts_due, self._alerts_due = self._alerts_due, []
        for text in alerts_due:
            if self.alerts is not None:
                self.alerts.raise_alert("outbox-refused", text)
        if queued:
            log.info("outbox: %d mails queued", queued)
        return queued

    # ---- ladder steps ----------------------------------------------------------------

    def _plan_deadlines(self, session: Session, today: date) -> list[Planned]:
        rows = session.exec(
            select(m.Deadline, m.Child)
            .join(m.Child, col(m.Deadline.child_id) == m.Child.id)
            .where(col(m.Deadline.status).in_([Status.OPEN.value, Status.OVERDUE.value]))
            .where(col(m.Deadline.next_step_on) <= today)
        ).all()
        planned: list[Planned] = []
        people: dict[int, Recipients] = {}
        for deadline, child in rows:
            rule = RULES_BY_ID.get(deadline.rule_id)
            if rule is None or rule.chase in (Chase.NONE, Chase.CHECKLIST):
                continue
            if deadline.clock_start is None or deadline.due is None or child.id is None:
                continue
            sent = [s for s in deadline.steps_sent.split(",") if s]
            schedule = ladder_schedule(
                rule, deadline.clock_start, deadline.due, self.calendar, self.settings
            )
            step = next_step(schedule, sent, today)
            if step is None or step.on > today:
                continue
            # A notice is the service doing the job itself (sending the IRO's details to
            # Cafcass): late is better than never, so a later escalation never overtakes it.
            notice = next((s for s in schedule if s.kind == "notice" and s.name not in sent), None)
            if notice is not None and notice.on <= today:
                step = notice
            skipped = tuple(
                s.name
                for s in schedule
                if s.on <= step.on and s.name != step.name and s.name not in sent
            )
            recipients = people.setdefault(child.id, Recipients(self.config, session, child))
            acting = recipients.of_role(rule.who_acts)
            to = recipients.resolve(step.to, rule.who_acts, acting)
            cc = tuple(
                a
                for target in step.cc
                for a in recipients.resolve(target, rule.who_acts, acting)
                if a not in to
            )
            template = _template(rule, step)
            context, template = self._notice_context(session, recipients, rule, deadline, template)
            if template == "cease_escalation" and step.kind == "notice":
                to = recipients.of_role("head_of_service")
                cc = recipients.of_role("iro_service")
            if template == "iro_named":
                to = recipients.of_role("cafcass_business_support")
            checklist = tuple(
                f"{r.id} ({r.source}): {r.meets}"
                for r in RULES_BY_ID.values()
                if r.checklist_of == rule.id
            )
            item = item_for(rule, deadline, child, step.name, checklist=checklist)
            planned.append(
                Planned(
                    child.id,
                    deadline,
                    rule,
                    step,
                    skipped,
                    template,
                    to,
                    cc,
                    item,
                    tuple(sorted(context.items())),
                )
            )
        return planned

    def _notice_context(
        self,
        session: Session,
        people: Recipients,
        rule: RuleDef,
        deadline: m.Deadline,
        template: str,
    ) -> tuple[dict[str, Any], str]:
        """The extra facts a notice needs; without them it falls back to a plain chaser."""
        if template == "iro_named":
            iro = people.person("iro")
            if iro is None or not iro.email:
                return {}, "chaser"
            guardian = people.person("guardian")
            return {
                "iro_name": iro.name or iro.email,
                "iro_email": iro.email,
                "iro_phone": iro.phone or "-",
                "guardian_name": guardian.name if guardian and guardian.name else None,
            }, template
        if template == "review_to_guardian":
            guardian = people.person("guardian")
            if guardian is None or not guardian.email:
                return {}, "chaser"
            review = session.exec(
                select(m.Review).where(
                    m.Review.child_id == deadline.child_id,
                    m.Review.sequence == int(deadline.subject_key.rsplit("-", 1)[-1]),
                )
            ).first()
            return {
                "guardian_name": guardian.name or guardian.email,
                "guardian_email": guardian.email,
                "review_date": review.held_on if review else None,
            }, template
        if template == "emergency_prompt":
            event = session.get(m.Event, int(deadline.subject_key.rsplit("-", 1)[-1]))
            if event is None:
                return {}, "chaser"
            return {
                "event_subtype": event.subtype.replace("_", " "),
                "event_date": event.event_date or event.received_on,
            }, template
        if template == "cease_escalation":
            ceasing = session.get(m.Ceasing, int(deadline.subject_key.rsplit("-", 1)[-1]))
            if ceasing is None:
                return {}, "escalation"
            return {
                "ceased_on": ceasing.ceases_on or ceasing.received_on,
                "approval_needed": rule.meets,
                "approval_found": ", ".join(role for role, _ in approval_roles(ceasing.approvals))
                or None,
            }, template
        return {}, template

    def _queue_groups(
        self, session: Session, planned: Iterable[Planned], today: date, now: datetime
    ) -> int:
        """One mail per recipient set and template a day; notices go one by one."""
        groups: dict[tuple[Any, ...], list[Planned]] = defaultdict(list)
        for p in planned:
            if p.template in NOTICE_TEMPLATES.values() or not self._groups(p.step):
                key: tuple[Any, ...] = (
                    p.template,
                    p.to,
                    p.cc,
                    p.child_id,
                    p.rule.id,
                    p.deadline.subject_key,
                )
            else:
                key = (p.template, p.to, p.cc)
            groups[key].append(p)
        queued = 0
        for group in groups.values():
            fresh = [p for p in group if not self._already_queued(session, p)]
            if not fresh:
                continue
            first = fresh[0]
            item_keys = sorted(
                f"{p.child_id}/{p.rule.id}/{p.deadline.subject_key}/{p.step.name}/{p.deadline.due}"
                for p in fresh
            )
            mail_key = "ladder:" + hashlib.sha256("|".join(item_keys).encode()).hexdigest()[:32]
            try:
                draft = Draft(
                    template=first.template,
                    to=first.to,
                    cc=first.cc,
                    items=tuple(p.item for p in fresh),
                    context=dict(first.context),
                    message_id=self._message_id(mail_key),
                )
                rendered = self.renderer.render(draft)
            except OutboxError as err:
                # One bad record (an address with a line break, say) spoils only its mail.
                self._refuse(session, fresh, now, str(err))
                continue
            children = {p.child_id for p in fresh}
            mail = self._queue_one(
                session,
                mail_key,
                draft,
                now,
                rendered,
                child_id=children.pop() if len(children) == 1 else None,
            )
            session.flush()
            assert mail.id is not None
            for p in fresh:
                assert p.deadline.due is not None
                session.add(
                    m.OutboxItem(
                        outbox_id=mail.id,
                        child_id=p.child_id,
                        rule_id=p.rule.id,
                        subject_key=p.deadline.subject_key,
                        step=p.step.name,
                        due=p.deadline.due,
                    )
                )
                sent = [s for s in p.deadline.steps_sent.split(",") if s]
                p.deadline.steps_sent = ",".join([*sent, *p.skipped, p.step.name])
                upcoming = self._next_after(p, today)
                p.deadline.next_step = upcoming.name if upcoming else None
                p.deadline.next_step_on = upcoming.on if upcoming else None
                session.add(p.deadline)
                session.add(
                    m.Audit(
                        at=now,
                        why=f"ladder step {p.step.name} queued as mail {mail.id}"
                        + (f" (overtaken: {', '.join(p.skipped)})" if p.skipped else ""),
                        entity="deadline",
                        entity_id=p.deadline.id,
                        child_id=p.child_id,
                        rule_id=p.rule.id,
                        field="steps_sent",
                        new=p.deadline.steps_sent,
                    )
                )
            queued += 1
        return queued

    def _groups(self, step: ScheduledStep) -> bool:
        """Whether this step's items share one mail per person and day (configuration)."""
        if step.kind == "reminder":
            return self.config.deadlines.group_reminders
        for configured in self.config.deadlines.ladder:
            if configured.name == step.name:
                return configured.group
        return True

    def _next_after(self, p: Planned, today: date) -> ScheduledStep | None:
        """The deadline's next step once this one is queued, so the sweep need not look."""
        if p.deadline.clock_start is None or p.deadline.due is None:
            return None
        schedule = ladder_schedule(
            p.rule, p.deadline.clock_start, p.deadline.due, self.calendar, self.settings
        )
        return next_step(schedule, p.deadline.steps_sent.split(","), today)

    def _refuse(
        self, session: Session, group: Sequence[Planned], now: datetime, error: str
    ) -> None:
        log.error("outbox: a mail could not be made: %s", error)
        for p in group:
            session.add(
                m.Audit(
                    at=now,
                    why=f"ladder step {p.step.name} not queued: {error}",
                    entity="deadline",
                    entity_id=p.deadline.id,
                    child_id=p.child_id,
                    rule_id=p.rule.id,
                    field="steps_sent",
                )
            )
        # Raised after the planner's commit: the alert writes through its own session.
        self._alerts_due.append(f"A mail could not be made: {error}")

    @staticmethod
    def _already_queued(session: Session, p: Planned) -> bool:
        return (
            session.exec(
                select(m.OutboxItem.id).where(
                    m.OutboxItem.child_id == p.child_id,
                    m.OutboxItem.rule_id == p.rule.id,
                    m.OutboxItem.subject_key == p.deadline.subject_key,
                    m.OutboxItem.step == p.step.name,
                    m.OutboxItem.due == p.deadline.due,
                )
            ).first()
            is not None
        )

    # ---- notices that are not ladder steps ------------------------------------------

    def _queue_deemed_agreements(self, session: Session, today: date, now: datetime) -> int:
        """LAR-MANAGER passed with no reply: tell the IRO the decisions are deemed agreed."""
        queued = 0
        rows = session.exec(
            select(m.Deadline, m.Child)
            .join(m.Child, col(m.Deadline.child_id) == m.Child.id)
            .where(m.Deadline.rule_id == "LAR-MANAGER")
            .where(m.Deadline.status == Status.DEEMED_AGREED.value)
            # Only the ones not yet told: the store keeps every review's, for ever.
            .where(
                ~exists().where(
                    col(m.OutboxItem.child_id) == col(m.Deadline.child_id),
                    col(m.OutboxItem.rule_id) == col(m.Deadline.rule_id),
                    col(m.OutboxItem.subject_key) == col(m.Deadline.subject_key),
                    col(m.OutboxItem.step) == DEEMED_NOTICE,
                    col(m.OutboxItem.due) == col(m.Deadline.due),
                )
            )
        ).all()
        rule = RULES_BY_ID["LAR-MANAGER"]
        for deadline, child in rows:
            if deadline.due is None or child.id is None:
                continue
            step = ScheduledStep(DEEMED_NOTICE, deadline.due, "acts", kind="notice")
            people = Recipients(self.config, session, child)
            item = item_for(rule, deadline, child, step.name, who_acts="iro")
            review = session.exec(
                select(m.Review).where(
                    m.Review.child_id == child.id,
                    m.Review.sequence == int(deadline.subject_key.rsplit("-", 1)[-1]),
                )
            ).first()
            careplan = session.exec(
                select(m.Deadline).where(
                    m.Deadline.child_id == child.id,
                    m.Deadline.rule_id == "LAR-CAREPLAN",
                    m.Deadline.subject_key == deadline.subject_key,
                )
            ).first()
            planned = Planned(
                child.id,
                deadline,
                rule,
                step,
                (),
                "deemed_agreement",
                people.of_role("iro"),
                (),
                item,
                (
                    ("careplan_due", careplan.due if careplan else None),
                    ("review_date", review.held_on if review else None),
                ),
            )
            queued += self._queue_groups(session, [planned], today, now)
        return queued

    def _queue_triage_requests(self, session: Session, now: datetime) -> int:
        """Ask business support to settle each mail in triage, once."""
        queued = 0
        for row in session.exec(
            select(m.InboundMessage).where(m.InboundMessage.status == "triage")
        ).all():
            key = f"triage:{row.id}"
            if session.exec(select(m.OutboxMessage.id).where(m.OutboxMessage.key == key)).first():
                continue
            candidates = []
            for part in (row.reason or "").split("candidate children:")[1:]:
                for raw_id in part.strip(" )").split(","):
                    child = session.get(m.Child, int(raw_id)) if raw_id.strip().isdigit() else None
                    if child is not None:
                        candidates.append(
                            {"case_ref": case_ref(child), "initials": initials(child)}
                        )
            sender = str(json.loads(row.facts_json).get("sender") or "") if row.facts_json else ""
            draft = Draft(
                template="triage_request",
                to=(str(self.config.people.business_support),),
                context={
                    "ledger_id": row.id,
                    # The template formats it (ukdate); SQLite gives it back naive UTC.
                    "received_at": row.received_at.replace(
                        tzinfo=row.received_at.tzinfo or UTC
                    ).astimezone(LONDON),
                    "sender": sender or "unknown",
                    "reason": row.reason or "not linked",
                    "candidates": candidates,
                },
                message_id=self._message_id(key),
            )
            self._queue_one(session, key, draft, now)
            queued += 1
        return queued

    def _queue_one(
        self,
        session: Session,
        key: str,
        draft: Draft,
        now: datetime,
        rendered: Rendered | None = None,
        child_id: int | None = None,
    ) -> m.OutboxMessage:
        """Queue one mail under its unique key (rendering it unless that was done)."""
        rendered = rendered or self.renderer.render(draft)
        mail = m.OutboxMessage(
            key=key,
            child_id=child_id,
            template=draft.template,
            to_addrs=",".join(draft.to),
            cc_addrs=",".join(draft.cc),
            subject_line=rendered.subject,
            body_text=rendered.text,
            body_html=rendered.html,
            message_id=draft.message_id,
            status="queued",
            created_at=now,
        )
        session.add(mail)
        return mail

    def queue_digest(self, today: date, now: datetime) -> bool:
        """The weekly Appendix A RAG summary to managers, by team, IRO and rule."""
        from daemon.reports import rag_rows  # the RAG report's own figures (it imports us)

        key = f"digest:{today.isocalendar().year}-W{today.isocalendar().week:02d}"
        with Session(self.engine) as session:
            if session.exec(select(m.OutboxMessage.id).where(m.OutboxMessage.key == key)).first():
                return False
            by_team, by_iro, by_rule = rag_rows(
                session, today, self.calendar, self.settings, self.config
            )
            people = self.config.people
            draft = Draft(
                template="rag_digest",
                to=(str(people.service_manager), str(people.iro_service_manager)),
                context={
                    "week_ending": today,
                    "by_team": by_team,
                    "by_iro": by_iro,
                    "by_rule": by_rule,
                },
                message_id=self._message_id(key),
            )
            self._queue_one(session, key, draft, now)
            session.commit()
        return True


# ---- sending ------------------------------------------------------------------------


def backoff_delay(attempts: int, rng: random.Random) -> timedelta:
    """1, 2, 4, ... minutes, capped at 6 hours, with full jitter."""
    ceiling = min(6 * 3600.0, 60.0 * 2 ** max(0, attempts - 1))
    return timedelta(seconds=rng.uniform(ceiling / 2, ceiling))


def make_transport(config: Config) -> Transport:
    if config.outbox.transport == "smtp" and not config.outbox.dry_run:
        assert config.outbox.smtp is not None
        return SmtpTransport(config.outbox.smtp)
    return FileTransport(config.outbox.path)


@dataclass
class SendCounts:
    sent: int = 0
    retried: int = 0
    dead: int = 0
    cancelled: int = 0


class OutboxSender:
    def __init__(
        self,
        engine: Engine,
        config: Config,
        transport: Transport,
        clock: Clock,
        alerts: Alerts,
        limiter: RateLimiter | None = None,
        rng: random.Random | None = None,
        on_sent: Callable[[int], None] | None = None,
    ) -> None:
        self.engine = engine
        self.config = config
        self.transport = transport
        self.clock = clock
        self.alerts = alerts
        per_minute = config.outbox.smtp.per_minute if config.outbox.smtp else 600
        self.limiter = limiter or RateLimiter(per_minute)
        self.rng = rng or random.Random()
        # Told of each mail sent: a mail that is itself the action (the named IRO's details
        # to Cafcass) meets its deadline when it goes.
        self.on_sent = on_sent or (lambda _mail_id: None)

    def _due(self, session: Session, now: datetime) -> list[m.OutboxMessage]:
        rows = session.exec(
            select(m.OutboxMessage)
            .where(col(m.OutboxMessage.status).in_(["queued", "sending"]))
            .order_by(col(m.OutboxMessage.id))
        ).all()
        return [r for r in rows if r.next_attempt_at is None or r.next_attempt_at <= now]

    def _all_items_closed(self, session: Session, mail: m.OutboxMessage) -> bool:
        items = session.exec(select(m.OutboxItem).where(m.OutboxItem.outbox_id == mail.id)).all()
        if not items or mail.template == "deemed_agreement":
            return False
        for item in items:
            deadline = session.exec(
                select(m.Deadline).where(
                    m.Deadline.child_id == item.child_id,
                    m.Deadline.rule_id == item.rule_id,
                    m.Deadline.subject_key == item.subject_key,
                )
            ).first()
            if deadline is None or deadline.status not in CLOSED:
                return False
        return True

    async def run_once(self) -> SendCounts:
        counts = SendCounts()
        now = self.clock.now()
        with Session(self.engine) as session:
            due_ids = [mail.id for mail in self._due(session, now)]
        for mail_id in due_ids:
            assert mail_id is not None
            await self._send_one(mail_id, counts)
        if counts.sent or counts.dead or counts.retried:
            log.info(
                "outbox: %d sent, %d to retry, %d dead, %d cancelled",
                counts.sent,
                counts.retried,
                counts.dead,
                counts.cancelled,
            )
        return counts

    async def _send_one(self, mail_id: int, counts: SendCounts) -> None:
        now = self.clock.now()
        with Session(self.engine) as session:
            mail = session.get(m.OutboxMessage, mail_id)
            assert mail is not None
            if mail.status == "queued" and self._all_items_closed(session, mail):
                mail.status, mail.last_error = "cancelled", "every deadline in it was met first"
                session.commit()
                counts.cancelled += 1
                return
            mail.status = "sending"  # durable before the SMTP transaction starts
            mail.attempts += 1
            session.commit()
            draft = Draft(
                template=mail.template,
                to=tuple(a for a in mail.to_addrs.split(",") if a),
                cc=tuple(a for a in mail.cc_addrs.split(",") if a),
                message_id=mail.message_id,
                in_reply_to=mail.in_reply_to,
            )
            rendered = Rendered(mail.subject_line, mail.body_text, mail.body_html)
            message = build_message(
                draft,
                rendered,
                str(self.config.outbox.from_address),
                str(self.config.outbox.redirect_all_to)
                if self.config.outbox.redirect_all_to
                else None,
                now=now,
            )
        await self.limiter.acquire()
        try:
            result = await self.transport.send(message, envelope_recipients(message))
        except (TransportError, OutboxError) as err:
            self._retry(mail_id, [*draft.to, *draft.cc], str(err), counts)
            if "auth" in type(err).__name__.lower():
                self.alerts.raise_alert("smtp-auth", f"SMTP login failed: {err}")
            return
        sent_now = False
        with Session(self.engine) as session:
            mail = session.get(m.OutboxMessage, mail_id)
            assert mail is not None
            if result.permanent:
                reasons = "; ".join(f"{a}: {why}" for a, why in result.permanent.items())
                self.alerts.raise_alert(
                    f"outbox-dead-{mail_id}",
                    f"Mail {mail_id} ({mail.template}) was refused for good: {reasons}",
                )
            if result.temporary:
                mail.status = "queued"
                session.commit()
                self._retry(
                    mail_id,
                    list(result.temporary),
                    "; ".join(f"{a}: {w}" for a, w in result.temporary.items()),
                    counts,
                    keep_only=True,
                )
                return
            if result.accepted:
                mail.status, mail.sent_at = "sent", self.clock.now()
                sent_now = True
                mail.last_error = (
                    None
                    if not result.permanent
                    else f"refused for good: {sorted(result.permanent)}"
                )
                counts.sent += 1
            else:
                mail.status, mail.last_error = "dead", "every recipient refused it for good"
                counts.dead += 1
            session.commit()
        if sent_now:
            self.on_sent(mail_id)

    def _retry(
        self,
        mail_id: int,
        recipients: Sequence[str],
        error: str,
        counts: SendCounts,
        keep_only: bool = False,
    ) -> None:
        with Session(self.engine) as session:
            mail = session.get(m.OutboxMessage, mail_id)
            assert mail is not None
            mail.last_error = error[:2000]
            if keep_only:
                # Those that accepted it have it: retry only the ones that did not.
                wanted = {r.lower() for r in recipients}
                mail.to_addrs = ",".join(
                    a
                    for a in [*mail.to_addrs.split(","), *mail.cc_addrs.split(",")]
                    if a and a.lower() in wanted
                )
                mail.cc_addrs = ""
            if mail.attempts >= MAX_SEND_ATTEMPTS:
                mail.status = "dead"
                counts.dead += 1
                session.commit()
                self.alerts.raise_alert(
                    f"outbox-dead-{mail_id}",
                    f"Mail {mail_id} ({mail.template}) gave up after {mail.attempts} tries: "
                    f"{error}",
                )
                return
            mail.status = "queued"
            mail.next_attempt_at = self.clock.now() + backoff_delay(mail.attempts, self.rng)
            session.commit()
            counts.retried += 1
