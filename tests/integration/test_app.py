"""The web app end to end: a real index from generated documents, the server on a free port, driven by
gradio_client (ask, check, check_text, compare, grades, themes, ingest an upload then ask about it) and httpx
(file-route safety)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = [pytest.mark.integration, pytest.mark.server, pytest.mark.slow]

TESTSHIRE_Q = "What was the overall effectiveness of Testshire children's services in 2023?"


def write_report(path: Path, council: str, dates: str, year: int, grade: str) -> Path:
    """A two-page PDF laid out like an Ofsted children's services report (judgement table on page 1)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pages = [
        [
            f"Inspection of {council} local authority children’s services",
            f"Inspection dates: {dates}",
            "Lead inspector: Jane Doe, His Majesty’s Inspector",
            "",
            "Judgement Grade",
            "The impact of leaders on social work practice with children and families Good",
            f"The experiences and progress of children who need help and protection {grade}",
            f"The experiences and progress of children in care {grade}",
            f"The experiences and progress of care leavers {grade}",
            f"Overall effectiveness {grade}",
        ],
        [
            f"Since the last inspection in {year - 4}, leaders in {council} have strengthened the front door.",
            "Social workers know their children well and visit them regularly.",
            "What needs to improve in this local authority?",
            "• The quality of supervision for social workers.",
        ],
    ]
    for lines in pages:
        for n, line in enumerate(lines):
            pdf.drawString(60, 780 - 20 * n, line)
        pdf.drawString(60, 40, "Ofsted")  # the footer names the inspectorate
        pdf.showPage()
    pdf.save()
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Served:
    url: str
    client: Any  # gradio_client.Client
    assistant: Any
    index: Any
    settings: Any
    corpus: Path
    tmp: Path


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    from gradio_client import Client

    from ingest.pipeline import ingest
    from inspectchat.factory import build_assistant, open_index
    from inspectchat.settings import Settings
    from web import app

    tmp = tmp_path_factory.mktemp("app")
    corpus = tmp / "corpus"
    write_report(corpus / "testshire" / "report-2023.pdf", "Testshire", "1 to 5 May 2023", 2023, "Good")
    write_report(
        corpus / "testshire" / "report-2018.pdf",
        "Testshire",
        "5 to 16 March 2018",
        2018,
        "Requires improvement",
    )
    (corpus / "news").mkdir()
    (corpus / "news" / "testshire-update.txt").write_text(
        "Testshire council praised by inspectors\n\nInspectors said in 2023 that Testshire children's services "
        "had improved, and made 3 recommendations about supervision.\n",
        encoding="utf-8",
    )
    settings = Settings(data_dir=tmp / "data", port=free_port(), max_upload_mb=1)
    index = open_index(settings)
    assert ingest([str(corpus)], index, progress=False).ok
    assistant = build_assistant(settings, index)
    demo = app.build_app(assistant, settings, index)
    app.launch(demo, settings, prevent_thread_lock=True, quiet=True)
    url = f"http://127.0.0.1:{settings.port}/"
    try:
        yield Served(url, Client(url, verbose=False), assistant, index, settings, corpus, tmp)
    finally:
        demo.close()
        index.close()


def test_named_endpoints_are_listed(served: Served) -> None:
    api = served.client.view_api(print_info=False, return_format="dict")
    expected = {"/ask", "/check", "/check_text", "/compare", "/grades", "/themes", "/ingest"}
    assert expected == set(api["named_endpoints"])


def test_ask_returns_the_cli_json(served: Served) -> None:
    result = served.client.predict(TESTSHIRE_Q, api_name="/ask")
    assert result == served.assistant.ask(TESTSHIRE_Q).to_json()
    assert result["answer"].startswith("Good") and not result["abstained"]
    citation = result["citations"][0]
    assert (citation["source"], citation["page"], citation["quote"]) == (
        "testshire/report-2023.pdf",
        1,
        "Overall effectiveness Good",
    )


def test_check_gives_a_verdict_with_quotes(served: Served) -> None:
    good = served.client.predict(
        "Ofsted judged Testshire children's services to be good overall in 2023.", api_name="/check"
    )
    bad = served.client.predict(
        "Ofsted judged Testshire children's services to be inadequate overall in 2023.", api_name="/check"
    )
    assert (good["verdict"], bad["verdict"]) == ("supported", "contradicted")
    assert bad["citations"][0]["source"] == "testshire/report-2023.pdf"


def test_check_text_checks_every_claim_of_a_story(served: Served) -> None:
    story = (
        "Ofsted judged Testshire children's services to be inadequate overall in 2023. "
        "The council says it is proud of its social workers. "
        "Inspectors judged Testshire's overall effectiveness to be good in 2023."
    )
    result = served.client.predict(story, api_name="/check_text")
    assert result == served.assistant.check_text(story).to_json()
    assert result["verdict"] == "contradicted"
    assert result["answer"] == "2 claims: 1 supported, 1 contradicted, 0 not_found"
    parts = {p["claim"]: p for p in result["parts"]}
    bad = parts["Ofsted judged Testshire children's services to be inadequate overall in 2023."]
    assert (bad["verdict"], bad["quote"], bad["source"], bad["page"], bad["date"]) == (
        "contradicted",
        "Overall effectiveness Good",
        "testshire/report-2023.pdf",
        1,
        "2023-05-05",
    )
    # the single-claim endpoint is unchanged
    single = served.client.predict(bad["claim"], api_name="/check")
    assert single == served.assistant.check(bad["claim"]).to_json() and single["verdict"] == "contradicted"


