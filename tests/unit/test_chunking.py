"""Unit tests for ingest.chunking: sections, numbered paragraphs and list items stay whole; pages are kept."""

from __future__ import annotations

import re

import pytest

from ingest.chunking import blocks_of, chunk_document, running_lines
from ingest.models import Chunk, Page


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def body_of(chunk: Chunk) -> str:
    """The chunk's own text, without the section heading repeated at its top."""
    if chunk.section and chunk.text.startswith(chunk.section + "\n"):
        return chunk.text[len(chunk.section) + 1 :]
    return chunk.text


HEADER = "Inspection of Anytown local authority children’s services\n15 to 26 November 2021 {n}"

PAGE1 = """Inspection of Anytown local
authority children’s services
Inspection dates: 15 to 26 November 2021
Lead inspector: Margaret Burke, Her Majesty’s Inspector
Judgement Grade
The impact of leaders on social work
practice with children and families
Good
Overall effectiveness Good
Leaders in Anytown have improved services for children since the last inspection."""

PAGE2 = (
    HEADER.format(n=2)
    + """
What needs to improve?
◼ The quality and timeliness of support to disabled children.
◼ Engagement of children in return home interviews, and the aggregation of
information to reduce the risk of children going missing.
◼ Partner engagement and influence of the corporate parenting panel.
The experiences and progress of children who need help and
protection: good
1. Children and their families who need help have easy access to the right level of
support through the Integrated Front Door (IFD). Close alignment and joint
working between social workers and early help services enable most children
and families to be helped and have their needs met at the lowest threshold
level.
2. Effective partnership arrangements and the council’s continued investment and
commitment to early help services have strengthened the support and
programmes available for children and their families. Early help practitioners
engage family and professional networks successfully, ensuring that children
quickly get the help they need for their situations to improve.
3. Referral and advice officers are thorough in their approach to
information gathering, working respectfully with parents. They work
tenaciously to ensure that the view"""
)

PAGE3 = (
    HEADER.format(n=3)
    + """
s of children are heard and recorded, and are
completed within allocated timescales.
4. Agencies referring allegations and concerns about adults working with children
receive appropriate and proportionate responses to protect children.
The experiences and progress of children in care and care
leavers: good
5. Children come into care when they need to. Decisions are timely and well
considered, and children live with carers who meet their needs."""
)

PAGE4 = (
    HEADER.format(n=4)
    + """
6. Care leavers are supported well by personal advisers who know them well.
7. The virtual school has a clear understanding of children’s progress."""
)

PAGES = [Page(1, PAGE1), Page(2, PAGE2), Page(3, PAGE3), Page(4, PAGE4)]


def chunk_pages(doc_id: str, pages: list[Page], target_chars: int = 1200) -> list[Chunk]:
    return chunk_document(doc_id, pages, target_chars)


def chunks(target: int = 1200, pages: list[Page] | None = None) -> list[Chunk]:
    return chunk_pages("doc1", PAGES if pages is None else pages, target)


def test_ids_are_deterministic_unique_and_ordered() -> None:
    first, second = chunks(), chunks()
    assert first == second
    assert [c.ordinal for c in first] == list(range(len(first)))
    ids = [c.chunk_id for c in first]
    assert len(ids) == len(set(ids))
    assert all(c.doc_id == "doc1" and c.chunk_id.startswith("doc1:") for c in first)
    assert not {c.chunk_id for c in first} & {c.chunk_id for c in chunk_pages("doc2", PAGES)}


def test_an_edit_changes_only_the_ids_of_the_chunks_it_touches() -> None:
    before = chunks()
    edited = PAGES[:3] + [Page(4, PAGE4.replace("know them well", "know them very well"))]
    after = chunks(pages=edited)

    assert len(after) == len(before)
    changed = [(b.chunk_id, a.chunk_id) for b, a in zip(before, after, strict=True) if b.text != a.text]
    assert len(changed) == 1
    assert changed[0][0] != changed[0][1]
    kept = [(b.chunk_id, a.chunk_id) for b, a in zip(before, after, strict=True) if b.text == a.text]
    assert kept and all(old == new for old, new in kept)


def test_the_same_text_twice_in_a_document_gets_two_ids() -> None:
    page = "A heading?\nThe same short paragraph."
    found = chunk_pages("doc1", [Page(1, page), Page(2, page)], 30)
    assert len(found) == 2
    assert found[0].text == found[1].text
    assert found[0].chunk_id != found[1].chunk_id


def test_running_headers_are_found_and_dropped() -> None:
    shapes = running_lines(PAGES)
    assert "inspection of anytown local authority children’s services" in shapes
    assert "# to # november # #" in shapes
    for chunk in chunks():
        assert "15 to 26 November 2021 2" not in chunk.text
        assert "15 to 26 November 2021 3" not in chunk.text
        assert "Inspection of Anytown local authority children’s services" not in chunk.text
    assert running_lines(PAGES[:2]) == set()  # too few pages to tell


