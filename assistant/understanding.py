"""What a question asks about, decided by meaning first.

Each fact a report states in a fixed place (its dates, grades, lead inspector, lists ...) is a *subject*.
A question is compared with short descriptions of every subject by the same sentence encoder that ranks
passages; word cues add weight but never decide alone, so a paraphrase with none of the cue words still
reaches its fact, and a question that matches no subject well is answered from the reports' sentences.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from ingest.vocabulary import (
    FINDING_ASKED,
    GENERIC_INSPECTORATE_WORDS,
    INSPECTORATE_PATTERNS,
    FindingKind,
    Inspectorate,
)
from vectorstore.interfaces import Embedder


class Subject(StrEnum):
    GRADE = "grade"
    OUTCOME = "outcome"
    DATES = "dates"
    INSPECTOR = "inspector"
    INSPECTORATES = "inspectorates"
    PUBLICATION = "publication"
    PREVIOUS = "previous inspection"
    NEXT = "next inspection"
    PARTNERS = "partners"
    THEME = "theme"
    IMPROVE = "improve"
    STRENGTHS = "strengths"
    TEXT = "text"  # anything else: answered from the reports' own sentences


# How people ask for each subject, in general words (no council, no year): the encoder matches paraphrases.
DESCRIPTIONS: dict[Subject, tuple[str, ...]] = {
    Subject.GRADE: (
        "what grade did the inspection give",
        "how was it rated overall",
        "what was the judgement for overall effectiveness",
        "was it judged good, inadequate, outstanding or requires improvement",
        "what rating did inspectors award",
        "how did they do in the inspection",
        "how good were the services according to inspectors",
        "what did inspectors conclude overall",
        "what did inspectors conclude about the experiences and progress of children",
        "what was the judgement on the impact of leaders",
    ),
    Subject.OUTCOME: (
        "what was the outcome of the area SEND inspection",
        "did they get a positive outcome",
        "were there widespread or systemic failings in SEND arrangements",
        "what did inspectors conclude about experiences and outcomes for children with SEND",
        "how did they do in the SEND inspection",
        "what did they conclude about the arrangements",
        "were there systemic failings",
        "what did the inspection find overall",
    ),
    Subject.DATES: (
        "when did the inspection take place",
        "what were the inspection dates",
        "on what dates did inspectors visit",
        "when were they inspected",
        "which days was the inspection carried out",
        "when did the fieldwork take place",
        "when were inspectors on site",
    ),
    Subject.INSPECTOR: (
        "who was the lead inspector",
        "who led the inspection",
        "which inspector was in charge of the inspection",
        "name of the inspector who headed the inspection team",
    ),
    Subject.INSPECTORATES: (
        "which inspectorates carried out the inspection",
        "which bodies inspected",
        "was it inspected by Ofsted or the Care Quality Commission",
        "which regulators took part in the inspection",
        "was it a joint inspection with another regulator",
        "who carried out the inspection",
    ),
    Subject.PUBLICATION: (
        "when was the report published",
        "what is the publication date of the report",
        "when did the report come out",
    ),
    Subject.PREVIOUS: (
        "when was the previous inspection",
        "when were they last inspected before this",
        "date of the earlier inspection",
        "when had it last been inspected before",
        "when was it previously inspected",
    ),
    Subject.NEXT: (
        "when will the next inspection be",
        "when is the next full inspection due",
        "will there be a monitoring inspection",
    ),
    Subject.PARTNERS: (
        "who is responsible for the services",
        "which council and health board make up the partnership",
        "which organisations are in the local area partnership",
        "who are the partner organisations",
        "who makes up the partnership",
    ),
    Subject.THEME: (
        "what was the theme of the inspection",
        "what did the joint inspection look at",
        "what was the focus of the inspection",
        "which response was inspected",
    ),
    Subject.IMPROVE: (
        "what needs to improve",
        "what did inspectors say must improve",
        "what are the areas for improvement",
        "what recommendations did inspectors make",
        "what should they work on",
        "what are the priorities for action",
        "what weaknesses and concerns did inspectors find",
    ),
    Subject.STRENGTHS: (
        "what is working well",
        "what are the strengths",
        "what are they doing that is effective",
        "what did inspectors praise",
        "what strengths did the inspection find",
        "what positives did the inspection highlight",
        "what good work did inspectors recognise",
        "what does it do effectively",
        "were there any bright spots",
    ),
}

# Word cues: weight only. Each is general English for the subject, not the wording of any question set.
CUES: dict[Subject, re.Pattern[str]] = {
    Subject.GRADE: re.compile(
        r"\bgrade[ds]?\b|\bjudge(?:d|ment|ments)?\b|\brat(?:e|ed|es|ing|ings)\b|\bscore[ds]?\b|"
        r"\boutstanding\b|\binadequate\b|requires?\s+improvement|\boverall\s+effectiveness\b|"
        r"^\s*how\s+(?:is|are|was|were)\s+(?:[\w’'&, -]{1,60}?\s+)?doing\b|\bhow\s+good\s+(?:is|are|was|were)\b",
        re.I,
    ),
    Subject.OUTCOME: re.compile(
        r"\boutcomes?\b|\bsystemic\b|\bwidespread\b|\bfailings?\b|\binconsistent\b|\bpositive\b|\barrangements\b",
        re.I,
    ),
    Subject.DATES: re.compile(
        r"\bwhen\b|\bdates?\b|\bwhat\s+days?\b|\bwhich\s+(?:days?|weeks?|month)\b|\btake\s+place\b|\btook\s+place\b|"
        r"\b(?:what|which)\s+period\b",
        re.I,
    ),
    Subject.INSPECTOR: re.compile(
        r"\b(?:lead|reporting|chief|head)\s+inspector\b|\bwho\s+(?:led|headed|ran|was\s+in\s+charge)\b|"
        r"\binspector\b|\bled\b|\bheaded\b|\bteam\s+leader\b|"
        # "which inspectors carried out the visit?", "who were the inspectors?": the team's names
        r"\b(?:which|what)\s+inspectors\b|\bwho\s+were\s+the\s+inspectors\b|\bnames?\s+of\s+the\s+inspectors\b",
        re.I,
    ),
    Subject.INSPECTORATES: re.compile(
        r"\binspectorates?\b|\bregulators?\b|\bwhich\s+bod(?:y|ies)\b|\bwho\s+(?:inspected|carried\s+out)\b|\bjointly\b|"
        r"\binvolved\s+in\s+(?:the\s+)?inspect",
        re.I,
    ),
    Subject.PUBLICATION: re.compile(r"\bpublish\w*\b|\bpublication\b|\bcome\s+out\b|\breleased?\b", re.I),
    Subject.PREVIOUS: re.compile(
        r"\bprevious(?:ly)?\b|\blast\s+(?:been\s+)?inspected\b|\bbefore\s+(?:that|this|then)\b|\bprior\b|\bearlier\b|"
        r"\bbefore\s+the\s+(?:(?:19|20)\d\d\s+)?(?:one|inspection|visit)\b",
        re.I,
    ),
    Subject.NEXT: re.compile(
        r"\bnext\b|\bdue\b|\bfollow[- ]?up\b|\bmonitoring\s+inspection\b|\brevisit\b", re.I
    ),
    Subject.PARTNERS: re.compile(
        r"\bresponsible\b|\bpartners?\b|\bintegrated\s+care\s+board\b|\bICB\b|\bmake\s+up\b", re.I
    ),
    Subject.THEME: re.compile(
        r"\btheme\b|\bfocus(?:ed)?\s+on\b|\bfocus\b|\blook(?:ed)?\s+at\b|\bdeep\s+dive\b", re.I
    ),
    Subject.IMPROVE: re.compile(
        r"(?<!requires )(?<!require )\bimprove(?:d|ment|ments)?\b|\brecommend\w*\b|\bweakness(?:es)?\b|"
        r"\bcauses?\s+of\s+concern\b|\bshortcomings?\b|\bpriorit\w*\b|\bwork\s+on\b|\bdo\s+better\b|\bfix\b|"
        r"\baddress\b|\bareas?\s+for\b|\bneeds?\s+to\b|\bmust\b|\bshould\b",
        re.I,
    ),
    Subject.STRENGTHS: re.compile(
        r"\bstrengths?\b|\bworking\s+well\b|\bdoing\s+well\b|\beffective(?:ly)?\b|\bpraised?\b|\bgood\s+practice\b|"
        r"\bwent\s+well\b|\bpositives\b|\b(?:does|do|did|done)\s+well\b",
        re.I,
    ),
}
CUE_WEIGHT = 0.15
TERSE_WORDS = 2  # a focus of this few words that names a subject's cue asks for that subject
# A clause that concedes something before the question proper ("Despite the failings, ...", "Although it was
# rated good, ...")
_CONCEDED = re.compile(
    r"^\W*(?:despite|although|though|even\s+though|whilst|while|for\s+all)\b[^,?]{1,80},\s*|"
    # "When children are taken into police protection out of hours, who places them?": the clause says when,
    # the question after it says what is asked
    r"^\W*(?:when|if|once|where)\b(?!\s+(?:was|were|is|are|did|does|do|has|have|had|will|would)\b)[^,?]{8,100},\s*"
    r"(?=(?:who|what|which|how|where|when|why|do|does|did|is|are|was|were)\b)",
    re.I,
)
# A subject wins only above this combined score, and clearly ahead of the reports' sentences (TEXT).
MIN_SUBJECT_SCORE = 0.55
PLAIN_FORM_SCORE = 0.8  # a question whose form alone says which subject it asks ("when was ... published?")
_AREA_AND_FORM_WORDS = set(
    "what which how did does do was were the a an of in on at to for and or by about ofsted inspectors inspection "
    "conclude concluded say said find found think judge judged rate rated grade graded overall effectiveness impact "
    "leaders leadership social work practice children child families experiences progress need needs help "
    "protection care leavers looked after services service with who".split()
)


def _few_topic_words(focus: str) -> bool:
    for pattern in INSPECTORATE_PATTERNS.values():
        focus = pattern.sub(" ", focus)  # "the requirements HIS set": who set them, no topic
    words = [w for w in re.findall(r"[a-z]+", focus.lower()) if len(w) > 2 and w not in _AREA_AND_FORM_WORDS]
    return len(words) <= 2


# What people call an inspectorate ("the watchdog", "the regulator")
_COLLOQUIAL_INSPECTORS = re.compile(
    r"\b(?:"
    + "|".join(sorted(w for w in GENERIC_INSPECTORATE_WORDS if not w.startswith("inspect")))
    + r")\b",
    re.I,
)


def _as_inspectors(match: re.Match[str]) -> str:
    if re.search(r"\b(?:which|what)\s+$", match.string[: match.start()], re.I):
        return "inspectorates" if match.group(0).lower().endswith("s") else "inspectorate"
    return "inspectors"


# A report's own list named ("its recommendations", "the legal must-dos", "areas for improvement"); bare
# "concerns" is as often a topic ("concerns about missing children") as the list
_LIST_NAMED = re.compile(
    "|".join(p.pattern for k, p in FINDING_ASKED.items() if k != FindingKind.CAUSE_OF_CONCERN)
    + r"|\bcauses?\s+of\s+concern\b|\bmatters?\s+of\s+concern\b",
    re.I,
)


# "what matters of concern did the coroner raise in ...": the list named first, then who raised it where
_CONCERNS_RAISED = r"^\W*what\s+matters\s+of\s+concern\s+(?:did|does|has|have)\b"

# "list the operational recs cjini made on domestic abuse", "what were the 3 recommendations": a report's list
# asked for by name, whatever else the question says of it
_LISTS_A_LIST = re.compile(
    r"^\W*(?:list|give\s+me|what\s+(?:are|were))\s+(?:all\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:recommendations?|recs|areas?\s+for\s+(?:improvement|priority\s+action)|"
    r"requirements|priority\s+actions|next\s+steps|matters\s+of\s+concern)\b|" + _CONCERNS_RAISED,
    re.I,
)


def lists_a_list(question: str) -> bool:
    return bool(_LISTS_A_LIST.search(question))


def _names_a_list_only(focus: str) -> bool:
    """The question names one of a report's lists and little else: it asks for the list ("what legal must-dos
    did Ofsted give?"), not for a topic within it ("what did it recommend about foster carers' training?")."""
    return bool(_LIST_NAMED.search(focus)) and _few_topic_words(_LIST_NAMED.sub(" ", focus))


