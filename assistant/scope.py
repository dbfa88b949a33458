"""What a question is about: organisations, years, inspectorate, and what kind of answer it wants."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.everyday_words import is_ordinary_word
from assistant.models import Filters
from assistant.resolve import (
    ASKS_WHICH_DOCUMENT,
    WHICH_SAID_IT,
    Organisation,
    OrganisationDirectory,
    doc_years,
    documents_for_year,
    documents_in_month,
    documents_published,
    inspection_month_named,
    inspection_months_named,
    inspectorates_in,
    month_years_in,
    publication_dates_in,
    strip_publication_dates,
    unheld_organisation,
    years_in,
)
from assistant.understanding import Subject, SubjectModel, SubjectScores
from ingest.models import DocumentMeta
from ingest.vocabulary import (
    AMBIGUOUS_INSPECTORATE_NAME,
    AREAS,
    FAMILY_CUES,
    INSPECTORATE_PATTERNS,
    KIND_WORDS_AFTER_NAME,
    PLAIN_TO_REPORT,
    PLAIN_WORDS_RE,
    canonical_area,
)

_AREA_WORDS = [
    ("overall effectiveness", re.compile(r"\boverall\b", re.I)),
    ("impact of leaders", re.compile(r"\bleaders?\b|\bleadership\b", re.I)),
    ("help and protection", re.compile(r"help\s+and\s+protection|child(?:ren)?\s+protection\b", re.I)),
    ("care leavers", re.compile(r"care\s+leavers?", re.I)),
    ("children in care", re.compile(r"in\s+care\b|looked[\s-]+after", re.I)),
]
GRADE_WORDS = re.compile(
    r"\bgrade[ds]?\b|\bjudge(?:d|ment|ments)?\b|\brat(?:e|ed|es|ing|ings)\b|\beffectiveness\b|"
    r"\boutstanding\b|\binadequate\b|requires?\s+improvement",
    re.I,
)
# words that set two things side by side
_COMPARING = re.compile(
    r"\b(?:better|worse|best|worst|more|less|fewer|higher|lower|improv\w*|declin\w*|chang\w*|compar\w*|differ\w*|"
    r"than|versus|vs)\b",
    re.I,
)
_COMPARE = re.compile(
    r"\bchange[ds]?\b|\bcompare[ds]?\b|\bdiffer\w*\b|\btrend\b|\bover\s+time\b|\bbetween\b|"
    r"\bthen\s+and\s+now\b|\bside\s+by\s+side\b",
    re.I,
)


@dataclass
class Scope:
    question: str
    organisations: list[Organisation] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    month: int | None = None
    inspectorates: list[str] = field(default_factory=list)
    area: str | None = None
    wants: str = Subject.TEXT  # the Subject the question asks about
    subject_scores: SubjectScores | None = None
    families: list[str] = field(default_factory=list)  # report families the question names
    compare: bool = False
    documents: list[DocumentMeta] = field(default_factory=list)  # candidate documents, best first
    secondary: list[DocumentMeta] = field(default_factory=list)  # mention the year but are not about it
    missing: str = ""  # why nothing can answer: an organisation or year the index does not hold
    focus: str = ""  # the question without the who and when that scoping has already used
    # the documents were picked by a name only they use ("Harbourside CAMHS", "the DASH for Maya"), not by
    # an organisation or year
    named_by_words: bool = False

    @property
    def pinned(self) -> bool:
        """Some documents, not the whole library, are what the question is about."""
        return bool(self.organisations or self.years or self.named_by_words)


# "the school, not the nursery", "(not the requirements)": what the question sets aside is not what it asks
_SET_ASIDE = re.compile(
    r"[,(;–-]\s*(?:but\s+|and\s+)?not\s+(?:the|its|their|a|an)\s+[\w’' -]{1,40}?(?=[),.;?]|$)", re.I
)


# The kind of place said after a body's short name (vocabulary.KIND_WORDS_AFTER_NAME) and the town it stands in
# ("Tumblewick nursery in Brackenford"): both still name the body, and ask nothing
_KIND_AFTER_NAME = rf"(?:\s+(?:day\s+)?(?:{'|'.join(KIND_WORDS_AFTER_NAME)})\b)?"
_TOWN_AFTER_NAME = r"(?P<where>\s+(?:in|at)\s+(?P<town>[A-Za-z][\w’'-]+))?"


def _drop_name(match: re.Match[str]) -> str:
    # "in Brackenford" is where the body is; "in care", "at school", "at the time" are what is asked, and stay
    town = match.group("town")
    return f" {match.group('where').strip()} " if town and is_ordinary_word(town) else " "


def focus_of(question: str, organisations: list[Organisation]) -> str:
    text = question
    for org in organisations:
        for alias in sorted(org.aliases, key=len, reverse=True):
            words = [re.escape(w) for w in alias.split() if w != "and"]  # the separator takes "and" and "&"
            if words:
                text = re.sub(
                    # "Staffordshire's police" names "Staffordshire Police" too
                    r"\b"
                    + r"(?:[’']s)?[\s,&-]+(?:and\s+)?".join(words)
                    + r"(?:[’']s\b|[’']|\b)"
                    + _KIND_AFTER_NAME
                    + _TOWN_AFTER_NAME,
                    _drop_name,
                    text,
                    flags=re.I,
                )
    text = re.sub(r"\b(?:19|20)\d\d\b", " ", text)
    text = _SET_ASIDE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    # "bedford 2022 dates" asks for "dates": a word is enough
    return text if re.search(r"[A-Za-z]{3,}", text) else question


# "when Ofsted inspected in 2014", "at Ofsted's 2015 inspection", "according to the 2014 inspection", "per the
# report": which report a question is about. Scoping has used it; left in, "when ... inspected" reads as a
# question about dates.
_WHICH_REPORT = re.compile(
    r"\b(?:when|as|after|before|by\s+the\s+time)\s+(?:\w+\s+){0,2}(?:inspected|visited)\b(?:\s+(?:it|them|in))*|"
    r"\b(?:at|in|during|from|per|after|following|according\s+to|by|since)\s+(?:the\s+(?:time\s+of\s+(?:the\s+)?)?|its\s+|their\s+|an?\s+)?"
    r"(?:\w+[’']s\s+)?(?:\w+\s+){0,3}?(?:re-?)?(?:inspection|visit|report)s?\b(?:\s+(?:of|into|on))?",
    re.I,
)
# "did the inspectorate say", "according to the watchdog": who said it, not what is asked ("Which children
# did the inspectorate say the force was slow to recognise?" asks about children, not inspectorates).
_SAID_BY = re.compile(
    r"\b(?:did|does|do|had|has|have)\s+(?:the\s+)?(?:police\s+)?(?:inspectorate|inspectors?|watchdog|regulator)\s+"
    r"(?:say|said|find|found|report|think|thought|note|conclude|describe|judge)\b|"
    r"\baccording\s+to\s+(?:the\s+)?(?:police\s+)?(?:inspectorate|inspectors|watchdog|regulator)\b",
    re.I,
)
# "Dudley area SEND inspection, January 2025: up to what age ...", "bedford 2017 ofsted report - how long
# ...": a heading that says which report before a colon or dash.
_REPORT_PREFIX = re.compile(
    r"^[^:?]{0,80}\b(?:inspection|inspected|report|visit|ofsted|ilacs)\w*[^:?]{0,30}?(?::|\s[-–—]\s)\s*", re.I
)
_WHOLE_QUESTION = re.compile(
    r"(?:what|which|who|whom|whose|how|why|where|did|does|do|is|are|was|were|has|have|had|can|could)"
    r"(?:\W+\w+){4}",  # a question of its own, not "was it just ofsted?"
    re.I,
)
# "the 2021 Ofsted inspection of": which inspection, said as the subject of the sentence; the noun stays.
_THE_REPORT = re.compile(
    r"\bthe\s+(?:\w+[’']s\s+)?(?:\w+\s+){0,2}?((?:re-?)?(?:inspection|visit|report)s?)\s+(?:of|into|on)\b",
    re.I,
)


# "the service Luton set up after its 2020 inspection, according to the July 2022 report": a year that dates
# something before the report asked about, not which report, when the question names another year too
# "its interim inspection", "the previous visit", "at its last inspection": an inspection before the report's own
_AN_EARLIER_INSPECTION = re.compile(
    r"\b(?:interim|previous|prior|earlier|last|former)\s+(?:full\s+|ofsted\s+|area\s+send\s+)?(?:inspection|visit|re-?inspection|judgement)\b",
    re.I,
)
# "since the last inspection", "compared with the previous visit": a time things are measured from, not the
# inspection asked about
_FROM_AN_EARLIER_INSPECTION = re.compile(
    r"\b(?:since|after|following|than|from|compared\s+(?:with|to)|before)\s+(?:at\s+|in\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:interim|previous|prior|earlier|last|former)\s+(?:full\s+|ofsted\s+|area\s+send\s+)?(?:inspection|visit|re-?inspection|judgement)\b",
    re.I,
)


# "its previous inspection", not "its last inspection" (most who say "last" mean the latest)
_BEFORE_THE_LATEST = re.compile(
    r"\b(?:previous|prior|earlier|former)\s+(?:full\s+|ofsted\s+|area\s+send\s+)?(?:inspection|visit|re-?inspection)\b",
    re.I,
)


def asks_of_an_earlier_inspection(question: str) -> bool:
    """The question asks about an inspection before the latest ("its grade at the previous inspection"), not
    about a change since one, nor about the last one."""
    return bool(_BEFORE_THE_LATEST.search(question)) and not _FROM_AN_EARLIER_INSPECTION.search(question)


_EARLIER_EVENT_YEAR = re.compile(
    r"\b(?:after|since|following)\s+(?:the\s+|its\s+|their\s+)?(?:\w+[’']s\s+)?"
    r"(?:last\s+|previous\s+|earlier\s+)?((?:19|20)\d\d)\s+(?:inspection|visit|report|judgement)s?\b|"
    # "leadership was a concern back in 2021 - what grade ... in 2025?": the earlier year is the context
    r"\bback\s+in\s+((?:19|20)\d\d)\b",
    re.I,
)
_STATISTICS_YEAR = re.compile(
    r"\b(?:19|20)\d\d\s*[-–/]\s*(?:\d\d|(?:19|20)\d\d)\b(?!\s*(?:inspection|visit|report))|"
    # "in the year to March 2025", "the 12 months to 31 December 2024", "year ending 31 March 2024": a period
    # the figures cover
    r"\b(?:year|months?|quarter)\s+(?:to|ending|ended)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)


def subject_text(focus: str, searching: bool = False) -> str:
    """The question without the names of inspectorates and report families, and without the words that
    say which report it is about: scoping has used them, and left in they pull every question towards
    'which inspectorate' or 'when'. ``searching``: for finding sentences, a heading that says which report
    ("Dudley area SEND inspection, January 2025: ...") goes too; it stays for reading what is asked
    ("Sunderland inspection 2021: start and end dates?" asks the inspection's dates)."""
    after_prefix = _REPORT_PREFIX.sub("", focus)
    # ... and goes for reading too when a whole question follows it ("luton 2016 inspection: what do they call
    # their children in care council?" asks no more about the inspection than "what do they call ...?")
    text = after_prefix if searching or _WHOLE_QUESTION.match(after_prefix) else focus
    text = _SAID_BY.sub(" ", WHICH_SAID_IT.sub(" ", text))
    text = _WHICH_REPORT.sub(" ", _THE_REPORT.sub(r"the \1", text))
    # "the local area partnership" is how people name who was inspected: it stays, as "the area"
    text = re.sub(r"\b(?:local\s+)?(?:area\s+)?partnership(?!s)\b", "area", text, flags=re.I)
    for pattern in list(INSPECTORATE_PATTERNS.values()) + list(FAMILY_CUES.values()):
        text = pattern.sub(" ", text)
    # "kids", "uni", "ran away": how people say what the reports write as "children", "university", "went missing"
    text = PLAIN_WORDS_RE.sub(lambda m: PLAIN_TO_REPORT[m.group(1).lower()], text)
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) >= 8 else focus


