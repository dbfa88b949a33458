"""Questions over the whole library: which organisations got a grade, which moved between grades, whose
reports mention a scheme, how many, and the recurring themes of what reports ask to improve.

A question is a library question when it asks across organisations (a plural organisation noun such as
"councils", "local authorities", "forces", "reports", or "which/how many" about an organisation) and names
no single organisation. The answer names every organisation that fits, one line each, with the count and a
citation per report: the judgement's own words on its page, or the sentence that mentions the scheme.
Everything is read from the catalogue: judgements and findings (DocumentMeta) and page texts, precomputed
once per catalogue generation so that a question costs milliseconds.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assistant.evidence import cite, squash
from assistant.models import Answer, Citation, Filters
from assistant.resolve import WHICH_SAID_IT, Organisation, OrganisationDirectory, normalise
from ingest.models import DocumentMeta, Judgement
from ingest.vocabulary import AREAS, GRADE_RE, IMPROVEMENT_KINDS, NUMBER_WORDS, canonical_grade

# -- grades and areas ---------------------------------------------------------------------------------------
# Worst first. HMICFRS's "adequate" sits between requires improvement and good; area SEND outcomes have a
# scale of their own (worst first too), compared only with each other.
_OFSTED_RANK = {
    "inadequate": 0.0,
    "requires significant improvement": 0.5,
    "requires improvement": 1.0,
    "adequate": 1.5,
    "good": 2.0,
    "outstanding": 3.0,
}
_SEND_RANK = (("failings", 0.0), ("inconsistent", 1.0), ("positive", 2.0))
OVERALL = "overall effectiveness"
# A question about one of these areas reads the combined judgement where a report gives only that one.
_COMBINED = "children in care and care leavers"
_PARTS = ("children in care", "care leavers")
# Words people use for an area that the report headings do not.
_AREA_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("impact of leaders", re.compile(r"\bleaders(?:hip)?\b|\bleaders'", re.I)),
    ("help and protection", re.compile(r"\bchild(?:ren)?\s+protection\b|\bneed(?:ing)?\s+help\b", re.I)),
    ("children in care", re.compile(r"\blooked[\s-]+after\b|\bin\s+care\b", re.I)),
    (OVERALL, re.compile(r"\boverall\b", re.I)),
]
# Area SEND inspections conclude with one of three outcomes (worst first), as people say them.
_SEND_OUTCOME_WORDS = [
    ("widespread and/or systemic failings", re.compile(r"\bwidespread\b|\bsystemic\s+failings?\b", re.I)),
    (
        "inconsistent experiences and outcomes",
        re.compile(r"\binconsistent\s+(?:experiences|outcomes)\b", re.I),
    ),
    ("positive experiences and outcomes", re.compile(r"\bpositive\s+(?:experiences|outcomes)\b", re.I)),
]
_SEND_WORDS = re.compile(
    r"\bSEND\b|special\s+educational\s+needs|local\s+area\s+partnerships?|\blocal\s+areas\b", re.I
)


def grade_rank(grade: str) -> float | None:
    if grade in _OFSTED_RANK:
        return _OFSTED_RANK[grade]
    for word, rank in _SEND_RANK:
        if word in grade:
            return rank
    return None


# -- organisations --------------------------------------------------------------------------------------
_SMALL_WORDS = {"and", "upon", "on", "of", "the", "in", "under", "le", "by", "with"}
_POLICE = re.compile(r"\bpolice\b|\bconstabulary\b", re.I)


def _title_case(name: str) -> str:
    def word(w: str, first: bool) -> str:
        parts = w.split("-")
        out = []
        for i, p in enumerate(parts):
            if (not first or i) and p in _SMALL_WORDS:
                out.append(p)
            else:
                out.append(p[:1].upper() + p[1:])
        return "-".join(out)

    return " ".join(word(w, i == 0) for i, w in enumerate(name.split(" ")))


def display_name(org: Organisation) -> str:
    """The organisation as people say it: 'Barking and Dagenham', 'Kingston upon Hull' (the folder a corpus
    files it under, when it does), else the name the reports use without 'the London Borough of'."""
    folder = org.folder
    if folder and folder.islower():
        return _title_case(folder)
    if folder:
        return folder
    name = re.sub(r"^the\s+", "", org.name, flags=re.I)
    name = re.sub(r"^(?:London\s+Borough|Royal\s+Borough|Metropolitan\s+Borough|City)\s+of\s+", "", name)
    return name


@dataclass
class Inspection:
    """One graded (or at least dated) report of one organisation."""

    doc: DocumentMeta
    org: str  # display name
    org_key: str
    kind: str  # council, police
    family: str  # children's services, send, police, other
    start: str | None
    end: str | None
    years: frozenset[int]
    judgements: dict[str, Judgement] = field(default_factory=dict)

    @property
    def when(self) -> str:
        """'Nov 2021': the month the inspection ended."""
        day = self.end or self.start
        if day:
            return f"{_MONTHS_SHORT[int(day[5:7]) - 1]} {day[:4]}"
        if self.doc.publication_date:
            return f"published {self.doc.publication_date[:4]}"
        return self.doc.title

    @property
    def order(self) -> str:
        return self.end or self.start or self.doc.publication_date or ""

    def judgement(self, area: str) -> Judgement | None:
        """The judgement for an area; a combined children-in-care-and-care-leavers judgement stands for either
        part, and two equal parts stand for the combined one."""
        found = self.judgements.get(area)
        if found:
            return found
        if area in _PARTS:
            return self.judgements.get(_COMBINED)
        if area == _COMBINED:
            parts = [self.judgements.get(p) for p in _PARTS]
            if all(parts) and len({p.grade for p in parts if p}) == 1:
                return parts[0]
        return None


_MONTHS_SHORT = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _family(doc: DocumentMeta) -> str:
    family = str(getattr(doc, "family", "") or "").lower()
    text = f"{doc.title} {doc.source}"
    if "send" in family or re.search(r"\bSEND\b|area\s+send|local\s+area\s+partnership", text, re.I):
        return "send"
    if "police" in family or doc.inspectorate == "HMICFRS" or _POLICE.search(doc.organisation or ""):
        return "police"
    if "children" in family or any(j.area in dict(AREAS) for j in doc.judgements):
        return "children's services"
    return "other"


def _years(doc: DocumentMeta) -> frozenset[int]:
    """Inspection years (both, for an inspection over new year); the publication year only where a document
    gives no inspection dates."""
    years = {int(d[:4]) for d in (doc.inspection_start, doc.inspection_end) if d}
    if not years and doc.extra.get("about_year"):
        years.add(int(doc.extra["about_year"]))
    if not years and doc.publication_date:
        years.add(int(doc.publication_date[:4]))
    return frozenset(years)


_COMMON_WORDS = {
    "north", "south", "east", "west", "central", "city", "borough", "council", "county", "new", "great", "upper",
    "lower", "tower", "forest", "police", "royal", "london", "metropolitan", "district", "the",
}  # fmt: skip


def _short_names(names: set[str]) -> re.Pattern[str] | None:
    """The words that stand for one organisation alone: a name's first word, and each word of a name that
    lists several places ('Bournemouth, Christchurch & Poole', 'Kingston upon Hull'), when no other name has it."""
    counts: Counter[str] = Counter()
    candidates: dict[str, set[str]] = {}
    for name in names:
        words = [w for w in re.split(r"[\s,&-]+", name) if w and w[0].isupper() and len(w) >= 4]
        own = set(words[:1]) | ({words[-1]} if re.search(r",|&|\bupon\b", name) else set())
        if "," in name or "&" in name:
            own |= set(words)
        candidates[name] = {w for w in own if w.lower() not in _COMMON_WORDS}
        counts.update(set(words))
    words = sorted({w for ws in candidates.values() for w in ws if counts[w] == 1}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else None


# -- the precomputed library -------------------------------------------------------------------------------
@dataclass
class _Page:
    doc: DocumentMeta
    page: int | None
    text: str  # whitespace-squashed, as quotes are compared


class LibraryData:
    """Everything a library question reads, built once per catalogue generation."""

    def __init__(self, documents: list[DocumentMeta], catalog: Any) -> None:
        self.catalog = catalog
        self.documents = documents
        self.by_id = {d.doc_id: d for d in documents}
        self.directory = OrganisationDirectory(documents)
        self.org_of: dict[str, tuple[str, str, str]] = {}  # doc_id -> (key, display, kind)
        for org in self.directory.organisations():
            name = display_name(org)
            kind = "police" if _POLICE.search(org.name) or _POLICE.search(name) else "council"
            for doc_id in org.doc_ids:
                self.org_of[doc_id] = (org.key, name, kind)
        self._names = _short_names({name for _, name, _ in self.org_of.values()})
        self.inspections: list[Inspection] = []
        for doc in documents:
            if doc.doc_id not in self.org_of:
                continue
            if doc.doc_type != "inspection report" and not doc.judgements:
                continue
            key, name, kind = self.org_of[doc.doc_id]
            insp = Inspection(
                doc=doc,
                org=name,
                org_key=key,
                kind=kind,
                family=_family(doc),
                start=doc.inspection_start,
                end=doc.inspection_end,
                years=_years(doc),
            )
            for j in doc.judgements:
                insp.judgements.setdefault(j.area, j)
            self.inspections.append(insp)
        self.inspections.sort(key=lambda i: (i.org.lower(), i.order))
        self.areas = sorted({a for i in self.inspections for a in i.judgements})
        self.grades_by_area: dict[str, set[str]] = defaultdict(set)
        for i in self.inspections:
            for a, j in i.judgements.items():
                self.grades_by_area[a].add(j.grade)
        self.inspectorates = {d.inspectorate for d in documents if d.inspectorate}
        self._pages: list[_Page] | None = None
        self._text = ""
        self._offsets: list[int] = []
        self._lock = threading.Lock()
        self._shares: dict[str, float] = {}

    def names_an_organisation(self, text: str) -> bool:
        """Whether a question names an organisation the way people shorten it ('Southend', 'Richmond',
        "Milton Keynes'"), beyond the aliases the directory knows."""
        return bool(self._names and self._names.search(text))

    # page texts for phrase search: lower-cased once, joined with a separator no phrase can cross
    def pages(self) -> tuple[list[_Page], str, list[int]]:
        with self._lock:
            if self._pages is None:
                pages, parts, offsets, at = [], [], [], 0
                for doc in self.documents:
                    for page in self.catalog.pages(doc.doc_id):
                        text = squash(page.text)
                        low = text.lower()
                        if len(low) != len(text):  # a character whose lower case is longer: keep offsets
                            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
                        pages.append(_Page(doc, page.number, text))
                        offsets.append(at)
                        parts.append(low)
                        at += len(low) + 3
                self._text = "\n\0\n".join(parts)
                self._offsets = offsets
                self._pages = pages
            return self._pages, self._text, self._offsets

    def share_using(self, phrase: str) -> float:
        """Share of the library's documents that use the phrase; remembered for this generation (a mention
        question weighs the same common words every time)."""
        if phrase not in self._shares:
            found = {h[0].doc.doc_id for h in self.find_phrases([phrase])}
            self._shares[phrase] = len(found) / max(len(self.documents), 1)
        return self._shares[phrase]

    def find_phrases(self, phrases: list[str]) -> list[tuple[_Page, int, int]]:
        """Every occurrence of any of the phrases (page, start, end). One pattern per phrase, starting with
        its literal first word, and word boundaries checked after: 30 times faster than one pattern with
        look-behinds over the library's 8 MB of text."""
        pages, text, offsets = self.pages()
        hits = []
        for phrase in phrases:
            for m in re.finditer(_phrase_body(phrase), text):
                if (m.start() and text[m.start() - 1].isalnum()) or (
                    m.end() < len(text) and text[m.end()].isalnum()
                ):
                    continue
                i = bisect.bisect_right(offsets, m.start()) - 1
                hits.append((pages[i], m.start() - offsets[i], m.end() - offsets[i]))
        return sorted(hits, key=lambda h: (h[0].doc.doc_id, h[0].page or 0, h[1]))


