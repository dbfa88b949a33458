"""The web app's plain functions (web/*.py) with a fake assistant: no index, no server, no browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fakes import CITATION, COMPARISON, DOCS, GRADES, PAGE, THEMES, FakeAssistant, PolicyAssistant

from assistant.models import Citation, Filters
from ingest.models import DocumentMeta
from ingest.pipeline import IngestConfig
from inspectchat.settings import Settings
from render import answers, checks, comparisons
from render.grades import GRADE_COLUMNS
from render.themes import ITEM_COLUMNS, ITEM_FIELDS, theme_item_rows, themes_csv, themes_markdown
from web import api, chat, grades, library, preview, story, themes
from web.compare import compare_view
from web.exports import write_text_export
from web.paths import Folders


def run_turn(
    assistant: FakeAssistant, question: str, context: dict | None = None, filters: Filters | None = None
) -> list[chat.ChatUpdate]:
    return list(chat.respond(assistant, question, [], filters or Filters(), context, []))  # type: ignore[arg-type]


# -- filters and follow-up questions -------------------------------------------------------------------------
def test_build_filters_ignores_empty_values_and_nonsense_years() -> None:
    f = chat.build_filters(["Testshire", ""], None, [], "2019", 12)
    assert f == Filters(organisations=["Testshire"], year_from=2019, year_to=None)
    assert chat.build_filters(year_from=None, year_to="x").is_empty()


def test_follow_up_with_a_year_keeps_the_organisation() -> None:
    asked, filters, carried = chat.carry_over(
        "and in 2019?", [], Filters(), {"organisations": ["Testshire"], "years": [2023]}
    )
    assert asked == "and in 2019?"
    assert filters.organisations == ["Testshire"]
    assert carried == ["Testshire"]


def test_follow_up_naming_nothing_keeps_organisation_and_years() -> None:
    asked, filters, carried = chat.carry_over(
        "What about leadership?", [], Filters(), {"organisations": ["Testshire"], "years": [2023]}
    )
    assert asked == "What about leadership? (2023)"
    assert filters.organisations == ["Testshire"] and carried == ["Testshire", "2023"]


def test_new_organisation_starts_afresh_unless_it_reads_as_follow_up() -> None:
    context = {"organisations": ["Testshire"], "years": [2023]}
    assert chat.carry_over("Who led the Otherford inspection?", ["Otherford"], Filters(), context)[2] == []
    asked, _, carried = chat.carry_over("And Otherford?", ["Otherford"], Filters(), context)
    assert asked == "And Otherford? (2023)" and carried == ["2023"]


def test_chosen_filters_win_over_carried_context() -> None:
    chosen = Filters(organisations=["Otherford"], year_from=2018)
    asked, filters, carried = chat.carry_over(
        "Leadership?", [], chosen, {"organisations": ["Testshire"], "years": [2023]}
    )
    assert (asked, filters, carried) == ("Leadership?", chosen, [])


# -- chat turns ------------------------------------------------------------------------------------------------
def test_answer_streams_in_then_shows_citations() -> None:
    steps = run_turn(FakeAssistant(), "What was Testshire's overall effectiveness in 2023?")
    texts = [s.history[-1]["content"] for s in steps[1:-1]]
    assert steps[0].history[-1]["content"].startswith("Searching")
    assert len(texts) > 3 and all(len(a) < len(b) for a, b in zip(texts, texts[1:], strict=False))
    final = steps[-1]
    assert final.done and final.history[0] == {
        "role": "user",
        "content": "What was Testshire's overall effectiveness in 2023?",
    }
    assert "**Sources**" in final.history[-1]["content"]
    assert "<mark>Overall effectiveness Good</mark>" in final.cards
    assert "Inspection of Testshire" in final.cards and "page 1" in final.cards and "Ofsted" in final.cards
    assert final.citations == [CITATION]
    assert final.context == {"organisations": ["Testshire"], "years": [2023]}
    assert final.turns[0]["answer"]["citations"][0]["quote"] == "Overall effectiveness Good"


def test_second_turn_reuses_the_organisation_and_says_so() -> None:
    fake = FakeAssistant()
    first = run_turn(fake, "What was Testshire's overall effectiveness in 2023?")[-1]
    second = run_turn(fake, "and in 2019?", context=first.context)[-1]
    question, filters = fake.asked[-1]
    assert question == "and in 2019?" and filters is not None and filters.organisations == ["Testshire"]
    assert "Filters applied:** organisation: Testshire" in second.note
    assert "Carried over from the previous question:** Testshire" in second.note
    assert second.context == {"organisations": ["Testshire"], "years": [2019]}


def test_empty_question_and_failing_assistant_say_so_in_plain_words() -> None:
    assert run_turn(FakeAssistant(), "   ")[-1].note == "Type a question first."
    final = run_turn(FakeAssistant(fail=True), "Testshire?")[-1]
    assert final.done and "could not be answered" in final.history[-1]["content"]
    assert "store offline" in final.history[-1]["content"]


def test_highlight_passage_escapes_the_page_and_marks_the_quote() -> None:
    marked = answers.highlight_passage(PAGE, "Overall effectiveness Good")
    assert "<mark>Overall effectiveness Good</mark>" in marked
    assert "Jane &lt;Doe&gt;" in marked and "<Doe>" not in marked
    assert answers.highlight_passage(None, "a <b> quote") == "<mark>a &lt;b&gt; quote</mark>"


def test_citation_choices_and_export() -> None:
    assert chat.citation_choices([CITATION]) == [("[1] Inspection of Testshire, p. 1", 0)]
    final = run_turn(FakeAssistant(), "What was Testshire's overall effectiveness in 2023?")[-1]
    text = answers.conversation_markdown(final.turns)
    assert text.startswith("# Inspection Chat conversation")
    assert "## 1. What was Testshire's overall effectiveness in 2023?" in text
    assert "> Overall effectiveness Good" in text and "`testshire/report-2023.pdf`" in text


def test_write_export_makes_a_markdown_file(tmp_path: Path) -> None:
    final = run_turn(FakeAssistant(), "Testshire 2023?")[-1]
    markdown = answers.conversation_markdown(final.turns)
    path = write_text_export(markdown, tmp_path / "exports", "conversation", "md")
    assert path.suffix == ".md" and "Testshire 2023?" in path.read_text(encoding="utf-8")


# -- page previews ---------------------------------------------------------------------------------------------
def test_quote_char_range_ignores_line_breaks_and_case() -> None:
    start, end = preview.quote_char_range(PAGE, "overall effectiveness good")  # type: ignore[misc]
    assert PAGE[start:end] == "Overall\neffectiveness Good"
    assert preview.quote_char_range(PAGE, "not on this page at all") is None


def test_merge_line_boxes_joins_runs_on_one_line_only() -> None:
    boxes = [(10.0, 100.0, 50.0, 110.0), (52.0, 100.5, 90.0, 110.0), (10.0, 88.0, 40.0, 98.0)]
    assert preview.merge_line_boxes(boxes) == [(10.0, 100.0, 90.0, 110.0), (10.0, 88.0, 40.0, 98.0)]


class Catalogue:
    """The catalogue's two methods a preview reads: one document record and every page's text."""

    def __init__(self, meta: DocumentMeta | None = None, text: str = PAGE) -> None:
        self.meta, self.text = meta, text
        self.pages: list[tuple[str, int | None]] = []

    def document(self, doc_id: str) -> DocumentMeta | None:
        return self.meta if self.meta is not None and self.meta.doc_id == doc_id else None

    def page_text(self, doc_id: str, page: int | None) -> str:
        self.pages.append((doc_id, page))
        return self.text


def located(location: str | None, **extra: Any) -> DocumentMeta:
    """The Testshire report's record, with where its original is."""
    from dataclasses import replace

    return replace(DOCS[0], location=location, **extra)