def families_in(text: str) -> list[str]:
    return [str(family) for family, pattern in FAMILY_CUES.items() if pattern.search(text)]


def area_words_removed(text: str) -> str:
    """The text without the words that name a judgement area ("children in care", "leadership")."""
    for _, pattern in [*AREAS, *_AREA_WORDS]:
        text = pattern.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def question_area(text: str) -> str | None:
    area = canonical_area(text)
    if area:
        return area
    for name, pattern in _AREA_WORDS:
        if pattern.search(text):
            return name
    return None


def _council_for_its_year(
    scope: Scope, question: str, documents: list[DocumentMeta], directory: OrganisationDirectory
) -> None:
    """ "Staffordshire 2019: were fewer children kept in police custody overnight?": "police" made the force of
    the name meant, but the force has no report of that year and the county's council has: the council's
    report is asked about (unless the question names the force itself)."""
    years = years_in(question)
    if not years:
        return
    by_id = {d.doc_id: d for d in documents}
    for at, org in enumerate(scope.organisations):
        council = directory.council_twin(org)
        if council is None or council in scope.organisations or directory.names_itself(org, question):
            continue
        force_docs = [by_id[d] for d in org.doc_ids if d in by_id]
        council_docs = [by_id[d] for d in council.doc_ids if d in by_id]
        if not any(documents_for_year(force_docs, y) for y in years) and any(
            documents_for_year(council_docs, y) for y in years
        ):
            scope.organisations[at] = council


