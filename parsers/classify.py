"""Choosing a mail's kind and subtype, with a confidence and the signals that decided it.

Order: machine mail first (bounce, auto-reply, bulk), then explicit tags, then weighted
phrases over subject, forwarder's note, body, attachment names and attachment text,
with the original author's role as a prior. A mail without any child-care anchor, or
scoring under the threshold, is `unrelated`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from parsers.rules_table import ANCHORS, EVENT_SUBTYPE_RULES, KIND_RULES, ROLE_PRIORS, Rule
from parsers.system import SystemVerdict
from parsers.tags import Tag

# Below this score the best guess is not good enough to act on.
THRESHOLD = 3.0


@dataclass(frozen=True)
class Zones:
    """The text of a mail split by where it came from; all normalised."""

    subject: str
    note: str
    body: str
    attachment_names: str
    attachment_titles: str
    attachment_head: str
    attachment_rest: str
    quoted: str
    reply: bool
    calendar: bool

    def weighted(self) -> tuple[tuple[str, str, float], ...]:
        # A reply inherits its subject and its quoted history from the mail it answers: the
        # kind of a reply is that of its author's new text, so both say little about it.
        return (
            ("subject", self.subject, 0.6 if self.reply else 2.5),
            ("note", self.note, 1.5),
            ("body", self.body, 1.0),
            ("attachment name", self.attachment_names, 2.0),
            # A document's title line says what the document is, as a subject line does.
            ("document title", self.attachment_titles, 2.0),
            ("attachment", self.attachment_head, 1.2),
            ("attachment", self.attachment_rest, 0.3),
            ("quoted", self.quoted, 0.15 if self.reply else 0.3),
        )

    def all_text(self) -> str:
        return " ".join((self.subject, self.note, self.body, self.attachment_names,
                         self.attachment_head))

    def own_text(self) -> str:
        """What the author (or forwarder) wrote now: no subject, no quoted history."""
        return self.note + " " + self.body


@dataclass(frozen=True)
class Classification:
    """The decided kind with its subtype, confidence and explanation."""

    kind: str
    subtype: str | None
    confidence: float
    signals: tuple[str, ...]


_CHILD_REVIEW = re.compile(
    r"\b(?:looked after|cla|lac|statutory|initial|second|third|permanence|child(?:ren)? in care|"
    r"child'?s|young person'?s|[a-z]+'s) (?:\w+ )?review\b|\breview (?:of|for) (?:the )?(?:care "
    r"plan|child|young person)\b")
# What a staff meeting is about: reviewing caseloads or performance is not a child's review.
_STAFF_BUSINESS = re.compile(
    r"\b(?:team meeting|staff meeting|supervision|caseloads?|case loads?|appraisal|performance|"
    r"annual report|service plan|audit|rota|one[- ]to[- ]one|1:1|away day|training)\b")
_MAILBOX_NAME = re.compile(r"\biro reviews?\b(?= *[<:@\"]|@)|\biro\.reviews@\S+|\"iro reviews\"")
# A first-person verdict on decisions: "I agree them", "happy to endorse", "can't agree 2".
_VERDICT = re.compile(
    r"^\W*(?:[a-z]+\W{1,3})?(?:all )?(?:agreed|approved|endorsed|not agreed)\b"
    r"|\bi (?:have |had )?(?:now )?(?:agreed|endorsed|approved|signed off)\b(?! that\b)"
    r"|\b(?:i|we)(?: am|'m| are|'re)?(?: (?:happy|content|able|unable|not able|willing|"
    r"unwilling))?(?: to)?(?: (?:fully|now|also))?(?: (?:do not|don't|cannot|can't|can|could not|"
    r"couldn't|will not|won't|would))?(?: not)? (?:agree|endorse|approve|accept|support|sign off|"
    r"disagree)\b(?! (?:that|to (?:meet|attend|have|send|speak|the meeting)|on the date)\b)"
    r"|\b(?:decisions|recommendations) (?:are|is|have been|were) (?:all )?(?:agreed|endorsed|"
    r"not agreed|approved)\b"
    # "Decisions for Harvey (review 12/01/27) agreed."
    r"|\b(?:decisions|recommendations)\b[^.\n]{0,50}?\b(?:(?:all|fully) )?(?:agreed|endorsed|"
    r"approved)(?=\s*(?:[.!]|$))")
# A manager's answer is a few lines; a mail this long carries the record itself.
_VERDICT_MAX_CHARS = 1500
# A timetable written out: documents given as due, the hearings that are listed.
_DUE_ITEM = re.compile(r"\b(?:care plan|analysis|evidence|statements?|report|assessment)\b"
                       r"[^.\n]{0,25}\b(?:due|to be filed|shall be filed|filed by)\b")
_HEARINGS = re.compile(r"\b(?:cmh|case management hearing|irh|issues? resolution hearing|frh|"
                       r"final hearing|fact[- ]finding hearing)\b")
_DECISIONS = re.compile(r"\bdecisions?\b|\brecommendations?\b|\breview record\b|\brecord of")


def _score(rules: Sequence[Rule], zones: Zones) -> tuple[float, list[tuple[float, str]]]:
    total = 0.0
    hits: list[tuple[float, str]] = []
    for zone, text, weight in zones.weighted():
        if not text:
            continue
        for pattern, value in rules:
            m = pattern.search(text)
            if m:
                total += value * weight
                hits.append((value * weight, f"{zone}: '{m.group(0)[:50]}'"))
    return total, hits


# Wording that shows a mail is about a child (or young person) rather than about staff,
# offices or equipment: the child's identifiers, carers, placement, school, the care plan.
_ABOUT_A_CHILD = re.compile(
    r"\b(?:child|children|young (?:person|people)|yp|looked after|lac|cla|placements?|foster|"
    r"carers?|care plan|care order|iro|independent reviewing|social worker|d\.?o\.?b|date of birth|"
    r"born|lcs|mosaic|child id|school|pupil|mum|dad|mother|father|parents?|sibling|brother|"
    r"sister|camhs|review decisions?|pep|personal education plan|virtual school|nursery|"
    r"youth (?:justice|offending)|[a-z]{2}\d{2}c\d{5})\b")
# Advertising and course bookings: not about any child's case, however they are worded.
_PROMO = re.compile(
    r"\bunsubscribe\b|\bbook (?:now|your place|a place|online)\b|\b(?:places|spaces|seats) "
    r"(?:left|available|remaining)\b|\bregister (?:now|here|today|your interest)\b|"
    r"\bearly[- ]bird\b|\b(?:course|delegate|attendance) fee\b|\bcpd (?:hours|points|"
    r"certificate)\b|\bwebinar\b")
# Staff-wide notices: training, briefings, meetings of the team. About practice in general,
# not about a child, unless a child is identified in them.
_GENERAL_NOTICE = re.compile(
    r"\b(?:training|e-?learning|(?:online|mandatory|learning) module|workshop|briefing session|"
    r"practice (?:week|briefing|bulletin)|bulletin|newsletter|all staff|team meeting|away day|"
    r"lunch and learn|learning event|seminar|masterclass|it (?:notice|service|outage|"
    r"maintenance)|service desk|planned (?:work|maintenance|outage|downtime)|downtime|"
    r"system (?:upgrade|outage|maintenance)|mailbox migration)\b")
_CHILD_ID = re.compile(r"\b[a-z]{2}\d{2}c\d{5}\b|\bd\.?o\.?b\b|\bdate of birth\b|\b(?:lcs|mosaic|"
                       r"child) (?:id|ref)\b|\bla ref\b")


def _phrase_scores(zones: Zones) -> tuple[dict[str, float], dict[str, list[tuple[float, str]]]]:
    scores: dict[str, float] = {}
    signals: dict[str, list[tuple[float, str]]] = {}
    for kind, rules in KIND_RULES.items():
        scores[kind], signals[kind] = _score(rules, zones)
    # A significant event scores by its best-matching §2.5 category.
    event, event_hits = 0.0, []
    for rules in EVENT_SUBTYPE_RULES.values():
        score, hits = _score(rules, zones)
        if score > event:
            event, event_hits = score, hits
    if event and not _ABOUT_A_CHILD.search(zones.all_text()):
        # Missing, hospital, complaint, leaving: words for an event in a child's life only
        # when the mail is about a child; a missing laptop or a colleague's hospital visit
        # is not one.
        event *= 0.25
        event_hits = [(w * 0.25, f"{h} (no child named)") for w, h in event_hits]
    context = next((k for k in ("review_record", "looked_after_start")
                    if scores[k] >= THRESHOLD), None)
    if event and context:
        # A review's record tells of the child's life (a return home interview, the police),
        # and news of a child coming into care says why (a parent taken into hospital): there
        # event words are context, not news of an event.
        event *= 0.5
        event_hits = [(w * 0.5, f"{h} (in a {context} mail)") for w, h in event_hits]
    scores["significant_event"] += event
    signals["significant_event"].extend(event_hits)
    return scores, signals


def _first(patterns: Sequence[tuple[str, str]], text: str) -> str | None:
    for pattern, value in patterns:
        if re.search(pattern, text):
            return value
    return None


def interim_or_final(text: str) -> str | None:
    """Whether a care plan or guardian's report says it is interim or final."""
    final = re.search(r"\bfinal (?:court )?(?:care plan|analysis|report|position)", text)
    interim = re.search(r"\binterim (?:court )?(?:care plan|analysis|report|position)", text)
    if final and interim:
        return "final" if final.start() < interim.start() else "interim"
    if final:
        return "final"
    if interim:
        return "interim"
    return None