_GRADE_WORD = re.compile(r"\b(?:good|outstanding|inadequate|adequate|requires?\s+improvement)\b", re.I)
_COUNT = re.compile(
    r"\bhow\s+many\b|\bhow\s+much\b|\bnumber\s+of\b|\bwhat\s+(?:proportion|percentage|share)\b", re.I
)
_DONE = re.compile(
    r"\b(?:ha(?:d|s|ve)|having)\s+(?:been\s+)?(?:made|achieved|delivered|introduced|implemented|put\s+in\s+place)\b",
    re.I,
)

# "When did HSSIB publish its report on deterioration on virtual wards?", "when was the Baby Rory review
# published?": when a report came out, however many words name it
_REPORT_NOUN = r"(?:report|review|letter|judgement|investigation|findings|assessment|inspection)"
_WHEN_PUBLISHED = re.compile(
    rf"^\W*when\s+(?:did|was|were|will|is)\b[^?]{{0,80}}?\b{_REPORT_NOUN}\b[^?]{{0,80}}?\b(?:published|released|"
    rf"come\s+out|came\s+out)\b|^\W*when\s+(?:did|does|will)\s+[^?]{{0,40}}?\b(?:publish|release)\s+"
    rf"(?:its|their|the|a|his|her)\s+(?:[\w-]+\s+){{0,2}}?{_REPORT_NOUN}\b|"
    # "when was wyndlow's CSPR on baby rory published": whatever names it, "published" closes the question
    # ("released" is as often a person's release from custody)
    r"^\W*when\s+(?:was|were|is)\b[^?]{0,100}?\bpublished\s*\??\s*$",
    re.I,
)
# "what did the partnership's review into baby rory recommend?": the report's recommendations, however many
# words name the report
_WHAT_RECOMMENDED = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have)\b[^?]{0,120}?\brecommend(?:ed)?\s*\??\s*$|"
    + _CONCERNS_RAISED
    + r"|^\W*what\s+matters\s+of\s+concern\s*\??\s*$",
    re.I,
)
# "Who from the force promised ...", "who said ...": a person quoted in the documents, whom the sentences
# name, not who inspected (even where "the inspectorate" is the promise's object)
_SPEAKER = re.compile(
    r"\bwho\b(?:\s+[\w’'-]+){0,4}?\s+(?:said|says|promised|pledged|vowed|responded|welcomed|told|"
    r"apologi[sz]ed|admitted|warned|insisted|stressed|acknowledged|commented|added|claimed|accepted|"
    r"described|called|urged|announced|defended)\b",
    re.I,
)