def build_scope(
    question: str,
    documents: list[DocumentMeta],
    directory: OrganisationDirectory,
    filters: Filters | None = None,
    page_text_has: dict[str, str] | None = None,
    subjects: SubjectModel | None = None,
) -> Scope:
    """Resolve the question against the index; filters chosen by the user narrow it further."""
    filters = filters or Filters()
    scope = Scope(question=question)
    scope.organisations = directory.find(question)
    for name in filters.organisations:
        org = directory.lookup(name)
        if org and all(org is not o for o in scope.organisations):
            scope.organisations.append(org)
    published = publication_dates_in(question)
    _council_for_its_year(scope, question, documents, directory)
    # "per the report published January 2016" says which report, as "the 2016 inspection" does
    scope.focus = focus_of(strip_publication_dates(question) if published else question, scope.organisations)
    unheld = None if scope.organisations else unheld_organisation(question, directory)
    if unheld:
        # evidence about another body can neither answer for this one nor support a claim about it
        scope.missing = f"The index holds no documents about {unheld}."
    # "in 2017-18" is a year of statistics, not which inspection: it never picks the report
    scope.years = sorted(set(years_in(_STATISTICS_YEAR.sub(" ", question))))
    months = month_years_in(_STATISTICS_YEAR.sub(" ", question))
    if len(scope.years) > 1 and not _COMPARE.search(question):
        earlier = {int(m.group(1) or m.group(2)) for m in _EARLIER_EVENT_YEAR.finditer(question)}
        scope.years = [y for y in scope.years if y not in earlier] or scope.years
        months = [(m, y) for m, y in months if y in scope.years]
    scope.month = months[0][0] if months and len(scope.years) == 1 else None
    scope.inspectorates = inspectorates_in(question) or list(filters.inspectorates)
    scope.families = families_in(question)
    scope.subject_scores = (subjects or SubjectModel(None)).score(
        subject_text(scope.focus), names_area=question_area(question) is not None
    )
    scope.wants = scope.subject_scores.best
    scope.area = question_area(question) if scope.wants == "grade" or GRADE_WORDS.search(question) else None
    # "which inspection said that, 2023 or 2025?" names the documents to choose from, not to set side by side
    # ("better in 2017 or 2020?", "which was more positive?" still compare)
    which_document = bool(WHICH_SAID_IT.search(question)) or (
        bool(ASKS_WHICH_DOCUMENT.search(question)) and not _COMPARING.search(question)
    )
    scope.compare = len(scope.organisations) > 1 or (
        not which_document
        and (len(scope.years) > 1 or (bool(_COMPARE.search(question)) and len(scope.years) != 1))
    )

    pool = documents
    if scope.organisations:
        wanted = {d for org in scope.organisations for d in org.doc_ids}
        pool = [d for d in pool if d.doc_id in wanted]
    if filters.doc_types:
        pool = [d for d in pool if d.doc_type in filters.doc_types]
    if filters.year_from or filters.year_to:
        lo, hi = filters.year_from or 0, filters.year_to or 9999
        pool = [d for d in pool if lo <= (doc_years(d)[0] or doc_years(d)[1] or 0) <= hi]
    if filters.inspectorates:
        pool = [d for d in pool if d.inspectorate in filters.inspectorates]
    elif scope.inspectorates and scope.organisations:
        narrowed = [
            d
            for d in pool
            if set(scope.inspectorates) & set(d.inspectorates or [d.inspectorate]) or d.inspectorate is None
        ]
        if not narrowed and pool and not AMBIGUOUS_INSPECTORATE_NAME.search(question):
            # "what grade did Ofsted give Larkfield Lodge", which the CQC inspects: no such inspection is held
            held = sorted(
                {str(d.inspectorate) for d in pool if d.doc_type == "inspection report" and d.inspectorate}
            )
            names = " and ".join(o.name for o in scope.organisations)
            scope.missing = f"The index holds no {' or '.join(scope.inspectorates)} inspection of {names}" + (
                f"; its reports on {names} are by {', '.join(held)}." if held else "."
            )
        pool = narrowed or pool
    if scope.families:
        narrowed = [d for d in pool if d.family in scope.families]
        pool = narrowed or pool

    if scope.years and {y for _, y in published} == set(scope.years):
        # the question names the report by when it came out
        primary = []
        for month, year in published:
            primary += [d for d in documents_published(pool, year, month) if d not in primary]
        scope.documents, scope.secondary = primary, []
        if not primary and scope.organisations:
            names = " and ".join(o.name for o in scope.organisations)
            scope.missing = (
                f"The index holds no report on {names} published in {', '.join(map(str, scope.years))}."
            )
    elif scope.years:
        primary: list[DocumentMeta] = []
        for year in scope.years:
            primary += [d for d in documents_for_year(pool, year, scope.month) if d not in primary]
        if not primary:
            # a report that says nowhere when it was done may be the one of that year: it is not ruled out
            primary = [d for d in pool if d.doc_type == "inspection report" and not any(doc_years(d))]
        mentions = page_text_has or {}
        secondary = [
            d
            for d in pool
            if d not in primary
            and d.doc_type != "inspection report"
            and any(str(y) in mentions.get(d.doc_id, "") for y in scope.years)
        ]
        if not primary and not secondary:
            # "its PEEL 2023–25 inspection": the year names the report's programme, in its title
            primary = [d for d in pool if any(str(y) in (d.title or "") for y in scope.years)]
        if not primary and not secondary and scope.organisations and _year_may_be_publication(question):
            # "Lewisham's 2016 report" for the inspection of late 2015: people date a report by when it came
            # out as often as by when inspectors visited
            primary = [d for d in pool if doc_years(d)[1] in scope.years]
        if not primary and not secondary and scope.organisations and not _INSPECTION_WORDS.search(question):
            # "how many children were strip-searched in custody in 2024": a year of events, not of a report,
            # when nothing in the question speaks of inspecting; a report of the next year that tells of
            # that year is where it is told
            primary = [
                d
                for d in pool
                if d.doc_type == "inspection report"
                and {y + 1 for y in scope.years} & {y for y in doc_years(d) if y}
                and any(str(y) in mentions.get(d.doc_id, "") for y in scope.years)
            ]
        if not primary and not secondary and scope.organisations and _AN_EARLIER_INSPECTION.search(question):
            # "the outcome of its interim inspection in Nov 2025": an earlier inspection the index holds no
            # report of, which a later report sums up ("Date of last inspection 12 November 2025")
            primary = [
                d
                for d in pool
                if d.doc_type == "inspection report"
                and any((doc_years(d)[0] or doc_years(d)[1] or 0) > y for y in scope.years)
                and any(str(y) in mentions.get(d.doc_id, "") for y in scope.years)
            ]
            if primary and scope.wants in (Subject.GRADE, Subject.OUTCOME):
                scope.wants = Subject.PREVIOUS  # what the later report says of the earlier one
        if not primary and not secondary and scope.organisations:
            held = sorted({y for d in pool for y in [doc_years(d)[0] or doc_years(d)[1]] if y})
            names = " and ".join(o.name for o in scope.organisations)
            scope.missing = (
                f"The index holds no inspection of {names} in {', '.join(map(str, scope.years))}"
                + (f"; it holds inspections from {', '.join(map(str, held))}." if held else ".")
            )
        scope.documents, scope.secondary = primary, secondary
    else:
        month = inspection_month_named(question)
        if month is not None and scope.organisations:
            pool = documents_in_month(pool, month) or pool  # "after the March visit"
        scope.documents = sorted(
            pool, key=lambda d: d.inspection_end or d.publication_date or "", reverse=True
        )
        scope.documents = titled_first(scope.documents, question, documents)
        if scope.organisations and _LATEST_REPORT.search(question):
            # "Oldham's latest report": the newest inspection report of each organisation in each family
            # (a council's children's services and its area SEND reports are different inspections)
            reports = [d for d in scope.documents if d.doc_type == "inspection report"] or scope.documents
            newest: dict[tuple[str, str], DocumentMeta] = {}
            for doc in reports:  # newest first
                for org in scope.organisations:
                    if doc.doc_id in org.doc_ids:
                        newest.setdefault((org.key, doc.family or ""), doc)
            scope.documents = [d for d in reports if d in newest.values()]
    _documents_offered(scope, question, pool, documents)
    return scope


