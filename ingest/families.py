"""What kind of report a document is, and the facts each family states in its own places.

Every reader here is general: it looks for how inspection reports phrase a thing (a team table, an
outcome paragraph, "Dates of previous inspection"), never for one council's wording. A report of an
unknown family still gets its organisation, inspectorates, team, lists and previous/next inspection
where it states them; a reader that finds nothing returns nothing rather than a guess.
"""

from __future__ import annotations

import re

from ingest.models import Fact, Judgement, Page, TeamMember
from ingest.vocabulary import (
    DETAIL_KIND,
    DETAIL_LABELS,
    DETAIL_ROW_RE,
    GRADE_PATTERN,
    MONTH_PATTERN,
    ORGANISATION_KINDS,
    SEND_OUTCOME_AREA,
    SEND_OUTCOME_PATTERNS,
    DetailKind,
    Inspectorate,
    ReportFamily,
    inspectorates_named,
)

_NAME = r"[A-ZÀ-Ý][\w’'À-ÿ-]+(?:[ \t]+(?:[A-ZÀ-Ý][\w’'À-ÿ-]+|de|van|von|le|la)){1,3}"
# "Charlie Fordham, HMI, Lead inspector", "Tessa Valpy, CQC Lead inspector", "Dave Gilkerson HMI, Ofsted Lead
# inspector", "Rebecca Sharples, Ofsted HMI Lead\nInspector", "Imogen Tresize-Barker, Team leader" (HM
# Inspectorate of Prisons): a name, its role words, then the role.
_ROLE_WORDS = r"(?:HMI|Ofsted|CQC|HMICFRS|HMIP|Inspector|Senior|Social\s+Care|Children[’']s\s+Services)"
# ("Bernadette Kilbride Social Care Inspector (lead inspector)": the role may stand in brackets)
_NAME_THEN_LEAD = re.compile(
    rf"(?P<name>(?-i:{_NAME}))(?P<between>(?:\s*,?\s*{_ROLE_WORDS})*)\s*[,(]?\s*(?P<role>lead\s+inspector|team\s+leader)\b",
    re.I,
)
# the role followed by a name that ends the line: that name's role (a "Role Name" row), where two columns of
# "name, role" pairs put a role and the next column's name side by side
_ROLE_THEN_NAME_AFTER = re.compile(rf"[ \t]*:?[ \t]*{_NAME}[ \t]*$", re.M)
# "Lead inspector: Naintara Khosla", "Reporting inspector Jane Smith HMI"
_LEAD_THEN_NAME = re.compile(
    r"(?<![Dd]eputy )(?P<role>(?:Lead|Reporting)\s+inspectors?)[ \t]*(?:\((?P<insp>[^)]{2,40})\))?(?::\s*|[ \t]+)"
    r"(?P<name>[A-ZÀ-Ý][^\n,:(]{2,60})",
    re.M,
)
# "Inspector" on a line of its own and the name on the next ("Inspector\nPhilippa Quarrington"), or said in
# prose ("The reporting inspector was Ambrose Wetherill", "comprised a CQC lead inspector, Harriet Mollison-Kay,
# 3 other CQC inspectors")
_LABEL_THEN_NAME = re.compile(
    rf"^[ \t]*(?P<role>(?:Lead[ \t]+|Reporting[ \t]+)?[Ii]nspector)[ \t]*:?[ \t]*\n[ \t]*(?P<name>{_NAME})"
    rf"[ \t]*(?:,[^\n]*)?$|\b(?P<prose>(?:[Ll]ead|[Rr]eporting)[ \t]+inspector)(?:\s+(?:was|is)\s+|[ \t]*,\s*)"
    r"(?P<named>[A-ZÀ-Ý][\w’'À-ÿ-]+(?:\s+[A-ZÀ-Ý][\w’'À-ÿ-]+){1,3})",
    re.M,
)
# A foreword signed by the inspector who led it ("Lucas Penberthy-Ward\nHis Majesty's Inspector of
# Constabulary"); a chief inspector signs every report of the inspectorate and leads none of them
_SIGNED_BY_INSPECTOR = re.compile(
    rf"^[ \t]*(?P<name>{_NAME})[ \t]*\n[ \t]*(?:His|Her)\s+Majesty[’']s\s+Inspector\s+of\s+"
    r"(?:Constabulary|Fire|Probation|Prisons|Education)",
    re.M,
)
# A team table's row, role before name ("HMI Prisons team leader Karen Holloway", "HMICFRS lead inspector
# Sunil Mistry"): the words before the role say which inspectorate
_ROLE_THEN_NAME_ROW = re.compile(
    rf"^(?P<insp>[^\n]{{0,40}}?)[ \t]*\b(?P<role>(?i:lead\s+inspector|team\s+leader))[ \t]+(?P<name>{_NAME})[ \t]*$",
    re.M,
)
_TEAM_HEADING = re.compile(
    r"^\s*(?:inspection\s+team|the\s+inspection\s+team|inspectors?)\s*:?\s*$", re.I | re.M
)
_PREVIOUS = re.compile(
    r"Dates?\s+of\s+(?:the\s+)?(?:previous|last)\s+inspection\s*:?\s*(?P<value>[^\n]{3,160}(?:\n[^\n:]{3,80}\.)?)",
    re.I,
)
# ... and the grade it gave, on the next line of the details ("Overall judgement at last inspection Outstanding")
_PREVIOUS_JUDGEMENT = re.compile(
    rf"\s*(?:Overall\s+)?judge?ment\s+at\s+(?:the\s+)?(?:previous|last)\s+inspection\s*:?\s*(?P<grade>{GRADE_PATTERN})\b",
    re.I,
)
_NEXT_FULL = r"The\s+next\s+(?:full\s+)?(?:area\s+SEND\s+|full\s+)?(?:re-?)?inspection\s+will\s+(?:be|take\s+place)[^.]{3,120}\."
# A monitoring inspection first, then the next full one, where the report says both.
_NEXT = re.compile(
    rf"(?P<value>A\s+monitoring\s+inspection\s+will\s+be\s+carried\s+out[^.]{{3,120}}\.(?:\s+{_NEXT_FULL})?|{_NEXT_FULL})",
    re.I,
)
_RESPONSIBLE = re.compile(
    r"(?P<value>[A-Z][^.]{10,300}?\b(?:(?:are|is)\s+(?:jointly\s+)?responsible\s+for\s+(?:the\s+)?(?:joint\s+)?(?:planning|commissioning|delivery|services)|(?:is|are)\s+made\s+up\s+of\b|\b(?:comprises|consists\s+of)\b)[^.]{0,300}\.)"
)
_ORG_IN_TITLE = re.compile(
    r"(?:inspection|visit|review|inspected|report)\s*(?:report)?\s*(?:of|to|on|:)\s+(?:the\s+)?"
    r"(?P<org>(?-i:[A-Z])[^\n:,|]{2,120}?)\s*(?:$|,|\||\n|\s+(?:local\s+authority|children[’']s\s+services|"
    r"Local\s+Area\s+Partnership|local\s+area|area\s+partnership)\b)",
    re.I,
)
_ORG_TRAILERS = re.compile(
    r"\s+(?:Local\s+Area\s+Partnership|local\s+area|area\s+partnership|partnership|local\s+authority|"
    r"children[’']s\s+services)\s*$",
    re.I,
)


