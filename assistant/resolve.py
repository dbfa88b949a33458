"""Who and when a question is about: organisations matched against the index, years, months."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from assistant.everyday_words import could_name_a_place, is_everyday
from ingest.metadata import MONTHS, is_generic_organisation, organisation_key
from ingest.models import DocumentMeta
from ingest.vocabulary import (
    COUNTY_SHORT_FORMS,
    INSPECTORATE_PATTERNS,
    LEADING_KIND_RE,
    MONTH_NAMES,
    ORGANISATION_KIND_RE,
)

_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_MONTH_YEAR = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+((?:19|20)\d\d)\b",
    re.I,
)
_INSPECTORATES = {
    "ofsted": "Ofsted",
    "hmicfrs": "HMICFRS",
    "inspectorate of constabulary": "HMICFRS",
    "hmic": "HMICFRS",
    "cqc": "CQC",
}


def normalise(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Organisation:
    name: str  # display name
    key: str
    doc_ids: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    folder: str | None = None  # the corpus folder that files this organisation's reports, if one does


class OrganisationDirectory:
    """Organisations in the index with their aliases ('Council', 'City Council', '&' and 'and' vary)."""

    def __init__(self, documents: list[DocumentMeta]) -> None:
        self.by_key: dict[str, Organisation] = {}
        folders = organisation_folders(documents)
        for doc in documents:
            folder = folders.get(doc.doc_id)
            text_name = (
                doc.organisation
                if doc.organisation and not is_generic_organisation(doc.organisation)
                else None
            )
            names = [n for n in (text_name, folder) if n]
            if not names:
                continue
            # A folder per organisation is the firmer grouping: report texts spell names differently.
            key = normalise(organisation_key(folder or names[0]))
            org = self.by_key.setdefault(key, Organisation(name=names[0], key=key, folder=folder))
            org.doc_ids.append(doc.doc_id)
            for name in names:
                if not is_generic_organisation(name):
                    org.aliases |= {normalise(name), normalise(organisation_key(name))}
            org.name = _display(names[0], org.name)
        self._add_other_names(documents)
        self._add_short_forms()
        self._add_initials(documents)
        self._alias_index = sorted(
            (
                (_drop_possessives(alias), org)
                for org in self.by_key.values()
                for alias in org.aliases
                if len(alias) >= 3
            ),
            key=lambda pair: -len(pair[0]),
        )

    def _add_other_names(self, documents: list[DocumentMeta]) -> None:
        """The other names a report's first page gives (ingest: extra["names"]: "Saltersgate House" in the
        report on Cordwell Borough Council's care home), unless another organisation has that name too."""
        org_of = {doc_id: org for org in self.by_key.values() for doc_id in org.doc_ids}
        # what people shorten the organisations' own names to ("brighton" of Brighton and Hove): no other
        # name's first word takes it
        shortened = {
            short
            for org in self.by_key.values()
            for alias in org.aliases
            for short in short_forms(alias) | leading_forms(alias)
        }
        claims: dict[str, set[str]] = {}
        for doc in documents:
            org = org_of.get(doc.doc_id)
            for name in doc.extra.get("names", []) if org else []:
                first = name.split()[0]
                # "Saltersgate" for Saltersgate House: a first word that is no everyday word is the name's own
                short = (
                    {normalise(first)}
                    if len(first) >= 5
                    and not is_everyday(first.lower())
                    and normalise(first) not in shortened
                    else set()
                )
                for alias in {normalise(name), normalise(organisation_key(name))} | short:
                    if len(alias) >= 3:
                        claims.setdefault(alias, set()).add(org.key)  # type: ignore[union-attr]
        self._grant_unshared(claims)

    def _add_short_forms(self) -> None:
        """How people shorten a place's name: 'Southend' for Southend-on-Sea, 'Brighton' or 'Hove' for
        Brighton and Hove, 'BCP' for Bournemouth, Christchurch and Poole. A short form that could mean two
        organisations, or that is another's name, is left out."""
        claims: dict[str, set[str]] = {}
        for org in self.by_key.values():
            for alias in list(org.aliases):
                for short in (short_forms(alias) | leading_forms(alias)) - org.aliases:
                    claims.setdefault(short, set()).add(org.key)
        self._grant_unshared(claims)

    def _add_initials(self, documents: list[DocumentMeta]) -> None:
        """How people name a body by its place and the initials of what it is, or of what it wrote
        ("Brindlecombe SAB" of Brindlecombe Safeguarding Adults Board, "Brindlecombe SAR" of its Safeguarding
        Adults Review, "Wyndlow CSPR"), where the place alone names another organisation or none, and no other
        organisation goes by that name."""
        org_of = {doc_id: org for org in self.by_key.values() for doc_id in org.doc_ids}
        claims: dict[str, set[str]] = {}
        for doc in documents:
            org = org_of.get(doc.doc_id)
            if org is None or not doc.organisation:
                continue
            kind = ORGANISATION_KIND_RE.search(doc.organisation)
            place = ORGANISATION_KIND_RE.sub("", doc.organisation).strip()
            if kind is None or not place or not could_name_a_place(place.split()[0]):
                continue
            if normalise(place) in org.aliases:
                continue  # the place alone names it: its initials say nothing more
            runs = [kind.group(0)] + _TITLED_KIND.findall((doc.title or "").replace(doc.organisation, " "))
            for run in runs:
                words = run.split()
                if len(words) >= 2:
                    alias = normalise(f"{place} {''.join(w[0] for w in words if w[0].isupper())}")
                    claims.setdefault(alias, set()).add(org.key)
        self._grant_unshared(claims)

    def _grant_unshared(self, claims: dict[str, set[str]]) -> None:
        """Each alias claimed by one organisation alone, and no organisation's already, becomes its own."""
        taken = {alias for org in self.by_key.values() for alias in org.aliases}
        for alias, keys in claims.items():
            if len(keys) == 1 and alias not in taken:
                self.by_key[next(iter(keys))].aliases.add(alias)

    def organisations(self) -> list[Organisation]:
        return sorted(self.by_key.values(), key=lambda o: o.name.lower())

    def find(self, text: str) -> list[Organisation]:
        """Organisations named in the text, longest alias first, each once, in order of mention. A county's
        short form ("Staffs") stands for the county, and a possessive goes ("Staffordshire's police" names
        Staffordshire Police)."""
        haystack = _haystack(text)
        found: list[tuple[int, Organisation]] = []
        taken: list[tuple[int, int]] = []
        for alias, org in self._alias_index:
            for match in re.finditer(rf" {re.escape(alias)}(?:'s|')? ", haystack):
                span = (match.start(), match.end())
                if any(span[0] < end and start < span[1] for start, end in taken):
                    continue
                taken.append(span)
                if all(o is not org for _, o in found):
                    found.append((span[0], org))
        orgs = [org for _, org in sorted(found, key=lambda pair: pair[0])]
        if _POLICE_CUE.search(text) and not re.search(r"\bcouncils?\b", text, re.I):
            # "Staffordshire's Chief Constable", "the force in Staffordshire": of a county's council and its
            # police force, the force (unless both are named)
            orgs = [
                twin if (twin := self._police_twin(org)) is not None and twin not in orgs else org
                for org in orgs
            ]
        return orgs

    def _police_twin(self, org: Organisation) -> Organisation | None:
        if _IS_POLICE.search(org.name):
            return None
        for other in self.by_key.values():
            if _IS_POLICE.search(other.name) and _county_key(other) == org.key:
                return other
        return None

    def council_twin(self, org: Organisation) -> Organisation | None:
        """The council of the county a police force is named after ("Staffordshire" of Staffordshire Police)."""
        if not _IS_POLICE.search(org.name):
            return None
        return self.by_key.get(_county_key(org))

    def names_itself(self, org: Organisation, text: str) -> bool:
        """The text gives one of the organisation's own names ("Staffs Police"), not only a cue that points to
        it ("police custody"): read as find reads names."""
        haystack = _haystack(text)
        return any(f" {_drop_possessives(alias)} " in haystack for alias in org.aliases if len(alias) >= 3)

    def lookup(self, name: str) -> Organisation | None:
        found = self.find(name)
        return found[0] if found else None


