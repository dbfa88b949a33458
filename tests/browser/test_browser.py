"""The app in a real browser (Debian's Chromium through Playwright): ask, see citations, open the cited page;
check a story, compare inspections, chart grades over time, chart the themes of real reports and open one,
download the exports.

Screenshots go to $INSPECTCHAT_SCREENSHOTS (default: the test's tmp folder). Without /usr/bin/chromium the
tests skip, except under CI (env CI set), where that is a failure (`make browser` installs it).
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
QUESTION = "What was the overall effectiveness of Testshire children's services in 2023?"
TIMEOUT_MS = 60_000


def require_browser() -> None:
    reason = ""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} not found; install it with `make browser` (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "the playwright Python package is not installed"
    if reason and os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    if reason:
        pytest.skip(reason)


def write_report(
    path: Path, council: str = "Testshire", dates: str = "1 to 5 May 2023", grade: str = "Good"
) -> Path:
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path))
    lines = [
        f"Inspection of {council} local authority children’s services",
        f"Inspection dates: {dates}",
        "Lead inspector: Jane Doe, His Majesty’s Inspector",
        "",
        "Judgement Grade",
        "The impact of leaders on social work practice with children and families Good",
        f"The experiences and progress of children who need help and protection {grade}",
        f"The experiences and progress of children in care {grade}",
        f"The experiences and progress of care leavers {grade}",
        f"Overall effectiveness {grade}",
    ]
    for n, line in enumerate(lines):
        pdf.drawString(60, 780 - 20 * n, line)
    pdf.drawString(60, 40, "Ofsted")
    pdf.showPage()
    page_two = [
        "Social workers know their children well and visit them regularly.",
        "What needs to improve in this local authority?",
        "• The quality and frequency of supervision for social workers.",
        "• The timeliness of assessments for disabled children.",
    ]
    for n, line in enumerate(page_two):
        pdf.drawString(60, 780 - 20 * n, line)
    pdf.save()
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(data_dir: Path, corpus: Path | None, **settings_: Any) -> tuple[Any, Any, str]:
    """Launch the app over the index in data_dir (ingesting corpus first, if given), as `inspectchat serve`
    does: settings name only the data directory; where each original is comes from the catalogue."""
    from ingest.pipeline import ingest
    from inspectchat.factory import build_assistant, ingest_config, open_index
    from inspectchat.settings import Settings
    from web import app

    settings = Settings(data_dir=data_dir, port=free_port(), **settings_)
    index = open_index(settings)
    if corpus is not None:
        assert ingest([str(corpus)], index, progress=False, config=ingest_config(settings)).ok
    demo = app.build_app(build_assistant(settings, index), settings, index)
    app.launch(demo, settings, prevent_thread_lock=True, quiet=True)
    return demo, index, f"http://127.0.0.1:{settings.port}/"


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("INSPECTCHAT_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_browser()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("browser-app")
    write_report(tmp / "corpus" / "testshire" / "report-2023.pdf")
    write_report(
        tmp / "corpus" / "testshire" / "report-2018.pdf",
        dates="5 to 16 March 2018",
        grade="Requires improvement",
    )
    write_report(
        tmp / "corpus" / "otherford" / "report-2017.pdf", "Otherford", "6 to 17 March 2017", "Inadequate"
    )
    write_report(
        tmp / "corpus" / "otherford" / "report-2022.pdf", "Otherford", "7 to 18 March 2022", "Outstanding"
    )
    demo, index, url = serve(tmp / "data", tmp / "corpus")
    try:
        yield url
    finally:
        demo.close()
        index.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        yield page
    finally:
        context.close()


def ask(page: Any, question: str) -> None:
    page.locator("#question textarea").fill(question)
    page.locator("#ask-button").click()


def test_ask_see_citations_and_open_the_cited_page(page: Any, app_url: str, shots: Path) -> None:
    from playwright.sync_api import expect

    page.goto(app_url)
    ask(page, QUESTION)
    card = page.locator("#citations .cite-card").first
    expect(card).to_be_visible()
    expect(card.locator("mark")).to_have_text("Overall effectiveness Good")
    expect(page.locator("#chatbot")).to_contain_text("Good. ")
    page.screenshot(path=str(shots / "01-answer-with-citations.png"), full_page=True)

    page.locator("#citation-pick label").first.click()
    image = page.locator("#page-image img")
    expect(image).to_be_visible()
    expect(page.locator("#page-info")).to_contain_text("Open the source, page 1")
    assert page.evaluate("(img) => img.naturalWidth", image.element_handle()) > 500
    page.locator("#page-image").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "02-cited-page-preview.png"), full_page=True)

    with page.expect_download() as download:
        page.locator("#export").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert QUESTION in exported and "> Overall effectiveness Good" in exported
    with page.expect_download() as download:
        page.locator("#export-csv").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert exported.startswith("question,answer,title,organisation,inspectorate,date,source,page,quote")
    assert "testshire/report-2023.pdf,1,Overall effectiveness Good" in exported

    ask(page, "and in 2019?")
    expect(page.locator("#filters-note")).to_contain_text(
        "Carried over from the previous question: Testshire"
    )
    expect(page.locator("#chatbot")).to_contain_text("no inspection of Testshire in 2019")
    page.screenshot(path=str(shots / "03-follow-up.png"), full_page=True)


def test_library_upload_and_check_tabs(page: Any, app_url: str, shots: Path, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page.goto(app_url)
    page.get_by_role("tab", name="Library").click()
    expect(page.locator("#library-table")).to_contain_text("testshire/report-2023.pdf")
    upload = write_report(tmp_path / "northshire-2024.pdf", "Northshire", "3 to 14 June 2024", "Inadequate")
    page.locator("#upload input[type=file]").set_input_files(str(upload))
    # uploaded: the file row links to the server's copy (the name itself is split into stem and suffix)
    expect(page.locator("#upload a").first).to_have_attribute("href", re.compile(r"northshire-2024\.pdf$"))
    page.locator("#add-button").click()
    expect(page.locator("#ingest-message")).to_contain_text("Added 1")
    expect(page.locator("#library-table")).to_contain_text("northshire-2024.pdf")
    page.screenshot(path=str(shots / "04-library-after-upload.png"), full_page=True)


def test_check_a_story_and_open_a_quoted_page(page: Any, app_url: str, shots: Path) -> None:
    from playwright.sync_api import expect

    page.goto(app_url)
    page.get_by_role("tab", name="Check a story").click()
    page.locator("#claim textarea").fill(
        "Ofsted judged Testshire children's services to be inadequate overall in 2023. "
        "The council says it is proud of its staff. "
        "Inspectors judged Otherford's overall effectiveness to be outstanding in 2022."
    )
    page.locator("#check-button").click()
    expect(page.locator("#check-summary")).to_contain_text("Overall: Contradicted. 2 claims checked")
    table = page.locator("#check-table")
    expect(table).to_contain_text("Overall effectiveness Good")
    expect(table).to_contain_text("Overall effectiveness Outstanding")
    table.get_by_text("Overall effectiveness Good", exact=True).first.click()  # a row opens its quoted page
    image = page.locator("#check-page-image img")
    expect(image).to_be_visible()
    expect(page.locator("#check-page-info")).to_contain_text("Open the source, page 1")
    assert page.evaluate("(img) => img.naturalWidth", image.element_handle()) > 500
    page.screenshot(path=str(shots / "05-check-story.png"), full_page=True)

    with page.expect_download() as download:
        page.locator("#check-export-csv").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert exported.startswith("claim,verdict,reason,quote,title,source,page,date")
    assert 'contradicted,"The report judged overall effectiveness good, not inadequate' in exported


def choose(page: Any, dropdown: str, *options: str) -> None:
    """Pick options of a Gradio multiselect dropdown by their labels."""
    for option in options:
        page.locator(f"{dropdown} input").click()
        page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


def test_compare_inspections_and_chart_grades(page: Any, app_url: str, shots: Path) -> None:
    from playwright.sync_api import expect

    page.goto(app_url)
    page.get_by_role("tab", name="Compare").click()
    choose(page, "#compare-orgs", "Otherford", "Testshire")
    page.locator("#compare-button").click()
    expect(page.locator("#compare-summary")).to_contain_text(
        "Testshire: overall effectiveness improved between 2018 and 2023 (requires improvement → good)."
    )
    expect(page.locator("#compare-summary")).to_contain_text(
        "Otherford: overall effectiveness improved between 2017 and 2022 (inadequate → outstanding)."
    )
    expect(page.locator("#compare-table")).to_contain_text("inspection 5 to 16 March 2018")
    expect(page.locator("#compare-changes")).to_contain_text("improved")
    expect(page.locator("#compare-citations")).to_contain_text("“Overall effectiveness Requires improvement”")
    expect(page.locator("#compare-recurring")).to_contain_text("The quality and frequency of supervision")
    page.screenshot(path=str(shots / "06-compare.png"), full_page=True)
    with page.expect_download() as download:
        page.locator("#compare-export-md").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert exported.startswith("# Inspection Chat comparison: Otherford, Testshire")
    assert "**Citations**" in exported and "(testshire/report-2018.pdf, p.1)" in exported

    page.get_by_role("tab", name="Grades").click()
    choose(page, "#grades-orgs", "Otherford", "Testshire")
    page.locator("#grades-button").click()
    expect(page.locator("#grades-summary")).to_contain_text(
        "the chart shows overall effectiveness (4 inspections)"
    )
    expect(page.locator("#grades-chart canvas, #grades-chart svg").first).to_be_visible()
    expect(page.locator("#grades-chart")).to_contain_text("Testshire")  # the colour legend
    expect(page.locator("#grades-table")).to_contain_text("Overall effectiveness Inadequate")
    page.locator("#grades-chart").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "07-grades-chart.png"), full_page=True)
    with page.expect_download() as download:
        page.locator("#grades-export-csv").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert exported.startswith("organisation,inspectorate,inspection_dates,inspection_end")


def test_empty_index_says_how_to_add_documents(browser: Any, page: Any, tmp_path: Path, shots: Path) -> None:
    from playwright.sync_api import expect

    demo, index, url = serve(tmp_path / "empty", None)
    try:
        page.goto(url)
        expect(page.locator("#empty-index")).to_contain_text("No documents yet")
        ask(page, "What was the overall effectiveness in 2023?")
        expect(page.locator("#chatbot")).to_contain_text("The index is empty")
        page.screenshot(path=str(shots / "00-empty-index.png"), full_page=True)
    finally:
        demo.close()
        index.close()


def cli_ingest(folder: Path, data: Path) -> str:
    """`inspectchat ingest FOLDER --index DATA` in a process of its own (the torch encoder: no ONNX export)."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTCHAT_")}
    env |= {"INSPECTCHAT_EMBEDDING_BACKEND": "torch", "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "inspectchat.cli", "ingest", str(folder), "--index", str(data), "-q"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr + done.stdout
    return done.stdout


def yellow_boxed_pixels(png: Path) -> int:
    """Pixels of white paper under the translucent yellow box drawn over a quote."""
    from PIL import Image

    return sum(r > 230 and g > 200 and r - b > 60 for r, g, b in Image.open(png).convert("RGB").getdata())


@pytest.mark.corpus
def test_page_preview_of_a_corpus_ingested_from_another_folder(
    browser: Any, page: Any, corpus_dir: Path, tmp_path: Path
) -> None:
    """`inspectchat ingest SOME_FOLDER`, then serve: the cited page is shown as an image with the quote
    boxed, from wherever the originals are (the catalogue records it), not from a configured corpus."""
    from playwright.sync_api import expect

    council = corpus_dir / "ofsted-ilacs" / "80438_brighton and hove"
    elsewhere = tmp_path / "reports from a colleague" / "brighton"
    elsewhere.mkdir(parents=True)
    for name in (
        "children's services inspection - 16 may 2024.pdf",
        "children's services inspection - 21 august 2018.pdf",
    ):
        (elsewhere / name).write_bytes((council / name).read_bytes())
    data = tmp_path / "data"
    assert "ingested 2" in cli_ingest(elsewhere.parent, data)

    demo, index, url = serve(data, None, embedding_backend="torch")
    try:
        assert not (data / "app-locations.json").exists()  # one record of where originals are: the catalogue
        page.goto(url)
        ask(
            page,
            "What overall effectiveness grade did Ofsted give Brighton and Hove children's services in 2024?",
        )
        expect(page.locator("#citations .cite-card").first).to_be_visible()
        expect(page.locator("#chatbot")).to_contain_text("Outstanding")
        page.locator("#citation-pick label").first.click()
        image = page.locator("#page-image img")
        expect(image).to_be_visible()
        expect(page.locator("#page-info")).to_contain_text("Open the source, page")
        expect(page.locator("#page-info")).not_to_contain_text("original not found")
        link = page.locator("#page-info a").first.get_attribute("href") or ""
        assert link.startswith("file://") and "reports%20from%20a%20colleague" in link, link
        assert page.evaluate("(img) => img.naturalWidth", image.element_handle()) > 500
        page.locator("#page-image").scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / "page-preview-from-another-folder.png"), full_page=True)
        rendered = list((data / "page-images").glob("*.png"))
        assert len(rendered) == 1 and yellow_boxed_pixels(rendered[0]) > 1000
    finally:
        demo.close()
        index.close()