def test_preview_without_the_original_shows_the_page_text(tmp_path: Path) -> None:
    for meta in (None, located(None), located(str(tmp_path / "gone.pdf"))):
        shown = preview.preview_citation(Catalogue(meta), CITATION, tmp_path / "page-images")
        assert shown.image is None
        assert "<mark>Overall\neffectiveness Good</mark>" in shown.html
        assert "original not found" in shown.html


def write_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 700, "Judgement Grade")
    pdf.drawString(72, 680, "Overall effectiveness Good")
    pdf.save()
    return path


def test_preview_renders_the_pdf_page_from_wherever_the_catalogue_says_it_is(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from PIL import Image

    pdf = write_pdf(tmp_path / "anywhere" / "not-the-corpus" / "report-2023.pdf")
    images = tmp_path / "data" / "page-images"
    shown = preview.preview_citation(Catalogue(located(str(pdf))), CITATION, images)
    assert shown.image is not None
    image = Path(shown.image)
    assert image.parent == images
    assert "#page=1" in shown.html and "file://" in shown.html
    pixels = Image.open(image).convert("RGB").getdata()
    assert any(r > 200 and g > 150 and b < 120 for r, g, b in pixels)  # the yellow highlight


def test_original_location_is_the_catalogue_record(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    assert preview.original_location(located(str(tmp_path / "a.txt"))) == str((tmp_path / "a.txt").resolve())
    assert preview.original_location(located(str(tmp_path / "missing.txt"))) is None
    assert preview.original_location(located("https://example.org/r.pdf")) == "https://example.org/r.pdf"
    url_source = located(None, source="https://example.org/s.pdf")
    assert preview.original_location(url_source) == "https://example.org/s.pdf"
    assert preview.original_location(None) is None
    legacy = located(None, extra={"location": str(tmp_path / "a.txt")})  # a catalogue from before the field
    assert preview.original_location(legacy) == str((tmp_path / "a.txt").resolve())
    assert preview.source_link("https://example.org/r.pdf", 3) == "https://example.org/r.pdf#page=3"


# -- library, uploads, checks, API -----------------------------------------------------------------------------
def test_library_rows_and_text_filter() -> None:
    rows = library.library_rows(DOCS)
    assert len(rows) == 2 and len(rows[0]) == len(library.LIBRARY_COLUMNS)
    assert [r[1] for r in library.library_rows(DOCS, "otherford 2019")] == ["Otherford"]
    assert library.library_rows(DOCS, "nowhere") == []
    assert library.filter_choices(DOCS) == (["Ofsted"], ["inspection report"])


def test_oversize_and_missing_uploads_fail_with_a_reason(tmp_path: Path) -> None:
    folders = Folders(tmp_path / "data")
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))
    inputs = [big, tmp_path / "gone.pdf"]
    results = library.ingest_uploads(None, folders, IngestConfig(), 1, inputs, "ftp://example.org/x")  # type: ignore[arg-type]
    assert [(r.source, r.status) for r in results] == [
        ("big.pdf", "failed"),
        ("gone.pdf", "failed"),
        ("ftp://example.org/x", "failed"),
    ]
    assert "upload limit of 1 MB (INSPECTCHAT_MAX_UPLOAD_MB=1)" in results[0].reason  # check_upload_size
    assert "gone.pdf" in results[1].reason and "upload it again" in results[1].reason
    assert not folders.uploads.exists()  # nothing refused is staged
    summary = library.ingest_summary(results)
    assert "failed 3" in summary and "big.pdf" in summary
    assert "Choose one or more files" in library.ingest_summary([])