# "Did the inspectorate see any progress?", "what did the regulator say about ...": the inspectorate does the
# finding, and what it found is asked, not who inspected ("which inspectorate found ..." still asks who)
_INSPECTORATE_ACTS = re.compile(
    r"(?<!which\s)(?<!what\s)\b(?:inspectorates?|regulators?)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:see|saw|seen|find|finds|found|say|says|said|note|notes|noted|think|thought|want|wanted|ask|asked|tell|"
    r"told|describe|described|highlight|highlighted|recommend|recommended|praise|praised|criticis\w*|"
    r"flag|flagged|raise|raised|conclude|concluded|make\s+of|identify|identified|"
    # "how did care inspectorate wales rate leadership ...": the grade it gave is asked
    r"rate|rated|grade|graded|judge|judged|score|scored)\b",
    re.I,
)

# "who led the iopc investigation into darren hollis's death": the form alone asks who led it
_WHO_LED_IT = re.compile(
    r"\bwho\s+(?:led|headed|was\s+in\s+charge\s+of)\b.{0,80}\b(?:inspection|visit|review|assessment|investigation)\b|"
    # a review's or an investigation's own word for who led it ("who was the independent reviewer for ...")
    r"^\W*who\s+(?:was|were|is)\s+the\s+(?:\w+\s+)?(?:reviewer|investigator|author)\b",
    re.I,
)
_LED = re.compile(
    r"\bwho\s+(?:led|headed|was\s+in\s+charge\s+of)\b.{0,80}\b(?:inspection|visit|review|assessment|investigation|"
    r"team)\b|"
    # "who was on the cqc team?": the inspection's team (a council's own team is named otherwise)
    r"\bwho\s+(?:was|were)\s+(?:on|in)\s+the\s+(?:(?:"
    + "|".join(re.escape(i.value) for i in Inspectorate)
    + r"|inspection|inspecting)\s+)?team\b|\binspection\s+team\b|"
    r"^\W*who\s+(?:led|headed)\s+the\b|"  # the inspection's name is gone by now: scoping used it
    r"\blead\s+inspector\b|\bteam\s+leader\b",
    re.I,
)


