"""Document-level metadata read from the text: title, who was inspected, by whom, when, by which lead."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from ingest.facts import extract_findings, extract_judgements, extract_labelled_grades
from ingest.families import (
    FAMILY_LEAD,
    REPORT_WORDS,
    detect_family,
    joint_inspectorates,
    organisation_from_title,
    place_before_its_body,
    place_of_visit,
    read_details,
    read_partners,
    read_previous_and_next,
    read_send_outcome,
    read_team,
    theme_of,
)
from ingest.models import DocumentMeta, Fact, ParsedDocument
from ingest.titles import document_title
from ingest.vocabulary import (
    COUNCIL_KINDS,
    INSPECTORATE_PATTERNS,
    MONTH_PATTERN,
    MONTHS,
    ORGANISATION_KINDS,
    DocType,
    ReportFamily,
    inspectorates_named,
)

_MONTH = MONTH_PATTERN
_DATE_PART = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?P<month>{_MONTH})\b)?(?:\s+(?P<year>(?:19|20)\d\d))?", re.I
)
_FULL_DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\s+((?:19|20)\d\d)\b", re.I)

_INSPECTION_DATES = re.compile(
    r"(?:Inspection\s+dates?|Dates?\s+of\s+(?:the\s+)?(?:inspection|visit|fieldwork|assessment|review)|Visit\s+dates?|Review\s+dates|"
    r"(?:On-?site\s+)?assessment(?:\s+dates?)?(?=\s*:)|"
    r"(?:Inspection\s+)?Fieldwork(?:\s+dates?)?)\s*:?\s*(?P<dates>[^\n]*\d[^\n]{3,80})",
    re.I,
)
_PROSE_DATES = re.compile(
    rf"(?:Between|From|On)\s+(?P<dates>\d{{1,2}}(?:\s+{MONTH_PATTERN})?(?:\s+(?:19|20)\d\d)?\s+(?:and|to|–|-)\s+"
    rf"\d{{1,2}}\s+{MONTH_PATTERN}\s+(?:19|20)\d\d)\b(?=[^.]{{0,300}}\b(?:inspect|visit|review|carried\s+out))",
    re.I,
)
# A sentence: "the findings of the focused visit to Eastmarsh children's services on 18 and 19 February
# 2025", "The inspection took place between 16 September 2024 and 24 January 2025"
_VISIT_ON_DATES = re.compile(
    # ("inspected ... in June 2026 and published its report on 14 August 2026": that date is the report's)
    rf"\b(?:visit(?:ed)?|inspection|inspected|assessment|fieldwork)\b(?:(?!publish)[^.]){{0,120}}?\b(?:on|between|from)\s+(?P<dates>\d{{1,2}}"
    rf"(?:\s+{MONTH_PATTERN})?(?:\s+(?:19|20)\d\d)?(?:\s+(?:and|to|–|-)\s+\d{{1,2}})?\s+{MONTH_PATTERN}\s+(?:19|20)\d\d)\b",
    re.I,
)
_FIELDWORK_TOOK_PLACE = re.compile(
    rf"(?:\b(?:(?:our|the)\s+(?:fieldwork|inspection|visit|on-?site\s+work)|(?-i:Fieldwork))\b[^.]{{0,40}}?\btook\s+place|"
    # "Inspectors carried out an onsite visit to Saltmere and Fenwold between 4 and 15 November 2024"
    rf"\b(?:inspectors|we)\s+(?:carried\s+out|conducted|undertook|made)\s+(?:an?\s+|the\s+|their\s+)?"
    rf"(?:on-?\s?site\s+)?(?:visit|fieldwork|inspection)s?\b[^.]{{0,60}}?)\s+(?:between|from|on)\s+"
    rf"(?P<dates>\d{{1,2}}(?:\s+{MONTH_PATTERN})?(?:\s+(?:19|20)\d\d)?(?:\s+(?:and|to|–|-)\s+\d{{1,2}})?\s+{MONTH_PATTERN}"
    rf"\s+(?:19|20)\d\d)\b",
    re.I,
)
_PUBLISHED_NUMERIC = re.compile(r"(?:Report\s+)?published\s*:?\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)", re.I)
_PUBLISHED = re.compile(
    rf"(?:(?:Report\s+)?published|Date\s+of\s+publication|Publication\s+date)\s*:?\s*(?P<date>\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d)",
    re.I,
)
# A report that gives its publication date at its end, as a label starting a line ("Date Published 18/03/2026"
# closes a Care Inspectorate Wales report); a sentence there ("the last report, published 5 March 2014") is
# about another report
PUBLISHED_LABEL_AT_END = re.compile(
    rf"^[ \t]*(?-i:Date\s+[Pp]ublished|Published|Date\s+of\s+publication|Publication\s+date)\s*:?[ \t]*"
    rf"(?:(?P<date>\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d)|(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>(?:19|20)\d\d))[ \t]*$",
    re.I | re.M,
)
_DATE_LINE = re.compile(rf"^[ \t]*(\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d)[ \t]*$", re.I | re.M)
_LEAD = re.compile(
    r"(?:(?<![Dd]eputy )(?:Lead|Reporting)\s+inspectors?\s*:?|\b(?:inspection|visit|review|assessment)\s+was\s+led\s+by|"
    # a letter: "His Majesty's Inspectors for this visit were Nadia Okafor and Gareth Lyle" (the first leads)
    r"\bInspectors\s+for\s+this\s+(?:visit|inspection)\s+were|"
    # who led an investigation or a review: "Our lead investigator was Priya Sandhu-Lowe", "Independent Chair
    # and Author: Gillian Ashworth-Reed", "Independent reviewer: Dr Alison Marwood-Kaye"
    r"\b(?:[Oo]ur\s+)?[Ll]ead\s+(?:investigator|reviewer)\s*(?::|was\b|is\b)|"
    r"\bIndependent\s+(?:[Cc]hair|[Rr]eviewer|[Aa]uthor)(?:\s+and\s+[Aa]uthor)?\s*:)"
    r"\s*(?P<name>[A-ZÀ-Ý][^\n,:(]{2,60})",
    re.M,
)
# A cover page's line that is a date range and nothing else, in the heading block ("3 - 14 February 2025")
_DATES_LINE = re.compile(
    rf"^[ \t]*(?P<dates>\d{{1,2}}(?:[ \t]+{MONTH_PATTERN})?(?:[ \t]+(?:19|20)\d\d)?[ \t]*(?:-|–|to|and)[ \t]*"
    rf"\d{{1,2}}[ \t]+{MONTH_PATTERN}[ \t]+(?:19|20)\d\d)[ \t]*\r?$",
    re.M | re.I,
)
# An inspection team listed name first: "Marcia Fennimore, Social Care Inspector (lead inspector)"
_NAME_THEN_LEAD_ROLE = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'-]+){1,3})[ \t]*,[^\n(]{0,60}\((?:the[ \t]+)?lead[ \t]+inspector\)",
    re.M | re.I,
)
# ... or with the title between: "Ruth Abernethy-Kaur His Majesty's Inspector, overall lead inspector" (a phase's
# lead inspector leads only that phase)
_NAME_THEN_TITLE_LEAD = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'-]+){1,2})[ \t]*,?[ \t]+"
    r"(?i:(?:His|Her)[ \t]+Majesty[’']s[ \t]+Inspector|HMI|Ofsted[ \t]+Inspector)[ \t]*,[ \t]*"
    r"(?i:(?:overall[ \t]+)?lead[ \t]+inspector)[ \t]*$",
    re.M,
)
_NUMERIC_RANGE = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)")

_ORG_SUFFIXES = re.compile(
    r"\b(?:local\s+authority|children[’']s\s+services|metropolitan|borough|district|county|city|council|"
    r"royal|london|of|the|and\s+the)\b",
    re.I,
)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def doc_id_for(source: str) -> str:
    """Stable per source, so a changed file replaces its own chunks."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def _iso(day: int, month: int, year: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date_range(text: str) -> tuple[str | None, str | None]:
    """'15 to 26 November 2021' -> ('2021-11-15', '2021-11-26'); missing parts come from the end date."""
    numeric = _NUMERIC_RANGE.findall(text)
    if numeric:
        isos = [_iso(int(d), int(m), int(y)) for d, m, y in numeric]
        return isos[0], isos[-1]
    parts = [m for m in _DATE_PART.finditer(text) if m.group("day")]
    if not parts:
        return None, None
    end, start = parts[-1], parts[0]
    if not end.group("month") or not end.group("year"):
        full = list(_FULL_DATE.finditer(text))
        if not full:
            return None, None
        day, month, year = full[-1].groups()
        return None, _iso(int(day), MONTHS[month.lower()], int(year))
    end_month = MONTHS[end.group("month").lower()]
    end_year = int(end.group("year"))
    end_iso = _iso(int(end.group("day")), end_month, end_year)
    # a start without its month takes the first month written after it ("7 to 11 April 2025 ... and 28 April to
    # 1 May 2025" began in April)
    dated = next((p for p in parts if p.group("month")), end)
    start_month = MONTHS[(start.group("month") or dated.group("month")).lower()]
    start_year = int(start.group("year") or dated.group("year") or end_year)
    if start_month > end_month and not (start.group("year") or dated.group("year")):
        start_year -= 1  # "14 December to 8 January 2020"
    start_iso = _iso(int(start.group("day")), start_month, start_year)
    return start_iso, end_iso


