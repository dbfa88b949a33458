"""The domain, declared once: inspectorates, report families, grade scales, areas, months and the headings
of the lists reports give.

Canonical names are what the rest of the system stores and compares; the patterns are how reports phrase
them (Ofsted ILACS 2018-, the single inspection framework 2013-17, 2009-13 layouts, area SEND inspections,
HMICFRS and joint inspections). Enums are ``StrEnum`` so stored JSON stays plain strings.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Inspectorate(StrEnum):
    OFSTED = "Ofsted"
    CQC = "CQC"
    HMICFRS = "HMICFRS"
    HMI_PROBATION = "HMI Probation"
    HMI_PRISONS = "HMI Prisons"
    CARE_INSPECTORATE = "Care Inspectorate"  # Scotland
    CARE_INSPECTORATE_WALES = "Care Inspectorate Wales"
    ESTYN = "Estyn"
    HMICS = "HMICS"  # HM Inspectorate of Constabulary in Scotland
    HMCPSI = "HMCPSI"  # HM Crown Prosecution Service Inspectorate
    EDUCATION_SCOTLAND = "Education Scotland"
    RQIA = "RQIA"  # Regulation and Quality Improvement Authority, Northern Ireland
    HIW = "Healthcare Inspectorate Wales"
    HIS = "Healthcare Improvement Scotland"
    ETI = "ETI"  # Education and Training Inspectorate, Northern Ireland
    CJI = "CJI"  # Criminal Justice Inspection Northern Ireland
    ISI = "ISI"  # Independent Schools Inspectorate
    ICIBI = "ICIBI"  # Independent Chief Inspector of Borders and Immigration
    HMIPS = "HMIPS"  # HM Inspectorate of Prisons for Scotland
    IPS = "IPS"  # HM Inspectorate of Prosecution in Scotland
    NAO = "National Audit Office"  # audits value for money: its reports are read as an inspectorate's


# How reports name each inspectorate (the short and the long forms).
INSPECTORATE_PATTERNS: dict[Inspectorate, re.Pattern[str]] = {
    Inspectorate.OFSTED: re.compile(r"\bOfsted\b|Office\s+for\s+Standards\s+in\s+Education", re.I),
    Inspectorate.CQC: re.compile(r"\bCQC\b|Care\s+Quality\s+Commission", re.I),
    Inspectorate.HMICFRS: re.compile(
        r"\bHMICFRS\b|\bHMIC\b|Inspectorate\s+of\s+Constabulary(?!\s+in\s+Scotland)", re.I
    ),
    Inspectorate.HMI_PROBATION: re.compile(
        r"\bHMIP\b|\bHMI\s+Probation\b|Inspectorate\s+of\s+Probation", re.I
    ),
    Inspectorate.HMI_PRISONS: re.compile(
        r"\bHMI\s+Prisons\b|(?:Inspectorate|Chief\s+Inspector)\s+of\s+Prisons(?!\s+for\s+Scotland)", re.I
    ),
    Inspectorate.CARE_INSPECTORATE: re.compile(r"\bCare\s+Inspectorate\b(?!\s+Wales)"),
    Inspectorate.CARE_INSPECTORATE_WALES: re.compile(r"\bCare\s+Inspectorate\s+Wales\b|\bCIW\b"),
    Inspectorate.ESTYN: re.compile(r"\bEstyn\b"),
    Inspectorate.HMICS: re.compile(r"\bHMICS\b|Inspectorate\s+of\s+Constabulary\s+in\s+Scotland", re.I),
    Inspectorate.HMCPSI: re.compile(r"\bHMCPSI\b|Crown\s+Prosecution\s+Service\s+Inspectorate", re.I),
    Inspectorate.EDUCATION_SCOTLAND: re.compile(r"\bEducation\s+Scotland\b"),
    Inspectorate.RQIA: re.compile(r"\bRQIA\b|Regulation\s+and\s+Quality\s+Improvement\s+Authority", re.I),
    Inspectorate.HIW: re.compile(r"\bHIW\b|Healthcare\s+Inspectorate\s+Wales", re.I),
    # "HIS" in capitals only ("his" is a word), and not "HIS MAJESTY'S" of a heading in capitals
    Inspectorate.HIS: re.compile(r"Healthcare\s+Improvement\s+Scotland|(?-i:\bHIS\b(?!\s+MAJESTY))", re.I),
    Inspectorate.ETI: re.compile(r"\bETI\b|Education\s+and\s+Training\s+Inspectorate", re.I),
    Inspectorate.CJI: re.compile(
        r"\bCJI(?:NI)?\b|Criminal\s+Justice\s+Inspection\s+Northern\s+Ireland", re.I
    ),
    Inspectorate.ISI: re.compile(r"\bISI\b|Independent\s+Schools\s+Inspectorate", re.I),
    Inspectorate.ICIBI: re.compile(
        r"\bICIBI\b|Independent\s+Chief\s+Inspector\s+of\s+Borders\s+and\s+Immigration", re.I
    ),
    Inspectorate.HMIPS: re.compile(r"\bHMIPS\b|Inspectorate\s+of\s+Prisons\s+for\s+Scotland", re.I),
    Inspectorate.IPS: re.compile(r"Inspectorate\s+of\s+Prosecution\s+in\s+Scotland", re.I),
    # (the Comptroller and Auditor General heads the NAO's reports: "REPORT BY THE COMPTROLLER AND ..."; "NAO"
    # in capitals only, as Nao is a name; Northern Ireland has an Audit Office and a Comptroller of its own)
    Inspectorate.NAO: re.compile(
        r"(?-i:\bNAO\b)|National\s+Audit\s+Office|Comptroller\s+and\s+Auditor\s+General(?!\s+for\s+Northern)",
        re.I,
    ),
}

# The grade words of the ratings tables we know: Ofsted's, the CQC's and HMICFRS's, HM Inspectorate of Prisons'
# four levels ("Reasonably good", "Not sufficiently good", "Poor"), the six-point scale of the Care
# Inspectorate and Education Scotland ("Very good", "Satisfactory", "Weak", ...) and HMCPSI's "fully meeting"
# to "not meeting" the expected standard. Longer phrases first, so "Very good" is not read as "good".
TABLE_GRADE_PATTERN = (
    # Care Inspectorate Wales grades below "requires improvement" with "requires significant improvement"
    r"Requires\s+[Ss]ignificant\s+[Ii]mprovement|Requires\s+[Ii]mprovement(?:\s+to\s+be\s+[Gg]ood)?|Not\s+[Ss]ufficiently\s+[Gg]ood|Reasonably\s+[Gg]ood|"
    r"Very\s+[Gg]ood|Outstanding|Excellent|Good|Adequate|Inadequate|Weak|Unsatisfactory|Satisfactory|Poor|"
    # HM Crown Prosecution Service Inspectorate's scores against its expected standard
    r"Fully\s+meeting|Partially\s+meeting|Not\s+meeting"
)

# The same grades as words: what a sentence that gives a grade in prose says ("adequate when it came to
# leadership of child protection arrangements")
GRADE_NAMES = (
    "outstanding",
    "good",
    "requires improvement",
    "requires significant improvement",
    "adequate",
    "inadequate",
    "excellent",
    "very good",
    "satisfactory",
    "unsatisfactory",
    "weak",
    "poor",
    "reasonably good",
    "fully meeting",
    "partially meeting",
    "not meeting",
)

# How people name an inspectorate without naming which ("the watchdog", "the regulator"): who, not what.
GENERIC_INSPECTORATE_WORDS = frozenset(
    "inspectorate inspectorates watchdog watchdogs regulator regulators".split()
)


class ReportFamily(StrEnum):
    """Kinds of report with a layout of their own; UNKNOWN still gets title, dates, lists and sentences."""

    CHILDRENS_SERVICES = "children's services inspection"  # Ofsted ILACS and its predecessors
    AREA_SEND = "area SEND inspection"  # Ofsted and CQC jointly
    JOINT_TARGETED = "joint targeted area inspection"
    POLICE = "police inspection"  # HMICFRS: PEEL, child protection and others
    VISIT_LETTER = "inspection letter"  # monitoring and focused visits: no grades
    UNKNOWN = "other report"


# How people name a family in a question.
FAMILY_CUES: dict[ReportFamily, re.Pattern[str]] = {
    ReportFamily.AREA_SEND: re.compile(
        r"\bSEND\b|special\s+educational\s+needs?(?:\s+and(?:/or)?\s+disabilit(?:y|ies))?|"
        r"local\s+area\s+partnership|\barea\s+partnership\b",
        re.I,
    ),
    ReportFamily.JOINT_TARGETED: re.compile(r"joint\s+targeted|\bJTAI\b", re.I),
    ReportFamily.POLICE: re.compile(r"\bpolice\b|\bconstabulary\b|\bforce\b|\bPEEL\b", re.I),
    ReportFamily.VISIT_LETTER: re.compile(r"\bmonitoring\s+visit|\bfocused\s+visit", re.I),
    ReportFamily.CHILDRENS_SERVICES: re.compile(
        r"children[’']?s\s+services|\bILACS\b|\bsocial\s+care\b", re.I
    ),
}


# What kind of body an organisation's name says it is, as the name ends ("Northshire Constabulary", "South
# Coast Partnership NHS Foundation Trust", "Wrekin and Severn Probation Delivery Unit"). People drop the
# kind ("Northshire", "Wrekin and Severn") or say another ("Northshire police"); the words before it name it.
ORGANISATION_KINDS = (
    "NHS Foundation Trust",
    "NHS Trust",
    "Foundation Trust",
    "Integrated Care Board",
    "Constabulary",
    # a force's local command, inspected on its own ("Glenarden and Carnmore Policing District")
    "Policing District",
    "Policing Division",
    "Police Division",
    "Basic Command Unit",
    "Police Service",
    "Police",
    "Fire and Rescue Service",
    "Probation Delivery Unit",
    "Probation Service",
    "Youth Justice Service",
    "Youth Offending Service",
    "Community Rehabilitation Company",
    # health and early years bodies a report names itself by ("Morlas Valleys University Health Board",
    # "Thistlecombe Medical Practice", "Tumblewick Day Nursery")
    "University Health Board",
    "Health Board",
    "Medical Practice",
    "Medical Centre",
    "Health Centre",
    "Day Nursery",
    "Ambulance Service",
    # the board that commissions and publishes a safeguarding adults review ("Brindlecombe Safeguarding Adults
    # Board")
    "Safeguarding Adults Board",
    "Safeguarding Adults Partnership",
)
# ... and kinds of place a body's name may end with, which people leave off ("St Aldric's" for "St Aldric's
# School"): short forms only, never read as a body's name in a text (a report names many schools)
PLACE_KINDS = (
    "Approved Premises",
    "Primary School",
    "School",
    "Academy",
    "College",
    "Nursery",
    "Children's Home",
    "Care Home",
    # "Bryn Eithin" of Bryn Eithin Nursing Home
    "Nursing Home",
    "Residential Home",
    "Hospice",
    "Hospital",
    "Surgery",
)
ORGANISATION_KIND_RE = re.compile(
    r"\s+(?:"
    + "|".join(k.replace(" ", r"\s+").replace("'", "[’']") for k in (*ORGANISATION_KINDS, *PLACE_KINDS))
    + r")$",
    re.I,
)
# The kind of place or body people say after a body's short name ("Tumblewick nursery", "Thornvale prison",
# "Stourfield council"): part of the name, not of the question. ("service" is not one: "which Bradford service"
# asks for a service.)
KIND_WORDS_AFTER_NAME = (
    "nursery",
    "school",
    "academy",
    "college",
    "practice",
    "surgery",
    "hospital",
    "prison",
    "home",
    "centre",
    "trust",
    "council",
    "force",
    "constabulary",
    "police",
)
# ... or begin with ("HMP Thornvale", "Ysbyty Afon Gwernllyn", Welsh for hospital): people leave these off too
LEADING_PLACE_KINDS = ("HMP and YOI", "HMP YOI", "HMYOI", "HMP", "YOI", "Ysbyty", "Ysgol")
LEADING_KIND_RE = re.compile(
    r"^(?:" + "|".join(k.replace(" ", r"\s+") for k in LEADING_PLACE_KINDS) + r")\s+(?=\S)", re.I
)
POLICE_KINDS = ("Constabulary", "Police Service", "Police")
# Councils name themselves the same way ("Stourfield City Council", "Eastmarsh Borough Council"); a plain
# "... Council" is left out: "Children in Care Council" is a forum, not a council.
COUNCIL_KINDS = (
    "Metropolitan Borough Council",
    "Metropolitan District Council",
    "City and County Council",
    "County Borough Council",
    "City Council",
    "County Council",
    "Borough Council",
    "District Council",
)


class DocType(StrEnum):
    INSPECTION_REPORT = "inspection report"
    STATEMENT = "statement"
    NEWS = "news"
    ACTION_PLAN = "action plan"
    OTHER = "other"


class FindingKind(StrEnum):
    """Named lists a document gives. The first seven are things to improve; then strengths; last, what a
    council or force says in its statement it is doing in reply ("What we will do")."""

    IMPROVE = "improve"
    PRIORITY_ACTION = "area for priority action"
    AREA_FOR_IMPROVEMENT = "area for improvement"
    RECOMMENDATION = "recommendation"
    REQUIREMENT = "requirement"  # Ofsted's social care reports: what the registered person must do, by when
    CAUSE_OF_CONCERN = "cause of concern"
    DO_BETTER = "needs to do better"
    STRENGTH = "strength"
    COMMITMENT = "commitment"


IMPROVEMENT_KINDS = (
    FindingKind.IMPROVE,
    FindingKind.PRIORITY_ACTION,
    FindingKind.AREA_FOR_IMPROVEMENT,
    FindingKind.RECOMMENDATION,
    FindingKind.REQUIREMENT,
    FindingKind.CAUSE_OF_CONCERN,
    FindingKind.DO_BETTER,
)

FINDING_LABELS: dict[str, str] = {
    FindingKind.IMPROVE: "what needs to improve",
    FindingKind.PRIORITY_ACTION: "areas for priority action",
    FindingKind.AREA_FOR_IMPROVEMENT: "areas for improvement",
    FindingKind.RECOMMENDATION: "recommendations",
    FindingKind.REQUIREMENT: "requirements",
    FindingKind.CAUSE_OF_CONCERN: "causes of concern",
    FindingKind.DO_BETTER: "what the partnership needs to do better",
    FindingKind.STRENGTH: "strengths",
    FindingKind.COMMITMENT: "what it says it is doing",
}


# How a question names one of a report's lists ("its recommendations (not the requirements)", "legal must-dos")
FINDING_ASKED: dict[str, re.Pattern[str]] = {
    FindingKind.RECOMMENDATION: re.compile(r"\brecommend\w*", re.I),
    FindingKind.REQUIREMENT: re.compile(r"\brequirements?\b|\bmust[\s-]?dos?\b|\bcompliance\b", re.I),
    FindingKind.PRIORITY_ACTION: re.compile(r"\bpriority\s+(?:actions?|concerns?)\b", re.I),
    FindingKind.AREA_FOR_IMPROVEMENT: re.compile(
        r"\bareas?\s+for\s+(?:improvement|development)\b|\bshould[\s-]?dos?\b", re.I
    ),
    FindingKind.CAUSE_OF_CONCERN: re.compile(r"\bcauses?\s+of\s+concern\b|\bconcerns?\b", re.I),
}


class Verdict(StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_FOUND = "not_found"


# -- grade scales ---------------------------------------------------------------------------------------
GRADES = ("outstanding", "good", "requires improvement", "adequate", "inadequate")
# Worst first, per scale: Ofsted's four grades, HMICFRS's five (with "adequate"), area SEND's three outcomes.
OFSTED_SCALE = ("inadequate", "requires improvement", "good", "outstanding")
POLICE_SCALE = ("inadequate", "requires improvement", "adequate", "good", "outstanding")
SEND_OUTCOMES = (
    "widespread and/or systemic failings",
    "inconsistent experiences and outcomes",
    "positive experiences and outcomes",
)
# HM Inspectorate of Prisons scores its healthy prison tests on four levels, worst first.
PRISONS_SCALE = ("poor", "not sufficiently good", "reasonably good", "good")
SEND_OUTCOME_AREA = "inspection outcome"
SEND_OUTCOME_PATTERNS: dict[str, re.Pattern[str]] = {
    "widespread and/or systemic failings": re.compile(
        r"widespread\s+(?:and\s*/?\s*(?:or\s+)?|or\s+)systemic\s+failings", re.I
    ),
    "inconsistent experiences and outcomes": re.compile(r"inconsistent\s+experiences\s+and\s+outcomes", re.I),
    "positive experiences and outcomes": re.compile(
        r"typically\s+lead\s+to\s+positive\s+experiences\s+and\s+outcomes", re.I
    ),
}


def grade_rank(grade: str) -> float | None:
    """Position on its own scale, worst = 0, so two grades of one scale compare (and differences count
    grades: requires improvement to outstanding is 2). HMICFRS's "adequate" sits between requires
    improvement and good. None for a value on no scale."""
    if grade in SEND_OUTCOMES:
        return float(SEND_OUTCOMES.index(grade))
    if grade == "adequate":
        return 1.5
    if grade in OFSTED_SCALE:
        return float(OFSTED_SCALE.index(grade))
    return None


# -- numbers ----------------------------------------------------------------------------------------------

# Numbers as reports write them in words: Ofsted's style spells out small numbers ("seven family hubs") and
# any number that opens a sentence ("Thirty-eight children had been strip-searched").
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, int] = {
    **{w: n for n, w in enumerate(_UNITS)},
    **{w: 20 + 10 * n for n, w in enumerate(_TENS)},
}
SPELLED_NUMBER = re.compile(
    rf"\b(?:({'|'.join(_TENS)})[\s-]+({'|'.join(_UNITS[1:10])})|({'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}))\b",
    re.I,
)


def spelled_number(match: re.Match[str]) -> int:
    """The number a SPELLED_NUMBER match writes ("thirty-eight" is 38)."""
    tens, unit, single = match.groups()
    if single:
        return NUMBER_WORDS[single.lower()]
    return NUMBER_WORDS[tens.lower()] + NUMBER_WORDS[unit.lower()]


# -- dates ------------------------------------------------------------------------------------------------
MONTHS: dict[str, int] = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
MONTH_NAMES = "January February March April May June July August September October November December".split()
MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
YEAR_PATTERN = r"(?:19|20)\d\d"
YEAR_RE = re.compile(rf"\b({YEAR_PATTERN})\b")

GRADE_PATTERN = (
    r"outstanding|good|requires?\s+significant\s+improvement|requires?\s+improvement(?:\s+to\s+be\s+good)?|"
    r"inadequate|(?<!in)adequate"
)
GRADE_RE = re.compile(rf"\b(?:{GRADE_PATTERN})\b", re.IGNORECASE)

# Order matters: more specific areas first.
AREAS: list[tuple[str, re.Pattern[str]]] = [
    ("overall effectiveness", re.compile(r"overall\s+effectiveness|overall\s+judgement", re.I)),
    (
        "impact of leaders",
        re.compile(r"impact\s+of\s+leaders|leadership,?\s+management\s+and\s+governance", re.I),
    ),
    ("help and protection", re.compile(r"need\s+help\s+and\s+protection|help\s+and\s+protection", re.I)),
    ("children in care and care leavers", re.compile(r"children\s+in\s+care\s+and\s+care\s+leavers", re.I)),
    ("adoption performance", re.compile(r"adoption\s+performance", re.I)),
    ("care leavers", re.compile(r"care\s+leavers", re.I)),
    (
        "children in care",
        re.compile(
            r"children\s+in\s+care|children\s+looked\s+after(?:\s+and\s+achieving\s+permanence)?|"
            r"looked\s+after\s+children",
            re.I,
        ),
    ),
    ("safeguarding children board", re.compile(r"local\s+safeguarding\s+children\s+board|\bLSCB\b", re.I)),
]

AREA_DESCRIPTIONS = {
    "overall effectiveness": "overall effectiveness",
    "impact of leaders": "the impact of leaders on social work practice with children and families",
    "help and protection": "the experiences and progress of children who need help and protection",
    "children in care and care leavers": "the experiences and progress of children in care and care leavers",
    "children in care": "the experiences and progress of children in care",
    "care leavers": "the experiences and progress of care leavers",
    "adoption performance": "adoption performance",
    "safeguarding children board": "the effectiveness of the local safeguarding children board",
    SEND_OUTCOME_AREA: "the local area partnership's SEND arrangements",
}

# How a list's heading may open before its name: a section number, "Summary of", "Key", "Main", "Our"
# ("Summary of areas for improvement", "3. Key recommendations")
# words before a list's name in its heading ("3. Summary of findings", "Key recommendations", an investigation
# body's "Safety recommendations")
_LIST_HEADING_LEAD = r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:a\s+)?summary\s+of\s+(?:the\s+)?|(?:our\s+)?(?:key|main)\s+|our\s+|safety\s+)?"

FINDING_HEADINGS: list[tuple[str, re.Pattern[str]]] = [
    (
        FindingKind.IMPROVE,
        re.compile(
            r"^\s*what\s+needs\s+to\s+improve\b.*$|^\s*what\s+does\s+the\s+[\w ]{1,40}?\s+need\s+to\s+(?:do\s+to\s+)?improve|"
            r"^[^.]{0,80}\b(?:required?|needs?|needed)\s+(?:further\s+)?improvement[^.]{0,40}:\s*$",
            re.I,
        ),
    ),
    (
        FindingKind.PRIORITY_ACTION,
        # HM Inspectorate of Prisons' "Priority concerns" come first of its concerns, as areas for priority action do
        re.compile(
            _LIST_HEADING_LEAD + r"(?:areas?\s+for\s+priority\s+action|priority\s+concerns)\s*:?\s*$", re.I
        ),
    ),
    (
        FindingKind.AREA_FOR_IMPROVEMENT,
        re.compile(
            _LIST_HEADING_LEAD + r"(?:areas?|priorit(?:y|ies))\s+for\s+(?:improvement|development)\s*:?\s*$|"
            # the CQC's "Action the trust SHOULD take to improve", "... the provider should:"
            r"^\s*actions?\s+the\s+[\w ]{1,40}?\s+should\s+take\b[^.]{0,30}$|"
            r"^[^.]{0,80}\bthe\s+(?:provider|practice|trust|service|registered\s+person)\s+should\s*:\s*$",
            re.I,
        ),
    ),
    (
        FindingKind.RECOMMENDATION,
        re.compile(
            _LIST_HEADING_LEAD + r"(?:recommendations?|recommended\s+next\s+steps)\s*:?\s*$|"
            # recommendations put to each body in turn ("The Regional Probation Director, Wealdshire and Downs,
            # should:", "HM Prison and Probation Service should:")
            r"^\s*(?-i:[A-Z])[^.:]{3,90}\bshould\s*:\s*$",
            re.I,
        ),
    ),
    (
        FindingKind.REQUIREMENT,
        re.compile(
            _LIST_HEADING_LEAD + r"(?:statutory\s+)?requirements\s*:?\s*$|"
            # the CQC's "Action the trust MUST take to improve": what the law requires of it
            r"^\s*actions?\s+the\s+[\w ]{1,40}?\s+must\s+take\b[^.]{0,30}$",
            re.I,
        ),
    ),
    (
        FindingKind.CAUSE_OF_CONCERN,
        # HM Inspectorate of Prisons' "Key concerns" after its priority ones
        re.compile(
            _LIST_HEADING_LEAD + r"causes?\s+of\s+concern\s*:?\s*$|^\s*(?:key|main)\s+concerns\s*:?\s*$|"
            # a coroner's report to prevent future deaths: "The MATTERS OF CONCERN are as follows:"
            r"^\s*(?:the\s+)?matters?\s+of\s+concern\b[^.]{0,30}:\s*$",
            re.I,
        ),
    ),
    (
        FindingKind.DO_BETTER,
        re.compile(r"^\s*what\s+(?:does|do)\s+the\s+[\w ]{1,40}?\s+need\s+to\s+do\s+better\b.*$", re.I),
    ),
    (
        FindingKind.STRENGTH,
        re.compile(
            r"^\s*(?:areas?\s+of\s+strength|strengths|key\s+strengths|what\s+is\s+working\s+well|"
            r"what\s+(?:is|are)\s+the\s+[\w ]{1,40}?\s+doing\s+that\s+is\s+effective)\s*[?:]?\s*$",
            re.I,
        ),
    ),
    (
        FindingKind.COMMITMENT,
        # a statement's own list of actions: "What we are doing", "What we will do", "What the council is
        # doing", "What we have done since the inspection", "Next steps", "Our action plan"; a capital first
        # (prose wrapped at "what the local authority has done to ..." is no heading)
        re.compile(
            r"^\s*(?!.*\b(?:well|effective(?:ly)?)\W*$)(?:(?-i:W)hat\s+(?:we|the\s+[\w ]{1,40}?)\s*(?:are|is|will|have|has|['’](?:re|ll|ve))\s+(?:already\s+)?"
            r"(?:been\s+)?(?:doing|do|done|changed|taking|put\s+in\s+place)\b[^.?]{0,60}|"
            r"(?:(?-i:O)ur\s+)?(?-i:[Nn])ext\s+steps|(?-i:O)ur\s+(?:actions?|action\s+plan|plan|commitments?|improvement\s+plan)|"
            r"(?-i:[AS])(?:ctions?|teps)\s+(?:we\s+(?:are|have|will)\s+(?:be\s+)?)?(?:taking|taken|being\s+taken))\s*[?:]?\s*$",
            re.I,
        ),
    ),
]

# Bullets: the usual glyphs, and the private-use characters that symbol fonts come out as in PDF text.
BULLET_RE = re.compile(r"^\s*[\u25fc\u25aa\u25a0\u2022\u25cf\uf000-\uf0ff\u2013\-\*·]\s*")
# "1. ", and "(1) " as a coroner numbers the matters of concern
NUMBERED_RE = re.compile(r"^\s*(?:(\d{1,3})\.|\((\d{1,3})\))\s+(?=\S)")


def canonical_grade(text: str) -> str:
    """'Requires\\nimprovement to be good' -> 'requires improvement'."""
    low = re.sub(r"\s+", " ", text.lower()).strip().rstrip(".")
    if low.startswith("require"):
        return "requires significant improvement" if "significant" in low else "requires improvement"
    return low


def canonical_outcome(text: str) -> str | None:
    """The area SEND outcome a sentence states, if any."""
    for outcome, pattern in SEND_OUTCOME_PATTERNS.items():
        if pattern.search(text):
            return outcome
    return None


def inspectorates_named(text: str) -> list[Inspectorate]:
    """Inspectorates a text names, in the order of their first mention."""
    found = [
        (m.start(), name) for name, pattern in INSPECTORATE_PATTERNS.items() if (m := pattern.search(text))
    ]
    return [name for _, name in sorted(found)]


def canonical_area(label: str) -> str | None:
    for name, pattern in AREAS:
        if pattern.search(label):
            return name
    return None


# How people shorten counties ("Staffs police", "Herts", "Northants"): the short form stands for the name.
COUNTY_SHORT_FORMS: dict[str, str] = {
    "staffs": "staffordshire",
    "herts": "hertfordshire",
    "hants": "hampshire",
    "lancs": "lancashire",
    "notts": "nottinghamshire",
    "northants": "northamptonshire",
    "glos": "gloucestershire",
    "beds": "bedfordshire",
    "bucks": "buckinghamshire",
    "berks": "berkshire",
    "cambs": "cambridgeshire",
    "leics": "leicestershire",
    "lincs": "lincolnshire",
    "oxon": "oxfordshire",
    "wilts": "wiltshire",
    "worcs": "worcestershire",
    "yorks": "yorkshire",
    "derbys": "derbyshire",
    "warks": "warwickshire",
    "shrops": "shropshire",
}


# How people say it, and how reports write it: everyday and informal words a question may use for what the
# reports name formally. Used to read questions (assistant/scope.py), never to change a quote.
PLAIN_TO_REPORT: dict[str, str] = {
    "kids": "children",
    "kid": "child",
    "youngsters": "young people",
    "teens": "teenagers",
    "uni": "university",
    "mums": "mothers",
    "mum": "mother",
    "dads": "fathers",
    "dad": "father",
    "cops": "police",
    "social services": "children’s social care",
    "foster parents": "foster carers",
    "care kids": "children in care",
    "runaways": "children who go missing",
    "ran away": "went missing",
    "mags": "magistrates'",
    "running away": "going missing",
}
PLAIN_WORDS_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, PLAIN_TO_REPORT), key=len, reverse=True)) + r")(?=\W|$)", re.I
)


# The rows of a report's table of details ("School details", "Provider details", "ITE partnership details"):
# a label, then its value on the same line. Each label says what kind of value it gives: a count ("Number of
# pupils on the school roll 1,184"), a person in a role ("Headteacher Anwen Price"), or another particular.
class DetailKind(StrEnum):
    COUNT = "count"
    ROLE = "role"
    OTHER = "other"


DETAIL_LABELS: dict[str, DetailKind] = {
    "Number of pupils on the school roll": DetailKind.COUNT,
    "Number of pupils on roll": DetailKind.COUNT,
    "Number of pupils": DetailKind.COUNT,
    "Number of learners": DetailKind.COUNT,
    "Number of trainees": DetailKind.COUNT,
    "Number of children": DetailKind.COUNT,
    "Number of places": DetailKind.COUNT,
    "Total number of places": DetailKind.COUNT,
    "Number of registered places": DetailKind.COUNT,
    "Number of beds": DetailKind.COUNT,
    "Number of boarders": DetailKind.COUNT,
    "Number of residents": DetailKind.COUNT,
    "Number of staff": DetailKind.COUNT,
    "Operational capacity": DetailKind.COUNT,
    "Headteacher": DetailKind.ROLE,
    "Head teacher": DetailKind.ROLE,
    "Principal": DetailKind.ROLE,
    "Chief executive": DetailKind.ROLE,
    "Chair of governors": DetailKind.ROLE,
    "Chair of trustees": DetailKind.ROLE,
    "Chair of trust": DetailKind.ROLE,
    "Registered manager": DetailKind.ROLE,
    "Responsible individual": DetailKind.ROLE,
    "Nominated individual": DetailKind.ROLE,
    "Governor": DetailKind.ROLE,
    "Unique reference number": DetailKind.OTHER,
    "URN": DetailKind.OTHER,
    "Location ID": DetailKind.OTHER,
    "Provider ID": DetailKind.OTHER,
    "Age range of pupils": DetailKind.OTHER,
    "Age range": DetailKind.OTHER,
    "Type of school": DetailKind.OTHER,
    "School category": DetailKind.OTHER,
    "Registered provider": DetailKind.OTHER,
    "Proprietor": DetailKind.OTHER,
    "Appropriate authority": DetailKind.OTHER,
    "Website": DetailKind.OTHER,
    "Telephone number": DetailKind.OTHER,
    # the cover of a council's committee paper (an action plan or reply to an inspection put to its cabinet)
    "Date of meeting": DetailKind.OTHER,
    "Meeting date": DetailKind.OTHER,
    "Agenda item": DetailKind.OTHER,
    "Cabinet Member": DetailKind.ROLE,
    "Responsible officer": DetailKind.ROLE,
    "Report author": DetailKind.ROLE,
}
DETAIL_KIND = "detail"  # a Fact's kind for a row of the report's table of details
DETAIL_ROW_RE = re.compile(
    r"^[ \t]*(?P<label>"
    + "|".join(
        re.escape(label).replace(r"\ ", r"\s+") for label in sorted(DETAIL_LABELS, key=len, reverse=True)
    )
    + r")[ \t]*:?[ \t]+(?P<value>\S[^\n]{0,80}?)[ \t]*$",
    re.M,
)


# The word a paper's name ends in and people call it by ("the Harnsey Cross Gazette", "the Courier"), and the
# broadcasters named by their letters; read by assistant/sentences.py (which outlet ran a story) and
# assistant/extractive.py (a question that names the outlet of a story)
NEWSPAPER_NAME_WORDS = (
    "Post", "Times", "Echo", "Herald", "Mail", "Guardian", "Telegraph", "Express", "Star", "Mirror", "Gazette",
    "Chronicle", "Journal", "Argus", "Standard", "Sentinel", "Courier", "Advertiser", "Observer", "Record",
    "Bulletin", "Citizen", "Leader", "Reporter",
)  # fmt: skip
BROADCASTER_NAMES = ("BBC", "ITV", "Sky")


# Short words that name who or what a question is about ("what did the local MP say"): too short to be read as
# topics by their length alone
SHORT_TOPIC_WORDS = frozenset("mp mps gp gps mep meps pcc".split())


# "HMIP" is written for HM Inspectorate of Prisons and of Probation alike: it names neither for sure
AMBIGUOUS_INSPECTORATE_NAME = re.compile(r"\bHMIP\b", re.I)


# Shorthand people type for words the reports spell out ("what recs did they make", "20 hrs of training"):
# read as the words they stand for before a question is read at all.
SHORTHAND: dict[str, str] = {
    "recs": "recommendations",
    "rec": "recommendation",
    "reqs": "requirements",
    "hrs": "hours",
    "hr": "hour",
    "mins": "minutes",
    "yrs": "years",
    "yr": "year",
    "wks": "weeks",
    "govt": "government",
    "dept": "department",
    "mgmt": "management",
    "mgr": "manager",
    "mgrs": "managers",
    "approx": "approximately",
    "info": "information",
    "ppl": "people",
    "cyp": "children and young people",
    "refurb": "refurbishment",
    "admin": "administration",
    "physio": "physiotherapy",
    "meds": "medication",
    "appt": "appointment",
    "appts": "appointments",
    "comms": "communications",
    "stats": "statistics",
    "urn": "unique reference number",
}
SHORTHAND_RE = re.compile(r"(?<![\w’'-])(" + "|".join(map(re.escape, SHORTHAND)) + r")(?![\w’'-])", re.I)


def spelled_out(text: str) -> str:
    """The text with the shorthand people type written out as the reports write it."""
    return SHORTHAND_RE.sub(lambda m: SHORTHAND[m.group(1).lower()], text)


# Short names joined by an ampersand ("A&E", "B&B") and how a document may write them out instead: such a name
# is one term, never its letters (assistant/extractive.py reads a question's as a topic).
AMPERSAND_TERMS: dict[str, tuple[str, ...]] = {
    "a&e": ("accident and emergency", "emergency department"),
    "b&b": ("bed and breakfast",),
}
AMPERSAND_TERM_RE = re.compile(r"\b[A-Za-z]{1,3}\s?&\s?[A-Za-z]{1,3}\b")

# One thing said in different words: how people ask and how reports write it ("drugs or alcohol" and "substance
# misuse"), read by assistant/equivalents.py. Only phrasings that mean the same belong in a group, never merely
# related ones ("respite" is not "short breaks" in every report); the plain words above are rewritten first.
EQUIVALENT_PHRASINGS: tuple[tuple[str, ...], ...] = (
    # substances
    ("drugs", "drug", "alcohol", "substance misuse", "substance use", "substances", "drinking"),
    # what a thing costs
    ("cost", "costs", "price", "price tag"),
    # the most of a thing ("the largest child population in London")
    ("largest", "biggest"),
    # needing a thing ("reliance on agency staff", "the dependence on agency staff remains very high")
    ("reliance on", "dependence on", "dependency on", "reliant on", "dependent on"),
    # children coming into care
    (
        "entries to care",
        "entering care",
        "enter care",
        "entered care",
        "come into care",
        "coming into care",
        "came into care",
        "taken into care",
        "becoming looked after",
        "become looked after",
        "care entrants",
        "admissions to care",
    ),
    # children in care
    ("children in care", "looked after children", "children looked after", "cared for children"),
    # young people who have left care
    ("care leavers", "leaving care", "care experienced", "care-experienced", "former relevant"),
    # a service people ring
    ("phone line", "phone", "telephone", "helpline", "advice line", "phoneline"),
    # what a council offers to attract social workers
    (
        "incentives",
        "incentive",
        "recruitment offer",
        "retention payments",
        "retention payment",
        "market supplement",
        "golden hello",
        "relocation package",
        "recruitment package",
        "additional payments",
    ),
    # how many cases a worker holds
    ("caseloads", "caseload", "workloads", "workload", "cases they hold"),
    # temporary staff
    ("agency staff", "agency workers", "agency social workers", "locum", "locums", "interim staff"),
    # staff leaving
    ("turnover", "churn", "workforce stability", "staff stability", "workforce instability"),
    # what staff are paid
    ("pay", "salary", "salaries", "wages", "remuneration", "financial returns"),
    # children who go missing, and the talk after they return
    ("run away", "go missing", "went missing", "missing from home"),
    # school attendance
    (
        "truancy",
        "truanting",
        "absence from school",
        "school absence",
        "persistent absence",
        "absent from school",
    ),
    # emotional and mental health services for children
    ("CAMHS", "child and adolescent mental health", "children's mental health services"),
    # health checks
    ("health checks", "health assessments", "medicals", "medical checks"),
    ("dentist", "dentists", "dental", "teeth"),
    ("vaccinations", "immunisations", "jabs"),
    ("speech therapy", "speech and language therapy", "speech and language"),
    # offending
    ("youth offending", "youth justice", "young offenders"),
    ("grooming", "sexual exploitation", "CSE"),
    ("domestic abuse", "domestic violence"),
    ("private fostering", "privately fostered", "privately arranged fostering", "privately arranged"),
    ("family group conferences", "family group conferencing", "FGCs", "FGC"),
    ("return home interviews", "return interviews", "RHIs", "return home conversations"),
    # work and study after school
    ("jobs", "job", "employment"),
    ("university", "higher education"),
    # school subjects as people shorten them
    ("maths", "mathematics", "math"),
    # the way in to children's services
    (
        "front door",
        "multi-agency safeguarding hub",
        "MASH",
        "single point of access",
        "first point of contact",
    ),
    # families who adopt or foster
    ("adopters", "adoptive parents", "adoptive families"),
    ("foster families", "foster carers"),
    # court
    ("court cases", "court proceedings", "care proceedings", "legal proceedings"),
    # independent reviewing officers
    ("reviewing officers", "independent reviewing officers", "IROs", "IRO"),
    # interpreters
    ("interpreters", "interpreter", "translators", "translation services"),
    # how many, how soon, which one: said one way in a story and another in a report
    ("several", "a number of"),
    ("earlier", "previous", "prior"),
    ("quickly", "promptly", "swiftly", "rapidly"),
    # children taught at home
    (
        "home-schooled",
        "home schooled",
        "home-schooling",
        "home schooling",
        "home educated",
        "home-educated",
        "home education",
        "elective home education",
        "electively home educated",
    ),
    # what a story says in plainer words than the report it retells
    ("monitored", "monitors", "monitoring", "overseen", "oversees", "overseeing"),
    ("reducing", "reduces", "reduced", "cutting", "cuts", "bringing down", "brought down"),
    ("length", "duration"),
    ("closure", "closed down", "shut down", "shutting down"),
    ("took place", "carried out", "was conducted", "were conducted"),
    # a device or camera put to use ("switched on" / "activated")
    ("switched on", "turned on", "activated", "activate", "activates", "activating", "activation"),
    # joining in ("over half ... engaging with KRATOS" / "take part in KRATOS")
    (
        "take part",
        "took part",
        "taking part",
        "takes part",
        "participate",
        "participates",
        "participated",
        "participating",
        "engaging with",
        "engage with",
        "engaged with",
    ),
    ("identify", "identifies", "identified", "identifying", "spot", "spots", "spotted", "spotting"),
    ("posts", "roles", "positions"),
    ("dealt with", "deal with", "dealing with", "addressed", "tackled", "resolved", "sorted out"),
    ("expansion", "expanded", "expanding", "additional", "extra"),
    ("dedicated", "specific to", "solely", "exclusively"),
)


# The groups of children and young people reports speak of, each a group of its own: a claim about one is not
# held by a sentence about another ("care leavers" / "children in care"). A sentence that names none of them
# ("Young people at university return to ...") is about the group its heading or paragraph speaks of.
PEOPLE_GROUPS: tuple[str, ...] = (
    "care leavers",
    "children in care",
    "looked after children",
    "children looked after",
    "children in need",
    "child protection plans",
    "disabled children",
    "children with disabilities",
    "unaccompanied asylum-seeking children",
    "young carers",
    "adopted children",
    "children with special educational needs",
)


# Terms of the field, several words long, that name one practice, scheme, group or harm ("young carers",
# "private fostering"): a report that never writes one is silent on it, though it uses each word apart. The
# library learns most such terms from how often its reports write them together (assistant/corpus_profile);
# these are the ones whose words are too common apart for that ("young" + "carers", "staying" + "close").
FIELD_TERMS: tuple[str, ...] = (
    "young carers",
    "private fostering",
    "privately fostered",
    "staying put",
    "staying close",
    "lifelong links",
    "signs of safety",
    "family group conferences",
    "return home interviews",
    "edge of care",
    "county lines",
    "criminal exploitation",
    "female genital mutilation",
    "forced marriage",
    "honour-based abuse",
    "modern slavery",
    "knife crime",
    "serious youth violence",
    "unaccompanied asylum-seeking children",
    "corporate parenting",
    "virtual school",
    "personal education plans",
    "independent visitors",
    "special guardianship",
    "kinship care",
    "family hubs",
    "elective home education",
    "alternative provision",
    "short breaks",
    "direct payments",
    "personal budgets",
    "preparing for adulthood",
    "eating disorders",
    "parental conflict",
    "restorative practice",
    "systemic practice",
    "motivational interviewing",
    "life story work",
    "later life letters",
    "bed and breakfast",
    "houses of multiple occupation",
    "secure accommodation",
    "deprivation of liberty",
    "unregistered children's homes",
    "driving lessons",
    "sex education",
    "wheelchair services",
    "dynamic support register",
    "send tribunal",
    "therapeutic parenting",
    "contextual safeguarding",
    "sexual health",
    "teenage pregnancy",
    "council tax",
    "adoption support fund",
    "hate crime",
    "gender identity",
    "sexual orientation",
    "music therapy",
    "armed forces",
)


_LGBT_WORDS = (
    "lgbt", "lgbtq", "lesbian", "gay", "bisexual", "trans", "transgender", "sexuality", "sexual orientation", "gender identity",
)  # fmt: skip
# Abbreviations of the field that reports seldom define where they use them, with the less common words a
# report writes instead ("young people who identify as lesbian, gay ..."), each a whole word: a document that
# writes neither does not speak of it. Where the library defines an abbreviation, its own definition is read.
ABBREVIATION_WORDS: dict[str, tuple[str, ...]] = {
    "LGBT": _LGBT_WORDS,
    "LGBTQ": _LGBT_WORDS,
    "ADHD": ("attention deficit", "hyperactivity"),
    "ASD": ("autism", "autistic", "asc"),
    "PTSD": ("post-traumatic", "post traumatic"),
    "GRT": ("gypsy", "traveller", "roma"),
}