# Who leads an inspection of each family, where the family fixes it (area SEND: Ofsted, with the CQC).
FAMILY_LEAD: dict[ReportFamily, Inspectorate] = {
    ReportFamily.AREA_SEND: Inspectorate.OFSTED,
    ReportFamily.CHILDRENS_SERVICES: Inspectorate.OFSTED,
    ReportFamily.POLICE: Inspectorate.HMICFRS,
    ReportFamily.JOINT_TARGETED: Inspectorate.OFSTED,
}


def detect_family(title: str, head: str, main_inspectorate: str | None) -> ReportFamily:
    """The family from the title (the first page of one family often names another in passing: a
    children's services report mentions an earlier joint targeted area inspection)."""
    if re.search(r"area\s+SEND|local\s+area\s+partnership", title, re.I):
        return ReportFamily.AREA_SEND
    if re.search(r"joint\s+targeted\s+area\s+inspection|\bJTAI\b", title, re.I):
        return ReportFamily.JOINT_TARGETED
    if re.search(r"\b(?:monitoring|focused)\s+visit\b", title, re.I):
        return ReportFamily.VISIT_LETTER
    # ("an unannounced inspection visit to police custody suites in Harrowdale", whoever led it)
    if main_inspectorate == Inspectorate.HMICFRS or re.search(r"\b(?:Police|Constabulary)\b", title, re.I):
        return ReportFamily.POLICE
    if main_inspectorate == Inspectorate.OFSTED and re.search(
        r"children[’']s\s+(?:social\s+care\s+)?services|children[’']s\s+social\s+care|children\s+in\s+need\s+of\s+help\s+and\s+protection|looked\s+after\s+children|"
        r"safeguarding",
        f"{title}\n{head}",
        re.I,
    ):
        return ReportFamily.CHILDRENS_SERVICES
    return ReportFamily.UNKNOWN


