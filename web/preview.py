"""Page previews: the cited page of the original rendered with the quote boxed, else the page's text
with the quote marked. The original is found through the catalogue's record of where each document was
read from (DocumentMeta.location), whatever folder or URL that was."""

from __future__ import annotations

import hashlib
import html
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from assistant.models import Citation
from ingest.models import DocumentMeta
from render.text import squash

Box = tuple[float, float, float, float]

# PDFium is not thread-safe: page rendering and the app's ingest (which parses PDFs) take turns.
PDFIUM_LOCK = threading.Lock()


class Documents(Protocol):
    """What a preview reads: the catalogue's document record and page text."""

    def document(self, doc_id: str) -> DocumentMeta | None: ...

    def page_text(self, doc_id: str, page: int | None) -> str | None: ...


@dataclass
class Preview:
    image: str | None  # PNG path, when the page could be rendered
    html: str  # link to the source, and the page text with the quote marked when there is no image


# -- where the original is --------------------------------------------------------------------------------
def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def original_location(meta: DocumentMeta | None) -> str | None:
    """The URL or absolute path of a document's original, or None when it is not on disk (any more)."""
    if meta is None:
        return None
    # catalogues written before DocumentMeta.location kept it among the extras
    location = meta.location or str(meta.extra.get("location") or "") or None
    if location is None:
        return meta.source if is_url(meta.source) else None
    if is_url(location):
        return location
    path = Path(location)
    return str(path.resolve()) if path.is_file() else None


def source_link(location: str | None, page: int | None) -> str:
    """A link to the original: the URL, or a file:// URI, with #page=N for PDFs."""
    if not location:
        return ""
    href = location if is_url(location) else Path(location).as_uri()
    if page and (location.lower().endswith(".pdf") or not is_url(location)):
        href += f"#page={page}"
    return href


# -- the preview ----------------------------------------------------------------------------------------------
def preview_citation(documents: Documents, citation: Citation, images: Path) -> Preview:
    """The cited page as an image with the quote highlighted (PNG under ``images``), else its text with
    the quote in <mark>."""
    meta = documents.document(citation.doc_id) if citation.doc_id else None
    location = original_location(meta)
    link = source_link(location or (citation.source if is_url(citation.source) else None), citation.page)
    where = f", page {citation.page}" if citation.page else ""
    head = f"**{html.escape(citation.title)}**{where}"
    link_md = (
        f"[Open the source{where}]({link})" if link else f"Source: `{citation.source}` (original not found)"
    )
    is_pdf = (meta is not None and meta.content_type == "pdf") or bool(
        location and location.lower().endswith(".pdf")
    )
    if location and not is_url(location) and citation.page and is_pdf:
        image = render_page(Path(location), citation.page, citation.quote, images)
        if image is not None:
            return Preview(str(image), f"{head}  \n{link_md}")
    text = documents.page_text(citation.doc_id, citation.page) or ""
    return Preview(None, f"{head}  \n{link_md}\n\n{page_text_html(text, citation.quote)}")


def page_text_html(page_text: str, quote: str) -> str:
    """The page's text (escaped) with the quote in <mark>, where it is found."""
    found = quote_char_range(page_text, quote)
    if found is None:
        body = html.escape(page_text)
    else:
        start, end = found
        body = (
            html.escape(page_text[:start])
            + "<mark>"
            + html.escape(page_text[start:end])
            + "</mark>"
            + html.escape(page_text[end:])
        )
    return f'<div class="page-text" style="white-space: pre-wrap">{body}</div>'


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


# -- rendering a PDF page ---------------------------------------------------------------------------------------
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