# "was it the march visit or the may 2025 one", "in the 'child abuse investigations' story or the other one":
# the question offers documents to choose between, each to be searched
_OFFERS_DOCUMENTS = re.compile(
    r"\bor\s+(?:in\s+)?(?:the|its|their)\s+(?:other\b|[^?]{0,40}?\b(?:one|visit|inspection|report|story|article|"
    r"piece|statement)\b)",
    re.I,
)
# a document named by its title in quotes ("in the 'child abuse investigations must improve' story"); an
# apostrophe inside a word ("council's") opens no quote
_QUOTED = re.compile(r"(?:(?<=[\s(])|^)[\"“‘'](?P<quoted>[^\"“”‘’']{12,200}?)[\"”’'](?=[\s,.?!:;)]|$)")
QUOTED_TITLE_SHARE = 0.8  # of the quoted words a title must write for the quote to name that document
QUOTED_OF_TITLE = 0.6  # ... and of the title's words the quote must give


def _documents_offered(
    scope: Scope, question: str, pool: list[DocumentMeta], library: list[DocumentMeta]
) -> None:
    """Documents the question names by a quoted title come first and alone, with, where the question offers
    "or the other one", the same organisation's documents of the same kind; a question offering documents by
    month ("the March visit or the May one") searches each month's."""
    titled: list[DocumentMeta] = []
    # (within the organisations the question names; a quote that many titles hold, "help and protection", is
    # a phrase of the question, not a title)
    candidates = pool if scope.organisations else library
    for match in _QUOTED.finditer(question):
        quoted = set(_TITLE_WORD.findall(match.group("quoted").lower()))
        if len(quoted) < 3:
            continue
        quoting = []
        for doc in candidates:
            title = set(_TITLE_WORD.findall((doc.title or "").lower()))
            shared = len(quoted & title)
            if shared >= QUOTED_TITLE_SHARE * len(quoted) and shared >= QUOTED_OF_TITLE * len(title):
                quoting.append(doc)
        if len({d.organisation for d in quoting}) == 1:
            titled += [d for d in quoting if d not in titled]
    offers = bool(_OFFERS_DOCUMENTS.search(question))
    if titled:
        chosen = list(titled)
        if offers:
            orgs = {d.organisation for d in titled}
            kinds = {d.doc_type for d in titled}
            chosen += [
                d for d in library if d.organisation in orgs and d.doc_type in kinds and d not in chosen
            ]
        scope.documents, scope.secondary = chosen, []
        return
    if not offers:
        return
    dated = month_years_in(question)
    # a month named with its year offers that month of that year; one named alone, that month of any year
    bare = set(inspection_months_named(question)) - {m for m, _ in dated}
    # the other documents on the organisations already in scope (or on those of a month and year offered:
    # "the may 2025 one"), of each month offered
    orgs = {d.organisation for d in scope.documents + scope.secondary} or {
        d.organisation
        for month, year in dated
        for d in documents_in_month(documents_for_year(library, year), month)
    }
    theirs = [d for d in library if d.organisation in orgs]
    offered = [d for m, y in dated for d in documents_in_month(documents_for_year(theirs, y), m)]
    offered += [d for m in sorted(bare) for d in documents_in_month(theirs, m)]
    for doc in offered:
        if doc not in scope.documents:
            scope.documents.append(doc)


