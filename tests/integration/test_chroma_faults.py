"""Chroma server faults, with a real `chroma run`: the server is killed (SIGKILL) while an ingest runs and a
question is asked, then started again on the same data and port.

What must hold:

* during the outage a question fails with StoreUnavailableError naming host:port and how to start the
  server, and so does the ingest (it ends the batch: the index itself is unusable);
* after the server is back the same Assistant and Index answer again: nothing is rebuilt or restarted;
* the ingest, run again, ends with exactly the catalogue's chunks in Chroma: none missing, none extra, no
  duplicates, no document left pending. Three more rounds kill the server at different moments of an ingest.

Documents are generated; the embedder is the hashing fake (tests/fakes.py), slowed down a little so that
kills land in the middle of an ingest. The event log is written to the test's tmp dir (chroma-faults.log)
and its summary printed (pytest -s, or -rP).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
from fakes import FakeEmbedder

from ingest.pipeline import IngestReport, ingest
from inspectchat.factory import build_assistant, ingest_config, open_index
from inspectchat.settings import Settings
from vectorstore.errors import StoreUnavailableError
from vectorstore.index import Index

pytestmark = [pytest.mark.integration, pytest.mark.server, pytest.mark.slow]

REPO_ROOT = Path(__file__).resolve().parents[2]
FORCES = ["Anytown", "Borsetshire", "Casterbridge", "Dunmore", "Eastwick", "Fulchester", "Gotham", "Holby"]
TOPICS = [
    "training for officers who respond to reports of domestic abuse",
    "the time taken to answer emergency calls from the public",
    "how investigators record crimes against children",
    "supervision of officers who manage registered sex offenders",
    "the quality of referrals made to children's social care",
    "how the force listens to victims and keeps them informed",
]
QUESTION = "What did Anytown Police say about training for officers who respond to domestic abuse?"


# ------------------------------------------------------------------------------------------ helpers


class EventLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.started = time.monotonic()
        self.lines: list[str] = []

    def __call__(self, event: str) -> None:
        line = f"+{time.monotonic() - self.started:7.2f}s  {event}"
        self.lines.append(line)
        with self.path.open("a", encoding="utf-8") as file:
            file.write(line + "\n")


class ChromaServer:
    """A `chroma run` on a fixed port and data folder that can be killed and started again."""

    def __init__(self, folder: Path, log: EventLog) -> None:
        chroma = REPO_ROOT / ".venv" / "bin" / "chroma"
        found = str(chroma) if chroma.exists() else shutil.which("chroma")
        if not found:
            pytest.skip("the chroma CLI is not installed")
        self.binary = found
        self.folder = folder
        self.log = log
        self.host = "127.0.0.1"
        with socket.socket() as sock:
            sock.bind((self.host, 0))
            self.port = int(sock.getsockname()[1])
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        output = (self.folder / "chroma-server.log").open("ab")
        self.process = subprocess.Popen(
            [
                self.binary,
                "run",
                "--path",
                str(self.folder / "data"),
                "--host",
                self.host,
                "--port",
                str(self.port),
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        output.close()
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                pytest.fail(f"chroma run exited with {self.process.returncode}; see chroma-server.log")
            try:
                if (
                    httpx.get(f"http://{self.host}:{self.port}/api/v2/heartbeat", timeout=1).status_code
                    == 200
                ):
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("chroma run did not answer its heartbeat within 60 s")
            time.sleep(0.1)
        self.log(f"server started (pid {self.process.pid}) on {self.host}:{self.port}")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()  # SIGKILL: no shutdown, no flush
            self.process.wait(timeout=10)
            self.log(f"server KILLED (pid {self.process.pid})")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


class SlowEmbedder(FakeEmbedder):
    """The hashing fake, a little slow (so a kill lands mid-ingest), calling ``on_call(n)`` before each call."""

    def __init__(self, delay: float = 0.0) -> None:
        super().__init__()
        self.delay = delay
        self.on_call: Any = None

    def embed(self, texts: list[str]) -> np.ndarray:
        if self.on_call is not None:
            self.on_call(self.calls + 1)
        time.sleep(self.delay)
        return super().embed(texts)


def write_statements(folder: Path, forces: list[str], round_: int = 0) -> list[Path]:
    paths = []
    for number, force in enumerate(forces):
        lines = [f"{force} Police statement on the HMICFRS inspection (round {round_})", ""]
        for paragraph, topic in enumerate(TOPICS):
            lines.append(
                f"{force} Police welcomes what inspectors found about {topic}. In round {round_} the force "
                f"set out {paragraph + 2} actions on {topic}, and the chief constable of {force} will report "
                f"on progress every {paragraph + 3} months. Officers in {force} have already begun work on "
                f"{topic} with partners in the {force} safeguarding partnership."
            )
            lines.append("")
        path = folder / f"round-{round_}" / f"{number:02d}-{force.lower()}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def chroma_ids(server: ChromaServer, collection: str) -> list[str]:
    """What the server holds, read through a client of its own."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.HttpClient(
        host=server.host, port=server.port, settings=ChromaSettings(anonymized_telemetry=False)
    )
    return list(client.get_collection(collection).get(include=[])["ids"])