# Words that join the parts of a place's name, and words that are never a short form on their own.
_JOINS = re.compile(r"\s+(and|upon|on|with|in)\s+")
# what a body wrote, as its title names it in capitals ("Safeguarding Adults Review", "Domestic Homicide Review")
_TITLED_KIND = re.compile(
    r"\b((?:[A-Z][a-z]+\s+){1,3}(?:Review|Investigation|Inquiry|Assessment|Evaluation|Audit))\b"
)
_NOT_SHORT = {
    "north",
    "south",
    "east",
    "west",
    "central",
    "city",
    "county",
    "borough",
    "london",
    "greater",
    "new",
}


# Words that say a police force is meant, where a county's council and force share the county's name.
_POLICE_CUE = re.compile(
    r"\b(?:police|constabulary|(?:assistant\s+|deputy\s+)?chief\s+constable)\b|"
    r"\b(?:the|its|[a-z]+['’]s)\s+force\b",
    re.I,
)
_IS_POLICE = re.compile(r"\s*\b(?:police(?:\s+service)?|constabulary)\s*$", re.I)


def _county_key(force: Organisation) -> str:
    """The key of the county a police force is named after ("staffordshire" of Staffordshire Police)."""
    return _IS_POLICE.sub("", normalise(force.name)).strip()


