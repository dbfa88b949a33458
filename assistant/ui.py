"""Plain functions behind the web app (app.py): no Gradio here, so each one is testable on its own.

Rendering answers and citations, carrying context from one question to the next, page previews with the
quote highlighted, the library table, ingest of uploads, claim checks, export, and the JSON the API returns.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.compare import rows_to_csv
from assistant.models import Answer, Citation, Filters
from assistant.resolve import doc_years, years_in
from ingest.models import DocumentMeta

if TYPE_CHECKING:
    from assistant.compare import Comparison, GradeRow
    from assistant.service import Assistant
    from ingest.pipeline import FileResult
    from inspectchat.settings import Settings
    from vectorstore.index import Index

PageText = Callable[[str, "int | None"], "str | None"]
Message = dict[str, Any]
Box = tuple[float, float, float, float]

# PDFium is not thread-safe: page rendering and the app's ingest (which parses PDFs) take turns.
PDFIUM_LOCK = threading.Lock()
_REGISTRY_LOCK = threading.Lock()
_WS = re.compile(r"\s+")
_FOLLOW_UP = re.compile(r"^\s*(?:and|also|what about|how about|same for|what of|then)\b", re.I)

EMPTY_INDEX = (
    "**No documents yet.** Open the **Library** tab and upload inspection reports (PDF, Word, HTML or text) "
    "or paste a link to one, then come back and ask. From a terminal: `inspectchat ingest PATH`."
)
LIBRARY_COLUMNS = [
    "title",
    "organisation",
    "inspectorate",
    "type",
    "inspection dates",
    "published",
    "pages",
    "source",
]
RESULT_COLUMNS = ["source", "status", "reason", "chunks"]
STORY_COLUMNS = ["claim", "verdict", "why", "quote", "document", "date", "page"]
VERDICT_WORDS = {"supported": "Supported", "contradicted": "Contradicted", "not_found": "Not found"}
STORY_PROMPT = (
    "Paste a story, a paragraph or a single claim, then press **Check**: each checkable sentence gets a "
    "verdict and the quote it rests on."
)
CHANGE_COLUMNS = ["organisation", "area", "between", "from", "to", "change"]
GRADE_COLUMNS = [
    "organisation",
    "area",
    "grade",
    "inspection dates",
    "inspection end",
    "published",
    "inspectorate",
    "document",
    "page",
    "quote",
]
GRADE_CHART_COLUMNS = ["date", "grade", "organisation", "judgement", "document"]
GRADE_SCALE = {"inadequate": 1, "requires improvement": 2, "adequate": 2, "good": 3, "outstanding": 4}
GRADE_AXIS = "Grade: 1 inadequate · 2 requires improvement (or adequate) · 3 good · 4 outstanding."
DEFAULT_AREA = "overall effectiveness"
CITATION_FIELDS = ["title", "organisation", "inspectorate", "date", "source", "page", "quote"]


# -- filters and context -------------------------------------------------------------------------------
def _year(value: Any) -> int | None:
    try:
        year = int(value)
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2100 else None


def build_filters(
    organisations: Sequence[str] | None = None,
    inspectorates: Sequence[str] | None = None,
    doc_types: Sequence[str] | None = None,
    year_from: Any = None,
    year_to: Any = None,
) -> Filters:
    """Filters from the widgets' values (empty boxes and nonsense years are ignored)."""
    return Filters(
        organisations=[o for o in organisations or [] if o],
        inspectorates=[i for i in inspectorates or [] if i],
        doc_types=[d for d in doc_types or [] if d],
        year_from=_year(year_from),
        year_to=_year(year_to),
    )


def carry_over(
    question: str, named_orgs: list[str], filters: Filters, context: dict[str, Any] | None
) -> tuple[str, Filters, list[str]]:
    """Reuse the previous turn's organisations and years where the question names none.

    Organisations are added to the filters; years to the question ("and in 2019?" keeps the organisation;
    "what about leadership?" keeps both). A question naming a new organisation keeps the old years only
    when it reads as a follow-up ("and Leeds?", "what about Leeds?").
    Returns (question to ask, filters, what was carried over).
    """
    context = context or {}
    carried: list[str] = []
    orgs = [str(o) for o in context.get("organisations") or []]
    years = [int(y) for y in context.get("years") or []]
    if orgs and not named_orgs and not filters.organisations:
        filters = replace(filters, organisations=orgs)
        carried += orgs
    follow_up = not named_orgs or bool(_FOLLOW_UP.match(question))
    if years and follow_up and not years_in(question) and not (filters.year_from or filters.year_to):
        question = f"{question.rstrip()} ({' and '.join(map(str, years))})"
        carried += [str(y) for y in years]
    return question, filters, carried


def remember(asked: str, named_orgs: list[str], filters: Filters) -> dict[str, Any]:
    """What the next question may carry over: the organisations and years this one was about."""
    return {"organisations": list(named_orgs or filters.organisations), "years": sorted(set(years_in(asked)))}


