"""The Grades tab's plain functions: every judgement, and one area's grades over time as chart points."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from assistant.compare import GradeRow
from ingest.vocabulary import AREAS
from render.grades import grade_row, grades_csv, grades_markdown
from render.text import squash

GRADE_CHART_COLUMNS = ["date", "grade", "organisation", "judgement", "document"]
GRADE_SCALE = {"inadequate": 1, "requires improvement": 2, "adequate": 2, "good": 3, "outstanding": 4}
GRADE_AXIS = "Grade: 1 inadequate · 2 requires improvement (or adequate) · 3 good · 4 outstanding."
DEFAULT_AREA = "overall effectiveness"


class Grading(Protocol):
    def grades(self, organisations: list[str] | None = None) -> list[GradeRow]: ...


@dataclass
class GradesView:
    """Grades as the Grades tab shows them: the chart's points for one area, and every judgement."""

    message: str
    rows: list[list[Any]] = field(default_factory=list)  # in render.grades.GRADE_COLUMNS order
    areas: list[str] = field(default_factory=list)
    area: str = DEFAULT_AREA
    chart: list[dict[str, Any]] = field(default_factory=list)  # GRADE_CHART_COLUMNS keys
    markdown: str = ""
    csv: str = ""


def grade_score(grade: str) -> int | None:
    """Ordinal grade: inadequate 1, requires improvement (or adequate) 2, good 3, outstanding 4."""
    return GRADE_SCALE.get(squash(grade).lower())


def grade_areas(rows: Sequence[GradeRow]) -> list[str]:
    """Areas that have judgements, in the vocabulary's order (overall effectiveness first)."""
    order = [name for name, _ in AREAS]
    seen = {r.area for r in rows}
    return [a for a in order if a in seen] + sorted(seen - set(order))


def grade_points(rows: Sequence[GradeRow], area: str) -> list[dict[str, Any]]:
    """Chart points for one area: date (inspection end, else publication), score, organisation, grade."""
    points = []
    for r in rows:
        score = grade_score(r.grade)
        when = r.inspection_end or r.published
        if r.area == area and score is not None and when:
            points.append(
                {
                    "date": when,
                    "grade": score,
                    "organisation": r.organisation,
                    "judgement": r.grade,
                    "document": r.title,
                }
            )
    return sorted(points, key=lambda p: (p["organisation"], p["date"]))


def grades_frame(points: Sequence[dict[str, Any]]) -> Any:
    """The chart's pandas DataFrame (dates parsed, so the x axis is time)."""
    import pandas as pd

    frame = pd.DataFrame(list(points), columns=GRADE_CHART_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    frame["grade"] = frame["grade"].astype("int64") if len(frame) else frame["grade"].astype("float64")
    return frame.dropna(subset=["date"])


def chart_x_lim(points: Sequence[dict[str, Any]], pad_days: int = 180) -> list[float] | None:
    """The time axis' range in epoch seconds, padded so the first and last points are not cut in half."""
    days = sorted(date.fromisoformat(str(p["date"])[:10]) for p in points if p.get("date"))
    if not days:
        return None
    pad = timedelta(days=pad_days)

    def seconds(day: date) -> float:
        return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()

    return [seconds(days[0] - pad), seconds(days[-1] + pad)]


def grades_view(assistant: Grading, organisations: Sequence[str] | None, area: str | None) -> GradesView:
    """Assistant.grades for the organisations chosen (none: all), charted for one area."""
    names = [o for o in organisations or [] if o]
    try:
        rows = assistant.grades(names or None)
    except Exception as exc:  # noqa: BLE001 - an unknown organisation says so in plain words
        return GradesView(f"The grades could not be listed: {exc}")
    if not rows:
        return GradesView(
            "No judgements found" + (f" for {', '.join(names)}." if names else " in the index.")
        )
    areas = grade_areas(rows)
    area = area if area in areas else DEFAULT_AREA if DEFAULT_AREA in areas else areas[0]
    points = grade_points(rows, area)
    who = ", ".join(names) if names else f"all {len({r.organisation for r in rows})} organisations"
    message = f"{len(rows)} judgements for {who}; the chart shows **{area}** ({len(points)} inspections)."
    return GradesView(
        message,
        [grade_row(r) for r in rows],
        areas,
        area,
        points,
        grades_markdown(rows, who),
        grades_csv(rows),
    )