def _haystack(text: str) -> str:
    """The text as names are looked for in it: normalised, a county's short form ("Staffs") written out,
    possessives gone, a space at each end."""
    return _drop_possessives(
        f" {_COUNTY_SHORT.sub(lambda m: COUNTY_SHORT_FORMS[m.group(1)], normalise(text))} "
    )


def _drop_possessives(text: str) -> str:
    return re.sub(r"(?<=[a-z])'s?(?= |$)", "", text)


_COUNTY_SHORT = re.compile(r"\b(" + "|".join(COUNTY_SHORT_FORMS) + r")\b")


def short_forms(alias: str) -> set[str]:
    """Shorter names a normalised alias goes by: the part before 'on'/'upon'/'with' ('stoke' of 'stoke on
    trent'), every part of an 'and' name ('brighton', 'hove'), and the initials of an 'and' name of three or
    more words ('bcp')."""
    found: set[str] = set()
    unled = LEADING_KIND_RE.sub("", alias)
    if unled != alias and len(unled) >= 3:
        # "hmp and yoi low newton" goes by "low newton" (and is no "and" name of places)
        return {f for f in {unled} | short_forms(unled) if len(f) >= 3 and f not in _NOT_SHORT}
    bare = ORGANISATION_KIND_RE.sub("", alias)
    if bare != alias and len(bare) >= 3:
        # "northshire constabulary" goes by "northshire" and "northshire police"
        found |= {bare} | short_forms(bare)
        if re.search(r"\b(?:police|constabulary)$", alias):
            found |= {f"{bare} police", f"{bare} constabulary"}
    parts = _JOINS.split(alias)
    if len(parts) < 3:
        return {f for f in found if len(f) >= 3 and f not in _NOT_SHORT}
    names, joins = parts[0::2], parts[1::2]
    if joins[0] in {"upon", "on", "with", "in"}:
        found.add(names[0])
    words = [w for name in names for w in name.split()]
    if set(joins) == {"and"} and not _NOT_SHORT & set(words):
        # "Bournemouth, Christchurch and Poole" (the comma is gone): each place goes by its own name; the
        # kinds of thing in "Craigmoray Primary School and Nursery Class" ("school", "nursery class") do not
        found |= {n for n in names if any(could_name_a_place(w) for w in n.split())}
        found |= {w for w in words if could_name_a_place(w)}
        if len(words) >= 3:
            found.add("".join(w[0] for w in words))
    return {f for f in found if len(f) >= 3 and f not in _NOT_SHORT and not f.startswith("london borough")}


