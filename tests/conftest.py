"""Shared pytest configuration: the process environment, and the location of the real document corpus.

The markers (corpus, integration, slow, browser, server) are declared in pyproject.toml and enforced with
--strict-markers; `make test-quick` runs the tests that carry none of them. Fakes of every interface are
in fakes.py, the generated documents in documents.py (this folder is on sys.path for the tests).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inspectchat.settings import configure_environment

configure_environment()  # the tests are an entry point too: offline, no telemetry

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
CORPUS_ENV = "INSPECTCHAT_CORPUS"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real corpus folder: $INSPECTCHAT_CORPUS, else ../shared/corpus beside the repository.

    Skips the test when the folder is missing, except under CI (env CI set), where that is a failure.
    """
    configured = os.environ.get(CORPUS_ENV)
    path = Path(configured).expanduser() if configured else DEFAULT_CORPUS
    if path.is_dir():
        return path
    origin = f"${CORPUS_ENV}" if configured else f"the default (set ${CORPUS_ENV} to override)"
    reason = f"corpus folder {path} not found, from {origin}"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must provide the corpus", pytrace=False)
    pytest.skip(reason)


EVAL_DIR_ENV = "INSPECTCHAT_EVAL"
FULL_CORPUS_ENV = "INSPECTCHAT_FULL_CORPUS"
# The quick run ingests a few councils (every inspection of each) and the news; CI ingests everything.
QUICK_SUBSET = ("80438_brighton and hove", "80511_newham", "80561_staffordshire", "80490_bromley")


def full_corpus_run() -> bool:
    return bool(os.environ.get("CI") or os.environ.get(FULL_CORPUS_ENV))


@pytest.fixture(scope="session")
def eval_dir(corpus_dir: Path) -> Path:
    configured = os.environ.get(EVAL_DIR_ENV)
    path = Path(configured) if configured else corpus_dir.parent / "eval"
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"eval folder {path} not found; CI must provide it", pytrace=False)
        pytest.skip(f"eval folder {path} not found (set ${EVAL_DIR_ENV})")
    return path


@pytest.fixture(scope="session")
def corpus_index(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The real corpus ingested once per test session with the real embedder and embedded Chroma.

    All of it under CI (or with INSPECTCHAT_FULL_CORPUS=1), else a few councils and the news articles.
    Yields (index, report, inputs).
    """
    from ingest.pipeline import ingest
    from inspectchat.factory import open_index
    from inspectchat.settings import Settings

    if full_corpus_run():
        inputs = [str(corpus_dir)]
    else:
        # The same layout as the corpus (so sources read "ofsted-ilacs/<council>/<file>"), linked file by file.
        mirror = tmp_path_factory.mktemp("corpus-subset")
        folders = [corpus_dir / "news"] + [corpus_dir / "ofsted-ilacs" / name for name in QUICK_SUBSET]
        for folder in folders:
            target = mirror / folder.relative_to(corpus_dir)
            target.mkdir(parents=True)
            for file in folder.iterdir():
                (target / file.name).symlink_to(file)
        inputs = [str(mirror)]
    data_dir = tmp_path_factory.mktemp("corpus-index")
    index = open_index(Settings(data_dir=data_dir))
    report = ingest(inputs, index, progress=False)
    yield index, report, inputs
    index.close()
