"""Tiny DSL -> reportlab PDF for synthetic inspection reports."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    PageTemplate,
    Frame,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    PageBreak,
    ListFlowable,
    ListItem,
)
from xml.sax.saxutils import escape

ss = getSampleStyleSheet()
BODY = ParagraphStyle(
    "body", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=6
)
NUM = ParagraphStyle("num", parent=BODY, leftIndent=24, firstLineIndent=-24)
H1 = ParagraphStyle(
    "h1",
    parent=ss["Heading1"],
    fontName="Helvetica-Bold",
    fontSize=16,
    leading=20,
    spaceBefore=10,
    spaceAfter=8,
)
H2 = ParagraphStyle(
    "h2",
    parent=ss["Heading2"],
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    spaceBefore=8,
    spaceAfter=5,
)
H3 = ParagraphStyle(
    "h3",
    parent=ss["Heading3"],
    fontName="Helvetica-Bold",
    fontSize=11,
    leading=14,
    spaceBefore=6,
    spaceAfter=4,
)
TITLE = ParagraphStyle(
    "title",
    parent=ss["Title"],
    fontName="Helvetica-Bold",
    fontSize=24,
    leading=30,
    alignment=0,
    spaceAfter=14,
)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=14, leading=19, spaceAfter=10)
META = ParagraphStyle("meta", parent=BODY, fontSize=11.5, leading=16, spaceAfter=4)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=12, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=12)


def P(t, st=BODY):
    return Paragraph(t, st)


def build(path, blocks, header=None, footer_left=None):
    """blocks: list of tuples. kinds: title, sub, meta, h1, h2, h3, p, np (numbered, auto or explicit),
    bullets, table, pb, sp, small"""
    story = []
    counter = [0]
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(P(b[1], TITLE))
        elif k == "sub":
            story.append(P(b[1], SUB))
        elif k == "meta":
            story.append(P(b[1], META))
        elif k == "h1":
            story.append(P(b[1], H1))
        elif k == "h2":
            story.append(P(b[1], H2))
        elif k == "h3":
            story.append(P(b[1], H3))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "small":
            story.append(P(b[1], SMALL))
        elif k == "np":
            if len(b) == 3:
                label = b[1]
                text = b[2]
            else:
                counter[0] += 1
                label = str(counter[0])
                text = b[1]
            story.append(
                P(
                    f"{label}.&nbsp;&nbsp;{text}"
                    if not label.endswith(".")
                    else f"{label}&nbsp;&nbsp;{text}",
                    NUM,
                )
            )
        elif k == "reset":
            counter[0] = 0
        elif k == "bullets":
            items = [ListItem(P(x), leftIndent=14, value="bullet") for x in b[1]]
            story.append(
                ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=14, bulletFontSize=9)
            )
            story.append(Spacer(1, 4))
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            data = [[P(str(c), CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, b[1] * mm))
        else:
            raise ValueError(k)

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.HexColor("#444444"))
        if d.page > 1 and header:
            c.drawString(20 * mm, A4[1] - 12 * mm, header)
        if d.page > 1:
            c.drawRightString(A4[0] - 20 * mm, 10 * mm, str(d.page))
        if footer_left and d.page > 1:
            c.drawString(20 * mm, 10 * mm, footer_left)
        c.restoreState()

    doc = BaseDocTemplate(
        path,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=blocks[0][1].replace("<br/>", " "),
        author="synthetic test document",
    )
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=on_page)])
    doc.build(story)
