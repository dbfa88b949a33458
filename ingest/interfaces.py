"""What ingest needs from the outside: a parser for each content type, and a sink to write documents to.

Ingest never imports a store. vectorstore.index.Index is the real sink (it embeds the chunks and keeps
them in the catalogue, the vector store and the keyword index); tests/fakes.py has one in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from ingest.models import Chunk, DocumentMeta, Page, ParsedDocument


@runtime_checkable
class Parser(Protocol):
    """Bytes of one detected content type ("pdf", "html", "docx", "text", "markdown") to text, page by page.

    Raises ingest.errors.IngestError (ParseError, UnsupportedContentError) naming the source when it cannot.
    The real one is ingest.parsers.parse.
    """

    def __call__(self, data: bytes, source: str, content_type: str) -> ParsedDocument: ...


@runtime_checkable
class DocumentSink(Protocol):
    """Where ingested documents go. Writes are per document and may be repeated (a forced re-ingest)."""

    # Exceptions that mean the sink itself is unusable: they end the batch instead of failing one file.
    fatal_errors: tuple[type[BaseException], ...]

    def status_of(self, source: str) -> tuple[str, str] | None:
        """(content_hash, status) of what is stored under this source name; status "complete" or "pending"."""
        ...

    def record_location(self, source: str, location: str) -> None:
        """An unchanged document's original is now at ``location`` (the file path or URL it was read from)."""
        ...

    def write(
        self,
        meta: DocumentMeta,
        pages: list[Page],
        chunks: list[Chunk],
        sentences: Sequence[Sequence[str]] | None = None,
    ) -> int:
        """Store one document with its pages and chunks (and the texts of each chunk's sentences, in the
        order of ``chunks``, for the sink to embed once); returns the number of chunks newly embedded."""
        ...

    def finish(self) -> None:
        """Called once after a batch (and after a single re-ingest)."""
        ...