# -- story checks ----------------------------------------------------------------------------------------------
STORY = "Testshire was judged good in 2023 by Ofsted. Inspectors found 40 cats in the office"


def test_check_story_gives_a_row_per_claim_with_its_quote_and_page() -> None:
    check = story.check_story(PolicyAssistant(), STORY)  # type: ignore[arg-type]
    assert check.rows == [
        [
            "Testshire was judged good in 2023 by Ofsted",
            "Supported",
            "supported because",
            "Overall effectiveness Good",
            "Inspection of Testshire",
            "2023-05-05",
            1,
        ],
        ["Inspectors found 40 cats in the office", "Not found", "not_found because", "", "", "", ""],
    ]
    assert len(check.rows[0]) == len(checks.STORY_COLUMNS)
    assert (
        check.summary
        == "**Overall: Partly supported.** 2 claims checked: 1 supported, 0 contradicted, 1 not found."
    )
    assert check.citations == [CITATION, None]  # the full citation (doc_id too), for the page preview
    assert story.story_choices(check) == [
        ("[1] Testshire was judged good in 2023 by Ofsted — Inspection of Testshire, p. 1", 0)
    ]
    assert chat.pick(check.citations, 0) == CITATION
    assert chat.pick(check.citations, 1) is None and chat.pick(check.citations, None) is None
    assert chat.pick(check.citations, 7) is None
    assert check.result["verdict"] == "partly supported" and len(check.result["parts"]) == 2


