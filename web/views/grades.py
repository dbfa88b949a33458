"""The Grades tab: one area's grades over time as a chart, every judgement as a table."""

from __future__ import annotations

from typing import Any

import gradio as gr

from render.grades import GRADE_COLUMNS
from web import grades
from web.exports import write_text_export
from web.views.common import PRIVATE, Parts, download, downloads


def grades_tab(parts: Parts) -> dict[str, Any]:
    k = _layout()
    outputs = [k[name] for name in ("summary", "area", "chart", "table", "export_md", "export_csv")]

    def on_grades(organisations: list, chosen: str | None) -> tuple:
        return show_grades(parts, organisations, chosen)

    # not on every organisation picked: plot updates in quick succession can leave the chart a step behind
    for trigger in (k["button"].click, k["area"].input):
        trigger(on_grades, [k["orgs"], k["area"]], outputs, trigger_mode="always_last", **PRIVATE)
    return k


def _layout() -> dict[str, Any]:
    k: dict[str, Any] = {}
    with gr.Row():
        k["orgs"] = gr.Dropdown(
            [], multiselect=True, label="Organisations (none: all)", elem_id="grades-orgs", scale=3
        )
        k["area"] = gr.Dropdown(
            [grades.DEFAULT_AREA], value=grades.DEFAULT_AREA, label="Area", elem_id="grades-area", scale=2
        )
        k["button"] = gr.Button("Show grades", variant="primary", elem_id="grades-button", scale=1)
    k["summary"] = gr.Markdown(
        "Choose organisations to chart their grades over time.", elem_id="grades-summary"
    )
    gr.Markdown(f"#### Grades over time\n{grades.GRADE_AXIS}")
    k["chart"] = gr.ScatterPlot(
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
    k["table"] = gr.Dataframe(
        headers=GRADE_COLUMNS,
        interactive=False,
        wrap=True,
        max_height=420,
        column_widths=["10%", "12%", "10%", "11%", "8%", "8%", "7%", "14%", "4%", "16%"],
        elem_id="grades-table",
    )
    k["export_md"], k["export_csv"] = downloads("grades", "grades")
    return k


def show_grades(parts: Parts, organisations: list, chosen: str | None) -> tuple:
    """(summary, area choices, chart, table, Markdown and CSV downloads) for the organisations chosen."""
    view = grades.grades_view(parts.assistant, organisations, chosen)
    md = csv = None
    if view.rows:
        folder = parts.folders.exports
        md = write_text_export(view.markdown, folder, "grades", "md")
        csv = write_text_export(view.csv, folder, "grades", "csv")
    return (
        view.message,
        gr.Dropdown(choices=view.areas or [grades.DEFAULT_AREA], value=view.area),
        # colors_in_legend changes with the data, which makes the plot rebuild its colour scale
        # (on a value change alone Gradio swaps the data and keeps the old organisations' colours)
        gr.ScatterPlot(
            grades.grades_frame(view.chart),
            colors_in_legend=sorted({p["organisation"] for p in view.chart}),
            x_lim=grades.chart_x_lim(view.chart),
        ),
        view.rows,
        download(md),
        download(csv),
    )
