"""People named in a mail, with their role for the child and their contact details."""

from __future__ import annotations

import re

from parsers.facts import Person
from parsers.mime import Address

_NAME = (r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-ZÀ-Þ][a-zß-ÿ'\-]+"
         r"(?:[ \t]+[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]+){1,3}")
_ROLE_WORDS: tuple[tuple[str, str], ...] = (
    # The manager of the IRO service allocates IROs but is not the child's IRO.
    (r"(?:iro|independent reviewing(?: officer)?)s?(?: service| team| unit)? (?:team |service )?"
     r"manager|manager(?:,| of| for)? (?:the )?(?:iro|independent reviewing)(?: officer)?s?"
     r"(?: service| team| unit)?|head of (?:the )?(?:iro|independent reviewing)", "other"),
    (r"cafcass legal|cafcass lawyer|cafcass solicitor", "cafcass_legal"),
    (r"designated (?:senior )?manager", "designated_manager"),
    (r"nominated officer|group manager|head of service|director of children'?s services",
     "approver"),
    (r"children'?s guardian|guardian", "guardian"),
    (r"independent reviewing officer|\biro\b|reviewing officer", "iro"),
    (r"team manager|practice manager|assistant team manager", "team_manager"),
    (r"(?:la|local authority) (?:solicitor|lawyer|legal)|legal (?:adviser|advisor|officer)|"
     r"solicitor for the local authority|legal services", "la_legal"),
    (r"social worker|allocated worker", "social_worker"),
)
_ROLES = re.compile("|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(_ROLE_WORDS)),
                    re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<!\d)(?:\+44\s?\(0\)\s?|\+44\s?|0)\d{2,4}[\s\-]?\d{3,4}[\s\-]?\d{3,4"
    r"}(?!\d)")
_NOT_NAMES = frozenset(
    [
        "the", "a", "an", "this", "that", "care", "plan", "final", "interim", "review", "looked",
        "after", "court", "order", "children", "child", "guardian", "cafcass", "council", "family",
        "dear", "kind", "regards", "many", "thanks", "social", "worker", "team", "manager", "local",
        "authority", "report", "hearing", "case", "number", "date", "birth", "independent",
        "reviewing", "officer", "legal", "young", "person", "please", "business", "support",
        "service", "services", "will", "be", "is", "has", "allocated", "named", "contact",
        "details", "email", "phone", "tel", "mobile", "head", "director", "group", "nominated",
        "designated", "lead", "senior", "principal", "duty", "admin", "of", "for", "and", "to",
        "in", "on", "at"
    ]
)


def _role_name(m: re.Match[str]) -> str:
    for i, (_, role) in enumerate(_ROLE_WORDS):
        if m.group(f"r{i}"):
            return role
    return "other"


def _clean_name(raw: str) -> str | None:
    words = raw.split()
    while words and words[-1].lower() in _NOT_NAMES:
        words.pop()
    while words and words[0].lower() in _NOT_NAMES:
        words.pop(0)
    if len(words) < 2 or any(w.lower() in _NOT_NAMES for w in words):
        return None
    return " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in words)


# "<role> is/: <Name>", "<role> will be <Name>", "<Name> (<role>)", "<Name>, <role>",
# "<Name> has been allocated as <role>".
_AFTER = re.compile(
    r"(?i:(?P<role>" + _ROLES.pattern + r")(?:\s+(?:(?:allocated|appointed|named)\s+)?"
    r"(?:for|to|of|in)\s+[^.,;:\n]{1,60}?)?"
    # A dash between role and name has spaces round it; one inside "Ruby-Jo" is a name's.
    r"(?:\s*(?:\bis\b|\bwill be\b|:|has been allocated,?)\s*|\s+[-–]\s+|\s*–\s*))"
    r"(?P<name>" + _NAME + ")",
)
_POSSESSIVE = r"(?:the|her|his|their|(?:[A-Z][\w\-]*\s+){0,2}[A-Za-z\-]+['’]s)"
_BEFORE = re.compile(
    r"(?P<name>" + _NAME + r")(?i:\s*(?:\(|,|-|–|(?:\bas\b|(?:is|has been|was) "
    r"(?:allocated|appointed)(?:\s+as)?|\bwill be\b|\bis\b)(?:\s+now)?(?:\s+" + _POSSESSIVE + r")?"
    r"(?:\s+(?:allocated|named|new))?)\s*(?P<role>" + _ROLES.pattern + "))",
)


def _contact(text: str, start: int, past: int = 0) -> tuple[str | None, str | None]:
    window = text[start: start + 260]
    # Stop at the next person's role so contact details are not borrowed; `past` is where
    # this person's own role ends ("Nadia Okoye, Independent Reviewing Officer").
    nxt = _ROLES.search(window, max(20, past - start))
    if nxt:
        window = window[: nxt.start()]
    email = _EMAIL.search(window)
    phone = _PHONE.search(window)
    return (email.group(0).lower() if email else None,
            re.sub(r"\s+", " ", phone.group(0)).strip() if phone else None)


def find_people(text: str, sender: Address | None) -> list[Person]:
    """Named people with roles, plus the sender when their signature gives a role."""
    found: dict[tuple[str, str], Person] = {}

    def add(role: str, name: str | None, start: int, past: int = 0) -> None:
        if name is None:
            return
        email, phone = _contact(text, start, past)
        key = (role, name.lower())
        if key not in found:
            found[key] = Person(role, name, email, phone)

    for m in _AFTER.finditer(text):
        role = _role_name(_ROLES.match(m.group("role")) or m)
        add(role, _clean_name(m.group("name")), m.end())
    for m in _BEFORE.finditer(text):
        role_match = _ROLES.match(m.group("role"))
        if role_match:
            add(_role_name(role_match), _clean_name(m.group("name")), m.start(), m.end())
    if sender is not None and sender.email:
        _add_sender(text, sender, found)
    return list(found.values())


def _add_sender(text: str, sender: Address, found: dict[tuple[str, str], Person]) -> None:
    name = _clean_name(sender.name) if sender.name else None
    for person in found.values():
        if person.email == sender.email or (name and person.name == name):
            return
    tail = text[-700:]
    role: str | None = None
    if name:
        at = tail.rfind(name.split()[0])
        if at >= 0:
            m = _ROLES.search(tail, at, at + 160)
            role = _role_name(m) if m else None
    if role is None:
        m = re.search(r"\bI am (?:the |your )?(?:newly )?(?:allocated |named |new )?(?P<role>"
                      + _ROLES.pattern + ")", text, re.IGNORECASE)
        if m:
            inner = _ROLES.match(m.group("role"))
            role = _role_name(inner) if inner else None
    if role is None:
        return
    phone = _PHONE.search(tail)
    found[(role, (name or sender.email).lower())] = Person(
        role, name, sender.email, re.sub(r"\s+", " ", phone.group(0)) if phone else None)
