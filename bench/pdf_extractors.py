"""Compare PDF text extraction with pypdfium2 and pypdf on the real corpus: speed and text quality.

Usage, from the repository root: python -m bench.pdf_extractors [CORPUS_DIR] [--repeat N]

CORPUS_DIR defaults to $INSPECTCHAT_CORPUS, else ../shared/corpus beside the repository. Files are read
into memory first, so the timings cover parsing and text extraction only (single thread). Both outputs go
through the same ``normalise_text`` the ingest parser uses. Files that are not PDFs (by content) are
left out.

Quality checks (higher is better for the first four, lower for the rest):

* order: "Inspection date(s)" comes before the first "Judgement"/"overall judgement" on page 1.
* dates line: "Inspection date(s): <day> ... <year>" stands whole on one line of page 1.
* lead line: "Lead inspector(s): <Name>" stands whole on one line of page 1 (reports that have one).
* overall line: "Overall effectiveness <grade>" or "overall judgement is <grade>" on one line.
* grade splits: a grade phrase broken over two lines on page 1 ("Requires\\nimprovement",
  "improvement\\nto be good").
* words not matched: word occurrences (letters only, lower-cased) missing from the other library's output.
* glued words: tokens the other library never produces that are two frequent words run together
  ("servicesare"), i.e. missing spaces.
* split words: a token the other library never produces whose join with the next token is a word the
  other library does produce ("chil dren"), i.e. spurious spaces.
* hyphen marks: PDFium's U+0002 (a line-end hyphen, lines joined); hyphen breaks: "word-\\nword" kept.
* odd chars: other control characters and private-use glyphs (e.g. Wingdings bullets U+F06E).
"""

from __future__ import annotations

import argparse
import collections
import io
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
import pypdfium2 as pdfium

from ingest.parsers import normalise_text

Extractor = Callable[[bytes], list[str]]

_WORD = re.compile(r"[A-Za-z]+")
_GRADE = r"(?:outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|adequate)"
_ORDER_FIRST = re.compile(r"Inspection\s+dates?", re.IGNORECASE)
_ORDER_SECOND = re.compile(r"\bJudgement\b|overall\s+judgement", re.IGNORECASE)
_DATES_LINE = re.compile(
    r"^.*Inspection dates?:?[ \t]*\d{1,2}\b.*\b(?:19|20)\d\d\b", re.MULTILINE | re.IGNORECASE
)
_LEAD_LINE = re.compile(r"Lead inspectors?:?[ \t]*[^\W\d_]{2,}[ \t]+[^\W\d_]", re.IGNORECASE)
_LEAD_ANY = re.compile(r"Lead\s+inspector", re.IGNORECASE)
_OVERALL_LINE = re.compile(
    rf"(?:Overall effectiveness:?[ \t]+|overall judgement is (?:that [^\n]*?)?){_GRADE}", re.IGNORECASE
)
_OVERALL_ANY = re.compile(r"Overall\s+effectiveness|overall\s+judgement\s+is", re.IGNORECASE)
_GRADE_SPLIT = re.compile(
    r"Requires[ \t]*\n[ \t]*improvement|improvement[ \t]*\n[ \t]*to be good", re.IGNORECASE
)
_HYPHEN_BREAK = re.compile(r"[a-z]-\n[a-z]")
_ODD_CHAR = re.compile(r"[\x00-\x01\x03-\x08\x0b-\x1f\ue000-\uf8ff\ufffd]")


