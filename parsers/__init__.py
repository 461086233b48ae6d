"""Raw email bytes in, a facts record out: the public face of the parsers package.

    facts = parse_email(raw_bytes, ParserSettings())
    facts.to_dict()  # JSON-ready, the kinds.md contract plus extras (see parsers.facts)
"""

from __future__ import annotations

from parsers.errors import UnreadableMail
from parsers.facts import Facts
from parsers.pipeline import build_facts
from parsers.settings import ParserSettings

__all__ = ["Facts", "ParserSettings", "parse_email"]


def parse_email(raw: bytes, settings: ParserSettings | None = None) -> Facts:
    """Parse one email; never raises. Unreadable mail comes back `unrelated` + `malformed`."""
    settings = settings if settings is not None else ParserSettings()
    try:
        return build_facts(bytes(raw), settings)
    except UnreadableMail as err:
        return Facts(kind="unrelated", malformed=str(err), signals=("unreadable mail",),
                     trust_reason="unreadable")
    except Exception as err:
        # A bug or a library failing on hostile input must not stop the mailbox: the
        # mail is parked as malformed with the error named, for a person to look at.
        return Facts(kind="unrelated", malformed=f"parser error: {type(err).__name__}: {err}"[:300],
                     signals=("parser error",), trust_reason="unreadable")
