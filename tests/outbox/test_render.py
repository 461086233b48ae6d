"""Templates: every one renders, says what a busy reader needs, escapes HTML, and a missing
or broken template fails the start-up check by name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from outbox.errors import TemplateError
from outbox.mail import Draft, Item
from outbox.render import TEMPLATES, Renderer, percent, ukdate
from outbox.samples import sample_drafts, sample_item

DEADLINE_TEMPLATES = [s.name for s in TEMPLATES if s.items != "none"]


def make(name: str, items: tuple[Item, ...], **context: object) -> Draft:
    return Draft(
        template=name,
        to=("someone@council.example.gov.uk",),
        items=items,
        context=context,
        message_id="<t-1@council.example.gov.uk>",
    )


def with_items(name: str, items: tuple[Item, ...]) -> Draft:
    """A template's own sample context, with these items."""
    sample = sample_drafts(name)[0]
    return make(name, items, **dict(sample.context))


@pytest.mark.parametrize("name", [spec.name for spec in TEMPLATES])
def test_every_template_renders_its_samples(renderer: Renderer, name: str) -> None:
    for d in sample_drafts(name):
        rendered = renderer.render(d)
        assert rendered.subject and "\n" not in rendered.subject
        assert rendered.text.strip()
        assert (rendered.html is not None) == renderer.has_html(name)
        for item in d.items:
            assert item.tag in rendered.text
        if len(d.items) == 1:
            assert d.items[0].tag in rendered.subject


def test_the_package_templates_pass_the_start_up_check(renderer: Renderer) -> None:
    renderer.check()


def test_dates_are_british() -> None:
    assert ukdate(date(2027, 2, 5)) == "Fri 5 Feb 2027"
    assert ukdate(date(2026, 12, 28)) == "Mon 28 Dec 2026"
    assert ukdate(datetime(2027, 2, 5, 14, 5)) == "Fri 5 Feb 2027 14:05"
    assert ukdate(None) == "no date set"
    assert percent(1, 3) == "33%"
    assert percent(0, 0) == "-"


@pytest.mark.parametrize("name", DEADLINE_TEMPLATES)
def test_a_deadline_mail_names_rule_source_due_date_meets_and_who_acts(
    renderer: Renderer, name: str
) -> None:
    item = sample_item(
        "LAR-SECOND",
        case_ref="3300121",
        initials="EF",
        status="overdue",
        step="chaser",
        due=date(2027, 3, 28),
        latest_working_day=date(2027, 3, 26),
        title="Second Looked After Review",
        source="procedure §2.1",
        who_acts="social_worker",
        meets="the second review held (its record received)",
    )
    rendered = renderer.render(with_items(name, (item,)))
    for body in (rendered.text, rendered.html or ""):
        assert "LAR-SECOND" in body
        assert "procedure §2.1" in body
        assert "Sun 28 Mar 2027" in body
        assert "latest working day: Fri 26 Mar 2027" in body
        assert "the second review held (its record received)" in body
        assert "social worker" in body.lower()
        assert "[CC-3300121-LAR-SECOND]" in body
    assert rendered.subject.endswith("[CC-3300121-LAR-SECOND]")


@pytest.mark.parametrize(
    ("name", "status", "expected"),
    [
        ("reminder", "open", "caseclock: 3 deadlines coming up, the first due Fri 5 Feb 2027"),
        ("chaser", "open", "caseclock: 3 deadlines due today"),
        ("chaser", "overdue", "caseclock: 3 deadlines overdue"),
        ("escalation", "overdue", "caseclock escalation: 3 overdue deadlines"),
    ],
)
def test_a_mail_of_several_deadlines_counts_them_and_tags_each_in_the_body(
    renderer: Renderer, name: str, status: str, expected: str
) -> None:
    items = tuple(
        sample_item(rule, case_ref=ref, status=status, due=due)
        for rule, ref, due in (
            ("LAR-INITIAL", "1048213", date(2027, 2, 5)),
            ("LAR-DECISIONS", "2210987", date(2027, 2, 8)),
            ("LAR-FULL-RECORD", "2210987", date(2027, 2, 19)),
        )
    )
    rendered = renderer.render(make(name, items))
    assert rendered.subject == expected
    for item in items:
        assert item.tag in rendered.text
        assert item.tag not in rendered.subject


def test_a_chaser_of_mixed_deadlines_says_how_many_are_overdue(renderer: Renderer) -> None:
    items = (sample_item(status="overdue"), sample_item("LAR-DECISIONS", status="open"))
    subject = renderer.render(make("chaser", items)).subject
    assert subject == "caseclock: 2 deadlines due today or overdue (1 overdue)"


def test_an_escalation_holds_reference_and_initials_only(renderer: Renderer) -> None:
    """GIVEN a deadline whose explanation and checklist quote a mail naming the child
    WHEN it is escalated to a manager
    THEN the manager's mail has the reference, the initials, the rule and the dates, and
    not the child's name: the explanation and checklist stay out of escalations."""
    full_name = "Amelia Hart"
    item = sample_item(initials="AH", status="overdue", step="service_manager")
    item = replace(
        item,
        explanation=(f"Clock started by a mail about {full_name}.",),
        checklist=(f"Ask {full_name}'s carer",),
    )
    rendered = renderer.render(make("escalation", (item,)))
    for part in (rendered.subject, rendered.text, rendered.html or ""):
        assert full_name not in part
        assert "Amelia" not in part and "Hart" not in part
    assert "AH" in rendered.subject and "1048213" in rendered.subject
    assert "escalated to the service manager" in rendered.text