# "in 2019", "during 2019": when inspectors came. "Its 2019 report", "reported in 2016", "Halton 2015:",
# "lewisham 2016 ofsted", "the 2018 inspection" (of December 2017, reported in January): as likely the year
# the report came out, when no inspection took place that year.
_REPORT_WORD = re.compile(r"\b(?:report|reported|reports|published|publication|letter)\b", re.I)
_YEAR_OF_VISIT = re.compile(
    r"\b(?:in|during|since|by)\s+(?:(?:early|late|mid)[- ]?)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b",
    re.I,
)


def _year_may_be_publication(question: str) -> bool:
    return bool(_REPORT_WORD.search(question)) or not _YEAR_OF_VISIT.search(question)


# Words of inspecting and of what inspectors say ("found", "rated", "according to"): a year beside any of
# them dates an inspection or a report
_INSPECTION_WORDS = re.compile(
    r"\b(?:inspect\w*|report\w*|ofsted|hmi\w*|cqc|estyn|visit\w*|f(?:i|ou)nd\w*|judg\w*|rat(?:ed|ing|ings)|"
    r"grade[sd]?|watchdog|inspectorate|assess\w*|said|say\w*|according|review\w*|evaluat\w*|letter|"
    r"publish\w*|outcome|verdict)\b",
    re.I,
)


