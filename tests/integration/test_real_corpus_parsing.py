"""Every document of the real corpus is found, detected and parsed (or rejected for the right reason)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.detect import detect_content_type
from ingest.errors import IngestError, ParseError
from ingest.parsers import parse
from ingest.sources import SourceRef, iter_sources, read_source

pytestmark = pytest.mark.corpus

# Saved with a .pdf name, but Ofsted served an HTML "Report not found" page instead of the report.
HTML_ERROR_PAGE = "ofsted-ilacs/80490_bromley/children's services inspection - 17 august 2012.pdf"


def _refs(corpus_dir: Path, suffix: str) -> list[SourceRef]:
    return [ref for ref in iter_sources([str(corpus_dir)]) if ref.source.lower().endswith(suffix)]


def test_every_pdf_parses_with_at_least_two_pages_of_text(corpus_dir: Path) -> None:
    refs = [ref for ref in _refs(corpus_dir, ".pdf") if ref.source != HTML_ERROR_PAGE]
    if not refs:
        pytest.skip(f"no PDFs under {corpus_dir}")

    problems: list[str] = []
    for ref in refs:
        data = read_source(ref)
        try:
            content_type = detect_content_type(data, ref.source)
            doc = parse(data, ref.source, content_type)
        except IngestError as exc:
            problems.append(f"{ref.source}: {type(exc).__name__}: {exc}")
            continue
        pages_with_text = sum(1 for page in doc.pages if page.text.strip())
        if content_type != "pdf" or pages_with_text < 2:
            problems.append(f"{ref.source}: {content_type}, {pages_with_text} page(s) with text")
        elif [page.number for page in doc.pages] != list(range(1, len(doc.pages) + 1)):
            problems.append(f"{ref.source}: page numbers {[page.number for page in doc.pages]}")

    assert not problems, f"{len(problems)} of {len(refs)} PDFs failed:\n" + "\n".join(problems)


def test_bromley_2012_is_an_html_error_page_not_a_report(corpus_dir: Path) -> None:
    path = corpus_dir / HTML_ERROR_PAGE
    if not path.is_file():
        pytest.skip(f"{HTML_ERROR_PAGE} is not in {corpus_dir}")
    data = path.read_bytes()

    assert detect_content_type(data, path.name) == "html"
    with pytest.raises(ParseError, match=r"HTML error page, not a report \(title 'Report not found"):
        parse(data, HTML_ERROR_PAGE, "html")


def test_news_text_files_parse_as_text(corpus_dir: Path) -> None:
    refs = _refs(corpus_dir, ".txt")
    if not refs:
        pytest.skip(f"no .txt files under {corpus_dir}")

    for ref in refs:
        data = read_source(ref)
        content_type = detect_content_type(data, ref.source)
        doc = parse(data, ref.source, content_type)
        assert content_type == "text", ref.source
        assert doc.content_type == "text"
        assert len(doc.text.strip()) > 500, ref.source