def extract_pdfium(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            texts.append(normalise_text(textpage.get_text_bounded()))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def extract_pypdf(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [normalise_text(page.extract_text()) for page in reader.pages]


EXTRACTORS: dict[str, Extractor] = {
    f"pypdfium2 {pdfium.version.PYPDFIUM_INFO}": extract_pdfium,
    f"pypdf {pypdf.__version__}": extract_pypdf,
}


@dataclass
class Result:
    name: str
    seconds: float = 0.0
    pages: int = 0
    chars: int = 0
    failures: list[str] = field(default_factory=list)
    texts: dict[str, list[str]] = field(default_factory=dict)


def run(name: str, extractor: Extractor, files: dict[str, bytes], repeat: int) -> Result:
    result = Result(name)
    best = float("inf")
    for _ in range(repeat):
        texts: dict[str, list[str]] = {}
        failures: list[str] = []
        start = time.perf_counter()
        for source, data in files.items():
            try:
                texts[source] = extractor(data)
            except Exception as exc:  # noqa: BLE001 - a benchmark records every failure and goes on
                failures.append(f"{source}: {type(exc).__name__}: {exc}")
        best = min(best, time.perf_counter() - start)
    result.seconds, result.texts, result.failures = best, texts, failures
    result.pages = sum(len(pages) for pages in texts.values())
    result.chars = sum(len(text) for pages in texts.values() for text in pages)
    return result


def page1(pages: list[str]) -> str:
    """Page 1, or page 2 when page 1 is a cover with little text."""
    if not pages:
        return ""
    if len(pages) > 1 and len(pages[0].strip()) < 200:
        return pages[1]
    return pages[0]


def layout_checks(result: Result) -> dict[str, str]:
    counts: collections.Counter[str] = collections.Counter()
    for pages in result.texts.values():
        head = page1(pages)
        first, second = _ORDER_FIRST.search(head), _ORDER_SECOND.search(head)
        if first and second:
            counts["order_n"] += 1
            counts["order_ok"] += first.start() < second.start()
        if _ORDER_FIRST.search(head):
            counts["dates_n"] += 1
            counts["dates_ok"] += bool(_DATES_LINE.search(head))
        if _LEAD_ANY.search(head):
            counts["lead_n"] += 1
            counts["lead_ok"] += bool(_LEAD_LINE.search(head))
        if _OVERALL_ANY.search(head):
            counts["overall_n"] += 1
            counts["overall_ok"] += bool(_OVERALL_LINE.search(head))
        counts["grade_splits"] += len(_GRADE_SPLIT.findall(head))
        for text in pages:
            counts["hyphen_marks"] += text.count("\x02")
            counts["hyphen_breaks"] += len(_HYPHEN_BREAK.findall(text))
            counts["odd_chars"] += len(_ODD_CHAR.findall(text))

    def ratio(key: str) -> str:
        n = counts[f"{key}_n"]
        return f"{counts[f'{key}_ok']}/{n} ({100 * counts[f'{key}_ok'] / n:.0f}%)" if n else "-"

    return {
        "order": ratio("order"),
        "dates line": ratio("dates"),
        "lead line": ratio("lead"),
        "overall line": ratio("overall"),
        "grade splits": str(counts["grade_splits"]),
        "hyphen marks": str(counts["hyphen_marks"]),
        "hyphen breaks": str(counts["hyphen_breaks"]),
        "odd chars": str(counts["odd_chars"]),
    }


def token_stream(result: Result) -> list[str]:
    return [word.lower() for pages in result.texts.values() for text in pages for word in _WORD.findall(text)]


def spacing_checks(mine: list[str], other: list[str]) -> dict[str, str]:
    """Glued and split words in ``mine``, judged against the vocabulary of ``other``."""
    other_vocab = collections.Counter(other)
    differing = sum((collections.Counter(mine) - other_vocab).values())
    frequent = {word for word, count in (other_vocab + collections.Counter(mine)).items() if count >= 3}
    glued = split = 0
    for index, token in enumerate(mine):
        if token in other_vocab:
            continue
        if len(token) >= 7 and any(
            token[:cut] in frequent and token[cut:] in frequent for cut in range(3, len(token) - 2)
        ):
            glued += 1
        elif index + 1 < len(mine) and len(mine[index + 1]) <= 12 and token + mine[index + 1] in other_vocab:
            split += 1
    return {
        "words": f"{len(mine):,}",
        "words not matched": f"{differing:,}",
        "glued words": str(glued),
        "split words": str(split),
    }


def default_corpus() -> Path:
    configured = os.environ.get("INSPECTCHAT_CORPUS")
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=default_corpus())
    parser.add_argument("--repeat", type=int, default=1, help="runs per library; the fastest counts")
    args = parser.parse_args()

    files: dict[str, bytes] = {}
    skipped = []
    for path in sorted(args.corpus.rglob("*.pdf")):
        data = path.read_bytes()
        if b"%PDF-" in data[:1024]:
            files[path.relative_to(args.corpus).as_posix()] = data
        else:
            skipped.append(path.relative_to(args.corpus).as_posix())
    print(f"{len(files)} PDFs, {sum(map(len, files.values())) / 1e6:.1f} MB, from {args.corpus}")
    for source in skipped:
        print(f"  left out (not a PDF by content): {source}")

    results = [run(name, extractor, files, args.repeat) for name, extractor in EXTRACTORS.items()]
    streams = [token_stream(result) for result in results]
    rows: dict[str, list[str]] = collections.defaultdict(list)
    for index, result in enumerate(results):
        other = streams[1 - index] if len(results) == 2 else []
        metrics = {
            "wall time (s)": f"{result.seconds:.2f}",
            "pages": str(result.pages),
            "pages/s": f"{result.pages / result.seconds:.0f}",
            "failed files": str(len(result.failures)),
            "characters": f"{result.chars:,}",
            **layout_checks(result),
            **spacing_checks(streams[index], other),
        }
        for key, value in metrics.items():
            rows[key].append(value)

    names = [result.name for result in results]
    widths = [max(len(name), *(len(values[i]) for values in rows.values())) for i, name in enumerate(names)]
    label_width = max(map(len, rows))
    print()
    print(
        f"| {'metric':<{label_width}} | "
        + " | ".join(f"{n:>{w}}" for n, w in zip(names, widths, strict=True))
        + " |"
    )
    print(f"|{'-' * (label_width + 2)}|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|")
    for key, values in rows.items():
        cells = " | ".join(f"{v:>{w}}" for v, w in zip(values, widths, strict=True))
        print(f"| {key:<{label_width}} | {cells} |")
    for result in results:
        for failure in result.failures:
            print(f"{result.name} failed: {failure}")


if __name__ == "__main__":
    main()
