"""The Compare tab: organisations' judgements per area across inspections, changes, recurring items."""

from __future__ import annotations

from typing import Any

import gradio as gr
import pandas as pd

from render.comparisons import CHANGE_COLUMNS
from web.compare import CHOOSE, compare_view
from web.exports import write_text_export
from web.views.common import PRIVATE, Parts, download, downloads


def compare_tab(parts: Parts) -> dict[str, Any]:
    k = _layout()
    outputs = [k[n] for n in ("summary", "table", "changes", "recurring", "cited", "export_md", "export_csv")]

    def on_compare(organisations: list, years: list) -> tuple:
        return show_comparison(parts, organisations, years)

    k["button"].click(on_compare, [k["orgs"], k["years"]], outputs, **PRIVATE)
    return k


def _layout() -> dict[str, Any]:
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
        k["button"] = gr.Button("Compare", variant="primary", elem_id="compare-button", scale=1)
    k["summary"] = gr.Markdown(CHOOSE, elem_id="compare-summary")
    k["table"] = gr.Dataframe(
        headers=["organisation", "inspection", "source"],
        label="Judgements per area",
        interactive=False,
        wrap=True,
        elem_id="compare-table",
    )
    gr.Markdown("### Changes between inspections")
    k["changes"] = gr.Dataframe(
        headers=CHANGE_COLUMNS, interactive=False, wrap=True, max_height=360, elem_id="compare-changes"
    )
    gr.Markdown("### What needs to improve, again")
    k["recurring"] = gr.Markdown(elem_id="compare-recurring")
    gr.Markdown("### Citations")
    k["cited"] = gr.Markdown(elem_id="compare-citations")
    k["export_md"], k["export_csv"] = downloads("compare", "comparison")
    return k


def show_comparison(parts: Parts, organisations: list, years: list) -> tuple:
    """(summary, table, changes, recurring items, citations, Markdown and CSV downloads)."""
    view = compare_view(parts.assistant, organisations, years)
    md = csv = None
    if view.table:
        folder = parts.folders.exports
        md = write_text_export(view.markdown, folder, "comparison", "md")
        csv = write_text_export(view.csv, folder, "comparison", "csv")
    header, rows = (view.table[0], view.table[1:]) if view.table else (["organisation", "inspection"], [])
    return (
        view.message,
        pd.DataFrame(rows, columns=header),
        pd.DataFrame(view.changes, columns=CHANGE_COLUMNS),
        view.recurring,
        view.citations,
        download(md),
        download(csv),
    )