def dates_in(text: str) -> set[str]:
    """Every day the text gives ("20 May 2026", "18/03/2026"), as ISO dates."""
    found = {_iso(int(d), MONTHS[m.lower()], int(y)) for d, m, y in _FULL_DATE.findall(text)}
    found |= {_iso(int(d), int(m), int(y)) for d, m, y in _NUMERIC_RANGE.findall(text)}
    return {iso for iso in found if iso}


def parse_date(text: str) -> str | None:
    match = _FULL_DATE.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    return _iso(int(day), MONTHS[month.lower()], int(year))


# A file named with its date run together ("20250923PUB-Local-Policing-...pdf")
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


def _date_in_file_name(source: str) -> str | None:
    match = _COMPACT_DATE.search(PurePosixPath(source).name)
    return _iso(int(match.group(3)), int(match.group(2)), int(match.group(1))) if match else None


def _title(doc: ParsedDocument) -> str:
    return document_title(doc)


# A cover page's labelled line that names what was inspected ("Service: St Brannoc's Hospice, Kilbrathie",
# "Name of setting: ..."): the service, not its provider ("Service Provider: ...") nor its town
_SERVICE_LINE = re.compile(
    r"^[ \t]*(?:Name\s+of\s+(?:the\s+)?(?:service|setting|school|home|premises)|Service(?:\s+name)?)[ \t]*:[ \t]*"
    r"(?P<org>[A-Z][^,\n]{2,80}?)[ \t]*(?:,|$)",
    re.M,
)


