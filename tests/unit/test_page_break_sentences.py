"""A sentence that a page break splits is still a sentence: located on the page it begins on, quoted whole,
and its citation verified against the end of that page and the start of the next (past the running header)."""

from __future__ import annotations

from fakes import FakeEmbedder, memory_index

from assistant.evidence import quote_on_page, sentences_of
from ingest.models import Chunk, DocumentMeta, Page
from ingest.pipeline import chunk_sentences
from ingest.sentences import runs_over_page_break, split_sentences

PAGE_5 = (
    "Most children in care enjoy positive relationships with their social workers. The term\n"
    "‘co-parents’ is used by the authority at the request of children in care to\n"
    "Inspection of Anytown local authority children’s services\n5"
)
PAGE_6 = (
    "Inspection of Anytown local authority children’s services\n6\n"
    "describe their role as corporate parents. Many workers visit children regularly."
)
PAGES = [Page(5, PAGE_5), Page(6, PAGE_6)]
BODY = (
    "Most children in care enjoy positive relationships with their social workers. The term\n"
    "‘co-parents’ is used by the authority at the request of children in care to\n"
    "describe their role as corporate parents. Many workers visit children regularly."
)
CHUNK = Chunk("d:0", "d", BODY, 5, 6, "", 0)
SPANNING = (
    "The term ‘co-parents’ is used by the authority at the request of children in care to describe their "
    "role as corporate parents."
)


def test_a_sentence_over_a_page_break_is_kept_on_the_page_it_begins_on() -> None:
    found = split_sentences(CHUNK, {5: PAGE_5, 6: PAGE_6}.get)
    assert (SPANNING, 5) in found
    assert ("Many workers visit children regularly.", 6) in found
    assert [text for text, _ in found] == [
        "Most children in care enjoy positive relationships with their social workers.",
        SPANNING,
        "Many workers visit children regularly.",
    ]


def test_only_the_end_of_one_page_and_the_start_of_the_next_make_a_sentence() -> None:
    assert runs_over_page_break("at the request of children in care to describe their role", PAGE_5, PAGE_6)
    assert not runs_over_page_break("at the request of children in care to describe", PAGE_6, PAGE_5)
    assert not runs_over_page_break(
        "social workers to describe their role", PAGE_5, PAGE_6
    )  # not one run of text
    assert not runs_over_page_break("a sentence on no page", PAGE_5, "")


def test_its_citation_is_verified_across_the_break() -> None:
    index = memory_index(FakeEmbedder())
    meta = DocumentMeta("d", "d.pdf", "h", "pdf", "A report")
    index.write(meta, PAGES, [CHUNK], chunk_sentences(PAGES, [CHUNK]))
    sentences = {s.text: s.page for s in sentences_of(CHUNK, index.catalog)}
    assert sentences[SPANNING] == 5
    assert quote_on_page(index.catalog, "d", 5, SPANNING)
    assert not quote_on_page(index.catalog, "d", 6, SPANNING)
    assert not quote_on_page(index.catalog, "d", 5, SPANNING.replace("corporate", "foster"))


def test_a_graded_heading_wrapped_over_two_lines_ends_before_a_numbered_paragraph() -> None:
    body = (
        "The experiences and progress of care leavers: requires\n"
        "improvement to be good\n"
        "30.Most older children in care have a personal adviser. They meet them regularly."
    )
    chunk = Chunk("d:1", "d", body, 7, 7, "", 1)
    found = [text for text, _ in split_sentences(chunk, {7: body}.get)]
    assert found == [
        "The experiences and progress of care leavers: requires improvement to be good",
        "Most older children in care have a personal adviser.",
        "They meet them regularly.",
    ]


def test_the_first_paragraph_after_a_judgement_table_is_a_sentence_of_its_own() -> None:
    from ingest.sentences import split_after_graded_headings

    text = (
        "Judgement Grade\nThe experiences and progress of care\nleavers\nGood\nOverall effectiveness Outstanding\n"
        "Since the last inspection, leaders in Sunderland, where services are delegated to\nTogether for "
        "Children, have been good\nat sustaining practice. Help and protection: requires improvement\nChildren "
        "are safe."
    )
    parts = split_after_graded_headings(text)
    assert parts[1] == "Overall effectiveness Outstanding\n"
    # a grade word that wraps mid-sentence, in lower case, ends nothing
    assert parts[2].startswith("Since the last inspection") and "have been good\nat sustaining" in parts[2]
    assert parts[-1] == "Children are safe."


def test_each_row_of_a_key_figures_table_is_a_sentence_of_its_own() -> None:
    from assistant.sentences import is_fragment
    from ingest.sentences import split_after_graded_headings

    text = (
        "Key figures\nMeasure (12 months to 31 December 2024) Figure\nDetainees held in custody 14,860\n"
        "Average detention time (all detainees) 12 hours 47 minutes\nDetentions extended by a superintendent 9.1%\n"
        "Children waited an average of\n3 hours 10 minutes for an appropriate adult, as reported in 2024\nOfsted "
        "found that most waits were shorter."
    )
    parts = split_after_graded_headings(text)
    assert "Average detention time (all detainees) 12 hours 47 minutes\n" in parts
    assert "Detentions extended by a superintendent 9.1%\n" in parts
    # prose wrapped after a figure or a year goes on
    assert parts[-1].startswith("Children waited an average of\n3 hours") and parts[-1].endswith("shorter.")
    # a row that ends in its figure states a fact; a heading does not
    assert not is_fragment("Average detention time (children) 10 hours 31 minutes")
    assert is_fragment("Inspection report 2024")
