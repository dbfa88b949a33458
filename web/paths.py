"""The folders the app writes in, all inside the data directory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Folders:
    data_dir: Path

    @property
    def uploads(self) -> Path:
        """Uploaded files, copied out of Gradio's temporary folder; they stay (re-ingest reads them)."""
        return self.data_dir / "uploads"

    @property
    def page_images(self) -> Path:
        """Rendered page previews: the only folder the app serves files from."""
        return self.data_dir / "page-images"

    @property
    def exports(self) -> Path:
        return self.data_dir / "exports"