# -- reading the question -----------------------------------------------------------------------------------
_NOUNS: list[tuple[str, str, re.Pattern[str]]] = [
    # (plural noun as answers say it, organisation kind, pattern)
    ("forces", "police", re.compile(r"\b(?:police\s+)?forces?\b|\bconstabular(?:y|ies)\b", re.I)),
    (
        "local area partnerships",
        "council",
        re.compile(r"\blocal\s+area\s+partnerships?\b|\blocal\s+areas\b|\bpartnerships\b", re.I),
    ),
    (
        "local authorities",
        "council",
        re.compile(r"\blocal\s+authorit(?:y|ies)\b|\bauthorit(?:y|ies)\b|\bLAs\b", re.I),
    ),
    (
        "councils",
        "council",
        re.compile(
            r"\bcouncils?\b|\bboroughs?\b|\bcounties\b|\b(?:children'?s\s+services\s+)?departments\b|"
            r"\bchildren'?s\s+services\b(?=\s+(?:were|was|got|had|have|received|came))",
            re.I,
        ),
    ),
    ("organisations", "", re.compile(r"\breports\b|\binspections\b|\borganisations?\b|\bplaces\b", re.I)),
]
_ASKS_ACROSS = re.compile(
    r"\bwhich\b|\bwhat\b|\bwho\b|\bwhose\b|\bwhere\b|\blist\b|\bname\b|\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|"
    r"\bmost\s+common\b|\bcompare\s+all\b|\ball\s+(?:the\s+)?(?:councils|authorities|forces|reports)\b|\bany\b",
    re.I,
)
_HOW_MANY = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\s+(?:of|the)\b|\bhow\s+often\b", re.I)
# "How many" followed by what is counted: organisations (or a grade, or no noun: "how many were rated ...")
# make a library question; anything else ("how many children", "how many days") is counted in a report.
_HOW_MANY_OF_SOMETHING_ELSE = re.compile(
    r"\bhow\s+many\s+(?:(?:more|fewer|extra|additional|new)\s+)?(?!(?:councils?|authorit\w*|local\b|forces?|organi[sz]ations?|areas?|partnerships?|"
    r"reports?|inspections?|inspectorates?|trusts?|services|providers?|bodies|places|times|of|were|was|are|is|"
    r"have|had|did|do|got|get|received|outstanding|good|inadequate|requires?|adequate|more|fewer|in|at|"
    r"across|overall)\b)[a-z]+",
    re.I,
)
_THEMES = re.compile(
    r"\bmost\s+(?:common|frequent|often)|\bcommon(?:est|ly)?\b|\brecurr\w*|\bthemes?\b|\bfrequent(?:ly)?\b|"
    r"\btypical(?:ly)?\b|\bpatterns?\b|\bagain\s+and\s+again\b|\brepeated(?:ly)?\b|\bacross\s+(?:the\s+)?reports\b",
    re.I,
)
_IMPROVE_ITEMS = re.compile(
    r"\bimprove(?:ment)?s?\b|\bweakness(?:es)?\b|\brecommendations?\b|\bconcerns?\b|\bshortcomings?\b|"
    r"\bproblems?\b|\bissues?\b|\bfailings?\b|\bdevelopment\b|\bpriorit(?:y|ies)\b|\bgaps?\b|\bfindings?\b|"
    r"\bneeds?\s+to\s+(?:improve|do\s+better)\b|\bcriticis\w+|\bfix\b",
    re.I,
)
_MENTION = re.compile(
    r"\b(?:mention(?:s|ed|ing)?|refer(?:s|red|ring)?\s+to|reference[sd]?|talk(?:s|ed)?\s+about|"
    r"discuss(?:es|ed)?|cite[sd]?|name[sd]?[\s-]+check(?:s|ed)?|(?:make|made)\s+(?:any\s+)?(?:mention|reference)\s+"
    r"(?:of|to)|say\s+(?:anything\s+)?about|said\s+about|describe[sd]?|highlight(?:s|ed)?|praise[sd]?|"
    r"include[sd]?|contain(?:s|ed)?|feature[sd]?|use[sd]?|using|adopt(?:s|ed)?|run(?:s)?|operate[sd]?|"
    r"have\s+(?:a|an)|implement(?:s|ed)?|introduc(?:e[sd]?|ing)|says?\s+(?:that\s+)?|said\s+(?:that\s+)?)\b",
    re.I,
)
_PHRASE_END = re.compile(
    r"\s*(?:[?!;]|\.(?:\s|$)|\s-\s|\s+–\s+|\bin\s+(?:their|its|the|any|these|those)\s+(?:\w+\s+)?(?:reports?|inspections?)\b|"
    r"\bin\s+(?:19|20)\d\d\b|\b(?:since|before|after|between|during)\s+(?:19|20)\d\d\b|\bat\s+(?:their|the|any)\b|"
    r",?\s+and\s+(?:how|what|when|where|which|who|list|name)\b|\bwhen\s+\w+\b|\bby\s+(?:name|council)\b|$)",
    re.I,
)
_LEAD_WORDS = re.compile(
    r"^(?:(?:the|a|an|any|some|about|of|to|on|that|this|word|words|phrase|term|idea|concept|use\s+of|"
    r"implementing|implementation\s+of|using|introducing|introduction\s+of|adopting|adoption\s+of|running|"
    r"developing|development\s+of|having|their|its|councils'?|local|charity|organisation|provider)\s+)+",
    re.I,
)
_SHOWN_LEAD = re.compile(
    r"^(?:(?:about|any|some|implementing|implementation\s+of|using|introducing|introduction\s+of|adopting|"
    r"adoption\s+of|running|developing|development\s+of|having)\s+)+",
    re.I,
)
# Words that name a kind of thing, not which one: "the Mockingbird programme", "a Barnahus model".
_KIND_WORDS = (
    r"model|models|programme|programmes|program|programs|app|apps|application|approach|approaches|"
    r"scheme|schemes|framework|project|projects|initiative|initiatives|teams?|method|methodology|tool|tools|"
    r"pilot|service|services"
)
_GENERIC_TAIL = re.compile(
    rf"(?:\s+(?:{_KIND_WORDS}|way\s+of\s+working|practice\s+model|at\s+all|anywhere|somewhere))+$",
    re.I,
)
_NATIONS = {
    "Scotland": re.compile(r"\bScot(?:land|tish)\b", re.I),
    "Wales": re.compile(r"\bWales\b|\bWelsh\b", re.I),
    "Northern Ireland": re.compile(r"\bNorthern\s+Ir(?:eland|ish)\b", re.I),
}
# Who inspects where: an inspectorate's name in a question, and the nations its reports cover.
_INSPECTORATES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    ("Care Inspectorate Wales", re.compile(r"\bCare\s+Inspectorate\s+Wales\b|\bCIW\b", re.I), ("Wales",)),
    ("Care Inspectorate", re.compile(r"\bCare\s+Inspectorate\b(?!\s+Wales)", re.I), ("Scotland",)),
    ("Education Scotland", re.compile(r"\bEducation\s+Scotland\b", re.I), ("Scotland",)),
    ("Estyn", re.compile(r"\bEstyn\b", re.I), ("Wales",)),
    ("RQIA", re.compile(r"\bRQIA\b", re.I), ("Northern Ireland",)),
    ("Ofsted", re.compile(r"\bOfsted\b", re.I), ("England",)),
    ("CQC", re.compile(r"\bCQC\b|Care\s+Quality\s+Commission", re.I), ("England",)),
    (
        "HMICFRS",
        re.compile(r"\bHMICFRS\b|\bHMIC\b|Inspectorate\s+of\s+Constabulary", re.I),
        ("England", "Wales"),
    ),
    (
        "HMI Probation",
        re.compile(r"\bHMI\s+Probation\b|Inspectorate\s+of\s+Probation", re.I),
        ("England", "Wales"),
    ),
]
# The grades as people write them: "required improvement", "requiring improvement" too.
_GRADE_WORDS = re.compile(
    r"\b(?:outstanding|good|requir(?:es?|ed|ing)\s+improvement(?:\s+to\s+be\s+good)?|inadequate|(?<!in)adequate)\b",
    re.I,
)
_FOREIGN_GRADES = re.compile(
    r"\bvery\s+good\b|\bexcellent\b|\bweak\b|\bunsatisfactory\b|\bsatisfactory\b", re.I
)

