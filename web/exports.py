"""Exports written for download: named by a hash of their text, so the same text is the same file."""

from __future__ import annotations

import hashlib
from pathlib import Path


def write_text_export(text: str, folder: Path, stem: str, suffix: str) -> Path:
    """Write an export under `folder` as `stem-<hash of the text>.suffix` (the same text, the same file)."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(text.encode()).hexdigest()[:12]
    path = folder / f"{stem}-{digest}.{suffix}"
    path.write_text(text, encoding="utf-8")
    return path