# Five councils' 2023 inspections (children's services, ILACS): enough shared improvement themes to chart.
THEMES_REPORTS = {
    "80486_barking and dagenham": "children's services inspection - 04 september 2023.pdf",
    "80500_havering": "children's services inspection - 16 february 2024.pdf",  # inspected December 2023
    "80522_medway": "children's services inspection - 11 september 2023.pdf",
    "80568_swindon": "children's services inspection - 11 september 2023.pdf",
    "80581_wirral": "children's services inspection - 02 february 2024.pdf",  # inspected September 2023
}


@pytest.mark.corpus
def test_themes_chart_a_bar_opens_its_items_and_a_row_its_page(
    browser: Any, page: Any, corpus_dir: Path, tmp_path: Path
) -> None:
    """Real reports copied into tmp: the themes of their 2023 improvement findings as bars; the dropdown and a
    bar (dragged across) open a theme's cited items; a row opens the page it quotes; the exports download."""
    from playwright.sync_api import expect

    corpus = tmp_path / "corpus" / "ofsted-ilacs"
    for folder, name in THEMES_REPORTS.items():
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / name).write_bytes((corpus_dir / "ofsted-ilacs" / folder / name).read_bytes())
    demo, index, url = serve(tmp_path / "data", tmp_path / "corpus", embedding_backend="torch")
    try:
        page.goto(url)
        page.get_by_role("tab", name="Themes").click()
        page.locator("#themes-text textarea").fill("most common areas for improvement")
        choose(page, "#themes-years", "2023")
        page.locator("#themes-button").click()
        summary = page.locator("#themes-summary")
        expect(summary).to_contain_text("of the improvement findings of inspections in 2023")
        expect(summary).to_contain_text("in 5 reports")
        bars = page.locator("#themes-chart path[aria-roledescription=bar]")  # Vega's marks, one per theme
        expect(bars.nth(1)).to_be_visible()  # at least two themes
        expect(bars.first).to_have_attribute("aria-label", re.compile(r"^theme: 1\. .+; reports: \d+"))
        expect(page.locator("#themes-chart")).to_contain_text("1. ")  # the axis labels
        count = bars.count()
        assert 2 <= count <= 8, count
        expect(page.locator("#themes-heading")).to_contain_text("1. ")
        first = page.locator("#themes-pick input").input_value()
        assert first.startswith("1. "), first
        items = page.locator("#themes-items")
        expect(items.get_by_role("row").nth(2)).to_be_visible()  # the header, and two reports or more
        assert any(
            name in items.inner_text() for name in ("Barking", "Havering", "Medway", "Swindon", "Wirral")
        )
        page.locator("#themes-chart").scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / "themes-view.png"), full_page=True)

        # the second bar, dragged across, opens the second theme
        box = bars.nth(1).bounding_box()
        assert box is not None
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.3, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.7, y, steps=5)
        page.mouse.up()
        expect(page.locator("#themes-heading")).to_contain_text("2. ")
        assert page.locator("#themes-pick input").input_value().startswith("2. ")

        items.get_by_role("gridcell").nth(2).click()  # a row (its finding) opens the page it quotes
        image = page.locator("#themes-page-image img")
        expect(image).to_be_visible()
        expect(page.locator("#themes-page-info")).to_contain_text("Open the source, page")
        assert page.evaluate("(img) => img.naturalWidth", image.element_handle()) > 500
        page.screenshot(path=str(tmp_path / "themes-item-page.png"), full_page=True)

        with page.expect_download() as download:
            page.locator("#themes-export-csv").click()
        exported = Path(download.value.path()).read_text(encoding="utf-8")
        assert exported.startswith("theme,organisation,inspection,kind,finding,source,page,quote")
        with page.expect_download() as download:
            page.locator("#themes-export-md").click()
        exported = Path(download.value.path()).read_text(encoding="utf-8")
        assert exported.startswith("# Inspection Chat themes: most common areas for improvement")
        assert "| 1 | " in exported
    finally:
        demo.close()
        index.close()
