"""Configuration for the parsers, passed in by the caller and never read from globals."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

DEFAULT_LA_REF_LABELS: tuple[str, ...] = (
    "Child ID",
    "LCS ID",
    "Mosaic ID",
    "LCS number",
    "LCS",
    "Mosaic number",
    "Mosaic no",
    "Mosaic",
    "LA ref",
    "LA reference",
    "Child ref",
    "Client ID",
    "ID number",
)


def _default_domains() -> Mapping[str, tuple[str, ...]]:
    # A read-only mapping so that a frozen settings object is really frozen.
    return MappingProxyType(
        {
            "cafcass": ("cafcass.gov.uk",),
            "court": ("justice.gov.uk", "hmcts.net"),
            "council": ("council.example.gov.uk",),
        }
    )


@dataclass(frozen=True)
class ParserSettings:
    """Everything the parsers need to know about the local authority and its limits."""

    # Regex for the LA child reference; accepted only next to one of la_ref_labels.
    la_ref_pattern: str = r"\b\d{6,8}\b"
    la_ref_labels: tuple[str, ...] = DEFAULT_LA_REF_LABELS
    # role -> domains; subdomains of a listed domain share its role.
    trusted_domains: Mapping[str, tuple[str, ...]] = field(default_factory=_default_domains)
    # The mailbox's own addresses; their plus-addresses (iro+careplan@...) carry tags.
    service_addresses: tuple[str, ...] = ()
    # Authentication-Results authserv-ids to believe; empty means the topmost header.
    authserv_ids: tuple[str, ...] = ()
    max_attachment_bytes: int = 10 * 1024 * 1024
    max_pdf_pages: int = 30
    attachment_time_budget_s: float = 5.0
    max_total_bytes: int = 60 * 1024 * 1024
    # Characters of text kept per attachment and per body, to bound regex work.
    max_text_chars: int = 200_000
    # How deep message/rfc822 attachments are followed.
    max_nesting: int = 8