def test_selecting_a_claim_shows_its_page_with_the_quote_marked(tmp_path: Path) -> None:
    check = story.check_story(PolicyAssistant(), STORY)  # type: ignore[arg-type]
    catalogue = Catalogue()
    shown = preview.preview_citation(catalogue, chat.pick(check.citations, 0), tmp_path)  # type: ignore[arg-type]
    assert catalogue.pages == [("d1", 1)]
    assert "<mark>Overall\neffectiveness Good</mark>" in shown.html


def test_a_quote_not_among_the_answer_citations_finds_its_document() -> None:
    part = {"claim": "c", "quote": "Q", "source": "otherford/report-2019.pdf", "title": "", "page": 7}
    found = story.part_citation(FakeAssistant().documents, part, [])
    assert found == Citation("otherford/report-2019.pdf", "otherford/report-2019.pdf", 7, "Q", "d2")


def test_a_single_short_claim_is_checked_as_one_claim() -> None:
    check = story.check_story(PolicyAssistant(), "Testshire is good")  # type: ignore[arg-type]
    assert [r[:2] for r in check.rows] == [["Testshire is good", "Supported"]]
    assert check.summary.startswith("**Overall: Supported.** 1 claim checked: 1 supported")
    assert check.citations == [CITATION]


def test_empty_and_failing_story_checks_say_so() -> None:
    assert story.check_story(PolicyAssistant(), "  ").summary == story.STORY_PROMPT  # type: ignore[arg-type]
    failed = story.check_story(PolicyAssistant(), "this will fail")  # type: ignore[arg-type]
    assert (
        failed.rows == [] and failed.summary == "The text could not be checked: RuntimeError: store offline"
    )


def test_story_check_exports_carry_the_quotes(tmp_path: Path) -> None:
    import csv
    import io

    result = story.check_story(PolicyAssistant(), STORY).result  # type: ignore[arg-type]
    markdown = checks.story_markdown(result)
    assert markdown.startswith("# Inspection Chat story check\n\n**Overall: Partly supported.**")
    assert "## 1. Testshire was judged good in 2023 by Ofsted" in markdown
    assert "> Overall effectiveness Good" in markdown
    assert "**Inspection of Testshire**, page 1 (2023-05-05), `testshire/report-2023.pdf`" in markdown
    assert "**Not found.** not_found because" in markdown
    rows = list(csv.reader(io.StringIO(checks.story_csv(result))))
    assert rows[0] == ["claim", "verdict", "reason", "quote", "title", "source", "page", "date"]
    assert rows[1][3:] == [
        "Overall effectiveness Good",
        "Inspection of Testshire",
        "testshire/report-2023.pdf",
        "1",
        "2023-05-05",
    ]
    assert rows[2][:2] == ["Inspectors found 40 cats in the office", "not_found"]
    folder = tmp_path / "data" / "exports"
    path = write_text_export(markdown, folder, "story-check", "md")
    assert path.parent == folder and path.name.startswith("story-check-") and path.suffix == ".md"
    assert path.read_text(encoding="utf-8") == markdown
    assert write_text_export(markdown, folder, "story-check", "md") == path  # same text, same file
    assert Folders(tmp_path / "data").exports == folder


