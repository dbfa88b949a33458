"""Ingest: sources in, documents parsed, facts extracted, chunks made and written to a sink. Incremental.

The stages: find sources (sources.py) → read bytes → detect the type (detect.py) → parse (parsers.py) →
read the report's facts (metadata.py, facts.py) → chunk (chunking.py) → DocumentSink.write, which embeds
and stores (vectorstore.index.Index). Ingest imports no store: the application passes the sink in.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tqdm import tqdm

from ingest.chunking import chunk_document
from ingest.detect import detect_content_type
from ingest.errors import IngestError
from ingest.interfaces import DocumentSink, Parser
from ingest.metadata import content_hash, doc_id_for, extract_meta
from ingest.models import Chunk, DocumentMeta, Page
from ingest.parsers import parse
from ingest.sentences import split_sentences
from ingest.sources import SourceRef, iter_sources, read_sidecar, read_source

# Bump when parsing, fact extraction or chunking changes what a document yields.
EXTRACTOR_VERSION = "67"
PREFETCH = 1  # documents prepared ahead of the one being embedded (each holds its pages and chunks)


@dataclass(frozen=True)
class IngestConfig:
    """What ingest needs of the settings."""

    chunk_chars: int = 1200  # target size of a chunk
    fetch_timeout: float = 30.0  # seconds to wait for a URL
    max_document_bytes: int | None = None  # largest file or download read (None: the sources' default)
    parser: Parser = parse  # content type -> text (parsers.bounded_parser for other limits; tests: a fake)


@dataclass(frozen=True)
class FileResult:
    source: str
    status: str  # "ingested", "unchanged", "failed"
    reason: str = ""
    chunks: int = 0
    doc_id: str = ""


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def ok(self) -> bool:
        return self.count("failed") == 0

    @property
    def embedded_chunks(self) -> int:
        return sum(r.chunks for r in self.results if r.status == "ingested")

    def summary(self) -> str:
        lines = [
            f"ingested {self.count('ingested')}, unchanged {self.count('unchanged')}, "
            f"failed {self.count('failed')} ({self.embedded_chunks} chunks embedded)"
        ]
        lines += [
            f"  failed: {r.reason if r.reason.startswith(r.source) else f'{r.source}: {r.reason}'}"
            for r in self.results
            if r.status == "failed"
        ]
        return "\n".join(lines)


@dataclass(frozen=True)
class Prepared:
    """A document read, parsed, its facts extracted and chunked: all that comes before DocumentSink.write."""

    ref: SourceRef
    meta: DocumentMeta
    pages: list[Page]
    chunks: list[Chunk]
    sentences: list[list[str]]  # the texts of each chunk's sentences, as answers read them


def chunk_sentences(pages: list[Page], chunks: list[Chunk]) -> list[list[str]]:
    """Each chunk's sentences (ingest.sentences), located on the document's pages in memory, as the answerer
    finds them on the catalogue's pages."""
    by_number: dict[int | None, str] = {}
    for page in pages:
        by_number.setdefault(page.number, page.text)  # the catalogue's page_text reads the first too
    return [[text for text, _ in split_sentences(c, by_number.get)] for c in chunks]


def prepare_one(
    ref: SourceRef, sink: DocumentSink, force: bool = False, config: IngestConfig | None = None
) -> Prepared | FileResult:
    """Read, detect, parse, extract facts and chunk one source; a FileResult ("unchanged") when the sink
    already holds it. Writes nothing. Raises IngestError when the source cannot be read."""
    config = config or IngestConfig()
    data = read_source(ref, timeout=config.fetch_timeout, max_bytes=config.max_document_bytes)
    sidecar = read_sidecar(ref) if not ref.is_url else {}
    # The extractor version is part of the hash: improved extraction re-reads documents (re-embedding only
    # chunks whose text changed).
    digest = content_hash(data + json.dumps(sidecar, sort_keys=True).encode() + EXTRACTOR_VERSION.encode())
    doc_id = doc_id_for(ref.source)
    if not force and sink.status_of(ref.source) == (digest, "complete"):
        return FileResult(ref.source, "unchanged", doc_id=doc_id)
    content_type = detect_content_type(data, ref.location)
    parsed = config.parser(data, ref.source, content_type)
    if not parsed.text.strip():
        raise IngestError(f"{ref.source}: no text could be extracted (a scanned PDF needs OCR first)")
    meta = extract_meta(parsed, digest, sidecar)
    meta.location = ref.location  # where the original is, for page previews and re-ingest
    chunks = chunk_document(meta.doc_id, parsed.pages, config.chunk_chars)
    return Prepared(ref, meta, parsed.pages, chunks, chunk_sentences(parsed.pages, chunks))


