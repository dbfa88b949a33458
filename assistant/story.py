"""Checking a paragraph or a whole story: split it into claims and check each one."""

from __future__ import annotations

import re

from assistant.models import Answer

_SPLIT = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z0-9“\"‘])|\n+")
_CHECKABLE = re.compile(
    r"\d|\b(?:outstanding|good|adequate|inadequate|requires?\s+improvement|recommend\w*|inspect\w*|judged|"
    r"found|rated|weeks?|months?|years?)\b",
    re.I,
)


def split_claims(text: str) -> list[str]:
    """Sentences that state something checkable (a number, a date, a grade, a finding)."""
    claims = []
    for raw in _SPLIT.split(text):
        sentence = re.sub(r"\s+", " ", raw).strip(" •-\t")
        if len(sentence.split()) >= 5 and _CHECKABLE.search(sentence) and not sentence.endswith("?"):
            claims.append(sentence)
    return claims


def overall_verdict(parts: list[Answer]) -> str:
    verdicts = {p.verdict for p in parts}
    if "contradicted" in verdicts:
        return "contradicted"
    if verdicts == {"supported"}:
        return "supported"
    return "not_found" if not verdicts & {"supported"} else "partly supported"


def part_row(answer: Answer) -> dict[str, object]:
    quote = answer.citations[0] if answer.citations else None
    return {
        "claim": answer.question,
        "verdict": answer.verdict,
        "reason": answer.reason,
        "quote": quote.quote if quote else "",
        "source": quote.source if quote else "",
        "title": quote.title if quote else "",
        "page": quote.page if quote else None,
        "date": quote.date if quote else None,
    }