@dataclass
class SubjectScores:
    best: Subject
    scores: dict[Subject, float] = field(default_factory=dict)

    def ranked(self) -> list[tuple[Subject, float]]:
        return sorted(self.scores.items(), key=lambda kv: -kv[1])


class SubjectModel:
    """Scores a question against every subject's descriptions with the given encoder (embedded once)."""

    def __init__(self, embedder: Embedder | None) -> None:
        self._embedder = embedder
        self._vectors: dict[Subject, np.ndarray] | None = None
        self._lock = threading.Lock()

    def _subject_vectors(self) -> dict[Subject, np.ndarray] | None:
        if self._embedder is None:
            return None
        with self._lock:
            if self._vectors is None:
                vectors: dict[Subject, np.ndarray] = {}
                for subject, texts in DESCRIPTIONS.items():
                    vectors[subject] = np.asarray(self._embedder.embed(list(texts)))
                self._vectors = vectors
        return self._vectors

    def score(self, focus: str, names_area: bool = False) -> SubjectScores:
        # "Despite the failings, what did inspectors find effective?": the clause conceded is context
        focus = _CONCEDED.sub("", focus, count=1) or focus
        # "when did the watchdog visit?" is asked of the inspectors, "which watchdogs ...?" of the inspectorates
        focus = _COLLOQUIAL_INSPECTORS.sub(_as_inspectors, focus)
        scores: dict[Subject, float] = {}
        vectors = self._subject_vectors()
        if vectors is not None and focus.strip():
            query = np.asarray(self._embedder.embed([focus]))[0]  # type: ignore[union-attr]
            for subject, matrix in vectors.items():
                scores[subject] = float(np.max(matrix @ query))
        else:
            scores = {subject: 0.4 for subject in DESCRIPTIONS}  # no encoder: cues decide among subjects
        terse = len(re.findall(r"[A-Za-z]{3,}", focus)) <= TERSE_WORDS
        for subject, pattern in CUES.items():
            if pattern.search(focus):
                # "hmcpsi recommendations", "bedford dates": a cue and next to nothing else says it all
                scores[subject] = scores.get(subject, 0.0) + CUE_WEIGHT * (2 if terse else 1)
        if names_area and _few_topic_words(focus):
            # a judgement area and little else is named ("what about the impact of leaders?"): the areas are
            # what the judgement table grades. A question with a topic of its own asks about that topic.
            scores[Subject.GRADE] += CUE_WEIGHT
            if _GRADE_WORD.search(focus):
                scores[Subject.GRADE] += CUE_WEIGHT  # "was help and protection good?"
        if _names_a_list_only(focus) or lists_a_list(focus):
            scores[Subject.IMPROVE] += 2 * CUE_WEIGHT
        if _WHAT_RECOMMENDED.search(focus):
            scores[Subject.IMPROVE] = max(scores[Subject.IMPROVE] + 2 * CUE_WEIGHT, PLAIN_FORM_SCORE)
        if _COUNT.search(focus):
            # "how many ...": a number, not a list or a date
            for subject in (Subject.IMPROVE, Subject.STRENGTHS, Subject.DATES):
                scores[subject] -= 2 * CUE_WEIGHT
        if _LED.search(focus):
            scores[Subject.INSPECTOR] += (
                2 * CUE_WEIGHT
            )  # "who led the ... inspection": however long the "..."
        if _WHO_LED_IT.search(focus):
            scores[Subject.INSPECTOR] = max(scores[Subject.INSPECTOR], PLAIN_FORM_SCORE)
        if _WHEN_PUBLISHED.search(focus):
            # "when did HSSIB publish its report on ...", "when was wyndlow's CSPR on baby rory published": the
            # form alone says what is asked, however long (and however unlike a description) the name between
            scores[Subject.PUBLICATION] = max(scores[Subject.PUBLICATION] + 2 * CUE_WEIGHT, PLAIN_FORM_SCORE)
        if _SPEAKER.search(focus):
            for subject in (Subject.INSPECTOR, Subject.INSPECTORATES):
                scores[subject] -= 2 * CUE_WEIGHT
        if _INSPECTORATE_ACTS.search(focus):
            scores[Subject.INSPECTORATES] -= 2 * CUE_WEIGHT
        if _DONE.search(focus):
            scores[Subject.IMPROVE] -= 2 * CUE_WEIGHT  # improvements made are not improvements asked for
        best, value = max(scores.items(), key=lambda kv: kv[1])
        if value < MIN_SUBJECT_SCORE or _COUNT.search(focus):
            best = Subject.TEXT  # "how many ...": a number, which the reports' sentences give
        return SubjectScores(best, scores)
