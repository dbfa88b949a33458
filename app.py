"""The web app: a Gradio UI (Chat, Library, Check) and named API endpoints over one Assistant.

Thin on purpose: the logic lives in plain functions in assistant/ui.py. Run it with `inspectchat serve`
or `python app.py` (settings from INSPECTCHAT_* environment variables).
"""

# No `from __future__ import annotations`: gr.api reads the endpoint functions' type hints at run time.
import os
from collections.abc import Iterator
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402 - after the environment says no analytics

from assistant import ui  # noqa: E402
from assistant.models import Citation  # noqa: E402
from assistant.service import Assistant  # noqa: E402
from inspectchat.settings import Settings  # noqa: E402
from vectorstore.index import Index  # noqa: E402

CSS = """
.cite-card {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 12px; margin: 6px 0;}
.cite-title {font-weight: 600;}
.cite-meta, .cite-source {font-size: 0.85em; opacity: 0.75;}
.cite-quote {margin: 6px 0; padding-left: 8px; border-left: 3px solid #e6a100;}
mark {background: #ffe066; color: inherit; padding: 0 1px;}
.page-text {max-height: 420px; overflow-y: auto; font-size: 0.9em;}
"""
INGEST = {"concurrency_id": "ingest", "concurrency_limit": 1}  # one change to the index at a time
PRIVATE = {"api_visibility": "private"}


def parse_auth(text: str | None) -> list[tuple[str, str]] | None:
    """'user:pw,user2:pw2' -> [(user, pw), (user2, pw2)]; None when no logins are configured."""
    if not text or not text.strip():
        return None
    pairs = []
    for item in text.split(","):
        user, sep, password = item.strip().partition(":")
        if not sep or not user or not password:
            raise ValueError("auth must be 'user:password' pairs separated by commas")
        pairs.append((user, password))
    return pairs


# -- chat tab ---------------------------------------------------------------------------------------------
def _chat_tab(assistant: Assistant, settings: Settings) -> dict[str, Any]:
    c: dict[str, Any] = {}
    c["empty"] = gr.Markdown(ui.EMPTY_INDEX, visible=False, elem_id="empty-index")
    with gr.Row():
        with gr.Column(scale=3):
            c["chatbot"] = gr.Chatbot(
                label="Conversation",
                height=440,
                elem_id="chatbot",
                buttons=["copy"],
                placeholder="Ask about the inspection reports in the library.",
            )
            with gr.Row():
                c["question"] = gr.Textbox(
                    show_label=False,
                    scale=5,
                    elem_id="question",
                    placeholder="e.g. What was the overall effectiveness grade in 2023?",
                )
                c["ask"] = gr.Button("Ask", variant="primary", scale=1, elem_id="ask-button")
            c["note"] = gr.Markdown(elem_id="filters-note")
            c["cards"] = gr.HTML(elem_id="citations")
        with gr.Column(scale=1, min_width=260):
            gr.Markdown("### Filters")
            c["orgs"] = gr.Dropdown([], multiselect=True, label="Organisation", elem_id="filter-org")
            c["insps"] = gr.Dropdown([], multiselect=True, label="Inspectorate")
            c["types"] = gr.Dropdown([], multiselect=True, label="Document type")
            with gr.Row():
                c["year_from"] = gr.Dropdown([], label="From year", min_width=100)
                c["year_to"] = gr.Dropdown([], label="To year", min_width=100)
            c["new"] = gr.Button("New conversation", size="sm")
            c["export"] = gr.DownloadButton(
                "Export conversation (Markdown)", size="sm", interactive=False, elem_id="export"
            )
    gr.Markdown("### Cited page")
    c["pick"] = gr.Radio([], label="Show the page of a citation", elem_id="citation-pick")
    with gr.Row():
        c["image"] = gr.Image(
            label="Page with the quote highlighted",
            type="filepath",
            interactive=False,
            height=640,
            visible=False,
            elem_id="page-image",
        )
        c["info"] = gr.Markdown(elem_id="page-info")
    c["context"], c["turns"], c["citations"] = gr.State({}), gr.State([]), gr.State([])
    _wire_chat(c, assistant, settings)
    return c