# A reply titled with the report it answers: "Response to the ICIBI report: <the report's title>"
_RESPONSE_TO_REPORT = re.compile(
    r"\s*(?:the\s+\S+\s+|\S+[’']s\s+)?response\s+to\s+(?:the\s+)?[^:]{0,60}?\b(?:report|inspection)\s*:\s*",
    re.I,
)


def _organisation(doc: ParsedDocument, title: str) -> str | None:
    head = doc.pages[0].text[:600] if doc.pages else ""
    service = _SERVICE_LINE.search(doc.pages[0].text[:1500] if doc.pages else "")
    if service and not _GENERIC_ORG.fullmatch(service.group("org")):
        return service.group("org")
    match = re.search(
        r"Inspection\s+of\s+(?!local\s+authority\b)(?P<org>.+?)\s+(?:local\s+authority|children[’']s\s+services)",
        title,
        re.I,
    )
    if match and not _GENERIC_ORG.fullmatch(match.group("org").strip()):
        return match.group("org").strip()
    # Older reports put the council's name on its own line(s) above "Inspection of ..."
    lines = [ln.strip() for ln in head.split("\n") if ln.strip() and not re.fullmatch(r"\d+", ln.strip())]
    for i, line in enumerate(lines[:8]):
        if re.match(r"(?:re-?)?inspection\s+of\b", line, re.I):
            if i > 0 and (_RUNNING_HEADER.search(lines[i - 1]) or inspectorates_named(lines[i - 1])):
                # "Inspection report: Tumblewick Day Nursery 4 February 2025" above is the page's header, and
                # "Ofsted" the inspectorate's name: the line itself names the body ("Inspection of Tumblewick
                # Day Nursery")
                named = re.match(r"(?:re-?)?inspection\s+of\s+(?P<org>[A-Z][^,:;]{2,80}?)\s*$", line, re.I)
                if named and not _GENERIC_ORG.fullmatch(named.group("org")):
                    return named.group("org")
                continue
            if i > 0:
                name = lines[i - 1].rstrip(",")
                # a name wrapped over two lines ("City of Bradford Metropolitan District" / "Council")
                if (
                    i > 1
                    and (len(name.split()) <= 2 or name[:1].islower())
                    and not re.search(r"(?:19|20)\d\d|inspection", lines[i - 2], re.I)
                    # ("Ofsted" above "Larchmount House" is who inspected, not part of the name)
                    and not inspectorates_named(lines[i - 2])
                ):
                    name = f"{lines[i - 2]} {name}"
                return name
            if i + 2 < len(lines) and re.search(r"council|borough", lines[i + 2], re.I):
                return lines[i + 2]
            if i + 1 < len(lines) and re.search(r"council|borough", lines[i + 1], re.I):
                return lines[i + 1]
    return named_with_kind(title) or named_with_kind(doc.text[:3000])