# -- comparisons and grades -----------------------------------------------------------------------------------
def test_compare_view_shows_judgements_changes_recurring_items_and_citations() -> None:
    fake = PolicyAssistant()
    view = compare_view(fake, ["Testshire", ""], ["2018", 2023, "2020", "x"])  # type: ignore[arg-type]
    assert fake.compared == [(["Testshire"], [2018, 2020, 2023])]
    assert view.table == comparisons.comparison_rows(COMPARISON)
    assert view.table[0] == ["organisation", "inspection", "source", "overall effectiveness"]
    assert view.changes == [
        ["Testshire", "overall effectiveness", "2018 and 2023", "requires improvement", "good", "improved"]
    ]
    assert view.message.splitlines() == [
        "Testshire: overall effectiveness improved between 2018 and 2023 (requires improvement → good).  ",
        "_No inspection of Testshire in 2020 is in the index._",
    ]
    assert "**Testshire** (inspections of 2018, 2023)" in view.recurring
    assert "- Supervision of social workers." in view.recurring
    assert (
        "**Testshire, inspection 1 to 5 May 2023**: *Inspection of Testshire* (`testshire/report-2023.pdf`)"
        in (view.citations)
    )
    assert "- p. 1: “Overall effectiveness Good”" in view.citations
    assert view.markdown.startswith(
        "# Inspection Chat comparison: Testshire (2018, 2020, 2023)\n\n| organisation"
    )
    assert "**Citations**" in view.markdown and "“Overall effectiveness Good”" in view.markdown
    assert "- No inspection of Testshire in 2020 is in the index." in view.markdown
    assert (
        view.csv == comparisons.comparison_csv(COMPARISON)
        and "citation,testshire/report-2023.pdf,1" in view.csv
    )


def test_compare_view_without_organisations_or_with_an_unknown_one() -> None:
    fake = PolicyAssistant()
    assert compare_view(fake, [], [2023]).message.startswith("Choose one or more organisations")  # type: ignore[arg-type]
    assert fake.compared == []
    unknown = compare_view(fake, ["Nowhere"], None)  # type: ignore[arg-type]
    assert unknown.table == [] and "no organisation in the index matches 'Nowhere'" in unknown.message
    assert fake.compared == [(["Nowhere"], None)]
    assert "No “what needs to improve” item" in comparisons.recurring_markdown([])


def test_grades_on_an_ordinal_scale() -> None:
    scores = {
        g: grades.grade_score(g)
        for g in ("Inadequate", "requires  improvement", "adequate", "good", "Outstanding")
    }
    assert scores == {"Inadequate": 1, "requires  improvement": 2, "adequate": 2, "good": 3, "Outstanding": 4}
    assert grades.grade_score("not judged") is None


def test_grades_view_charts_one_area_and_lists_every_judgement() -> None:
    view = grades.grades_view(PolicyAssistant(), [], None)  # type: ignore[arg-type]
    assert view.area == "overall effectiveness" and view.areas == ["overall effectiveness", "care leavers"]
    assert [(p["organisation"], p["date"], p["grade"], p["judgement"]) for p in view.chart] == [
        ("Otherford", "2019-03-01", 2, "adequate"),
        ("Testshire", "2018-03-16", 2, "requires improvement"),
        ("Testshire", "2023-05-05", 3, "good"),
    ]
    assert len(view.rows) == len(GRADES) and len(view.rows[0]) == len(GRADE_COLUMNS)
    assert view.rows[0][:3] == ["Otherford", "overall effectiveness", "adequate"]
    assert "judgements for all 2 organisations" in view.message
    leavers = grades.grades_view(PolicyAssistant(), ["Testshire"], "care leavers")  # type: ignore[arg-type]
    assert [(p["date"], p["grade"]) for p in leavers.chart] == [("2018-03-16", 1), ("2023-05-05", 4)]
    assert "for Testshire; the chart shows **care leavers** (2 inspections)" in leavers.message
    assert grades.grades_view(PolicyAssistant(), ["Testshire"], "adoption").area == "overall effectiveness"  # type: ignore[arg-type]


def test_grades_frame_has_dates_on_x_and_scores_on_y() -> None:
    view = grades.grades_view(PolicyAssistant(), ["Testshire"], None)  # type: ignore[arg-type]
    frame = grades.grades_frame(view.chart)
    assert list(frame.columns) == grades.GRADE_CHART_COLUMNS
    assert str(frame["date"].dtype).startswith("datetime64") and str(frame["grade"].dtype) == "int64"
    assert frame["grade"].tolist() == [2, 3] and set(frame["organisation"]) == {"Testshire"}
    empty = grades.grades_frame([])
    assert list(empty.columns) == grades.GRADE_CHART_COLUMNS and len(empty) == 0


def test_chart_time_axis_is_padded_around_the_inspections() -> None:
    from datetime import UTC, datetime

    lim = grades.chart_x_lim([{"date": "2018-03-16"}, {"date": "2023-05-05"}, {"date": ""}], pad_days=10)
    assert lim is not None
    start, end = (datetime.fromtimestamp(t, UTC).date().isoformat() for t in lim)
    assert (start, end) == ("2018-03-06", "2023-05-15")
    assert grades.chart_x_lim([]) is None