_NOT_LAST = {"of", "the", "at", "for", "metropolitan", "unitary", "borough", "city", "county", "district"}
SHORTEST_LEADING_NAME = 5  # "Brightwater" of Brightwater Pathways Ltd; never "Ash" of Ash Grove Surgery


def leading_forms(alias: str) -> set[str]:
    """The leading words people shorten a body's name to when its first word is its own ("brightwater" and
    "brightwater pathways" of 'brightwater pathways ltd', "cressley vale" of 'cressley vale scitt'); a name
    that starts with an ordinary word ("north", "tower") has none."""
    words = alias.split()
    if len(words) < 2 or len(words[0]) < SHORTEST_LEADING_NAME or not could_name_a_place(words[0]):
        return set()
    # never cut after a joining word ("brighton and") or a word that only says what kind of place it is
    return {
        " ".join(words[:n])
        for n in range(1, len(words))
        if words[n - 1] not in _NOT_SHORT
        and words[n - 1] not in _NOT_LAST
        and not _JOINS.fullmatch(f" {words[n - 1]} ")
        and not alias.startswith("london borough")
    } - _NOT_SHORT


def _display(candidate: str, current: str) -> str:
    """Prefer the shorter of two spellings once both are real names ('Bedford Borough' over 'bedford')."""
    if current.islower() and not candidate.islower():
        return candidate
    return current if current and not current.islower() else candidate


def organisation_folders(documents: list[DocumentMeta]) -> dict[str, str]:
    """doc id -> the folder that names its organisation. Corpora are often filed one folder per organisation
    ('80428_bedford/...'), which names it more firmly than report texts do (they spell names differently). A
    folder whose reports mostly name organisations it does not ('hmicfrs-peel/', 'force-statements/') files
    by kind, and names no one."""
    by_folder: dict[str, list[DocumentMeta]] = {}
    for doc in documents:
        folder = _folder_name(doc.source)
        if folder:
            by_folder.setdefault(folder, []).append(doc)
    named: dict[str, str] = {}
    for folder, docs in by_folder.items():
        words = set(normalise(organisation_key(folder)).split())
        names = [
            d.organisation for d in docs if d.organisation and not is_generic_organisation(d.organisation)
        ]
        agree = sum(1 for n in names if words & _naming_words(n))
        if 2 * agree >= len(names):
            named.update((d.doc_id, folder) for d in docs)
    return named


def _naming_words(name: str) -> set[str]:
    """The words that name an organisation, less the kind of body it is ("probation delivery unit",
    "police") and small joining words: a folder 'hmi-probation-pdu/' shares its kind, not its name."""
    bare = ORGANISATION_KIND_RE.sub("", normalise(organisation_key(name)))
    return set(bare.split()) - {"and", "of", "the", "upon", "on", "in", "with"}


def _folder_name(source: str) -> str | None:
    """Corpora are often filed one folder per organisation ('80428_bedford/...'): the folder names it."""
    parts = PurePosixPath(source).parts
    if len(parts) < 2 or source.startswith(("http://", "https://")):
        return None
    folder = re.sub(r"^\d+[_ -]+", "", parts[-2]).strip()
    return (
        folder
        if folder and not folder.isdigit() and folder.lower() not in {"news", "reports", "docs"}
        else None
    )


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


def month_years_in(text: str) -> list[tuple[int, int]]:
    return [(MONTHS[m.lower()], int(y)) for m, y in _MONTH_YEAR.findall(text)]


def inspectorates_in(text: str) -> list[str]:
    low = text.lower()
    found = []
    for word, name in _INSPECTORATES.items():
        if re.search(rf"\b{re.escape(word)}\b", low) and name not in found:
            found.append(name)
    return found


