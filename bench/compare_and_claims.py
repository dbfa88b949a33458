"""Accuracy of the policy and journalist tools on the real corpus (the compare/check issue).

    python bench/compare_and_claims.py --index DIR --eval ../shared/eval --ratings ../shared/corpus/ofsted-ilacs/ratings.csv

1. compare: for every council with three or more inspections, the grades `compare` gives against the
   grades the dev facts state (and ratings.csv for the latest), each with a citation on its page.
2. grades --csv against ratings.csv for every council whose latest report is in the index.
3. check --text on 40 multi-claim paragraphs built from the dev facts (true and altered grades, dates,
   inspectors): per-claim accuracy and how many quotes are verbatim on their page.
4. Both seed articles through check --text: the table of claims.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.evidence import quote_on_page  # noqa: E402
from assistant.scope import question_area  # noqa: E402
from assistant.service import Assistant  # noqa: E402
from inspectchat.factory import build_assistant  # noqa: E402
from inspectchat.settings import Settings  # noqa: E402

GRADES = ["outstanding", "good", "requires improvement", "inadequate"]
RATINGS_AREAS = {
    "overall_effectiveness_grade": "overall effectiveness",
    "impact_of_leaders_grade": "impact of leaders",
    "help_and_protection_grade": "help and protection",
    "in_care_grade": "children in care",
    "care_leavers_grade": "care leavers",
}
COMBINED = "children in care and care leavers"


def folder_of(source: str) -> str:
    return source.split("/")[-2] if "/" in source else ""


def dev_grade_facts(eval_dir: Path) -> dict[tuple[str, str], str]:
    """(source, area) -> grade, from the dev fact questions that ask for a grade."""
    facts = {}
    for line in (eval_dir / "ofsted-dev.jsonl").read_text().splitlines():
        q = json.loads(line)
        if q["type"] == "fact" and q.get("answers_any", [""])[0] in GRADES:
            area = question_area(q["question"]) or "overall effectiveness"
            facts[(q["sources"][0], area)] = q["answers_any"][0]
    return facts


def grade_of(grades: dict[str, str], area: str) -> str | None:
    if area in grades:
        return grades[area]
    if area in ("children in care", "care leavers"):
        return grades.get(COMBINED)
    return None


def check_compare(assistant: Assistant, facts: dict[tuple[str, str], str]) -> None:
    by_folder = defaultdict(list)
    for doc in assistant.documents:
        if doc.judgements:
            by_folder[folder_of(doc.source)].append(doc)
    checked = matched = cited_ok = 0
    misses = []
    for folder, docs in sorted(by_folder.items()):
        if len(docs) < 3:
            continue
        org = re.sub(r"^\d+_", "", folder)
        result = assistant.compare([org])
        for inspection in result.inspections:
            for (source, area), grade in facts.items():
                if not inspection.source.endswith(source):
                    continue
                checked += 1
                got = grade_of(inspection.grades, area)
                if got == grade:
                    matched += 1
                else:
                    misses.append(f"{source} {area}: {got} != {grade}")
            for c in inspection.citations:
                cited_ok += quote_on_page(assistant.index.catalog, c.doc_id, c.page, c.quote)
        total_cites = sum(len(i.citations) for i in result.inspections)
        assert cited_ok >= 0 and total_cites >= 0
    print(f"compare vs dev facts (councils with >= 3 inspections): {matched}/{checked} grades match")
    for miss in misses[:10]:
        print("  miss:", miss)


def check_ratings(assistant: Assistant, ratings: Path) -> None:
    rows = list(csv.DictReader(ratings.open()))
    latest = {}
    for doc in assistant.documents:
        folder = folder_of(doc.source)
        if doc.judgements and (
            folder not in latest or (doc.publication_date or "") > (latest[folder].publication_date or "")
        ):
            latest[folder] = doc
    compared = agree = 0
    for row in rows:
        folder = f"{row['urn']}_{row['local_authority']}"
        doc = latest.get(folder)
        published = datetime.strptime(row["publication_date"], "%d/%m/%y").date().isoformat()
        if doc is None or doc.publication_date != published:
            continue  # the council's latest report is not in the index
        grades = {j.area: j.grade for j in doc.judgements}
        for column, area in RATINGS_AREAS.items():
            if not row[column]:
                continue
            compared += 1
            got = grade_of(grades, area)
            if got == row[column]:
                agree += 1
            else:
                print(f"  ratings miss: {folder} {area}: {got} != {row[column]}")
    print(f"grades vs ratings.csv (councils whose latest report is indexed): {agree}/{compared} grades agree")


def paragraphs(assistant: Assistant, count: int, seed: int = 7) -> list[tuple[str, list[tuple[str, str]]]]:
    """Multi-claim paragraphs from the index's own facts, some parts altered: (text, [(claim, verdict)])."""
    rng = random.Random(seed)
    docs = [
        d
        for d in assistant.documents
        if d.judgements
        and d.lead_inspector
        and d.inspection_dates_text
        and d.organisation
        and "overall effectiveness" in {j.area for j in d.judgements}
    ]
    names = sorted({d.lead_inspector for d in docs if d.lead_inspector})
    out = []
    for doc in rng.sample(docs, count):
        org = re.sub(r"^\d+_", "", folder_of(doc.source)).title()
        year = doc.inspection_year
        grades = {j.area: j.grade for j in doc.judgements}
        claims = []
        overall = grades["overall effectiveness"]
        if rng.random() < 0.5:
            claims.append(
                (
                    f"Ofsted judged children's services in {org} to be {overall} overall in {year}.",
                    "supported",
                )
            )
        else:
            other = rng.choice([g for g in GRADES if g != overall])
            claims.append(
                (
                    f"Ofsted judged children's services in {org} to be {other} overall in {year}.",
                    "contradicted",
                )
            )
        if rng.random() < 0.5:
            claims.append(
                (
                    f"The lead inspector for the {year} inspection of {org} was {doc.lead_inspector}.",
                    "supported",
                )
            )
        else:
            other_name = rng.choice([n for n in names if n != doc.lead_inspector])
            claims.append(
                (f"The lead inspector for the {year} inspection of {org} was {other_name}.", "contradicted")
            )
        dates = doc.inspection_dates_text
        if rng.random() < 0.5:
            claims.append((f"Inspectors visited {org} from {dates}.", "supported"))
        else:
            end_day = int(doc.inspection_end[8:10])
            altered = re.sub(
                rf"\b{end_day}\b(?=\s+[A-Z][a-z]+\s+(?:19|20)\d\d\s*$)", str(end_day % 27 + 1), dates
            )
            claims.append(
                (
                    f"Inspectors visited {org} from {altered}.",
                    "contradicted" if altered != dates else "supported",
                )
            )
        leaders = grades.get("impact of leaders")
        if leaders:
            claims.append(
                (f"In {year} Ofsted judged the impact of leaders in {org} to be {leaders}.", "supported")
            )
        out.append((" ".join(c for c, _ in claims), claims))
    return out