def test_grades_exports_and_nothing_found() -> None:
    import csv
    import io

    view = grades.grades_view(PolicyAssistant(), ["Otherford"], None)  # type: ignore[arg-type]
    assert view.markdown.splitlines()[:5] == [
        "# Inspection Chat grades: Otherford",
        "",
        "| organisation | inspection | area | grade | source |",
        "|---|---|---|---|---|",
        "| Otherford | to 2019-03-01 | overall effectiveness | adequate | [1] |",
    ]
    assert (
        "1. Inspection of Otherford (`otherford/report-2019.pdf`, p. 1): “Overall effectiveness Adequate”"
        in (view.markdown)
    )
    rows = list(csv.DictReader(io.StringIO(view.csv)))
    assert rows[0]["quote"] == "Overall effectiveness Adequate" and rows[0]["page"] == "1"
    none = grades.grades_view(PolicyAssistant(), ["Northshire"], None)  # type: ignore[arg-type]
    assert none.message == "No judgements found for Northshire." and none.rows == [] and none.chart == []


# -- themes -------------------------------------------------------------------------------------------------------
def test_themes_view_gives_a_bar_per_theme_and_each_themes_items() -> None:
    fake = PolicyAssistant()
    view = themes.themes_view(fake, " most common areas for improvement ", ["2023", "x"], ["Testshire", ""])  # type: ignore[arg-type]
    assert fake.themed == [("most common areas for improvement", [2023], ["Testshire"])]
    assert view.bars == ["1. Management oversight", "2. Care leavers' accommodation"]
    assert view.chart[0] == {
        "bar": "1. Management oversight",
        "theme": "Management oversight",
        "reports": 3,
        "findings": 3,
    }
    assert (
        "**2 themes** of the improvement findings of inspections in 2023 (6 findings in 3 reports)"
        in view.message
    )
    assert "1 findings fall in no theme" in view.message
    assert [len(rows) for rows in view.items] == [3, 2] and len(view.items[0][0]) == len(ITEM_COLUMNS)
    assert view.items[1][0] == [
        "Testshire",
        "May 2023",
        "Suitable accommodation for care leavers.",
        3,
        "Suitable accommodation for care leavers.",
    ]
    assert view.citations[0][2].page == 4 and view.citations[0][2].source == "northshire/report-2023.pdf"
    assert themes.theme_heading(view, 1) == "**2. Care leavers' accommodation**: 2 findings in 2 reports."
    assert "Choose a theme" in themes.theme_heading(view, None)
    frame = themes.themes_frame(view.chart)
    assert list(frame.columns) == themes.CHART_COLUMNS and str(frame["reports"].dtype) == "int64"
    assert frame["bar"].tolist() == view.bars and frame["reports"].tolist() == [3, 2]
    assert list(themes.themes_frame([]).columns) == themes.CHART_COLUMNS


def test_a_theme_is_opened_by_its_label_its_bar_or_its_rank() -> None:
    bars = ["1. Oversight", "2. Care leavers"]
    assert themes.theme_index(bars, "2. Care leavers") == 1  # the dropdown
    assert (
        themes.theme_index(bars, ["2. Care leavers", "1. Oversight"]) == 1
    )  # a bar selection: a range of bars
    assert themes.theme_index(bars, 0) == 0
    for nothing in (None, "Oversight", [], [3.5, 7.0], 2, True):
        assert themes.theme_index(bars, nothing) is None, nothing