# A page's running header, never a name: what the document is, its date, its page number
_RUNNING_HEADER = re.compile(
    rf"\b(?:inspection\s+report|report)\s*:|\bpage\s+\d+\s+of\s+\d+\b|\b\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d\b",
    re.I,
)


# A name that says what kind of body it is ("Wrekin and Severn Probation Delivery Unit"), within one line;
# the inspectorates' own names ("His Majesty's Inspectorate of Constabulary") are not the inspected body.
_NAME_WORD = r"[A-Z][\w’'-]+"
_KINDS = "|".join(k.replace(" ", r"[ \t]+") for k in (*ORGANISATION_KINDS, *COUNCIL_KINDS))
_KIND_NAMED = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:[ \t]+(?:(?:and|&|upon|on)[ \t]+)?{_NAME_WORD}){{0,5}}?)[ \t]+"
    rf"(?:{_KINDS})\b"
    # "Marlby Police Investigation Centre": a place the body runs, named after it, not the body
    r"(?![ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Centre|Station|Suite|Headquarters|Building)\b)"
)
_NOT_A_BODY = re.compile(r"\b(?:Inspector|Inspectorate|Majesty|HM|His|Her|Our|The|This|An?)\b")


def named_with_kind(text: str) -> str | None:
    for match in _KIND_NAMED.finditer(text):
        name = match.group("name")
        words = name.split()
        # drop leading words that are no part of a name ("The", "An inspection ...")
        while words and _NOT_A_BODY.fullmatch(words[0]):
            words = words[1:]
        # "Dr Rowena Penhallow and Partners Thistlecombe Medical Practice": the partnership that runs it is
        # not the practice's name
        partners = [
            i for i, w in enumerate(words[:-1]) if w == "Partners" and i > 0 and words[i - 1] in ("and", "&")
        ]
        if partners:
            words = words[partners[-1] + 1 :]
        if words and not _NOT_A_BODY.search(" ".join(words)):
            return match.group(0)[match.group(0).index(words[0]) :]
    return None


_GENERIC_ORG = re.compile(
    r"(?:the\s+)?(?:local\s+authority|council|borough|county|city|children[’']s\s+services)", re.I
)


def is_generic_organisation(name: str) -> bool:
    """'Council', 'local authority': words every report uses, which name no one in particular."""
    return bool(_GENERIC_ORG.fullmatch(name.strip())) or not organisation_key(name).strip()


def organisation_key(name: str) -> str:
    """The distinctive words of an organisation's name, for matching: 'City of Bradford MDC' -> 'bradford'."""
    text = name.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^a-z0-9' -]+", " ", text)
    stripped = _ORG_SUFFIXES.sub(" ", text)
    stripped = re.sub(r"\s+", " ", stripped).strip(" -")
    return stripped or re.sub(r"\s+", " ", text).strip()


# A line of a first page that is a name and nothing else: capitalised words, small words between them
_NAME_LINE = re.compile(
    r"[A-Z][\w’'&.-]*(?:[ \t]+(?:(?:and|of|&|the|upon|on|for|in)[ \t]+)?[A-Z][\w’'&.-]*){1,6}"
)
_HEADING_LINES = 15
# A table heading or a title, never a body's name ("Judgement Grade", "Her Majesty's Inspector", "Local Area
# Partnership", "Requires Improvement")
_NOT_A_NAME = re.compile(
    r"\b(?:Judgements?|Grades?|Inspectors?|Majesty[’']s|Requires|Improvement|Area\s+Partnership|Outstanding|Good|"
    r"Inadequate)\b"
)


PROPER_WORD_ZIPF = 3.0  # a word rarer than this in English is a name's own ("Saltersgate", "Wrenfield")


