"""The named API endpoints (/ask, /check, /check_text, /compare, /grades, /themes, /ingest): the CLI's JSON."""

# No `from __future__ import annotations`: gr.api reads the endpoint functions' type hints at run time.
import gradio as gr

from web import api
from web.library import results_json
from web.views.common import INGEST, Parts
from web.views.library import ingest_files


def api_endpoints(parts: Parts) -> None:
    assistant = parts.assistant

    def ask(question: str) -> dict:
        """Answer a question; the same JSON as `inspectchat ask --json`."""
        return api.ask_json(assistant, question)

    def check(claim: str) -> dict:
        """Check a claim: verdict (supported, contradicted, not_found) with the deciding quotes."""
        return api.check_json(assistant, claim)

    def check_text(text: str) -> dict:
        """Check every claim of a story or paragraph: overall verdict, and per claim (parts) its verdict,
        reason and quote."""
        return api.check_text_json(assistant, text)

    def compare(organisations: str, years: str) -> dict:
        """Compare organisations (comma-separated) across the years named (e.g. '2018, 2023')."""
        return api.compare_json(assistant, organisations, years)

    def grades(organisations: str) -> dict:
        """Every judgement of the organisations named (comma-separated; empty: all), with its quote."""
        return api.grades_json(assistant, organisations)

    def themes(question: str, years: str, organisations: str) -> dict:
        """Recurring themes of the improvement findings of the reports a question or topic selects (years:
        e.g. '2023'; organisations comma-separated; empty: all): each theme with its counts and items."""
        return api.themes_json(assistant, question, years, organisations)

    gr.api(ask, api_name="ask")
    gr.api(check, api_name="check")
    gr.api(check_text, api_name="check_text")
    gr.api(compare, api_name="compare")
    gr.api(grades, api_name="grades")
    gr.api(themes, api_name="themes")

    files = gr.File(file_count="multiple", visible=False)
    result = gr.JSON(visible=False)
    button = gr.Button(visible=False)

    def ingest(paths: list[str] | None) -> list:
        """Ingest uploaded files; one result per file: source, status, reason, chunks, doc_id."""
        return results_json(ingest_files(parts, paths))

    button.click(ingest, [files], [result], api_name="ingest", **INGEST)
