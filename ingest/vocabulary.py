"""The words inspection reports use for grades, judgement areas and improvement findings.

Canonical names are what the rest of the system stores and compares; the patterns are how the
Ofsted (ILACS 2018-, single inspection framework 2013-2017) and HMICFRS reports phrase them.
"""

from __future__ import annotations

import re

GRADES = ("outstanding", "good", "requires improvement", "adequate", "inadequate")
# HMICFRS PEEL-style grades also appear in police inspections.
POLICE_GRADES = ("outstanding", "good", "adequate", "requires improvement", "inadequate")

GRADE_PATTERN = r"outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|(?<!in)adequate"
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
}

FINDING_HEADINGS: list[tuple[str, re.Pattern[str]]] = [
    (
        "improve",
        re.compile(
            r"^\s*what\s+needs\s+to\s+improve\b.*$|^\s*what\s+does\s+the\s+[\w ]{1,40}?\s+need\s+to\s+improve|"
            r"^[^.]{0,80}\b(?:required?|needs?|needed)\s+(?:further\s+)?improvement[^.]{0,40}:\s*$",
            re.I,
        ),
    ),
    ("area for improvement", re.compile(r"^\s*areas?\s+for\s+improvement\s*:?\s*$", re.I)),
    ("recommendation", re.compile(r"^\s*recommendations?\s*:?\s*$", re.I)),
    ("cause of concern", re.compile(r"^\s*causes?\s+of\s+concern\s*:?\s*$", re.I)),
]

# Bullets: the usual glyphs, and the private-use characters that symbol fonts come out as in PDF text.
BULLET_RE = re.compile(r"^\s*[\u25fc\u25aa\u25a0\u2022\u25cf\uf000-\uf0ff\u2013\-\*·]\s*")
NUMBERED_RE = re.compile(r"^\s*(\d{1,3})\.\s+(?=\S)")


def canonical_grade(text: str) -> str:
    """'Requires\\nimprovement to be good' -> 'requires improvement'."""
    low = re.sub(r"\s+", " ", text.lower()).strip()
    if low.startswith("require"):
        return "requires improvement"
    return low


def canonical_area(label: str) -> str | None:
    for name, pattern in AREAS:
        if pattern.search(label):
            return name
    return None
