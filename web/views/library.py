"""The Library tab: the documents in the index, uploads and links to add, a document removed or re-read."""

from __future__ import annotations

from typing import Any

import gradio as gr

from web import library
from web.views.common import INGEST, PRIVATE, Parts


def library_tab(parts: Parts) -> dict[str, Any]:
    lib: dict[str, Any] = {}
    lib["query"] = gr.Textbox(
        label="Filter the library", placeholder="Words in the title, organisation, source…"
    )
    lib["table"] = gr.Dataframe(
        headers=library.LIBRARY_COLUMNS,
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
    lib["results"] = gr.Dataframe(headers=library.RESULT_COLUMNS, interactive=False, wrap=True, visible=False)
    gr.Markdown("### Remove or re-read a document")
    with gr.Row():
        lib["doc"] = gr.Dropdown([], label="Document", scale=3)
        lib["remove"] = gr.Button("Remove", variant="stop", scale=1)
        lib["reingest"] = gr.Button("Re-ingest", scale=1)
    lib["doc_message"] = gr.Markdown()
    lib["events"] = _wire(lib, parts)
    lib["query"].change(
        lambda q: library.library_rows(parts.assistant.documents, q),
        [lib["query"]],
        [lib["table"]],
        **PRIVATE,
    )
    return lib


def ingest_files(parts: Parts, files: list[str] | None, url: str = "") -> list[Any]:
    if parts.index is None:
        raise gr.Error("This app has no library to add documents to.")
    settings = parts.settings
    return library.ingest_uploads(
        parts.index, parts.folders, parts.ingest_config, settings.max_upload_mb, files or [], url or ""
    )


def _wire(lib: dict[str, Any], parts: Parts) -> list[Any]:
    def on_add(files: list[str] | None, url: str) -> tuple:
        results = ingest_files(parts, files, url)
        table = gr.Dataframe(value=library.result_rows(results), visible=bool(results))
        return library.ingest_summary(results), table, None, ""

    def on_remove(doc_id: str) -> str:
        return library.remove_document(parts.index, doc_id) if parts.index else ""

    def on_reingest(doc_id: str) -> str:
        return library.reingest_document(parts.index, parts.ingest_config, doc_id) if parts.index else ""

    added = lib["add"].click(
        on_add,
        [lib["files"], lib["url"]],
        [lib["message"], lib["results"], lib["files"], lib["url"]],
        **INGEST,
        **PRIVATE,
    )
    removed = lib["remove"].click(on_remove, [lib["doc"]], [lib["doc_message"]], **INGEST, **PRIVATE)
    reread = lib["reingest"].click(on_reingest, [lib["doc"]], [lib["doc_message"]], **INGEST, **PRIVATE)
    return [added, removed, reread]
