"""The Check a story tab: every claim of a pasted story with its verdict and quote; the quoted page."""

from __future__ import annotations

from typing import Any

import gradio as gr

from render.checks import STORY_COLUMNS, story_csv, story_markdown
from web import story
from web.chat import pick
from web.exports import write_text_export
from web.views.common import PRIVATE, Parts, download, downloads, page_preview


def check_tab(parts: Parts) -> None:
    k = _layout()

    def on_check(pasted: str) -> tuple:
        return show_check(parts, pasted)

    outputs = [
        k[n] for n in ("summary", "table", "pick", "citations", "export_md", "export_csv", "image", "info")
    ]
    for trigger in (k["button"].click, k["text"].submit):
        trigger(on_check, [k["text"]], outputs, **PRIVATE)

    def on_row(rows: list, evt: gr.SelectData) -> Any:
        row = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
        return gr.Radio(value=row) if pick(rows, row) is not None else gr.skip()

    k["table"].select(on_row, [k["citations"]], [k["pick"]], **PRIVATE)
    k["pick"].change(
        lambda chosen, rows: parts.preview(pick(rows, chosen)),
        [k["pick"], k["citations"]],
        [k["image"], k["info"]],
        **PRIVATE,
    )


def _layout() -> dict[str, Any]:
    k: dict[str, Any] = {}
    k["text"] = gr.Textbox(
        lines=6,
        max_lines=30,
        label="Story or claim to check",
        elem_id="claim",
        placeholder="Paste a news story, a paragraph or one claim, e.g. Ofsted judged children's services "
        "in Testshire to be good in 2023.",
    )
    k["button"] = gr.Button("Check", variant="primary", elem_id="check-button")
    k["summary"] = gr.Markdown(story.STORY_PROMPT, elem_id="check-summary")
    k["table"] = gr.Dataframe(
        headers=STORY_COLUMNS,
        interactive=False,
        wrap=True,
        max_height=520,
        elem_id="check-table",
        column_widths=["22%", "11%", "21%", "20%", "14%", "7%", "5%"],
    )
    k["export_md"], k["export_csv"] = downloads("check", "story check")
    gr.Markdown("### Quoted page")
    k["pick"] = gr.Radio(
        [], label="Show the page a quote is on (or click a row of the table)", elem_id="check-pick"
    )
    k["image"], k["info"] = page_preview("check")
    k["citations"] = gr.State([])
    return k


def show_check(parts: Parts, pasted: str) -> tuple:
    """(summary, rows, quote choices, citations, Markdown and CSV downloads, no page yet)."""
    check = story.check_story(parts.assistant, pasted or "")
    md = csv = None
    if check.result:
        folder = parts.folders.exports
        md = write_text_export(story_markdown(check.result), folder, "story-check", "md")
        csv = write_text_export(story_csv(check.result), folder, "story-check", "csv")
    return (
        check.summary,
        check.rows,
        gr.Radio(choices=story.story_choices(check), value=None),
        check.citations,
        download(md),
        download(csv),
        gr.Image(value=None, visible=False),
        "",
    )