# "Joint targeted area inspection of the multi-agency response to serious youth violence in Croydon": a
# thematic inspection names its theme and then the place.
_THEME_AND_PLACE = re.compile(
    r"inspection\s+of\s+(?P<theme>(?:the\s+)?(?:multi-agency\s+)?(?:response|arrangements|work|services)\b.{5,160}?)"
    r"\s+in\s+(?P<place>[A-Z][\w’'&-]*(?:[ ,]+(?:and\s+|upon\s+|on\s+|&\s+)?[A-Z][\w’'&-]*){0,4})\s*$"
)


# "Report on an unannounced inspection visit to police custody suites in Harrowdale": what was inspected, then
# the place, at the title's end
_VISIT_IN_PLACE = re.compile(
    r"\b(?:inspection|visit|review|assessment)\b[^\n|]{0,120}?\s+in\s+"
    r"(?P<place>[A-Z][\w’'&-]*(?:[ ,]+(?:and\s+|upon\s+|on\s+|&\s+)?[A-Z][\w’'&-]*){0,4})\s*$"
)


def place_of_visit(title: str) -> str | None:
    """The place a title ends with, after what was inspected there ("... custody suites in Harrowdale"),
    where the title names no body."""
    if _ORG_IN_TITLE.search(title):
        return None
    placed = _VISIT_IN_PLACE.search(re.sub(r"\s+", " ", title).strip())
    return placed.group("place").strip(" ,") if placed else None


def theme_of(title: str) -> Fact | None:
    """The theme a thematic (joint targeted area) inspection looked at, from its title."""
    match = _THEME_AND_PLACE.search(re.sub(r"\s+", " ", title).strip())
    if not match:
        return None
    theme = match.group("theme").strip()
    return Fact("theme", theme, None, theme)


# A name: capitalised words, small words between them ("Craigmoray Primary School and Nursery Class")
_NAME = r"[A-Z][\w’'&.-]*(?:\s+(?:(?:and|of|&|the|upon|on|for|in)\s+)?[A-Z][\w’'&.-]*){0,7}"
# Words that say what a document is, not whom it is about
REPORT_WORDS = re.compile(
    r"\b(?:inspection|inspected|report|letter|findings|assessment|review|evaluation|programme|visit|"
    r"summary|ratings?|contents|overview|information|judge?ments?)\b",
    re.I,
)
# "Wrenfield Fostering - Independent fostering agency inspection report - 10 to 14 March 2025": the name,
# then what the document is
_NAME_THEN_KIND = re.compile(rf"^(?P<org>{_NAME})\s+[-–—|]\s+(?P<kind>.+)$")
# "Area Inspection Programme: CPS Ravensholt - June 2025": what the document is, then the name
_KIND_THEN_NAME = re.compile(rf"^(?P<kind>[^:]{{3,80}}):\s+(?P<org>{_NAME})(?:\s+[-–—|]\s+.*)?$")


def _name_beside_kind(title: str) -> str | None:
    """A title that gives the inspected body's name beside what the document is (either way round)."""
    title = re.sub(r"\s+", " ", title).strip()
    for pattern in (_NAME_THEN_KIND, _KIND_THEN_NAME):
        match = pattern.match(title)
        if not match or not REPORT_WORDS.search(match.group("kind")):
            continue
        org = match.group("org").strip()
        if len(org.split()) >= 2 and not REPORT_WORDS.search(org) and not inspectorates_named(org):
            return org
    return None


