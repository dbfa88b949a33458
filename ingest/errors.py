"""Domain errors raised while finding, reading and parsing sources.

Every message names the offending value (file, URL, content type) and says what to do about it,
so the CLI can print it as is.
"""

from __future__ import annotations


class IngestError(Exception):
    """Base class for every error the ingest package raises on purpose."""


class UnsupportedContentError(IngestError):
    """The bytes are not a PDF, HTML, DOCX, plain-text or Markdown document."""


class ParseError(IngestError):
    """The content type is supported but this document could not be turned into text."""


class FetchError(IngestError):
    """A source could not be read: a URL failed to download or a file could not be opened."""


class TooLargeError(IngestError):
    """A document goes over a configured limit (bytes, characters, pages, inflated size).

    The message names the limit, its value and the ``INSPECTCHAT_...`` variable that raises it.
    """


class UploadTooLargeError(TooLargeError):
    """An upload is bigger than ``max_upload_mb``; refused from its size on disk, before it is read."""


class ErrorPageError(ParseError):
    """The document is an error or not-found page (a failed download), not a report."""
