"""Helpers for the newfam16 documents: newfam15's, unchanged (the text set in Helvetica, which reportlab has built
in, so the probe builds on a machine without fonts-liberation; body, numbered and bulleted paragraphs, three
heading levels kept with what follows, tables with a shaded header row, ``kv``, ``para_block``, ``Numberer``,
``callout``, ``form_head``), with ``build16`` the page template with a running header from page 2, a running
footer with "Page n of N" (or the family's own wording) on every page and the small synthetic note on page 1."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam15"))
from common15 import *  # noqa: F401,F403
from common15 import build15

build16 = build15