# What may follow a name after a dash and be no part of it: the report's kind or its date ("Full inspection 2-13
# February 2026", "letter", "June 2025"), never another name ("Brent - Harlesden Family Information Service")
_KIND_OR_DATE_FIRST = re.compile(
    r"(?:(?:full|short|unannounced|announced|focused|joint|monitoring|interim|annual|final|independent)\s+)?"
    r"(?:inspection|report|visit|letter|review|judge?ment|assessment|feedback|findings|summary)\b|"
    r"\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:19|20)\d\d\b",
    re.I,
)


def organisation_from_title(title: str) -> str | None:
    """'Area SEND inspection of Bedford Borough Local Area Partnership' -> 'Bedford Borough'; 'Joint
    targeted area inspection of the multi-agency response to ... in Wigan' -> 'Wigan'."""
    themed = _THEME_AND_PLACE.search(re.sub(r"\s+", " ", title).strip())
    if themed:
        return themed.group("place").strip(" ,")
    match = _ORG_IN_TITLE.search(title)
    if not match:
        return place_of_visit(title) or _name_beside_kind(title)
    # "the Ashendene Youth Justice Partnership and its partners", a title cut short ("... and its…"): the body
    # is the one named first
    org = re.sub(r"\s+and\s+(?:its|their)\b.*$|\s+\S*…$", "", match.group("org").strip(" ."))
    org = _ORG_TRAILERS.sub("", org).strip()
    # "the Independent Monitoring Board at HMP Haddlesmoor": the board watches the place, which is what it is on
    watcher = re.match(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:Board|Panel)\s+at\s+(?P<place>[A-Z].+)$", org)
    if watcher:
        org = watcher.group("place")
    # "Report on HMP Inverallan - Full inspection 2-13 February 2026": what follows the dash is the report's
    # kind or date, not the name
    after_dash = re.search(r"\s+[-–—]\s+(?P<rest>.*)$", org)
    if after_dash and _KIND_OR_DATE_FIRST.match(after_dash.group("rest")):
        org = org[: after_dash.start()].strip()
    if re.match(r"(?:an?\s+)?(?:inspection|review|visit)\s+(?:of|to)\b", org, re.I):
        return organisation_from_title(org)  # "report: An inspection of Border Force operations at ..."
    if re.match(r"(?:local\s+authority|children|services|the\s+multi-agency)\b", org, re.I) or len(org) < 3:
        return None
    return place_before_its_body(org)


def place_before_its_body(name: str) -> str:
    """ "Calloway House Approved Premises Probation Service": the place inspected, then (from the title's next
    line) the body that runs it; the place is the name."""
    place = _PLACE_THEN_BODY.match(name)
    return place.group(1) if place else name


# (a hospital or a surgery is often named with its trust or practice: "Royal Hospital NHS Trust" is one body)
_BODY_KINDS = "|".join(kind.replace(" ", r"\s+") for kind in ORGANISATION_KINDS)
_PLACE_THEN_BODY = re.compile(
    r"(.+?\b(?:Approved\s+Premises|School|Academy|College|Nursery|Children[’']s\s+Home|Care\s+Home|Prison))\s+"
    rf"(?:{_BODY_KINDS})\b"
)


def joint_inspectorates(head: str, main: str | None, team: list[TeamMember] | None = None) -> list[str]:
    """Every inspectorate the first page names or an inspector comes from, the main one first."""
    named = [str(i) for i in inspectorates_named(head)]
    named += [m.inspectorate for m in team or [] if m.inspectorate and m.inspectorate not in named]
    if main and main not in named:
        named.insert(0, main)
    elif main:
        named.remove(main)
        named.insert(0, main)
    return named


