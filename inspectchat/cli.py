"""The `inspectchat` command: parse arguments, build the parts (factory.py), call the core, print the
results (render/). Domain errors become messages and exit codes here, at the edge."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from inspectchat.settings import Settings, configure_environment

if TYPE_CHECKING:
    from assistant.service import Assistant
    from vectorstore.index import Index

logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
for noisy in ("bm25s", "root", "chromadb", "httpx"):
    logging.getLogger(noisy).setLevel(logging.ERROR)

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Cited answers over inspection documents.")

IndexOption = Annotated[
    Path | None, typer.Option("--index", help="Index folder (default: settings' data_dir).")
]


def _settings(index: Path | None) -> Settings:
    settings = Settings()
    if index is not None:
        settings = settings.model_copy(update={"data_dir": index})
    return settings


def _fail(exc: Exception) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(2)


def _open(settings: Settings) -> Index:
    from inspectchat.factory import open_index
    from vectorstore.errors import StoreError

    try:
        return open_index(settings)
    except StoreError as exc:
        raise _fail(exc) from exc


def _assistant(index: Path | None) -> Assistant:
    from inspectchat.factory import build_assistant

    settings = _settings(index)
    return build_assistant(settings, _open(settings))


def _stream(arg: str | None, handle: Callable[[str], Any], as_json: bool) -> None:
    """Answer the argument, or each stdin line as it arrives, flushing every result at once."""
    from render.answers import answer_text

    source = [arg] if arg else (line.rstrip("\n") for line in sys.stdin)
    for text in source:
        if not text.strip():
            continue
        try:
            answer = handle(text)
            data = answer.to_json()
        except Exception as exc:  # noqa: BLE001 - one failed question must not end the run (eval contract)
            data = {"question": text, "error": f"{type(exc).__name__}: {exc}"}
        if as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(answer_text(data) + "\n\n")
        sys.stdout.flush()


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or http(s) URLs.")],
    index: IndexOption = None,
    force: Annotated[bool, typer.Option(help="Re-ingest even unchanged files.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Ingest documents; exit 1 when some failed (each is listed with its reason)."""
    from ingest.coverage import coverage, coverage_table
    from ingest.pipeline import ingest as run_ingest
    from inspectchat.factory import ingest_config
    from vectorstore.errors import StoreError

    settings = _settings(index)
    store = _open(settings)
    try:
        report = run_ingest(paths, store, progress=not quiet, force=force, config=ingest_config(settings))
        read = coverage(store.catalog.documents())
    except StoreError as exc:
        raise _fail(exc) from exc
    finally:
        store.close()
    typer.echo(report.summary())
    if not quiet:
        typer.echo("\nWhat was read, per report family (reports with each fact or list):")
        typer.echo(coverage_table(read))
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def ask(
    question: Annotated[str | None, typer.Argument(help="The question; none: one per stdin line.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per question.")] = False,
    index: IndexOption = None,
) -> None:
    """Answer questions with cited passages."""
    _stream(question, _assistant(index).ask, as_json)


@app.command()
def check(
    claim: Annotated[str | None, typer.Argument(help="The claim; none: one per stdin line.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per claim.")] = False,
    text: Annotated[
        str | None,
        typer.Option("--text", help="A paragraph or story to split into claims (a file, or - for stdin)."),
    ] = None,
    index: IndexOption = None,
) -> None:
    """Check claims: supported, contradicted or not_found, with the deciding quotes."""
    from render.checks import story_text

    assistant = _assistant(index)
    if text is None:
        _stream(claim, assistant.check, as_json)
        return
    story = sys.stdin.read() if text == "-" else Path(text).read_text(encoding="utf-8")
    result = assistant.check_text(story)
    typer.echo(json.dumps(result.to_json(), ensure_ascii=False) if as_json else story_text(result))


@app.command()
def compare(
    organisations: Annotated[list[str], typer.Argument(help="One or more organisations.")],
    years: Annotated[list[int] | None, typer.Option("--years", "--year", help="Inspection years.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text, json, markdown or csv.")] = "text",
    as_json: Annotated[bool, typer.Option("--json")] = False,
    as_markdown: Annotated[bool, typer.Option("--markdown")] = False,
    as_csv: Annotated[bool, typer.Option("--csv")] = False,
    index: IndexOption = None,
) -> None:
    """Judgements per area across inspections, changes, recurring improvement items, with citations."""
    from assistant.compare import UnknownOrganisationError
    from render.comparisons import comparison_csv, comparison_json, comparison_markdown, comparison_text

    renderers = {
        "json": comparison_json,
        "markdown": comparison_markdown,
        "csv": comparison_csv,
        "text": comparison_text,
    }
    fmt = "json" if as_json else "markdown" if as_markdown else "csv" if as_csv else fmt
    if fmt not in renderers:
        typer.echo(f"error: unknown format {fmt!r}; use text, json, markdown or csv", err=True)
        raise typer.Exit(2)
    try:
        result = _assistant(index).compare(organisations, years)
    except UnknownOrganisationError as exc:
        raise _fail(exc) from exc
    typer.echo(renderers[fmt](result))


@app.command()
def grades(
    org: Annotated[list[str] | None, typer.Option("--org", help="Only these organisations.")] = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV instead of a text table.")] = False,
    index: IndexOption = None,
) -> None:
    """Every judgement the index holds, as one table."""
    from assistant.compare import UnknownOrganisationError
    from render.grades import grades_csv, grades_text

    try:
        rows = _assistant(index).grades(org)
    except UnknownOrganisationError as exc:
        raise _fail(exc) from exc
    if as_csv:
        typer.echo(grades_csv(rows), nl=False)
    elif rows:
        typer.echo(grades_text(rows))


@app.command(name="eval")
def evaluate_cmd(
    questions: Annotated[Path, typer.Argument(help="Question set (JSONL, the shared eval format).")],
    out: Annotated[Path, typer.Option(help="Per-question details (JSONL).")] = Path("eval-details.jsonl"),
    index: IndexOption = None,
) -> None:
    """Score the assistant on a question set: accuracy per type, latency, overall score."""
    from assistant.evaluation import evaluate, load_questions

    assistant = _assistant(index)
    report = evaluate(
        load_questions(str(questions)),
        lambda q: assistant.ask(q).to_json(),
        lambda c: assistant.check(c).to_json(),
    )
    with out.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in report.details)
    typer.echo(report.table())


@app.command()
def serve(
    index: IndexOption = None,
    host: Annotated[str | None, typer.Option(help="Address to listen on (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 7860).")] = None,
) -> None:
    """Serve the chat app."""
    from web.app import main as serve_app

    settings = _settings(index)
    updates = {k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    serve_app(settings.model_copy(update=updates))


def main() -> None:
    configure_environment()
    app()


if __name__ == "__main__":
    main()
