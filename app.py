"""The web app: a Gradio UI (Chat, Library, Check a story, Compare, Grades) and named API endpoints over
one Assistant.

Thin on purpose: the logic lives in plain functions in assistant/ui.py. Run it with `inspectchat serve`
or `python app.py` (settings from INSPECTCHAT_* environment variables).
"""

# No `from __future__ import annotations`: gr.api reads the endpoint functions' type hints at run time.
import os
from collections.abc import Iterator
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402 - after the environment says no analytics
import pandas as pd  # noqa: E402

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
#check-summary, #compare-summary, #grades-summary {font-size: 1.05em;}
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
            c["export_csv"] = gr.DownloadButton(
                "Export conversation (CSV)", size="sm", interactive=False, elem_id="export-csv"
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
        for k in (
            "question",
            "chatbot",
            "cards",
            "note",
            "pick",
            "citations",
            "context",
            "turns",
            "export",
            "export_csv",
        )
    ]
    for trigger in (c["ask"].click, c["question"].submit):
        trigger(on_ask, inputs, outputs, **PRIVATE)

    def on_pick(choice: Any, citations: list[Citation]) -> tuple:
        return _preview(assistant, settings, ui.pick(citations, choice))

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
            "export_csv",
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
        return question, step.history, step.cards, step.note, skip, skip, skip, skip, skip, skip
    export = export_csv = skip
    if step.turns:
        folder = ui.exports_dir(settings)
        export = _download(ui.write_export(step.turns, folder))
        export_csv = _download(ui.write_text_export(ui.export_csv(step.turns), folder, "conversation", "csv"))
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
        export_csv,
    )


def _download(path: Any) -> Any:
    """A download button offering the file, or an idle one when there is nothing to download."""
    return gr.DownloadButton(value=str(path) if path else None, interactive=bool(path))


def _preview(assistant: Assistant, settings: Settings, citation: Citation | None) -> tuple:
    """(image, info) for the page a citation quotes: the rendered page with the quote highlighted, or
    the page text with the quote marked; nothing when no citation is chosen."""
    if citation is None:
        return gr.Image(value=None, visible=False), ""
    preview = ui.preview_citation(settings, assistant.index.catalog.page_text, citation)
    return gr.Image(value=preview.image, visible=preview.image is not None), preview.html


def _page_preview(prefix: str) -> tuple[Any, Any]:
    with gr.Row():
        image = gr.Image(
            label="Page with the quote highlighted",
            type="filepath",
            interactive=False,
            height=640,
            visible=False,
            elem_id=f"{prefix}-page-image",
        )
        info = gr.Markdown(elem_id=f"{prefix}-page-info")
    return image, info


def _downloads(prefix: str, what: str) -> tuple[Any, Any]:
    with gr.Row():
        md = gr.DownloadButton(
            f"Download {what} (Markdown)", size="sm", interactive=False, elem_id=f"{prefix}-export-md"
        )
        csv = gr.DownloadButton(
            f"Download {what} (CSV)", size="sm", interactive=False, elem_id=f"{prefix}-export-csv"
        )
    return md, csv


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