def test_themes_exports_and_nothing_found() -> None:
    import csv
    import io

    view = themes.themes_view(PolicyAssistant(), "", [], [])  # type: ignore[arg-type]
    lines = view.markdown.splitlines()
    assert lines[0] == "# Inspection Chat themes: most common areas for improvement"
    assert (
        "| 1 | Management oversight | 3 | 3 | Testshire (May 2023, p. 3): “Management oversight and"
        in view.markdown
    )
    assert "Management oversight \\| of \\| children's plans." in view.markdown  # table cells stay cells
    assert "<details><summary>2. Care leavers' accommodation (2 findings)</summary>" in view.markdown
    rows = list(csv.DictReader(io.StringIO(view.csv)))
    assert list(rows[0]) == ITEM_FIELDS and len(rows) == 5
    assert (
        rows[2]["organisation"] == "Northshire"
        and rows[2]["page"] == "4"
        and rows[3]["theme"] == "Care leavers' accommodation"
    )
    assert theme_item_rows(THEMES, 5) == []
    none = themes.themes_view(PolicyAssistant(), "nothing", [], [])  # type: ignore[arg-type]
    assert none.message == "No report in the index lists improvement findings about nothing."
    assert none.bars == [] and none.markdown == "" and none.csv == ""
    failed = themes.themes_view(PolicyAssistant(), "fail", [], [])  # type: ignore[arg-type]
    assert failed.message == "The themes could not be found: store offline"


def test_themes_without_a_recurring_theme_say_so() -> None:
    from dataclasses import replace

    lonely = replace(THEMES, themes=[], unthemed=6)
    view = themes.view_of(lonely)
    assert view.message.startswith(
        "No theme recurs in the improvement findings of inspections in 2023: 6 findings"
    )
    assert view.bars == [] and "**No recurring themes**" in view.markdown
    assert themes_csv(lonely).splitlines() == [",".join(ITEM_FIELDS)]
    assert not themes_markdown(THEMES, items=False).count("<details>")


def test_themes_tab_shows_the_first_theme_and_writes_the_exports(tmp_path: Path) -> None:
    from web.views.common import Parts
    from web.views.themes import open_theme, show_themes

    parts = Parts(PolicyAssistant(), Settings(data_dir=tmp_path))
    summary, chart, pick, heading, items, _, _, view, _, _ = show_themes(parts, "", ["2023"], [])
    assert "**2 themes**" in summary and heading.startswith("**1. Management oversight**")
    assert pick.choices == [(b, b) for b in view.bars] and pick.value == "1. Management oversight"
    assert chart.sort == view.bars and len(items) == 3
    (md,) = (tmp_path / "exports").glob("themes-*.md")
    (csv,) = (tmp_path / "exports").glob("themes-*.csv")
    assert md.read_text(encoding="utf-8").startswith("# Inspection Chat themes:")
    assert csv.read_text(encoding="utf-8").startswith(",".join(ITEM_FIELDS))
    assert open_theme(view, "2. Care leavers' accommodation")[1] == view.items[1]
    assert open_theme(None, "2. Care leavers' accommodation")[1] == []


# -- exports of answers -------------------------------------------------------------------------------------------
def test_conversation_exports_as_csv_with_citations() -> None:
    import csv
    import io

    final = run_turn(FakeAssistant(), "Testshire 2023?")[-1]
    turns = final.turns + [{"question": "Nothing?", "answer": {"answer": "No answer.", "citations": []}}]
    rows = list(csv.reader(io.StringIO(answers.conversation_csv(turns))))
    assert rows[0] == ["question", "answer", *answers.CITATION_FIELDS]
    assert rows[1][0] == "Testshire 2023?" and rows[1][2:] == [
        "Inspection of Testshire",
        "Testshire",
        "Ofsted",
        "2023-05-05",
        "testshire/report-2023.pdf",
        "1",
        "Overall effectiveness Good",
    ]
    assert rows[2] == ["Nothing?", "No answer.", "", "", "", "", "", "", ""]