# changes between inspections (read with the grades taken out: "requires improvement" is no improvement)
_UP = re.compile(
    r"\bimprov(?:e|ed|es|ing)\b|\bupgrad\w*|\b(?:mov(?:e|ed|ing)|went|go(?:ne)?|going)\s+up\b|\b(?:rose|risen|rise)\b|"
    r"\bclimb\w*|\bbetter\b|\bprogressed\b|\bturn(?:ed)?\s+(?:it\s+)?(?:a)?round\b|\bjump(?:ed|s)?\b",
    re.I,
)
_DOWN = re.compile(
    r"\bworse\b|\bworsen\w*|\bdowngrad\w*|\bdeclin\w*|\bdeteriorat\w*|\bfell\b|\bfall(?:en|s|ing)?\b|"
    r"\bdrop(?:ped|s)?\b|\bslip(?:ped|s)?\b|\b(?:went|go(?:ne)?|mov(?:e|ed))\s+down\b|\blost\b|\bregress\w*",
    re.I,
)
_SAME = re.compile(
    r"\bunchanged\b|\bsame\s+(?:overall\s+)?(?:grade|rating|judgement|result)\b|\bstay(?:ed|s)?\b|\bremain(?:ed|s)?\b|"
    r"\bretain(?:ed|s)?\b|\bkept\b|\bno\s+change\b|\bdid\s+not\s+change\b|\bdidn't\s+change\b",
    re.I,
)
_RUN = re.compile(
    r"\bin\s+a\s+row\b|\bconsecutive\b|\bsuccessive\b|\bback[\s-]+to[\s-]+back\b|\bboth\b|\bagain\b", re.I
)
_EVERY = re.compile(
    r"\bevery\s+(?:time|inspection|one|single)\b|\beach\s+(?:time|inspection|of\s+(?:their|its))\b|\balways\b|"
    r"\bevery\b[^.?]*\binspections?\b|\ball\s+(?:of\s+)?(?:their|its|the)\s+(?:\w+\s+){0,3}inspections\b|\bconsistently\b",
    re.I,
)
_NEVER = re.compile(r"\bnever\b|\bnot\s+once\b|\bat\s+no\s+inspection\b", re.I)
_LATEST = re.compile(
    r"\bmost\s+recent\b|\blatest\b|\blast\s+inspection\b|\bcurrent(?:ly)?\b|\bnow\b|\btoday\b", re.I
)
_FIRST = re.compile(r"\bfirst\s+inspection\b|\bearliest\b", re.I)
_LAST_PAIR = re.compile(
    r"\b(?:two|2)\s+most\s+recent\b|\b(?:last|latest|most\s+recent)\s+(?:two|2)\b|\blast\s+pair\b|"
    r"\bsince\s+(?:their|its)\s+(?:last|previous)\s+inspection\b",
    re.I,
)
_PAIR_WORDS = re.compile(
    r"\bconsecutive\b|\bnext\s+inspection\b|\bfollowing\s+inspection\b|\bone\s+inspection\s+to\s+the\s+next\b|"
    r"\bsubsequent\b|\bprevious\b|\bbetween\b|\bsince\b|\bmoved?\b|\bwent\b|\bfrom\b",
    re.I,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "once": 1, "twice": 2, "thrice": 3}
_NUM = r"(one|two|three|four|five|\d)"
_STEPS = re.compile(
    rf"\bby\s+(?:at\s+least\s+|exactly\s+|just\s+|only\s+)?(?:{_NUM}|a\s+single|a)\s+(?:or\s+more\s+)?"
    rf"(?:grades?|steps?|levels?|notch(?:es)?)\b|\b(?:exactly\s+|just\s+|only\s+)?{_NUM}\s+(?:or\s+more\s+)?"
    rf"(?:grades?|steps?|levels?)\b|\bmore\s+than\s+one\s+(?:grade|step|level)\b",
    re.I,
)
_MIN_INSPECTIONS = re.compile(
    rf"\b(?:at\s+least|with|had|having|of)\s+{_NUM}\s+(?:or\s+more\s+)?(?:\w+'?s?\s+){{0,3}}inspections\b|"
    rf"\b{_NUM}\s+or\s+more\s+(?:\w+'?s?\s+){{0,3}}inspections\b|\bmore\s+than\s+{_NUM}\s+(?:\w+'?s?\s+){{0,3}}inspections\b",
    re.I,
)
_TIMES = re.compile(
    rf"\bmore\s+than\s+once\b|\bmore\s+than\s+{_NUM}\s+(?:\w+\s+){{0,3}}inspections?\b|\btwice\b|\bthrice\b|"
    rf"\b{_NUM}\s+times\b|\b{_NUM}\s+or\s+more\s+times\b|\bat\s+least\s+{_NUM}\s+times\b|\brepeatedly\b|\bmultiple\s+times\b|"
    rf"\b{_NUM}\s+(?:separate\s+)?inspections\s+(?:judged|rated|graded)\b|\bmore\s+than\s+one\s+(?:\w+\s+){{0,2}}inspection\b|"
    rf"\bat\s+(?:least\s+)?{_NUM}\s+(?:or\s+more\s+)?(?:\w+'?s?\s+){{0,2}}inspections\b",
    re.I,
)
# "how many were rated ...", "how many improved": with no organisation named, a count of organisations only
# where grades, inspections or a change of grade are what is counted
_ABOUT_INSPECTIONS = re.compile(
    r"\bgrade[ds]?\b|\bgrading\b|\brat(?:e|ed|ing|ings)\b|\bjudge(?:d|ments?)?\b|\binspect\w*|\bvisited\b|"
    r"\boutstanding\b|\bgood\b|\binadequate\b|\brequir\w*\s+improvement\b|\bimprov\w*|\bdeclin\w*|"
    r"\bworse\b|\bbetter\b|\bmentions?\b|\breports?\b",
    re.I,
)
_GRADE_CUE = re.compile(
    r"\bgrade[ds]?\b|\bgrading\b|\brat(?:e|ed|es|ing|ings)\b|\bjudge(?:d|ment|ments)?\b|\bverdicts?\b|\bscored?\b|"
    r"\boutcomes?\b|\bresults?\b",
    re.I,
)
_INSPECTED = re.compile(r"\binspect(?:ed|ion|ions)\b|\bvisited\b", re.I)
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_NUM = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_Y = r"((?:19|20)\d\d)"


def _month(word: str) -> int:
    return _MONTH_NUM[word.lower()[:3]]


def _num(word: str | None, default: int = 2) -> int:
    if not word:
        return default
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), default)


_NEXT_ONE = re.compile(
    r"\b(?:next|following|subsequent|later)\s+(?:\w+\s+)?(?:inspection|visit|report)", re.I
)


def _one_year(q: Query) -> bool:
    return len(q.when.years) == 1 and q.when.lo is None and q.when.hi is None and not q.when.window


def _counts_from_then(q: Query) -> bool:
    """'inspected in 2014, better at their next inspection': the year is the change's start, not its end."""
    return _one_year(q) and bool(_NEXT_ONE.search(q.question))


@dataclass
class When:
    """What a question says about time: years, a range of years, or a window of dates."""

    years: set[int] = field(default_factory=set)
    lo: int | None = None
    hi: int | None = None
    window: tuple[str, str] | None = None  # ISO dates, inclusive
    text: str = ""  # as the answer says it

    def __bool__(self) -> bool:
        return bool(self.years or self.lo or self.hi or self.window)

    def admits(self, insp: Inspection) -> bool:
        if self.window:
            start, end = insp.start or insp.end, insp.end or insp.start
            return bool(start and end) and start <= self.window[1] and end >= self.window[0]  # type: ignore[operator]
        years = insp.years
        if not years:
            return not self
        if self.years and not years & self.years:
            return False
        if self.lo is not None and max(years) < self.lo:
            return False
        if self.hi is not None and min(years) > self.hi:
            return False
        return True


def read_when(text: str) -> tuple[When, str]:
    """The time a question names, and the question with it taken out."""
    when = When()
    m = re.search(
        rf"\b(?:between|from)\s+{_MONTH}(?:\s+{_Y})?\s+(?:and|to|until|till|-|–)\s+{_MONTH}\s+{_Y}\b",
        text,
        re.I,
    )
    if m:
        y1 = int(m.group(2) or m.group(4))
        y2 = int(m.group(4))
        m1, m2 = _month(m.group(1)), _month(m.group(3))
        last = (date(y2 + (m2 == 12), m2 % 12 + 1, 1) - date.resolution).isoformat()
        when.window = (date(y1, m1, 1).isoformat(), last)
        when.text = m.group(0).strip()
        return when, text[: m.start()] + " " + text[m.end() :]
    m = re.search(rf"\b(?:in|during)\s+{_MONTH}\s+{_Y}\b", text, re.I)
    if m:
        y, mo = int(m.group(2)), _month(m.group(1))
        last = (date(y + (mo == 12), mo % 12 + 1, 1) - date.resolution).isoformat()
        when.window = (date(y, mo, 1).isoformat(), last)
        when.text = m.group(0).strip()
        return when, text[: m.start()] + " " + text[m.end() :]
    rest = text
    spans = [
        (rf"\b(?:between|from)\s+{_Y}\s+(?:and|to|until|-|–)\s+{_Y}\b", "range"),
        (rf"\b{_Y}\s*(?:-|–|to)\s*{_Y}\b", "range"),
        (rf"\b{_Y}\s*[-–/]\s*(\d\d)\b", "short range"),  # "2024-25"
        (
            rf"\b(?:since|from)\s+{_Y}(?:\s+onwards?)?\b|\b{_Y}\s+(?:or|and)\s+(?:later|after|since)\b|\b{_Y}\s+onwards?\b|\bin\s+or\s+after\s+{_Y}\b",
            "from",
        ),
        (rf"\b(?:up\s+to|until|till|by|to|before|at)\s+the\s+end\s+of\s+{_Y}\b", "to"),
        (rf"\b(?:by|before|until)\s+the\s+(?:start|beginning)\s+of\s+{_Y}\b", "before"),
        (rf"\b(?:after|from|since)\s+the\s+(?:start|beginning)\s+of\s+{_Y}\b", "from"),
        (rf"\bafter\s+the\s+end\s+of\s+{_Y}\b", "after"),
        (rf"\bafter\s+{_Y}\b", "after"),
        (rf"\bbefore\s+{_Y}\b", "before"),
        (rf"\b(?:up\s+to|until|till|by)\s+{_Y}\b|\b{_Y}\s+or\s+(?:earlier|before)\b", "to"),
    ]
    said = []
    for pattern, kind in spans:
        for m in list(re.finditer(pattern, rest, re.I)):
            ys = [int(g) for g in m.groups() if g]
            if kind == "range":
                when.lo, when.hi = min(ys), max(ys)
            elif kind == "short range":
                when.lo, when.hi = ys[0], ys[0] // 100 * 100 + ys[1]
            elif kind == "from":
                when.lo = max(when.lo or 0, ys[0])
            elif kind == "after":
                when.lo = max(when.lo or 0, ys[0] + 1)
            elif kind == "before":
                when.hi = ys[0] - 1 if when.hi is None else min(when.hi, ys[0] - 1)
            elif kind == "to":
                when.hi = ys[0] if when.hi is None else min(when.hi, ys[0])
            said.append(m.group(0).strip())
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    if not said:
        when.years = {int(y) for y in re.findall(rf"\b{_Y}\b", rest)}
        if when.years:
            ys = sorted(when.years)
            when.text = "in " + (
                str(ys[0]) if len(ys) == 1 else ", ".join(map(str, ys[:-1])) + f" or {ys[-1]}"
            )
        rest = re.sub(rf"\b{_Y}\b", " ", rest)
    else:
        if when.lo and when.hi:
            when.text = f"in {when.lo}–{when.hi}" if when.lo != when.hi else f"in {when.lo}"
        elif when.lo:
            when.text = f"in {when.lo} or later"
        elif when.hi:
            when.text = f"in {when.hi} or earlier"
    return when, rest


