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
from dataclasses import dataclass

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
    attachment_head: str
    attachment_rest: str
    quoted: str
    reply: bool
    calendar: bool

    def weighted(self) -> tuple[tuple[str, str, float], ...]:
        # A reply inherits its subject from the mail it answers; it says less about the reply.
        return (
            ("subject", self.subject, 1.0 if self.reply else 2.5),
            ("note", self.note, 1.5),
            ("body", self.body, 1.0),
            ("attachment name", self.attachment_names, 2.0),
            ("attachment", self.attachment_head, 1.2),
            ("attachment", self.attachment_rest, 0.3),
            ("quoted", self.quoted, 0.3),
        )

    def all_text(self) -> str:
        return " ".join((self.subject, self.note, self.body, self.attachment_names,
                         self.attachment_head))


@dataclass(frozen=True)
class Classification:
    """The decided kind with its subtype, confidence and explanation."""

    kind: str
    subtype: str | None
    confidence: float
    signals: tuple[str, ...]


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
                 r"new date|change of date|date change|changed to|now (?:be held|take place))\b",
                 text):
        return "moved"
    if calendar or re.search(r"\binvit\w+|\byou are invited\b", text):
        return "invitation"
    return "set"


def _subtype(kind: str, zones: Zones) -> str | None:
    text = zones.all_text()
    if kind in ("court_care_plan", "guardian_report"):
        return interim_or_final(text)
    if kind == "final_order":
        return _first(_ORDER_TYPES, text)
    if kind == "review_booking":
        return booking_subtype(zones.subject + " " + zones.note + " " + zones.body, zones.calendar)
    if kind == "review_record":
        if re.search(r"\bfull (?:written )?(?:review )?record\b|\bminutes\b|\brecord of (?:the )?"
                     r"(?:\w+ )?review\b(?! decisions)", text) and not re.search(
                         r"\b(?:review )?decisions (?:only|and recommendations)\b", zones.subject):
            return "full"
        return "decisions"
    if kind == "manager_response":
        own = zones.subject + " " + zones.note + " " + zones.body
        if re.search(r"\b(?:do not|don't|cannot|can't|unable to|am not able to|not) (?:agree|"
                     r"endorse|accept)|\bdisagree|\bnot agreed\b", own):
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
             tags: Sequence[Tag]) -> Classification:
    """Decide the kind: machine mail, then tags, then weighted phrases."""
    if system is not None and system.kind in ("bounce", "auto_reply"):
        return Classification(system.kind, None, 0.99, system.signals)
    if tags:
        tag = tags[0]
        subtype = tag.subtype if tag.subtype is not None else _subtype(tag.kind, zones)
        return Classification(tag.kind, subtype, 0.97, (f"tag {tag.source}",))
    if system is not None:
        return Classification("unrelated", None, 0.8, system.signals)
    if role is None and not ANCHORS.search(zones.all_text()):
        return Classification("unrelated", None, 0.7, ("no child-care wording",))
    scores: dict[str, float] = {}
    signals: dict[str, list[tuple[float, str]]] = {}
    for kind, rules in KIND_RULES.items():
        scores[kind], signals[kind] = _score(rules, zones)
    if zones.calendar:
        scores["review_booking"] += 4.0 if re.search(r"review", zones.all_text()) else 1.0
        signals["review_booking"].append((4.0, "calendar invitation"))
    event, event_hits = 0.0, []
    for rules in EVENT_SUBTYPE_RULES.values():
        score, hits = _score(rules, zones)
        if score > event:
            event, event_hits = score, hits
    scores["significant_event"] += event * 0.8
    signals["significant_event"].extend(event_hits)
    if zones.reply and re.search(r"\b(?:agree|endorse|disagree)", zones.body):
        # A reply that agrees or disagrees is a manager answering the decisions we sent.
        scores["manager_response"] += 3.0
        signals["manager_response"].append((3.0, "reply agreeing or disagreeing"))
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
                              (f"best guess {best_kind} scored {best:.1f} < {THRESHOLD}",))
    top: list[str] = []
    for _, signal in sorted(signals[best_kind], reverse=True):
        if signal not in top:
            top.append(signal)
    return Classification(best_kind, _subtype(best_kind, zones), _confidence(best, second),
                          tuple(top[:6]))