def store_one(prepared: Prepared | FileResult, ref: SourceRef, sink: DocumentSink) -> FileResult:
    """The write that follows prepare_one: embed and store (or, unchanged, note where the original is)."""
    if isinstance(prepared, FileResult):
        sink.record_location(ref.source, ref.location)
        return prepared
    embedded = sink.write(prepared.meta, prepared.pages, prepared.chunks, prepared.sentences)
    return FileResult(ref.source, "ingested", chunks=embedded, doc_id=prepared.meta.doc_id)


def ingest_one(
    ref: SourceRef, sink: DocumentSink, force: bool = False, config: IngestConfig | None = None
) -> FileResult:
    """Ingest one source; raises IngestError (or one of the sink's fatal errors) when it cannot."""
    return store_one(prepare_one(ref, sink, force, config), ref, sink)


def _failure(ref: SourceRef, exc: Exception) -> FileResult:
    if isinstance(exc, IngestError):
        return FileResult(ref.source, "failed", str(exc))
    # One bad document must not end the batch; reported per file.
    return FileResult(ref.source, "failed", f"{type(exc).__name__}: {exc} (please report this file)")


class _Prefetcher:
    """Prepares the next documents in a thread while the caller embeds and stores the current one: parsing
    (in the reader process) and fact extraction overlap the encoder, which releases the GIL. At most
    PREFETCH prepared documents wait, so memory stays bounded; writes stay in the caller's thread, in order."""

    def __init__(self, refs: list[SourceRef], sink: DocumentSink, force: bool, config: IngestConfig | None):
        self._queue: queue.Queue[tuple[SourceRef, Prepared | FileResult | BaseException]] = queue.Queue(
            maxsize=PREFETCH
        )
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(refs, sink, force, config), name="ingest-prefetch", daemon=True
        )
        self._thread.start()

    def _run(
        self, refs: list[SourceRef], sink: DocumentSink, force: bool, config: IngestConfig | None
    ) -> None:
        for ref in refs:
            if self._stop.is_set():
                return
            try:
                item: Prepared | FileResult | BaseException = prepare_one(ref, sink, force, config)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller, who decides
                item = exc
            while not self._stop.is_set():
                try:
                    self._queue.put((ref, item), timeout=0.2)
                    break
                except queue.Full:
                    continue

    def next(self) -> tuple[SourceRef, Prepared | FileResult | BaseException]:
        return self._queue.get()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def ingest(
    inputs: Iterable[str],
    sink: DocumentSink,
    progress: bool = True,
    force: bool = False,
    on_result: Callable[[FileResult], None] | None = None,
    config: IngestConfig | None = None,
) -> IngestReport:
    """Ingest every document the inputs name; one bad file is reported and the batch goes on."""
    report = IngestReport()
    try:
        refs = list(iter_sources(list(inputs)))
    except IngestError as exc:
        report.results.append(FileResult(", ".join(inputs), "failed", str(exc)))
        return report
    bar = tqdm(total=len(refs), desc="ingest", unit="doc", disable=not progress or len(refs) < 2)
    prefetch = _Prefetcher(refs, sink, force, config)
    try:
        for _ in refs:
            ref, prepared = prefetch.next()
            bar.set_postfix_str(ref.source[-40:], refresh=False)
            try:
                if isinstance(prepared, BaseException):
                    raise prepared
                result = store_one(prepared, ref, sink)
            except sink.fatal_errors:
                raise  # the index itself is unusable: no point going on with the batch
            except Exception as exc:  # noqa: BLE001 - one bad document must not end the batch
                result = _failure(ref, exc)
            report.results.append(result)
            bar.update()
            if on_result:
                on_result(result)
    finally:
        prefetch.close()
        bar.close()
    sink.finish()
    return report
