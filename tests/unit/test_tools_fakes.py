"""Claims, stories, comparisons, grades, the LLM answerer and the eval scorer, on a small fake-embedded index."""

from __future__ import annotations

import json

import pytest
from documents import write_corpus
from fakes import FakeEmbedder, real_index, run
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.compare import UnknownOrganisationError
from assistant.evaluation import first_grade, judge
from assistant.evidence import quote_on_page
from assistant.llm import LLMAnswerer
from assistant.service import Assistant
from render.comparisons import comparison_csv, comparison_markdown
from render.grades import grades_csv


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("tools")
    index = real_index(root / "index", FakeEmbedder())
    assert run(write_corpus(root / "corpus"), index).ok
    return Assistant(index)


def verdict_of(assistant: Assistant, claim: str) -> str | None:
    answer = assistant.check(claim)
    for c in answer.citations:
        assert quote_on_page(assistant.index.catalog, c.doc_id, c.page, c.quote)
    return answer.verdict


def test_lead_inspector_claims(assistant: Assistant) -> None:
    assert (
        verdict_of(assistant, "The lead inspector of the 2021 inspection of Anytown was Jane Smith.")
        == "supported"
    )
    assert (
        verdict_of(assistant, "The lead inspector of the 2021 inspection of Anytown was Tom Jones.")
        == "contradicted"
    )


def test_inspection_date_claims(assistant: Assistant) -> None:
    assert verdict_of(assistant, "Ofsted inspected Anytown from 15 to 26 November 2021.") == "supported"
    assert verdict_of(assistant, "Ofsted inspected Anytown from 15 to 28 November 2021.") == "contradicted"


def test_grade_claim_without_an_area_means_overall(assistant: Assistant) -> None:
    assert verdict_of(assistant, "Ofsted judged Anytown inadequate in 2021.") == "contradicted"
    assert (
        verdict_of(
            assistant,
            "Ofsted judged Anytown's children's services to be requires improvement to be good "
            "overall in 2021.",
        )
        == "supported"
    )


def test_a_year_with_no_inspection_is_not_found(assistant: Assistant) -> None:
    answer = assistant.check("Ofsted judged Anytown outstanding overall in 2019.")
    assert answer.verdict == "not_found"
    assert "2019" in answer.reason


def test_story_claims_carry_the_organisation_and_skip_the_story_itself(assistant: Assistant) -> None:
    story = (
        "Anytown's children's services were judged to require improvement overall in 2021. "
        "Jane Smith was the lead inspector of the 2021 inspection. "
        "Inspectors visited from 15 to 26 November 2021."
    )
    result = assistant.check_text(story)
    verdicts = [p["verdict"] for p in result.parts]
    assert verdicts == ["supported", "supported", "supported"]
    assert result.verdict == "supported"
    assert all(p["source"].endswith(".pdf") for p in result.parts)

    # the indexed news text, pasted back, is no evidence for itself
    text = (
        "Anytown council said it would hire 12 more social workers after the inspection in November 2021. "
        "The council leader said services for children were improving and thanked staff for their work."
    )
    parts = assistant.check_text(text).parts
    assert all(p["verdict"] == "not_found" for p in parts)
    assert "story itself" in parts[0]["reason"]


def test_compare_and_grades(assistant: Assistant) -> None:
    result = assistant.compare(["Anytown"])
    assert [i.grades["overall effectiveness"] for i in result.inspections] == ["requires improvement"]
    assert "| organisation |" in comparison_markdown(result)
    assert comparison_csv(result).startswith("organisation,inspection,source")
    json.dumps(result.to_json())
    rows = assistant.grades(["Borsetshire"])
    assert {(r.area, r.grade) for r in rows} >= {("overall effectiveness", "inadequate")}
    assert grades_csv(rows).splitlines()[0].startswith("organisation,inspectorate")
    with pytest.raises(UnknownOrganisationError, match="Atlantis"):
        assistant.compare(["Atlantis"])


QUESTION = "What did Ofsted find about supervision in Anytown?"


