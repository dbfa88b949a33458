"""Many gradio_client clients asking at once: latency percentiles and errors of the app's /ask endpoint.

Launches the app itself (over an existing index) on a free port, then starts --clients threads, each with
its own gradio_client.Client, each asking --per-client questions taken in turn from a JSONL file (one
object per line with a "question" field, e.g. ../shared/eval/ofsted-dev.jsonl).

    python bench/concurrent_clients.py --questions ../shared/eval/ofsted-dev.jsonl --index .inspectchat \
        --clients 20 --per-client 5
"""

from __future__ import annotations

import argparse
import json
import math
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if error:
                self.errors.append(error)


def load_questions(path: Path) -> list[str]:
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            questions.append(str(json.loads(line)["question"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"{path}:{number}: not a JSON object with a 'question' field ({exc})") from exc
    if not questions:
        raise SystemExit(f"no questions in {path}")
    return questions


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of the values; nan when there are none."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def start_app(index: Path, concurrency: int | None, queue: int | None):  # type: ignore[no-untyped-def]
    """The app over the index, listening on a free local port; returns (demo, url)."""
    from inspectchat.factory import build_assistant, open_index
    from inspectchat.settings import Settings
    from web import app

    updates: dict[str, object] = {"data_dir": index, "port": free_port(), "host": "127.0.0.1", "auth": None}
    if concurrency:
        updates["concurrency_limit"] = concurrency
    if queue:
        updates["max_queue"] = queue
    settings = Settings().model_copy(update=updates)
    store = open_index(settings)
    if store.is_empty():
        print(f"warning: the index at {index} is empty; every answer will say so", file=sys.stderr)
    demo = app.build_app(build_assistant(settings, store), settings, store)
    app.launch(demo, settings, prevent_thread_lock=True, quiet=True)
    return demo, f"http://127.0.0.1:{settings.port}/", settings


def run_client(url: str, questions: list[str], offset: int, count: int, tally: Tally) -> None:
    from gradio_client import Client

    try:
        client = Client(url, verbose=False)
    except Exception as exc:  # noqa: BLE001 - a client that cannot connect counts its questions as errors
        for _ in range(count):
            tally.add(0.0, f"connect: {type(exc).__name__}: {exc}")
        return
    for n in range(count):
        question = questions[(offset + n) % len(questions)]
        started = time.perf_counter()
        try:
            result = client.predict(question, api_name="/ask")
            error = result.get("error") if isinstance(result, dict) else "not a JSON object"
        except Exception as exc:  # noqa: BLE001 - count the failure, keep the benchmark going
            error = f"{type(exc).__name__}: {exc}"
        tally.add(time.perf_counter() - started, error)


def report(tally: Tally, clients: int, wall: float, settings) -> str:  # type: ignore[no-untyped-def]
    ms = [s * 1000 for s in tally.latencies]
    rows = [
        ("clients", f"{clients}"),
        ("requests", f"{len(ms)}"),
        ("errors", f"{len(tally.errors)}"),
        ("p50 latency (ms)", f"{percentile(ms, 50):.0f}"),
        ("p95 latency (ms)", f"{percentile(ms, 95):.0f}"),
        ("max latency (ms)", f"{max(ms, default=math.nan):.0f}"),
        ("throughput (req/s)", f"{len(ms) / wall:.1f}" if wall else "n/a"),
        ("wall time (s)", f"{wall:.1f}"),
        ("app concurrency_limit", f"{settings.concurrency_limit}"),
        ("app max_queue", f"{settings.max_queue}"),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{'metric':<{width}}  value", f"{'-' * width}  -----"]
    lines += [f"{name:<{width}}  {value}" for name, value in rows]
    for error in sorted(set(tally.errors))[:5]:
        lines.append(f"error: {error[:200]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--questions", type=Path, required=True, help="JSONL with a 'question' field per line"
    )
    parser.add_argument("--index", type=Path, required=True, help="index folder (data_dir) to serve")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--per-client", type=int, default=5, help="questions each client asks (default 5)")
    parser.add_argument("--concurrency", type=int, default=None, help="override the app's concurrency_limit")
    parser.add_argument("--max-queue", type=int, default=None, help="override the app's max_queue")
    args = parser.parse_args(argv)

    questions = load_questions(args.questions)
    demo, url, settings = start_app(args.index, args.concurrency, args.max_queue)
    tally = Tally()
    threads = [
        threading.Thread(
            target=run_client, args=(url, questions, i * args.per_client, args.per_client, tally)
        )
        for i in range(args.clients)
    ]
    started = time.perf_counter()
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        wall = time.perf_counter() - started
        demo.close()
    print(report(tally, args.clients, wall, settings))
    return 1 if tally.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
