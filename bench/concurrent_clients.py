"""Many gradio_client clients asking at once: latency percentiles, throughput and errors of the app's /ask.

Launches the app itself (over an existing index) on a free port, then starts --clients clients, each with
its own gradio_client.Client, each asking --per-client questions taken in turn from a JSONL file (one
object per line with a "question" field, e.g. eval/findings.tune.jsonl).

    python bench/concurrent_clients.py --questions eval/findings.tune.jsonl --index /tmp/idx \
        --clients 50 --per-client 4 [--warmup 3] [--client-procs 2] [--answers answers.jsonl]

The clock starts once every client has connected and the app has answered --warmup questions (the encoder
and the corpus profile load on the first question; connecting 50 clients costs seconds on its own): the
figures are a warm app's steady state. --no-warmup times as the first version of this script did (clients
connecting and the first question's loading inside the wall time). --client-procs N runs the clients in N
processes of their own (as real clients are: elsewhere), not as threads of the app's process, where they
hold the app's GIL; the app's CPU per request is then its own.

--answers writes the JSON of each distinct question's first answer (sorted by question), to compare two
code versions answer for answer (`cmp` or `diff` the files).
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import os
import resource
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
    answers: dict[str, dict] = field(default_factory=dict)
    client_cpu_s: float = 0.0  # CPU of the client processes (connecting included), when they have their own
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, error: str | None, question: str = "", answer: dict | None = None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if error:
                self.errors.append(error)
            if answer is not None and question not in self.answers:
                self.answers[question] = answer

    def merge(self, other: dict) -> None:
        with self.lock:
            self.client_cpu_s += other.get("cpu_s", 0.0)
            self.latencies += other["latencies"]
            self.errors += other["errors"]
            for question, answer in other["answers"].items():
                self.answers.setdefault(question, answer)


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
    """The app over the index, listening on a free local port; returns (demo, url, settings)."""
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


def connect(url: str):  # type: ignore[no-untyped-def]
    from gradio_client import Client

    return Client(url, verbose=False)


def ask(client, question: str, tally: Tally) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    answer = None
    try:
        result = client.predict(question, api_name="/ask")
        error = result.get("error") if isinstance(result, dict) else "not a JSON object"
        answer = result if isinstance(result, dict) else None
    except Exception as exc:  # noqa: BLE001 - count the failure, keep the benchmark going
        error = f"{type(exc).__name__}: {exc}"
    tally.add(time.perf_counter() - started, error, question, answer)


def run_client(
    url: str, questions: list[str], offset: int, count: int, tally: Tally, ready: threading.Barrier | None
) -> None:
    """One client: connect, wait for the others (when ready is given), ask its questions in turn."""
    client = None
    try:
        client = connect(url)
    except Exception as exc:  # noqa: BLE001 - a client that cannot connect counts its questions as errors
        error = f"connect: {type(exc).__name__}: {exc}"
    if ready is not None:
        ready.wait()
    if client is None:
        for _ in range(count):
            tally.add(0.0, error)
        return
    for n in range(count):
        ask(client, questions[(offset + n) % len(questions)], tally)


def client_threads(
    url: str,
    questions: list[str],
    offsets: list[int],
    count: int,
    tally: Tally,
    ready: threading.Barrier | None,
) -> list[threading.Thread]:
    return [
        threading.Thread(target=run_client, args=(url, questions, offset, count, tally, ready))
        for offset in offsets
    ]


def client_process(url: str, questions: list[str], offsets: list[int], count: int, pipe) -> None:  # type: ignore[no-untyped-def]
    """A process of clients: connect them all, say so, wait for 'go', ask, send the tally back."""
    tally = Tally()
    clients = []
    for _ in offsets:
        try:
            clients.append(connect(url))
        except Exception as exc:  # noqa: BLE001
            clients.append(exc)
    pipe.send("ready")
    pipe.recv()  # go

    def one(client, offset: int) -> None:  # type: ignore[no-untyped-def]
        for n in range(count):
            if isinstance(client, Exception):
                tally.add(0.0, f"connect: {type(client).__name__}: {client}")
            else:
                ask(client, questions[(offset + n) % len(questions)], tally)

    threads = [threading.Thread(target=one, args=(c, o)) for c, o in zip(clients, offsets, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times = os.times()
    pipe.send(
        {
            "latencies": tally.latencies,
            "errors": tally.errors,
            "answers": tally.answers,
            "cpu_s": times.user + times.system,
        }
    )


def warm_up(url: str, questions: list[str], count: int) -> None:
    client = connect(url)
    for question in questions[:count]:
        client.predict(question, api_name="/ask")


def report(tally: Tally, clients: int, wall: float, cpu: float, settings, load: tuple) -> str:  # type: ignore[no-untyped-def]
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
        ("app process CPU ms/request", f"{1000 * cpu / max(len(ms), 1):.0f}"),
        ("client processes CPU ms/request", f"{1000 * tally.client_cpu_s / max(len(ms), 1):.0f}"),
        ("load average before / after", f"{load[0]:.2f} / {load[1]:.2f}"),
        ("app concurrency_limit", f"{settings.concurrency_limit}"),
        ("app max_queue", f"{settings.max_queue}"),
        ("app peak RSS MB", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{'metric':<{width}}  value", f"{'-' * width}  -----"]
    lines += [f"{name:<{width}}  {value}" for name, value in rows]
    for error in sorted(set(tally.errors))[:5]:
        lines.append(f"error: {error[:200]}")
    return "\n".join(lines)


def run_in_processes(
    url: str, questions: list[str], offsets: list[int], count: int, procs: int, tally: Tally
):  # type: ignore[no-untyped-def]
    """Clients in `procs` processes; returns the wall seconds from 'go' to the last answer."""
    context = mp.get_context("spawn")
    groups = [offsets[i::procs] for i in range(procs)]
    pipes, workers = [], []
    for group in groups:
        mine, theirs = context.Pipe()
        worker = context.Process(target=client_process, args=(url, questions, group, count, theirs))
        worker.start()
        pipes.append(mine)
        workers.append(worker)
    for pipe in pipes:
        pipe.recv()  # every client connected
    started = time.perf_counter()
    for pipe in pipes:
        pipe.send("go")
    for pipe in pipes:
        tally.merge(pipe.recv())
    wall = time.perf_counter() - started
    for worker in workers:
        worker.join()
    return wall, started


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
    parser.add_argument("--warmup", type=int, default=3, help="questions asked before the clock (default 3)")
    parser.add_argument(
        "--no-warmup",
        action="store_true",
        help="time as the first version did: connecting and the first question's loading inside the wall",
    )
    parser.add_argument(
        "--client-procs",
        type=int,
        default=0,
        help="run the clients in N processes (default 0: app's threads)",
    )
    parser.add_argument("--answers", type=Path, default=None, help="write each question's first answer here")
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    args = parser.parse_args(argv)

    questions = load_questions(args.questions)
    demo, url, settings = start_app(args.index, args.concurrency, args.max_queue)
    tally = Tally()
    offsets = [i * args.per_client for i in range(args.clients)]
    load_before = os.getloadavg()[0]
    try:
        if not args.no_warmup and args.warmup:
            warm_up(url, questions, args.warmup)
        if args.client_procs:
            cpu0 = time.process_time()
            wall, _ = run_in_processes(url, questions, offsets, args.per_client, args.client_procs, tally)
            cpu = time.process_time() - cpu0
        else:
            ready = None if args.no_warmup else threading.Barrier(args.clients + 1)
            threads = client_threads(url, questions, offsets, args.per_client, tally, ready)
            started = time.perf_counter()
            for t in threads:
                t.start()
            if ready is not None:
                ready.wait()  # every client connected
                started = time.perf_counter()
            cpu0 = time.process_time()
            for t in threads:
                t.join()
            wall = time.perf_counter() - started
            cpu = time.process_time() - cpu0
    finally:
        demo.close()
    load = (load_before, os.getloadavg()[0])
    print(report(tally, args.clients, wall, cpu, settings, load))
    if args.answers:
        args.answers.write_text(
            "".join(json.dumps(tally.answers[q], sort_keys=True) + "\n" for q in sorted(tally.answers))
        )
    if args.out:
        ms = [s * 1000 for s in tally.latencies]
        args.out.write_text(
            json.dumps(
                {
                    "clients": args.clients,
                    "requests": len(ms),
                    "errors": len(tally.errors),
                    "p50_ms": percentile(ms, 50),
                    "p95_ms": percentile(ms, 95),
                    "max_ms": max(ms, default=None),
                    "req_per_s": len(ms) / wall if wall else None,
                    "wall_s": wall,
                    "app_cpu_ms_per_request": 1000 * cpu / max(len(ms), 1),
                    "client_cpu_ms_per_request": 1000 * tally.client_cpu_s / max(len(ms), 1),
                    "load_before": load[0],
                    "load_after": load[1],
                    "concurrency_limit": settings.concurrency_limit,
                    "client_procs": args.client_procs,
                    "warmup": 0 if args.no_warmup else args.warmup,
                },
                indent=1,
            )
        )
    return 1 if tally.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
