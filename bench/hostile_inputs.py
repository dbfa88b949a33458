"""The hostile battery as a table: for every kind in tests/unit/test_hostile_inputs.py, the outcome and the
peak memory of ingesting that one input, each in a fresh process.

Usage, from the repository root:

    .venv/bin/python bench/hostile_inputs.py [--no-embed] [--kinds a,b,...] [--onnx-dir DIR] [--out FILE]

Every kind is made in a temp folder by the test module's makers and run through the ingest stages (find,
read, detect, parse, facts, chunk and, unless --no-embed, the real int8 ONNX encoder on every chunk) in a
subprocess of its own. Columns:

* outcome: ingested (characters, chunks) or the error class and the start of its message;
* main MB: the subprocess's peak resident memory (ru_maxrss), the encoder included; "base" is the same
  process before the input (Python, the ingest modules and the loaded encoder);
* reader MB: the peak of the worker process that read the PDF/HTML/DOCX (0 for text, whose reading is
  in-process); the worker is capped at INSPECTCHAT_MAX_PARSE_MB (512 MB by default);
* s: wall seconds for the whole subprocess, encoder load included.

A kind passes when both peaks are under 1 GB (1,024 MB). The ONNX model is exported once into --onnx-dir
(default .inspectchat/onnx, as the app does) if it is not there yet.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from tests.unit.test_hostile_inputs import KINDS, PEAK_LIMIT_MB, run_kind  # noqa: E402


def short(message: str, folder: str, width: int = 100) -> str:
    message = message.replace(folder + os.sep, "")
    return message if len(message) <= width else message[: width - 1].rstrip() + "…"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-embed", action="store_true", help="leave the encoder out (faster)")
    parser.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    parser.add_argument("--onnx-dir", default=str(REPO / ".inspectchat" / "onnx"))
    parser.add_argument("--out", help="write the rows as JSON")
    args = parser.parse_args()
    os.environ["HOSTILE_ONNX_DIR"] = args.onnx_dir
    kinds = [k for k in args.kinds.split(",") if k] or sorted(KINDS)
    rows = []
    print("| kind | outcome | main MB (base) | reader MB | s |")
    print("|---|---|---|---|---|")
    for kind in kinds:
        with tempfile.TemporaryDirectory(prefix=f"hostile-{kind}-") as folder:
            result = run_kind(kind, Path(folder), in_subprocess=True, embed=not args.no_embed)
            folder = str(Path(folder).resolve())
        outcomes = result["outcomes"]
        parts = []
        for o in outcomes:
            label = f"{o.source}: " if len(outcomes) > 1 else ""
            if o.status == "ingested":
                parts.append(f"{label}ingested ({o.content_type}, {o.chars:,} chars, {o.chunks} chunks)")
            else:
                parts.append(f"{label}**{o.error}**: {short(o.message, folder)}")
        ok = result["main_mb"] < PEAK_LIMIT_MB and result["reader_mb"] < PEAK_LIMIT_MB
        row = {
            "kind": kind,
            "outcome": "; ".join(parts).replace("\n", "\\n").replace("|", "\\|"),
            "main_mb": result["main_mb"],
            "baseline_mb": result["baseline_mb"],
            "reader_mb": result["reader_mb"],
            "seconds": result["seconds"],
            "under_1gb": ok,
        }
        rows.append(row)
        flag = "" if ok else " **OVER 1 GB**"
        print(
            f"| {kind} | {row['outcome']} | {row['main_mb']:,} ({row['baseline_mb']:,}) | "
            f"{row['reader_mb']:,}{flag} | {row['seconds']} |",
            flush=True,
        )
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=1))
    over = [r["kind"] for r in rows if not r["under_1gb"]]
    print(
        f"\n{len(rows)} kinds; every peak under {PEAK_LIMIT_MB:,} MB: {'PASS' if not over else 'FAIL ' + ', '.join(over)}"
    )
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