def consistency(index: Index, server: ChromaServer, collection: str) -> dict[str, Any]:
    catalogue = [chunk.chunk_id for chunk in index.catalog.chunks()]
    in_chroma = chroma_ids(server, collection)
    documents = index.catalog.documents(include_pending=True)
    pending = [
        d.source for d in documents if (index.catalog.status_of(d.source) or ("", ""))[1] != "complete"
    ]
    return {
        "documents": len(documents),
        "catalogue_chunks": len(catalogue),
        "chroma_chunks": len(in_chroma),
        "duplicates_catalogue": len(catalogue) - len(set(catalogue)),
        "duplicates_chroma": len(in_chroma) - len(set(in_chroma)),
        "missing_in_chroma": sorted(set(catalogue) - set(in_chroma)),
        "extra_in_chroma": sorted(set(in_chroma) - set(catalogue)),
        "pending": pending,
    }


def assert_consistent(state: dict[str, Any]) -> None:
    assert state["missing_in_chroma"] == [], state
    assert state["extra_in_chroma"] == [], state
    assert state["duplicates_catalogue"] == state["duplicates_chroma"] == 0, state
    assert state["pending"] == [], state
    assert state["catalogue_chunks"] == state["chroma_chunks"] > 0, state


def ingest_in_thread(
    inputs: list[str], index: Index, settings: Settings
) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["report"] = ingest(inputs, index, progress=False, config=ingest_config(settings))
        except BaseException as exc:  # noqa: BLE001 - the test inspects whatever ended the ingest
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="ingest")
    thread.start()
    return thread, outcome


@pytest.fixture
def log(tmp_path: Path) -> Iterator[EventLog]:
    events = EventLog(tmp_path / "chroma-faults.log")
    yield events
    print("\n--- chroma fault test log (" + str(events.path) + ") ---")
    print("\n".join(events.lines))


# --------------------------------------------------------------------------------------------- test


def test_chroma_server_killed_during_ingest_and_question(tmp_path: Path, log: EventLog) -> None:
    server = ChromaServer(tmp_path, log)
    server.start()
    try:
        run_scenario(tmp_path, server, log)
    finally:
        server.stop()