# -- check a story tab ------------------------------------------------------------------------------------
def _check_tab(assistant: Assistant, settings: Settings) -> None:
    text = gr.Textbox(
        lines=6,
        max_lines=30,
        label="Story or claim to check",
        elem_id="claim",
        placeholder="Paste a news story, a paragraph or one claim, e.g. Ofsted judged children's services "
        "in Testshire to be good in 2023.",
    )
    button = gr.Button("Check", variant="primary", elem_id="check-button")
    summary = gr.Markdown(ui.STORY_PROMPT, elem_id="check-summary")
    table = gr.Dataframe(
        headers=ui.STORY_COLUMNS,
        interactive=False,
        wrap=True,
        max_height=520,
        elem_id="check-table",
        column_widths=["22%", "11%", "21%", "20%", "14%", "7%", "5%"],
    )
    export_md, export_csv = _downloads("check", "story check")
    gr.Markdown("### Quoted page")
    pick = gr.Radio(
        [], label="Show the page a quote is on (or click a row of the table)", elem_id="check-pick"
    )
    image, info = _page_preview("check")
    citations = gr.State([])

    def on_check(story: str) -> tuple:
        check = ui.check_story(assistant, story or "")
        md = csv = None
        if check.result:
            folder = ui.exports_dir(settings)
            md = ui.write_text_export(ui.story_markdown(check.result), folder, "story-check", "md")
            csv = ui.write_text_export(ui.story_csv(check.result), folder, "story-check", "csv")
        return (
            check.summary,
            check.rows,
            gr.Radio(choices=ui.story_choices(check), value=None),
            check.citations,
            _download(md),
            _download(csv),
            gr.Image(value=None, visible=False),
            "",
        )

    outputs = [summary, table, pick, citations, export_md, export_csv, image, info]
    for trigger in (button.click, text.submit):
        trigger(on_check, [text], outputs, **PRIVATE)

    def on_row(rows: list, evt: gr.SelectData) -> Any:
        row = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
        return gr.Radio(value=row) if ui.pick(rows, row) is not None else gr.skip()

    table.select(on_row, [citations], [pick], **PRIVATE)
    pick.change(
        lambda choice, rows: _preview(assistant, settings, ui.pick(rows, choice)),
        [pick, citations],
        [image, info],
        **PRIVATE,
    )


# -- compare tab ------------------------------------------------------------------------------------------
def _compare_tab(assistant: Assistant, settings: Settings) -> dict[str, Any]:
    k: dict[str, Any] = {}
    with gr.Row():
        k["orgs"] = gr.Dropdown([], multiselect=True, label="Organisations", elem_id="compare-orgs", scale=3)
        k["years"] = gr.Dropdown(
            [],
            multiselect=True,
            label="Years (optional; none: every inspection)",
            elem_id="compare-years",
            scale=2,
        )
        button = gr.Button("Compare", variant="primary", elem_id="compare-button", scale=1)
    summary = gr.Markdown(
        "Choose one or more organisations to compare (and, if you like, the years).",
        elem_id="compare-summary",
    )
    table = gr.Dataframe(
        headers=["organisation", "inspection", "source"],
        label="Judgements per area",
        interactive=False,
        wrap=True,
        elem_id="compare-table",
    )
    gr.Markdown("### Changes between inspections")
    changes = gr.Dataframe(
        headers=ui.CHANGE_COLUMNS, interactive=False, wrap=True, max_height=360, elem_id="compare-changes"
    )
    gr.Markdown("### What needs to improve, again")
    recurring = gr.Markdown(elem_id="compare-recurring")
    gr.Markdown("### Citations")
    cited = gr.Markdown(elem_id="compare-citations")
    export_md, export_csv = _downloads("compare", "comparison")

    def on_compare(organisations: list, years: list) -> tuple:
        view = ui.compare_view(assistant, organisations, years)
        md = csv = None
        if view.table:
            folder = ui.exports_dir(settings)
            md = ui.write_text_export(view.markdown, folder, "comparison", "md")
            csv = ui.write_text_export(view.csv, folder, "comparison", "csv")
        header, rows = (view.table[0], view.table[1:]) if view.table else (["organisation", "inspection"], [])
        return (
            view.message,
            pd.DataFrame(rows, columns=header),
            pd.DataFrame(view.changes, columns=ui.CHANGE_COLUMNS),
            view.recurring,
            view.citations,
            _download(md),
            _download(csv),
        )

    button.click(
        on_compare,
        [k["orgs"], k["years"]],
        [summary, table, changes, recurring, cited, export_md, export_csv],
        **PRIVATE,
    )
    return k


