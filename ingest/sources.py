"""Find the documents to ingest and read their bytes (local files, folders or http(s) URLs)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx

from ingest.errors import FetchError, IngestError, TooLargeError, UploadTooLargeError

USER_AGENT = "inspectchat/0.1 (inspection report ingest; python-httpx)"
SIDECAR_SUFFIX = ".meta.json"
MB = 1024 * 1024
# The default for read_source's max_bytes: the default of INSPECTCHAT_MAX_DOCUMENT_MB.
DEFAULT_MAX_DOCUMENT_BYTES = 100 * MB

# Files in a folder that are data or bookkeeping, not documents. Matched on the lower-cased name.
SKIPPED_SUFFIXES: tuple[str, ...] = (
    SIDECAR_SUFFIX,  # metadata sidecars, read with read_sidecar()
    ".csv", ".tsv", ".json", ".jsonl", ".ndjson",  # tabular / structured data
    ".xlsx", ".xls", ".ods", ".parquet",  # spreadsheets and columnar data
    ".sqlite", ".sqlite3", ".db",  # databases
    ".pyc", ".tmp", ".part", ".crdownload",  # bytecode and unfinished downloads
)  # fmt: skip


@dataclass(frozen=True)
class SourceRef:
    """Where a document is (``location``) and the name it is stored and cited under (``source``)."""

    location: str  # absolute file path, or the URL
    source: str  # path relative to the folder given (POSIX separators), the file name, or the URL

    @property
    def is_url(self) -> bool:
        return _is_url(self.location)


def iter_sources(inputs: list[str]) -> Iterator[SourceRef]:
    """Yield a SourceRef for every document named by ``inputs`` (files, folders, http(s) URLs).

    * A URL is yielded as is (``source`` is the URL).
    * A file is yielded whatever its name (``source`` is its file name); detection decides later.
    * A folder is walked recursively in sorted order (``source`` is the path relative to that folder).
      Skipped in folders: hidden files and folders (name starting with "."), Office lock files ("~$..."),
      and names ending in one of SKIPPED_SUFFIXES (``*.meta.json`` sidecars, csv/json/tsv/xlsx and other
      data files, partial downloads). Everything else is yielded, so an unsupported file surfaces as an
      UnsupportedContentError naming it rather than being silently ignored.

    A location reached twice (overlapping inputs) is yielded once. Raises IngestError for an input that
    is neither an existing path nor an http(s) URL.
    """
    seen: set[str] = set()
    for raw in inputs:
        for ref in _expand(raw):
            if ref.location not in seen:
                seen.add(ref.location)
                yield ref


def _expand(raw: str) -> Iterator[SourceRef]:
    if _is_url(raw):
        yield SourceRef(location=raw, source=raw)
        return
    path = Path(raw).expanduser()
    if path.is_dir():
        yield from _walk(path)
    elif path.is_file():
        yield SourceRef(location=os.path.abspath(path), source=path.name)
    else:
        scheme = urlparse(raw).scheme
        hint = (
            f"only http and https URLs can be fetched, not {scheme}:"
            if scheme and len(scheme) > 1
            else ("check the path (relative paths are taken from the current folder)")
        )
        raise IngestError(f"input {raw!r} is not an existing file or folder, nor an http(s) URL; {hint}")


def _walk(folder: Path) -> Iterator[SourceRef]:
    found: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        base = Path(dirpath)
        for name in filenames:
            if _skipped(name):
                continue
            path = base / name
            # A link that resolves to nothing (broken, or a loop) is yielded too: reading it fails with a
            # message naming it, instead of the file silently going missing.
            if path.is_file() or (path.is_symlink() and not path.exists()):
                found.append((path.relative_to(folder).parts, path))
    for parts, path in sorted(found):
        yield SourceRef(location=os.path.abspath(path), source="/".join(parts))


def _skipped(name: str) -> bool:
    lowered = name.lower()
    return name.startswith((".", "~$")) or lowered.endswith(SKIPPED_SUFFIXES)


def _is_url(value: str) -> bool:
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def check_upload_size(path: str | os.PathLike[str], limit_mb: float, name: str | None = None) -> int:
    """The size in bytes of an uploaded file, after checking it against ``limit_mb`` from the file system
    alone (nothing is read). Raises UploadTooLargeError naming the file, its size, the limit and
    INSPECTCHAT_MAX_UPLOAD_MB; FetchError when the file cannot be found."""
    shown = name or os.path.basename(os.fspath(path))
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise FetchError(f"cannot read the upload {shown}: {exc.strerror or exc}; upload it again") from exc
    if size > limit_mb * MB:
        raise UploadTooLargeError(
            f"{shown} is {size / MB:,.1f} MB, over the upload limit of {limit_mb:g} MB "
            f"(INSPECTCHAT_MAX_UPLOAD_MB={limit_mb:g}); raise INSPECTCHAT_MAX_UPLOAD_MB, or ingest it with "
            "`inspectchat ingest FILE`"
        )
    return size


def read_source(ref: SourceRef, timeout: float = 30.0, max_bytes: int | None = None) -> bytes:
    """The bytes of ``ref``: the file's content, or the URL's body after redirects.

    At most ``max_bytes`` (default DEFAULT_MAX_DOCUMENT_BYTES) are read: a bigger file is refused from its
    size before it is read, a download from its Content-Length or as soon as it passes the limit.
    Raises FetchError naming the file or URL, the HTTP status or network error, and what to do, and
    TooLargeError naming the limit and INSPECTCHAT_MAX_DOCUMENT_MB.
    """
    limit = DEFAULT_MAX_DOCUMENT_BYTES if max_bytes is None else max_bytes
    if not ref.is_url:
        try:
            with open(ref.location, "rb") as file:
                size = os.fstat(file.fileno()).st_size
                if size > limit:
                    raise _too_large(ref.location, f"is {size / MB:,.1f} MB", limit)
                data = file.read(limit + 1)
        except OSError as exc:
            raise FetchError(
                f"cannot read {ref.location}: {exc.strerror or exc}; check that it exists and is readable"
            ) from exc
        if len(data) > limit:  # it grew while being read
            raise _too_large(ref.location, "is larger than the limit", limit)
        return data
    url = ref.location
    try:
        with httpx.stream(
            "GET", url, follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT}
        ) as response:
            if response.status_code >= 400:
                final = str(response.url)
                via = f" (redirected to {final})" if final != url else ""
                raise FetchError(
                    f"fetching {url}{via} failed: HTTP {response.status_code} "
                    f"{response.reason_phrase}; {_status_hint(response.status_code)}"
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _too_large(url, f"is {int(declared) / MB:,.1f} MB (Content-Length)", limit)
            body = bytearray()
            for part in response.iter_bytes():
                body += part
                if len(body) > limit:
                    raise _too_large(url, "is larger than the limit", limit)
            return bytes(body)
    except httpx.TimeoutException as exc:
        raise FetchError(
            f"fetching {url} timed out after {timeout:g}s ({type(exc).__name__}); "
            "try again later or allow a longer timeout"
        ) from exc
    except httpx.HTTPError as exc:
        raise FetchError(
            f"fetching {url} failed: {type(exc).__name__}: {exc or 'no details'}; "
            "check the URL and the network connection (proxy, DNS), then try again"
        ) from exc


def _too_large(where: str, what: str, limit: int) -> TooLargeError:
    limit_mb = limit / MB
    return TooLargeError(
        f"{where} {what}, over the limit of {limit_mb:g} MB per document "
        f"(INSPECTCHAT_MAX_DOCUMENT_MB={limit_mb:g}); raise INSPECTCHAT_MAX_DOCUMENT_MB to ingest it, or split it"
    )


def _status_hint(status: int) -> str:
    if status in (404, 410):
        return "the document has moved or been withdrawn; find its current URL on the publisher's site"
    if status in (401, 403):
        return "the server refuses access; download the document in a browser and ingest the file instead"
    if status == 429:
        return "the server is rate-limiting; wait and try again, fetching fewer documents at a time"
    if status >= 500:
        return "the server failed; try again later"
    return "check the URL"


def read_sidecar(ref: SourceRef) -> dict[str, Any]:
    """The parsed ``<file>.meta.json`` beside a local file, or {} when there is none (or ref is a URL).

    Raises IngestError naming the sidecar when it is not valid JSON or not a JSON object.
    """
    if ref.is_url:
        return {}
    sidecar = Path(ref.location + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        value = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise IngestError(
            f"metadata sidecar {sidecar} is not valid JSON ({exc.msg} at line {exc.lineno}, column "
            f"{exc.colno}); fix the JSON or delete the sidecar"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(
            f"cannot read metadata sidecar {sidecar}: {exc}; fix or delete the sidecar"
        ) from exc
    if not isinstance(value, dict):
        raise IngestError(
            f"metadata sidecar {sidecar} holds a JSON {type(value).__name__}, not an object; "
            'write it as {"title": ..., "publisher": ...} or delete it'
        )
    return value