def test_improvement_list_is_one_chunk_under_its_heading() -> None:
    improve = [c for c in chunks() if c.section == "What needs to improve?"]
    assert len(improve) == 1
    text = improve[0].text
    assert text.startswith("What needs to improve?\n")
    assert squash(
        "◼ Engagement of children in return home interviews, and the aggregation of information to reduce "
        "the risk of children going missing."
    ) in squash(text)
    assert text.count("◼") == 3
    assert "Integrated Front Door" not in text  # the next section starts a new chunk
    assert (improve[0].page_start, improve[0].page_end) == (2, 2)


def test_graded_heading_over_two_lines_names_the_section() -> None:
    sections = [c.section for c in chunks()]
    assert "The experiences and progress of children who need help and protection: good" in sections
    assert "The experiences and progress of children in care and care leavers: good" in sections


def test_numbered_paragraphs_are_never_split() -> None:
    without_headers = "\n".join(page.text.split("\n", 2)[2] for page in PAGES[1:])
    paragraphs = re.findall(r"^(\d\. .*?)(?=^\d\. |^The experiences|\Z)", without_headers, re.S | re.M)
    assert len(paragraphs) == 7
    for target in (200, 400, 1200):
        found = chunks(target)
        for paragraph in paragraphs:
            first_line = paragraph.split("\n")[0]
            holders = [c for c in found if first_line in c.text]
            assert len(holders) == 1, (target, first_line)
            if "tenaciously" not in paragraph:  # paragraph 3 runs over the page break, see below
                assert squash(paragraph) in squash(holders[0].text)


def test_later_chunks_of_a_section_repeat_its_heading() -> None:
    found = chunks(target=400)
    help_chunks = [
        c for c in found if c.section.startswith("The experiences and progress of children who need")
    ]
    assert len(help_chunks) >= 2
    assert help_chunks[0].text.startswith("The experiences and progress of children who need help and\n")
    for chunk in help_chunks[1:]:
        assert chunk.text.startswith(chunk.section + "\n")
        assert re.match(r"\d\. ", body_of(chunk))


def test_paragraph_over_a_page_break_spans_both_pages() -> None:
    holder = next(c for c in chunks() if "tenaciously" in c.text)
    assert (holder.page_start, holder.page_end) == (2, 3)
    assert "s of children are heard and recorded" in holder.text


def test_every_line_of_a_chunk_is_on_a_page_it_names() -> None:
    for target in (200, 1200):
        for chunk in chunks(target):
            assert chunk.page_start is not None and chunk.page_end is not None
            assert 1 <= chunk.page_start <= chunk.page_end <= 4
            pages = [squash(p.text) for p in PAGES if chunk.page_start <= (p.number or 0) <= chunk.page_end]
            for line in body_of(chunk).split("\n"):
                assert any(squash(line) in text for text in pages), (chunk.chunk_id, line)


def test_chunks_stay_near_the_target_size() -> None:
    for target in (300, 600, 1200):
        for chunk in chunks(target):
            assert len(chunk.text) <= 2 * target + len(chunk.section) + 1


def test_judgement_table_rows_keep_their_grades() -> None:
    first = chunks()[0]
    assert first.page_start == 1
    assert "practice with children and families\nGood" in first.text
    assert "Overall effectiveness Good" in first.text


def test_a_block_far_larger_than_a_chunk_is_split_between_sentences() -> None:
    sentences = [f"Sentence number {i} says that social workers visit children regularly." for i in range(40)]
    page = Page(1, "Findings\n" + "\n".join(sentences))
    found = chunk_pages("doc1", [page], 300)

    assert len(found) > 3
    rebuilt = " ".join(squash(body_of(c)) for c in found)
    assert squash(" ".join(sentences)) in rebuilt
    for chunk in found:
        assert squash(body_of(chunk)).endswith("regularly.")  # cut only where a sentence ends
        assert len(chunk.text) <= 2 * 300 + len(chunk.section) + 1


def test_text_without_pages() -> None:
    text = """Staffordshire Police told it still needs to improve safeguarding for children

Staffordshire Police still needs to do more to protect children, according to a report published on Friday.

The areas which required further improvement were:

  • The quality of child protection investigations
  • Responses to children reported missing from home
"""
    found = chunk_pages("news1", [Page(None, text)])
    assert found
    assert all(c.page_start is None and c.page_end is None for c in found)
    joined = "\n".join(c.text for c in found)
    assert "• The quality of child protection investigations" in joined
    assert "according to a report published on Friday." in joined


@pytest.mark.parametrize("pages", [[], [Page(1, "")], [Page(1, "  \n\n 3 \n")]])
def test_no_text_no_chunks(pages: list[Page]) -> None:
    assert chunk_pages("doc1", pages) == []


def test_page_numbers_and_footnote_markers_are_not_blocks() -> None:
    blocks = blocks_of([Page(1, "12\nA heading?\nSome prose that ends here.\n3")])
    assert [b.kind for b in blocks] == ["heading", "prose"]
    assert all("12" not in b.text and b.text != "3" for b in blocks)


def test_text_without_sentence_ends_is_cut_so_no_chunk_grows_past_a_bound() -> None:
    # a flattened table or a huge single line: the encoder's memory follows a chunk's length
    chunks = chunk_document("d", [Page(None, "word " * 100_000)], target_chars=1200)
    assert len(chunks) > 100
    assert max(len(c.text) for c in chunks) <= 4 * 1200
    assert sum(len(c.text.split()) for c in chunks) == 100_000  # nothing lost at the cuts