def doc_years(doc: DocumentMeta) -> tuple[int | None, int | None]:
    """(inspection year, publication year)."""
    inspection = doc.inspection_year or doc.extra.get("about_year")
    return (int(inspection) if inspection else None), doc.publication_year


def inspection_years(doc: DocumentMeta) -> set[int]:
    """Both years of an inspection that ran over new year (December 2019 to January 2020)."""
    years = {int(date[:4]) for date in (doc.inspection_start, doc.inspection_end) if date}
    if not years and doc.extra.get("about_year"):
        years.add(int(doc.extra["about_year"]))
    return years


def documents_for_year(docs: list[DocumentMeta], year: int, month: int | None = None) -> list[DocumentMeta]:
    """Documents about an inspection in that year; the inspection year wins over the publication year."""
    by_inspection = [d for d in docs if year in inspection_years(d)]
    if month is not None:
        in_month = [d for d in by_inspection if _inspection_months(d) and month in _inspection_months(d)]
        if in_month:
            return in_month
    if by_inspection:
        return by_inspection
    return [d for d in docs if doc_years(d)[0] is None and doc_years(d)[1] == year]


# "the report published January 2016", "published in February 2024": the year says when the report came
# out, not when the inspection took place.
_PUBLISHED_IN = re.compile(
    r"\b(?:published|publication|released|issued)\s+(?:(?:in|on)\s+)?(?:\d{1,2}\s+)?"
    r"(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+)?((?:19|20)\d\d)\b",
    re.I,
)


def publication_dates_in(text: str) -> list[tuple[int | None, int]]:
    """(month or None, year) of each publication date the text gives."""
    return [(MONTHS[m.lower()] if m else None, int(y)) for m, y in _PUBLISHED_IN.findall(text)]


def strip_publication_dates(text: str) -> str:
    return _PUBLISHED_IN.sub(" ", text)


def documents_published(docs: list[DocumentMeta], year: int, month: int | None = None) -> list[DocumentMeta]:
    """Documents published in that year (and month, when given and any matches)."""
    in_year = [d for d in docs if d.publication_year == year]
    if month is not None:
        in_month = [d for d in in_year if d.publication_date and int(d.publication_date[5:7]) == month]
        return in_month or in_year
    return in_year


def _inspection_months(doc: DocumentMeta) -> set[int]:
    months = set()
    for date in (doc.inspection_start, doc.inspection_end):
        if date:
            months.add(int(date[5:7]))
    # news or a statement about an inspection: its sidecar's "about_inspection" ("..., March 2023")
    months |= {month for month, _ in month_years_in(str(doc.extra.get("about_inspection") or ""))}
    return months


# "the March visit", "its May 2025 inspection", "inspectors visited in March": a month naming which inspection
_MONTH_OF_INSPECTION = re.compile(
    r"\b(?:the|its|their|this|that)\s+((?i:jan|febr|mar|apr|jun|jul|aug|sept|oct|nov|dec)[a-z]*|May)\s+"
    r"(?i:(?:re-?)?inspection|visit|re-?visit|checks?|fieldwork)\b|"
    r"\b(?i:inspected|visited|inspection|visit)\s+(?i:in|during)\s+((?i:jan|febr|mar|apr|jun|jul|aug|sept|oct|"
    r"nov|dec)[a-z]*|May)\b(?!\s+\d)"
)


def inspection_month_named(text: str) -> int | None:
    """The month of the inspection a question names without its year ("after the March visit")."""
    named = inspection_months_named(text)
    return named[0] if named else None


# "which inspection said that, 2023 or 2025?", "was it the march visit or the may one", "in the 'child abuse
# investigations' story or the other one": the question asks which document says a thing
ASKS_WHICH_DOCUMENT = re.compile(
    r"\bwhich\s+(?:one|inspection|visit|article|story|stories|report|piece|year|month)\b(?!\s+(?:was|were)\s+"
    r"(?:it|they)\s+(?:published|carried))|"
    r"\b(?:was|is)\s+(?:it|that|this)\s+(?:in\s+)?the\s+[^?]{1,60}?\s+or\s+(?:in\s+)?the\b|"
    r"\b(?:19|20)\d\d\s+or\s+(?:19|20)\d\d\b|\bor\s+(?:in\s+)?the\s+other\b",
    re.I,
)


