"""The Chat tab: conversation, citation cards, filters, exports and the cited page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.models import Citation
from render.answers import conversation_csv, conversation_markdown
from web import chat
from web.exports import write_text_export
from web.views.common import PRIVATE, Parts, download

# what an answer updates, in order
OUTPUTS = (
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
# what "New conversation" clears, in order
RESET = (
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
INPUTS = ("question", "chatbot", "orgs", "insps", "types", "year_from", "year_to", "context", "turns")


def chat_tab(parts: Parts) -> dict[str, Any]:
    c: dict[str, Any] = {}
    c["empty"] = gr.Markdown(chat.EMPTY_INDEX, visible=False, elem_id="empty-index")
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
            _filters_and_exports(c)
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
    _wire(c, parts)
    return c


def _filters_and_exports(c: dict[str, Any]) -> None:
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


def _wire(c: dict[str, Any], parts: Parts) -> None:
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
        filters = chat.build_filters(orgs, insps, types, y0, y1)
        steps = chat.respond(
            parts.assistant, question, history, filters, context, turns, 0.02, parts.page_text
        )
        for n, step in enumerate(steps):
            yield _outputs(step, parts, first=n == 0)

    for trigger in (c["ask"].click, c["question"].submit):
        trigger(on_ask, [c[k] for k in INPUTS], [c[k] for k in OUTPUTS], **PRIVATE)

    def on_pick(choice: Any, citations: list[Citation]) -> tuple:
        return parts.preview(chat.pick(citations, choice))

    c["pick"].change(on_pick, [c["pick"], c["citations"]], [c["image"], c["info"]], **PRIVATE)

    def on_new() -> tuple:
        def idle() -> Any:
            return gr.DownloadButton(value=None, interactive=False)

        nothing = gr.Radio(choices=[], value=None)
        return [], "", "", nothing, [], {}, [], idle(), idle(), gr.Image(value=None, visible=False), ""

    reset = [c[k] for k in RESET]
    c["new"].click(on_new, None, reset, **PRIVATE)
    c["chatbot"].clear(on_new, None, reset, **PRIVATE)  # the chat's own bin button forgets the context too


def _outputs(step: chat.ChatUpdate, parts: Parts, first: bool) -> tuple:
    skip = gr.skip()
    question = "" if first else skip
    if not step.done:
        return question, step.history, step.cards, step.note, skip, skip, skip, skip, skip, skip
    export = export_csv = skip
    if step.turns:
        folder = parts.folders.exports
        export = download(write_text_export(conversation_markdown(step.turns), folder, "conversation", "md"))
        export_csv = download(write_text_export(conversation_csv(step.turns), folder, "conversation", "csv"))
    pick = gr.Radio(choices=chat.citation_choices(step.citations), value=None)
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
