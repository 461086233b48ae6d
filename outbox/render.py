"""Render a Draft into a subject, a text body and an optional HTML body, with Jinja2.

Each template is a set of files, looked up first in the configured folder, then in the
package's ``outbox/templates/``: ``<name>.subject.j2`` (one line; required),
``<name>.txt.j2`` (required) and ``<name>.html.j2`` (optional). The subject is a separate
file rather than a block so that a site can override the subject alone, and so that it is
rendered without HTML escaping. Partials start with an underscore (``_base.txt.j2``).

Undefined names are errors (StrictUndefined); HTML files are autoescaped, text and subject
files are not. ``check()`` renders every known template with sample contexts at start-up,
so a missing or broken template stops the service then, not at 3 a.m.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import jinja2
from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    select_autoescape,
)

from outbox.errors import TemplateError
from outbox.mail import Draft, Rendered, clean_header_text

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    """A template the outbox knows: how many items it takes and the context it needs."""

    name: str
    purpose: str
    items: Literal["none", "one", "some"]
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()


TEMPLATES: tuple[TemplateSpec, ...] = (
    TemplateSpec("reminder", "before a due date, to whoever acts", "some"),
    TemplateSpec("chaser", "on or after a due date, to whoever acts", "some"),
    TemplateSpec("escalation", "overdue, to a manager: reference and initials only", "some"),
    TemplateSpec(
        "deemed_agreement",
        "LAR-MANAGER passed with no reply: tell the IRO",
        "one",
        ("review_date", "careplan_due"),
    ),
    TemplateSpec(
        "iro_named",
        "CIP-IRO-NAMED: the named IRO's contact details, to Cafcass",
        "one",
        ("iro_name", "iro_email", "iro_phone"),
        ("guardian_name",),
    ),
    TemplateSpec(
        "review_to_guardian",
        "CIP-REVIEW-TO-GUARDIAN: offer to send the review record",
        "one",
        ("guardian_name", "guardian_email", "review_date"),
    ),
    TemplateSpec(
        "emergency_prompt",
        "LAR-EMERGENCY: consider an emergency review",
        "one",
        ("event_subtype", "event_date"),
    ),
    TemplateSpec(
        "cease_escalation",
        "LAR-CEASE: the approval to cease is missing",
        "one",
        ("ceased_on", "approval_needed"),
        ("approval_found",),
    ),
    TemplateSpec(
        "triage_request",
        "to business support: a mail could not be linked or trusted",
        "none",
        ("ledger_id", "received_at", "sender", "reason", "candidates"),
    ),
    TemplateSpec(
        "rag_digest",
        "weekly Appendix A RAG summary by team, IRO and rule",
        "none",
        ("week_ending", "by_team", "by_iro", "by_rule"),
    ),
    TemplateSpec("admin_alert", "to the administrator", "none", ("key", "text", "raised_at")),
)
SPECS: Mapping[str, TemplateSpec] = {spec.name: spec for spec in TEMPLATES}

# Names the renderer itself puts in every context; a draft's context may not reuse them.
RESERVED = frozenset({"items", "item", "count", "tag", "to", "cc", "template"})

ROLE_WORDS: Mapping[str, str] = {
    "social_worker": "the social worker",
    "iro": "the IRO",
    "iro_service": "the IRO service",
    "review_unit": "the review unit",
    "designated_manager": "the designated manager",
    "nominated_officer": "the nominated officer",
    "team_manager": "the team manager",
    "service_manager": "the service manager",
    "head_of_service": "the head of service",
    "director": "the Director of Children's Services",
    "guardian": "the Children's Guardian",
    "la_legal": "the local authority's legal department",
    "cafcass_legal": "Cafcass Legal",
    "cafcass_business_support": "Cafcass Business Support",
    "business_support": "business support",
}


# ---- filters ------------------------------------------------------------------------------


def ukdate(value: date | None) -> str:
    """``Fri 5 Feb 2027``; a datetime shows its time too (``Fri 5 Feb 2027 14:05``)."""
    if value is None:
        return "no date set"
    if isinstance(value, datetime):
        return f"{value:%a} {value.day} {value:%b %Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%a} {value.day} {value:%b %Y}"
    raise TypeError(f"ukdate needs a date, got {type(value).__name__} {value!r}")


def role(value: str) -> str:
    """A who_acts or ladder code in words: ``social_worker`` -> ``the social worker``."""
    return ROLE_WORDS.get(value, value.replace("_", " "))


def words(value: str) -> str:
    """``missing_from_care`` -> ``missing from care``."""
    return str(value).replace("_", " ")


def percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a whole percentage; a dash when there is nothing to count."""
    if not whole:
        return "-"
    return f"{100 * part / whole:.0f}%"


def first_upper(value: str) -> str:
    return value[:1].upper() + value[1:]


# ---- the renderer -------------------------------------------------------------------------


def _where(err: BaseException) -> str:
    """The template file and line a rendering error came from, read off its traceback."""
    tb: TracebackType | None = err.__traceback__
    found = ""
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = f"{filename}, line {tb.tb_lineno}"
        tb = tb.tb_next
    return found