_ORDER_TYPES = (
    (r"\bplacement order\b", "placement_order"),
    (r"\bspecial guardianship\b|\bsgo\b", "special_guardianship_order"),
    (r"(?<!interim )\bsupervision order\b", "supervision_order"),
    (r"\bchild arrangements? order\b|\bcao\b", "child_arrangements_order"),
    (r"\bno order\b", "no_order"),
    (r"(?<!interim )(?<!discharge of the )(?<!discharge of )\bcare order\b", "care_order"),
)


def booking_subtype(text: str, calendar: bool) -> str:
    """set | moved | adjourned | invitation for a review booking."""
    if re.search(r"\badjourn", text):
        return "adjourned"
    if re.search(r"\b(?:re-?arranged|re-?scheduled|postponed|brought forward|moved (?:to|from)|"
                 r"new date|change of date|date change|changed to|now (?:be held|take place))\b|"
                 r"\bbring(?:ing)?\b[^.]{0,40}\breview\b[^.]{0,12}\bforward\b", text):
        return "moved"
    if calendar or any(not _FUTURE_INVITATION.search(text[max(0, m.start() - 60): m.end() + 40])
                       for m in re.finditer(r"\binvit\w+", text)):
        return "invitation"
    return "set"


# Invitations promised, not sent: "I will send invitations shortly", "invitations to follow".
_FUTURE_INVITATION = re.compile(
    r"\b(?:will|shall|going to|to be|i'll|we'll|once|when)\b[^.\n]{0,30}\binvit\w+|"
    r"\binvit\w+[^.\n]{0,40}\b(?:to follow|will (?:follow|be sent|go out)|shortly|in due course|"
    r"to be sent|not yet|once)\b|\bplease\b[^.\n]{0,20}\binvit\w+")


