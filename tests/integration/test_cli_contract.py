"""The command-line contract the evaluation relies on (see ../shared/eval/README.md), run as subprocesses.

inspectchat ingest PATH... [--index DIR]
inspectchat ask   --json [--index DIR] [QUESTION]   # no QUESTION: one question per stdin line
inspectchat check --json [--index DIR] [CLAIM]      # no CLAIM: one claim per stdin line
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.corpus, pytest.mark.slow]

REPO_ROOT = Path(__file__).resolve().parents[2]
NEWS_2023 = "000_14b7559ec405b16e.txt"
NEWS_2025 = "002_d59b5b593ecb7687.txt"
HTML_ERROR_PAGE = (
    "<!DOCTYPE html><html><head><title>Report not found</title></head>"
    "<body><h1>Report not found</h1><p>Sorry.</p></body></html>"
)

QUESTIONS = [
    "How many recommendations did inspectors make to Staffordshire Police after their 2021 visit?",
    "In which month of 2025 did HMICFRS check Staffordshire Police's child protection work?",
    "What overall effectiveness grade did Ofsted give Barsetshire children's services in 2021?",
    "How many additional posts did Staffordshire Police create in its public protection unit in 2023?",
]
CLAIMS = [
    ("HMICFRS found Staffordshire Police good at working with safeguarding partners.", "supported"),
    (
        "After the 2023 re-inspection Staffordshire Police was given eight weeks to provide an updated action plan.",
        "contradicted",
    ),
]

# Runs the real CLI with Assistant.ask failing on one question, to see the run go on after a failure.
FAILING_ASK = """
import sys
from assistant import service
real_ask = service.Assistant.ask
def ask(self, question, filters=None):
    if "FAIL-ME" in question:
        raise RuntimeError("injected failure")
    return real_ask(self, question, filters)
