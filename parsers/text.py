"""Small text helpers shared by the parsers: charset decoding, HTML to text, normalising."""

from __future__ import annotations

import codecs
import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
from bs4.element import NavigableString, Tag

# Charsets seen mislabelled in practice: mail labelled latin-1 or ascii is usually
# windows-1252 (curly quotes and the euro sign live in 0x80-0x9f).
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "unknown-8bit": "utf-8",
    "x-unknown": "utf-8",
    "default": "utf-8",
    "utf8": "utf-8",
    "x-user-defined": "cp1252",
}

_BLOCK_TAGS = (
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "ul", "ol", "blockquote", "hr", "pre", "section", "article", "header", "footer",
)
_CELL_TAGS = ("td", "th")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u200b\ufeff]+")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode body bytes with the declared charset, falling back to UTF-8 then windows-1252."""
    name = (charset or "").strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(name, name)
    if name:
        try:
            codecs.lookup(name)
        except LookupError:
            name = ""
    if name and name != "utf-8":
        try:
            return data.decode(name)
        except UnicodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; "replace" keeps the rest readable.
        return data.decode("cp1252", errors="replace")


def html_to_text(html: str) -> str:
    """Turn an HTML body into plain text with line breaks where blocks end."""
    with warnings.catch_warnings():
        # bs4 warns when a short body looks like a URL or file name; that is harmless here
        # and would otherwise be an error under the test suite's filterwarnings=error.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "title", "noscript"]):
        tag.decompose()
    for table in soup.find_all("table"):
        _label_columns(table)
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for tag in soup.find_all(_CELL_TAGS):
        tag.insert_after(" ")
    return tidy(soup.get_text())


def _label_columns(table: Tag) -> None:
    """A table with a header row: write each data cell as "Header: value" on its own line.

    Outlook and case systems send facts as a row of column headings over a row of values
    ("Child | DOB | Child ID" over "Grace Adeyemi | 07/07/2019 | 1067730"); flattened row by
    row, every value loses its label.
    """
    rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
    if len(rows) < 2:
        return
    first = rows[0].find_all(_CELL_TAGS)
    cells = [[c.get_text(" ", strip=True) for c in r.find_all(_CELL_TAGS)] for r in rows]
    if all(len(r) == 2 for r in cells) and all(
        r[0] and len(r[0]) <= 40 and not re.search(r"\d", r[0]) and not r[0].endswith(":")
        for r in cells
    ):
        # A form of label/value rows ("Children's Guardian | Imogen Castellano"): written as
        # "label: value" so the value keeps its label when the row is flattened.
        lines = [f"{label}: {value}" for label, value in cells]
        table.replace_with(soup_string("\n" + "\n".join(lines) + "\n"))
        return
    header = cells[0]
    width = len(header)
    if width < 2 or any(len(r) != width for r in cells[1:]):
        return
    if not all(h and len(h) <= 40 and not re.search(r"\d{3}", h) for h in header):
        return
    # Column headings are <th> cells, or a first row of three or more labels; a two-column
    # table of <td> cells is a form of label/value pairs and reads well as it is.
    if not (all(c.name == "th" for c in first) or (width >= 3 and not any(
            re.search(r"\d", h) for h in header))):
        return
    lines = [" | ".join(f"{h}: {v}" for h, v in zip(header, row, strict=True) if v)
             for row in cells[1:]]
    replacement = soup_string("\n" + "\n".join(lines) + "\n")
    table.replace_with(replacement)


def soup_string(text: str) -> NavigableString:
    """Plain text to put in place of a tag."""
    return NavigableString(text)


def tidy(text: str) -> str:
    """Collapse runs of spaces and blank lines, keep single line breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", text).strip()


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def normalise(text: str) -> str:
    """Lower-case text with straight quotes and single spaces, for phrase matching."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES).lower())


def straighten(text: str) -> str:
    """Straight quotes and dashes, case kept, for field extraction."""
    return text.translate(_QUOTES)