def _subtype(kind: str, zones: Zones) -> str | None:
    text = zones.all_text()
    if kind in ("court_care_plan", "guardian_report"):
        return interim_or_final(text)
    if kind == "final_order":
        return _first(_ORDER_TYPES, text)
    if kind == "review_booking":
        return booking_subtype(zones.subject + " " + zones.note + " " + zones.body, zones.calendar)
    if kind == "review_record":
        promised = re.sub(  # "the full record will follow": these are the decisions
            r"\b(?:the )?full (?:written )?(?:review )?record (?:will|to) (?:follow|be sent|"
            r"come)\b", " ", text)
        if re.search(r"\bfull (?:written )?(?:review )?record\b|\bminutes\b|\brecord of (?:the )?"
                     r"(?:\w+ )?review\b(?! decisions)", promised) and not re.search(
                         r"\b(?:review )?decisions (?:only|and recommendations)\b", zones.subject):
            return "full"
        return "decisions"
    if kind == "manager_response":
        own = zones.subject + " " + zones.note + " " + zones.body
        if re.search(r"\b(?:do not|don't|cannot|can't|could not|couldn't|unable to|am not able "
                     r"to|not|won't|will not) (?:agree|endorse|accept|support|approve|sign off)|"
                     r"\bdisagree|\bnot (?:agreed|endorsed|approved|supported)\b", own):
            return "disagreed"
        return "agreed"
    if kind == "significant_event":
        best: tuple[float, str] | None = None
        for sub, rules in EVENT_SUBTYPE_RULES.items():
            score, _ = _score(rules, zones)
            if score > 0 and (best is None or score > best[0]):
                best = (score, sub)
        return best[1] if best else None
    return None


def _confidence(best: float, second: float) -> float:
    strength = 1.0 - math.exp(-best / 5.0)
    margin = (best - second) / best if best > 0 else 0.0
    return round(min(0.95, strength * (0.55 + 0.45 * margin)), 3)


