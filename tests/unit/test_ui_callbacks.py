"""The app's plain callbacks (assistant/ui.py) with a fake assistant: no index, no server, no browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant import ui
from assistant.models import Answer, Citation, Filters
from assistant.resolve import OrganisationDirectory
from ingest.models import DocumentMeta
from inspectchat.settings import Settings

PAGE = (
    "Judgement Grade\nThe impact of leaders   Good\nOverall\neffectiveness Good\nLead inspector: Jane <Doe>"
)


def meta(doc_id: str, organisation: str, source: str, **extra: Any) -> DocumentMeta:
    return DocumentMeta(
        doc_id=doc_id,
        source=source,
        content_hash="h",
        content_type="pdf",
        title=f"Inspection of {organisation}",
        organisation=organisation,
        inspectorate="Ofsted",
        doc_type="inspection report",
        **extra,
    )


DOCS = [
    meta("d1", "Testshire", "testshire/report-2023.pdf", inspection_end="2023-05-05", page_count=3),
    meta("d2", "Otherford", "otherford/report-2019.pdf", inspection_end="2019-03-01", page_count=7),
]
CITATION = Citation(
    source="testshire/report-2023.pdf",
    title="Inspection of Testshire",
    page=1,
    quote="Overall effectiveness Good",
    doc_id="d1",
    date="2023-05-05",
    organisation="Testshire",
    inspectorate="Ofsted",
    doc_type="inspection report",
)


class FakeAssistant:
    """Answers every question with the same cited answer and records what it was asked."""

    def __init__(self, fail: bool = False) -> None:
        self.directory = OrganisationDirectory(DOCS)
        self.documents = DOCS
        self.asked: list[tuple[str, Filters | None]] = []
        self.fail = fail

    def ask(self, question: str, filters: Filters | None = None) -> Answer:
        self.asked.append((question, filters))
        if self.fail:
            raise RuntimeError("store offline")
        answer = Answer(
            question,
            "Good. Ofsted judged overall effectiveness in Testshire to be good in 2023, "
            "with leaders making a strong impact.",
            citations=[CITATION],
        )
        if filters and not filters.is_empty():
            answer.filters_applied = filters.describe()
        return answer

    def check(self, claim: str, filters: Filters | None = None) -> Answer:
        verdict = "supported" if "good" in claim.lower() else "not_found"
        citations = [CITATION] if verdict == "supported" else []
        return Answer(claim, verdict, verdict=verdict, citations=citations)


def run_turn(
    assistant: FakeAssistant, question: str, context: dict | None = None, filters: Filters | None = None
) -> list[ui.ChatUpdate]:
    return list(ui.respond(assistant, question, [], filters or Filters(), context, []))  # type: ignore[arg-type]


# -- filters and follow-up questions -------------------------------------------------------------------------
def test_build_filters_ignores_empty_values_and_nonsense_years() -> None:
    f = ui.build_filters(["Testshire", ""], None, [], "2019", 12)
    assert f == Filters(organisations=["Testshire"], year_from=2019, year_to=None)
    assert ui.build_filters(year_from=None, year_to="x").is_empty()


def test_follow_up_with_a_year_keeps_the_organisation() -> None:
    asked, filters, carried = ui.carry_over(
        "and in 2019?", [], Filters(), {"organisations": ["Testshire"], "years": [2023]}
    )
    assert asked == "and in 2019?"
    assert filters.organisations == ["Testshire"]
    assert carried == ["Testshire"]


def test_follow_up_naming_nothing_keeps_organisation_and_years() -> None:
    asked, filters, carried = ui.carry_over(
        "What about leadership?", [], Filters(), {"organisations": ["Testshire"], "years": [2023]}
    )
    assert asked == "What about leadership? (2023)"
    assert filters.organisations == ["Testshire"] and carried == ["Testshire", "2023"]


def test_new_organisation_starts_afresh_unless_it_reads_as_follow_up() -> None:
    context = {"organisations": ["Testshire"], "years": [2023]}
    assert ui.carry_over("Who led the Otherford inspection?", ["Otherford"], Filters(), context)[2] == []
    asked, _, carried = ui.carry_over("And Otherford?", ["Otherford"], Filters(), context)
    assert asked == "And Otherford? (2023)" and carried == ["2023"]


def test_chosen_filters_win_over_carried_context() -> None:
    chosen = Filters(organisations=["Otherford"], year_from=2018)
    asked, filters, carried = ui.carry_over(
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
    marked = ui.highlight_passage(PAGE, "Overall effectiveness Good")
    assert "<mark>Overall effectiveness Good</mark>" in marked
    assert "Jane &lt;Doe&gt;" in marked and "<Doe>" not in marked
    assert ui.highlight_passage(None, "a <b> quote") == "<mark>a &lt;b&gt; quote</mark>"


def test_citation_choices_and_export() -> None:
    assert ui.citation_choices([CITATION]) == [("[1] Inspection of Testshire, p. 1", 0)]
    final = run_turn(FakeAssistant(), "What was Testshire's overall effectiveness in 2023?")[-1]
    text = ui.export_markdown(final.turns)
    assert text.startswith("# Inspection Chat conversation")
    assert "## 1. What was Testshire's overall effectiveness in 2023?" in text
    assert "> Overall effectiveness Good" in text and "`testshire/report-2023.pdf`" in text


def test_write_export_makes_a_markdown_file(tmp_path: Path) -> None:
    final = run_turn(FakeAssistant(), "Testshire 2023?")[-1]
    path = ui.write_export(final.turns, tmp_path / "exports")
    assert path.suffix == ".md" and "Testshire 2023?" in path.read_text(encoding="utf-8")


# -- page previews ---------------------------------------------------------------------------------------------
def test_quote_char_range_ignores_line_breaks_and_case() -> None:
    start, end = ui.quote_char_range(PAGE, "overall effectiveness good")  # type: ignore[misc]
    assert PAGE[start:end] == "Overall\neffectiveness Good"
    assert ui.quote_char_range(PAGE, "not on this page at all") is None


def test_merge_line_boxes_joins_runs_on_one_line_only() -> None:
    boxes = [(10.0, 100.0, 50.0, 110.0), (52.0, 100.5, 90.0, 110.0), (10.0, 88.0, 40.0, 98.0)]
    assert ui.merge_line_boxes(boxes) == [(10.0, 100.0, 90.0, 110.0), (10.0, 88.0, 40.0, 98.0)]


def test_preview_without_the_original_shows_the_page_text(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    preview = ui.preview_citation(settings, lambda doc, page: PAGE, CITATION)
    assert preview.image is None
    assert "<mark>Overall\neffectiveness Good</mark>" in preview.html
    assert "original not found" in preview.html


def test_preview_renders_the_pdf_page_with_a_highlight(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from PIL import Image
    from reportlab.pdfgen import canvas

    corpus = tmp_path / "corpus" / "testshire"
    corpus.mkdir(parents=True)
    pdf = canvas.Canvas(str(corpus / "report-2023.pdf"))
    pdf.drawString(72, 700, "Judgement Grade")
    pdf.drawString(72, 680, "Overall effectiveness Good")
    pdf.save()
    settings = Settings(data_dir=tmp_path / "data", corpus=tmp_path / "corpus")
    preview = ui.preview_citation(settings, lambda doc, page: PAGE, CITATION)
    assert preview.image is not None
    image = Path(preview.image)
    assert image.parent == tmp_path / "data" / "page-images"
    assert "#page=1" in preview.html and "file://" in preview.html
    pixels = Image.open(image).convert("RGB").getdata()
    assert any(r > 200 and g > 150 and b < 120 for r, g, b in pixels)  # the yellow highlight


def test_original_location_prefers_recorded_then_uploads_then_corpus(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", corpus=tmp_path)
    (tmp_path / "a.txt").write_text("x")
    assert ui.original_location(settings, "a.txt") == str((tmp_path / "a.txt").resolve())
    assert ui.original_location(settings, "missing.txt") is None
    assert ui.original_location(settings, "https://example.org/r.pdf") == "https://example.org/r.pdf"
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("y")
    ui.record_locations(settings, {"a.txt": str(elsewhere)})
    assert ui.original_location(settings, "a.txt") == str(elsewhere.resolve())
    assert ui.source_link("https://example.org/r.pdf", 3) == "https://example.org/r.pdf#page=3"


# -- library, uploads, checks, API -----------------------------------------------------------------------------
def test_library_rows_and_text_filter() -> None:
    rows = ui.library_rows(DOCS)
    assert len(rows) == 2 and len(rows[0]) == len(ui.LIBRARY_COLUMNS)
    assert [r[1] for r in ui.library_rows(DOCS, "otherford 2019")] == ["Otherford"]
    assert ui.library_rows(DOCS, "nowhere") == []
    assert ui.filter_choices(DOCS) == (["Ofsted"], ["inspection report"])


def test_oversize_and_missing_uploads_fail_with_a_reason(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_upload_mb=1)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))
    results = ui.ingest_uploads(None, settings, [big, tmp_path / "gone.pdf"], "ftp://example.org/x")  # type: ignore[arg-type]
    assert [(r.source, r.status) for r in results] == [
        ("big.pdf", "failed"),
        ("gone.pdf", "failed"),
        ("ftp://example.org/x", "failed"),
    ]
    assert "1 MB upload limit" in results[0].reason
    summary = ui.ingest_summary(results)
    assert "failed 3" in summary and "big.pdf" in summary
    assert "Choose one or more files" in ui.ingest_summary([])


def test_check_text_checks_each_sentence() -> None:
    rows = ui.check_text(FakeAssistant(), "Testshire was judged good in 2023. Inspectors found 40 cats!")  # type: ignore[arg-type]
    assert rows == [
        [
            "Testshire was judged good in 2023.",
            "Supported",
            "Overall effectiveness Good",
            "Inspection of Testshire",
            1,
        ],
        ["Inspectors found 40 cats!", "Not found", "", "", ""],
    ]
    assert "**Supported**: Testshire was judged good in 2023." in ui.check_summary(rows)


def test_api_json_helpers() -> None:
    fake = FakeAssistant()
    assert ui.ask_json(fake, "Testshire?")["citations"][0]["doc_id"] == "d1"  # type: ignore[arg-type]
    assert ui.check_json(fake, "It was good.")["verdict"] == "supported"  # type: ignore[arg-type]
    assert ui.compare_json(fake, "Testshire", "2019") == {"error": "compare not available"}  # type: ignore[arg-type]
    assert "store offline" in ui.ask_json(FakeAssistant(fail=True), "x")["error"]  # type: ignore[arg-type]


def test_compare_json_passes_names_and_years() -> None:
    class Result:
        def to_json(self) -> dict[str, Any]:
            return {"inspections": []}

    class Comparing(FakeAssistant):
        def compare(self, organisations: list[str], years: list[int] | None = None) -> Result:
            self.args = (organisations, years)
            return Result()

    fake = Comparing()
    assert ui.compare_json(fake, "Testshire, Otherford ", "2019 and 2023") == {"inspections": []}  # type: ignore[arg-type]
    assert fake.args == (["Testshire", "Otherford"], [2019, 2023])


def test_parse_auth_and_launch_options(tmp_path: Path) -> None:
    import app

    assert app.parse_auth(None) is None
    assert app.parse_auth("ann:pw1, bob:p:w2") == [("ann", "pw1"), ("bob", "p:w2")]
    with pytest.raises(ValueError):
        app.parse_auth("ann")
    options = app.launch_options(Settings(data_dir=tmp_path, auth="ann:pw", max_upload_mb=7, port=7999))
    assert options["allowed_paths"] == [str((tmp_path / "page-images").resolve())]
    assert options["max_file_size"] == "7mb" and options["server_name"] == "127.0.0.1"
    assert options["auth"] == [("ann", "pw")] and options["server_port"] == 7999
