"""Shared pytest configuration: markers and the location of the real document corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
CORPUS_ENV = "INSPECTCHAT_CORPUS"

MARKERS = {
    "corpus": "needs the real document corpus (INSPECTCHAT_CORPUS or ../shared/corpus)",
    "integration": "exercises several components together; slower than unit tests",
    "slow": "takes more than a few seconds",
    "browser": "drives a real browser (Playwright)",
    "server": "starts the app server",
}


def pytest_configure(config: pytest.Config) -> None:
    for name, description in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {description}")


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
