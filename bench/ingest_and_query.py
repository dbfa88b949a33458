"""Our ingest + query pipeline against the plain LangChain tutorial pipeline, on the same documents.

Usage, from the repository root:

    .venv/bin/python bench/ingest_and_query.py --corpus ../shared/corpus [--limit N]
        [--questions FILE ...] [--max-questions N] [--out results.json] [--keep]

What it does, in one run:

1. Picks the documents: every ``.pdf`` and ``.txt`` under ``--corpus`` (hidden files left out), sorted by
   relative path, the first ``--limit`` of them if given. They are linked (with their ``.meta.json``
   sidecars) into a staging folder, so both pipelines see exactly the same files under the same relative
   paths. Pages are counted once, with pypdf (a text file is one page); that count is the numerator of
   pages/s for both pipelines. Counting also reads every file once, so neither pipeline pays a cold disk.
2. Runs each pipeline in its own subprocess (so their peak memory is separate), into a fresh temp dir:

   * ours: ``open_index(Settings(data_dir=fresh))`` then ``ingest([staging], index)``. The wall time covers
     opening the index, loading the encoder (with a fresh data dir, the one-time ONNX int8 export
     included) and ingesting; the encoder load is also given on its own row.
   * tutorial: ``HuggingFaceEmbeddings`` (the same local all-MiniLM-L6-v2, CPU, offline),
     ``PyPDFLoader`` / ``TextLoader`` per file, ``RecursiveCharacterTextSplitter(1000, 200)``,
     ``Chroma.from_documents`` into a fresh folder. The wall time covers all of it, model load included.

   Peak memory is the subprocess's ``ru_maxrss`` read right after ingest.
3. Queries, warm, in the same subprocess: the index / Chroma store is reopened from disk, one untimed
   warm-up queries are made (spread over the set), then every question is timed: ``Assistant(index).ask(q)`` for ours (scope,
   hybrid retrieval, extractive answer with verified citations) and ``similarity_search(q, k=4)`` for
   the tutorial (retrieval only: it returns passages, not an answer).
4. Prints metric | ours | tutorial | ratio and the targets: ingest wall time <= 0.5x the tutorial's,
   query p95 < 300 ms warm. ``--out`` writes every figure as JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

# Offline and quiet, before any library reads them (the subprocesses inherit these).
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script (python bench/ingest_and_query.py) without an install
    sys.path.insert(0, str(ROOT))

DOC_SUFFIXES = (".pdf", ".txt")
SIDECAR_SUFFIX = ".meta.json"
INGEST_RATIO_TARGET = 0.5
QUERY_P95_TARGET_MS = 300.0
WARMUP_QUERIES = 3


# ---------------------------------------------------------------------------------------------- helpers


def select_documents(corpus: Path, limit: int | None) -> list[Path]:
    """Relative paths of the PDFs and text files under ``corpus``, sorted, the first ``limit``."""
    found: list[tuple[str, ...]] = []
    for dirpath, dirnames, filenames in os.walk(corpus):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(DOC_SUFFIXES):
                continue
            found.append((Path(dirpath) / name).relative_to(corpus).parts)
    rels = [Path(*parts) for parts in sorted(found)]
    return rels[:limit] if limit else rels


def stage(corpus: Path, rels: list[Path], dest: Path) -> None:
    """Link the chosen files (and their sidecars) into ``dest`` under the same relative paths."""
    for rel in rels:
        for src in (corpus / rel, corpus / f"{rel}{SIDECAR_SUFFIX}"):
            if src.exists():
                target = dest / src.relative_to(corpus)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.symlink_to(src.resolve())


def count_pages(files: list[Path]) -> int:
    from pypdf import PdfReader

    pages = 0
    for path in files:
        if path.suffix.lower() == ".pdf":
            try:
                pages += len(PdfReader(str(path)).pages)
            except Exception as exc:  # noqa: BLE001 - a broken PDF is the pipelines' problem; one page
                print(f"warning: cannot count pages of {path}: {exc}", file=sys.stderr)
                pages += 1
        else:
            path.read_bytes()
            pages += 1
    return pages


def load_questions(files: list[Path]) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for file in files
        for line in file.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def source_matches(rel: str, source: str) -> bool:
    """A question's source (relative to the corpus root or a folder in it) names the document ``rel``."""
    return rel == source or rel.endswith("/" + source)


def pick_questions(
    records: list[dict[str, Any]], rels: list[Path], covered_only: bool, max_questions: int | None
) -> list[str]:
    """The questions to time. ``covered_only``: only those whose sources are all among the documents."""
    if covered_only:
        names = [r.as_posix() for r in rels]
        records = [
            q
            for q in records
            if q.get("sources") and all(any(source_matches(n, s) for n in names) for s in q["sources"])
        ]
    questions = [q["question"] for q in records]
    if max_questions and len(questions) > max_questions:  # an even spread, not just the first reports
        step = len(questions) / max_questions
        questions = [questions[int(i * step)] for i in range(max_questions)]
    return questions