service.Assistant.ask = ask
from inspectchat.cli import main
sys.argv = ["inspectchat", *sys.argv[1:]]
main()
"""


def cli_command() -> list[str]:
    script = REPO_ROOT / ".venv" / "bin" / "inspectchat"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "inspectchat.cli"]  # the project is not pip-installed: run the module


def cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTCHAT_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["HF_HUB_OFFLINE"] = "1"
    return env


def inspectchat(
    *args: str, stdin: str | None = None, cwd: Path, timeout: float = 600, command: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(command or cli_command()), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=cli_env(),
        timeout=timeout,
    )


def json_lines(stdout: str) -> list[dict]:  # type: ignore[type-arg]
    lines = [line for line in stdout.split("\n") if line.strip()]
    return [json.loads(line) for line in lines]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def workspace(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("cli")
    news = root / "news"
    news.mkdir()
    for path in (corpus_dir / "news").iterdir():
        shutil.copy2(path, news / path.name)
    if not (news / NEWS_2023).is_file() or not (news / NEWS_2025).is_file():
        pytest.skip(f"the news items are not in {corpus_dir / 'news'}")
    broken = root / "broken.pdf"
    broken.write_text(HTML_ERROR_PAGE, encoding="utf-8")
    return {"root": root, "news": news, "index": root / "index", "broken": broken}


@pytest.fixture(scope="module")
def ingested(workspace: dict[str, Path]) -> dict[str, Path]:
    result = inspectchat(
        "ingest", str(workspace["news"]), "--index", str(workspace["index"]), "-q", cwd=workspace["root"]
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ingested 2, unchanged 0, failed 0" in result.stdout
    return workspace


def assert_answer_shape(data: dict, question: str, ws: dict[str, Path]) -> None:  # type: ignore[type-arg]
    assert data["question"] == question
    assert isinstance(data["answer"], str) and data["answer"]
    assert isinstance(data["abstained"], bool)
    assert isinstance(data["citations"], list)
    for citation in data["citations"]:
        assert {"source", "title", "page", "quote"} <= set(citation)
        assert citation["source"] in (NEWS_2023, NEWS_2025)  # relative to the folder given to ingest
        assert citation["page"] is None  # text files have no pages
        assert isinstance(citation["title"], str) and citation["title"]
        text = (ws["news"] / citation["source"]).read_text(encoding="utf-8")
        assert squash(citation["quote"]) in squash(text), citation["quote"]


def test_ingest_again_reports_unchanged_and_a_failed_file_exits_1(ingested: dict[str, Path]) -> None:
    result = inspectchat(
        "ingest",
        str(ingested["news"]),
        str(ingested["broken"]),
        "--index",
        str(ingested["index"]),
        "-q",
        cwd=ingested["root"],
    )
    assert result.returncode == 1
    assert "ingested 0, unchanged 2, failed 1" in result.stdout
    assert re.search(r"failed: broken\.pdf: .*HTML error page", result.stdout)


def test_ask_json_answers_each_stdin_line_in_order(ingested: dict[str, Path]) -> None:
    stdin = "\n".join([QUESTIONS[0], QUESTIONS[1], "", QUESTIONS[2], QUESTIONS[3]]) + "\n"
    result = inspectchat(
        "ask", "--json", "--index", str(ingested["index"]), stdin=stdin, cwd=ingested["root"]
    )

    assert result.returncode == 0, result.stderr
    answers = json_lines(result.stdout)
    assert [a["question"] for a in answers] == QUESTIONS  # one line per question; a blank line is none
    for data, question in zip(answers, QUESTIONS, strict=True):
        assert "error" not in data, data
        assert_answer_shape(data, question, ingested)

    recommendations, month, unknown, posts = answers
    assert "15" in recommendations["answer"] and not recommendations["abstained"]
    assert NEWS_2023 in {c["source"] for c in recommendations["citations"]}
    assert "May 2025" in month["answer"]
    assert NEWS_2025 in {c["source"] for c in month["citations"]}
    assert unknown["abstained"] is True and unknown["citations"] == []
    assert "100" in posts["answer"]


def test_ask_json_with_the_question_as_argument(ingested: dict[str, Path]) -> None:
    result = inspectchat(
        "ask", "--json", "--index", str(ingested["index"]), QUESTIONS[1], cwd=ingested["root"]
    )
    assert result.returncode == 0, result.stderr
    answers = json_lines(result.stdout)
    assert len(answers) == 1
    assert_answer_shape(answers[0], QUESTIONS[1], ingested)


def test_check_json_gives_a_verdict_per_claim(ingested: dict[str, Path]) -> None:
    stdin = "\n".join(claim for claim, _ in CLAIMS) + "\n"
    result = inspectchat(
        "check", "--json", "--index", str(ingested["index"]), stdin=stdin, cwd=ingested["root"]
    )

    assert result.returncode == 0, result.stderr
    verdicts = json_lines(result.stdout)
    assert len(verdicts) == len(CLAIMS)
    for data, (claim, verdict) in zip(verdicts, CLAIMS, strict=True):
        assert_answer_shape(data, claim, ingested)
        assert data["verdict"] in ("supported", "contradicted", "not_found")
        assert data["verdict"] == verdict, data
        assert data["citations"], "a verdict cites its evidence"


def test_a_failing_question_prints_an_error_line_and_the_run_goes_on(ingested: dict[str, Path]) -> None:
    questions = [QUESTIONS[1], "FAIL-ME: this question raises", QUESTIONS[0]]
    result = inspectchat(
        "ask",
        "--json",
        "--index",
        str(ingested["index"]),
        stdin="\n".join(questions) + "\n",
        cwd=ingested["root"],
        command=[sys.executable, "-c", FAILING_ASK],
    )

    assert result.returncode == 0, result.stderr
    lines = json_lines(result.stdout)
    assert [line["question"] for line in lines] == questions
    assert set(lines[1]) == {"question", "error"}
    assert "injected failure" in lines[1]["error"]
    assert "error" not in lines[0] and "error" not in lines[2]
    assert "May 2025" in lines[0]["answer"]
    assert "15" in lines[2]["answer"]


def test_answers_stream_before_stdin_is_closed(ingested: dict[str, Path]) -> None:
    process = subprocess.Popen(
        [*cli_command(), "ask", "--json", "--index", str(ingested["index"])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ingested["root"],
        env=cli_env(),
    )
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(QUESTIONS[1] + "\n")
        process.stdin.flush()
        deadline = time.monotonic() + 300
        ready: list = []  # type: ignore[type-arg]
        while not ready and time.monotonic() < deadline and process.poll() is None:
            ready, _, _ = select.select([process.stdout], [], [], 1.0)
        assert ready, "no answer while stdin is still open"
        first = json.loads(process.stdout.readline())
        assert first["question"] == QUESTIONS[1]

        process.stdin.write(QUESTIONS[0] + "\n")
        process.stdin.close()
        rest = json_lines(process.stdout.read())
        assert [r["question"] for r in rest] == [QUESTIONS[0]]
        assert process.wait(timeout=120) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