def test_api_json_helpers() -> None:
    fake = FakeAssistant()
    assert api.ask_json(fake, "Testshire?")["citations"][0]["doc_id"] == "d1"  # type: ignore[arg-type]
    assert api.check_json(fake, "It was good.")["verdict"] == "supported"  # type: ignore[arg-type]
    assert api.compare_json(fake, "Testshire", "2019") == {"error": "compare not available"}  # type: ignore[arg-type]
    assert "store offline" in api.ask_json(FakeAssistant(fail=True), "x")["error"]  # type: ignore[arg-type]
    policy = PolicyAssistant()
    story = api.check_text_json(policy, STORY)  # type: ignore[arg-type]
    assert (
        story["verdict"] == "partly supported" and story["parts"][0]["quote"] == "Overall effectiveness Good"
    )
    assert api.check_text_json(policy, "fail")["error"] == "RuntimeError: store offline"  # type: ignore[arg-type]
    grades = api.grades_json(policy, " Otherford, ")  # type: ignore[arg-type]
    assert grades["organisations"] == ["Otherford"] and grades["grades"][0]["grade"] == "adequate"
    assert len(api.grades_json(policy, "")["grades"]) == len(GRADES)  # type: ignore[arg-type]
    found = api.themes_json(policy, "most common areas for improvement", "2022, 2023", " Testshire,")  # type: ignore[arg-type]
    assert found == THEMES.to_json() and found["themes"][0]["items"][0]["page"] == 3
    assert policy.themed[-1] == ("most common areas for improvement", [2022, 2023], ["Testshire"])
    assert api.themes_json(policy, "fail")["error"] == "RuntimeError: store offline"  # type: ignore[arg-type]
    assert api.themes_json(fake, "x") == {"error": "themes not available"}  # type: ignore[arg-type]


def test_compare_json_passes_names_and_years() -> None:
    class Result:
        def to_json(self) -> dict[str, Any]:
            return {"inspections": []}

    class Comparing(FakeAssistant):
        def compare(self, organisations: list[str], years: list[int] | None = None) -> Result:
            self.args = (organisations, years)
            return Result()

    fake = Comparing()
    assert api.compare_json(fake, "Testshire, Otherford ", "2019 and 2023") == {"inspections": []}  # type: ignore[arg-type]
    assert fake.args == (["Testshire", "Otherford"], [2019, 2023])


def test_parse_auth_and_launch_options(tmp_path: Path) -> None:
    from web import app

    assert app.parse_auth(None) is None
    assert app.parse_auth("ann:pw1, bob:p:w2") == [("ann", "pw1"), ("bob", "p:w2")]
    with pytest.raises(ValueError):
        app.parse_auth("ann")
    options = app.launch_options(Settings(data_dir=tmp_path, auth="ann:pw", max_upload_mb=7, port=7999))
    assert options["allowed_paths"] == [str((tmp_path / "page-images").resolve())]
    assert options["max_file_size"] == "7mb" and options["server_name"] == "127.0.0.1"
    assert options["auth"] == [("ann", "pw")] and options["server_port"] == 7999


def test_the_library_is_warmed_in_the_background_when_there_is_one(caplog: pytest.LogCaptureFixture) -> None:
    import threading

    from web import app

    class Library:
        def __init__(self, error: bool = False) -> None:
            self.error, self.warmed = error, threading.Event()

        def warm(self) -> None:
            self.warmed.set()
            if self.error:
                raise RuntimeError("catalogue closed")

    class Warmable(PolicyAssistant):
        def __init__(self, error: bool = False) -> None:
            super().__init__()
            self.library = Library(error)

    assert app.warm_in_background(PolicyAssistant()) is None  # nothing to warm
    for error in (False, True):
        assistant = Warmable(error)
        thread = app.warm_in_background(assistant)
        assert thread is not None and thread.daemon
        thread.join(10)
        assert assistant.library.warmed.is_set() and not thread.is_alive()
    assert "warming the library failed" in caplog.text  # logged, never raised


def test_the_app_has_the_tabs_and_named_endpoints(tmp_path: Path) -> None:
    import gradio as gr

    from web import app

    demo = app.build_app(PolicyAssistant(), Settings(data_dir=tmp_path))  # type: ignore[arg-type]
    tabs = [b.label for b in demo.blocks.values() if isinstance(b, gr.Tab)]
    assert tabs == ["Chat", "Library", "Check a story", "Compare", "Grades", "Themes"]
    public = {f.api_name for f in demo.fns.values() if getattr(f, "api_visibility", "public") != "private"}
    assert public == {"ask", "check", "check_text", "compare", "grades", "themes", "ingest"}
    ids = {getattr(b, "elem_id", None) for b in demo.blocks.values()}
    for elem_id in (
        "check-table",
        "check-pick",
        "compare-table",
        "compare-changes",
        "grades-chart",
        "grades-table",
        "themes-chart",
        "themes-pick",
        "themes-items",
    ):
        assert elem_id in ids
    assert {
        "check-export-md",
        "compare-export-csv",
        "grades-export-md",
        "export-csv",
        "themes-export-csv",
    } <= ids
