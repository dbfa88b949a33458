"""Does retrieval find the right document? Recall@1 and @5 for dense, BM25 and fused retrieval.

Usage, from the repository root, against an index already built (``inspectchat ingest ... --index DIR``):

    .venv/bin/python bench/retrieval_recall.py --index DIR --questions ../shared/eval/ofsted-dev.jsonl \\
        ../shared/eval/seeds-dev.jsonl [--max-questions N] [--passages 30] [--out recall.json]

For each question (``none`` questions, which have no sources, are skipped), the gold documents are its
``sources``, matched to the index's documents by path suffix (question sources are relative to the corpus
root or a folder in it, the index's to the folder that was ingested). A question none of whose gold
documents is in the index is skipped and counted; one with some of them is scored on those.

``Retriever.search(question, k=--passages, mode=...)`` returns passages; their distinct documents, in
rank order, are the ranking. recall@n is the share of questions with a gold document among the first n
distinct documents (``all@5``: the mean share of a question's gold documents in the first 5, which
differs from recall@5 only for questions with several sources, e.g. ``compare``). Two settings:

* whole: the search runs over the whole index;
* scoped: the search runs within the scope the assistant resolves, ``Assistant.scope(q).documents +
  .secondary``, or the whole index when the question names no organisation or year (as the assistant
  does). ``in scope`` is the share of questions whose gold document is in that scope at all: the
  ceiling for scoped recall.

Prints one table per question type and one overall; ``--out`` writes the figures and per-question ranks.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script (python bench/retrieval_recall.py) without an install
    sys.path.insert(0, str(ROOT))

MODES = ("dense", "bm25", "fused")
SETTINGS = ("whole", "scoped")
CUTOFFS = (1, 5)


def gold_doc_ids(sources: list[str], doc_sources: dict[str, str]) -> list[set[str]]:
    """For each gold source, the index documents it names (empty set: not in the index).

    Matched by suffix: the index source ends with the question's source (the index holds the corpus root
    or a folder above it); failing that, the question's source ends with the index source (a narrower
    folder was ingested), accepted only when exactly one document matches.
    """
    found: list[set[str]] = []
    for gold in sources:
        gold = gold.strip("/")
        ids = {d for d, s in doc_sources.items() if s == gold or s.endswith("/" + gold)}
        if not ids:
            loose = {d for d, s in doc_sources.items() if gold.endswith("/" + s)}
            ids = loose if len(loose) == 1 else set()
        found.append(ids)
    return found


def distinct_docs(passages: list[Any]) -> list[str]:
    ranking: list[str] = []
    for passage in passages:
        if passage.chunk.doc_id not in ranking:
            ranking.append(passage.chunk.doc_id)
    return ranking


def scope_doc_ids(assistant: Any, question: str) -> list[str] | None:
    """The documents the assistant would search for this question; None: the whole index."""
    scope = assistant.scope(question)
    if not scope.organisations and not scope.years:
        return None
    ids: list[str] = []
    for doc in scope.documents + scope.secondary:
        if doc.doc_id not in ids:
            ids.append(doc.doc_id)
    return ids


def open_index(index_dir: Path, backend: str | None) -> Any:
    """The index in ``index_dir``, queried with the encoder it was built with (unless told otherwise)."""
    from inspectchat.factory import open_index as open_settings_index
    from inspectchat.settings import Settings
    from vectorstore.embedder import split_encoder_name

    if not (index_dir / "catalog.sqlite").exists():
        raise SystemExit(
            f"no index in {index_dir} (expected {index_dir / 'catalog.sqlite'}); "
            "build one with: inspectchat ingest PATH --index DIR"
        )
    settings = Settings(data_dir=index_dir)
    index = open_settings_index(settings)
    built = index.catalog.get_state("embedder") or ""
    model, tokens = split_encoder_name(built)
    if backend is None:
        backend = "onnx-int8" if model.endswith("-onnx-int8") else "torch" if built else None
    update: dict[str, Any] = {}
    if backend and backend != settings.embedding_backend:
        update["embedding_backend"] = backend
    if built and tokens != settings.embed_max_tokens:
        update["embed_max_tokens"] = tokens
    if update:
        index.close()
        index = open_settings_index(settings.model_copy(update=update))
    return index


def evaluate(
    index: Any, records: list[dict[str, Any]], passages: int
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    from assistant.retrieval import Retriever
    from assistant.service import Assistant

    assistant = Assistant(index)
    retriever = Retriever(index)
    doc_sources = {d.doc_id: d.source for d in index.catalog.documents()}
    skipped = {"none": 0, "not in index": 0}
    rows: list[dict[str, Any]] = []
    for n, record in enumerate(records, 1):
        sources = record.get("sources") or []
        if record.get("type") == "none" or not sources:
            skipped["none"] += 1
            continue
        gold_sets = gold_doc_ids(sources, doc_sources)
        gold_sets = [g for g in gold_sets if g]
        if not gold_sets:
            skipped["not in index"] += 1
            continue
        question = record["question"]
        scope_ids = scope_doc_ids(assistant, question)
        row: dict[str, Any] = {
            "id": record.get("id"),
            "type": record.get("type", "?"),
            "question": question,
            "gold": [sorted(g) for g in gold_sets],
            "scoped_to": None if scope_ids is None else len(scope_ids),
            "in_scope": scope_ids is None or any(g & set(scope_ids) for g in gold_sets),
        }
        for setting in SETTINGS:
            doc_ids = scope_ids if setting == "scoped" else None
            for mode in MODES:
                t0 = time.perf_counter()
                ranking = distinct_docs(retriever.search(question, passages, doc_ids=doc_ids, mode=mode))
                ms = (time.perf_counter() - t0) * 1000
                ranks = [
                    min((ranking.index(d) + 1 for d in g if d in ranking), default=None) for g in gold_sets
                ]
                row[f"{setting}/{mode}"] = {"ranks": ranks, "ms": ms, "top": ranking[:5]}
        rows.append(row)
        if n % 50 == 0:
            print(f"  {n}/{len(records)} questions", file=sys.stderr, flush=True)
    return rows, skipped


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """recall@n (any gold doc in the first n), all@5, mean ms per setting/mode; in-scope share."""
    out: dict[str, Any] = {"n": len(rows)}
    if not rows:
        return out
    out["in_scope"] = sum(r["in_scope"] for r in rows) / len(rows)
    for setting in SETTINGS:
        for mode in MODES:
            key = f"{setting}/{mode}"
            figures: dict[str, float] = {}
            for cut in CUTOFFS:
                hits = [any(rank is not None and rank <= cut for rank in r[key]["ranks"]) for r in rows]
                figures[f"recall@{cut}"] = sum(hits) / len(rows)
            shares = [
                sum(rank is not None and rank <= 5 for rank in r[key]["ranks"]) / len(r[key]["ranks"])
                for r in rows
            ]
            figures["all@5"] = sum(shares) / len(rows)
            figures["mean_ms"] = sum(r[key]["ms"] for r in rows) / len(rows)
            out[key] = figures
    return out


def print_table(title: str, summary: dict[str, Any]) -> None:
    print(
        f"\n{title}: {summary['n']} questions"
        + (f", gold document in the resolved scope for {summary['in_scope']:.1%}" if summary["n"] else "")
    )
    if not summary["n"]:
        return
    print(
        f"{'mode':<6} | {'whole r@1':>9} {'r@5':>6} {'all@5':>6} {'ms':>6} | "
        f"{'scoped r@1':>10} {'r@5':>6} {'all@5':>6} {'ms':>6}"
    )
    print(f"{'-' * 6}-+-{'-' * 30}-+-{'-' * 31}")
    for mode in MODES:
        w, s = summary[f"whole/{mode}"], summary[f"scoped/{mode}"]
        print(
            f"{mode:<6} | {w['recall@1']:>9.1%} {w['recall@5']:>6.1%} {w['all@5']:>6.1%} {w['mean_ms']:>6.0f} | "
            f"{s['recall@1']:>10.1%} {s['recall@5']:>6.1%} {s['all@5']:>6.1%} {s['mean_ms']:>6.0f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True, help="data folder of a built index")
    parser.add_argument("--questions", type=Path, nargs="+", required=True, help="question files (jsonl)")
    parser.add_argument(
        "--max-questions",
        type=int,
        default=None,
        help="at most N questions per file (the first N; for a quick check)",
    )
    parser.add_argument(
        "--passages",
        type=int,
        default=30,
        help="passages retrieved per search, whose distinct documents are ranked (default 30)",
    )
    parser.add_argument(
        "--backend",
        choices=["onnx-int8", "torch"],
        default=None,
        help="encoder backend for dense search (default: the one the index was built with)",
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="write the summary and per-question ranks here"
    )
    args = parser.parse_args(argv)

    warnings.filterwarnings("ignore")
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    records: list[dict[str, Any]] = []
    for file in args.questions:
        lines = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
        records += lines[: args.max_questions] if args.max_questions else lines

    index = open_index(args.index.resolve(), args.backend)
    print(
        f"index {args.index}: {len(index.catalog.documents())} documents; {len(records)} questions; "
        f"{args.passages} passages per search",
        file=sys.stderr,
    )
    rows, skipped = evaluate(index, records, args.passages)
    index.close()

    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_type[row["type"]].append(row)
    summaries = {t: summarise(by_type[t]) for t in sorted(by_type)}
    summaries["overall"] = summarise(rows)
    print(
        f"skipped: {skipped['none']} without sources ('none'), {skipped['not in index']} whose gold "
        "documents are not in the index"
    )
    for name, summary in summaries.items():
        print_table(name, summary)
    if args.out:
        args.out.write_text(
            json.dumps(
                {
                    "index": str(args.index),
                    "passages": args.passages,
                    "skipped": skipped,
                    "summary": summaries,
                    "questions": rows,
                },
                indent=2,
            )
        )
        print(f"\nfigures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