def read_team(pages: list[Page], default_inspectorate: str | None) -> list[TeamMember]:
    """Lead inspectors (one per inspectorate in a joint inspection) and, in a team table, the others."""
    team: list[TeamMember] = []
    seen: set[str] = set()
    for page in pages:
        text = page.text
        for match in _ROLE_THEN_NAME_ROW.finditer(text):
            name = _clean_name(match.group("name"))
            if not name or name.lower() in seen:
                continue
            insp = _inspectorate_of(match.group("insp"), default_inspectorate)
            seen.add(name.lower())
            team.append(TeamMember(name, "lead inspector", insp, page.number, match.group(0).strip()))
        for match in _NAME_THEN_LEAD.finditer(text):
            name = _clean_name(match.group("name"))
            after = _ROLE_THEN_NAME_AFTER.match(text, match.end())
            if not name or name.lower() in seen or (after and _clean_name(after.group(0))):
                continue  # (the role is the next name's: "... Holloway\nHMICFRS lead inspector Sunil Mistry")
            line_start = text.rfind("\n", 0, match.start()) + 1
            prefix = text[line_start : match.start()]
            # a label before the name ("Ofsted: Jane Holloway, HMI, Lead inspector"), not another column
            before = inspectorates_named(prefix) if re.fullmatch(r"[^,\n]{2,60}[:–-]\s*", prefix) else []
            insp = _inspectorate_of(match.group("between"), default_inspectorate)
            if len(before) == 1:
                insp = str(before[0])  # "Ofsted: Jane Holloway, HMI, Lead inspector"
            elif insp is None or (insp == default_inspectorate and _column_is_second(text, match.start())):
                insp = _second_column_inspectorate(text, match.start()) or insp
            seen.add(name.lower())
            team.append(TeamMember(name, "lead inspector", insp, page.number, match.group(0).strip()))
        for match in _LABEL_THEN_NAME.finditer(text):
            name = _clean_name(match.group("name") or match.group("named"))
            if not name or name.lower() in seen:
                continue
            seen.add(name.lower())
            insp = default_inspectorate
            team.append(TeamMember(name, "lead inspector", insp, page.number, match.group(0).strip()))
        for match in _SIGNED_BY_INSPECTOR.finditer(text):
            name = _clean_name(match.group("name"))
            if not name or name.lower() in seen or team:
                continue
            seen.add(name.lower())
            team.append(
                TeamMember(name, "lead inspector", default_inspectorate, page.number, match.group(0).strip())
            )
        for match in _LEAD_THEN_NAME.finditer(text):
            name = _clean_name(re.sub(r"\s+(?:HMI|Her|His)\b.*$", "", match.group("name")))
            if not name or name.lower() in seen or len(name.split()) > 5:
                continue
            insp = _inspectorate_of(match.group("insp") or "", default_inspectorate)
            seen.add(name.lower())
            team.append(TeamMember(name, "lead inspector", insp, page.number, match.group(0).strip()))
    return team


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.:")
    name = re.sub(r"(?:\s+(?:HMI|Ofsted|CQC|HMICFRS|OI))+$", "", name)
    # "Bernadette Kilbride Social Care": the job title that follows a name in a table's next column ("Amanda
    # Senior" keeps her name)
    name = re.sub(r"(?:\s+(?:Social\s+Care|Children[’']s\s+Services))+$|,\s*Senior$", "", name).strip(" ,.:")
    if re.search(r"\b(?:the|and|of|inspection|report|area|local|partnership|council)\b", name, re.I):
        return ""
    if re.search(r"\b(?:Majesty[’']s|Inspector)\b", name):
        return ""  # a title ("Gideon Harcastle, lead inspector His Majesty's Inspector"), not the name
    return name


def _inspectorate_of(words: str, default: str | None) -> str | None:
    named = inspectorates_named(words)
    if named:
        return str(named[0])
    if re.search(r"\bHMI\b", words):
        return str(Inspectorate.OFSTED) if default in (None, Inspectorate.OFSTED) else default
    return default


