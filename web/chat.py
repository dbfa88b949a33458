"""The Chat tab's plain functions: filters from the widgets, context carried from one question to the
next, and a chat turn streamed step by step."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from assistant.models import Answer, Citation, Filters
from assistant.resolve import OrganisationDirectory, years_in
from render.answers import PageText, answer_message, citation_cards, citation_label

Message = dict[str, Any]
_FOLLOW_UP = re.compile(r"^\s*(?:and|also|what about|how about|same for|what of|then)\b", re.I)

EMPTY_INDEX = (
    "**No documents yet.** Open the **Library** tab and upload inspection reports (PDF, Word, HTML or text) "
    "or paste a link to one, then come back and ask. From a terminal: `inspectchat ingest PATH`."
)


class Asking(Protocol):
    """What a chat turn needs of the Assistant."""

    @property
    def directory(self) -> OrganisationDirectory: ...

    def ask(self, question: str, filters: Filters | None = None) -> Answer: ...


# -- filters and context -------------------------------------------------------------------------------
def year_of(value: Any) -> int | None:
    """A year from a widget's value; None for empty boxes and nonsense."""
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
        year_from=year_of(year_from),
        year_to=year_of(year_to),
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


# -- a chat turn ---------------------------------------------------------------------------------------
def stream_text(text: str, steps: int = 24) -> Iterator[str]:
    """Progressively longer prefixes of the text, cut at word ends, ending with the whole text."""
    words = text.split(" ")
    size = max(1, len(words) // steps)
    for end in range(size, len(words), size):
        yield " ".join(words[:end])
    yield text


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
    assistant: Asking,
    question: str,
    history: list[Message] | None,
    filters: Filters,
    context: dict[str, Any] | None,
    turns: list[dict[str, Any]] | None,
    delay: float = 0.0,
    page_text: PageText | None = None,
) -> Iterator[ChatUpdate]:
    """Answer a chat question: a placeholder at once, then the answer streaming in, then its citations
    (cards with the passage around each quote, from ``page_text`` when given)."""
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
    yield ChatUpdate(
        history,
        citation_cards(answer.citations, page_text),
        filters_note(answer, carried),
        list(answer.citations),
        remember(asked, named, filters),
        turns,
        done=True,
    )


def pick(citations: Sequence[Citation | None], choice: Any) -> Citation | None:
    """The citation a choice (a row or radio index) points at; None for no choice or a row without one."""
    try:
        n = int(choice)
    except (TypeError, ValueError):
        return None
    return citations[n] if 0 <= n < len(citations) else None


def citation_choices(citations: Sequence[Citation]) -> list[tuple[str, int]]:
    return [(citation_label(n, c), n - 1) for n, c in enumerate(citations, 1)]