def test_compare_answers_as_json(served: Served) -> None:
    result = served.client.predict("Testshire", "2018 and 2023", api_name="/compare")
    assert result == served.assistant.compare(["Testshire"], [2018, 2023]).to_json()
    assert [
        (i["organisation"], i["year"], i["grades"]["overall effectiveness"]) for i in result["inspections"]
    ] == [
        ("Testshire", 2018, "requires improvement"),
        ("Testshire", 2023, "good"),
    ]
    overall = next(c for c in result["changes"] if c["area"] == "overall effectiveness")
    assert (overall["from"], overall["to"], overall["change"]) == ("requires improvement", "good", "improved")
    assert result["summary"] == [
        "Testshire: overall effectiveness improved between 2018 and 2023 (requires improvement → good)."
    ]
    cited = result["inspections"][1]["citations"][0]
    assert (cited["source"], cited["page"]) == ("testshire/report-2023.pdf", 1)
    missing = served.client.predict("Testshire", "2020", api_name="/compare")
    assert missing["inspections"] == [] and missing["missing"] == [
        "No inspection of Testshire in 2020 is in the index."
    ]
    unknown = served.client.predict("Nowhereshire", "", api_name="/compare")
    assert "no organisation in the index matches" in unknown["error"]


def test_grades_answers_as_json(served: Served) -> None:
    result = served.client.predict("Testshire", api_name="/grades")
    overall = [
        (g["inspection_end"], g["grade"]) for g in result["grades"] if g["area"] == "overall effectiveness"
    ]
    assert overall == [("2018-03-16", "requires improvement"), ("2023-05-05", "good")]
    assert all(g["quote"] and g["page"] == 1 for g in result["grades"])


def test_themes_answer_as_json(served: Served) -> None:
    question = "most common areas for improvement"
    result = served.client.predict(question, "", "", api_name="/themes")
    assert result == served.assistant.themes(question).to_json()
    (theme,) = result["themes"]  # supervision, in both Testshire reports
    assert (theme["reports"], theme["findings"]) == (2, 2) and "upervision" in theme["label"]
    assert {(i["source"], i["page"]) for i in theme["items"]} == {
        ("testshire/report-2018.pdf", 2),
        ("testshire/report-2023.pdf", 2),
    }
    one_year = served.client.predict(question, "2023", "Testshire", api_name="/themes")
    assert (one_year["reports"], one_year["findings"], one_year["themes"]) == (1, 1, [])
    assert "of inspections of Testshire in 2023" in one_year["scope"]


def test_the_tabs_views_over_the_real_index(served: Served) -> None:
    from web import chat, grades, story, themes
    from web.compare import compare_view
    from web.preview import preview_citation

    check = story.check_story(served.assistant, "Ofsted judged Testshire to be inadequate overall in 2023.")
    assert check.rows[0][1] == "Contradicted" and check.citations[0] is not None
    citation = chat.pick(check.citations, 0)
    preview = preview_citation(served.index.catalog, citation, served.settings.data_dir / "page-images")
    assert preview.image and Path(preview.image).is_file()  # the page, rendered, with the quote highlighted
    view = compare_view(served.assistant, ["Testshire"], [])
    assert [r[3] for r in view.table[1:]] == ["requires improvement", "good"]
    assert [
        "Testshire",
        "overall effectiveness",
        "2018 and 2023",
        "requires improvement",
        "good",
        "improved",
    ] in (view.changes)
    shown = grades.grades_view(served.assistant, ["Testshire"], None)
    assert [(p["date"], p["grade"]) for p in shown.chart] == [("2018-03-16", 2), ("2023-05-05", 3)]
    frame = grades.grades_frame(shown.chart)
    assert frame["grade"].tolist() == [2, 3]
    themed = themes.themes_view(served.assistant, "supervision", [], ["Testshire"])
    assert len(themed.bars) == 1 and themed.bars[0].startswith("1. ") and len(themed.items[0]) == 2
    cited = preview_citation(
        served.index.catalog, themed.citations[0][0], served.settings.data_dir / "page-images"
    )
    assert cited.image and Path(cited.image).is_file()  # a theme's item opens its page


def test_ingest_an_upload_then_ask_about_it(served: Served) -> None:
    from gradio_client import handle_file

    upload = write_report(
        served.tmp / "uploads-in" / "northshire-2024.pdf",
        "Northshire",
        "3 to 14 June 2024",
        2024,
        "Inadequate",
    )
    results = served.client.predict([handle_file(str(upload))], api_name="/ingest")
    assert [(r["source"], r["status"]) for r in results] == [("northshire-2024.pdf", "ingested")]
    answer = served.client.predict(
        "What was the overall effectiveness of Northshire in 2024?", api_name="/ask"
    )
    assert answer["answer"].startswith("Inadequate")
    assert answer["citations"][0]["source"] == "northshire-2024.pdf"
    again = served.client.predict([handle_file(str(upload))], api_name="/ingest")
    assert again[0]["status"] == "unchanged"