def _column_is_second(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return bool(text[line_start:offset].strip())


def _second_column_inspectorate(text: str, offset: int) -> str | None:
    """A two-column team table ("Ofsted  Care Quality Commission") printed as one line: the second name on
    a line belongs to the second column's inspectorate."""
    heading = _TEAM_HEADING.search(text[:offset])
    window = text[heading.end() if heading else max(0, offset - 400) : offset]
    header_line = next((ln for ln in window.split("\n") if len(inspectorates_named(ln)) >= 2), None)
    if header_line and _column_is_second(text, offset):
        return str(inspectorates_named(header_line)[1])
    return None


def read_send_outcome(pages: list[Page]) -> Judgement | None:
    """The area SEND outcome: one of three sentences, under 'Inspection outcome' on page 1. The quote is
    that sentence alone (from the heading or the previous full stop to its own)."""
    for page in pages[:3]:
        squashed = re.sub(r"\s+", " ", page.text)
        found = [
            (m.start(), m.end(), name)
            for name, p in SEND_OUTCOME_PATTERNS.items()
            if (m := p.search(squashed))
        ]
        if not found:
            continue
        start, end, outcome = min(found)
        heading = re.search(r"inspection\s+outcome\s*", squashed[:start], re.I)
        begin = max(squashed.rfind(". ", 0, start) + 2, heading.end() if heading else 0)
        stop = squashed.find(".", end)
        sentence = squashed[begin : stop + 1 if stop >= 0 else len(squashed)].strip()
        return Judgement(SEND_OUTCOME_AREA, outcome, page.number, sentence)
    return None


def read_previous_and_next(pages: list[Page]) -> list[Fact]:
    facts: list[Fact] = []
    for page in pages[:3]:
        squashed = re.sub(r"\s+", " ", page.text)
        if not any(f.kind == "previous inspection" for f in facts):
            match = _PREVIOUS.search(page.text)
            if match:
                value = re.sub(r"\s+", " ", match.group("value")).strip()
                quote = re.sub(r"\s+", " ", match.group(0)).strip()
                graded = _PREVIOUS_JUDGEMENT.match(page.text, match.end())
                if graded:
                    value = f"{value}; overall judgement at that inspection: {graded.group('grade').lower()}"
                    quote = re.sub(r"\s+", " ", page.text[match.start() : graded.end()]).strip()
                facts.append(Fact("previous inspection", value, page.number, quote))
        if not any(f.kind == "next inspection" for f in facts):
            match = _NEXT.search(squashed)
            if match:
                value = match.group("value").strip()
                facts.append(Fact("next inspection", value, page.number, value))
    return facts


DETAIL_VALUE_WORDS = 8  # a row's value is short: more is a sentence that begins with a label's words
# a person, with a title and a note after ("Dr Saskia Brennard", "Martin Ellery (in post since January 2023)")
_PERSON_VALUE = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof|Sir|Dame)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}(?:\s*\([^)]*\))?"
)


def read_details(pages: list[Page]) -> list[Fact]:
    """The rows of a report's table of details, each once: "Number of pupils on the school roll: 1,184" (the
    label as declared in DETAIL_LABELS, its value as printed)."""
    facts: list[Fact] = []
    seen: set[str] = set()
    for page in pages:
        for match in DETAIL_ROW_RE.finditer(page.text):
            label = next(
                k
                for k in DETAIL_LABELS
                if re.fullmatch(re.escape(k).replace(r"\ ", r"\s+"), match.group("label"))
            )
            value = match.group("value").strip()
            if (
                label in seen
                or not re.search(r"[\w£]", value)
                or value[:1].islower()
                or len(value.split()) > DETAIL_VALUE_WORDS
                or (DETAIL_LABELS[label] == DetailKind.ROLE and not _PERSON_VALUE.fullmatch(value))
            ):
                continue  # a sentence that begins with the label's words ("Principal Social Worker is ...")
            seen.add(label)
            facts.append(Fact(DETAIL_KIND, f"{label}: {value}", page.number, match.group(0).strip()))
    return facts


def read_partners(pages: list[Page]) -> Fact | None:
    """Who is responsible for the services inspected: 'X Council and the NHS Y ICB are responsible for ...'."""
    for page in pages[:3]:
        match = _RESPONSIBLE.search(page.text)
        if match:
            lines = match.group("value").strip().split("\n")
            while len(lines) > 1 and len(lines[0]) < 70 and lines[1].strip()[:1].isupper():
                lines = lines[
                    1:
                ]  # a heading above the sentence (a sentence's own next line starts lower case)
            sentence = re.sub(r"\s+", " ", " ".join(lines)).strip()
            return Fact("partners", sentence, page.number, sentence)
    return None


def month_year_of(text: str) -> str | None:
    match = re.search(rf"\b({MONTH_PATTERN})\w*\s+((?:19|20)\d\d)\b", text, re.I)
    return f"{match.group(1).capitalize()} {match.group(2)}" if match else None
