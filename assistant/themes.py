"""Themes across reports: the improvement findings of many reports grouped by meaning, counted, each theme
with its items and cited examples, as data: bar-chart rows, item rows, JSON (render/themes.py renders them
as Markdown and CSV).

Grouping is threshold clustering over sentence embeddings: the finding with the most near neighbours
(cosine similarity >= THRESHOLD) founds a theme and takes them; repeat over what is left. A theme is named
by the words its items share and other findings do not (so labels are the reports' own words).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.models import Answer, Citation

THRESHOLD = 0.65
MIN_REPORTS = 2  # a theme is something at least two reports ask for

_STOP = set(
    "a an the of in on at to for and or by with from as is are was were be been being that this these those it "
    "its their they them there which who whom what when where how all any each every more most other some such "
    "than then so not no into onto about across within through throughout ensure ensuring including include "
    "includes well also further both between so that can could should would will must may has have had do does "
    "done make makes made use used using support supported appropriate effective effectively consistent "
    "consistently sufficient sufficiently timely timeliness quality children child young people people's "
    "children's person persons whom they're work working practice practices arrangements services service "
    "local authority authorities council councils partners partner partnership need needs needed improve "
    "improved improvement improvements improving strengthen strengthening better good range level levels "
    "number numbers part parts particularly especially always given giving get gets paragraph paragraphs enable "
    "enabled greater before after aware place take taken reduce increase understand understanding develop "
    "developed identify identified provide provided receive received ensure ensures whether where able key "
    "areas area full fully clear clearly robust robustly strong stronger".split()
)


@dataclass
class ThemeInput:
    """One improvement finding of one report, as the theme grouping takes it."""

    organisation: str
    inspection: str  # "Nov 2023"
    kind: str  # improve, recommendation, area for improvement, ...
    text: str
    citation: Citation


@dataclass
class Theme:
    label: str
    items: list[ThemeInput] = field(default_factory=list)

    @property
    def findings(self) -> int:
        return len(self.items)

    @property
    def reports(self) -> int:
        return len({i.citation.doc_id or i.citation.source for i in self.items})

    @property
    def organisations(self) -> list[str]:
        return sorted({i.organisation for i in self.items}, key=str.lower)

    def examples(self, n: int = 2) -> list[ThemeInput]:
        """The most typical items (first), from different organisations where there are."""
        chosen: list[ThemeInput] = []
        for item in self.items:
            if all(item.organisation != c.organisation for c in chosen):
                chosen.append(item)
            if len(chosen) == n:
                return chosen
        for item in self.items:
            if len(chosen) < n and all(item is not c for c in chosen):
                chosen.append(item)
        return chosen


@dataclass
class ThemesResult:
    """Themes of the improvement findings of the reports a question or filter selects."""

    question: str
    scope: str  # "improvement findings of inspections in 2023"
    reports: int  # reports whose findings were grouped
    findings: int
    themes: list[Theme] = field(default_factory=list)
    unthemed: int = 0  # findings in no theme of at least MIN_REPORTS reports

    # -- as data for a UI (render/themes.py renders them as Markdown and CSV) --------------------------
    def chart_rows(self) -> list[dict[str, Any]]:
        """One row per theme, most common first: the data of a bar chart (x=theme, y=reports)."""
        return [
            {"rank": n, "theme": t.label, "reports": t.reports, "findings": t.findings}
            for n, t in enumerate(self.themes, start=1)
        ]

    def chart_frame(self) -> Any:
        """chart_rows as a pandas DataFrame (what gr.BarPlot takes)."""
        import pandas as pd

        return pd.DataFrame(self.chart_rows(), columns=["rank", "theme", "reports", "findings"])

    def item_rows(self, theme: int | None = None) -> list[dict[str, Any]]:
        """Every item of every theme (or of the theme at that 0-based rank): what a bar opens."""
        rows = []
        for n, t in enumerate(self.themes):
            if theme is not None and n != theme:
                continue
            for i in t.items:
                rows.append(
                    {
                        "theme": t.label,
                        "organisation": i.organisation,
                        "inspection": i.inspection,
                        "kind": i.kind,
                        "finding": i.text,
                        "source": i.citation.source,
                        "page": i.citation.page,
                        "quote": i.citation.quote,
                    }
                )
        return rows

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "scope": self.scope,
            "reports": self.reports,
            "findings": self.findings,
            "unthemed": self.unthemed,
            "themes": [
                {"label": t.label, "reports": t.reports, "findings": t.findings, "items": self.item_rows(n)}
                for n, t in enumerate(self.themes)
            ],
        }


def _short(text: str, limit: int = 140) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + " …"


# -- grouping ---------------------------------------------------------------------------------------------
def cluster(vectors: np.ndarray, threshold: float = THRESHOLD) -> list[list[int]]:
    """Threshold clustering: the item with most unassigned neighbours founds a group of them, most similar
    first; items left with no neighbour are groups of one."""
    n = len(vectors)
    if n == 0:
        return []
    sims = vectors @ vectors.T
    near = (sims >= threshold).astype(np.float32)
    free = np.ones(n, dtype=np.float32)
    groups: list[list[int]] = []
    while free.any():
        counts = (near @ free) * free
        centre = int(np.argmax(counts))
        if counts[centre] < 2:
            break
        members = np.where((near[centre] > 0) & (free > 0))[0]
        members = members[np.argsort(-sims[centre, members], kind="stable")]
        groups.append([int(m) for m in members])
        free[members] = 0
    groups += [[int(i)] for i in np.where(free > 0)[0]]
    return groups


_LINKS = {"of", "and", "for", "to", "in", "on", "with"}


def _tokens(text: str) -> list[str]:
    return [w.strip("'-") for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text.replace("’", "'"))]


def _phrases(text: str, skip: set[str]) -> set[str]:
    """Key words and phrases of a text: runs of up to three words that start and end with a content word
    (a linking word may stand between: 'quality of supervision')."""
    words = [w.lower() for w in _tokens(text)]
    key = [w not in _STOP and w not in _LINKS and len(w) > 2 and w[:5] not in skip for w in words]
    found = set()
    for i, w in enumerate(words):
        if not key[i]:
            continue
        found.add(w)
        # runs of up to three key words, with at most one linking word between two of them
        run, links = [w], 0
        for j in range(i + 1, min(i + 5, len(words))):
            if key[j]:
                run.append(words[j])
                found.add(" ".join(run))
            elif words[j] in _LINKS and links == 0 and j + 1 < len(words) and key[j + 1]:
                run.append(words[j])
                links += 1
            else:
                break
            if sum(key_word not in _LINKS for key_word in run) >= 3:
                break
    return found


def label_groups(texts: list[str], groups: list[list[int]], ignore: set[str] | None = None) -> list[str]:
    """Each group's label: its most distinctive key phrase (shared by many of its items, rare elsewhere),
    preferring phrases to single words; words every item shares because the question asked for them
    (``ignore``) name no theme."""
    skip = {w[:5] for w in ignore or set()}
    docs = [_phrases(t, skip) for t in texts]
    df = Counter(p for d in docs for p in d)
    surface = _surface(texts)
    total = len(texts)
    labels = []
    for group in groups:
        counts = Counter(p for i in group for p in docs[i])
        least = 2 if len(group) > 1 else 1

        def score(item: tuple[str, int]) -> tuple[float, str]:
            phrase, count = item
            words = phrase.split()
            length = 1 + 0.6 * (len([w for w in words if w not in _LINKS]) - 1)
            dangling = 0.5 if _DANGLING.search(words[-1]) else 1.0  # 'response to vulnerable' is cut short
            return (count * math.log(1 + total / df[phrase]) * length * dangling, phrase)

        ranked = sorted((kv for kv in counts.items() if kv[1] >= least), key=score, reverse=True)
        if not ranked:
            labels.append(_short(texts[group[0]], 60))
            continue
        best = ranked[0][0]
        if " " not in best:
            second = next((p for p, _ in ranked[1:] if " " not in p and p != best), None)
            best = f"{best}, {second}" if second else best
        label = " ".join(surface.get(w, w) for w in best.split())
        labels.append(label[:1].upper() + label[1:])
    return labels


_DANGLING = re.compile(r"(?:al|ic|ive|ous|ful|able|ible|ary|ent|ant|term|based|led)$")


def _surface(texts: list[str]) -> dict[str, str]:
    """How each word is usually written (acronyms keep their capitals)."""
    forms: dict[str, Counter[str]] = {}
    for t in texts:
        for w in _tokens(t):
            forms.setdefault(w.lower(), Counter())[w if w.isupper() and len(w) > 1 else w.lower()] += 1
    return {k: v.most_common(1)[0][0] for k, v in forms.items()}


def build_themes(
    question: str,
    scope: str,
    items: list[ThemeInput],
    reports: int,
    embed: Callable[[list[str]], np.ndarray],
    top: int = 8,
    threshold: float | None = None,
    ignore: set[str] | None = None,
) -> ThemesResult:
    result = ThemesResult(question=question, scope=scope, reports=reports, findings=len(items))
    if not items:
        return result
    vectors = np.asarray(embed([i.text for i in items]), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms == 0, 1, norms)
    groups = cluster(vectors, THRESHOLD if threshold is None else threshold)
    # a theme is what needs to improve, never who: the organisations' own names label nothing
    names = {w.lower() for i in items for w in re.findall(r"[A-Za-z]+", i.organisation)}
    labels = label_groups([i.text for i in items], groups, (ignore or set()) | names)
    themes = [Theme(label, [items[k] for k in g]) for label, g in zip(labels, groups, strict=True)]
    themes = [t for t in themes if t.reports >= MIN_REPORTS]
    themes.sort(key=lambda t: (-t.reports, -t.findings, t.label))
    result.themes = themes[:top]
    result.unthemed = len(items) - sum(t.findings for t in result.themes)
    return result


def themes_answer(result: ThemesResult) -> Answer:
    """The themes as a chat answer: one line per theme with its counts and two cited examples."""
    if not result.findings:
        reason = f"No report in the index lists {result.scope}."
        return Answer(result.question, reason, abstained=True, reason=reason)
    if not result.themes:
        text = (
            f"No theme recurs across reports in the {result.scope}: {result.findings} findings in "
            f"{result.reports} reports, none shared by {MIN_REPORTS} or more reports."
        )
        return Answer(result.question, text)
    lines = [
        f"The most common themes of the {result.scope} ({result.findings} findings in {result.reports} reports):"
    ]
    citations: list[Citation] = []
    for n, t in enumerate(result.themes, start=1):
        examples = "; ".join(
            f"{e.organisation} ({e.inspection}, p. {e.citation.page}): “{_short(e.text, 160)}”"
            for e in t.examples()
        )
        citations += [e.citation for e in t.examples()]
        lines.append(f"{n}. {t.label}: {t.reports} reports, {t.findings} findings. E.g. {examples}")
    return Answer(result.question, "\n".join(lines), citations=citations)