_LATEST_REPORT = re.compile(
    r"\b(?:latest|most\s+recent|newest|current|last)\s+(?:\w+\s+){0,2}?(?:report|inspection|visit|ofsted|ilacs)\b",
    re.I,
)


_TITLE_WORD = re.compile(r"[a-z0-9]{3,}")
RARE_TITLE_SHARE = (
    0.2  # a title word in more of the library's titles ("inspection", "children") names no report
)


def titled_first(docs: list[DocumentMeta], question: str, library: list[DocumentMeta]) -> list[DocumentMeta]:
    """An organisation's reports with the ones the question names by a word of their title first ("the PEEL
    report", "the force's statement"), newest first otherwise. Only words few titles in the library use
    count, so "care leavers" does not turn a question to the older reports that have it in their title."""
    if len(docs) < 2:
        return docs
    # words of organisations' names ("London", "City", "County") say who, not which report
    names = {w for d in library for w in _TITLE_WORD.findall((d.organisation or "").lower())}
    asked = set(_TITLE_WORD.findall(question.lower())) - names
    titles = {d.doc_id: set(_TITLE_WORD.findall((d.title or "").lower())) for d in library}
    share = {w: sum(w in t for t in titles.values()) / max(len(titles), 1) for w in asked}
    rare = {w for w in asked if 0 < share[w] <= RARE_TITLE_SHARE}
    if not rare:
        return docs
    named = {d.doc_id: len(rare & titles.get(d.doc_id, set())) for d in docs}
    if len(set(named.values())) < 2:
        return docs
    return sorted(docs, key=lambda d: -named[d.doc_id])  # stable: newest first among equals
