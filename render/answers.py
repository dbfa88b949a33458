"""Answers and their citations: plain text (CLI), Markdown (chat, exports), HTML cards (web), CSV."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from assistant.models import Answer, Citation
from render.text import csv_text, shorten, squash

PageText = Callable[[str, "int | None"], "str | None"]  # (doc_id, page) -> the page's text
CITATION_FIELDS = ["title", "organisation", "inspectorate", "date", "source", "page", "quote"]


# -- plain text (the CLI) ---------------------------------------------------------------------------------
def answer_text(data: dict[str, Any]) -> str:
    """An answer's JSON (Answer.to_json, or {"error": ...}) as the CLI prints it: the answer, then
    each citation with its page and quote."""
    if "error" in data:
        return f"error: {data['error']}"
    lines = [data["answer"]]
    for i, c in enumerate(data.get("citations", []), 1):
        page = f", p.{c['page']}" if c.get("page") else ""
        lines.append(f"  [{i}] {c['title']} ({c['source']}{page}): \u201c{c['quote'][:300]}\u201d")
    return "\n".join(lines)


# -- HTML (the web) ----------------------------------------------------------------------------------------
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


# -- Markdown (the chat) -----------------------------------------------------------------------------------
def sources_markdown(citations: Sequence[Citation], quote_chars: int = 220) -> str:
    """The short source list kept in the chat under each answer."""
    if not citations:
        return ""
    lines = ["", "", "**Sources**"]
    for n, c in enumerate(citations, 1):
        lines.append(
            f"{n}. *{c.title}*{f', p. {c.page}' if c.page else ''}: “{shorten(c.quote, quote_chars)}”"
        )
    return "\n".join(lines)


def answer_message(answer: Answer) -> str:
    """An answer as a chat message: the answer, its sources, and any notes."""
    flags = "".join(f"\n\n_Note: {f}_" for f in answer.flags)
    return answer.answer + sources_markdown(answer.citations) + flags


# -- conversations (exports) -------------------------------------------------------------------------------
def conversation_markdown(turns: Sequence[dict[str, Any]]) -> str:
    """A conversation as Markdown: each question, its answer and its citations with their quotes.
    A turn is {"question": ..., "answer": Answer.to_json()}."""
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


def conversation_csv(turns: Sequence[dict[str, Any]]) -> str:
    """A conversation as CSV: one row per citation of each answer (one row for an answer without)."""
    rows: list[list[Any]] = [["question", "answer", *CITATION_FIELDS]]
    for turn in turns:
        data = turn["answer"]
        for c in data.get("citations") or [{}]:
            rows.append(
                [
                    turn["question"],
                    data["answer"],
                    *[c.get(f) if c.get(f) is not None else "" for f in CITATION_FIELDS],
                ]
            )
    return csv_text(rows)
