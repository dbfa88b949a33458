"""Words of everyday English, known from general word frequencies (wordfreq), not from the reports.

A word few reports use is not always a topic: "figure", "deal", "phone" or "filled" are rare in inspection
reports but common in how people talk, so a report that never uses one of them is not thereby silent on
the question. "Restorative", "sexting" or "radicalisation" are rare in both: they name what is asked.
"""

from __future__ import annotations

from functools import lru_cache

# Zipf frequency: 3 is about once per million words, 4 ten times. Everyday words are at least this common.
EVERYDAY_ZIPF = 4.0


@lru_cache(maxsize=50_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # loads its word lists on first use, not at import

    return float(zipf_frequency(word, "en"))


def is_everyday(word: str) -> bool:
    return _zipf(word) >= EVERYDAY_ZIPF