def _describe(err: Exception, file: str) -> str:
    """What went wrong and where: the file (with its folder) and line when known."""
    if isinstance(err, jinja2.TemplateSyntaxError):
        return f"syntax error at {err.filename or err.name}, line {err.lineno}: {err.message}"
    if isinstance(err, jinja2.TemplateNotFound):
        return f"template {err.name!r} not found"
    where = _where(err)
    return f"{type(err).__name__}: {err}" + (f" (at {where})" if where else "")


class Renderer:
    """Jinja2 over the configured folder, then the package's templates."""

    def __init__(self, templates_dir: Path | None = None, *, package_templates: bool = True):
        loaders: list[jinja2.BaseLoader] = []
        self.folders: list[Path] = []
        if templates_dir is not None:
            if not templates_dir.is_dir():
                raise TemplateError(f"templates folder {templates_dir} does not exist")
            loaders.append(FileSystemLoader(templates_dir))
            self.folders.append(templates_dir)
        if package_templates:
            loaders.append(PackageLoader("outbox", "templates"))
            self.folders.append(PACKAGE_TEMPLATES)
        self.env = Environment(
            loader=ChoiceLoader(loaders),
            undefined=StrictUndefined,
            autoescape=select_autoescape(
                enabled_extensions=("html.j2",), default_for_string=False, default=False
            ),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
        )
        self.env.filters.update(
            ukdate=ukdate, role=role, words=words, percent=percent, first_upper=first_upper
        )
        self._available = frozenset(self.env.list_templates(extensions=["j2"]))

    def has_html(self, name: str) -> bool:
        return f"{name}.html.j2" in self._available

    def _context(self, draft: Draft) -> dict[str, Any]:
        spec = SPECS.get(draft.template)
        if spec is None:
            raise TemplateError(f"template {draft.template!r}: not a known template")
        clash = RESERVED & set(draft.context)
        if clash:
            raise TemplateError(
                f"template {draft.template!r}: context may not set {', '.join(sorted(clash))}"
            )
        missing = [key for key in spec.required if key not in draft.context]
        if missing:
            raise TemplateError(
                f"template {draft.template!r}: missing context key(s): {', '.join(missing)}"
            )
        count = len(draft.items)
        wrong = (
            (spec.items == "none" and count != 0)
            or (spec.items == "one" and count != 1)
            or (spec.items == "some" and count == 0)
        )
        if wrong:
            wanted = {"none": "no items", "one": "exactly one item", "some": "at least one item"}
            raise TemplateError(
                f"template {draft.template!r}: takes {wanted[spec.items]}, got {count}"
            )
        only = draft.items[0] if count == 1 else None
        context: dict[str, Any] = {key: None for key in spec.optional}
        context.update(draft.context)
        context.update(
            items=draft.items,
            item=only,
            count=count,
            tag=only.tag if only is not None else None,
            to=draft.to,
            cc=draft.cc,
            template=draft.template,
        )
        return context

    def _render_file(self, file: str, context: Mapping[str, Any]) -> str:
        try:
            return self.env.get_template(file).render(context)
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as err:
            problem = _describe(err, file)
            raise TemplateError(f"template {file}: {problem}", ((file, problem),)) from err

    def render(self, draft: Draft) -> Rendered:
        """Subject (one clean line), text and HTML (when the template has an HTML file)."""
        context = self._context(draft)
        name = draft.template
        subject = clean_header_text(self._render_file(f"{name}.subject.j2", context))
        if not subject:
            raise TemplateError(f"template {name}.subject.j2: renders an empty subject")
        text = self._render_file(f"{name}.txt.j2", context)
        html = self._render_file(f"{name}.html.j2", context) if self.has_html(name) else None
        return Rendered(subject=subject, text=text, html=html)

    def check(self, names: Sequence[str] | None = None) -> None:
        """Render every known template with sample contexts; raise one TemplateError naming
        each template file and its problem. Also checks the house rules an override could
        break: a one-item mail carries its tag in the subject, every item's tag, rule id
        and source appear in the text."""
        from outbox.samples import sample_drafts  # samples import this module's specs

        problems: list[tuple[str, str]] = []
        for name in names if names is not None else [spec.name for spec in TEMPLATES]:
            for file in (f"{name}.subject.j2", f"{name}.txt.j2"):
                if file not in self._available:
                    problems.append((file, "not found in " + ", ".join(map(str, self.folders))))
            if any(p[0].startswith(f"{name}.") for p in problems):
                continue
            for draft in sample_drafts(name):
                try:
                    rendered = self.render(draft)
                except TemplateError as err:
                    problems.extend(err.problems or ((f"{name}", str(err)),))
                    break
                problems.extend(_house_rules(name, draft, rendered))
        if problems:
            lines = "; ".join(f"{file}: {what}" for file, what in problems)
            raise TemplateError(f"templates failed the start-up check: {lines}", tuple(problems))


def _house_rules(name: str, draft: Draft, rendered: Rendered) -> list[tuple[str, str]]:
    problems = []
    if len(draft.items) == 1 and draft.items[0].tag not in rendered.subject:
        problems.append((f"{name}.subject.j2", f"subject lacks the tag {draft.items[0].tag}"))
    for item in draft.items:
        for what in (item.tag, item.rule_id, item.source):
            if what not in rendered.text:
                problems.append((f"{name}.txt.j2", f"text lacks {what!r}"))
    return problems
