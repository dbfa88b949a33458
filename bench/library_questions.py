"""How fast are questions over the whole library (issue 10: under a second at p95 on the full dev index)?

    .venv/bin/python bench/library_questions.py --index DIR
    .venv/bin/python bench/library_questions.py --index DIR --questions ../shared/eval/corpus-dev.jsonl eval/library.jsonl

Runs every question through Assistant.ask (the whole path a user's question takes: recognising it, the
library answer, citation checks), in one process, as a server would. The first pass includes building the
per-generation caches (organisations, inspection series, page texts, theme embeddings not yet stored in the
catalogue); later passes are what a conversation sees. Prints p50/p95/max per pass and per kind, and the
themes of a few questions timed on their own. Timings depend on the machine: note the CPU and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

DEFAULT_QUESTIONS = [ROOT.parent / "shared" / "eval" / "corpus-dev.jsonl", ROOT / "eval" / "library.jsonl"]
THEME_QUESTIONS = [
    "What are the most common areas for improvement in 2023 inspections?",
    "What are the recurring weaknesses for care leavers?",
    "What were the most common recommendations in 2015?",
]


def open_index(folder: Path):  # type: ignore[no-untyped-def]
    from inspectchat.settings import Settings

    settings = Settings(data_dir=folder)
    try:
        from inspectchat.factory import open_index as factory_open

        return factory_open(settings)
    except ImportError:  # before the factory existed
        from vectorstore.index import Index

        return Index(settings)  # type: ignore[call-arg]


def percentiles(values: list[float]) -> str:
    if not values:
        return "-"
    v = sorted(values)
    return (
        f"n={len(v):3d}  p50 {v[len(v) // 2] * 1000:7.1f} ms  p95 {v[min(len(v) - 1, int(len(v) * 0.95))] * 1000:7.1f} ms"
        f"  max {v[-1] * 1000:7.1f} ms"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", type=Path, required=True, help="index folder (e.g. a full-corpus ingest)")
    ap.add_argument("--questions", type=Path, nargs="*", default=DEFAULT_QUESTIONS)
    ap.add_argument("--passes", type=int, default=3, help="passes over the questions (the first is cold)")
    args = ap.parse_args()

    from assistant.service import Assistant

    index = open_index(args.index)
    assistant = Assistant(index)
    questions = []
    for path in args.questions:
        if path.exists():
            questions += [
                json.loads(line)["question"] for line in path.read_text().splitlines() if line.strip()
            ]
        else:
            print(f"(skipped {path}: not found)")
    print(f"{len(questions)} questions from {', '.join(p.name for p in args.questions if p.exists())}")

    kinds: dict[str, list[float]] = defaultdict(list)
    for n in range(args.passes):
        times = []
        for question in questions:
            start = time.perf_counter()
            answer = assistant.ask(question)
            elapsed = time.perf_counter() - start
            times.append(elapsed)
            if n == args.passes - 1:
                q = assistant.library.read(question)
                kind = q.kind if q else "not a library question"
                kinds[kind + (" (abstained)" if answer.abstained else "")].append(elapsed)
        print(f"pass {n + 1} ({'cold' if n == 0 else 'warm'}): {percentiles(times)}")
    print("last pass by kind:")
    for kind, values in sorted(kinds.items()):
        print(f"  {kind:32s} {percentiles(values)}")
    print("themes (Assistant.themes, warm):")
    for question in THEME_QUESTIONS:
        start = time.perf_counter()
        result = assistant.themes(question)
        print(
            f"  {(time.perf_counter() - start) * 1000:7.1f} ms  {len(result.themes)} themes from {result.findings} "
            f"findings in {result.reports} reports: {question}"
        )


if __name__ == "__main__":
    main()
