"""The JSON the named API endpoints return: the same as the CLI's --json, and an error object instead
of an exception (the API answers every request)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from assistant.resolve import years_in


def ask_json(assistant: Any, question: str) -> dict[str, Any]:
    return _json_or_error(question, lambda: assistant.ask(question))


def check_json(assistant: Any, claim: str) -> dict[str, Any]:
    return _json_or_error(claim, lambda: assistant.check(claim))


def check_text_json(assistant: Any, text: str) -> dict[str, Any]:
    """Assistant.check_text: the overall verdict, and per claim (parts) its verdict, reason and quote."""
    return _json_or_error(text[:200], lambda: assistant.check_text(text))


def grades_json(assistant: Any, organisations: str) -> dict[str, Any]:
    """Assistant.grades for comma-separated organisations (none: all), one dict per judgement."""
    names = [n.strip() for n in organisations.split(",") if n.strip()]
    try:
        rows = assistant.grades(names or None)
    except Exception as exc:  # noqa: BLE001 - the API answers every request
        return {"question": organisations, "error": f"{type(exc).__name__}: {exc}"}
    return {"organisations": names, "grades": [asdict(r) for r in rows]}


def compare_json(assistant: Any, organisations: str, years: str) -> dict[str, Any]:
    """Assistant.compare over comma-separated organisations and the years named in `years`."""
    compare = getattr(assistant, "compare", None)
    if compare is None:
        return {"error": "compare not available"}
    names = [n.strip() for n in organisations.split(",") if n.strip()]
    wanted = sorted(set(years_in(years)))
    label = f"compare {', '.join(names)} {' '.join(map(str, wanted))}".strip()
    return _json_or_error(label, lambda: compare(names, wanted))


def themes_json(assistant: Any, question: str, years: str = "", organisations: str = "") -> dict[str, Any]:
    """Assistant.themes for a question or topic, the years named in `years` and comma-separated
    organisations (none: all): ThemesResult.to_json(), every theme with its items."""
    themes = getattr(assistant, "themes", None)
    if themes is None:
        return {"error": "themes not available"}
    names = [n.strip() for n in organisations.split(",") if n.strip()]
    wanted = sorted(set(years_in(years)))
    return _json_or_error(
        question or "themes",
        lambda: themes(question, years=wanted or None, organisations=names or None),
    )


def _json_or_error(text: str, call: Callable[[], Any]) -> dict[str, Any]:
    try:
        result = call()
    except Exception as exc:  # noqa: BLE001 - the API answers every request, as the CLI does
        return {"question": text, "error": f"{type(exc).__name__}: {exc}"}
    to_json = getattr(result, "to_json", None)  # Answer, Comparison
    data = to_json() if callable(to_json) else result
    return dict(data) if isinstance(data, dict) else {"question": text, "result": data}
