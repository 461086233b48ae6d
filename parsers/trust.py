"""Who a mail really comes from: sender roles from configured domains, and trust.

Roles come from the address's real domain only (a display name saying "Cafcass" means
nothing), matched exactly or as a subdomain of a configured domain. A receiving
server's Authentication-Results reporting DMARC or SPF "fail" makes the mail untrusted.
A forward by trusted council staff vouches for the content it forwards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from parsers.forwards import Unwrapped
from parsers.mime import Mail
from parsers.settings import ParserSettings

_RESULT = re.compile(r"\b(dmarc|spf)\s*=\s*([a-z]+)", re.IGNORECASE)


@dataclass(frozen=True)
class TrustVerdict:
    """Whether the mail may change a case, why, and the original author's role."""

    trusted: bool
    reason: str
    sender_role: str | None


def role_of(address: str | None, domains: Mapping[str, tuple[str, ...]]) -> str | None:
    """The configured role of an address's domain, or None (most specific domain wins)."""
    if not address or "@" not in address:
        return None
    domain = address.rpartition("@")[2].strip().rstrip(".").lower()
    best: tuple[int, str] | None = None
    for role, names in domains.items():
        for name in names:
            name = name.strip().lstrip("@").rstrip(".").lower()
            if name and (domain == name or domain.endswith("." + name)) and (
                best is None or len(name) > best[0]
            ):
                best = (len(name), role)
    return best[1] if best else None


def auth_failure(mail: Mail, settings: ParserSettings) -> str | None:
    """Why the believed Authentication-Results header fails the mail, or None."""
    headers = mail.headers.get("authentication-results", [])
    if not headers:
        return None
    wanted = tuple(a.lower() for a in settings.authserv_ids)
    believed: list[str] = []
    for value in headers:
        authserv = value.split(";", 1)[0].strip().split()[0].lower() if value.strip() else ""
        if not wanted:
            # Without configuration only the topmost header, added by our own server, counts.
            believed = [value]
            break
        if authserv in wanted:
            believed.append(value)
    for value in believed:
        for method, result in _RESULT.findall(value):
            if result.lower() == "fail":
                return f"{method.upper()} fail in Authentication-Results"
    return None


def assess(unwrapped: Unwrapped, settings: ParserSettings) -> TrustVerdict:
    """Decide trust for the mail as received, and the role of its original author."""
    outer = unwrapped.outer
    domains = settings.trusted_domains
    outer_addr = outer.sender.email if outer.sender else None
    author_addr = unwrapped.author.email if unwrapped.author and unwrapped.author.email else None
    author_role = role_of(author_addr, domains)
    outer_role = role_of(outer_addr, domains)
    failure = auth_failure(outer, settings)
    role = author_role if unwrapped.forwarded else outer_role
    if failure:
        return TrustVerdict(False, failure, role)
    if outer_addr is None:
        return TrustVerdict(False, "no sender address", role)
    if unwrapped.forwarded:
        if outer_role == "council":
            return TrustVerdict(True, f"forwarded by council staff {outer_addr}", role)
        if outer_role is not None and author_role == outer_role:
            return TrustVerdict(True, f"forwarded within trusted {outer_role} domain", role)
        if outer_role is not None:
            return TrustVerdict(True, f"forwarded by trusted {outer_role} sender {outer_addr}",
                                role)
        return TrustVerdict(False, f"forwarded by untrusted sender {outer_addr}", role)
    if outer_role is not None:
        domain = outer_addr.rpartition("@")[2]
        return TrustVerdict(True, f"sender domain {domain} is a trusted {outer_role} domain",
                            role)
    if outer_addr in {a.lower() for a in settings.service_addresses}:
        return TrustVerdict(True, "sent by the service's own address", None)
    domain = outer_addr.rpartition("@")[2]
    claimed = outer.sender.name if outer.sender else ""
    if claimed and any(word in claimed.lower() for word in ("cafcass", "court", "hmcts")):
        return TrustVerdict(False, f"display name {claimed!r} claims a role but domain "
                                   f"{domain} is not trusted", None)
    return TrustVerdict(False, f"sender domain {domain} is not a trusted domain", None)