def classify(zones: Zones, role: str | None, system: SystemVerdict | None,
             tags: Sequence[Tag], vouched: bool = False) -> Classification:
    """Decide the kind: machine mail, then tags, then weighted phrases.

    `role` is the original author's; `vouched` says trusted staff forwarded the mail.
    """
    if system is not None and system.kind in ("bounce", "auto_reply"):
        return Classification(system.kind, None, 0.99, system.signals)
    if tags:
        tag = tags[0]
        subtype = tag.subtype if tag.subtype is not None else _subtype(tag.kind, zones)
        return Classification(tag.kind, subtype, 0.97, (f"tag {tag.source}",))
    if system is not None and system.kind != "generated":
        return Classification("unrelated", None, 0.8, system.signals)
    # A machine-generated notification (Auto-Submitted: auto-generated) is read by content.
    machine = system.signals if system is not None else ()
    # An outsider's mail needs child-care wording to be read at all, unless trusted staff
    # forwarded it (a carer's or a school's mail that a social worker passes on).
    if role is None and not vouched and not ANCHORS.search(zones.all_text()):
        return Classification("unrelated", None, 0.7, ("no child-care wording", *machine))
    own_all = zones.subject + " " + zones.own_text()
    # A notice announces itself in the subject; a case mail may mention a team meeting.
    if (_PROMO.search(own_all) or _GENERAL_NOTICE.search(zones.subject)) \
            and not _CHILD_ID.search(zones.all_text()):
        return Classification("unrelated", None, 0.75,
                              ("advert, course or staff notice; no child identified", *machine))
    scores, signals = _phrase_scores(zones)
    if zones.reply:
        # A reply is of the kind of its new text: when that text alone is clear enough, the
        # inherited subject and the quoted history (the mail it answers) do not count.
        fresh = replace(zones, subject="", quoted="")
        fresh_scores, fresh_signals = _phrase_scores(fresh)
        if max(fresh_scores.values()) >= THRESHOLD:
            scores, signals = fresh_scores, fresh_signals
    if zones.calendar:
        # An invitation is a review booking only when it is about a child's review; the
        # mailbox's own name ("IRO Reviews") in the attendee list does not make it one.
        text = _MAILBOX_NAME.sub(" ", zones.all_text())
        about_review = _CHILD_REVIEW.search(text) or (
            re.search(r"\breview\b", text) and not _STAFF_BUSINESS.search(text))
        bonus = 4.0 if about_review else 0.5
        scores["review_booking"] += bonus
        signals["review_booking"].append((bonus, "calendar invitation"))
    own = zones.own_text()
    due = len(_DUE_ITEM.findall(own)) + len(_DUE_ITEM.findall(zones.attachment_head))
    hearings = len({m.group(0)[:3] for m in _HEARINGS.finditer(own + " " + zones.attachment_head)})
    if due >= 2 or (due and hearings >= 2):
        bonus = 2.0 * min(due, 3) + (2.0 if hearings >= 2 else 0.0)
        scores["court_directions"] += bonus
        signals["court_directions"].append((bonus, f"timetable: {due} documents due"))
    verdict = _VERDICT.search(own.strip()) if len(own) <= _VERDICT_MAX_CHARS else None
    if verdict and (_DECISIONS.search(own) or _DECISIONS.search(zones.subject)
                    or _DECISIONS.search(zones.quoted[:3000])):
        # The author's own verdict on review decisions: a manager answering them (§14),
        # whatever the subject and quoted history (the decisions themselves) say.
        scores["manager_response"] += 6.0
        signals["manager_response"].append((6.0, f"own text: '{verdict.group(0)[:40]}'"))
    if re.search(r"\[cc-[^\]]*-lar-(?:manager|decisions)\]", zones.subject):
        scores["manager_response"] += 2.0
        signals["manager_response"].append((2.0, "reply to our decisions mail"))
    for kind, bonus in ROLE_PRIORS.get(role or "", {}).items():
        if scores.get(kind, 0.0) > 0:
            scores[kind] += bonus
            signals[kind].append((bonus, f"sender role {role}"))
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best_kind, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best < THRESHOLD:
        return Classification("unrelated", None, round(0.5 + 0.1 * (THRESHOLD - best), 3),
                              (f"best guess {best_kind} scored {best:.1f} < {THRESHOLD}",
                               *machine))
    top: list[str] = []
    for _, signal in sorted(signals[best_kind], reverse=True):
        if signal not in top:
            top.append(signal)
    return Classification(best_kind, _subtype(best_kind, zones), _confidence(best, second),
                          (*top[:6], *machine))