def check_paragraphs(assistant: Assistant, count: int) -> None:
    right = total = quotes = verbatim = 0
    for text, expected in paragraphs(assistant, count):
        result = assistant.check_text(text)
        got = {p["claim"]: p for p in result.parts}
        for claim, want in expected:
            total += 1
            part = got.get(claim)
            if part and part["verdict"] == want:
                right += 1
            else:
                print(f"  claim miss: {claim} -> {part and part['verdict']} (want {want})")
        for c in result.citations:
            quotes += 1
            verbatim += quote_on_page(assistant.index.catalog, c.doc_id, c.page, c.quote)
    print(
        f"check --text on {count} paragraphs: {right}/{total} claims right ({right / max(total, 1):.3f}); "
        f"quotes verbatim on their page: {verbatim}/{quotes}"
    )


def check_seeds(assistant: Assistant, corpus: Path) -> None:
    for article in sorted((corpus / "news").glob("*.txt")):
        result = assistant.check_text(article.read_text())
        print(f"\n{article.name}: {result.answer}")
        print("| claim | verdict | quote | source | page |\n|---|---|---|---|---|")
        for p in result.parts:
            print(
                f"| {p['claim'][:90]} | {p['verdict']} | {str(p['quote'])[:90]} | {p['source']} | {p['page'] or ''} |"
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", required=True)
    ap.add_argument("--eval", default="../shared/eval")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--ratings", default="../shared/corpus/ofsted-ilacs/ratings.csv")
    ap.add_argument("--paragraphs", type=int, default=40)
    a = ap.parse_args()
    assistant = build_assistant(Settings(data_dir=Path(a.index)))
    check_compare(assistant, dev_grade_facts(Path(a.eval)))
    check_ratings(assistant, Path(a.ratings))
    check_paragraphs(assistant, a.paragraphs)
    check_seeds(assistant, Path(a.corpus))


if __name__ == "__main__":
    main()
