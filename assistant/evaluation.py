"""Scoring the assistant on a question set, with the same rules as the shared scorer (eval/README.md).

Types: fact and compare (expected strings; a grade must be the first grade named), list (half the
items, each 70% of its words), claim (the verdict), none (must abstain); every type but none must cite
the expected documents.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

GRADE_TERMS = ["outstanding", "requires improvement", "inadequate", "adequate", "good"]


def norm(text: str | None) -> str:
    text = (text or "").lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text)


def first_grade(text: str) -> str | None:
    hits = [(m.start(), g) for g in GRADE_TERMS for m in re.finditer(r"\b" + g + r"\b", text)]
    hits = [h for h in hits if not (h[1] == "adequate" and text[max(0, h[0] - 2) : h[0]] == "in")]
    return min(hits)[1] if hits else None


def cited(result: dict[str, Any], sources: list[str]) -> list[bool]:
    got = [norm(c.get("source", "")) for c in result.get("citations") or []]
    return [any(g and (g.endswith(norm(s)) or norm(s).endswith(g)) for g in got) for s in sources]


def covered(item: str, text: str) -> bool:
    words = [w for w in re.findall(r"[a-z0-9']+", norm(item)) if len(w) > 3]
    return bool(words) and sum(w in text for w in words) / len(words) >= 0.7


def judge(question: dict[str, Any], result: dict[str, Any]) -> tuple[bool, str]:
    answer = norm(result.get("answer", ""))
    abstained = bool(result.get("abstained"))
    kind = question["type"]
    if kind == "none":
        return abstained, "abstained" if abstained else "answered"
    if abstained:
        return False, "abstained"
    hits = cited(result, question["sources"])
    if kind == "claim":
        return result.get("verdict") == question["verdict"] and all(hits), f"verdict={result.get('verdict')}"
    if kind == "list":
        recall = sum(covered(i, answer) for i in question["items"]) / len(question["items"])
        return recall >= 0.5 and all(hits), f"recall={recall:.2f} cited={all(hits)}"
    if len(answer) > (1500 if kind == "compare" else 1000):
        return False, f"answer too long ({len(answer)} chars)"
    if "answers_any" in question:
        golds = [norm(a) for a in question["answers_any"]]
        ok = first_grade(answer) == golds[0] if golds[0] in GRADE_TERMS else any(g in answer for g in golds)
    else:
        ok = all(norm(a) in answer for a in question["answers_all"])
    return ok and all(hits), f"answer={ok} cited={sum(hits)}/{len(hits)}"


@dataclass
class EvalReport:
    per_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    details: list[dict[str, Any]] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)

    @property
    def score(self) -> float:
        total = sum(n for _, n in self.per_type.values())
        return sum(ok for ok, _ in self.per_type.values()) / max(total, 1)

    def table(self) -> str:
        lines = [f"{kind:8s} {ok:5d}/{n:<5d} {ok / n:.3f}" for kind, (ok, n) in sorted(self.per_type.items())]
        lat = sorted(self.latencies)
        if lat:
            lines.append(
                f"latency p50 {lat[len(lat) // 2] * 1000:.0f} ms  p95 {lat[int(len(lat) * 0.95)] * 1000:.0f} ms"
            )
        total = sum(n for _, n in self.per_type.values())
        lines.append(f"score: {self.score:.3f} ({total} questions)")
        return "\n".join(lines)


def evaluate(
    questions: Iterable[dict[str, Any]],
    ask: Callable[[str], dict[str, Any]],
    check: Callable[[str], dict[str, Any]],
) -> EvalReport:
    report = EvalReport()
    for q in questions:
        started = time.perf_counter()
        result = check(q["question"]) if q["type"] == "claim" else ask(q["question"])
        report.latencies.append(time.perf_counter() - started)
        ok, note = judge(q, result)
        report.per_type[q["type"]][0] += ok
        report.per_type[q["type"]][1] += 1
        report.details.append(
            {
                "id": q.get("id"),
                "type": q["type"],
                "ok": ok,
                "note": note,
                "question": q["question"],
                "result": result,
            }
        )
    return report


def load_questions(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