def peak_rss_mb() -> float:
    """Peak resident memory of this process (and any children it waited for), in MB (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def time_queries(run_one: Any, questions: list[str]) -> dict[str, Any]:
    """A few untimed warm-up queries, then each question timed; errors are counted and still timed."""
    result: dict[str, Any] = {"questions": len(questions), "errors": 0}
    if not questions:
        return result
    t0 = time.perf_counter()
    for question in questions[:: max(1, len(questions) // WARMUP_QUERIES)][:WARMUP_QUERIES]:
        run_one(question)  # spread over the set, so more than one answering path is warm
    result["warmup_ms"] = (time.perf_counter() - t0) * 1000
    latencies: list[float] = []
    for question in questions:
        t0 = time.perf_counter()
        try:
            run_one(question)
        except Exception as exc:  # noqa: BLE001 - one failed question must not end the benchmark
            result["errors"] += 1
            print(f"query error: {question[:60]!r}: {type(exc).__name__}: {exc}", file=sys.stderr)
        latencies.append((time.perf_counter() - t0) * 1000)
    result.update(
        p50_ms=percentile(latencies, 50),
        p95_ms=percentile(latencies, 95),
        max_ms=max(latencies),
        mean_ms=sum(latencies) / len(latencies),
        per_question=[{"question": q, "ms": ms} for q, ms in zip(questions, latencies, strict=True)],
    )
    return result


# ---------------------------------------------------------------------------------------------- workers


def worker_ours(job: dict[str, Any]) -> dict[str, Any]:
    from ingest.pipeline import ingest
    from inspectchat.factory import build_assistant, ingest_config, open_index
    from inspectchat.settings import Settings

    settings = Settings(
        data_dir=Path(job["work"]) / "ours-data",
        **({"embedding_backend": job["backend"]} if job.get("backend") else {}),
    )
    t0 = time.perf_counter()
    index = open_index(settings)
    t_model = time.perf_counter()
    encoder = index.embedder.name  # loads (first time: exports) the encoder, which ingest would do anyway
    model_s = time.perf_counter() - t_model
    report = ingest([job["staging"]], index, progress=False, config=ingest_config(settings))
    wall = time.perf_counter() - t0
    peak = peak_rss_mb()
    docs = index.catalog.documents()
    out: dict[str, Any] = {
        "encoder": encoder,
        "backend": settings.embedding_backend,
        "ingest_wall_s": wall,
        "model_load_s": model_s,
        "peak_mb": peak,
        "documents": report.count("ingested"),
        "failed": report.count("failed"),
        "chunks": report.embedded_chunks,
        "pages_own_count": sum(d.page_count for d in docs),
        "failures": [f"{r.source}: {r.reason}" for r in report.results if r.status == "failed"],
    }
    index.close()

    index = open_index(settings)  # as the app does: open the index on disk, load once, answer many
    assistant = build_assistant(settings, index)
    out["query"] = time_queries(assistant.ask, job["questions"])
    out["peak_mb_with_queries"] = peak_rss_mb()
    return out


def worker_tutorial(job: dict[str, Any]) -> dict[str, Any]:
    from langchain_chroma import Chroma
    from langchain_community.document_loaders import PyPDFLoader, TextLoader
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from vectorstore.embedder import resolve_model_path

    persist = str(Path(job["work"]) / "tutorial-chroma")
    model_path = resolve_model_path(None)
    t0 = time.perf_counter()
    embeddings = HuggingFaceEmbeddings(model_name=model_path, model_kwargs={"device": "cpu"})
    model_s = time.perf_counter() - t0
    documents = []
    failures: list[str] = []
    files = sorted(Path(job["staging"]).rglob("*"))
    loaded = 0
    for path in files:
        name = path.name.lower()
        if not path.is_file() or name.endswith(SIDECAR_SUFFIX) or not name.endswith(DOC_SUFFIXES):
            continue
        loader = PyPDFLoader(str(path)) if name.endswith(".pdf") else TextLoader(str(path), encoding="utf-8")
        try:
            documents += loader.load()
            loaded += 1
        except Exception as exc:  # noqa: BLE001 - as a tutorial script would, skip a file it cannot read
            failures.append(f"{path}: {type(exc).__name__}: {exc}")
    load_s = time.perf_counter() - t0 - model_s
    splits = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(documents)
    Chroma.from_documents(splits, embeddings, persist_directory=persist)
    wall = time.perf_counter() - t0
    out: dict[str, Any] = {
        "ingest_wall_s": wall,
        "model_load_s": model_s,
        "load_split_s": load_s,
        "peak_mb": peak_rss_mb(),
        "documents": loaded,
        "failed": len(failures),
        "failures": failures,
        "chunks": len(splits),
        "pages_own_count": len(documents),
    }

    store = Chroma(persist_directory=persist, embedding_function=embeddings)  # reopen from disk
    out["query"] = time_queries(lambda q: store.similarity_search(q, k=4), job["questions"])
    out["peak_mb_with_queries"] = peak_rss_mb()
    return out


WORKERS = {"ours": worker_ours, "tutorial": worker_tutorial}


def run_worker(name: str, job: dict[str, Any], work: Path) -> dict[str, Any]:
    job_file, result_file = work / f"{name}-job.json", work / f"{name}-result.json"
    job_file.write_text(json.dumps(job))
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        name,
        "--job",
        str(job_file),
        "--result",
        str(result_file),
    ]
    print(f"running the {name} pipeline ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT)
    if proc.returncode != 0 or not result_file.exists():
        return {"error": f"the {name} worker exited with status {proc.returncode}"}
    result = json.loads(result_file.read_text())
    result["process_s"] = time.perf_counter() - t0
    return result


# ---------------------------------------------------------------------------------------------- report


def fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def build_rows(pages: int, ours: dict[str, Any], tut: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    def rate(res: dict[str, Any], key: str) -> float | None:
        wall = res.get("ingest_wall_s")
        count = pages if key == "pages" else res.get(key)
        return count / wall if wall and count is not None else None

    def q(res: dict[str, Any], key: str) -> float | None:
        return (res.get("query") or {}).get(key)

    def excl(res: dict[str, Any]) -> float | None:
        wall, model = res.get("ingest_wall_s"), res.get("model_load_s")
        return wall - model if wall is not None and model is not None else None

    return [
        ("documents", ours.get("documents"), tut.get("documents")),
        ("chunks", ours.get("chunks"), tut.get("chunks")),
        ("ingest wall s", ours.get("ingest_wall_s"), tut.get("ingest_wall_s")),
        ("  of which model load s", ours.get("model_load_s"), tut.get("model_load_s")),
        ("  excl. model load s", excl(ours), excl(tut)),
        ("pages/s", rate(ours, "pages"), rate(tut, "pages")),
        ("chunks/s", rate(ours, "chunks"), rate(tut, "chunks")),
        ("peak MB (ingest)", ours.get("peak_mb"), tut.get("peak_mb")),
        ("query p50 ms", q(ours, "p50_ms"), q(tut, "p50_ms")),
        ("query p95 ms", q(ours, "p95_ms"), q(tut, "p95_ms")),
    ]


def print_report(results: dict[str, Any]) -> None:
    ours, tut = results["ours"], results["tutorial"]
    rows = build_rows(results["pages"], ours, tut)
    width = max(len(r[0]) for r in rows)
    print()
    print(
        f"{len(results['files'])} documents, {results['pages']} pages (pypdf count), "
        f"{results['questions']} questions"
    )
    print(
        f"ours: backend {ours.get('backend', '-')}, {ours.get('encoder', '-')}; tutorial: PyPDFLoader, "
        "RecursiveCharacterTextSplitter(1000, 200), HuggingFaceEmbeddings (torch), Chroma, k=4"
    )
    print(f"{'metric':<{width}} | {'ours':>10} | {'tutorial':>10} | {'ratio':>6}")
    print(f"{'-' * width}-+-{'-' * 10}-+-{'-' * 10}-+-{'-' * 6}")
    for name, a, b in rows:
        ratio = a / b if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b else None
        print(f"{name:<{width}} | {fmt(a):>10} | {fmt(b):>10} | {fmt(ratio, 2):>6}")
    for label, res in (("ours", ours), ("tutorial", tut)):
        if res.get("error"):
            print(f"{label}: {res['error']}")
        if res.get("failed"):
            print(f"{label}: {res['failed']} document(s) failed: " + "; ".join(res.get("failures", [])[:5]))
        if (res.get("query") or {}).get("errors"):
            print(f"{label}: {res['query']['errors']} query error(s)")
    print()
    for line in results["targets"]:
        print(line)


def targets(ours: dict[str, Any], tut: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    lines: list[str] = []
    verdicts: dict[str, Any] = {}
    a, b = ours.get("ingest_wall_s"), tut.get("ingest_wall_s")
    if a is not None and b:
        ok = a <= INGEST_RATIO_TARGET * b
        verdicts["ingest_ratio"] = {"value": a / b, "target": INGEST_RATIO_TARGET, "pass": ok}
        lines.append(
            f"target ingest wall <= {INGEST_RATIO_TARGET}x tutorial: {a / b:.2f}x "
            f"-> {'PASS' if ok else 'FAIL'}"
        )
    else:
        lines.append("target ingest wall: not measured")
    p95 = (ours.get("query") or {}).get("p95_ms")
    if p95 is not None:
        ok = p95 < QUERY_P95_TARGET_MS
        verdicts["query_p95_ms"] = {"value": p95, "target": QUERY_P95_TARGET_MS, "pass": ok}
        lines.append(
            f"target query p95 < {QUERY_P95_TARGET_MS:.0f} ms warm (ours): {p95:.0f} ms "
            f"-> {'PASS' if ok else 'FAIL'}"
        )
    else:
        lines.append("target query p95: not measured")
    return lines, verdicts


# ---------------------------------------------------------------------------------------------- main


def default_questions(corpus: Path) -> list[Path]:
    eval_dir = corpus.resolve().parent / "eval"
    return [p for p in (eval_dir / "ofsted-dev.jsonl", eval_dir / "seeds-dev.jsonl") if p.exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="folder of PDFs / text files (e.g. ../shared/corpus)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents (sorted paths)")
    parser.add_argument(
        "--questions",
        type=Path,
        nargs="+",
        default=None,
        help="question files (jsonl with 'question'); default: CORPUS/../eval/*-dev.jsonl",
    )
    parser.add_argument(
        "--max-questions",
        type=int,
        default=None,
        help="time at most N questions (an even spread over the files)",
    )
    parser.add_argument(
        "--all-questions",
        action="store_true",
        help="with --limit, time every question, not only those about the chosen documents",
    )
    parser.add_argument(
        "--backend",
        choices=["onnx-int8", "torch"],
        default=None,
        help="our embedding backend (default: settings / INSPECTCHAT_EMBEDDING_BACKEND)",
    )
    parser.add_argument("--pipelines", default="ours,tutorial", help="comma-separated: ours,tutorial")
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the work folder (our index is WORK/ours-data, usable by retrieval_recall)",
    )
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--job", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        warnings.filterwarnings("ignore")  # export tracer and deprecation chatter; errors still surface
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        result = WORKERS[args.worker](json.loads(args.job.read_text()))
        args.result.write_text(json.dumps(result, indent=2))
        return 0

    if args.corpus is None or not args.corpus.is_dir():
        parser.error("--corpus must be an existing folder")
    corpus = args.corpus.resolve()
    rels = select_documents(corpus, args.limit)
    if not rels:
        parser.error(f"no .pdf or .txt files under {corpus}")
    question_files = args.questions or default_questions(corpus)
    covered_only = args.limit is not None and not args.all_questions
    questions = pick_questions(load_questions(question_files), rels, covered_only, args.max_questions)
    if not questions:
        parser.error(
            "no questions to time"
            + (" about the chosen documents (try --all-questions)" if covered_only else "")
        )
    pipelines = [p.strip() for p in args.pipelines.split(",") if p.strip()]
    unknown = set(pipelines) - set(WORKERS)
    if unknown:
        parser.error(f"unknown pipeline(s): {', '.join(sorted(unknown))}")

    work = Path(tempfile.mkdtemp(prefix="inspectchat-bench-"))
    try:
        staging = work / "docs"
        stage(corpus, rels, staging)
        pages = count_pages([corpus / r for r in rels])
        print(
            f"{len(rels)} documents, {pages} pages, {len(questions)} questions; work folder {work}",
            file=sys.stderr,
        )
        job = {"staging": str(staging), "work": str(work), "questions": questions, "backend": args.backend}
        results: dict[str, Any] = {
            "corpus": str(corpus),
            "limit": args.limit,
            "files": [r.as_posix() for r in rels],
            "pages": pages,
            "questions": len(questions),
            "question_files": [str(p) for p in question_files],
            "questions_covered_only": covered_only,
            "cpu_count": os.cpu_count(),
            "python": sys.version.split()[0],
        }
        for name in WORKERS:
            results[name] = run_worker(name, job, work) if name in pipelines else {}
        results["targets"], results["verdicts"] = targets(results["ours"], results["tutorial"])
        results["table"] = [
            {
                "metric": m,
                "ours": a,
                "tutorial": b,
                "ratio": a / b if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b else None,
            }
            for m, a, b in build_rows(pages, results["ours"], results["tutorial"])
        ]
        print_report(results)
        if args.out:
            args.out.write_text(json.dumps(results, indent=2))
            print(f"figures written to {args.out}")
    finally:
        if args.keep:
            print(f"work folder kept: {work} (our index: {work / 'ours-data'})")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if all("error" not in results.get(n, {}) for n in pipelines) else 1


if __name__ == "__main__":
    sys.exit(main())