def run_scenario(tmp_path: Path, server: ChromaServer, log: EventLog) -> None:
    settings = Settings(
        data_dir=tmp_path / "index", chroma_host=server.host, chroma_port=server.port, retrieval="dense"
    )
    embedder = SlowEmbedder()
    index = open_index(settings, embedder)
    assistant = build_assistant(settings, index)
    dense_queries = 0
    query = index.vectors.query

    def counted_query(*args: Any, **kwargs: Any) -> Any:
        nonlocal dense_queries
        dense_queries += 1
        return query(*args, **kwargs)

    index.vectors.query = counted_query  # type: ignore[method-assign]
    corpus = tmp_path / "corpus"

    # -- a working index
    write_statements(corpus, FORCES[:4])
    report = ingest([str(corpus)], index, progress=False, config=ingest_config(settings))
    assert report.ok, report.summary()
    log(f"first ingest: {report.summary().splitlines()[0]}")
    before = assistant.ask(QUESTION)
    assert dense_queries > 0, "the question never reached Chroma: the test would prove nothing"
    assert not before.abstained and before.citations, before.answer
    log(f"question answered before the outage ({len(before.citations)} citations)")

    # -- the server dies while an ingest runs; a question is asked during the outage
    write_statements(corpus, FORCES[4:], round_=1)
    killed = threading.Event()
    first_call = embedder.calls + 1

    def kill_on_third_document(call: int) -> None:
        if call - first_call == 2 and not killed.is_set():  # the third document of this ingest
            server.kill()
            killed.set()

    embedder.on_call = kill_on_third_document
    thread, outcome = ingest_in_thread([str(corpus)], index, settings)
    assert killed.wait(60), "the ingest never reached its third document"
    asked = dense_queries
    with pytest.raises(StoreUnavailableError) as during:
        assistant.ask(QUESTION)
    assert dense_queries > asked
    message = str(during.value)
    log(f"question during the outage failed: {message}")
    assert f"{server.host}:{server.port}" in message and "chroma run" in message
    thread.join(120)
    assert not thread.is_alive()
    assert isinstance(outcome.get("error"), StoreUnavailableError), outcome
    log(f"ingest during the outage ended: {type(outcome['error']).__name__}")
    embedder.on_call = None

    # -- the server comes back: the same Assistant answers, the ingest run again completes
    server.start()
    after = assistant.ask(QUESTION)
    assert not after.abstained and after.citations, after.answer
    log(f"question after the outage answered by the same Assistant ({len(after.citations)} citations)")
    report = ingest([str(corpus)], index, progress=False, config=ingest_config(settings))
    assert report.ok, report.summary()
    log(f"ingest run again: {report.summary().splitlines()[0]}")
    state = consistency(index, server, settings.collection)
    log(f"consistency after the rerun: {summary_of(state)}")
    assert_consistent(state)

    # -- three more kills, at different moments of an ingest of new documents
    embedder.delay = 0.1  # 8 new documents: about a second of ingest
    interrupted = 1
    for round_, delay in enumerate((0.15, 0.4, 0.7), start=2):
        write_statements(corpus, FORCES, round_=round_)
        timer = threading.Timer(delay, server.kill)
        thread, outcome = ingest_in_thread([str(corpus)], index, settings)
        timer.start()
        thread.join(120)
        timer.join()
        ended = type(outcome["error"]).__name__ if "error" in outcome else "completed before the kill"
        log(f"round {round_}: server killed {delay}s into an ingest; the ingest {ended}")
        if "error" in outcome:
            assert isinstance(outcome["error"], StoreUnavailableError), outcome
            interrupted += 1
        server.start()
        report = ingest([str(corpus)], index, progress=False, config=ingest_config(settings))
        assert report.ok, report.summary()
        state = consistency(index, server, settings.collection)
        log(f"round {round_}: ingest run again: {report.summary().splitlines()[0]}; {summary_of(state)}")
        assert_consistent(state)
        assert isinstance(report, IngestReport)

    final = assistant.ask(QUESTION)
    assert not final.abstained and final.citations
    assert interrupted >= 3, "most kills must land in the middle of an ingest"
    log(
        f"SUMMARY: 4 kills, {interrupted} in the middle of an ingest; questions failed with StoreUnavailableError during the outage and were answered "
        f"after it by the same Assistant; final index {summary_of(state)}"
    )


def summary_of(state: dict[str, Any]) -> str:
    return (
        f"{state['documents']} documents, {state['catalogue_chunks']} chunks in the catalogue, "
        f"{state['chroma_chunks']} in Chroma, missing {len(state['missing_in_chroma'])}, extra "
        f"{len(state['extra_in_chroma'])}, duplicates {state['duplicates_chroma']}, pending {len(state['pending'])}"
    )
