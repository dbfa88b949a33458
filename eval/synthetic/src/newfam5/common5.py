"""Helpers for the newfam5 documents: the newfam2 styles plus a page template with a running header, a running
footer and page numbers (``build_pages``; ``build5`` is its newfam5 form)."""

import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam2"))  # the shared helpers
from common import *  # noqa: F401,F403  (styles, P, h1..h3, bullets, numbered, table, sp)

NOTE = "Synthetic document created for evaluation purposes. All organisations, people and figures are fictional."


def out_path(rel):
    path = os.path.join(os.environ["SYNTHETIC_OUT"], rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def numbered_from(items, counter):
    """Numbered paragraphs whose numbers run on through the document: counter is a one-item list."""
    res = []
    for text in items:
        counter[0] += 1
        res.append(Paragraph(esc(text), NUM, bulletText=f"{counter[0]}."))
    return res


def build_pages(path, story, header_left="", header_right="", footer_left="", page_fmt="{n}", title="",
                author="", note=NOTE, header_on_first=False, footer_on_first=True):
    """A PDF with a running header (from page 2, or from page 1 with ``header_on_first``), a running footer
    and page numbers (page 1 too with ``footer_on_first``), and the small synthetic note on page 1."""
    def on_page(c, d):
        c.saveState()
        c.setFont("LSans", 8)
        if header_left and (d.page > 1 or header_on_first):
            c.drawString(20 * mm, A4[1] - 12 * mm, header_left)
            if header_right:
                c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, header_right)
            c.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        if d.page == 1:
            c.setFont("LSans", 7)
            c.drawString(20 * mm, 14 * mm, note)
            c.setFont("LSans", 8)
        if d.page > 1 or footer_on_first:
            if footer_left:
                c.drawString(20 * mm, 10 * mm, footer_left)
            c.drawRightString(A4[0] - 20 * mm, 10 * mm, page_fmt.format(n=d.page))
        c.restoreState()

    doc = SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=author,
        subject="Synthetic test document",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def build5(path, story, header_left, header_right="", footer_left="", page_fmt="{n}", title="", author="",
           note=NOTE, cover_header=False):
    build_pages(path, story, header_left, header_right, footer_left, page_fmt, title, author, note,
                header_on_first=cover_header)