def _wire_chat(c: dict[str, Any], assistant: Assistant, settings: Settings) -> None:
    def on_ask(
        question: str,
        history: list,
        orgs: list,
        insps: list,
        types: list,
        y0: Any,
        y1: Any,
        context: dict,
        turns: list,
    ) -> Iterator[tuple]:
        filters = ui.build_filters(orgs, insps, types, y0, y1)
        for n, step in enumerate(
            ui.respond(assistant, question, history, filters, context, turns, delay=0.02)
        ):
            yield _chat_outputs(step, settings, first=n == 0)

    inputs = [
        c[k]
        for k in ("question", "chatbot", "orgs", "insps", "types", "year_from", "year_to", "context", "turns")
    ]
    outputs = [
        c[k]
        for k in ("question", "chatbot", "cards", "note", "pick", "citations", "context", "turns", "export")
    ]
    for trigger in (c["ask"].click, c["question"].submit):
        trigger(on_ask, inputs, outputs, **PRIVATE)

    def on_pick(choice: Any, citations: list[Citation]) -> tuple:
        if choice is None or not 0 <= int(choice) < len(citations):
            return gr.Image(value=None, visible=False), ""
        preview = ui.preview_citation(settings, assistant.index.catalog.page_text, citations[int(choice)])
        return gr.Image(value=preview.image, visible=preview.image is not None), preview.html

    c["pick"].change(on_pick, [c["pick"], c["citations"]], [c["image"], c["info"]], **PRIVATE)

    def on_new() -> tuple:
        return (
            [],
            "",
            "",
            gr.Radio(choices=[], value=None),
            [],
            {},
            [],
            gr.DownloadButton(value=None, interactive=False),
            gr.Image(value=None, visible=False),
            "",
        )

    reset = [
        c[k]
        for k in (
            "chatbot",
            "cards",
            "note",
            "pick",
            "citations",
            "context",
            "turns",
            "export",
            "image",
            "info",
        )
    ]
    c["new"].click(on_new, None, reset, **PRIVATE)
    c["chatbot"].clear(on_new, None, reset, **PRIVATE)  # the chat's own bin button forgets the context too


def _chat_outputs(step: ui.ChatUpdate, settings: Settings, first: bool) -> tuple:
    skip = gr.skip()
    question = "" if first else skip
    if not step.done:
        return question, step.history, step.cards, step.note, skip, skip, skip, skip, skip
    export = skip
    if step.turns:
        path = ui.write_export(step.turns, settings.data_dir / "exports")
        export = gr.DownloadButton(value=str(path), interactive=True)
    pick = gr.Radio(choices=ui.citation_choices(step.citations), value=None)
    return (
        question,
        step.history,
        step.cards,
        step.note,
        pick,
        step.citations,
        step.context,
        step.turns,
        export,
    )


# -- library tab ------------------------------------------------------------------------------------------
def _library_tab(assistant: Assistant, settings: Settings) -> dict[str, Any]:
    lib: dict[str, Any] = {}
    lib["query"] = gr.Textbox(
        label="Filter the library", placeholder="Words in the title, organisation, source…"
    )
    lib["table"] = gr.Dataframe(
        headers=ui.LIBRARY_COLUMNS,
        interactive=False,
        wrap=True,
        max_height=420,
        column_widths=["26%", "11%", "9%", "10%", "12%", "10%", "6%", "16%"],
        elem_id="library-table",
    )
    gr.Markdown("### Add documents")
    with gr.Row():
        lib["files"] = gr.File(
            file_count="multiple", label="Upload files (PDF, Word, HTML, text)", elem_id="upload"
        )
        with gr.Column():
            lib["url"] = gr.Textbox(label="…or a link to a document", placeholder="https://…")
            lib["add"] = gr.Button("Add to library", variant="primary", elem_id="add-button")
    lib["message"] = gr.Markdown(elem_id="ingest-message")
    lib["results"] = gr.Dataframe(headers=ui.RESULT_COLUMNS, interactive=False, wrap=True, visible=False)
    gr.Markdown("### Remove or re-read a document")
    with gr.Row():
        lib["doc"] = gr.Dropdown([], label="Document", scale=3)
        lib["remove"] = gr.Button("Remove", variant="stop", scale=1)
        lib["reingest"] = gr.Button("Re-ingest", scale=1)
    lib["doc_message"] = gr.Markdown()

    def on_add(files: list[str] | None, url: str) -> tuple:
        results = ui.ingest_uploads(assistant.index, settings, files or [], url or "")
        table = gr.Dataframe(value=ui.result_rows(results), visible=bool(results))
        return ui.ingest_summary(results), table, None, ""

    lib["events"] = [
        lib["add"].click(
            on_add,
            [lib["files"], lib["url"]],
            [lib["message"], lib["results"], lib["files"], lib["url"]],
            **INGEST,
            **PRIVATE,
        ),
        lib["remove"].click(
            lambda d: ui.remove_document(assistant.index, d),
            [lib["doc"]],
            [lib["doc_message"]],
            **INGEST,
            **PRIVATE,
        ),
        lib["reingest"].click(
            lambda d: ui.reingest_document(assistant.index, settings, d),
            [lib["doc"]],
            [lib["doc_message"]],
            **INGEST,
            **PRIVATE,
        ),
    ]
    lib["query"].change(
        lambda q: ui.library_rows(assistant.documents, q), [lib["query"]], [lib["table"]], **PRIVATE
    )
    return lib


