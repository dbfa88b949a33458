"""Facts a report states in fixed places: the judgement table and the improvement lists.

Every fact keeps the page it stands on and a verbatim quote from that page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.models import Finding, Judgement, Page
from ingest.vocabulary import (
    AREAS,
    BULLET_RE,
    FINDING_HEADINGS,
    GRADE_PATTERN,
    GRADE_RE,
    NUMBERED_RE,
    TABLE_GRADE_PATTERN,
    FindingKind,
    canonical_area,
    canonical_grade,
)

# A grade as a table cell: capitalised, standing at the end of its label.
_CELL_GRADE = re.compile(
    r"(?<![\w-])(Outstanding|Good|Requires?\s+[Ii]mprovement(?:\s+to\s*(?:\n\s*)?be\s+good)?|Inadequate|Adequate)"
    r"(?=\s*(?:\n|$|\d\.|[A-Z]))"
)
# Headline forms of the overall judgement in older reports.
_HEADLINE_OVERALL = [
    re.compile(
        rf"Children[’']s\s+services\s+in\s+[^\n.]{{2,90}}?\s+(?:(?:are|is)\s+)?(?P<grade>{GRADE_PATTERN})",
        re.I,
    ),
    re.compile(
        rf"overall\s+judgement\s+is\s+(?:that\s+[^\n.]{{2,60}}?\s+)?(?:(?:are|is)\s+)?(?P<grade>{GRADE_PATTERN})",
        re.I,
    ),
    re.compile(
        rf"overall\s+effectiveness\s*(?:is|:)\s*(?:judged\s+to\s+be\s+)?(?P<grade>{GRADE_PATTERN})", re.I
    ),
]
_NUMBERED_GRADE = re.compile(
    rf"(?P<label>^[A-Z][^\n]{{5,120}}(?:\n[^\n]{{1,80}})?)\s*\n\s*Grade\s+\d\s*\((?P<grade>{GRADE_PATTERN})\)",
    re.M | re.I,
)
_LSCB = re.compile(
    rf"effectiveness\s+of\s+the\s+Local\s+Safeguarding\s+Children\s+Board(?:\s*\(LSCB\))?\s+is\s+"
    rf"(?P<grade>{GRADE_PATTERN})",
    re.I,
)
# "The experiences and progress of children who need help and protection: good" section headings.
_SECTION_GRADE = re.compile(
    rf"(?P<label>[A-Z][^\n:]{{10,160}}(?:\n[^\n:]{{1,120}})?):\s*(?P<grade>{GRADE_PATTERN})\s*$", re.M | re.I
)
# Where a section heading's grade may stand: a colon, the grade, the end of the line. Its label is looked for
# only in the LABEL_REACH characters before one (the label pattern tried at every letter of every page
# cost 60 ms a report).
_GRADE_ENDS_LINE = re.compile(rf":\s*(?:{GRADE_PATTERN})\s*$", re.M | re.I)
_LABEL_REACH = 300

_HEAD_CHARS = 2500  # the judgement table stands in the first part of page 1 (or 2)


def extract_judgements(pages: list[Page]) -> list[Judgement]:
    """Judgements from the table on the first pages, else from headline sentences and section headings."""
    found: dict[str, Judgement] = {}
    for page in pages[:3]:
        head = page.text[:_HEAD_CHARS]
        table_start = _table_start(head)
        if table_start is None:
            continue
        previous_end = table_start
        for match in _CELL_GRADE.finditer(head, table_start):
            label = head[previous_end : match.start()]
            previous_end = match.end()
            if len(label) > 220:
                break  # prose has started: the table is over
            area = canonical_area(label)
            if area is None or area in found:
                continue
            start = _label_start(label, previous_end - len(match.group(0)) - len(label))
            quote = head[start : match.end()].strip()
            found[area] = Judgement(area, canonical_grade(match.group(1)), page.number, quote)
        if found:
            break
    if not found:
        # 2009-2013 reports: "Overall effectiveness of services for looked after children\nGrade 4 (Inadequate)"
        for page in pages[:12]:
            for match in _NUMBERED_GRADE.finditer(page.text):
                area = canonical_area(match.group("label"))
                if area and area not in found:
                    found[area] = Judgement(
                        area, canonical_grade(match.group("grade")), page.number, match.group(0).strip()
                    )
    if "overall effectiveness" not in found and pages:
        for page in pages[:8]:
            head = page.text if page.number and page.number > 2 else page.text[:_HEAD_CHARS]
            for pattern in _HEADLINE_OVERALL:
                match = pattern.search(head)
                if match:
                    found["overall effectiveness"] = Judgement(
                        "overall effectiveness",
                        canonical_grade(match.group("grade")),
                        page.number,
                        match.group(0).strip(),
                    )
                    break
            if "overall effectiveness" in found:
                break
    for page in pages[:3]:
        match = _LSCB.search(page.text)
        if match and "safeguarding children board" not in found:
            found["safeguarding children board"] = Judgement(
                "safeguarding children board",
                canonical_grade(match.group("grade")),
                page.number,
                match.group(0).strip(),
            )
    for page in pages[1:12]:
        for match in section_grades(page.text):
            area = canonical_area(match.group("label"))
            if area and area not in found and area != "overall effectiveness":
                found[area] = Judgement(
                    area, canonical_grade(match.group("grade")), page.number, match.group(0).strip()
                )
    order = [name for name, _ in AREAS]
    return sorted(found.values(), key=lambda j: order.index(j.area))


def section_grades(text: str) -> Iterator[re.Match[str]]:
    """The matches of _SECTION_GRADE.finditer(text), found from the grades that end a line."""
    searched_to = 0
    for grade in _GRADE_ENDS_LINE.finditer(text):
        if grade.start() < searched_to:
            continue
        match = _SECTION_GRADE.search(text, max(searched_to, grade.start() - _LABEL_REACH))
        if match is None:
            return
        if match.start() <= grade.start():
            yield match
            searched_to = match.end()


# A grade in a ratings table of any family: a short label line and the grade alone on the next line
# ("Preventing crime / Good", "Are services safe? / Inadequate", "1.2 Staffing / Inadequate"), or both on one
# line (a PDF reader may join a row's cells). Capitalised, as table cells are: prose that wraps before "good" is not a row.
# The grade words: vocabulary.TABLE_GRADE_PATTERN; after a colon a grade may be lower case.
_TABLE_GRADE = TABLE_GRADE_PATTERN
_LABELLED_GRADE = re.compile(
    r"^[ \t]*(?P<label>[A-Z0-9][^\n]{2,90}?)"
    # after a colon or a dash ("1.3 Leadership of change - satisfactory") a grade may be lower case
    rf"(?:(?:[ \t]*:|[ \t]+[-–])[ \t]*(?P<after_colon>(?i:{_TABLE_GRADE}))|(?:[ \t]*\n[ \t]*|[ \t]+)(?P<grade>{_TABLE_GRADE}))"
    # Ofsted's numbered grades ("Good 2", "Requires improvement 3"), this inspection's first, then perhaps the
    # previous inspection's column ("Not previously inspected", "Satisfactory 3")
    rf"(?:[ \t]+[1-4](?:[ \t]+(?:Not\s+previously\s+inspected|(?:{_TABLE_GRADE})[ \t]+[1-4]))?)?"
    r"[ \t]*\.?[ \t]*$",
    re.M,
)
# "2. Court disposals": a numbered section of a ratings table, its rows numbered "2.1", "2.2", ...
_SECTION_ROW = re.compile(r"^[ \t]*(\d+)\.[ \t]+([A-Z][^\n\d]{2,60}?)[ \t]*$", re.M)
# (a row of an inspection history, "09/04/2025 Full Good", grades that inspection, not an area)
_NOT_A_LABEL = re.compile(
    r"\b(?:previous|last|earlier|grade|rating\s+scale|points?)\b|[.;,]$|^\d{1,2}/\d{1,2}/\d{2,4}\b", re.I
)
_ROW_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
_TABLE_PAGES = 4
KNOWN_AREA_NAMES = {name for name, _ in AREAS}


def extract_labelled_grades(pages: list[Page]) -> list[Judgement]:
    """Grades of a family we have no table layout for (police, health, probation): each labelled row of a
    ratings table on the first pages, the area named as the report labels it ("preventing crime", "are
    services safe?") unless it is one we know; a row labelled "Overall ..." is the overall grade. Two rows at
    least, so a stray line of prose is no table."""
    found: dict[str, Judgement] = {}
    for page in pages[:_TABLE_PAGES]:
        sections = {m.group(1): m.group(2).strip() for m in _SECTION_ROW.finditer(page.text)}
        for match in _LABELLED_GRADE.finditer(page.text):
            numbered = re.match(r"\s*(\d+)\.\d", match.group("label"))
            label = _ROW_NUMBER.sub("", match.group("label").strip()).rstrip("?:—–- ")
            if len(label.split()) > 12 or _NOT_A_LABEL.search(label) or not re.search(r"[A-Za-z]{3}", label):
                continue
            if GRADE_RE.fullmatch(label):
                continue
            grade = match.group("grade") or match.group("after_colon")
            label, grade = _current_column(label, grade, page.text[: match.start()])
            area = canonical_area(label) or (
                "overall effectiveness" if re.match(r"overall\b", label, re.I) else label.lower()
            )
            section = sections.get(numbered.group(1)) if numbered else None
            if section and area not in KNOWN_AREA_NAMES:
                # "2.1 Assessment" under "2. Court disposals", "3.1 Assessment" under "3. Out-of-court
                # disposals": the section tells rows of the same name apart
                area = f"{area} ({section.lower()})"
            if area not in found:
                quote = match.group(0).strip()
                found[area] = Judgement(area, canonical_grade(grade), page.number, quote)
    if not found:
        found = _numbered_rows_graded(pages[:_TABLE_PAGES])
    return list(found.values()) if len(found) >= 2 else []


# A table whose numbered rows ("2.2 Staff are led, supported and / developed") hold a column of prose before the
# grade ("4 – Good"), as Healthcare Improvement Scotland grades its quality indicators: the grade is the row's
# whose label came last above it
_NUMBERED_LABEL = re.compile(r"^[ \t]*(\d+\.\d+)[ \t]+([A-Z][^\n]{3,80}?)[ \t]*$")
_GRADE_ALONE = re.compile(rf"^[ \t]*(?:\d[ \t]*[-–][ \t]*)?(?P<grade>{_TABLE_GRADE})[ \t]*$")
_ROW_REACH = 8  # lines of prose a row's grade may stand below its label


def _numbered_rows_graded(pages: list[Page]) -> dict[str, Judgement]:
    """Area -> judgement of each numbered row whose grade stands alone on a line within reach below it."""
    found: dict[str, Judgement] = {}
    for page in pages:
        lines = page.text.split("\n")
        label_at: int | None = None
        for i, line in enumerate(lines):
            if _NUMBERED_LABEL.match(line):
                label_at = i
                continue
            grade = _GRADE_ALONE.match(line)
            if not grade or label_at is None or i - label_at > _ROW_REACH:
                continue
            label = _NUMBERED_LABEL.match(lines[label_at]).group(2)  # type: ignore[union-attr]
            wrapped = lines[label_at + 1].strip() if label_at + 1 < i else ""
            if wrapped[:1].islower():
                label = f"{label} {wrapped}"  # the label wrapped onto its next line
            area = canonical_area(label) or label.lower()
            if area not in found:
                # the row as printed, its prose and all: a quote is verbatim
                quote = "\n".join(ln.strip() for ln in lines[label_at : i + 1])
                found[area] = Judgement(area, canonical_grade(grade.group("grade")), page.number, quote)
            label_at = None
    return found


# A row of two columns, an earlier inspection's grade then this one's ("Safety 3 - reasonably good 1 - poor"
# under "Healthy prison test November 2021 June 2024"): the row's label ends where the first grade begins
_EARLIER_GRADE = re.compile(
    rf"^(?P<label>.+?)[ \t]+(?:\d[ \t]*[-–][ \t]*)?(?P<grade>(?i:{_TABLE_GRADE}))(?:[ \t]+\d)?$"
)
_HEADER_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
# a header that says which column is the earlier ("Maternity Rating Previous rating (March 2019)", "Previous
# This inspection"): the first of these words names the first column
_COLUMN_WORD = re.compile(
    r"\b(?:(?P<now>current|this|latest|rating)|(?P<then>previous|last|earlier))\b", re.I
)


def _current_column(label: str, grade: str, before: str) -> tuple[str, str]:
    """The row's own label and its grade of the latest inspection: of two columns, the one the header (the
    nearest line above that gives two years, or says which is previous) puts later; the last where none
    says."""
    two = _EARLIER_GRADE.match(label)
    if not two:
        return label, grade
    first_is_later = False
    for line in reversed(before.split("\n")[-8:]):
        years = [int(y) for y in _HEADER_YEARS.findall(line)]
        if len(years) >= 2:
            first_is_later = years[0] > years[-1]
            break
        words = list(_COLUMN_WORD.finditer(line))
        if any(w.group("then") for w in words):
            first_is_later = bool(words[0].group("now"))
            break
    return two.group("label").rstrip("?:—–- "), two.group("grade") if first_is_later else grade


def _table_start(head: str) -> int | None:
    header = re.search(r"Judgement\s+Grade", head)
    if header:
        return header.end()
    numbered = re.search(r"^\s*1\.\s+Children\s+who\s+need\s+help", head, re.M)
    if numbered:
        return numbered.start()
    return None


def _label_start(label: str, label_offset: int) -> int:
    """Where the row's label begins: the whole label ("The experiences and progress of / children who need
    help and protection"), skipping the line breaks before it."""
    return label_offset + len(label) - len(label.lstrip())