def test_a_file_that_is_not_a_document_fails_with_a_reason(served: Served) -> None:
    from gradio_client import handle_file

    junk = served.tmp / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 40)
    results = served.client.predict([handle_file(str(junk))], api_name="/ingest")
    assert results[0]["status"] == "failed" and results[0]["reason"]


def test_oversize_upload_is_refused(served: Served) -> None:
    big = b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 100)  # max_upload_mb=1
    response = httpx.post(served.url + "gradio_api/upload", files={"files": ("big.pdf", big)}, timeout=30)
    assert response.status_code == 413
    assert "maximum allowed size" in response.text


def test_file_route_refuses_everything_outside_page_images(served: Served) -> None:
    data = served.settings.data_dir.resolve()
    images = data / "page-images"
    refused = [
        "/etc/passwd",
        "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "..%2f..%2f..%2fetc%2fpasswd",
        str(data / "catalog.sqlite"),
        str(images) + "/%2e%2e/catalog.sqlite",
        str(served.corpus.resolve() / "testshire" / "report-2023.pdf"),
        str(Path(__file__).resolve()),
    ]
    for path in refused:
        response = httpx.get(f"{served.url}gradio_api/file={path}", timeout=10)
        assert 400 <= response.status_code < 500, (path, response.status_code)


def test_ingest_refuses_server_paths_that_were_not_uploaded(served: Served) -> None:
    secret = served.tmp / "not-uploaded.txt"
    secret.write_text("Testshire secret minutes: nothing here may be ingested.", encoding="utf-8")
    api = served.url + "gradio_api/call/ingest"
    for path in ("/etc/passwd", str(secret)):
        started = httpx.post(api, json={"data": [[{"path": path, "meta": {"_type": "gradio.FileData"}}]]})
        events = httpx.get(f"{api}/{started.json()['event_id']}", timeout=30).text
        assert "event: error" in events and "complete" not in events
    assert all(d.source != "not-uploaded.txt" for d in served.assistant.documents)


def test_rendered_page_images_are_served(served: Served) -> None:
    from web.preview import preview_citation

    citation = served.assistant.ask(TESTSHIRE_Q).citations[0]
    preview = preview_citation(served.index.catalog, citation, served.settings.data_dir / "page-images")
    assert preview.image and Path(preview.image).parent == served.settings.data_dir / "page-images"
    response = httpx.get(f"{served.url}gradio_api/file={Path(preview.image).resolve()}", timeout=10)
    assert response.status_code == 200 and response.content.startswith(b"\x89PNG")


def test_follow_up_question_carries_the_organisation(served: Served) -> None:
    from assistant.models import Filters
    from web.chat import respond

    first = list(respond(served.assistant, TESTSHIRE_Q, [], Filters(), {}, []))[-1]
    assert first.context == {"organisations": ["Testshire"], "years": [2023]}
    second = list(
        respond(served.assistant, "and in 2019?", first.history, Filters(), first.context, first.turns)
    )[-1]
    reply = second.history[-1]["content"]
    assert "Testshire" in reply and "2019" in reply  # "no inspection of Testshire in 2019; it holds 2023"
    assert "organisation: Testshire" in second.note
    assert len(second.turns) == 2


def test_library_remove_and_reingest(served: Served) -> None:
    from inspectchat.factory import ingest_config
    from web.library import reingest_document, remove_document

    index = served.index
    doc = next(d for d in served.assistant.documents if d.source == "testshire/report-2023.pdf")
    assert "Re-ingested" in reingest_document(index, ingest_config(served.settings), doc.doc_id)
    assert index.catalog.document(doc.doc_id) is not None
    news = next(d for d in served.assistant.documents if d.source.startswith("news/"))
    assert "Removed" in remove_document(index, news.doc_id)
    assert all(d.doc_id != news.doc_id for d in served.assistant.documents)
    assert "Choose a document" in remove_document(index, "")


def test_logins_are_required_when_configured(served: Served) -> None:
    from web import app

    settings = served.settings.model_copy(update={"auth": "ann:secret", "port": free_port()})
    demo = app.build_app(served.assistant, settings, served.index)
    app.launch(demo, settings, prevent_thread_lock=True, quiet=True)
    try:
        url = f"http://127.0.0.1:{settings.port}"
        assert httpx.get(f"{url}/gradio_api/info", timeout=10).status_code == 401
        with httpx.Client(base_url=url, timeout=10) as http:
            assert http.post("/login", data={"username": "ann", "password": "wrong"}).status_code == 400
            assert http.post("/login", data={"username": "ann", "password": "secret"}).status_code == 200
            assert http.get("/gradio_api/info").status_code == 200
    finally:
        demo.close()
