"""The Library tab's plain functions: the table of documents, uploads and links ingested, a document
removed or read again from its original."""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from assistant.resolve import doc_years
from ingest.errors import IngestError
from ingest.interfaces import DocumentSink
from ingest.models import DocumentMeta
from ingest.pipeline import FileResult, IngestConfig, ingest, ingest_one
from ingest.sources import SourceRef, check_upload_size
from vectorstore.index import Index
from web.paths import Folders
from web.preview import PDFIUM_LOCK, is_url, original_location

LIBRARY_COLUMNS = [
    "title",
    "organisation",
    "inspectorate",
    "type",
    "inspection dates",
    "published",
    "pages",
    "source",
]
RESULT_COLUMNS = ["source", "status", "reason", "chunks"]


# -- the table -------------------------------------------------------------------------------------------
def _dates(doc: DocumentMeta) -> str:
    if doc.inspection_dates_text:
        return doc.inspection_dates_text
    if doc.inspection_start or doc.inspection_end:
        return " to ".join(d for d in (doc.inspection_start, doc.inspection_end) if d)
    return ""


def library_rows(documents: Sequence[DocumentMeta], query: str | None = "") -> list[list[Any]]:
    """One row per document, in LIBRARY_COLUMNS order; the query keeps rows containing all its words."""
    words = (query or "").lower().split()
    rows = []
    for d in documents:
        row = [
            d.title,
            d.organisation or "",
            d.inspectorate or "",
            d.doc_type,
            _dates(d),
            d.publication_date or "",
            d.page_count,
            d.source,
        ]
        haystack = " ".join(str(x) for x in row).lower()
        if all(w in haystack for w in words):
            rows.append(row)
    return rows


def document_choices(documents: Sequence[DocumentMeta]) -> list[tuple[str, str]]:
    return [(f"{d.title} — {d.source}", d.doc_id) for d in documents]


def filter_choices(documents: Sequence[DocumentMeta]) -> tuple[list[str], list[str]]:
    """(inspectorates, document types) present in the index."""
    inspectorates = sorted({d.inspectorate for d in documents if d.inspectorate})
    types = sorted({d.doc_type for d in documents if d.doc_type})
    return inspectorates, types


def year_choices(documents: Sequence[DocumentMeta]) -> list[int]:
    """Years the documents are about (inspection year, else publication year), for the year filters."""
    return sorted({y for d in documents for y in [doc_years(d)[0] or doc_years(d)[1]] if y})


# -- adding documents ----------------------------------------------------------------------------------------
def result_rows(results: Sequence[FileResult]) -> list[list[Any]]:
    return [[r.source, r.status, r.reason, r.chunks] for r in results]


def results_json(results: Sequence[FileResult]) -> list[dict[str, Any]]:
    return [asdict(r) for r in results]


def stage_upload(path: Path, folders: Folders) -> Path:
    """Copy an upload out of Gradio's temporary folder into the data directory, where it stays."""
    folders.uploads.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w .()+-]", "_", path.name).strip(" .") or "upload"
    target = folders.uploads / name
    if path.resolve() != target.resolve():
        shutil.copyfile(path, target)
    return target


def ingest_uploads(
    sink: DocumentSink,
    folders: Folders,
    config: IngestConfig,
    max_upload_mb: int,
    paths: Sequence[str | Path],
    url: str = "",
) -> list[FileResult]:
    """Ingest uploaded files and/or one URL; every input gets a result, failures say why. The catalogue
    records where each one is (the staged upload, or the URL) for page previews and re-ingest."""
    results: list[FileResult] = []
    staged: list[str] = []
    for raw in paths:
        path = Path(raw)
        try:
            check_upload_size(path, max_upload_mb)  # from its size on disk, unread
        except IngestError as exc:  # too large (naming INSPECTCHAT_MAX_UPLOAD_MB), or gone
            results.append(FileResult(path.name, "failed", str(exc)))
            continue
        if not path.is_file():
            results.append(FileResult(path.name, "failed", "the upload did not arrive; try again"))
        else:
            staged.append(str(stage_upload(path, folders)))
    url = url.strip()
    if url and not is_url(url):
        results.append(FileResult(url, "failed", "only http:// and https:// links can be fetched"))
    elif url:
        staged.append(url)
    if staged:
        with PDFIUM_LOCK:
            results += ingest(staged, sink, progress=False, config=config).results
    return results


def ingest_summary(results: Sequence[FileResult]) -> str:
    if not results:
        return "Choose one or more files, or paste a link, then press **Add to library**."
    counts = {s: sum(r.status == s for r in results) for s in ("ingested", "unchanged", "failed")}
    text = f"Added {counts['ingested']}, already up to date {counts['unchanged']}, failed {counts['failed']}."
    fails = [f"- **{r.source}**: {r.reason}" for r in results if r.status == "failed"]
    return text + ("\n\nWhy some failed:\n" + "\n".join(fails) if fails else "")


# -- removing and re-reading ---------------------------------------------------------------------------------
def remove_document(index: Index, doc_id: str) -> str:
    meta = index.catalog.document(doc_id) if doc_id else None
    if meta is None:
        return "Choose a document to remove."
    index.remove_document(doc_id)
    return f"Removed **{meta.title}** ({meta.source})."


def reingest_document(index: Index, config: IngestConfig, doc_id: str) -> str:
    """Read the document again from its original (file or URL) under the same source name."""
    meta = index.catalog.document(doc_id) if doc_id else None
    if meta is None:
        return "Choose a document to re-ingest."
    location = original_location(meta)
    if location is None:
        return f"Cannot re-ingest **{meta.title}**: its original file `{meta.source}` was not found; upload it again."
    try:
        with PDFIUM_LOCK:
            result = ingest_one(
                SourceRef(location=location, source=meta.source), index, force=True, config=config
            )
    except IngestError as exc:
        return f"Re-ingest of **{meta.title}** failed: {exc}"
    finally:
        index.finish()
    return f"Re-ingested **{meta.title}**: {result.chunks} passages."