def filters_note(answer: Answer, carried: list[str]) -> str:
    parts = []
    if answer.filters_applied:
        parts.append(f"**Filters applied:** {answer.filters_applied}")
    if carried:
        parts.append(f"**Carried over from the previous question:** {', '.join(carried)}")
    return "  \n".join(parts)


# -- answers and citations ------------------------------------------------------------------------------
def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def stream_text(text: str, steps: int = 24) -> Iterator[str]:
    """Progressively longer prefixes of the text, cut at word ends, ending with the whole text."""
    words = text.split(" ")
    size = max(1, len(words) // steps)
    for end in range(size, len(words), size):
        yield " ".join(words[:end])
    yield text


def highlight_passage(page_text: str | None, quote: str, context_chars: int = 220) -> str:
    """HTML: the quote in <mark> with some of the page's text either side (all escaped)."""
    quote = squash(quote)
    text = squash(page_text or "")
    start = text.lower().find(quote.lower()) if quote else -1
    if start < 0:
        return f"<mark>{html.escape(quote)}</mark>"
    end = start + len(quote)
    before = text[max(0, start - context_chars) : start]
    after = text[end : end + context_chars]
    lead = "…" if start > context_chars else ""
    tail = "…" if end + context_chars < len(text) else ""
    return f"{lead}{html.escape(before)}<mark>{html.escape(text[start:end])}</mark>{html.escape(after)}{tail}"


def citation_label(number: int, c: Citation) -> str:
    page = f", p. {c.page}" if c.page else ""
    return f"[{number}] {c.title}{page}"


def citation_meta(c: Citation) -> str:
    bits = [c.organisation, c.inspectorate, c.date, f"page {c.page}" if c.page else None]
    return " · ".join(html.escape(str(b)) for b in bits if b)


def citation_cards(citations: Sequence[Citation], page_text: PageText | None = None) -> str:
    """HTML cards, one per citation: title, organisation, inspectorate, date, page, passage with <mark>."""
    if not citations:
        return ""
    cards = []
    for n, c in enumerate(citations, 1):
        text = page_text(c.doc_id, c.page) if page_text and c.doc_id else None
        cards.append(
            f'<div class="cite-card"><div class="cite-title">[{n}] {html.escape(c.title)}</div>'
            f'<div class="cite-meta">{citation_meta(c)}</div>'
            f'<blockquote class="cite-quote">{highlight_passage(text, c.quote)}</blockquote>'
            f'<div class="cite-source">{html.escape(c.source)}</div></div>'
        )
    return '<div class="cite-cards"><h4>Sources</h4>' + "".join(cards) + "</div>"


def sources_markdown(citations: Sequence[Citation], quote_chars: int = 220) -> str:
    """The short source list kept in the chat under each answer."""
    if not citations:
        return ""
    lines = ["", "", "**Sources**"]
    for n, c in enumerate(citations, 1):
        quote = c.quote if len(c.quote) <= quote_chars else c.quote[:quote_chars].rsplit(" ", 1)[0] + "…"
        lines.append(f"{n}. *{c.title}*{f', p. {c.page}' if c.page else ''}: “{quote}”")
    return "\n".join(lines)


def answer_message(answer: Answer) -> str:
    flags = "".join(f"\n\n_Note: {f}_" for f in answer.flags)
    return answer.answer + sources_markdown(answer.citations) + flags


@dataclass
class ChatUpdate:
    """One step of a chat turn, as the chat tab shows it."""

    history: list[Message]
    cards: str = ""
    note: str = ""
    citations: list[Citation] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)
    turns: list[dict[str, Any]] = field(default_factory=list)
    done: bool = False


def respond(
    assistant: Assistant,
    question: str,
    history: list[Message] | None,
    filters: Filters,
    context: dict[str, Any] | None,
    turns: list[dict[str, Any]] | None,
    delay: float = 0.0,
) -> Iterator[ChatUpdate]:
    """Answer a chat question: a placeholder at once, then the answer streaming in, then its citations."""
    history, turns, context = list(history or []), list(turns or []), dict(context or {})
    question = question.strip()
    if not question:
        yield ChatUpdate(history, note="Type a question first.", context=context, turns=turns, done=True)
        return
    history.append({"role": "user", "content": question})
    yield ChatUpdate(
        history + [{"role": "assistant", "content": "Searching the documents…"}], context=context, turns=turns
    )
    named = [o.name for o in assistant.directory.find(question)]
    asked, filters, carried = carry_over(question, named, filters, context)
    try:
        answer = assistant.ask(asked, filters)
    except Exception as exc:  # noqa: BLE001 - one failed question must not end the conversation
        message = f"Sorry, that question could not be answered: {type(exc).__name__}: {exc}"
        yield ChatUpdate(
            history + [{"role": "assistant", "content": message}], context=context, turns=turns, done=True
        )
        return
    for partial in stream_text(answer.answer):
        yield ChatUpdate(history + [{"role": "assistant", "content": partial}], context=context, turns=turns)
        time.sleep(delay)
    history.append({"role": "assistant", "content": answer_message(answer)})
    turns.append({"question": question, "asked": asked, "answer": answer.to_json()})
    cards = citation_cards(answer.citations, _page_text_of(assistant))
    yield ChatUpdate(
        history,
        cards,
        filters_note(answer, carried),
        list(answer.citations),
        remember(asked, named, filters),
        turns,
        done=True,
    )


