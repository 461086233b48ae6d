"""Text from attachments (PDF, DOCX, plain text, HTML), with bounded work per attachment.

Each reader raises AttachmentError for a file it cannot read; `read_attachment` turns
that into a note on the attachment, so one bad file never spoils the rest of the mail.
Archives (zip, rar, 7z, tar, gz) are never opened.
"""

from __future__ import annotations

import hashlib
import io
import logging
import struct
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

import docx
from docx.opc.exceptions import OpcError
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from parsers.errors import AttachmentError
from parsers.facts import AttachmentInfo
from parsers.mime import RawAttachment
from parsers.settings import ParserSettings
from parsers.text import decode_bytes, html_to_text, tidy

# pypdf and python-docx fail on hostile files with a wide range of built-in exceptions
# rather than their own; this is the list seen on broken and fuzzed files. It is named
# here once so that only the readers below need it.
_READER_FAILURES: tuple[type[BaseException], ...] = (
    ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError,
    OSError, zlib.error, struct.error, RecursionError, UnicodeError, OverflowError,
    ZeroDivisionError, NotImplementedError, LookupError, EOFError, MemoryError,
    SyntaxError,  # lxml's XMLSyntaxError, raised by python-docx on broken XML
)
_PDF_FAILURES: tuple[type[BaseException], ...] = (PyPdfError, *_READER_FAILURES)
_DOCX_FAILURES: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, OpcError, *_READER_FAILURES,
)

_ARCHIVE_EXTS = (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".cab", ".jar")
_ARCHIVE_TYPES = ("zip", "x-rar", "x-7z", "x-tar", "gzip", "x-gzip", "x-bzip", "x-xz",
                  "vnd.rar", "java-archive", "x-compressed")
_DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# A docx is itself a zip: refuse ones that would inflate past this many times the cap.
_DOCX_INFLATE_FACTOR = 8
_DOCX_MAX_ENTRIES = 2000


@dataclass(frozen=True)
class AttachmentText:
    """An attachment's description and the text read from it."""

    info: AttachmentInfo
    text: str


def _ext(filename: str | None) -> str:
    name = (filename or "").lower().strip()
    return name[name.rfind("."):] if "." in name else ""


def _kind_of(att: RawAttachment, data: bytes) -> str:
    ext = _ext(att.filename)
    ctype = att.content_type
    if data.startswith(b"%PDF") or ctype == "application/pdf" or ext == ".pdf":
        return "pdf"
    if ext in _ARCHIVE_EXTS or any(ctype.endswith("/" + t) for t in _ARCHIVE_TYPES):
        return "archive"
    if ctype == _DOCX_TYPE or ext == ".docx":
        return "docx"
    if ctype == "text/html" or ext in (".html", ".htm"):
        return "html"
    if ctype.startswith("text/") or ext in (".txt", ".csv", ".ics"):
        return "text"
    return "other"


def _pdf_text(data: bytes, settings: ParserSettings, started: float) -> tuple[str, str | None]:
    """The PDF's text and, when work stopped early, why (the partial text is still used)."""
    # pypdf reports recoverable damage through logging; quiet it, the result says enough.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    parts: list[str] = []
    note: str | None = None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise AttachmentError("encrypted PDF")
        pages = reader.pages
        total = len(pages)
        if total > settings.max_pdf_pages:
            note = f"read first {settings.max_pdf_pages} of {total} pages"
        for index in range(min(total, settings.max_pdf_pages)):
            # perf_counter bounds the work on one attachment; it is not a date and
            # never reaches the facts, so the pure-code rule about clocks still holds.
            if time.perf_counter() - started > settings.attachment_time_budget_s:
                note = f"time budget spent after {index} pages"
                break
            parts.append(pages[index].extract_text() or "")
            if sum(len(p) for p in parts) > settings.max_text_chars:
                break
    except _PDF_FAILURES as err:
        if not parts:
            raise AttachmentError(f"unreadable PDF: {type(err).__name__}") from err
        note = f"PDF damaged after {len(parts)} pages: {type(err).__name__}"
    return "\n".join(parts), note


def _docx_text(data: bytes, settings: ParserSettings) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            inflated = sum(e.file_size for e in entries)
    except _DOCX_FAILURES as err:
        raise AttachmentError(f"unreadable DOCX: {type(err).__name__}") from err
    if len(entries) > _DOCX_MAX_ENTRIES or inflated > (
        settings.max_attachment_bytes * _DOCX_INFLATE_FACTOR
    ):
        raise AttachmentError("DOCX inflates too far")
    try:
        document = docx.Document(io.BytesIO(data))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    except _DOCX_FAILURES as err:
        raise AttachmentError(f"unreadable DOCX: {type(err).__name__}") from err
    return "\n".join(lines)


def _extract(kind: str, data: bytes, settings: ParserSettings,
             started: float) -> tuple[str, str | None]:
    head = data[: settings.max_text_chars * 4]
    readers: dict[str, Callable[[], tuple[str, str | None]]] = {
        "pdf": lambda: _pdf_text(data, settings, started),
        "docx": lambda: (_docx_text(data, settings), None),
        "html": lambda: (html_to_text(decode_bytes(head, None)), None),
        "text": lambda: (decode_bytes(head, None), None),
    }
    if kind == "archive":
        raise AttachmentError("archive not opened")
    reader = readers.get(kind)
    return reader() if reader is not None else ("", None)


def read_attachment(att: RawAttachment, settings: ParserSettings) -> AttachmentText:
    """Describe an attachment and read its text, noting (not raising) any failure."""
    data = att.payload
    if data is None:
        info = AttachmentInfo(att.filename, att.content_type, att.size, None, 0,
                              att.error or "not decoded")
        return AttachmentText(info, "")
    digest = hashlib.sha256(data).hexdigest()
    started = time.perf_counter()
    error: str | None = None
    text = ""
    try:
        text, error = _extract(_kind_of(att, data), data, settings, started)
    except AttachmentError as err:
        error = str(err)
    text = tidy(text)[: settings.max_text_chars]
    info = AttachmentInfo(att.filename, att.content_type, len(data), digest, len(text), error)
    return AttachmentText(info, text)
