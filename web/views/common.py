"""What the views share: the parts they work with, and a few widgets built the same way in every tab."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.models import Citation
from ingest.pipeline import IngestConfig
from inspectchat.factory import ingest_config
from inspectchat.settings import Settings
from render.answers import PageText
from vectorstore.index import Index
from web.paths import Folders
from web.preview import preview_citation

INGEST = {"concurrency_id": "ingest", "concurrency_limit": 1}  # one change to the index at a time
PRIVATE = {"api_visibility": "private"}


@dataclass(frozen=True)
class Parts:
    """What the app works with: the Assistant (questions, checks, comparisons, grades), the index (page
    texts and originals for previews, ingest, removal) and the settings (folders, limits)."""

    assistant: Any  # assistant.service.Assistant, or a stand-in with the same methods
    settings: Settings
    index: Index | None = None  # None: an app without a library (layout tests)

    @property
    def folders(self) -> Folders:
        return Folders(self.settings.data_dir)

    @property
    def ingest_config(self) -> IngestConfig:
        return ingest_config(self.settings)

    @property
    def page_text(self) -> PageText | None:
        return self.index.catalog.page_text if self.index is not None else None

    def preview(self, citation: Citation | None) -> tuple[Any, str]:
        """(image, info) for the page a citation quotes: the rendered page with the quote highlighted, or
        the page text with the quote marked; nothing when no citation is chosen."""
        if citation is None or self.index is None:
            return gr.Image(value=None, visible=False), ""
        preview = preview_citation(self.index.catalog, citation, self.folders.page_images)
        return gr.Image(value=preview.image, visible=preview.image is not None), preview.html


def download(path: Any) -> Any:
    """A download button offering the file, or an idle one when there is nothing to download."""
    return gr.DownloadButton(value=str(path) if path else None, interactive=bool(path))


def page_preview(prefix: str) -> tuple[Any, Any]:
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


def downloads(prefix: str, what: str) -> tuple[Any, Any]:
    with gr.Row():
        md = gr.DownloadButton(
            f"Download {what} (Markdown)", size="sm", interactive=False, elem_id=f"{prefix}-export-md"
        )
        csv = gr.DownloadButton(
            f"Download {what} (CSV)", size="sm", interactive=False, elem_id=f"{prefix}-export-csv"
        )
    return md, csv