# -- grades tab -------------------------------------------------------------------------------------------
def _grades_tab(assistant: Assistant, settings: Settings) -> dict[str, Any]:
    k: dict[str, Any] = {}
    with gr.Row():
        k["orgs"] = gr.Dropdown(
            [], multiselect=True, label="Organisations (none: all)", elem_id="grades-orgs", scale=3
        )
        area = gr.Dropdown(
            [ui.DEFAULT_AREA], value=ui.DEFAULT_AREA, label="Area", elem_id="grades-area", scale=2
        )
        button = gr.Button("Show grades", variant="primary", elem_id="grades-button", scale=1)
    summary = gr.Markdown("Choose organisations to chart their grades over time.", elem_id="grades-summary")
    gr.Markdown(f"#### Grades over time\n{ui.GRADE_AXIS}")
    chart = gr.ScatterPlot(
        None,
        x="date",
        y="grade",
        color="organisation",
        x_title="inspection end date",
        y_title="grade (1 to 4)",
        color_title="organisation",
        y_lim=[0.5, 4.5],
        tooltip=["organisation", "judgement", "date", "document"],
        height=400,
        show_label=False,  # a label would push the plot's legend out of its box
        elem_id="grades-chart",
    )
    table = gr.Dataframe(
        headers=ui.GRADE_COLUMNS,
        interactive=False,
        wrap=True,
        max_height=420,
        column_widths=["10%", "12%", "10%", "11%", "8%", "8%", "7%", "14%", "4%", "16%"],
        elem_id="grades-table",
    )
    export_md, export_csv = _downloads("grades", "grades")

    def on_grades(organisations: list, chosen: str | None) -> tuple:
        view = ui.grades_view(assistant, organisations, chosen)
        md = csv = None
        if view.rows:
            folder = ui.exports_dir(settings)
            md = ui.write_text_export(view.markdown, folder, "grades", "md")
            csv = ui.write_text_export(view.csv, folder, "grades", "csv")
        return (
            view.message,
            gr.Dropdown(choices=view.areas or [ui.DEFAULT_AREA], value=view.area),
            # colors_in_legend changes with the data, which makes the plot rebuild its colour scale
            # (on a value change alone Gradio swaps the data and keeps the old organisations' colours)
            gr.ScatterPlot(
                ui.grades_frame(view.chart),
                colors_in_legend=sorted({p["organisation"] for p in view.chart}),
                x_lim=ui.chart_x_lim(view.chart),
            ),
            view.rows,
            _download(md),
            _download(csv),
        )

    outputs = [summary, area, chart, table, export_md, export_csv]
    # not on every organisation picked: plot updates in quick succession can leave the chart a step behind
    for trigger in (button.click, area.input):
        trigger(on_grades, [k["orgs"], area], outputs, trigger_mode="always_last", **PRIVATE)
    return k


# -- API --------------------------------------------------------------------------------------------------
def _api(assistant: Assistant, settings: Settings) -> None:
    def ask(question: str) -> dict:
        """Answer a question; the same JSON as `inspectchat ask --json`."""
        return ui.ask_json(assistant, question)

    def check(claim: str) -> dict:
        """Check a claim: verdict (supported, contradicted, not_found) with the deciding quotes."""
        return ui.check_json(assistant, claim)

    def check_text(text: str) -> dict:
        """Check every claim of a story or paragraph: overall verdict, and per claim (parts) its verdict,
        reason and quote."""
        return ui.check_text_json(assistant, text)

    def compare(organisations: str, years: str) -> dict:
        """Compare organisations (comma-separated) across the years named (e.g. '2018, 2023')."""
        return ui.compare_json(assistant, organisations, years)

    def grades(organisations: str) -> dict:
        """Every judgement of the organisations named (comma-separated; empty: all), with its quote."""
        return ui.grades_json(assistant, organisations)

    gr.api(ask, api_name="ask")
    gr.api(check, api_name="check")
    gr.api(check_text, api_name="check_text")
    gr.api(compare, api_name="compare")
    gr.api(grades, api_name="grades")

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
            with gr.Tab("Check a story", id="check"):
                _check_tab(assistant, settings)
            with gr.Tab("Compare", id="compare"):
                comp = _compare_tab(assistant, settings)
            with gr.Tab("Grades", id="grades"):
                grades = _grades_tab(assistant, settings)
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
                gr.Dropdown(choices=orgs),
                gr.Dropdown(choices=years),
                gr.Dropdown(choices=orgs),
            )

        targets = [chat[k] for k in ("empty", "orgs", "insps", "types", "year_from", "year_to")]
        targets += [lib["table"], lib["doc"], comp["orgs"], comp["years"], grades["orgs"]]
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
