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
INGEST_RATIO_TARGET = 0.25  # issue 11 (it was 0.5)
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


class StageClock:
    """Wall seconds spent in each stage of our ingest, by wrapping the functions each stage calls (leaf
    calls only, so nothing is counted twice; what no stage covers is "other")."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, stage: str, function: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - t0
                self.calls[stage] = self.calls.get(stage, 0) + 1

        return timed

    def instrument(self, pipeline: Any, index: Any, config: Any) -> Any:
        """Wraps the pipeline's stages and the index's stores; returns the config whose parser is timed."""
        import dataclasses

        for name, stage in (
            ("read_source", "read"),
            ("read_sidecar", "read"),
            ("content_hash", "read"),
            ("detect_content_type", "detect"),
            ("extract_meta", "facts"),
            ("chunk_document", "chunk"),
        ):
            setattr(pipeline, name, self.wrap(stage, getattr(pipeline, name)))
        embedder = index.embedder
        embedder.embed = self.wrap("embed", embedder.embed)
        for name in ("upsert", "ids_of", "delete_ids"):
            setattr(index.vectors, name, self.wrap("store: Chroma", getattr(index.vectors, name)))
        for name in ("mark_pending", "commit_document", "status_of", "record_location"):
            setattr(index.catalog, name, self.wrap("store: catalogue", getattr(index.catalog, name)))
        index.keywords.refresh = self.wrap("store: BM25 rebuild", index.keywords.refresh)
        return dataclasses.replace(config, parser=self.wrap("parse", config.parser))

    def table(self, wall: float) -> list[dict[str, Any]]:
        order = ["read", "detect", "parse", "facts", "chunk", "embed", "store: Chroma", "store: catalogue",
                 "store: BM25 rebuild"]  # fmt: skip
        rows = [
            {"stage": stage, "s": self.seconds.get(stage, 0.0), "calls": self.calls.get(stage, 0)}
            for stage in order
        ]
        rows.append({"stage": "other", "s": max(0.0, wall - sum(r["s"] for r in rows)), "calls": None})
        for row in rows:
            row["share"] = row["s"] / wall if wall else None
        return rows


def worker_ours(job: dict[str, Any]) -> dict[str, Any]:
    import ingest.pipeline as pipeline
    from ingest.parsers import worker_peak_mb
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
    clock = StageClock()
    config = clock.instrument(pipeline, index, ingest_config(settings))
    t_ingest = time.perf_counter()
    report = ingest([job["staging"]], index, progress=False, config=config)
    stages = clock.table(time.perf_counter() - t_ingest)
    wall = time.perf_counter() - t0
    peak = peak_rss_mb()
    reader_peak = worker_peak_mb()  # PDF/HTML/DOCX are read in a capped worker process
    docs = index.catalog.documents()
    out: dict[str, Any] = {
        "encoder": encoder,
        "backend": settings.embedding_backend,
        "ingest_wall_s": wall,
        "model_load_s": model_s,
        "peak_mb": peak,
        "reader_peak_mb": reader_peak,
        "stages": stages,
        "documents": report.count("ingested"),
        "failed": report.count("failed"),
        "chunks": report.embedded_chunks,
        "reused_vectors": getattr(index, "reused_vectors", None),
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
PIPELINES = ("ours", "base", "tutorial")  # base: our worker from --base-code


def run_worker(name: str, job: dict[str, Any], work: Path, base_code: Path | None = None) -> dict[str, Any]:
    """One pipeline in a subprocess. "base" is our pipeline from another checkout (--base-code, e.g. a git
    worktree of an earlier commit): its own bench script's "ours" worker, run in that checkout."""
    job_file, result_file = work / f"{name}-job.json", work / f"{name}-result.json"
    job_file.write_text(json.dumps({**job, "work": str(work / name)} if name == "base" else job))
    root = base_code.resolve() if name == "base" and base_code else ROOT
    cmd = [
        sys.executable,
        str(root / "bench" / "ingest_and_query.py"),
        "--worker",
        "ours" if name == "base" else name,
        "--job",
        str(job_file),
        "--result",
        str(result_file),
    ]
    print(f"running the {name} pipeline ({root}) ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=root)
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


def build_rows(
    pages: int, ours: dict[str, Any], tut: dict[str, Any], base: dict[str, Any] | None = None
) -> list[tuple[str, Any, Any, Any]]:
    """(metric, ours, tutorial, base) rows; base is {} when it was not run."""
    base = base or {}

    def rate(res: dict[str, Any], key: str) -> float | None:
        wall = res.get("ingest_wall_s")
        count = pages if key == "pages" else res.get(key)
        return count / wall if wall and count is not None else None

    def q(res: dict[str, Any], key: str) -> float | None:
        return (res.get("query") or {}).get(key)

    def excl(res: dict[str, Any]) -> float | None:
        wall, model = res.get("ingest_wall_s"), res.get("model_load_s")
        return wall - model if wall is not None and model is not None else None

    def row(name: str, get: Any) -> tuple[str, Any, Any, Any]:
        return (name, get(ours), get(tut), get(base))

    return [
        row("documents", lambda r: r.get("documents")),
        row("chunks", lambda r: r.get("chunks")),
        row("  vectors reused (same text)", lambda r: r.get("reused_vectors")),
        row("ingest wall s", lambda r: r.get("ingest_wall_s")),
        row("  of which model load s", lambda r: r.get("model_load_s")),
        row("  excl. model load s", excl),
        row("pages/s", lambda r: rate(r, "pages")),
        row("chunks/s", lambda r: rate(r, "chunks")),
        row("peak MB (ingest)", lambda r: r.get("peak_mb")),
        row("  reader process peak MB", lambda r: r.get("reader_peak_mb")),
        row("load average after", lambda r: r.get("load_average_1min_after")),
        row("query p50 ms", lambda r: q(r, "p50_ms")),
        row("query p95 ms", lambda r: q(r, "p95_ms")),
    ]


def _ratio(a: Any, b: Any) -> float | None:
    return a / b if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b else None


def print_report(results: dict[str, Any]) -> None:
    ours, tut, base = results["ours"], results["tutorial"], results.get("base") or {}
    rows = build_rows(results["pages"], ours, tut, base)
    width = max(len(r[0]) for r in rows)
    print()
    print(
        f"{len(results['files'])} documents, {results['pages']} pages (pypdf count), "
        f"{results['questions']} questions; run order {', '.join(results.get('order', []))}"
    )
    print(
        f"ours: backend {ours.get('backend', '-')}, {ours.get('encoder', '-')}; tutorial: PyPDFLoader, "
        "RecursiveCharacterTextSplitter(1000, 200), HuggingFaceEmbeddings (torch), Chroma, k=4"
        + (f"; base: our pipeline from {results.get('base_code')}" if base else "")
    )
    head = f"{'metric':<{width}} | {'ours':>10} | {'tutorial':>10} | {'ratio':>6}"
    if base:
        head += f" | {'base':>10} | {'base/tut':>8} | {'ours/base':>9}"
    print(head)
    print("-" * len(head))
    for name, a, b, c in rows:
        line = f"{name:<{width}} | {fmt(a):>10} | {fmt(b):>10} | {fmt(_ratio(a, b), 2):>6}"
        if base:
            line += f" | {fmt(c):>10} | {fmt(_ratio(c, b), 2):>8} | {fmt(_ratio(a, c), 2):>9}"
        print(line)
    for label, res in (("ours", ours), ("tutorial", tut), ("base", base)):
        if res.get("error"):
            print(f"{label}: {res['error']}")
        if res.get("failed"):
            print(f"{label}: {res['failed']} document(s) failed: " + "; ".join(res.get("failures", [])[:5]))
        if (res.get("query") or {}).get("errors"):
            print(f"{label}: {res['query']['errors']} query error(s)")
    for label, res in (("ours", ours), ("base", base)):
        if res.get("stages"):
            print()
            print(
                f"where {label} ingest time goes (wall seconds, encoder load excluded; the stages before embed "
                "run in a prefetch thread where the pipeline has one, so they overlap embed and can sum to "
                "more than the wall):"
            )
            print(f"{'stage':<20} | {'s':>8} | {'share':>6} | {'calls':>6}")
            print(f"{'-' * 20}-+-{'-' * 8}-+-{'-' * 6}-+-{'-' * 6}")
            for row in res["stages"]:
                share = f"{row['share']:.0%}" if row["share"] is not None else "-"
                print(f"{row['stage']:<20} | {row['s']:>8.1f} | {share:>6} | {fmt(row['calls']):>6}")
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


# ------------------------------------------------------------------------------------ ONNX threads


def probe_onnx_threads(corpus: Path, rels: list[Path], sentences: int = 1200, rounds: int = 3) -> None:
    """ms of wall and CPU per sentence for int8 ONNX sessions with different thread settings, interleaved
    (so a change in the machine's load hits them all), batch 8 as ours embeds. The sentences are ours,
    from the chosen documents, embedded a document at a time as ingest does; the model is the export in
    .inspectchat/onnx (made once if missing)."""
    import onnxruntime as ort

    from ingest.chunking import chunk_document
    from ingest.detect import detect_content_type
    from ingest.parsers import parse
    from ingest.pipeline import chunk_sentences
    from vectorstore.embedder import resolve_model_path
    from vectorstore.onnx_embedder import OnnxEmbedder

    documents: list[list[str]] = []
    for rel in rels:
        data = (corpus / rel).read_bytes()
        parsed = parse(data, str(rel), detect_content_type(data, str(rel)))
        chunks = chunk_document("probe", parsed.pages)
        documents.append([t for texts in chunk_sentences(parsed.pages, chunks) for t in texts])
        if sum(map(len, documents)) >= sentences:
            break
    total = sum(map(len, documents))
    embedder = OnnxEmbedder(resolve_model_path(None), ROOT / ".inspectchat" / "onnx", 8)
    model = str(ROOT / ".inspectchat" / "onnx" / "model-int8.onnx")
    cores = os.cpu_count() or 1

    def session(intra: int, spin: bool) -> Any:
        options = ort.SessionOptions()
        options.intra_op_num_threads = intra
        if not spin:
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])

    # None: the shipped path, a document's batches side by side on single-thread worker sessions
    configs: dict[str, Any] = {
        f"{cores} single-thread sessions side by side (as shipped)": None,
        f"one session, intra {cores}, spinning": session(cores, True),
        f"one session, intra {cores}, no spinning": session(cores, False),
        "one session, intra 1": session(1, False),
    }
    figures: dict[str, list[tuple[float, float]]] = {name: [] for name in configs}
    for _ in range(rounds):
        for name, onnx in configs.items():
            if onnx is not None:  # the shipped tokenising, batching and pooling; only the session differs
                embedder._session, embedder._threads = onnx, 1
            else:
                embedder._threads = cores
            wall, cpu = time.perf_counter(), time.process_time()
            for texts in documents:
                embedder.embed(texts)
            figures[name].append(
                ((time.perf_counter() - wall) * 1000 / total, (time.process_time() - cpu) * 1000 / total)
            )
    print(f"ONNX int8, batch 8, {total} sentences x {rounds} rounds; load average {os.getloadavg()[0]:.1f}")
    print(f"{'session':<52} | {'wall ms/sentence':>16} | {'CPU ms/sentence':>15}")
    for name, rows in figures.items():
        wall_ms = sorted(r[0] for r in rows)[len(rows) // 2]
        cpu_ms = sorted(r[1] for r in rows)[len(rows) // 2]
        print(f"{name:<52} | {wall_ms:>16.2f} | {cpu_ms:>15.2f}")


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
    parser.add_argument(
        "--pipelines", default="ours,tutorial", help="comma-separated, run in this order: ours,base,tutorial"
    )
    parser.add_argument(
        "--base-code",
        type=Path,
        default=None,
        help="the base pipeline: our ingest from this checkout (e.g. `git worktree add /tmp/base HEAD~3`)",
    )
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the work folder (our index is WORK/ours-data, usable by retrieval_recall)",
    )
    parser.add_argument(
        "--onnx-threads",
        action="store_true",
        help="only compare ONNX Runtime thread settings on chunks of the chosen documents (medians of 3 rounds)",
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
    if args.onnx_threads:
        probe_onnx_threads(corpus, rels)
        return 0
    question_files = args.questions or default_questions(corpus)
    covered_only = args.limit is not None and not args.all_questions
    questions = pick_questions(load_questions(question_files), rels, covered_only, args.max_questions)
    if not questions:
        parser.error(
            "no questions to time"
            + (" about the chosen documents (try --all-questions)" if covered_only else "")
        )
    pipelines = [p.strip() for p in args.pipelines.split(",") if p.strip()]
    unknown = set(pipelines) - set(PIPELINES)
    if "base" in pipelines and not args.base_code:
        parser.error("the base pipeline needs --base-code DIR (a checkout of the version to compare with)")
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
            "order": pipelines,
            "base_code": str(args.base_code) if args.base_code else None,
            "load_average_1min_before": os.getloadavg()[0],
            "python": sys.version.split()[0],
        }
        for name in PIPELINES:  # in the order given, so runs can alternate (e.g. base,ours,tutorial)
            results[name] = {}
        for name in pipelines:
            results[name] = run_worker(name, job, work, args.base_code)
            results[name]["load_average_1min_after"] = os.getloadavg()[0]
        results["targets"], results["verdicts"] = targets(results["ours"], results["tutorial"])
        results["table"] = [
            {
                "metric": m,
                "ours": a,
                "tutorial": b,
                "ratio": a / b if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b else None,
            }
            for m, a, b, _ in build_rows(pages, results["ours"], results["tutorial"])
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
