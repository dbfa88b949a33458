"""The `inspectchat` command: parse arguments, call the core, print results. No logic of its own."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from inspectchat.settings import Settings

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


def _open(index: Path | None):  # type: ignore[no-untyped-def]
    from vectorstore.errors import StoreError
    from vectorstore.index import Index

    try:
        return Index(_settings(index))
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


def _stream(arg: str | None, handle, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    """Answer the argument, or each stdin line as it arrives, flushing every result at once."""
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
            sys.stdout.write(_render(data) + "\n\n")
        sys.stdout.flush()


def _render(data: dict) -> str:  # type: ignore[type-arg]
    if "error" in data:
        return f"error: {data['error']}"
    lines = [data["answer"]]
    for i, c in enumerate(data.get("citations", []), 1):
        page = f", p.{c['page']}" if c.get("page") else ""
        lines.append(f"  [{i}] {c['title']} ({c['source']}{page}): \u201c{c['quote'][:300]}\u201d")
    return "\n".join(lines)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or http(s) URLs.")],
    index: IndexOption = None,
    force: Annotated[bool, typer.Option(help="Re-ingest even unchanged files.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Ingest documents; exit 1 when some failed (each is listed with its reason)."""
    from ingest.pipeline import ingest as run_ingest

    store = _open(index)
    report = run_ingest(paths, store, progress=not quiet, force=force)
    typer.echo(report.summary())
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def ask(
    question: Annotated[str | None, typer.Argument(help="The question; none: one per stdin line.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per question.")] = False,
    index: IndexOption = None,
) -> None:
    """Answer questions with cited passages."""
    from assistant.service import Assistant

    assistant = Assistant(_open(index))
    _stream(question, assistant.ask, as_json)


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
    from assistant.service import Assistant

    assistant = Assistant(_open(index))
    if text is None:
        _stream(claim, assistant.check, as_json)
        return
    story = sys.stdin.read() if text == "-" else Path(text).read_text(encoding="utf-8")
    result = assistant.check_text(story)
    if as_json:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False))
        return
    typer.echo(result.answer)
    for part in result.parts:
        page = f" p.{part['page']}" if part["page"] else ""
        typer.echo(f"- [{part['verdict']}] {part['claim']}\n    {part['reason']}")
        if part["quote"]:
            typer.echo(
                f"    \u201c{part['quote']}\u201d ({part['source']}{page}, {part['date'] or 'undated'})"
            )


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
    from assistant.compare import UnknownOrganisationError, comparison_json
    from assistant.service import Assistant

    assistant = Assistant(_open(index))
    try:
        result = assistant.compare(organisations, years)
    except UnknownOrganisationError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    fmt = "json" if as_json else "markdown" if as_markdown else "csv" if as_csv else fmt
    render = {
        "json": lambda: comparison_json(result),
        "markdown": result.to_markdown,
        "csv": result.to_csv,
        "text": result.to_text,
    }
    if fmt not in render:
        typer.echo(f"error: unknown format {fmt!r}; use text, json, markdown or csv", err=True)
        raise typer.Exit(2)
    typer.echo(render[fmt]())


@app.command()
def grades(
    org: Annotated[list[str] | None, typer.Option("--org", help="Only these organisations.")] = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV instead of a text table.")] = False,
    index: IndexOption = None,
) -> None:
    """Every judgement the index holds, as one table."""
    from assistant.compare import UnknownOrganisationError, rows_to_csv
    from assistant.service import Assistant

    assistant = Assistant(_open(index))
    try:
        rows = assistant.grades(org)
    except UnknownOrganisationError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_csv:
        typer.echo(rows_to_csv(rows), nl=False)
        return
    for r in rows:
        typer.echo(
            f"{r.organisation:32.32s} {r.inspection_dates:32.32s} {r.area:36.36s} {r.grade:22s} p.{r.page}"
        )


@app.command(name="eval")
def evaluate_cmd(
    questions: Annotated[Path, typer.Argument(help="Question set (JSONL, the shared eval format).")],
    out: Annotated[Path, typer.Option(help="Per-question details (JSONL).")] = Path("eval-details.jsonl"),
    index: IndexOption = None,
) -> None:
    """Score the assistant on a question set: accuracy per type, latency, overall score."""
    from assistant.evaluation import evaluate, load_questions
    from assistant.service import Assistant

    assistant = Assistant(_open(index))
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
    import app as web

    settings = _settings(index)
    updates = {k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    web.main(settings.model_copy(update=updates))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
