"""The Themes tab: recurring themes of improvement findings as a bar chart; a theme (its bar, or the
dropdown) opens its items, and a row opens the page it quotes."""

from __future__ import annotations

from typing import Any

import gradio as gr

from render.themes import ITEM_COLUMNS
from web import themes
from web.chat import pick
from web.exports import write_text_export
from web.views.common import PRIVATE, Parts, download, downloads, page_preview


def themes_tab(parts: Parts) -> dict[str, Any]:
    k = _layout()
    shown = [k[n] for n in ("summary", "chart", "theme", "heading", "items", "export_md", "export_csv")]
    shown += [k["view"], k["image"], k["info"]]

    def on_themes(text: str, years: list, organisations: list) -> tuple:
        return show_themes(parts, text, years, organisations)

    for trigger in (k["button"].click, k["text"].submit):
        trigger(on_themes, [k["text"], k["years"], k["orgs"]], shown, trigger_mode="always_last", **PRIVATE)

    opened = [k["heading"], k["items"], k["image"], k["info"]]
    k["theme"].input(open_theme, [k["view"], k["theme"]], opened, **PRIVATE)

    def on_bar(view: themes.ThemesView | None, evt: gr.SelectData) -> tuple:
        """A bar selected (dragged across: the chart selects a range of bars) opens the first theme in it."""
        index = themes.theme_index(view.bars if view else [], evt.value)
        if view is None or index is None:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return (gr.Dropdown(value=view.bars[index]), *open_theme(view, view.bars[index]))

    k["chart"].select(on_bar, [k["view"]], [k["theme"], *opened], **PRIVATE)

    def on_row(view: themes.ThemesView | None, chosen: str | None, evt: gr.SelectData) -> tuple:
        index = themes.theme_index(view.bars if view else [], chosen)
        row = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
        cited = view.citations[index] if view is not None and index is not None else []
        return parts.preview(pick(cited, row))

    k["items"].select(on_row, [k["view"], k["theme"]], [k["image"], k["info"]], **PRIVATE)
    return k


def _layout() -> dict[str, Any]:
    k: dict[str, Any] = {}
    with gr.Row():
        k["text"] = gr.Textbox(
            label="Question or topic (optional)",
            placeholder="most common areas for improvement · recurring weaknesses for care leavers · supervision",
            elem_id="themes-text",
            scale=3,
        )
        k["years"] = gr.Dropdown(
            [], multiselect=True, label="Years (none: all)", elem_id="themes-years", scale=2
        )
        k["orgs"] = gr.Dropdown(
            [], multiselect=True, label="Organisations (none: all)", elem_id="themes-orgs", scale=2
        )
        k["button"] = gr.Button("Show themes", variant="primary", elem_id="themes-button", scale=1)
    k["summary"] = gr.Markdown(themes.CHOOSE, elem_id="themes-summary")
    gr.Markdown(f"#### Themes\n{themes.BAR_AXIS}")
    k["chart"] = gr.BarPlot(
        None,
        x="bar",
        y="reports",
        x_title="theme",
        y_title="reports",
        y_lim=[0, None],
        x_label_angle=-25,
        tooltip=["theme", "reports", "findings"],
        height=420,
        show_label=False,
        elem_id="themes-chart",
    )
    with gr.Row():
        k["theme"] = gr.Dropdown(
            [], label="Open a theme (or drag across its bar)", elem_id="themes-pick", scale=3
        )
    k["heading"] = gr.Markdown(elem_id="themes-heading")
    k["items"] = gr.Dataframe(
        headers=ITEM_COLUMNS,
        interactive=False,
        wrap=True,
        max_height=480,
        column_widths=["13%", "9%", "38%", "6%", "34%"],
        elem_id="themes-items",
    )
    k["export_md"], k["export_csv"] = downloads("themes", "themes")
    gr.Markdown("### Quoted page (click a row)")
    k["image"], k["info"] = page_preview("themes")
    k["view"] = gr.State(None)
    return k


def show_themes(parts: Parts, text: str, years: list, organisations: list) -> tuple:
    """(summary, chart, theme choices, the first theme's heading and items, Markdown and CSV downloads, the
    view kept for the events that open a theme, no page yet)."""
    view = themes.themes_view(parts.assistant, text, years, organisations)
    md = csv = None
    if view.markdown:
        folder = parts.folders.exports
        md = write_text_export(view.markdown, folder, "themes", "md")
        csv = write_text_export(view.csv, folder, "themes", "csv") if view.csv else None
    first = view.bars[0] if view.bars else None
    heading, items, image, info = open_theme(view, first)
    return (
        view.message,
        # the bars in rank order (a category axis is otherwise sorted by name)
        gr.BarPlot(themes.themes_frame(view.chart), sort=list(view.bars)),
        gr.Dropdown(choices=view.bars, value=first),
        heading,
        items,
        download(md),
        download(csv),
        view,
        image,
        info,
    )


def open_theme(view: themes.ThemesView | None, chosen: str | None) -> tuple:
    """(heading, items table, no page yet) for the theme chosen."""
    index = themes.theme_index(view.bars, chosen) if view is not None else None
    rows = view.items[index] if view is not None and index is not None else []
    return (
        themes.theme_heading(view, index) if view is not None else "",
        rows,
        gr.Image(value=None, visible=False),
        "",
    )