# "which inspection said that", "which report found this": the document that holds a finding already given
WHICH_SAID_IT = re.compile(
    r"\bwhich\s+(?:one|inspection|visit|report|article|story|piece|statement)\s+(?:said|says|found|finds|noted|"
    r"reported|mentioned|raised|flagged|made)\s+(?:that|this|so|it)\b",
    re.I,
)


def inspection_months_named(text: str) -> list[int]:
    """Every month of an inspection the question names without its year ("the March visit or the May one")."""
    named = []
    for match in _MONTH_OF_INSPECTION.finditer(text):
        name = (match.group(1) or match.group(2)).lower()
        named += [n for n, full in enumerate(MONTH_NAMES, 1) if full.lower().startswith(name[:3])][:1]
    return named


def documents_in_month(docs: list[DocumentMeta], month: int) -> list[DocumentMeta]:
    return [d for d in docs if month in _inspection_months(d)]


# How organisations are named: a place and the kind of body ("West Midlands Police", "Northtown Borough
# Council", "Eastshire Local Area Partnership").
_ORGANISATION_NAME = re.compile(
    r"\b((?:[A-Z][\w’'&-]+\s+){1,4}?)(?:Police|Constabulary|(?:Metropolitan\s+|City\s+|County\s+|Borough\s+|"
    r"District\s+)*Council|Local\s+Area\s+Partnership|Fire\s+and\s+Rescue\s+Service|Integrated\s+Care\s+Board|"
    r"Children[’']s\s+Trust)\b"
)
_NOT_A_PLACE = {
    "the",
    "his",
    "her",
    "majesty's",
    "majesty’s",
    "inspectorate",
    "national",
    "local",
    "county",
    "city",
}


def unheld_organisation(text: str, directory: OrganisationDirectory) -> str | None:
    """An organisation the text names that the index holds nothing about: evidence about another body
    can neither support nor answer for it."""
    for match in _ORGANISATION_NAME.finditer(text):
        place = [w for w in match.group(1).split() if w.lower() not in _NOT_A_PLACE]
        if not place:
            continue
        name = match.group(0)
        if not directory.find(name) and not directory.find(" ".join(place)):
            return name
    return None


# A name of two or more capitalised words or initialisms ("Harbourside CAMHS", "Operation Lantern"); the
# question's first word and the inspectorates' names are none.
_NAME_RUN = re.compile(r"\b(?:[A-Z][a-z’'-]+|[A-Z]{2,6})(?:\s+(?:[A-Z][a-z’'-]+|[A-Z]{2,6}))+\b")
_NOT_NAME_WORDS = {
    "is",
    "are",
    "was",
    "were",
    "what",
    "which",
    "who",
    "how",
    "when",
    "where",
    "why",
    "did",
    "does",
    "do",
    "has",
    "have",
    "had",
    "can",
    "could",
    "in",
    "at",
    "for",
    "according",
    "per",
    "the",
    "hmi",  # His Majesty's Inspector, a title
    "send",  # report families people name ("the SEND inspection", "the PEEL report")
    "peel",
}


def _no_part_of_a_name(word: str) -> bool:
    """A question word, or an inspectorate's name (declared once in ingest/vocabulary.py)."""
    return word.lower() in _NOT_NAME_WORDS or any(p.fullmatch(word) for p in INSPECTORATE_PATTERNS.values())


def names_in(text: str) -> list[str]:
    """Proper names a question gives, longest first."""
    found = []
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).split()
        while words and _no_part_of_a_name(words[0]):
            words = words[1:]
        while words and _no_part_of_a_name(words[-1]):
            words = words[:-1]
        if len(words) >= 2:
            found.append(re.sub(r"[’']s?$", "", " ".join(words)))
    return sorted(found, key=len, reverse=True)
