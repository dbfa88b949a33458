"""Small text helpers shared by the renderers."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Any

_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """Whitespace squashed to single spaces (PDF lines wrap anywhere)."""
    return _WS.sub(" ", text).strip()


def csv_text(rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def shorten(text: str, limit: int) -> str:
    """The text, or its first words up to ``limit`` characters and an ellipsis."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
