"""Structure-aware chunking: headings stay with their text, numbered paragraphs and list items stay whole.

A report page is read line by line into blocks (heading, numbered paragraph, list item, table row,
prose); blocks of one section are packed into chunks of about ``target_chars``. A block is never
split unless it alone is far larger than a chunk, and then only between sentences.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from ingest.models import Chunk, Page
from ingest.vocabulary import BULLET_RE, GRADE_RE, NUMBERED_RE

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘“(])")


@dataclass
class Block:
    kind: str  # heading, numbered, item, row, prose
    lines: list[str]
    page: int | None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def running_lines(pages: list[Page]) -> set[str]:
    """Lines repeated at the top or bottom of many pages (running headers, footers), digits ignored."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [ln.strip() for ln in page.text.split("\n") if ln.strip()]
        for line in set(lines[:3] + lines[-2:]):
            counts[_shape(line)] += 1
    return {shape for shape, n in counts.items() if n >= max(3, len(pages) // 2)}


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _is_heading(line: str, next_line: str | None) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 100 or BULLET_RE.match(stripped) or NUMBERED_RE.match(stripped):
        return False
    if stripped.endswith("?"):
        return True
    if re.search(r":\s*(?:" + GRADE_RE.pattern + r")\s*$", stripped, re.I):
        return True  # "The experiences and progress of ...: good"
    if stripped[-1:] in ".,;:" or not stripped[:1].isupper():
        return False
    if (
        next_line
        and len(next_line) < 80
        and re.search(r":\s*(?:" + GRADE_RE.pattern + r")\s*$", next_line, re.I)
    ):
        return True  # the first line of a graded section heading that wraps
    if next_line is not None and (NUMBERED_RE.match(next_line) or BULLET_RE.match(next_line)):
        return len(stripped.split()) <= 12
    return False


def blocks_of(pages: list[Page]) -> list[Block]:
    skip = running_lines(pages)
    blocks: list[Block] = []
    for page in pages:
        raw_lines = [ln.rstrip() for ln in page.text.split("\n")]
        lines = [ln for ln in raw_lines if ln.strip() and _shape(ln) not in skip]
        for i, line in enumerate(lines):
            stripped = line.strip()
            next_line = lines[i + 1].strip() if i + 1 < len(lines) else None
            current = blocks[-1] if blocks else None
            if re.fullmatch(r"\d{1,3}", stripped):
                continue  # page numbers, footnote markers
            if _is_heading(stripped, next_line):
                if (
                    current
                    and current.kind == "heading"
                    and current.page == page.number
                    and len(current.text) < 160
                ):
                    current.lines.append(stripped)  # a heading wrapped over two lines
                else:
                    blocks.append(Block("heading", [stripped], page.number))
            elif NUMBERED_RE.match(stripped):
                blocks.append(Block("numbered", [stripped], page.number))
            elif BULLET_RE.match(stripped):
                blocks.append(Block("item", [stripped], page.number))
            elif GRADE_RE.fullmatch(stripped) and current is not None:
                current.lines.append(stripped)  # a grade cell belongs to its row
            elif current is None or current.kind == "heading" or current.page != page.number:
                if (
                    current is not None
                    and current.page != page.number
                    and current.kind != "heading"
                    and not current.lines[-1].rstrip().endswith((".", "?", "!", ":"))
                    and stripped[:1].islower()
                ):
                    # a paragraph running over the page break: continue it as a new block on this page
                    blocks.append(Block(current.kind, [stripped], page.number))
                else:
                    blocks.append(Block("prose", [stripped], page.number))
            elif (
                current.kind == "prose"
                and current.lines[-1].rstrip().endswith((".", "?", "!"))
                and len(current.lines[-1]) < 60
            ):
                blocks.append(Block("prose", [stripped], page.number))  # a short last line ends a paragraph
            else:
                current.lines.append(stripped)
    return blocks


_LONGEST_SENTENCE = 4  # times the chunk target: longer than any real sentence


def _cut(text: str, most: int) -> list[str]:
    """Pieces of at most ``most`` characters, cut at the last space before the limit where there is one."""
    pieces = []
    while len(text) > most:
        at = text.rfind(" ", most // 2, most)
        at = at if at > 0 else most
        pieces.append(text[:at].strip())
        text = text[at:].strip()
    return [*pieces, text] if text else pieces


def _split_long(block: Block, limit: int) -> list[Block]:
    if len(block.text) <= limit * 2:
        return [block]
    # Text without sentence ends (a table flattened to one line, a 2-million-character single line) is cut at
    # spaces, so no chunk grows past a few times the target: the encoder's memory follows a chunk's length.
    sentences = [
        piece for s in _SENTENCE_END.split(block.text) for piece in _cut(s, limit * _LONGEST_SENTENCE)
    ]
    parts: list[Block] = []
    buffer = ""
    for sentence in sentences:
        if buffer and len(buffer) + len(sentence) > limit:
            parts.append(Block(block.kind, [buffer], block.page))
            buffer = ""
        buffer = f"{buffer} {sentence}".strip() if buffer else sentence
    if buffer:
        parts.append(Block(block.kind, [buffer], block.page))
    return parts


def chunk_document(doc_id: str, pages: list[Page], target_chars: int = 1200) -> list[Chunk]:
    """Chunks of one document; an id is the hash of its text, so re-ingesting unchanged text embeds nothing."""
    chunks: list[Chunk] = []
    taken: set[str] = set()
    section = ""
    buffer: list[Block] = []

    def flush() -> None:
        if not buffer:
            return
        body = "\n".join(b.text for b in buffer)
        text = f"{section}\n{body}" if section and buffer[0].kind != "heading" else body
        pages_seen = [b.page for b in buffer if b.page is not None]
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
        chunk_id = f"{doc_id}:{digest}"
        while chunk_id in taken:  # the same text twice in one document
            chunk_id += "+"
        taken.add(chunk_id)
        chunks.append(
            Chunk(
                chunk_id=chunk_id,
                doc_id=doc_id,
                text=text,
                page_start=min(pages_seen) if pages_seen else None,
                page_end=max(pages_seen) if pages_seen else None,
                section=section,
                ordinal=len(chunks),
            )
        )
        buffer.clear()

    for block in blocks_of(pages):
        if block.kind == "heading":
            flush()
            section = re.sub(r"\s+", " ", block.text).strip()
            buffer.append(block)
            continue
        for part in _split_long(block, target_chars):
            size = sum(len(b.text) + 1 for b in buffer)
            if buffer and size + len(part.text) > target_chars and any(b.kind != "heading" for b in buffer):
                flush()
            buffer.append(part)
    flush()
    return chunks
