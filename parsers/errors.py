"""The few specific errors the parsers raise internally; parse_email turns them into facts."""


class ParserError(Exception):
    """Base class for errors raised inside the parsers package."""


class UnreadableMail(ParserError):  # noqa: N818 - reads as the condition, like Mailman's
    """The bytes cannot be read as an email at all."""


class AttachmentError(ParserError):
    """One attachment could not be turned into text; the rest of the mail is still used."""
