"""Helpers for the newfam16 documents, copied from newfam15's common15.py: the text is set in Helvetica, which
reportlab has built in, so the probe builds on a machine without fonts-liberation. Body, numbered and bulleted
paragraphs, three heading levels kept with what follows, tables with a shaded header row, ``kv`` (a label/value
table), ``para_block`` and ``Numberer`` (paragraphs numbered 4.1, 4.2 ...), ``callout`` (a shaded box),
``form_head`` (a numbered, shaded heading) and ``build16``, a page template with a running header from page 2, a
running footer with "Page n of N" (or the family's own wording) on every page and the small synthetic note on
page 1."""

import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as _canvas
from reportlab.platypus import (  # noqa: F401  (re-exported to the document scripts)
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

NOTE = "Synthetic document created for evaluation purposes. All organisations, people and figures are fictional."
FONT, BOLD = "Helvetica", "Helvetica-Bold"

_ss = getSampleStyleSheet()
BODY = ParagraphStyle("body16", parent=_ss["Normal"], fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=7)
NUM = ParagraphStyle("num16", parent=BODY, bulletFontName=FONT, leftIndent=28, bulletIndent=0)
BUL = ParagraphStyle("bul16", parent=BODY, bulletFontName=FONT, leftIndent=16, bulletIndent=4, spaceAfter=4)
H1 = ParagraphStyle("h1_16", parent=BODY, fontName=BOLD, fontSize=16, leading=20, spaceBefore=10, spaceAfter=9,
                    keepWithNext=1)
H2 = ParagraphStyle("h2_16", parent=BODY, fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=9, spaceAfter=5,
                    keepWithNext=1)
H3 = ParagraphStyle("h3_16", parent=BODY, fontName=BOLD, fontSize=11, leading=14, spaceBefore=7, spaceAfter=4,
                    keepWithNext=1)
TITLE = ParagraphStyle("title16", parent=BODY, fontName=BOLD, fontSize=23, leading=29, spaceAfter=14)
SUB = ParagraphStyle("sub16", parent=BODY, fontSize=13, leading=18)
SMALL = ParagraphStyle("small16", parent=BODY, fontSize=8.5, leading=11)
CELL = ParagraphStyle("cell16", parent=BODY, fontSize=9.5, leading=12, spaceAfter=0)
CELLB = ParagraphStyle("cellb16", parent=CELL, fontName=BOLD)
BOXS = ParagraphStyle("box16", parent=BODY, backColor=colors.HexColor("#eef1f6"), borderPadding=7, leftIndent=7,
                      rightIndent=7, spaceBefore=8, spaceAfter=14)
FORMH = ParagraphStyle("formh16", parent=BODY, fontName=BOLD, fontSize=11, leading=15,
                       backColor=colors.HexColor("#e4e4e4"), borderPadding=5, spaceBefore=12, spaceAfter=9,
                       keepWithNext=1)
FORMB = ParagraphStyle("formb16", parent=BODY, leftIndent=10)
FORMN = ParagraphStyle("formn16", parent=FORMB, bulletFontName=FONT, leftIndent=34, bulletIndent=10)


def esc(t):
    return t.replace("&", "&amp;").replace("&amp;amp;", "&amp;")


def out_path(rel):
    path = os.path.join(os.environ["SYNTHETIC_OUT"], rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def P(t, st=BODY):
    return Paragraph(esc(t), st)


def h1(t):
    return Paragraph(esc(t), H1)


def h2(t):
    return Paragraph(esc(t), H2)


def h3(t):
    return Paragraph(esc(t), H3)


def sp(h=6):
    return Spacer(1, h)


def bullets(items):
    return [Paragraph(esc(i), BUL, bulletText="\u2022") for i in items]


def numbered(items, start=1, style=NUM):
    return [Paragraph(esc(i), style, bulletText=f"{n}.") for n, i in enumerate(items, start)]


def para_block(prefix, items):
    """Paragraphs numbered prefix.1, prefix.2 ..."""
    return [Paragraph(esc(t), NUM, bulletText=f"{prefix}.{n}") for n, t in enumerate(items, 1)]


class Numberer:
    """Paragraphs numbered prefix.1, prefix.2 ... that run on across sub-headings: n = Numberer("3"); n(items)."""

    def __init__(self, prefix):
        self.prefix = prefix
        self.n = 0

    def __call__(self, items):
        res = []
        for t in items:
            self.n += 1
            res.append(Paragraph(esc(t), NUM, bulletText=f"{self.prefix}.{self.n}"))
        return res


def callout(text):
    return Paragraph(esc(text), BOXS)


def form_head(n, text):
    """A shaded heading row of the coroner's form: '1    CORONER'."""
    return Paragraph(f"{n}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(text)}", FORMH)


def table(rows, widths=None, header=True, shade=colors.HexColor("#dfe7ef"), bold_first_col=False):
    data = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            st = CELLB if (header and r == 0) or (bold_first_col and c == 0) else CELL
            cells.append(Paragraph(esc(str(v)).replace("\n", "<br/>"), st))
        data.append(cells)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), shade))
    t.setStyle(TableStyle(st))
    return t