def _page_text_of(assistant: Assistant) -> PageText | None:
    index = getattr(assistant, "index", None)
    return index.catalog.page_text if index is not None else None


def pick(citations: Sequence[Citation | None], choice: Any) -> Citation | None:
    """The citation a choice (a row or radio index) points at; None for no choice or a row without one."""
    try:
        n = int(choice)
    except (TypeError, ValueError):
        return None
    return citations[n] if 0 <= n < len(citations) else None


def citation_choices(citations: Sequence[Citation]) -> list[tuple[str, int]]:
    return [(citation_label(n, c), n - 1) for n, c in enumerate(citations, 1)]


def export_markdown(turns: Sequence[dict[str, Any]]) -> str:
    """The conversation as Markdown: each question, its answer and its citations with their quotes."""
    lines = ["# Inspection Chat conversation", ""]
    for n, turn in enumerate(turns, 1):
        data = turn["answer"]
        lines += [f"## {n}. {turn['question']}", "", data["answer"], ""]
        if data.get("filters_applied"):
            lines += [f"_Filters applied: {data['filters_applied']}_", ""]
        for i, c in enumerate(data.get("citations", []), 1):
            meta = ", ".join(
                str(x) for x in (c.get("organisation"), c.get("inspectorate"), c.get("date")) if x
            )
            page = f", page {c['page']}" if c.get("page") else ""
            lines += [f"{i}. **{c['title']}**{page} ({meta}) — `{c['source']}`", f"   > {c['quote']}", ""]
    return "\n".join(lines).rstrip() + "\n"