@dataclass
class Query:
    question: str
    kind: str  # grades, changes, mentions, inspections, themes
    noun: str = "organisations"
    org_kind: str = ""  # council, police, "" (any)
    family: str | None = None  # children's services, send, police
    inspectorates: list[str] = field(default_factory=list)
    how_many: bool = False
    when: When = field(default_factory=When)
    area: str = OVERALL
    area_said: bool = False
    grades: list[str] = field(default_factory=list)
    # changes
    mode: str = ""  # transition, run, every, never, latest, first, times
    direction: str = ""  # up, down, same
    from_grades: list[str] = field(default_factory=list)
    to_grades: list[str] = field(default_factory=list)
    min_steps: int = 1
    max_steps: int | None = None
    last_pair: bool = False
    run_length: int = 2
    min_inspections: int = 1
    max_inspections: int | None = None
    every_pair: bool = False
    times: int = 2
    # mentions and themes
    phrases: list[str] = field(default_factory=list)
    subject: str = ""  # as the question says it
    topic: list[str] = field(default_factory=list)
    graded_only: bool = False
    every_area: bool = False  # "inadequate on every judgement", "a clean sweep of outstanding"
    # a fact each report states ("previous inspection", "next inspection") and what it must say
    fact_kind: str = ""
    fact_terms: list[str] = field(default_factory=list)
    problem: str = ""  # why the index cannot answer (a nation or inspectorate it holds nothing of)


_ONE_ORGANISATION = re.compile(
    r"\b(?:the|its|this|that)\s+(?:force|council|local\s+authority|authority|partnership|constabulary)(?:'s)?\b",
    re.I,
)


def _plural_noun(text: str) -> bool:
    return bool(
        re.search(
            r"\b(?:forces|councils|authorities|partnerships|constabularies|areas|organisations|reports|LAs)\b",
            text,
            re.I,
        )
    )


def _noun(text: str) -> tuple[str, str] | None:
    for noun, kind, pattern in _NOUNS:
        if pattern.search(text):
            return noun, kind
    return None


def _area(text: str, data: LibraryData) -> tuple[str, bool]:
    """The judgement area a question names: the first it names (the combined area where both parts are)."""
    named = [(m.start(), -len(m.group(0)), name) for name, pattern in AREAS if (m := pattern.search(text))]
    if named:
        return min(named)[2], True
    for name, pattern in _AREA_WORDS:
        if pattern.search(text):
            return name, name != OVERALL or True
    # areas only the index knows (a new report family's judgement): all of its words in the question
    low = normalise(text)
    for area in data.areas:
        words = [w for w in normalise(area).split() if len(w) > 3]
        if words and all(re.search(rf"\b{re.escape(w)}", low) for w in words):
            return area, True
    return OVERALL, False


def _grades(text: str, data: LibraryData, area: str) -> list[tuple[int, str]]:
    """Grades a question names, with where: the Ofsted words, and the words of any other scale the index
    holds (an area SEND outcome) that are distinctive of one of its values."""
    found: list[tuple[int, str]] = []
    for m in _GRADE_WORDS.finditer(text):
        if re.search(r"\bvery\s+$", text[: m.start()], re.I):
            continue
        found.append((m.start(), canonical_grade(m.group(0))))
    for outcome, pattern in _SEND_OUTCOME_WORDS:
        m = pattern.search(text)
        if m:
            found.append((m.start(), outcome))
    others = sorted({g for gs in data.grades_by_area.values() for g in gs if g not in _OFSTED_RANK})
    low = text.lower()
    for grade in others:
        words = set(re.findall(r"[a-z]{4,}", grade))
        rivals = (
            set().union(*(set(re.findall(r"[a-z]{4,}", o)) for o in others if o != grade))
            if others
            else set()
        )
        own = words - rivals
        hits = [low.find(w) for w in own if re.search(rf"\b{w}", low)]
        if hits:
            found.append((min(hits), grade))
    seen: list[tuple[int, str]] = []
    for pos, g in sorted(found):
        if g not in [s[1] for s in seen]:
            seen.append((pos, g))
    return seen


_QUOTED = re.compile(r"[\"“‘']([^\"“”‘’']{3,60})[\"”’']")
_NAME = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w’'-]*|[A-Z]{2,})(?:\s+(?:(?:of|and|for|the|in|on|to)\s+)?(?:[A-Z][\w’'-]*|[A-Z]{2,}|\d+))+"
)
# Nouns that name the kind of thing rather than the thing ('county lines exploitation'): a phrase is also
# searched without one, when what is left is still two words ending in a noun ('county lines', not
# 'child sexual').
# ... and words that name a kind of activity: "county lines exploitation", "Theraplay training".
_ACTIVITY_WORDS = (
    r"exploitation|support|training|violence|work|meetings?|provision|arrangements?|activity|activities|"
    r"interventions?|panels?|hubs?|offer|policy|strategy|pathway|process"
)
_CATEGORY = re.compile(rf"\s+(?:{_ACTIVITY_WORDS})$", re.I)
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ful|ed|ing|ary|ent|ant|ile|ial|less|able|ible)$", re.I)


def _phrases(subject: str) -> list[str]:
    """What to search for, from how a question names a scheme: 'the Mind of My Own (MOMO) app' -> ['mind of
    my own', 'momo']; 'X model or Y teams' -> both; a quoted name -> just that; a long clause -> the
    capitalised names in it ('...signed up to the Care Leaver Covenant' -> 'care leaver covenant')."""
    quoted = [q for q in _QUOTED.findall(subject) if re.search(r"[A-Za-z]{3,}", q)]
    if quoted:
        return list(dict.fromkeys(q.lower().strip() for q in quoted))
    subject = re.sub(r"[\"“”‘’]", " ", subject)
    alternatives = []
    for bracket in re.findall(r"\(([^)]{2,40})\)", subject):
        alternatives.append(bracket)
    subject = re.sub(r"\([^)]*\)", " ", subject).strip()
    words = _LEAD_WORDS.sub("", subject).split()
    names = [n for n in _NAME.findall(subject) if len(n.split()) >= 2 or n.isupper()]
    if len(words) > 4 and names:
        return list(dict.fromkeys([n.lower() for n in names] + [a.lower() for a in alternatives]))
    listed = [a for a in re.split(r"\s*(?:,\s*(?:or\s+|and\s+)?|\bor\b|/)\s*", subject) if a.strip()]
    if len(listed) > 2 and all(len(a.split()) == 1 for a in listed[:-1]):
        listed[-1] = listed[-1].split()[0]  # 'Gypsy, Roma or Traveller children': the groups, not the noun
    alternatives[:0] = listed
    phrases: list[str] = []
    for alt in alternatives:
        alt = re.sub(r"\s+", " ", alt).strip(" ,.-")
        alt = _LEAD_WORDS.sub("", alt).strip()
        stripped = _GENERIC_TAIL.sub("", alt).strip()
        if stripped and re.search(r"[a-z0-9]{3,}", stripped, re.I):
            alt = stripped
        alt = _LEAD_WORDS.sub("", alt).strip()
        found = [alt]
        head = _CATEGORY.sub("", alt).strip()
        if head != alt and len(head.split()) >= 2 and not _ADJECTIVE_END.search(head.split()[-1]):
            found.append(head)
        for phrase in found:
            if (
                len(phrase) >= 3
                and phrase.lower() not in phrases
                and re.search(r"[a-z0-9]{2,}", phrase, re.I)
            ):
                phrases.append(phrase.lower())
    return phrases


# A phrase in more than this share of the documents ("training", "applications") is no scheme, model or
# practice of its own: a question naming it among others ("trauma-informed practice, training or
# interventions") means the others. A word in at most DISTINCTIVE_SHARE of them carries the phrase.
GENERIC_SHARE = 0.4
DISTINCTIVE_SHARE = 0.3


def _distinctive_phrases(phrases: list[str], data: LibraryData, question: str = "") -> list[str]:
    """What to search for: each phrase without its generic alternatives, cut down to the run from its first
    to its last distinctive word ('children subject to deprivation of liberty orders' -> 'deprivation of
    liberty', 'trauma-informed practice' -> 'trauma-informed'); a phrase of common words, and a name the
    question capitalises ('Lifelong Links'), stays whole."""
    share = data.share_using
    kept: list[str] = []
    for phrase in phrases:
        if share(phrase) > GENERIC_SHARE:
            continue
        words = phrase.split()
        rare = [
            i
            for i, w in enumerate(words)
            if w not in _LINK_WORDS and not w.isdigit() and share(w) <= DISTINCTIVE_SHARE
        ]
        core = phrase
        if rare and not _capitalised(phrase, question):
            # common words before the first distinctive one go ("children subject to"); after the last, only
            # words naming a kind of thing ("practice", "orders"): the "links" of "lifelong links" stays
            end = len(words)
            while end - 1 > rare[-1] and (
                words[end - 1] in _LINK_WORDS or _KIND_OF_THING.fullmatch(words[end - 1])
            ):
                end -= 1
            core = " ".join(words[rare[0] : end])
        if core not in kept:
            kept.append(core)
    return kept or phrases


def _capitalised(phrase: str, question: str) -> bool:
    """The question writes the phrase as a name: every word but linking words capitalised."""
    found = re.search(_phrase_body(phrase), question, re.I)
    if not found:
        return False
    words = [
        w
        for w in re.split(r"[\s\-‐‑–—]+", found.group(0))
        if w.lower() not in _LINK_WORDS and not w.isdigit()
    ]
    return bool(words) and all(w[:1].isupper() for w in words)