def test_html_is_autoescaped_and_text_is_not(renderer: Renderer) -> None:
    item = sample_item(meets="<script>alert('x')</script> & more", title="Reports & plans")
    rendered = renderer.render(make("reminder", (item,)))
    assert rendered.html is not None
    assert "<script>" not in rendered.html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more" in rendered.html
    assert "Reports &amp; plans" in rendered.html
    assert "<script>alert('x')</script> & more" in rendered.text
    assert rendered.subject.startswith("Reminder: Reports & plans due")


def test_a_value_with_line_breaks_cannot_break_the_subject(renderer: Renderer) -> None:
    item = sample_item(title="Review\r\nBcc: evil@attacker.example")
    subject = renderer.render(make("reminder", (item,))).subject
    assert "\r" not in subject and "\n" not in subject
    assert subject.startswith("Reminder: Review Bcc: evil@attacker.example due")


def test_context_and_items_are_checked_before_rendering(renderer: Renderer) -> None:
    with pytest.raises(TemplateError, match=r"iro_named.*missing context key.*iro_phone"):
        renderer.render(make("iro_named", (sample_item(),), iro_name="S", iro_email="s@x.org"))
    with pytest.raises(TemplateError, match=r"reminder.*at least one item"):
        renderer.render(make("reminder", ()))
    with pytest.raises(TemplateError, match=r"admin_alert.*no items"):
        renderer.render(
            make("admin_alert", (sample_item(),), key="k", text="t", raised_at=datetime(2027, 2, 5))
        )
    with pytest.raises(TemplateError, match="context may not set count"):
        renderer.render(make("reminder", (sample_item(),), count=3))
    with pytest.raises(TemplateError, match="not a known template"):
        renderer.render(make("nope", (sample_item(),)))


def test_rag_digest_counts_and_percentages(renderer: Renderer) -> None:
    rows = ({"name": "LAR-INITIAL", "green": 6, "amber": 3, "red": 1},)
    rendered = renderer.render(
        make(
            "rag_digest",
            (),
            week_ending=date(2027, 2, 5),
            by_team=(),
            by_iro=rows,
            by_rule=rows,
        )
    )
    assert rendered.subject == (
        "caseclock RAG summary, week ending Fri 5 Feb 2027: 1 red, 3 amber, 6 green"
    )
    assert "1 of 10 (10%)" in rendered.text and "6 of 10 (60%)" in rendered.text
    assert "(nothing to show)" in rendered.text


# ---- overrides and the start-up check ----------------------------------------------------


def test_an_override_folder_wins(override_dir: Path) -> None:
    (override_dir / "reminder.subject.j2").write_text(
        "{% if item %}Local: {{ item.rule_id }} {{ item.tag }}{% else %}Local: {{ count }}"
        "{% endif %}\n",
        encoding="utf-8",
    )
    renderer = Renderer(override_dir)
    renderer.check()
    rendered = renderer.render(sample_drafts("reminder")[0])
    assert rendered.subject == "Local: LAR-INITIAL [CC-1048213-LAR-INITIAL]"


def test_a_missing_template_fails_the_check_by_name(override_dir: Path) -> None:
    """A site that runs on its own folder alone and forgot the chaser's subject."""
    package = Path(__file__).resolve().parents[2] / "outbox" / "templates"
    for path in package.iterdir():
        if path.name != "chaser.subject.j2":
            (override_dir / path.name).write_text(path.read_text("utf-8"), "utf-8")
    renderer = Renderer(override_dir, package_templates=False)
    with pytest.raises(TemplateError, match=r"chaser\.subject\.j2: not found") as err:
        renderer.check()
    assert [file for file, _ in err.value.problems] == ["chaser.subject.j2"]


def test_an_override_including_a_missing_partial_fails_the_check(override_dir: Path) -> None:
    (override_dir / "escalation.html.j2").write_text(
        '{% include "_letterhead.html.j2" %}{{ item.tag }}', encoding="utf-8"
    )
    with pytest.raises(TemplateError, match=r"escalation\.html\.j2.*_letterhead\.html\.j2"):
        Renderer(override_dir).check()


def test_a_broken_template_fails_the_check_naming_file_and_line(override_dir: Path) -> None:
    (override_dir / "reminder.txt.j2").write_text(
        "Hello\n{% if item.due %}\nDue {{ item.due|ukdate }}\n", encoding="utf-8"
    )
    with pytest.raises(
        TemplateError, match=r"reminder\.txt\.j2: syntax error at .*reminder\.txt\.j2, line \d+"
    ):
        Renderer(override_dir).check()


def test_an_undefined_name_fails_the_check_naming_file_and_name(override_dir: Path) -> None:
    (override_dir / "deemed_agreement.txt.j2").write_text(
        "{{ item.tag }} {{ item.rule_id }} {{ item.source }}\n{{ child_full_name }}\n",
        encoding="utf-8",
    )
    with pytest.raises(
        TemplateError,
        match=r"deemed_agreement\.txt\.j2: .*'child_full_name' is undefined .*txt\.j2, line 2",
    ):
        Renderer(override_dir).check()


def test_an_override_that_drops_the_tag_fails_the_check(override_dir: Path) -> None:
    (override_dir / "chaser.subject.j2").write_text("Chaser for {{ count }}", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"chaser\.subject\.j2: subject lacks the tag"):
        Renderer(override_dir).check()


def test_a_templates_folder_that_does_not_exist_fails_at_once(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="does not exist"):
        Renderer(tmp_path / "nope")