def extract_findings(pages: list[Page]) -> list[Finding]:
    """Items under the named lists reports give ('What needs to improve', 'Areas for improvement',
    'Areas for priority action', 'Recommendations', 'Causes of concern', strengths): bulleted or
    numbered items, or, where a list has no bullets, its paragraphs."""
    findings: list[Finding] = []
    seen: set[str] = set()
    running = running_lines(pages)
    for page_index, page in enumerate(pages):
        lines = page.text.split("\n")
        for line_index, line in enumerate(lines):
            kind = _finding_heading(line)
            if kind is None:
                continue
            if (
                kind != FindingKind.REQUIREMENT
                and _finding_heading(_next_line(lines, line_index)) == FindingKind.REQUIREMENT
            ):
                continue  # "Areas for improvement" over "Action the trust MUST take ...": the list is the latter's
            # Strengths and weaknesses are told in bullets of several sentences; actions to take are one each.
            narrative = kind in (FindingKind.STRENGTH, FindingKind.DO_BETTER)
            items = _collect_items(pages, page_index, line_index + 1, running, narrative)
            if not items:
                asks = kind != FindingKind.STRENGTH  # a list of things to improve asks for something
                items = _collect_paragraphs(pages, page_index, line_index + 1, running, asks)
            for text, page_number, quote in items:
                key = re.sub(r"\W+", " ", text.lower()).strip()
                if key and key not in seen:
                    seen.add(key)
                    findings.append(Finding(kind, text, page_number, quote))
    return findings