def kv(rows, widths=(62 * mm, 108 * mm)):
    """A two-column label/value table without a header row, labels in bold."""
    return table([list(r) for r in rows], widths=list(widths), header=False, bold_first_col=True)


def shaded(rows, widths, col, colours):
    """A table with a header row whose cells in column col are shaded by colours[value]."""
    t = table(rows, widths=widths)
    st = []
    for r, row in enumerate(rows[1:], 1):
        c = colours.get(str(row[col]))
        if c:
            st.append(("BACKGROUND", (col, r), (col, r), colors.HexColor(c)))
    if st:
        t.setStyle(TableStyle(st))
    return t


def build16(path, story, header_left="", header_right="", footer_left="", page_fmt="Page {n} of {total}",
            title="", author="", note=NOTE, header_on_first=False):
    """A4 PDF: running header (from page 2 unless header_on_first), footer_left and page_fmt on every page
    ({n} and {total} filled in), the small synthetic note at the foot of page 1."""
    W, H = A4

    class _Canvas(_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total):
            n = self._pageNumber
            self.saveState()
            self.setFont(FONT, 8)
            if header_left and (n > 1 or header_on_first):
                self.drawString(20 * mm, H - 12 * mm, header_left)
                if header_right:
                    self.drawRightString(W - 20 * mm, H - 12 * mm, header_right)
                self.line(20 * mm, H - 13.5 * mm, W - 20 * mm, H - 13.5 * mm)
            if n == 1 and note:
                self.setFont(FONT, 7)
                self.drawString(20 * mm, 14 * mm, note)
                self.setFont(FONT, 8)
            if footer_left:
                self.drawString(20 * mm, 10 * mm, footer_left)
            self.drawRightString(W - 20 * mm, 10 * mm, page_fmt.format(n=n, total=total))
            self.restoreState()

    pages = {}

    class _Doc(SimpleDocTemplate):
        def afterFlowable(self, f):
            if isinstance(f, Paragraph) and f.style.name in (H1.name, H2.name):
                pages.setdefault(f.getPlainText().strip(), self.page)

    doc = _Doc(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
               bottomMargin=20 * mm, title=title, author=author, subject="Synthetic test document")
    doc.build(story, canvasmaker=_Canvas)
    return pages


def contents(entries, pages):
    """A contents table: entries are headings as printed; pages maps heading to page (from a first pass)."""
    return table([[e, str(pages.get(e, ""))] for e in entries], widths=[145 * mm, 20 * mm], header=False)


def build_with_contents(path, make_story, **kw):
    """Lay the document out once to find the page of each H1/H2 heading, then again with make_story(pages)."""
    import io

    pages = build16(io.BytesIO(), make_story({}), **kw)
    pages2 = build16(path, make_story(pages), **kw)
    if pages2 != pages:  # the contents moved something: one more pass
        build16(path, make_story(pages2), **kw)