_KIND_OF_THING = re.compile(
    rf"practices?|orders?|applications?|policies|{_KIND_WORDS}|{_ACTIVITY_WORDS}", re.I
)
_LINK_WORDS = {"of", "and", "for", "to", "in", "on", "with", "the", "a", "an", "or", "at", "by"}
_SEP = r"[\s\-‐‑–—]*"


def _word_pattern(word: str) -> str:
    if len(word) >= 4 and word.isalpha():
        return re.escape(word[:-1]) + "s?" if word.endswith("s") else re.escape(word) + "(?:s|es)?"
    return re.sub(r"['’]", "['’]", re.escape(word))  # "Barnardo's" with either apostrophe


def _phrase_body(phrase: str) -> str:
    words = [w for w in re.split(r"[\s\-‐‑–—]+", phrase.lower()) if w]
    return _SEP.join(_word_pattern(w) for w in words)


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Exact phrases over lower-cased text: any spacing or hyphenation between words, a plural allowed."""
    return re.compile("|".join(rf"(?<![a-z0-9]){_phrase_body(p)}(?![a-z0-9])" for p in phrases))


def read_question(question: str, data: LibraryData, filters: Filters | None = None) -> Query | None:
    """A library question, read: None when the question is about one organisation or not across them."""
    text = re.sub(r"\s+", " ", question.replace("’", "'")).strip()
    if data.directory.find(text) or data.names_an_organisation(text):
        return None
    if WHICH_SAID_IT.search(text):
        return None  # "slow progress ... - which inspection said that?": which document holds a finding
    noun = _noun(text)
    if noun and _ONE_ORGANISATION.search(text) and not _plural_noun(text):
        return None  # "the force's leadership": one organisation, named earlier in a conversation or story
    how_many = bool(_HOW_MANY.search(text))
    if how_many and not noun and not _ABOUT_INSPECTIONS.search(text):
        return None  # "of the extra posts, how many were for child protection?": a count inside a document
    if how_many and not noun and _HOW_MANY_OF_SOMETHING_ELSE.search(text):
        return None  # "how many children were waiting ...": a count inside a report, not of organisations
    across = bool(_ASKS_ACROSS.search(text))
    if not noun and not how_many and not (across and _THEMES.search(text)):
        return None
    if not across and not noun:
        return None
    if noun and not across and not re.search(r"\bmost\b|\breports?\b", text, re.I):
        return None
    q = Query(question=question, kind="", how_many=how_many)
    q.noun, q.org_kind = noun or ("organisations", "")
    if q.noun == "local area partnerships" or _SEND_WORDS.search(text):
        q.family = "send"
    elif q.org_kind == "police":
        q.family = "police"
    q.inspectorates = [name for name, pattern, _ in _INSPECTORATES if pattern.search(text)]
    q.when, rest = read_when(text)

    # a nation or an inspectorate the index holds nothing of
    held = set(data.inspectorates)
    # the nations covered by the inspectorates of this kind of organisation's reports
    kind_held = {
        d.inspectorate
        for d in data.documents
        if d.inspectorate and (not q.org_kind or data.org_of.get(d.doc_id, ("", "", ""))[2] == q.org_kind)
    }
    covered = {n for name, _, nations in _INSPECTORATES if name in (kind_held or held) for n in nations}
    for name in q.inspectorates:
        if name not in held:
            q.problem = f"The index holds no reports by {name}; it holds reports by {', '.join(sorted(held)) or 'no inspectorate'}."
    for nation, pattern in _NATIONS.items():
        if pattern.search(text) and nation not in covered:
            q.problem = q.problem or (
                f"The index holds no inspections of organisations in {nation}: its reports are by "
                f"{', '.join(sorted(held))}, which inspect {', '.join(sorted(covered))}."
            )

    fact = _STATED_FACT.search(text)
    terms = _fact_terms(text[fact.end() :] if fact else "")
    if fact and terms and not _grades(text, data, OVERALL) and not _CHANGE_WORDS.search(text):
        # (a question naming grades or a change asks about grades at the next inspection, not this fact)
        q.kind = "facts"
        q.fact_kind = "next inspection" if fact.group("next") else "previous inspection"
        q.fact_terms = terms
        return q
    q.every_area = bool(_EVERY_AREA.search(text)) and bool(_grades(text, data, OVERALL))
    mention = None if q.every_area else _MENTION.search(text)
    passive = (
        None
        if q.every_area
        else re.search(
            r"\b(?:is|are|was|were|gets?|got)\s+(?P<subject>.{3,120}?)\s+(?:mentioned|referred\s+to|referenced|"
            r"discussed|cited|described|named|highlighted|used|in\s+use)\b",
            text,
            re.I,
        )
    )
    themes = _THEMES.search(rest) and _IMPROVE_ITEMS.search(GRADE_RE.sub(" ", rest))
    if themes and not (mention and re.search(r"\bmention|\brefer|\btalk|\bdiscuss", mention.group(0), re.I)):
        q.kind = "themes"
        q.area, q.area_said = _area(rest, data)
        q.topic = _topic(rest)
        return q
    if mention:
        # the subject keeps its own years ("the Domestic Abuse Act 2021"); years around it limit the reports
        tail = text[mention.end() :]
        end = _PHRASE_END.search(tail)
        subject = tail[: end.start()] if end else tail
        around = text[: mention.start()] + " " + tail[len(subject) :]
    if passive and (not mention or not _phrases(subject)):
        mention, subject = passive, passive.group("subject")
        around = text[: passive.start()] + " " + text[passive.end() :]
    if mention:
        phrases = _phrases(subject)
        if phrases and not (GRADE_RE.fullmatch(phrases[0].strip()) and len(phrases) == 1):
            q.kind = "mentions"
            q.subject = re.sub(r"\s+", " ", _SHOWN_LEAD.sub("", subject.strip(" ?.,"))).strip()
            q.phrases = phrases
            q.when, _ = read_when(around)
            return q

    q.area, q.area_said = _area(rest, data)
    graded = _grades(rest, data, q.area)
    if _FOREIGN_GRADES.search(rest) and not q.problem:
        scale = ", ".join(
            sorted({g for gs in data.grades_by_area.values() for g in gs}, key=lambda g: grade_rank(g) or 0)
        )
        q.problem = (
            f"No report in the index uses the grade '{_FOREIGN_GRADES.search(rest).group(0)}'; "  # type: ignore[union-attr]
            f"its grades are: {scale}."
        )
    q.grades = [g for _, g in graded]
    marked = rest
    for pos, g in sorted(graded, reverse=True):
        m = _GRADE_WORDS.match(marked, pos)
        length = len(m.group(0)) if m else len(g.split()[0])
        marked = marked[:pos] + f" G{q.grades.index(g)} " + marked[pos + length :]
    for _, pattern in AREAS:  # "the experiences and progress of care leavers" is no progress
        marked = pattern.sub(" AREA ", marked)
    if not q.every_area and _changes(marked, q):
        q.kind = "changes"
        return q
    if q.grades:
        q.kind = "grades"
        return q
    if _GRADE_CUE.search(rest) or _INSPECTED.search(rest) or q.when or how_many:
        q.kind = "inspections"
        q.graded_only = bool(_GRADE_CUE.search(rest))
        return q
    return None


# A fact each report states about the inspection before or after it (area SEND reports): "told their next
# full area SEND inspection would come within about three years", "had last been inspected in 2016".
_STATED_FACT = re.compile(
    r"\b(?P<next>next\s+(?:full\s+)?(?:area\s+)?(?:SEND\s+)?(?:inspection|visit)|monitoring\s+(?:inspection|visit)|"
    r"full\s+inspection\s+(?:would|will|is\s+due))|"
    r"\b(?:last|previous(?:ly)?)\s+(?:been\s+)?(?:full\s+)?(?:area\s+)?(?:SEND\s+)?inspect\w*",
    re.I,
)
_CHANGE_WORDS = re.compile(
    r"\b(?:improv\w*|declin\w*|climb\w*|dropp?\w*|fell|fall\w*|r[io]se|moved?|went|worse|better|stayed|remained)\b",
    re.I,
)
_NUMBER_WORDS = {w: str(n) for w, n in NUMBER_WORDS.items()}


def _fact_terms(text: str) -> list[str]:
    """What the fact must say: a year ("in 2016"), or a period ("within about three years", "18 months"),
    each number written both ways."""
    years = re.findall(r"\b(?:19|20)\d\d\b", text)
    if years:
        return years
    period = re.search(r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(years?|months?)\b", text, re.I)
    if period:
        number, unit = period.group(1).lower(), period.group(2).lower().rstrip("s")
        digits = _NUMBER_WORDS.get(number, number)
        words = [w for w, d in _NUMBER_WORDS.items() if d == digits]
        return [f"{n} {unit}" for n in [digits, *words]]
    return []


# Every judgement of one inspection the same: "inadequate on every judgement", "a clean sweep of outstanding
# judgements", "outstanding across the board", "in all areas".
_EVERY_AREA = re.compile(
    r"\b(?:every|each|all(?:\s+(?:the|its|their|of\s+the(?:ir)?))?|all\s+four|all\s+five)\s+"
    r"(?:judgements?|judgments?|areas?|grades?|categories)\b|\bclean\s+sweep\b|\bacross\s+the\s+board\b",
    re.I,
)
_TOPIC_STOP = set(
    "a an the of in on at to for and or by with from as is are was were be been did do does what which who whom "
    "when where why how many much that this these those it its their they them after before about into than "
    "then there here have has had not no any all most more common commonly commonest recurring recur recurs "
    "theme themes frequent frequently typical typically pattern patterns across reports report inspections "
    "inspection ofsted councils council authorities authority local areas area improvement improvements improve "
    "weakness weaknesses recommendations recommendation concerns concern shortcomings shortcoming problems "
    "problem issues issue failings failing development priorities priority gaps gap findings finding needs need "
    "children's services service inspectors inspector say said find found identified identify listed list "
    "name again repeated repeatedly top main key biggest often asked ask told tell".split()
)


def _topic(text: str) -> list[str]:
    text = re.sub(r"\bareas?\s+for\s+(?:improvement|development)\b", " ", text, flags=re.I)
    text = re.sub(r"\bchildren'?s\s+services\b", " ", text, flags=re.I)
    return [w for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if w not in _TOPIC_STOP and len(w) > 2]


def _changes(marked: str, q: Query) -> bool:
    """Reads a question about how grades moved between an organisation's inspections (the grades named in
    it are G0, G1 ... in ``marked``); False when it is not one."""
    grades = q.grades
    idx = lambda s: [grades[int(n)] for n in re.findall(r"G(\d+)", s)]  # noqa: E731
    gl = r"(?:G\d+\s*(?:,|or|and|/)?\s*)+"
    m = re.search(rf"\bfrom\s+({gl})(?:[\w']+\s+){{0,4}}?(?:to|into)\s+({gl})", marked, re.I)
    if m:
        q.from_grades, q.to_grades = idx(m.group(1)), idx(m.group(2))
    else:
        f = re.search(rf"\bfrom\s+({gl})", marked, re.I)
        t = re.search(rf"\b(?:to|into|reaching|reach)\s+({gl})", marked, re.I)
        moved = re.search(
            r"\b(?:mov(?:e|ed|ing)|went|go(?:ne)?|chang(?:e|ed|ing)|got|reach(?:ed)?|bec(?:o|a)me|turn(?:ed)?)\b",
            marked,
            re.I,
        )
        if f:
            q.from_grades = idx(f.group(1))
        if t and (f or moved or _UP.search(marked) or _DOWN.search(marked)):
            q.to_grades = idx(t.group(1))
    up, down, same = _UP.search(marked), _DOWN.search(marked), _SAME.search(marked)
    steps = _STEPS.search(marked)
    if steps:
        said = steps.group(0).lower()
        n = _num(next((g for g in steps.groups() if g), None), 1)
        q.min_steps = 2 if "more than one" in said else n
        if not re.search(r"or\s+more|at\s+least|more\s+than", said):
            q.max_steps = q.min_steps
    mi = _MIN_INSPECTIONS.search(marked)
    if mi:
        n = _num(next((g for g in mi.groups() if g), None), 2)
        q.min_inspections = n + 1 if re.match(r"more\s+than", mi.group(0), re.I) else n
    if q.from_grades or q.to_grades or up or down:
        q.mode = "transition"
        q.every_pair = bool(_EVERY.search(marked))
        if up and not down:
            q.direction = "up"
        elif down and not up:
            q.direction = "down"
        elif up and down:
            q.direction = "up" if up.start() > down.start() else "down"
        if not (q.from_grades or q.to_grades) and grades and q.direction:
            word = (up if q.direction == "up" else down).start()  # type: ignore[union-attr]
            for n in re.finditer(r"G(\d+)", marked):
                (q.from_grades if n.start() < word else q.to_grades).append(grades[int(n.group(1))])
        q.last_pair = bool(_LAST_PAIR.search(marked) or _LATEST.search(marked))
        return True
    if same and not _EVERY.search(marked):
        q.mode, q.direction = "transition", "same"
        q.from_grades = q.to_grades = list(grades)
        q.last_pair = bool(_LAST_PAIR.search(marked) or _LATEST.search(marked))
        return True
    if _EVERY.search(marked) or re.search(r"\bsame\b", marked, re.I):
        q.mode = "every"
        if q.min_inspections < 2 and not grades:
            q.min_inspections = 2
        return True
    if _NEVER.search(marked) and grades:
        q.mode = "never"
        return True
    if grades and (_LAST_PAIR.search(marked) or _RUN.search(marked)):
        q.mode = "run"
        n = re.search(
            rf"\b{_NUM}\s+(?:\w+\s+){{0,3}}(?:(?:inspections?|times)\s+in\s+a\s+row|consecutive|successive|running)",
            marked,
            re.I,
        )
        q.run_length = _num(n.group(1), 2) if n else 2
        q.last_pair = bool(_LAST_PAIR.search(marked) or _LATEST.search(marked))
        return True
    times = _TIMES.search(marked)
    if grades and times:
        q.mode = "times"
        words = [g for g in times.groups() if g]
        n = _num(words[0], 2) if words else 2
        q.times = n + 1 if re.match(r"more\s+than\s+(?!once)", times.group(0), re.I) else n
        if re.match(r"more\s+than\s+once|more\s+than\s+one\b", times.group(0), re.I):
            q.times = 2
        return True
    single = re.search(
        rf"\b(?:only|just|exactly)\s+(?:{_NUM}|a\s+single)\s+(?:\w+'?s?\s+){{0,3}}inspections?\b|"
        rf"\ba\s+single\s+(?:\w+'?s?\s+){{0,3}}inspection\b",
        marked,
        re.I,
    )
    if not grades and (single or mi):
        q.mode = "number"
        if single:
            q.min_inspections = q.max_inspections = _num(single.group(1), 1)
        return True
    if _LATEST.search(marked):
        q.mode = "latest"
        return True
    if _FIRST.search(marked):
        q.mode = "first"
        return True
    return False


# -- answering --------------------------------------------------------------------------------------------
def _abstain(question: str, reason: str) -> Answer:
    return Answer(question, reason, abstained=True, reason=reason)


def _grade_phrase(grades: list[str]) -> str:
    return " or ".join(grades)


def _area_phrase(area: str) -> str:
    return {
        OVERALL: "overall",
        "impact of leaders": "for the impact of leaders",
        "help and protection": "for help and protection",
        "children in care": "for children in care",
        "care leavers": "for care leavers",
        _COMBINED: "for children in care and care leavers",
        "adoption performance": "for adoption performance",
        "safeguarding children board": "for the local safeguarding children board",
    }.get(area, f"for {area}")


_SINGULAR = {
    "councils": "council",
    "local authorities": "local authority",
    "forces": "force",
    "local area partnerships": "local area partnership",
    "organisations": "organisation",
}


def _singular(noun: str) -> str:
    return _SINGULAR.get(noun, noun)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun if n != 1 else _singular(noun)}"


class LibraryAnswerer:
    """Answers questions over the whole library from the catalogue's facts and page texts."""

    def __init__(self, index: Any) -> None:
        self.index = index
        self._lock = threading.Lock()
        self._generation = -1
        self._data: LibraryData | None = None
        self._vectors: dict[str, Any] = {}  # finding text key -> embedding (themes)
        self._vectors_key = ""
        self._embed_lock = threading.Lock()

    @property
    def data(self) -> LibraryData:
        with self._lock:
            generation = self.index.catalog.generation
            if self._data is None or generation != self._generation:
                self._data = LibraryData(self.index.catalog.documents(), self.index.catalog)
                self._generation = generation
            return self._data

    def read(self, question: str, filters: Filters | None = None) -> Query | None:
        return read_question(question, self.data, filters)

    def answer(self, question: str, filters: Filters | None = None) -> Answer | None:
        """The answer to a library question, or None when the question is not one."""
        question = question.strip()
        data = self.data
        if not data.documents:
            return None
        q = read_question(question, data, filters)
        if q is None:
            return None
        if q.problem:
            return _abstain(question, q.problem)
        if q.kind == "facts":
            return self._stated_facts(q, data, filters)
        if q.kind == "mentions":
            return self._mentions(q, data, filters)
        if q.kind == "themes":
            from assistant.themes import themes_answer

            return themes_answer(self.themes(question, filters=filters, query=q))
        inspections = self._inspections(q, data, filters)
        if q.kind == "changes":
            return self._changes(q, inspections)
        if q.kind == "grades":
            return self._grades(q, inspections)
        return self._listing(q, inspections)

    def _stated_facts(self, q: Query, data: LibraryData, filters: Filters | None) -> Answer:
        """Organisations whose latest report states the fact as asked ("within approximately three years",
        "4 to 8 July 2016"), each with the report's own line."""
        latest: dict[str, Inspection] = {}
        for insp in self._inspections(q, data, filters):
            if insp.org not in latest or insp.order > latest[insp.org].order:
                latest[insp.org] = insp
        rows = []
        for org in sorted(latest, key=str.lower):
            doc = latest[org].doc
            for fact in doc.facts:
                said = re.sub(r"\s+", " ", fact.value).lower()
                if fact.kind == q.fact_kind and any(
                    re.search(rf"\b{re.escape(t)}s?\b", said) for t in q.fact_terms
                ):
                    rows.append((org, doc, fact))
                    break
        asked = q.fact_terms[0] if q.fact_terms[0].isdigit() else q.fact_terms[0] + "s"
        what = f"whose latest report gives the {q.fact_kind} as {asked}"
        if not rows:
            return _abstain(q.question, f"None of the {q.noun} in the index {what}.")
        head = f"{_count(len(rows), q.noun)} {what}"
        lines = [f"• {org}: “{fact.quote or fact.value}”" for org, _, fact in rows]
        citations = [cite(doc, fact.page, fact.quote or fact.value, q.fact_kind) for _, doc, fact in rows]
        return Answer(q.question, head + ":\n" + "\n".join(lines), citations=citations)

    # which inspections a question is about (not yet by time: changes read whole series)
    def _inspections(self, q: Query, data: LibraryData, filters: Filters | None) -> list[Inspection]:
        found = []
        for insp in data.inspections:
            if q.org_kind and insp.kind != q.org_kind:
                continue
            if q.family and insp.family != q.family:
                continue
            if not q.family and insp.family == "send" and not q.area_said:
                continue
            if q.inspectorates and insp.doc.inspectorate not in q.inspectorates:
                if not (q.family == "send" and "Ofsted" in q.inspectorates):
                    continue
            if filters and not _filtered(insp.doc, insp.years, filters, data):
                continue
            found.append(insp)
        return found

    def _area_of(self, q: Query, inspections: list[Inspection]) -> str:
        """The area asked about; a SEND question without one means the area its reports grade."""
        if q.area_said or q.family != "send":
            return q.area
        areas = Counter(a for i in inspections for a in i.judgements)
        return areas.most_common(1)[0][0] if areas else q.area

    # -- grades by year, area, family ----------------------------------------------------------------------
    def _grades(self, q: Query, inspections: list[Inspection]) -> Answer:
        area = self._area_of(q, inspections)
        rows: dict[str, list[tuple[Inspection, Judgement]]] = defaultdict(list)
        for insp in inspections:
            if not q.when.admits(insp):
                continue
            j = insp.judgement(area)
            if q.every_area:
                # every judgement the inspection gave (three at least: a one-line grade is no sweep)
                given = list(insp.judgements.values())
                same = len(given) >= 3 and all(g.grade in q.grades for g in given)
                j = insp.judgement(OVERALL) if same else None
            if j and j.grade in q.grades:
                rows[insp.org].append((insp, j))
        what = f"rated {_grade_phrase(q.grades)} {_area_phrase(area)}"
        if q.every_area:
            what = f"rated {_grade_phrase(q.grades)} on every judgement" + (
                "" if q.when else " at one inspection"
            )
        if all(g not in _OFSTED_RANK for g in q.grades):  # another scale: an area SEND outcome
            what = f"found to have {_grade_phrase(q.grades)}"
        when = f" at inspections {q.when.text}" if q.when else ""
        if not rows:
            return _abstain(q.question, f"None of the {q.noun} in the index were {what}{when}.")
        head = f"{_count(len(rows), q.noun)} {'were' if len(rows) != 1 else 'was'} {what}{when}"
        lines, citations = [], []
        for org in sorted(rows, key=str.lower):
            parts = []
            for insp, j in rows[org]:
                parts.append(
                    f"{j.grade} ({insp.when}, p. {j.page})" if j.page else f"{j.grade} ({insp.when})"
                )
                citations.append(cite(insp.doc, j.page, j.quote, "Judgements"))
            lines.append(f"• {org}: " + "; ".join(parts))
        return Answer(q.question, head + ":\n" + "\n".join(lines), citations=citations)

    # -- which inspections (and their grades) ---------------------------------------------------------------
    def _listing(self, q: Query, inspections: list[Inspection]) -> Answer:
        area = self._area_of(q, inspections)
        picked = [i for i in inspections if q.when.admits(i)]
        if q.graded_only or q.family is None:
            graded = [i for i in picked if i.judgement(area)]
            if q.graded_only:
                picked = graded
        when = f" {q.when.text}" if q.when else ""
        if not picked:
            held = sorted({y for i in inspections for y in i.years})
            span = f" (it holds inspections from {held[0]} to {held[-1]})" if held else ""
            kind = "graded inspection" if q.graded_only else "inspection"
            return _abstain(q.question, f"No {kind} in the index took place{when}{span}.")
        by_grade: dict[str, list[Inspection]] = defaultdict(list)
        for insp in picked:
            j = insp.judgement(area)
            by_grade[j.grade if j else "not graded"].append(insp)
        orgs = {i.org for i in picked}
        head = (
            f"{_count(len(orgs), q.noun)} had {len(picked)} inspection{'s' if len(picked) != 1 else ''}{when}"
        )
        if any(g != "not graded" for g in by_grade):
            tally = ", ".join(
                f"{g} {len(v)}" for g, v in sorted(by_grade.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            )
            head += f"; {_area_phrase(area).replace('for ', '')} grades: {tally}"
        lines, citations = [], []
        for grade, group in sorted(
            by_grade.items(), key=lambda kv: (grade_rank(kv[0]) is None, -(grade_rank(kv[0]) or 0))
        ):
            lines.append(f"{grade.capitalize()} ({len(group)}):")
            for insp in sorted(group, key=lambda i: (i.org.lower(), i.order)):
                j = insp.judgement(area)
                if j:
                    citations.append(cite(insp.doc, j.page, j.quote, "Judgements"))
                    lines.append(f"• {insp.org} ({insp.when}, p. {j.page})")
                else:
                    quote = insp.doc.inspection_dates_text and _dates_quote(insp.doc)
                    if quote:
                        citations.append(cite(insp.doc, insp.doc.inspection_dates_page, quote))
                    lines.append(f"• {insp.org} ({insp.when})")
        return Answer(q.question, head + ":\n" + "\n".join(lines), citations=citations)

    # -- changes between inspections ----------------------------------------------------------------------
    def _changes(self, q: Query, inspections: list[Inspection]) -> Answer:
        area = self._area_of(q, inspections)
        series: dict[str, list[tuple[Inspection, Judgement]]] = defaultdict(list)
        for insp in inspections:
            j = insp.judgement(area)
            if j and grade_rank(j.grade) is not None:
                series[insp.org].append((insp, j))
        matched: dict[str, list[list[tuple[Inspection, Judgement]]]] = {}
        for org, seq in series.items():
            seq.sort(key=lambda p: p[0].order)
            if (q.mode != "transition" or q.every_pair) and q.mode != "run":
                seq = [p for p in seq if q.when.admits(p[0])]
            if q.max_inspections is not None and len(seq) > q.max_inspections:
                continue
            if len(seq) < q.min_inspections:
                continue
            hits = self._match_series(q, seq)
            if hits:
                matched[org] = hits
        what = self._describe(q, area)
        if not matched:
            return _abstain(q.question, f"None of the {q.noun} in the index {what}.")
        head = f"{_count(len(matched), q.noun)} {what}"
        lines, citations = [], []
        for org in sorted(matched, key=str.lower):
            shown = []
            cited_docs = set()
            for group in matched[org]:
                shown.append(" → ".join(f"{j.grade} ({i.when})" for i, j in group))
                for i, j in group:
                    if i.doc.doc_id not in cited_docs:
                        cited_docs.add(i.doc.doc_id)
                        citations.append(cite(i.doc, j.page, j.quote, "Judgements"))
            sep = "; " if q.mode in ("transition", "run") else ""
            lines.append(f"• {org}: " + sep.join(shown))
        return Answer(q.question, head + ":\n" + "\n".join(lines), citations=citations)

    @staticmethod
    def _match_series(
        q: Query, seq: list[tuple[Inspection, Judgement]]
    ) -> list[list[tuple[Inspection, Judgement]]]:
        grades = set(q.grades)
        ranks = [grade_rank(j.grade) or 0.0 for _, j in seq]
        if q.mode == "transition":
            pairs = list(zip(range(len(seq) - 1), range(1, len(seq)), strict=False))
            if q.last_pair:
                pairs = pairs[-1:]
            hits = []
            # one year names the inspection the change showed at ("improved at a 2024 inspection"), or the
            # one it started from ("inspected in 2014, better at their next inspection"); a range holds both
            one_year, from_then = _one_year(q), _counts_from_then(q)
            for a, b in pairs:
                (ia, ja), (ib, jb) = seq[a], seq[b]
                if one_year and not q.when.admits(ia if from_then else ib):
                    continue
                if q.when and not one_year and not (q.when.admits(ia) and q.when.admits(ib)):
                    continue
                if q.from_grades and ja.grade not in q.from_grades:
                    continue
                if q.to_grades and jb.grade not in q.to_grades:
                    continue
                step = ranks[b] - ranks[a]
                if q.direction == "up" and step < q.min_steps - 0.01:
                    continue
                if q.direction == "down" and -step < q.min_steps - 0.01:
                    continue
                if q.max_steps is not None and abs(step) > q.max_steps + 0.01:
                    continue
                if q.direction == "same" and step != 0:
                    continue
                if not q.direction and step == 0 and not (q.from_grades and q.to_grades):
                    continue
                hits.append([seq[a], seq[b]])
            if q.every_pair:
                return [seq] if pairs and len(hits) == len(pairs) else []
            return hits
        if q.mode == "run":
            n = max(2, q.run_length)
            windows = [seq[k : k + n] for k in range(len(seq) - n + 1)]
            if q.last_pair:
                windows = windows[-1:]
            hits = []
            for w in windows:
                if q.when and not all(q.when.admits(i) for i, _ in w):
                    continue
                if all(j.grade in grades for _, j in w):
                    if hits and hits[-1][-1] == w[0]:
                        hits[-1].extend(w[1:])
                    else:
                        hits.append(list(w))
            return hits
        if not seq:
            return []
        if q.mode == "every":
            if grades:
                return [seq] if all(j.grade in grades for _, j in seq) else []
            return [seq] if len({j.grade for _, j in seq}) == 1 else []
        if q.mode == "number":
            return [seq]
        if q.mode == "never":
            return [seq] if all(j.grade not in grades for _, j in seq) else []
        if q.mode == "latest":
            last = seq[-1]
            return [[last]] if not grades or last[1].grade in grades else []
        if q.mode == "first":
            first = seq[0]
            return [[first]] if not grades or first[1].grade in grades else []
        if q.mode == "times":
            hit = [p for p in seq if p[1].grade in grades]
            return [hit] if len(hit) >= q.times else []
        return []

    @staticmethod
    def _describe(q: Query, area: str) -> str:
        label = "overall grade" if area == OVERALL else f"grade {_area_phrase(area)}"
        g = _grade_phrase
        if q.mode == "transition" and _one_year(q):
            when = f" ({'from' if _counts_from_then(q) else 'to'} an inspection {q.when.text})"
        elif q.when and q.mode in ("transition", "run"):
            when = f" (both inspections {q.when.text})"
        else:
            when = f" {q.when.text}" if q.when else ""
        if q.mode == "transition":
            verb = {"up": "improved their", "down": "saw a fall in their", "same": "kept the same"}.get(
                q.direction, "changed their"
            )
            text = f"{verb} {label}"
            if q.from_grades and q.to_grades and q.direction != "same":
                text = f"moved from {g(q.from_grades)} to {g(q.to_grades)} ({label})"
            elif q.from_grades and q.direction != "same":
                text += f" from {g(q.from_grades)}"
            elif q.to_grades and q.direction != "same":
                text += f" to {g(q.to_grades)}"
            elif q.direction == "same" and q.from_grades:
                text = f"kept a {g(q.from_grades)} {label}"
            if q.max_steps is not None:
                text += f" by exactly {q.max_steps} grade{'s' if q.max_steps != 1 else ''}"
            elif q.min_steps >= 2:
                text += f" by {q.min_steps} or more grades"
            if q.every_pair:
                least = (
                    f", of those with at least {q.min_inspections} inspections"
                    if q.min_inspections > 1
                    else ""
                )
                return text + f" at every inspection{when}{least}"
            text += (
                " between their two most recent inspections"
                if q.last_pair
                else " between consecutive inspections"
            )
            return text + when
        if q.mode == "run":
            n = max(2, q.run_length)
            where = f"at their {n} most recent inspections" if q.last_pair else f"at {n} inspections in a row"
            return f"were rated {g(q.grades)} ({label}) {where}{when}"
        if q.mode == "every":
            least = (
                f" (of those with at least {q.min_inspections} inspections)" if q.min_inspections > 1 else ""
            )
            if q.grades:
                return f"were rated {g(q.grades)} ({label}) at every inspection{when}{least}"
            return f"received the same {label} at every inspection{when}{least}"
        if q.mode == "number":
            n, most = q.min_inspections, q.max_inspections
            count = f"exactly {n}" if most == n else f"at least {n}"
            return f"had {count} inspection{'s' if n != 1 else ''} with an {label}{when}"
        if q.mode == "never":
            return f"were never rated {g(q.grades)} ({label}){when}"
        if q.mode == "latest":
            return f"had a most recent {label} of {g(q.grades)}" if q.grades else f"— most recent {label}"
        if q.mode == "first":
            return f"had a first {label} of {g(q.grades)}" if q.grades else f"— first {label}"
        if q.mode == "times":
            return f"were rated {g(q.grades)} ({label}) at {q.times} or more inspections{when}"
        return "matched"

    # -- mentions of a scheme, model or practice -------------------------------------------------------------
    def _mentions(self, q: Query, data: LibraryData, filters: Filters | None) -> Answer:
        subject = q.subject or q.phrases[0]
        by_org: dict[str, dict[str, tuple[_Page, int, int]]] = defaultdict(dict)
        for page, start, end in data.find_phrases(_distinctive_phrases(q.phrases, data, q.question)):
            doc = page.doc
            if doc.doc_id not in data.org_of:
                continue
            _, org, kind = data.org_of[doc.doc_id]
            if q.org_kind and kind != q.org_kind:
                continue
            if q.inspectorates and doc.inspectorate not in q.inspectorates:
                continue
            if q.when and not q.when.admits(_pseudo(doc)):
                continue
            if filters and not _filtered(doc, _years(doc), filters, data):
                continue
            by_org[org].setdefault(doc.doc_id, (page, start, end))
        if not by_org:
            return _abstain(q.question, f"No report in the index mentions {subject}.")
        owners = _count(len(by_org), q.noun) + ("'" if len(by_org) != 1 else "'s")
        head = f"{owners} reports mention {subject}"
        lines, citations = [], []
        for org in sorted(by_org, key=str.lower):
            hits = sorted(by_org[org].values(), key=lambda h: _pseudo(h[0].doc).order, reverse=True)
            first = None
            for page, start, end in hits:
                quote = _sentence(page.text, start, end)
                citations.append(cite(page.doc, page.page, quote))
                first = first or (page, quote)
            page, quote = first  # type: ignore[misc]
            others = [_pseudo(h[0].doc).when for h in hits[1:]]
            also = f"; also the {', '.join(others)} report{'s' if len(others) > 1 else ''}" if others else ""
            lines.append(f"• {org} ({_pseudo(page.doc).when} report, p. {page.page}): “{quote}”{also}")
        return Answer(q.question, head + ":\n" + "\n".join(lines), citations=citations)

    # -- themes -------------------------------------------------------------------------------------------------
    def themes(
        self,
        question: str = "",
        *,
        years: list[int] | None = None,
        topic: str | None = None,
        organisations: list[str] | None = None,
        filters: Filters | None = None,
        query: Query | None = None,
        top: int = 8,
    ) -> Any:
        from assistant.themes import ThemeInput, build_themes

        data = self.data
        q = query or (read_question(question, data, filters) if question else None)
        when = q.when if q else When()
        words = list(q.topic) if q else []
        wanted_orgs = {o.key for name in organisations or [] for o in data.directory.find(name)}
        if question and q is None:  # not read as a library question: a topic ('care leavers in 2023')
            when, words, named = _as_topic(question, data)
            wanted_orgs |= named
        if years:
            when = When(years=set(years), text="in " + ", ".join(map(str, sorted(years))))
        if topic:
            words = _topic(topic)
        items: list[ThemeInput] = []
        reports = set()
        for insp in data.inspections:
            if q and q.org_kind and insp.kind != q.org_kind:
                continue
            if q and q.family and insp.family != q.family:
                continue
            if when and not when.admits(insp):
                continue
            if wanted_orgs and insp.org_key not in wanted_orgs:
                continue
            if filters and not _filtered(insp.doc, insp.years, filters, data):
                continue
            for f in insp.doc.findings:
                if f.kind not in IMPROVEMENT_KINDS:
                    continue
                if words and not _has_topic(f.text, words):
                    continue
                quote = _on_page(data, insp.doc, f.page, f.page_quote)
                if quote is None:
                    continue
                reports.add(insp.doc.doc_id)
                items.append(
                    ThemeInput(insp.org, insp.when, f.kind, f.text, cite(insp.doc, f.page, quote, f.kind))
                )
        scope = " ".join(
            p
            for p in (
                "improvement findings",
                f"about {' '.join(words)}" if words else "",
                "of inspections" if when or wanted_orgs else "",
                f"of {_names(data, wanted_orgs)}" if wanted_orgs else "",
                when.text if when else "",
            )
            if p
        )
        return build_themes(
            question or scope, scope, items, len(reports), self._embed, top=top, ignore=set(words)
        )

    def _embed(self, texts: list[str]) -> Any:
        """Embeddings of finding texts, kept in memory and in the catalogue's state (so a later process, or
        the next question, does not embed the same findings again)."""
        import numpy as np

        with self._embed_lock:
            embedder = self.index.embedder
            key = f"library:finding-vectors:{getattr(embedder, 'name', 'embedder')}"
            if self._vectors_key != key:
                self._vectors = _load_vectors(self.index.catalog.get_state(key))
                self._vectors_key = key
            missing = [t for t in dict.fromkeys(texts) if _text_key(t) not in self._vectors]
            if missing:
                vectors = np.asarray(embedder.embed(missing), dtype=np.float32)
                for t, v in zip(missing, vectors, strict=True):
                    self._vectors[_text_key(t)] = v
                try:
                    self.index.catalog.set_state(key, _dump_vectors(self._vectors))
                except Exception:  # noqa: BLE001 - a read-only catalogue still answers, only slower next time
                    pass
            if not texts:
                return np.zeros((0, 1), dtype=np.float32)
            return np.stack([self._vectors[_text_key(t)] for t in texts])

    def warm(self) -> None:
        """Precompute what library questions read: the page texts and every finding's embedding (a UI can call
        this in a background thread at start; answers are right without it, only the first is slower)."""
        data = self.data
        data.pages()
        texts = [f.text for i in data.inspections for f in i.doc.findings if f.kind in IMPROVEMENT_KINDS]
        if texts:
            self._embed(texts)


def _text_key(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def _load_vectors(raw: str | None) -> dict[str, Any]:
    import base64
    import json

    import numpy as np

    if not raw:
        return {}
    try:
        stored = json.loads(raw)
        return {
            k: np.frombuffer(base64.b64decode(v), dtype=np.float16).astype(np.float32)
            for k, v in stored.items()
        }
    except (ValueError, TypeError):
        return {}


def _dump_vectors(vectors: dict[str, Any]) -> str:
    import base64
    import json

    import numpy as np

    return json.dumps(
        {
            k: base64.b64encode(np.asarray(v, dtype=np.float16).tobytes()).decode("ascii")
            for k, v in vectors.items()
        }
    )


def _names(data: LibraryData, keys: set[str]) -> str:
    orgs = [data.directory.by_key[k] for k in keys if k in data.directory.by_key]
    names = sorted((display_name(o) for o in orgs), key=str.lower)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def _as_topic(text: str, data: LibraryData) -> tuple[When, list[str], set[str]]:
    """Text the library does not read as a question across organisations ('care leavers in 2023',
    'supervision in Newham'), read as a topic: its time phrase, the keys of the organisations it names, and
    the rest as topic words."""
    when, rest = read_when(text)
    named = data.directory.find(rest)
    name_words = {w for o in named for w in _topic(" ".join([o.name, *o.aliases]))}
    return when, [w for w in _topic(rest) if w not in name_words], {o.key for o in named}


def _has_topic(text: str, words: list[str]) -> bool:
    low = text.lower()
    return all(re.search(rf"\b{re.escape(w[:5] if len(w) > 5 else w)}", low) for w in words)


def _pseudo(doc: DocumentMeta) -> Inspection:
    return Inspection(doc, "", "", "", "", doc.inspection_start, doc.inspection_end, _years(doc))


def _dates_quote(doc: DocumentMeta) -> str | None:
    return getattr(doc, "inspection_dates_quote", None) or doc.extra.get("inspection_dates_quote")


def _filtered(doc: DocumentMeta, years: frozenset[int], filters: Filters, data: LibraryData) -> bool:
    if filters.organisations:
        keys = {o.key for name in filters.organisations for o in data.directory.find(name)}
        if data.org_of.get(doc.doc_id, ("",))[0] not in keys:
            return False
    if filters.inspectorates and doc.inspectorate not in filters.inspectorates:
        return False
    if filters.doc_types and doc.doc_type not in filters.doc_types:
        return False
    if filters.year_from and (not years or max(years) < filters.year_from):
        return False
    if filters.year_to and (not years or min(years) > filters.year_to):
        return False
    return True


_SENTENCE_START = re.compile(
    r"[.!?][\"”’)]?\s+(?=[A-Z0-9‘“\"(])|[•◼▪■●\u2022\uf000-\uf0ff]\s*|\s\d{1,2}\.\s+(?=[A-Z])"
)
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]?(?:\s|$))|\s(?=[•◼▪■●\u2022\uf000-\uf0ff])")
MAX_QUOTE = 320


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of a page (squashed text) around a match, cut to a window around it when long."""
    begin = 0
    for m in _SENTENCE_START.finditer(text, max(0, start - 600), start):
        begin = m.end()
    stop = _SENTENCE_END.search(text, end)
    finish = stop.end() if stop else len(text)
    if finish - begin > MAX_QUOTE:
        lo = max(begin, start - MAX_QUOTE // 2)
        hi = min(finish, end + MAX_QUOTE // 2)
        if lo > begin:
            lo = text.find(" ", lo) + 1 or lo
        if hi < finish:
            cut = text.rfind(" ", end, hi)
            hi = cut if cut > end else hi
        begin, finish = lo, hi
    return text[begin:finish].strip()


def _on_page(data: LibraryData, doc: DocumentMeta, page: int | None, text: str) -> str | None:
    """The finding's words as they stand on its page (its leading part when it runs on)."""
    page_text = squash(data.catalog.page_text(doc.doc_id, page) or "")
    words = squash(text).split(" ")
    for end in range(len(words), min(4, len(words)) - 1, -1):
        candidate = " ".join(words[:end])
        if candidate and candidate in page_text:
            return candidate
    return None


__all__ = ["Citation", "LibraryAnswerer", "Query", "read_question", "phrase_pattern"]
