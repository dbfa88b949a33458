"""The web app: a Gradio UI (Chat, Library, Check a story, Compare, Grades, Themes) and named API endpoints
over one Assistant and its index. Run it with `inspectchat serve` or `python app.py`.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import gradio as gr

from inspectchat.settings import Settings
from vectorstore.index import Index
from web.library import document_choices, filter_choices, library_rows, year_choices
from web.paths import Folders
from web.views.api import api_endpoints
from web.views.chat import chat_tab
from web.views.check import check_tab
from web.views.common import PRIVATE, Parts
from web.views.compare import compare_tab
from web.views.grades import grades_tab
from web.views.library import library_tab
from web.views.themes import themes_tab

__all__ = ["CSS", "build_app", "launch", "launch_options", "main", "parse_auth", "warm_in_background"]

log = logging.getLogger(__name__)

CSS = """
.cite-card {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 12px; margin: 6px 0;}
.cite-title {font-weight: 600;}
.cite-meta, .cite-source {font-size: 0.85em; opacity: 0.75;}
.cite-quote {margin: 6px 0; padding-left: 8px; border-left: 3px solid #e6a100;}
mark {background: #ffe066; color: inherit; padding: 0 1px;}
.page-text {max-height: 420px; overflow-y: auto; font-size: 0.9em;}
#check-summary, #compare-summary, #grades-summary, #themes-summary {font-size: 1.05em;}
"""


def parse_auth(text: str | None) -> list[tuple[str, str]] | None:
    """'user:pw,user2:pw2' -> [(user, pw), (user2, pw2)]; None when no logins are configured."""
    if not text or not text.strip():
        return None
    pairs = []
    for item in text.split(","):
        user, sep, password = item.strip().partition(":")
        if not sep or not user or not password:
            raise ValueError("auth must be 'user:password' pairs separated by commas")
        pairs.append((user, password))
    return pairs


def build_app(assistant: Any, settings: Settings, index: Index | None = None) -> gr.Blocks:
    """The app over an Assistant (or a stand-in with its methods) and the index it reads (page texts and
    originals for the previews, ingest and removal in the Library; None: no library)."""
    parts = Parts(assistant, settings, index)
    with gr.Blocks(title="Inspection Chat", analytics_enabled=False) as demo:
        gr.Markdown("# Inspection Chat\nAnswers from inspection reports, each with the passage it rests on.")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                chat = chat_tab(parts)
            with gr.Tab("Library", id="library"):
                lib = library_tab(parts)
            with gr.Tab("Check a story", id="check"):
                check_tab(parts)
            with gr.Tab("Compare", id="compare"):
                comp = compare_tab(parts)
            with gr.Tab("Grades", id="grades"):
                grades = grades_tab(parts)
            with gr.Tab("Themes", id="themes"):
                themes = themes_tab(parts)
        api_endpoints(parts)

        targets = [chat[k] for k in ("empty", "orgs", "insps", "types", "year_from", "year_to")]
        targets += [lib["table"], lib["doc"], comp["orgs"], comp["years"], grades["orgs"]]
        targets += [themes["years"], themes["orgs"]]
        demo.load(lambda query: _choices(assistant, query), [lib["query"]], targets, **PRIVATE)
        for event in lib["events"]:
            event.then(lambda query: _choices(assistant, query), [lib["query"]], targets, **PRIVATE)
    return demo


def _choices(assistant: Any, query: str) -> tuple:
    """Every tab's choices from what the index holds now (at load, and after the library changes)."""
    docs = assistant.documents
    inspectorates, types = filter_choices(docs)
    orgs = [o.name for o in assistant.directory.organisations()]
    years = year_choices(docs)
    return (
        gr.Markdown(visible=not docs),
        gr.Dropdown(choices=orgs),
        gr.Dropdown(choices=inspectorates),
        gr.Dropdown(choices=types),
        gr.Dropdown(choices=years),
        gr.Dropdown(choices=years),
        library_rows(docs, query),
        gr.Dropdown(choices=document_choices(docs), value=None),
        gr.Dropdown(choices=orgs),
        gr.Dropdown(choices=years),
        gr.Dropdown(choices=orgs),
        gr.Dropdown(choices=years),
        gr.Dropdown(choices=orgs),
    )


def launch_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for Blocks.launch: address, logins, upload limit, the one folder files come from."""
    images = Folders(settings.data_dir).page_images
    images.mkdir(parents=True, exist_ok=True)
    return {
        "server_name": settings.host,
        "server_port": settings.port,
        "auth": parse_auth(settings.auth),
        "max_file_size": f"{settings.max_upload_mb}mb",
        "allowed_paths": [str(images.resolve())],
        "css": CSS,
    }


def launch(demo: gr.Blocks, settings: Settings, **overrides: Any) -> Any:
    demo.queue(default_concurrency_limit=settings.concurrency_limit, max_size=settings.max_queue)
    return demo.launch(**{**launch_options(settings), **overrides})


def main(settings: Settings | None = None) -> None:
    """Serve the app over the index in settings.data_dir."""
    from inspectchat.factory import build_assistant, open_index
    from inspectchat.settings import configure_environment

    configure_environment()  # offline before the encoder loads (the CLI and app.py have done it already)
    settings = settings or Settings()
    index = open_index(settings)
    assistant = build_assistant(settings, index)
    warm_in_background(assistant)
    launch(build_app(assistant, settings, index), settings)


def warm_in_background(assistant: Any) -> threading.Thread | None:
    """Start `assistant.library.warm()` (page texts, every finding's embedding: the first library question
    and the Themes tab's first answer are then fast) in a daemon thread; None when there is nothing to warm.
    Answers are right without it; a failure is logged, never raised."""
    warm = getattr(getattr(assistant, "library", None), "warm", None)
    if not callable(warm):
        return None

    def run() -> None:
        try:
            warm()
        except Exception:  # noqa: BLE001 - warming is an optimisation: the app answers without it
            log.warning("warming the library failed; library questions compute what they need", exc_info=True)

    thread = threading.Thread(target=run, name="inspectchat-warm-library", daemon=True)
    thread.start()
    return thread
