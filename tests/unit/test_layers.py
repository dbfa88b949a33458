"""Dependencies point inward: no package imports one above it (read from the source with ast, every import
statement counted, inside functions and TYPE_CHECKING blocks too).

    edges      inspectchat (CLI, settings, factory), web (the app), app.py
    render     text, Markdown, CSV, HTML of the results
    assistant  questions, answers, claims, comparisons
    vectorstore  the stores behind the index
    ingest     sources, parsing, facts, chunks (imports no store: it writes to a DocumentSink)

vectorstore reads ingest's plain data classes (ingest.models) and nothing else of ingest.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EDGES = ("inspectchat", "web", "app")

# package -> top-level packages it may not import
FORBIDDEN = {
    "ingest": ("vectorstore", "assistant", "render", *EDGES),
    "vectorstore": ("assistant", "render", *EDGES),
    "assistant": ("render", *EDGES),
    "render": EDGES,
}
# modules of ingest that vectorstore may read: plain data only
VECTORSTORE_MAY_READ = {"ingest.models"}

# Known violations waiting for their owner, each with the reason; test_pending_violations_are_real fails
# once one is fixed, so the entry is removed with the fix.
PENDING: dict[tuple[str, str], str] = {}


def imports_of(path: Path) -> list[str]:
    """Every module an import statement in the file names (absolute imports; the project uses no others)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def violations() -> set[tuple[str, str]]:
    """(file, imported module) for every import that points outward."""
    found = set()
    for package, forbidden in FORBIDDEN.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            for module in imports_of(path):
                top = module.split(".")[0]
                outward = top in forbidden
                if package == "vectorstore" and top == "ingest":
                    outward = module not in VECTORSTORE_MAY_READ
                if outward:
                    found.add((path.relative_to(ROOT).as_posix(), module))
    return found


def test_no_package_imports_one_above_it() -> None:
    assert sorted(violations() - set(PENDING)) == []


@pytest.mark.parametrize("pending", sorted(PENDING))
def test_pending_violations_are_real(pending: tuple[str, str]) -> None:
    assert pending in violations(), f"{pending} is fixed: remove it from PENDING"


def test_the_check_sees_an_outward_import(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nimport json\nif TYPE_CHECKING:\n    from web.app import build_app\n"
        "def f():\n    import vectorstore.index\n",
        encoding="utf-8",
    )
    assert imports_of(module) == ["typing", "json", "web.app", "vectorstore.index"]


def test_ingest_models_is_plain_data() -> None:
    """What vectorstore reads of ingest imports nothing of the project."""
    modules = imports_of(ROOT / "ingest" / "models.py")
    assert [
        m for m in modules if m.split(".")[0] in {"ingest", "vectorstore", "assistant", "render", *EDGES}
    ] == []