# -- check tab --------------------------------------------------------------------------------------------
def _check_tab(assistant: Assistant) -> None:
    text = gr.Textbox(
        lines=4,
        label="Claim to check",
        elem_id="claim",
        placeholder="e.g. Ofsted judged children's services in Testshire to be good in 2023.",
    )
    button = gr.Button("Check", variant="primary")
    summary = gr.Markdown(elem_id="check-summary")
    table = gr.Dataframe(
        headers=ui.CHECK_COLUMNS,
        interactive=False,
        wrap=True,
        elem_id="check-table",
        column_widths=["32%", "10%", "30%", "22%", "6%"],
    )

    def on_check(claims: str) -> tuple:
        rows = ui.check_text(assistant, claims or "")
        return ui.check_summary(rows), rows

    for trigger in (button.click, text.submit):
        trigger(on_check, [text], [summary, table], **PRIVATE)


# -- API --------------------------------------------------------------------------------------------------
def _api(assistant: Assistant, settings: Settings) -> None:
    def ask(question: str) -> dict:
        """Answer a question; the same JSON as `inspectchat ask --json`."""
        return ui.ask_json(assistant, question)

    def check(claim: str) -> dict:
        """Check a claim: verdict (supported, contradicted, not_found) with the deciding quotes."""
        return ui.check_json(assistant, claim)

    def compare(organisations: str, years: str) -> dict:
        """Compare organisations (comma-separated) across the years named (e.g. '2018, 2023')."""
        return ui.compare_json(assistant, organisations, years)

    gr.api(ask, api_name="ask")
    gr.api(check, api_name="check")
    gr.api(compare, api_name="compare")

    files = gr.File(file_count="multiple", visible=False)
    result = gr.JSON(visible=False)
    button = gr.Button(visible=False)

    def ingest(paths: list[str] | None) -> list:
        """Ingest uploaded files; one result per file: source, status, reason, chunks, doc_id."""
        return ui.results_json(ui.ingest_uploads(assistant.index, settings, paths or []))

    button.click(ingest, [files], [result], api_name="ingest", **INGEST)


# -- the whole app ----------------------------------------------------------------------------------------
def build_app(assistant: Assistant, settings: Settings) -> gr.Blocks:
    with gr.Blocks(title="Inspection Chat", analytics_enabled=False) as demo:
        gr.Markdown("# Inspection Chat\nAnswers from inspection reports, each with the passage it rests on.")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                chat = _chat_tab(assistant, settings)
            with gr.Tab("Library", id="library"):
                lib = _library_tab(assistant, settings)
            with gr.Tab("Check", id="check"):
                _check_tab(assistant)
        _api(assistant, settings)

        def refresh(query: str) -> tuple:
            docs = assistant.documents
            inspectorates, types = ui.filter_choices(docs)
            orgs = [o.name for o in assistant.directory.organisations()]
            years = ui.year_choices(docs)
            return (
                gr.Markdown(visible=not docs),
                gr.Dropdown(choices=orgs),
                gr.Dropdown(choices=inspectorates),
                gr.Dropdown(choices=types),
                gr.Dropdown(choices=years),
                gr.Dropdown(choices=years),
                ui.library_rows(docs, query),
                gr.Dropdown(choices=ui.document_choices(docs), value=None),
            )

        targets = [chat[k] for k in ("empty", "orgs", "insps", "types", "year_from", "year_to")]
        targets += [lib["table"], lib["doc"]]
        demo.load(refresh, [lib["query"]], targets, **PRIVATE)
        for event in lib["events"]:
            event.then(refresh, [lib["query"]], targets, **PRIVATE)
    return demo


def launch_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for Blocks.launch: address, logins, upload limit, the one folder files come from."""
    images = ui.page_images_dir(settings)
    images.mkdir(parents=True, exist_ok=True)
    return {
        "server_name": settings.host,
        "server_port": settings.port,
        "auth": parse_auth(settings.auth),
        "max_file_size": f"{settings.max_upload_mb}mb",
        "allowed_paths": [str(images.resolve())],
        "css": CSS,
    }


def launch(demo: gr.Blocks, settings: Settings, **overrides: Any) -> Any:
    demo.queue(default_concurrency_limit=settings.concurrency_limit, max_size=settings.max_queue)
    return demo.launch(**{**launch_options(settings), **overrides})


def main(settings: Settings | None = None) -> None:
    settings = settings or Settings()
    index = Index(settings)
    assistant = Assistant(index, settings)
    launch(build_app(assistant, settings), settings)


if __name__ == "__main__":
    main()