def _has_a_proper_word(name: str) -> bool:
    """Some word of the name is no common English word: "Integrated Care Board" or "Director of Children's
    Services" names a kind of body or post, which many documents name; "Saltersgate House" names one."""
    from wordfreq import zipf_frequency  # loads its word lists on first use, not at import

    return any(
        zipf_frequency(re.sub(r"[’']s$", "", w).lower(), "en") < PROPER_WORD_ZIPF for w in name.split()
    )


def names_on_first_page(doc: ParsedDocument) -> list[str]:
    """The names a report's first page gives on lines of their own ("Cordwell Borough Council", "Saltersgate
    House", "Wrenfield Family Placements Limited"): the inspected service, its provider, its place, which
    people name it by as often as by its organisation's name. An inspectorate or words that say what the
    document is ("Inspection report", "Area Inspection Programme") are none."""
    if not doc.pages:
        return []
    lines = [ln.strip() for ln in doc.pages[0].text.split("\n") if ln.strip()][:_HEADING_LINES]
    names: list[str] = []
    for line in lines:
        if not _NAME_LINE.fullmatch(line) or REPORT_WORDS.search(line) or inspectorates_named(line):
            continue
        if _NOT_A_NAME.search(line) or not _has_a_proper_word(line):
            continue
        if is_generic_organisation(line) or line in names:
            continue
        names.append(line)
    return names


# A row of a report's table of details that names who runs the place inspected ("Registered provider:
# Hesketh Vale Council"): people name a home by who runs it ("the Hesketh Vale secure home")
_PROVIDER_ROW = re.compile(
    r"^(?:registered\s+provider|provider|operated\s+by|run\s+by)\s*:\s*(?P<name>.+)$", re.I
)


def _providers(facts: list[Fact]) -> list[str]:
    found = []
    for fact in facts:
        row = _PROVIDER_ROW.match(fact.value.strip()) if fact.kind == "detail" else None
        if row and _NAME_LINE.fullmatch(row.group("name").strip()):
            found.append(row.group("name").strip())
    return found


def names_beside(doc: ParsedDocument, organisation: str) -> list[str]:
    """The places a first-page line names beside the organisation ("Ysbyty Afon Gwernllyn, Morlas Valleys
    University Health Board"; "Ward 9, Eastgate Hospital, Northshire NHS Trust"): the hospital, ward or site
    inspected, which people name as often as the body that runs it."""
    if not doc.pages or not organisation:
        return []
    own = organisation.lower()
    names: list[str] = []
    for line in [ln.strip() for ln in doc.pages[0].text.split("\n") if ln.strip()][:_HEADING_LINES]:
        parts = [p.strip() for p in line.split(",")]
        if len(parts) < 2 or not any(p.lower() == own for p in parts):
            continue
        names += [
            p
            for p in parts
            if p.lower() != own
            and _NAME_LINE.fullmatch(p)
            and _has_a_proper_word(p)
            and not REPORT_WORDS.search(p)
            and not inspectorates_named(p)
            and p not in names
        ]
    return names


def _lead_lines(text: str) -> Iterator[re.Match[str]]:
    """Where a page says who led: "Lead inspector: ...", then a name followed by its lead role, then a name
    followed by a lead title, in that order of trust."""
    for pattern in (_LEAD, _NAME_THEN_LEAD_ROLE, _NAME_THEN_TITLE_LEAD):
        yield from pattern.finditer(text)


def _lead_person(match: re.Match[str]) -> str | None:
    """The person a lead line names, titles and what follows the name cut off; None where a body led ("led by
    HM Inspectorate of Probation")."""
    name = re.sub(
        r"\s+(?:HMI|Her|His)\b.*$|\s+and\s+[A-Z].*$|\s+(?:who|which)\s.*$|(?<=[a-z]{2})\.(?:\s+[A-Z].*)?$",
        "",
        match.group("name"),
    ).strip()
    # "led by HM Inspector Morwenna Castleton": the title goes, the name stays
    name = re.sub(
        r"^(?:(?:HM|His\s+Majesty[’']s|Her\s+Majesty[’']s)\s+(?:Chief\s+)?|(?:Lead|Senior|Reporting)\s+)"
        r"Inspector\s+(?:of\s+[A-Z]\w+\s+)?",
        "",
        name,
    )
    # a team table's row: "Lead inspector Diane Oyelaran HM Inspectorate of Probation", the inspectorate in the
    # next column ("HM" of "HM Inspectorate" goes with it)
    name = re.sub(r"\s+HM\s+Inspectorate\b.*$", "", name)
    body = [m.start() for pattern in INSPECTORATE_PATTERNS.values() if (m := pattern.search(name))]
    if body and len(name[: min(body)].split()) >= 2:
        name = name[: min(body)].strip()  # (a person's name before it, not "HM" of "HM Inspectorate of ...")
    return None if inspectorates_named(name) or _OVERSIGHT_BODY.search(name) else name


