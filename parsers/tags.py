"""Explicit tags a person adds on purpose: subject [tags] and plus-addresses (iro+careplan@).

The vocabulary is documented in parsers/TAGS.md. A tag names a kind, and sometimes a
subtype; tags win over anything the classifier would guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from parsers.facts import FINAL_ORDER_SUBTYPES, KINDS, SIGNIFICANT_EVENT_SUBTYPES
from parsers.mime import Address

# tag (lower case, letters and digits only) -> (kind, subtype or None)
_VOCABULARY: dict[str, tuple[str, str | None]] = {
    "guardianallocation": ("cafcass_allocation", None),
    "cafcassallocation": ("cafcass_allocation", None),
    "iroallocation": ("iro_allocation", None),
    "newlac": ("looked_after_start", None),
    "newcla": ("looked_after_start", None),
    "lacstart": ("looked_after_start", None),
    "lastart": ("looked_after_start", None),
    "lookedafter": ("looked_after_start", None),
    "careplan": ("court_care_plan", None),
    "courtcareplan": ("court_care_plan", None),
    "finalcareplan": ("court_care_plan", "final"),
    "fcp": ("court_care_plan", "final"),
    "interimcareplan": ("court_care_plan", "interim"),
    "icp": ("court_care_plan", "interim"),
    "directions": ("court_directions", None),
    "cmo": ("court_directions", None),
    "timetable": ("court_directions", None),
    "expert": ("expert_report", None),
    "expertreport": ("expert_report", None),
    "guardianreport": ("guardian_report", None),
    "analysis": ("guardian_report", None),
    "finalanalysis": ("guardian_report", "final"),
    "interimanalysis": ("guardian_report", "interim"),
    "finalguardianreport": ("guardian_report", "final"),
    "interimguardianreport": ("guardian_report", "interim"),
    "judgment": ("judgment", None),
    "judgement": ("judgment", None),
    "factsandreasons": ("judgment", None),
    "finalorder": ("final_order", None),
    "handover": ("guardian_handover", None),
    "booking": ("review_booking", None),
    "reviewbooking": ("review_booking", None),
    "reviewdate": ("review_booking", "set"),
    "invite": ("review_booking", "invitation"),
    "invitation": ("review_booking", "invitation"),
    "moved": ("review_booking", "moved"),
    "rearranged": ("review_booking", "moved"),
    "adjourned": ("review_booking", "adjourned"),
    "decisions": ("review_record", "decisions"),
    "reviewdecisions": ("review_record", "decisions"),
    "record": ("review_record", "full"),
    "reviewrecord": ("review_record", "full"),
    "fullrecord": ("review_record", "full"),
    "agreed": ("manager_response", "agreed"),
    "disagreed": ("manager_response", "disagreed"),
    "event": ("significant_event", None),
    "significantevent": ("significant_event", None),
    "referral": ("cafcass_referral", None),
    "cafcassreferral": ("cafcass_referral", None),
    "cafcassdecision": ("cafcass_decision", None),
    "ceased": ("ceased_looked_after", None),
    "cease": ("ceased_looked_after", None),
    "ceasedla": ("ceased_looked_after", None),
    "ceasedlac": ("ceased_looked_after", None),
    "unrelated": ("unrelated", None),
    "ignore": ("unrelated", None),
}
for _kind in KINDS:
    _VOCABULARY.setdefault(_kind.replace("_", ""), (_kind, None))
for _sub in SIGNIFICANT_EVENT_SUBTYPES:
    _VOCABULARY.setdefault(_sub.replace("_", ""), ("significant_event", _sub))
for _sub in FINAL_ORDER_SUBTYPES:
    _VOCABULARY.setdefault(_sub.replace("_", ""), ("final_order", _sub))
_VOCABULARY["swchange"] = ("significant_event", "social_worker_change")
_VOCABULARY["sgo"] = ("final_order", "special_guardianship_order")

_SUBTYPES: dict[str, tuple[str, ...]] = {
    "court_care_plan": ("interim", "final"),
    "guardian_report": ("interim", "final"),
    "review_record": ("decisions", "full"),
    "manager_response": ("agreed", "disagreed"),
    "review_booking": ("set", "moved", "adjourned", "invitation"),
    "significant_event": SIGNIFICANT_EVENT_SUBTYPES,
    "final_order": FINAL_ORDER_SUBTYPES,
}
_BRACKET = re.compile(r"\[([^\[\]]{1,60})\]")


@dataclass(frozen=True)
class Tag:
    """A recognised tag and where it was found."""

    kind: str
    subtype: str | None
    source: str  # e.g. "subject [final care plan]" or "address iro+careplan@..."


def _lookup(word: str) -> tuple[str, str | None] | None:
    raw = word.strip().lower()
    # "kind:subtype" or "kind/subtype" written in full
    for sep in (":", "/"):
        if sep in raw:
            kind, _, sub = raw.partition(sep)
            kind = kind.strip().replace(" ", "_").replace("-", "_")
            sub = sub.strip().replace(" ", "_").replace("-", "_")
            if kind in KINDS and sub in _SUBTYPES.get(kind, ()):
                return kind, sub
    key = re.sub(r"[^a-z0-9]", "", raw)
    return _VOCABULARY.get(key)


def find_tags(subjects: Iterable[str], recipients: Iterable[Address],
              service_addresses: Iterable[str]) -> list[Tag]:
    """Tags in subjects and in plus-addresses of the service's own mailbox."""
    tags: list[Tag] = []
    for subject in subjects:
        for m in _BRACKET.finditer(subject):
            if m.group(1).upper().startswith("CC-"):
                continue  # our own reference tag, not a kind
            found = _lookup(m.group(1))
            if found:
                tags.append(Tag(found[0], found[1], f"subject [{m.group(1)}]"))
    services = {s.lower() for s in service_addresses}
    service_keys = {(s.partition("@")[0].partition("+")[0], s.partition("@")[2]) for s in services}
    for address in recipients:
        local, _, domain = address.email.partition("@")
        base, plus, tag = local.partition("+")
        if not plus or not tag:
            continue
        # Without configured addresses any plus-address to us is taken as a tag.
        if service_keys and (base, domain) not in service_keys:
            continue
        found = _lookup(tag)
        if found:
            tags.append(Tag(found[0], found[1], f"address {address.email}"))
    return tags
