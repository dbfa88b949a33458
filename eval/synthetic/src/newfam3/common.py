from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import (
    SimpleDocTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    PageBreak,
    KeepTogether,
)

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

_L = "/usr/share/fonts/truetype/liberation/LiberationSans-"
pdfmetrics.registerFont(TTFont("LSans", _L + "Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-Bold", _L + "Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-Italic", _L + "Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSans-BoldItalic", _L + "BoldItalic.ttf"))
addMapping("LSans", 0, 0, "LSans")
addMapping("LSans", 1, 0, "LSans-Bold")
addMapping("LSans", 0, 1, "LSans-Italic")
addMapping("LSans", 1, 1, "LSans-BoldItalic")
ss = getSampleStyleSheet()
BODY = ParagraphStyle(
    "body", parent=ss["Normal"], fontName="LSans", fontSize=10.5, leading=14.5, spaceAfter=7
)
NUM = ParagraphStyle("num", parent=BODY, bulletFontName="LSans", leftIndent=16, bulletIndent=0)
BUL = ParagraphStyle("bul", parent=BODY, bulletFontName="LSans", leftIndent=16, bulletIndent=4, spaceAfter=4)
H1 = ParagraphStyle(
    "h1", parent=ss["Heading1"], fontName="LSans-Bold", fontSize=17, leading=21, spaceBefore=10, spaceAfter=10
)
H2 = ParagraphStyle(
    "h2", parent=ss["Heading2"], fontName="LSans-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=6
)
H3 = ParagraphStyle(
    "h3", parent=ss["Heading3"], fontName="LSans-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
)
TITLE = ParagraphStyle(
    "title", parent=ss["Title"], fontName="LSans-Bold", fontSize=24, leading=30, alignment=0, spaceAfter=14
)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=13, leading=18)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=12, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSans-Bold")


def esc(t):
    return t.replace("&", "&amp;").replace("&amp;amp;", "&amp;")


def P(t, st=BODY):
    return Paragraph(esc(t), st)


def h1(t):
    return Paragraph(esc(t), H1)


def h2(t):
    return Paragraph(esc(t), H2)


def h3(t):
    return Paragraph(esc(t), H3)


def bullets(items):
    return [Paragraph(esc(i), BUL, bulletText="\u2022") for i in items]


def numbered(items, start=1):
    return [Paragraph(esc(i), NUM, bulletText=f"{n}.") for n, i in enumerate(items, start)]


def sp(h=6):
    return Spacer(1, h)


def table(rows, widths=None, header=True, shade=colors.HexColor("#dfe7ef")):
    data = [
        [Paragraph(esc(str(c)).replace("\n", "<br/>"), CELLB if (header and r == 0) else CELL) for c in row]
        for r, row in enumerate(rows)
    ]
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


def build(
    path,
    story,
    header_left,
    header_right="",
    title="",
    author="",
    first_page_note="Synthetic document created for evaluation purposes. All content is fictional.",
):
    def on_page(c, d):
        c.saveState()
        c.setFont("LSans", 8)
        if d.page > 1:
            c.drawString(20 * mm, A4[1] - 12 * mm, header_left)
            if header_right:
                c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, header_right)
            c.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        else:
            c.drawString(20 * mm, 10 * mm, first_page_note)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, str(d.page))
        c.restoreState()

    doc = SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=author,
        subject="Synthetic test document",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