COVER_LINES = 6  # lines at the top of a first page where the inspectorate puts its name over its report


def _cover_inspectorate(doc: ParsedDocument) -> str | None:
    """The inspectorate whose name heads the first page ("HM Inspectorate of Prisons" / "Report on ...",
    "... by HM Chief Inspector of Prisons"): the one that inspected, however often the report names those that
    assisted ("with assistance from colleagues at Ofsted and the Care Quality Commission")."""
    if not doc.pages:
        return None
    lines = [ln.strip() for ln in doc.pages[0].text.split("\n") if ln.strip()][:COVER_LINES]
    named: set[str] = set()
    for line in lines:
        if re.search(r"\b(?:assistance|assisted|jointly|with\s+colleagues)\b", line, re.I):
            break  # the inspectorates that helped follow
        named |= {str(n) for n in inspectorates_named(line)}
    # (two on the cover is a joint inspection: which led is for the text to tell)
    if len(named) == 1:
        return named.pop()
    if not named:
        # a body we have no name for, heading its own report ("HSSIB - Health Services Safety Investigations
        # Body", "Independent Monitoring Boards"): it is who inspected or investigated
        for line in lines:
            for part in re.split(r"\s+[-–|/]\s+", re.sub(r"\s+\d+$", "", line)):
                if (
                    _OVERSIGHT_BODY.search(part)
                    and _NAME_LINE.fullmatch(part.strip())
                    and not re.search(r"Majesty|Lead|Council", part)
                ):
                    return _body_name(part.strip())
    return None


# Words that name a body which inspects, regulates, investigates or monitors others
# (never "Inspector", a person's title on a first page's lead line, nor "Authority", which councils are too)
_OVERSIGHT_BODY = re.compile(
    r"\b(?:Inspectorate|Regulator|Commission|Ombudsman|OMBUDSMAN|Monitoring\s+Boards?|Investigations?\s+Body|"
    r"Investigation\s+Branch|Office\s+for\s+(?:[A-Z]\w+\s+)?(?:Conduct|Complaints|Standards))\b(?![’']s\s+Inspector)"
)


def _body_name(part: str) -> str:
    """A cover's name for a body as people write it: "Local Government & Social Care OMBUDSMAN" in title
    case, "IOPC Independent Office for Police Conduct" without the initials that stand before it."""
    words = part.split()
    if len(words) > 2 and words[0].isupper() and len(words[0]) >= 3:
        initials = "".join(w[0] for w in words[1:] if w[:1].isupper())
        if initials == words[0]:
            words = words[1:]
    if all(w.isupper() or not w.isalpha() for w in words):
        # a name all in capitals ("PARLIAMENTARY AND HEALTH SERVICE OMBUDSMAN"): each word as written in prose
        return " ".join(w.lower() if w.lower() in _SMALL_NAME_WORDS else w.title() for w in words)
    return " ".join(w.title() if w.isupper() and len(w) > 4 else w for w in words)


_SMALL_NAME_WORDS = frozenset("and of for the in on at to".split())