def running_lines(pages: list[Page]) -> set[str]:
    """Lines printed at the top or foot of most pages (a report's running header and footer), with digits
    blanked so page numbers and dates do not hide them. Learnt from the document itself."""
    counts: dict[str, int] = {}
    for page in pages:
        lines = [ln.strip() for ln in page.text.split("\n") if ln.strip()]
        for line in set(lines[:3] + lines[-2:]):
            key = _line_key(line)
            counts[key] = counts.get(key, 0) + 1
    threshold = max(3, len(pages) // 2)
    return {key for key, n in counts.items() if n >= threshold and len(key) > 3}


def _line_key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def _is_heading(line: str) -> bool:
    """A short line with no closing punctuation that starts with a capital: a heading, not prose."""
    line = line.strip()
    return (
        bool(line)
        and len(line) < 70
        and line[:1].isupper()
        and not line.endswith((".", ",", ";", ":"))
        and not BULLET_RE.match(line)
        and len(line.split()) <= 10
    ) or _finding_heading(line) is not None


# an item that asks for something, in its own words ("HSSIB recommends that NHS England develops ...")
_ASKS = re.compile(
    r"\b(?:should|must|needs?\s+to|ought|ensure|improve|strengthen|develop|review|recommends?\s+that)\b", re.I
)


_ROWS_HEADER = re.compile(
    r"(?:requirements?|recommendations?|actions?)[ \t]+(?:due[ \t]+)?(?:date|timescale)s?", re.I
)
_ABOUT_THE_LIST = re.compile(r"This\s+section\b", re.I)
_DATE_CELL = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d")


# A label over one item of a list or a part of it ("Strategic recommendation 1", "Operational recommendations",
# "Area for improvement 3")
_ITEM_LABEL = re.compile(
    r"(?:(?:Strategic|Operational|Key|Priority|Main|Further|Other)\s+)?"
    r"(?:recommendations?|areas?\s+for\s+improvement|requirements?)(?:\s+\d{1,2}[a-z]?)?\s*:?",
    re.I,
)


def _collect_paragraphs(
    pages: list[Page], page_index: int, line_index: int, running: set[str], asks: bool = True
) -> list[tuple[str, int | None, str]]:
    """A list written as paragraphs (area SEND 'Areas for improvement'): each paragraph one item, up to
    the next heading. Short cells of a table beside the paragraphs ('Responsible body') are skipped."""
    items: list[tuple[str, int | None, str]] = []
    current: list[tuple[int | None, str]] = []  # (page, line) of the paragraph being read
    widest = 0
    flow = [(pages[page_index].number, ln.strip()) for ln in pages[page_index].text.split("\n")[line_index:]]
    for later in pages[page_index + 1 : page_index + 3]:  # a list may run onto the next pages
        flow += [(later.number, ln.strip()) for ln in later.text.split("\n")]
    flow = [
        (p, ln) for p, ln in flow if ln and _line_key(ln) not in running and not re.fullmatch(r"\d{1,3}", ln)
    ]

    def close(row_ended: bool = False) -> None:
        nonlocal current, widest
        if current:
            first_page = current[0][0]
            text = re.sub(r"\s+", " ", " ".join(ln for _, ln in current)).strip()
            on_page = re.sub(r"\s+", " ", " ".join(ln for p, ln in current if p == first_page)).strip()
            # a table row's item may end with the rule it cites: "... (Regulation 36(1) and Schedule 7)"
            if _ABOUT_THE_LIST.match(text):
                pass  # "This section sets out the actions that ... must take": what the list is, no item
            elif (
                len(text) >= 40
                and text.endswith((".", ")") if row_ended else ".")
                and (not asks or _ASKS.search(text))
            ):
                items.append((text, first_page, "" if on_page == text else on_page))
        current, widest = [], 0

    previous = ""
    for i, (page_number, line) in enumerate(flow):
        if _finding_heading(line) is not None:
            if current or items:
                break  # the next list
            continue  # the heading printed twice
        following = flow[i + 1][1] if i + 1 < len(flow) else ""
        if _ITEM_LABEL.fullmatch(line):
            # "Strategic recommendation 2", "Operational recommendations": a label over the next item, or over
            # a part of the list, never its end
            close()
            previous = line
            continue
        if _ROWS_HEADER.fullmatch(line):
            continue  # "Requirement Due date": the header of the table the items stand in
        if current and _DATE_CELL.fullmatch(line):
            close(row_ended=True)  # a table's "due date" cell ends the row's item ("30 April 2025")
            previous = line
            continue
        short = len(line) < 40 and not line.endswith(".")
        if current and NUMBERED_RE.match(line) and current[-1][1].endswith("."):
            close()  # "3. Mid Tarn Integrated Care Board should ...": the next numbered paragraph
        if not current:
            if (
                items
                and _is_heading(line)
                and previous.endswith(".")
                and not re.search(r"(?:\band|\bof|\bthe|,)$", line)
                and not re.search(r"\b(?:Council|NHS|Board|ICB|Trust|Integrated|Care)\b", line)
            ):
                break  # a new section
            previous = line
            if short or re.match(r"responsible\s+bod", line, re.I):
                continue  # a table's cell or header beside the paragraphs
            current.append((page_number, line))
            widest = len(line)
            if line.endswith(".") and (not following or _is_heading(following)):
                close()  # a paragraph of one line, a heading after it
            continue
        previous = line
        current.append((page_number, line))
        widest = max(widest, len(line))
        if line.endswith(".") and (
            not following or len(following) < 40 or _is_heading(following) or len(line) < 0.75 * widest
        ):
            close()
    close()
    return items[:12]


def _finding_heading(line: str) -> str | None:
    if len(line) > 90 or line[:1].islower():
        return None  # prose, or the end of a sentence wrapped onto its own line ("... does not meet minimum / requirements")
    for kind, pattern in FINDING_HEADINGS:
        if pattern.match(line):
            return kind
    return None


def _collect_items(
    pages: list[Page],
    page_index: int,
    line_index: int,
    running: set[str] | None = None,
    narrative: bool = False,
) -> list[tuple[str, int | None, str]]:
    """Bulleted or numbered items following a heading, each joined across its wrapped lines.

    Items may continue onto the next page; the list ends at the first line that is neither an item
    nor a continuation (a heading or prose), or after a contents-style line (ends in a page number).
    """
    items: list[tuple[list[str], int | None, list[str]]] = []  # all lines, page, lines on that page
    page = pages[page_index]
    lines = page.text.split("\n")[line_index:]
    header_lines = 0
    sub_headings = 0
    lead_in = 0
    led: list[str] = []  # the lead-in's lines read so far
    marker = ""
    last_number = 0
    crossed = fresh_page = False
    while True:
        for position, raw in enumerate(lines):
            line = raw.strip()
            if not line:
                if items and page.number is None:
                    return _joined(items)  # plain text: a blank line ends the list
                continue
            if running and _line_key(line) in running:
                continue
            if (
                crossed
                and header_lines < 3
                and not items_started_line(line)
                and _looks_like_running_header(line)
            ):
                header_lines += 1
                continue
            if not items and re.fullmatch(r"\d{1,2}", line):
                continue  # a footnote marker under the heading
            if items and _finding_heading(line) is not None:
                return _joined(items)  # the next list's heading ("Action the trust SHOULD take to improve")
            if fresh_page and items and not items_started_line(line) and _is_heading(line):
                return _joined(items)  # a new page opens with a heading ("Information about this inspection")
            fresh_page = False
            bullet = BULLET_RE.match(line)
            numbered = NUMBERED_RE.match(line)
            if bullet or numbered:
                text = line[(bullet or numbered).end() :].strip()  # type: ignore[union-attr]
                if not text:
                    continue
                if (
                    numbered
                    and marker == "#"
                    and _next_section(int(numbered.group(1) or numbered.group(2)), last_number, text)
                ):
                    return _joined(
                        items
                    )  # "7. Record every ..." then "2. Background": the report's next section
                last_number = int(numbered.group(1) or numbered.group(2)) if numbered else last_number
                marker = "#" if numbered else line[:1]
                items.append(([text], page.number, [text]))
                continue
            if not items:
                if (
                    sub_headings < 2
                    and len(line) < 80
                    and not line.endswith((".", ":"))
                    and line[:1].isupper()
                ):
                    sub_headings += 1  # "Priority and immediate action" between the heading and its items
                    continue
                if (
                    not sub_headings
                    and line.endswith(":")
                    and len(line) < 120
                    and _next_is_item(lines, position)
                ):
                    # "The local authority should take urgent action to improve:" leads into the items
                    sub_headings += 1
                    continue
                if lead_in < LEAD_IN_LINES and _leads_into_items(
                    lines, position, LEAD_IN_LINES - lead_in, " ".join(led)
                ):
                    # "There are a number of observations ... The / following are the peer team's key
                    # recommendations to the council:": a sentence or two that leads into the items
                    lead_in += 1
                    led.append(line)
                    continue
                return []  # no list follows this heading (e.g. a table of contents)
            if _ADDRESSEE.match(line):
                continue  # "Addressee: Governor": to whom the item is put, no part of it
            following = _next_line(lines, position)
            if _is_heading(line) and following[:1].isupper() and not items_started_line(following):
                return _joined(items)  # "Background" over a new paragraph, after an item with no full stop
            # an item of several sentences: a numbered one, or a narrative list's
            if _ends_item(items[-1][0], line) and not (
                (narrative or marker == "#") and _same_item_goes_on(line, lines[position + 1 :], marker)
            ):
                return _joined(items)
            items[-1][0].append(line)
            if items[-1][1] == page.number:
                items[-1][2].append(line)
        if page_index + 1 >= len(pages) or not items:
            return _joined(items)
        page_index += 1
        page = pages[page_index]
        lines = page.text.split("\n")
        crossed = fresh_page = True
        header_lines = 0


SECTION_HEADING_WORDS = 6  # "2. Background", "3. Scope and methodology": a numbered heading, not an item


def _next_section(number: int, last: int, text: str) -> bool:
    """A numbered line that goes back in the numbering with a heading's few words and no full stop: the
    numbered section that follows a list, not its next item."""
    return number < last and len(text.split()) <= SECTION_HEADING_WORDS and not text.endswith((".", ";", ","))


# HM Inspectorate of Prisons puts each concern to someone ("Addressees: Governor and HM Prison and Probation
# Service")
_ADDRESSEE = re.compile(r"^Addressees?\s*:", re.I)


def _next_line(lines: list[str], position: int) -> str:
    """The first line after ``position`` that is not blank, stripped ("" at the page's end)."""
    return next((ln.strip() for ln in lines[position + 1 :] if ln.strip()), "")


LEAD_IN_LINES = 3  # lines of prose that may lead into a list, the last ending in a colon
# ... or in a full stop, where it names what follows ("The review makes the following recommendations to ...");
# "the weeks following her death" names nothing
_SAYS_WHAT_FOLLOWS = re.compile(
    r"\bthe\s+following\s+(?:[\w-]+\s+){0,2}?(?:recommendations?|areas?|actions?|findings?|points?|priorities|"
    r"improvements?|requirements?|learning)\b",
    re.I,
)


def _leads_into_items(lines: list[str], position: int, reach: int, said: str = "") -> bool:
    """This line and at most ``reach`` - 1 after it are prose that ends in a colon, or a sentence that says
    what follows ("The review makes the following recommendations to the partnership."), and an item follows."""
    ahead = [ln.strip() for ln in lines[position:] if ln.strip()][:reach]
    for at, line in enumerate(ahead):
        if items_started_line(line):
            return False
        if line.endswith(":") or (
            line.endswith(".") and _SAYS_WHAT_FOLLOWS.search(" ".join([said, *ahead[: at + 1]]))
        ):
            return _next_is_item(
                lines, position + [i for i, ln in enumerate(lines[position:]) if ln.strip()][at]
            )
    return False


def _next_is_item(lines: list[str], position: int) -> bool:
    following = _next_line(lines, position)
    return bool(following) and items_started_line(following)


def _same_item_goes_on(line: str, after: list[str], marker: str, reach: int = 3) -> bool:
    """An item of several sentences: the line after a full stop still belongs to it when the next item of
    the same list (same bullet) comes within a few lines, before any heading or other kind of line. A
    numbered paragraph after a bulleted list, a heading or a grade line ends the list."""
    if _is_heading(line) or line.endswith(":") or GRADE_RE.search(line):
        return False
    for raw in [ln.strip() for ln in after if ln.strip() and not _ADDRESSEE.match(ln.strip())][:reach]:
        if items_started_line(raw):
            return ("#" if NUMBERED_RE.match(raw) else raw[:1]) == marker
        if _is_heading(raw) or raw.endswith(":") or GRADE_RE.search(raw):
            return False
    return False


def items_started_line(line: str) -> bool:
    return bool(BULLET_RE.match(line) or NUMBERED_RE.match(line))


def _looks_like_running_header(line: str) -> bool:
    return len(line) < 120 and (
        line.lower().startswith("inspection of") or bool(re.fullmatch(r"[\w ,’'&-]*\d+", line))
    )


def _ends_item(current: list[str], line: str) -> bool:
    """A line that starts a new block rather than continuing the current item."""
    previous = current[-1]
    if previous.rstrip().endswith((".", "?", "!")) and line[:1].isupper():
        return True
    if re.match(rf"^[A-Z][^.]{{5,140}}:\s*(?:{GRADE_PATTERN})\s*$", line, re.I):
        return True
    return False


def _joined(items: list[tuple[list[str], int | None, list[str]]]) -> list[tuple[str, int | None, str]]:
    joined = []
    for parts, page, on_page in items:
        text = re.sub(r"\s+", " ", " ".join(parts)).strip()
        quote = re.sub(r"\s+", " ", " ".join(on_page)).strip()
        joined.append((text, page, "" if quote == text else quote))
    return joined