def llm_answer(assistant: Assistant, reply: str):  # type: ignore[no-untyped-def]
    answerer = LLMAnswerer(FakeListChatModel(responses=[reply]), assistant.retriever, assistant.index)
    return answerer.answer(assistant.scope(QUESTION))


def first_passage_words(assistant: Assistant) -> str:
    """Words of the first passage the LLM answerer will show the model (retrieval is deterministic)."""
    scope = assistant.scope(QUESTION)
    passage = assistant.retriever.search(QUESTION, 6, [d.doc_id for d in scope.documents])[0]
    line = next(ln for ln in passage.chunk.text.split("\n") if len(ln.split()) >= 5)
    return " ".join(line.split()[:5])


def test_llm_citations_are_checked(assistant: Assistant) -> None:
    good = json.dumps(
        {
            "answer": "Supervision needs to improve.",
            "citations": [
                {"passage": 1, "quote": first_passage_words(assistant)},
                {"passage": 1, "quote": "a sentence the report never says"},
                {"passage": 99, "quote": "anything"},
            ],
        }
    )
    answer = llm_answer(assistant, good)
    assert not answer.abstained
    assert len(answer.citations) == 1
    assert len(answer.flags) == 2
    for c in answer.citations:
        assert quote_on_page(assistant.index.catalog, c.doc_id, c.page, c.quote)


def test_llm_answer_with_no_valid_citation_abstains(assistant: Assistant) -> None:
    bad = json.dumps({"answer": "Everything is perfect.", "citations": [{"passage": 1, "quote": "made up"}]})
    answer = llm_answer(assistant, bad)
    assert answer.abstained and answer.flags


def test_eval_judge_follows_the_shared_rules() -> None:
    assert first_grade("requires improvement to be good") == "requires improvement"
    assert first_grade("the service was inadequate") == "inadequate"
    q = {"type": "fact", "answers_any": ["good"], "sources": ["x/a.pdf"]}
    assert judge(q, {"answer": "Good.", "citations": [{"source": "corpus/x/a.pdf"}]})[0]
    assert not judge(q, {"answer": "Good.", "citations": []})[0]
    assert not judge(q, {"answer": "Outstanding, not good.", "citations": [{"source": "x/a.pdf"}]})[0]
    none = {"type": "none", "sources": []}
    assert judge(none, {"answer": "", "abstained": True})[0]


def test_a_plain_rating_question_means_overall_effectiveness(assistant: Assistant) -> None:
    answer = assistant.ask("What was Borsetshire's rating in 2017?")
    assert answer.answer.startswith("Inadequate")


def test_which_organisations_got_a_grade(assistant: Assistant) -> None:
    answer = assistant.ask("Which councils were rated inadequate in 2017?")
    assert "Borsetshire" in answer.answer and "Anytown" not in answer.answer
    assert answer.citations and all(c.source.startswith("borsetshire/") for c in answer.citations)
    assert assistant.ask("Which councils were rated outstanding in 2017?").abstained


def test_the_chat_model_comes_from_a_small_config_the_factory_builds() -> None:
    from assistant.config import LLMConfig
    from assistant.llm import LLMConfigError, chat_model
    from inspectchat.factory import llm_config
    from inspectchat.settings import Settings

    settings = Settings(llm_provider="openai", llm_model="m1", llm_base_url="http://127.0.0.1:9/v1")
    config = llm_config(settings)
    assert config == LLMConfig("openai", "m1", "http://127.0.0.1:9/v1", None)
    assert type(chat_model(config)).__name__ == "ChatOpenAI"  # built, not called: nothing is reached
    assert type(chat_model(LLMConfig())).__name__ == "ChatOllama"
    assert "secret" not in repr(LLMConfig("openai", api_key="secret"))
    with pytest.raises(LLMConfigError, match="INSPECTCHAT_LLM_BASE_URL"):
        chat_model(LLMConfig("openai"))
    with pytest.raises(LLMConfigError, match="unknown llm_provider"):
        chat_model(LLMConfig("elsewhere"))