def _inspectorate(text: str) -> str | None:
    """The inspectorate named most often: reports also mention partner inspectorates in passing."""
    counts = {str(name): len(pattern.findall(text)) for name, pattern in INSPECTORATE_PATTERNS.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else None


def _doc_type(doc: ParsedDocument, title: str, lead: str | None, dates: str | None) -> str:
    low = title.lower()
    if "action plan" in low:
        return "action plan"
    # "Response to the ICIBI report: ...", "Council response to Ofsted": a reply; "the policing response to
    # domestic abuse" far into a report's title, or after "Inspection of", is what it inspected
    if re.match(r"\s*(?:inspection|review|re-?inspection)\s+of\b", low):
        return "inspection report"
    if re.search(r"\b(?:statement|responds?|welcomes?|apologi[sz]es?|press\s+release)\b", low) or re.match(
        r"\s*(?:[\w’'-]+\s+){0,3}?response\b", low
    ):
        return "statement"
    if re.match(r"\s*(inspection|review|re-?inspection)\b", low) or (lead and dates):
        return "inspection report"
    if re.search(r"\b(?:inspection|assessment|visit)\b", low) and (lead or dates):
        return "inspection report"  # CQC assesses local authorities; Ofsted's letters report visits
    return "other"


def extract_meta(doc: ParsedDocument, data_hash: str, sidecar: dict[str, Any] | None = None) -> DocumentMeta:
    """Everything the document says about itself; a sidecar's fields add to or override it."""
    sidecar = dict(sidecar or {})
    title = _title(doc)
    first_pages = "\n".join(p.text for p in doc.pages[:2])
    # A labelled line ("Inspection dates: ...") or, in letters, a sentence ("Between 8 and 12 May 2023,
    # Ofsted ... carried out a joint inspection ...").
    dates_match = (
        _INSPECTION_DATES.search(first_pages)
        or _PROSE_DATES.search(first_pages)
        or _VISIT_ON_DATES.search(first_pages)
        or _DATES_LINE.search(doc.pages[0].text[:1500] if doc.pages else "")
    )
    searched = doc.pages[:2]
    if not dates_match:
        # a report that says when it was done in its method section, pages in ("Our fieldwork in Orrinshire
        # took place between 13 and 24 January 2025")
        searched = doc.pages
        dates_match = next((m for p in doc.pages if (m := _FIELDWORK_TOOK_PLACE.search(p.text))), None)
    dates_text = re.sub(r"\s+", " ", dates_match.group("dates")).strip() if dates_match else None
    dates_page = None
    if dates_match:
        dates_page = next((p.number for p in searched if dates_match.group(0) in p.text), None)
    start, end = parse_date_range(dates_text) if dates_text else (None, None)
    published_match = _PUBLISHED.search(first_pages)
    published = parse_date(published_match.group("date")) if published_match else None
    numeric = _PUBLISHED_NUMERIC.search(first_pages)
    if not published and numeric:
        published = _iso(int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3)))
    if not published and len(doc.pages) > 2:
        at_end = PUBLISHED_LABEL_AT_END.search("\n".join(p.text for p in doc.pages[-2:]))
        if at_end:
            published = (
                parse_date(at_end.group("date"))
                if at_end.group("date")
                else _iso(int(at_end.group("d")), int(at_end.group("m")), int(at_end.group("y")))
            )
    if not published and not dates_text and doc.pages:
        # a report dated on its cover, the date on a line of its own ("Report by the Local Government and
        # Social Care Ombudsman ... 19 March 2026"), and no visit to date: the day it was issued
        cover = "\n".join(doc.pages[0].text.split("\n")[:_HEADING_LINES])
        cover_date = _DATE_LINE.search(cover)
        # (not a date that a line above says someone died or was born on, or something happened)
        above = cover[: cover_date.start()].rstrip().rsplit("\n", 1)[-1] if cover_date else ""
        if cover_date and not re.search(r"\b(?:died|death|born|incident|occurred|happened)\b", above, re.I):
            published = parse_date(cover_date.group(1))
    if not published:
        published = parse_date(PurePosixPath(doc.source).name) or _date_in_file_name(doc.source)

    lead_name = lead_page = lead_quote = None
    for page in doc.pages:
        found = next(((m, name) for m in _lead_lines(page.text) if (name := _lead_person(m))), None)
        if found:
            lead_name, lead_page, lead_quote = found[1], page.number, found[0].group(0).strip()
            break

    cover = _cover_inspectorate(doc)
    inspectorate = cover or _inspectorate(doc.text)
    head = doc.pages[0].text[:3000] if doc.pages else ""
    family = detect_family(title, head, inspectorate)
    if not cover:
        # the family's usual lead, unless the cover names who did it (the IOPC investigates police forces too)
        inspectorate = FAMILY_LEAD.get(family, inspectorate)
    organisation = _organisation(doc, title)
    if family not in (ReportFamily.CHILDRENS_SERVICES, ReportFamily.UNKNOWN) or not organisation:
        titled = organisation_from_title(title)
        # the title's place ("police custody suites in Harrowdale") and the body the text names there
        # ("Harrowdale Constabulary"): the body is what was inspected
        if (
            titled
            and organisation
            and titled == place_of_visit(title)
            and organisation.lower().startswith(titled.lower() + " ")
        ):
            titled = organisation
        organisation = titled or organisation
    answered = _RESPONSE_TO_REPORT.match(title)
    if answered:
        # "Response to the ICIBI report: An inspection of Border Force operations at ...": a reply names the
        # body the report inspected in its title; the bodies its text names in passing are not what it is on
        report_title = re.sub(r"\s+[-–|]\s+\S+\.(?:uk|com|org)\s*$", "", title[answered.end() :], flags=re.I)
        organisation = organisation_from_title(report_title) or organisation
    organisation = place_before_its_body(organisation) if organisation else organisation
    theme = theme_of(title)
    team = read_team(doc.pages, inspectorate)
    if lead_name is None or family == ReportFamily.AREA_SEND:
        lead = next((m for m in team if m.inspectorate == inspectorate), team[0] if team else None)
        if lead:
            lead_name, lead_page, lead_quote = lead.name, lead.page, lead.quote
    meta = DocumentMeta(
        doc_id=doc_id_for(doc.source),
        source=doc.source,
        content_hash=data_hash,
        content_type=doc.content_type,
        title=title,
        inspectorate=inspectorate,
        organisation=organisation,
        doc_type=_doc_type(doc, title, lead_name, dates_text),
        inspection_start=start,
        inspection_end=end,
        inspection_dates_text=dates_text,
        inspection_dates_page=dates_page,
        publication_date=published,
        lead_inspector=lead_name,
        lead_inspector_page=lead_page,
        lead_inspector_quote=lead_quote,
        page_count=len(doc.pages),
        family=family,
        inspectorates=joint_inspectorates(head, inspectorate, team),
        inspection_dates_quote=dates_match.group(0).strip() if dates_match else None,
        team=team,
        facts=read_previous_and_next(doc.pages) + read_details(doc.pages),
    )
    if theme and doc.pages:
        meta.facts.append(replace(theme, page=doc.pages[0].number))  # the title stands on the first page
    if meta.doc_type == DocType.INSPECTION_REPORT:
        if family == ReportFamily.AREA_SEND:
            outcome = read_send_outcome(doc.pages)
            meta.judgements = [outcome] if outcome else []
        elif family != ReportFamily.VISIT_LETTER:
            meta.judgements = extract_judgements(doc.pages)
    if (
        not meta.judgements
        and meta.doc_type in (DocType.INSPECTION_REPORT, DocType.OTHER)
        and family
        not in (
            ReportFamily.AREA_SEND,
            ReportFamily.VISIT_LETTER,
        )
    ):
        meta.judgements = extract_labelled_grades(doc.pages)
    if meta.doc_type == DocType.INSPECTION_REPORT:
        partners = read_partners(doc.pages)
        if partners:
            meta.facts.append(partners)
    meta.findings = extract_findings(doc.pages)
    names = names_on_first_page(doc)
    if not meta.organisation and names and meta.doc_type != DocType.NEWS:
        meta.organisation = names[0]  # nothing else names the body: the first page's own name line does
    own = (meta.organisation or "").lower()
    names = [n for n in names if n.lower() not in own]
    names += [n for n in names_beside(doc, meta.organisation or "") if n not in names]
    names += [n for n in _providers(meta.facts) if n not in names and n.lower() != own]
    if names and meta.doc_type != DocType.NEWS:
        meta.extra["names"] = names
    file_years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", PurePosixPath(doc.source).name))
    if not (meta.inspection_start or meta.inspection_end or meta.publication_date) and len(file_years) == 1:
        # a report that dates itself nowhere, filed under its year ("HMP-Stannard-Moor-web-2024.pdf"): the year
        # a question names it by
        meta.extra["about_year"] = int(file_years.pop())
    _apply_sidecar(meta, sidecar)
    return meta


_SIDECAR_FIELDS = {
    "title",
    "inspectorate",
    "organisation",
    "doc_type",
    "publication_date",
    "lead_inspector",
    "publisher",
    "inspection_start",
    "inspection_end",
}


def _apply_sidecar(meta: DocumentMeta, sidecar: dict[str, Any]) -> None:
    for key, value in sidecar.items():
        if key in _SIDECAR_FIELDS and value is not None:
            if key == "doc_type":
                value = str(value).replace("_", " ")
            setattr(meta, key, value)
        else:
            meta.extra[key] = value
    about = sidecar.get("about_inspection")
    if isinstance(about, str) and not meta.inspection_end:
        years = re.findall(r"(?:19|20)\d\d", about)
        if years:
            meta.extra["about_year"] = int(years[-1])