def write_export(turns: Sequence[dict[str, Any]], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(json.dumps(list(turns), sort_keys=True, default=str).encode()).hexdigest()[:12]
    path = folder / f"conversation-{digest}.md"
    path.write_text(export_markdown(turns), encoding="utf-8")
    return path


# -- where originals are ----------------------------------------------------------------------------------
def registry_path(settings: Settings) -> Path:
    return settings.data_dir / "app-locations.json"


def uploads_dir(settings: Settings) -> Path:
    return settings.data_dir / "uploads"


def page_images_dir(settings: Settings) -> Path:
    return settings.data_dir / "page-images"


def record_locations(settings: Settings, locations: dict[str, str]) -> None:
    """Remember where documents ingested through the app came from (the catalogue keeps only `source`)."""
    if not locations:
        return
    with _REGISTRY_LOCK:
        path = registry_path(settings)
        known = _read_registry(path)
        known.update(locations)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(known, indent=1, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


def _read_registry(path: Path) -> dict[str, str]:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def original_location(settings: Settings, source: str) -> str | None:
    """The URL or absolute path of a document's original, or None when it cannot be found on disk."""
    if is_url(source):
        return source
    recorded = _read_registry(registry_path(settings)).get(source)
    candidates = [Path(recorded)] if recorded else []
    candidates.append(uploads_dir(settings) / source)
    if settings.corpus:
        candidates.append(Path(settings.corpus) / source)
    if Path(source).is_absolute():
        candidates.append(Path(source))
    for path in candidates:
        if path.is_file():
            return str(path.resolve())
    return None


def source_link(location: str | None, page: int | None) -> str:
    """A link to the original: the URL, or a file:// URI, with #page=N for PDFs."""
    if not location:
        return ""
    href = location if is_url(location) else Path(location).as_uri()
    if page and (location.lower().endswith(".pdf") or not is_url(location)):
        href += f"#page={page}"
    return href


# -- page preview -------------------------------------------------------------------------------------------
@dataclass
class Preview:
    image: str | None  # PNG path, when the page could be rendered
    html: str  # link to the source, and the page text with the quote marked when there is no image


def quote_char_range(page_text: str, quote: str) -> tuple[int, int] | None:
    """(start, end) character indices of the quote in the page text, comparing with whitespace squashed."""
    positions = [
        i for i, ch in enumerate(page_text) if not ch.isspace() or (i and not page_text[i - 1].isspace())
    ]
    squashed = "".join(" " if page_text[i].isspace() else page_text[i] for i in positions)
    needle = squash(quote).lower()
    hay = squashed.lower()
    words = needle.split(" ")
    for end in range(len(words), max(len(words) // 2, min(len(words), 4)) - 1, -1):
        start = hay.find(" ".join(words[:end]))
        if start >= 0:
            length = len(" ".join(words[:end]))
            return positions[start], positions[start + length - 1] + 1
    return None


def render_page(pdf_path: Path, page: int, quote: str, out_dir: Path, scale: float = 1.6) -> Path | None:
    """Render one PDF page to PNG with a translucent highlight over the quote; None if it cannot be."""
    key = hashlib.sha1(f"{pdf_path}|{pdf_path.stat().st_mtime}|{page}|{quote}".encode()).hexdigest()[:16]
    out = out_dir / f"{key}.png"
    if out.is_file():
        return out
    with PDFIUM_LOCK:
        image = _render_with_highlight(pdf_path, page, quote, scale)
    if image is None:
        return None
    out_dir.mkdir(parents=True, exist_ok=True)
    image.save(out)
    return out


def _render_with_highlight(pdf_path: Path, page_no: int, quote: str, scale: float):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except pdfium.PdfiumError:
        return None
    try:
        if not 1 <= page_no <= len(pdf):
            return None
        page = pdf[page_no - 1]
        image = page.render(scale=scale).to_pil().convert("RGBA")
        boxes = _quote_boxes(page, quote)
        left, bottom, _, top = page.get_cropbox()
    finally:
        pdf.close()
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for x0, y0, x1, y1 in merge_line_boxes(boxes):
        rect = (
            (x0 - left) * scale - 2,
            (top - y1) * scale - 2,
            (x1 - left) * scale + 2,
            (top - y0) * scale + 2,
        )
        draw.rectangle(rect, fill=(255, 200, 0, 105))
    return Image.alpha_composite(image, overlay).convert("RGB")


def merge_line_boxes(boxes: Sequence[Box]) -> list[Box]:
    """Join the boxes PDFium gives per text run into one box per line (PDF coordinates, y up)."""
    merged: list[Box] = []
    for x0, y0, x1, y1 in boxes:
        if merged:
            px0, py0, px1, py1 = merged[-1]
            overlap = min(y1, py1) - max(y0, py0)
            if overlap > 0.5 * min(y1 - y0, py1 - py0) and px0 - 2 <= x0 <= px1 + 12:
                merged[-1] = (px0, min(y0, py0), max(x1, px1), max(y1, py1))
                continue
        merged.append((x0, y0, x1, y1))
    return merged


def _quote_boxes(page: Any, quote: str) -> list[Box]:
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count)
        found = quote_char_range(text, quote) if len(text) == count else None
        if found is None:
            found = _search(textpage, quote)
        if found is None:
            return []
        start, end = found
        n = textpage.count_rects(start, end - start)
        return [textpage.get_rect(i) for i in range(n)]
    finally:
        textpage.close()


def _search(textpage: Any, quote: str) -> tuple[int, int] | None:
    """PDFium's own search, for the quote's first words (when text and char indices do not line up)."""
    words = squash(quote).split(" ")[:8]
    searcher = textpage.search(" ".join(words))
    try:
        hit = searcher.get_next()
    finally:
        searcher.close()
    return (hit[0], hit[0] + hit[1]) if hit else None


def preview_citation(settings: Settings, page_text: PageText, citation: Citation) -> Preview:
    """The cited page as an image with the quote highlighted, else its text with the quote in <mark>."""
    location = original_location(settings, citation.source)
    link = source_link(location or (citation.source if is_url(citation.source) else None), citation.page)
    where = f", page {citation.page}" if citation.page else ""
    head = f"**{html.escape(citation.title)}**{where}"
    link_md = (
        f"[Open the source{where}]({link})" if link else f"Source: `{citation.source}` (original not found)"
    )
    if location and not is_url(location) and citation.page and location.lower().endswith(".pdf"):
        image = render_page(Path(location), citation.page, citation.quote, page_images_dir(settings))
        if image is not None:
            return Preview(str(image), f"{head}  \n{link_md}")
    text = page_text(citation.doc_id, citation.page) or ""
    body = _page_text_html(text, citation.quote)
    return Preview(None, f"{head}  \n{link_md}\n\n{body}")


def _page_text_html(page_text: str, quote: str) -> str:
    escaped = html.escape(page_text)
    start, end = _loose_find(page_text, quote)
    if start >= 0:
        escaped = (
            html.escape(page_text[:start])
            + "<mark>"
            + html.escape(page_text[start:end])
            + "</mark>"
            + html.escape(page_text[end:])
        )
    return f'<div class="page-text" style="white-space: pre-wrap">{escaped}</div>'


def _loose_find(text: str, quote: str) -> tuple[int, int]:
    found = quote_char_range(text, quote)
    return found if found else (-1, -1)


# -- library ---------------------------------------------------------------------------------------------------
def _dates(doc: DocumentMeta) -> str:
    if doc.inspection_dates_text:
        return doc.inspection_dates_text
    if doc.inspection_start or doc.inspection_end:
        return " to ".join(d for d in (doc.inspection_start, doc.inspection_end) if d)
    return ""


def library_rows(documents: Sequence[DocumentMeta], query: str | None = "") -> list[list[Any]]:
    """One row per document, in LIBRARY_COLUMNS order; the query keeps rows containing all its words."""
    words = (query or "").lower().split()
    rows = []
    for d in documents:
        row = [
            d.title,
            d.organisation or "",
            d.inspectorate or "",
            d.doc_type,
            _dates(d),
            d.publication_date or "",
            d.page_count,
            d.source,
        ]
        haystack = " ".join(str(x) for x in row).lower()
        if all(w in haystack for w in words):
            rows.append(row)
    return rows


def document_choices(documents: Sequence[DocumentMeta]) -> list[tuple[str, str]]:
    return [(f"{d.title} — {d.source}", d.doc_id) for d in documents]


def filter_choices(documents: Sequence[DocumentMeta]) -> tuple[list[str], list[str]]:
    """(inspectorates, document types) present in the index."""
    inspectorates = sorted({d.inspectorate for d in documents if d.inspectorate})
    types = sorted({d.doc_type for d in documents if d.doc_type})
    return inspectorates, types


def year_choices(documents: Sequence[DocumentMeta]) -> list[int]:
    """Years the documents are about (inspection year, else publication year), for the year filters."""
    return sorted({y for d in documents for y in [doc_years(d)[0] or doc_years(d)[1]] if y})


def result_rows(results: Sequence[FileResult]) -> list[list[Any]]:
    return [[r.source, r.status, r.reason, r.chunks] for r in results]


def results_json(results: Sequence[FileResult]) -> list[dict[str, Any]]:
    return [asdict(r) for r in results]


def _failed(source: str, reason: str) -> FileResult:
    from ingest.pipeline import FileResult

    return FileResult(source, "failed", reason)


def _stage_upload(path: Path, settings: Settings) -> Path:
    """Copy an upload out of Gradio's temporary folder into the data directory, where it stays."""
    target_dir = uploads_dir(settings)
    target_dir.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w .()+-]", "_", path.name).strip(" .") or "upload"
    target = target_dir / name
    if path.resolve() != target.resolve():
        shutil.copyfile(path, target)
    return target


def ingest_uploads(
    index: Index, settings: Settings, paths: Sequence[str | Path], url: str = ""
) -> list[FileResult]:
    """Ingest uploaded files and/or one URL; every input gets a result, failures say why."""
    from ingest.pipeline import ingest

    limit = settings.max_upload_mb * 1024 * 1024
    results: list[FileResult] = []
    staged: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            results.append(_failed(path.name, "the upload did not arrive; try again"))
        elif path.stat().st_size > limit:
            results.append(_failed(path.name, f"larger than the {settings.max_upload_mb} MB upload limit"))
        else:
            staged.append(str(_stage_upload(path, settings)))
    url = url.strip()
    if url and not is_url(url):
        results.append(_failed(url, "only http:// and https:// links can be fetched"))
    elif url:
        staged.append(url)
    if staged:
        with PDFIUM_LOCK:
            report = ingest(staged, index, progress=False)
        record_locations(settings, _locations(staged, report.results))
        results += report.results
    return results


def _locations(inputs: Sequence[str], results: Sequence[FileResult]) -> dict[str, str]:
    by_name = {Path(i).name: i for i in inputs if not is_url(i)}
    found = {}
    for r in results:
        if r.status != "failed" and not is_url(r.source) and r.source in by_name:
            found[r.source] = str(Path(by_name[r.source]).resolve())
    return found


def ingest_summary(results: Sequence[FileResult]) -> str:
    if not results:
        return "Choose one or more files, or paste a link, then press **Add to library**."
    counts = {s: sum(r.status == s for r in results) for s in ("ingested", "unchanged", "failed")}
    text = f"Added {counts['ingested']}, already up to date {counts['unchanged']}, failed {counts['failed']}."
    fails = [f"- **{r.source}**: {r.reason}" for r in results if r.status == "failed"]
    return text + ("\n\nWhy some failed:\n" + "\n".join(fails) if fails else "")


def remove_document(index: Index, doc_id: str) -> str:
    meta = index.catalog.document(doc_id) if doc_id else None
    if meta is None:
        return "Choose a document to remove."
    index.remove_document(doc_id)
    return f"Removed **{meta.title}** ({meta.source})."


def reingest_document(index: Index, settings: Settings, doc_id: str) -> str:
    """Read the document again from its original (file or URL) under the same source name."""
    from ingest.errors import IngestError
    from ingest.pipeline import ingest_one
    from ingest.sources import SourceRef

    meta = index.catalog.document(doc_id) if doc_id else None
    if meta is None:
        return "Choose a document to re-ingest."
    location = original_location(settings, meta.source)
    if location is None:
        return f"Cannot re-ingest **{meta.title}**: its original file `{meta.source}` was not found; upload it again."
    try:
        with PDFIUM_LOCK:
            result = ingest_one(SourceRef(location=location, source=meta.source), index, force=True)
    except IngestError as exc:
        return f"Re-ingest of **{meta.title}** failed: {exc}"
    finally:
        index.keywords.refresh()
    return f"Re-ingested **{meta.title}**: {result.chunks} passages."


# -- story checks -----------------------------------------------------------------------------------------------
@dataclass
class StoryCheck:
    """A checked story as the Check tab shows it: a summary line, one row per claim, the quoted pages."""

    summary: str  # Markdown
    rows: list[list[Any]] = field(default_factory=list)  # in STORY_COLUMNS order
    citations: list[Citation | None] = field(default_factory=list)  # per row: the quote's page, if any
    result: dict[str, Any] = field(default_factory=dict)  # Answer.to_json(), with parts, for export


def verdict_word(verdict: str | None) -> str:
    return VERDICT_WORDS.get(verdict or "", (verdict or "").replace("_", " ").capitalize())


def check_story(assistant: Assistant, text: str) -> StoryCheck:
    """Check every claim of a story (Assistant.check_text); text with no checkable sentence is checked
    as one claim (Assistant.check), so a single short claim still gets a verdict."""
    from assistant.story import part_row

    text = (text or "").strip()
    if not text:
        return StoryCheck(STORY_PROMPT)
    try:
        answer = assistant.check_text(text)
        if not answer.parts:
            answer = assistant.check(text)
            answer.parts = [part_row(answer)]
    except Exception as exc:  # noqa: BLE001 - the tab answers every request
        return StoryCheck(f"The text could not be checked: {type(exc).__name__}: {exc}")
    rows, citations = [], []
    for part in answer.parts:
        rows.append(
            [
                part.get("claim", ""),
                verdict_word(part.get("verdict")),
                part.get("reason", ""),
                part.get("quote", ""),
                part.get("title", "") or part.get("source", ""),
                part.get("date") or "",
                part.get("page") or "",
            ]
        )
        citations.append(_part_citation(assistant, part, answer.citations))
    return StoryCheck(story_summary(answer.verdict, answer.parts), rows, citations, answer.to_json())


def story_summary(verdict: str | None, parts: Sequence[dict[str, Any]]) -> str:
    """'**Overall: Contradicted.** 3 claims: 0 supported, 1 contradicted, 2 not found.'"""
    counts = ", ".join(
        f"{sum(p.get('verdict') == v for p in parts)} {verdict_word(v).lower()}" for v in VERDICT_WORDS
    )
    noun = "claim" if len(parts) == 1 else "claims"
    return f"**Overall: {verdict_word(verdict)}.** {len(parts)} {noun} checked: {counts}."


def _part_citation(
    assistant: Assistant, part: dict[str, Any], citations: Sequence[Citation]
) -> Citation | None:
    if not part.get("quote"):
        return None
    key = (part.get("source"), part.get("page"), part.get("quote"))
    for c in citations:
        if (c.source, c.page, c.quote) == key:
            return c
    doc_id = next((d.doc_id for d in assistant.documents if d.source == part.get("source")), "")
    return Citation(
        source=str(part.get("source") or ""),
        title=str(part.get("title") or part.get("source") or ""),
        page=part.get("page"),
        quote=str(part["quote"]),
        doc_id=doc_id,
        date=part.get("date"),
    )


def story_choices(check: StoryCheck) -> list[tuple[str, int]]:
    """One choice per row whose quote can be shown: '[n] claim… — document, p. N'."""
    choices = []
    for n, (row, c) in enumerate(zip(check.rows, check.citations, strict=True)):
        if c is not None:
            claim = row[0] if len(row[0]) <= 60 else row[0][:60].rsplit(" ", 1)[0] + "…"
            page = f", p. {c.page}" if c.page else ""
            choices.append((f"[{n + 1}] {claim} — {c.title}{page}", n))
    return choices


def story_markdown(result: dict[str, Any]) -> str:
    """A checked story as Markdown: the summary, then each claim with its verdict, reason and quote."""
    parts = result.get("parts", [])
    lines = ["# Inspection Chat story check", "", story_summary(result.get("verdict"), parts), ""]
    for n, p in enumerate(parts, 1):
        lines += [
            f"## {n}. {p.get('claim', '')}",
            "",
            f"**{verdict_word(p.get('verdict'))}.** {p.get('reason', '')}",
        ]
        if p.get("quote"):
            page = f", page {p['page']}" if p.get("page") else ""
            date = f" ({p['date']})" if p.get("date") else ""
            lines += [
                "",
                f"> {p['quote']}",
                "",
                f"— **{p.get('title') or p.get('source')}**{page}{date}, `{p.get('source')}`",
            ]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def story_csv(result: dict[str, Any]) -> str:
    fields = ["claim", "verdict", "reason", "quote", "title", "source", "page", "date"]
    return _csv(
        [fields]
        + [[p.get(f) if p.get(f) is not None else "" for f in fields] for p in result.get("parts", [])]
    )


# -- comparisons ----------------------------------------------------------------------------------------------------
@dataclass
class CompareView:
    """A comparison as the Compare tab shows it, with its exports."""

    message: str  # Markdown: the summary lines and what is missing, or why there is nothing
    table: list[list[str]] = field(default_factory=list)  # Comparison.to_rows(): header row first
    changes: list[list[str]] = field(default_factory=list)  # in CHANGE_COLUMNS order
    recurring: str = ""  # Markdown
    citations: str = ""  # Markdown
    markdown: str = ""  # the export
    csv: str = ""  # the export


def compare_view(
    assistant: Assistant, organisations: Sequence[str] | None, years: Sequence[Any] | None
) -> CompareView:
    """Assistant.compare for the organisations and years chosen (no years: every inspection)."""
    names = [o for o in organisations or [] if o]
    wanted = sorted({y for y in (_year(v) for v in years or []) if y})
    if not names:
        return CompareView("Choose one or more organisations to compare (and, if you like, the years).")
    try:
        comparison = assistant.compare(names, wanted or None)
    except Exception as exc:  # noqa: BLE001 - an unknown organisation says so in plain words
        return CompareView(f"The comparison could not be made: {exc}")
    if not comparison.inspections:
        message = "No inspection with judgements was found for " + ", ".join(names) + "."
        return CompareView("  \n".join([message, *comparison.missing]))
    lines = list(comparison.summary) + [f"_{m}_" for m in comparison.missing]
    heading = f"# Inspection Chat comparison: {', '.join(names)}" + (
        f" ({', '.join(map(str, wanted))})" if wanted else ""
    )
    markdown = heading + "\n\n" + comparison.to_markdown().rstrip() + "\n"
    if comparison.missing:
        markdown += "\n" + "\n".join(f"- {m}" for m in comparison.missing) + "\n"
    return CompareView(
        message="  \n".join(lines) or f"{len(comparison.inspections)} inspections compared.",
        table=comparison.to_rows(),
        changes=[[c.get(k, "") for k in CHANGE_COLUMNS] for c in comparison.changes],
        recurring=recurring_markdown(comparison.recurring),
        citations=comparison_citations(comparison),
        markdown=markdown,
        csv=comparison.to_csv(),
    )


def recurring_markdown(recurring: Sequence[dict[str, Any]]) -> str:
    """The "what needs to improve" items that come back, per organisation."""
    if not recurring:
        return "_No “what needs to improve” item comes back in a later inspection of the organisations compared._"
    lines = []
    for group in recurring:
        lines += [
            f"**{group['organisation']}** (inspections of {', '.join(map(str, group['inspections']))})",
            "",
        ]
        lines += [f"- {item}" for item in group["items"]]
        lines.append("")
    return "\n".join(lines).rstrip()


def comparison_citations(comparison: Comparison) -> str:
    """Markdown: for each inspection, its document and the quotes its judgements rest on."""
    lines = []
    for i in comparison.inspections:
        title = i.citations[0].title if i.citations else i.source
        lines += [f"**{i.organisation}, {i.label}**: *{title}* (`{i.source}`)", ""]
        lines += [f"- p. {c.page or '–'}: “{c.quote}”" for c in i.citations]
        lines.append("")
    return "\n".join(lines).rstrip()


# -- grades over time -------------------------------------------------------------------------------------------------
@dataclass
class GradesView:
    """Grades as the Grades tab shows them: the chart's points for one area, and every judgement."""

    message: str
    rows: list[list[Any]] = field(default_factory=list)  # in GRADE_COLUMNS order
    areas: list[str] = field(default_factory=list)
    area: str = DEFAULT_AREA
    chart: list[dict[str, Any]] = field(default_factory=list)  # GRADE_CHART_COLUMNS keys
    markdown: str = ""
    csv: str = ""


def grade_score(grade: str) -> int | None:
    """Ordinal grade: inadequate 1, requires improvement (or adequate) 2, good 3, outstanding 4."""
    return GRADE_SCALE.get(squash(grade).lower())


def grade_areas(rows: Sequence[GradeRow]) -> list[str]:
    """Areas that have judgements, in the vocabulary's order (overall effectiveness first)."""
    from ingest.vocabulary import AREAS

    order = [name for name, _ in AREAS]
    seen = {r.area for r in rows}
    return [a for a in order if a in seen] + sorted(seen - set(order))


def grade_points(rows: Sequence[GradeRow], area: str) -> list[dict[str, Any]]:
    """Chart points for one area: date (inspection end, else publication), score, organisation, grade."""
    points = []
    for r in rows:
        score = grade_score(r.grade)
        when = r.inspection_end or r.published
        if r.area == area and score is not None and when:
            points.append(
                {
                    "date": when,
                    "grade": score,
                    "organisation": r.organisation,
                    "judgement": r.grade,
                    "document": r.title,
                }
            )
    return sorted(points, key=lambda p: (p["organisation"], p["date"]))


def grades_frame(points: Sequence[dict[str, Any]]) -> Any:
    """The chart's pandas DataFrame (dates parsed, so the x axis is time)."""
    import pandas as pd

    frame = pd.DataFrame(list(points), columns=GRADE_CHART_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    frame["grade"] = frame["grade"].astype("int64") if len(frame) else frame["grade"].astype("float64")
    return frame.dropna(subset=["date"])


def chart_x_lim(points: Sequence[dict[str, Any]], pad_days: int = 180) -> list[float] | None:
    """The time axis' range in epoch seconds, padded so the first and last points are not cut in half."""
    from datetime import UTC, date, datetime, timedelta

    days = sorted(date.fromisoformat(str(p["date"])[:10]) for p in points if p.get("date"))
    if not days:
        return None
    pad = timedelta(days=pad_days)

    def seconds(day: date) -> float:
        return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()

    return [seconds(days[0] - pad), seconds(days[-1] + pad)]


def grades_view(assistant: Assistant, organisations: Sequence[str] | None, area: str | None) -> GradesView:
    """Assistant.grades for the organisations chosen (none: all), charted for one area."""
    names = [o for o in organisations or [] if o]
    try:
        rows = assistant.grades(names or None)
    except Exception as exc:  # noqa: BLE001 - an unknown organisation says so in plain words
        return GradesView(f"The grades could not be listed: {exc}")
    if not rows:
        return GradesView(
            "No judgements found" + (f" for {', '.join(names)}." if names else " in the index.")
        )
    areas = grade_areas(rows)
    area = area if area in areas else DEFAULT_AREA if DEFAULT_AREA in areas else areas[0]
    points = grade_points(rows, area)
    who = ", ".join(names) if names else f"all {len({r.organisation for r in rows})} organisations"
    message = f"{len(rows)} judgements for {who}; the chart shows **{area}** ({len(points)} inspections)."
    return GradesView(
        message,
        [_grade_row(r) for r in rows],
        areas,
        area,
        points,
        grades_markdown(rows, who),
        rows_to_csv(list(rows)),
    )


def _grade_row(r: GradeRow) -> list[Any]:
    return [
        r.organisation,
        r.area,
        r.grade,
        r.inspection_dates,
        r.inspection_end,
        r.published,
        r.inspectorate,
        r.title,
        r.page or "",
        r.quote,
    ]


def grades_markdown(rows: Sequence[GradeRow], who: str) -> str:
    """The judgements as a Markdown table, each with a numbered citation (document, page, quote)."""
    lines = [
        f"# Inspection Chat grades: {who}",
        "",
        "| organisation | inspection | area | grade | source |",
        "|---|---|---|---|---|",
    ]
    for n, r in enumerate(rows, 1):
        when = r.inspection_dates or r.inspection_end or r.published
        lines.append(f"| {r.organisation} | {when} | {r.area} | {r.grade} | [{n}] |")
    lines += ["", "**Citations**", ""]
    lines += [
        f"{n}. {r.title} (`{r.source}`, p. {r.page or '–'}): “{r.quote}”" for n, r in enumerate(rows, 1)
    ]
    return "\n".join(lines) + "\n"


# -- exports --------------------------------------------------------------------------------------------------------
def _csv(rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def export_csv(turns: Sequence[dict[str, Any]]) -> str:
    """The conversation as CSV: one row per citation of each answer (one row for an answer without)."""
    rows: list[list[Any]] = [["question", "answer", *CITATION_FIELDS]]
    for turn in turns:
        data = turn["answer"]
        citations = data.get("citations") or [{}]
        for c in citations:
            rows.append(
                [
                    turn["question"],
                    data["answer"],
                    *[c.get(f) if c.get(f) is not None else "" for f in CITATION_FIELDS],
                ]
            )
    return _csv(rows)


def write_text_export(text: str, folder: Path, stem: str, suffix: str) -> Path:
    """Write an export under `folder` as `stem-<hash of the text>.suffix` (the same text, the same file)."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(text.encode()).hexdigest()[:12]
    path = folder / f"{stem}-{digest}.{suffix}"
    path.write_text(text, encoding="utf-8")
    return path


def exports_dir(settings: Settings) -> Path:
    return settings.data_dir / "exports"


# -- the API ----------------------------------------------------------------------------------------------------
def ask_json(assistant: Assistant, question: str) -> dict[str, Any]:
    return _json_or_error(question, lambda: assistant.ask(question))


def check_json(assistant: Assistant, claim: str) -> dict[str, Any]:
    return _json_or_error(claim, lambda: assistant.check(claim))


def check_text_json(assistant: Assistant, text: str) -> dict[str, Any]:
    """Assistant.check_text: the overall verdict, and per claim (parts) its verdict, reason and quote."""
    return _json_or_error(text[:200], lambda: assistant.check_text(text))


def grades_json(assistant: Assistant, organisations: str) -> dict[str, Any]:
    """Assistant.grades for comma-separated organisations (none: all), one dict per judgement."""
    names = [n.strip() for n in organisations.split(",") if n.strip()]
    try:
        rows = assistant.grades(names or None)
    except Exception as exc:  # noqa: BLE001 - the API answers every request
        return {"question": organisations, "error": f"{type(exc).__name__}: {exc}"}
    return {"organisations": names, "grades": [asdict(r) for r in rows]}


def compare_json(assistant: Assistant, organisations: str, years: str) -> dict[str, Any]:
    """Assistant.compare over comma-separated organisations and the years named in `years`."""
    compare = getattr(assistant, "compare", None)
    if compare is None:
        return {"error": "compare not available"}
    names = [n.strip() for n in organisations.split(",") if n.strip()]
    wanted = sorted(set(years_in(years)))
    label = f"compare {', '.join(names)} {' '.join(map(str, wanted))}".strip()
    return _json_or_error(label, lambda: compare(names, wanted))


def _json_or_error(text: str, call: Callable[[], Any]) -> dict[str, Any]:
    try:
        result = call()
    except Exception as exc:  # noqa: BLE001 - the API answers every request, as the CLI does
        return {"question": text, "error": f"{type(exc).__name__}: {exc}"}
    to_json = getattr(result, "to_json", None)  # Answer, Comparison
    data = to_json() if callable(to_json) else result
    return dict(data) if isinstance(data, dict) else {"question": text, "result": data}
