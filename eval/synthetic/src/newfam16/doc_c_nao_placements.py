"""A National Audit Office value-for-money report on a (fictional) government department's programme for
children's social care placements, in the layout the NAO uses: the cover (report by the Comptroller and Auditor
General, the department, the title, the HC number, session and date), key facts, the summary (introduction,
scope, key findings in numbered paragraphs with pound figures and percentages, the conclusion on value for
money, recommendations lettered a to f), Part One (the programme), Part Two (progress), Part Three (costs and
the market) in numbered paragraphs with figures, Appendix One (our audit approach) and Appendix Two (our
evidence base: the methods), and the study team; page-number footers with the report's short title. No grades.
The Department for Children and Families, the Homes Closer to Home Programme, the pathfinders, the people and
all figures are fictional."""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common16 import *  # noqa: F401,F403

out = out_path("nao-reports/Improving-childrens-social-care-placements-the-Homes-Closer-to-Home-Programme-HC-1247.pdf")

COVER = ParagraphStyle("naocover", parent=TITLE, fontSize=25, leading=31)
KF = ParagraphStyle("naokf", parent=BODY, fontName=BOLD, fontSize=18, leading=22, spaceAfter=1)
SHORT = "Improving children's social care placements: the Homes Closer to Home Programme"


def key_fact(figure, text):
    return [Paragraph(esc(figure), KF), P(text)]


s = [
    P("<b>REPORT BY THE COMPTROLLER AND AUDITOR GENERAL</b>", SUB),
    sp(40),
    P("Department for Children and Families", SUB),
    sp(8),
    Paragraph("Improving children's social care placements: the Homes Closer to Home Programme", COVER),
    sp(30),
    P("HC 1247  SESSION 2024–2026  19 NOVEMBER 2025"),
    sp(140),
    P("National Audit Office", SUB),
    P("This is a synthetic report created for testing purposes. It was not produced by the National Audit Office. "
      "The Department for Children and Families, the Homes Closer to Home Programme, the Regional Placement "
      "Partnership pathfinders, the people named and all figures in this report are fictional.", SMALL),
    PageBreak(),
    P("Ordered by the House of Commons to be printed on 17 November 2025"),
    P("Published 19 November 2025"),
    P("This report has been prepared under Section 6 of the National Audit Act 1983 for presentation to the House "
      "of Commons in accordance with Section 9 of the Act."),
    P("Adrian Kelsall, Comptroller and Auditor General, National Audit Office, 12 November 2025"),
    P("Value for money reports: our value for money reports examine government expenditure in order to form a "
      "judgement on whether value for money has been achieved. We also make recommendations to public bodies on "
      "how to improve public services."),
    sp(10),
    h1("Key facts"),
]
s += key_fact("£640m", "total funding for the Homes Closer to Home Programme, 2022-23 to 2025-26 (£485 million "
                       "capital and £155 million revenue)")
s += key_fact("1,450", "new places in local authority children's homes that the programme set out to create by "
                       "March 2026")
s += key_fact("386", "new places open by 30 June 2025, 27% of the target")
s += key_fact("£212m", "capital grant spent by local authorities by 31 March 2025, 44% of the capital budget")
s += key_fact("4%", "fall in the number of mainstream fostering households in England between 31 March 2022 and "
                    "31 March 2025, against the programme's aim of 2,500 more")
s += key_fact("24%", "of children looked after were placed more than 20 miles from home at 31 March 2025, "
                     "compared with 23% when the programme began; the programme's target was 15%")
s += key_fact("£6,940", "average weekly cost of a placement in a children's home in 2024-25, up from £4,630 in "
                        "2020-21")
s += key_fact("312", "children placed in unregistered children's homes on 31 March 2025")
s += [
    PageBreak(),
    h1("Summary"),
    h2("Introduction"),
]
SUMMARY = Numberer("")


def sp_num(items):
    """Summary paragraphs numbered 1, 2, 3 ... across headings."""
    res = []
    for t in items:
        SUMMARY.n += 1
        res.append(Paragraph(esc(t), NUM, bulletText=f"{SUMMARY.n}"))
    return res


s += sp_num([
    "Local authorities have a duty, under section 22G of the Children Act 1989, to take steps to secure, so far "
    "as reasonably practicable, sufficient accommodation within their area to meet the needs of the children "
    "they look after. On 31 March 2025 there were 83,630 children looked after by local authorities in England, "
    "11% more than in 2019.",
    "Local authorities spent £13.9 billion on children's social care in 2024-25, of which £5.2 billion was spent "
    "on placements for children looked after. Spending on placements has risen by 46% in real terms since "
    "2019-20, while the number of children looked after has risen by 11%. Most children live with foster "
    "carers, but around 11% live in children's homes, the great majority of which are run by private companies.",
    "In March 2022, the Department for Children and Families (the Department) launched the Homes Closer to Home "
    "Programme (the programme), with £640 million of funding to 2025-26. The programme has three strands: a "
    "capital grant of £485 million for local authorities to open new children's homes that they run themselves; "
    "£118 million of revenue funding for regional fostering recruitment hubs, known as Fostering Front Doors; "
    "and £37 million for two Regional Placement Partnership pathfinders, in which groups of local authorities "
    "commission placements together.",
    "The programme aims to create 1,450 new places in local authority children's homes and 2,500 more "
    "fostering households by March 2026, and to reduce the proportion of children looked after who are placed "
    "more than 20 miles from home from 23% to 15%.",
])
s += [h2("Scope of this report")]
s += sp_num([
    "This report examines whether the Department is achieving value for money from the programme. It looks at: "
    "how the Department set up the programme (Part One); the progress the programme has made (Part Two); and "
    "what has happened to the costs of placements and to the market (Part Three). We did not examine the "
    "quality of care in individual children's homes, which is a matter for Ofsted. Our methods are set out in "
    "Appendix One and Appendix Two.",
])
s += [h2("Key findings"), h3("Progress against the programme's aims")]
s += sp_num([
    "The programme is well behind schedule. By 30 June 2025, local authorities had opened 386 new places, 27% "
    "of the 1,450 places the programme was meant to create by March 2026. The Department now expects 810 "
    "places to be open by March 2026, and does not expect to reach 1,450 places before March 2028 "
    "(paragraphs 2.2 to 2.4).",
    "Local authorities have been slow to spend the capital grant. By 31 March 2025, they had spent £212 "
    "million of the £485 million capital budget (44%). The Department returned £74 million of unspent capital "
    "to HM Treasury at the end of 2023-24 and reprofiled the remainder into later years (paragraph 2.5).",
    "New places are costing much more than the Department expected. The average capital cost of a new place "
    "is £549,000, 77% more than the £310,000 assumed in the programme's business case. The Department "
    "attributes this mainly to construction inflation and to the cost of buying suitable properties in areas "
    "where house prices are high (paragraph 2.6).",
    "Delays in opening homes have several causes. Local authorities told us that the main causes were "
    "difficulty finding suitable properties, planning objections, the time taken to register new homes with "
    "Ofsted and the difficulty of recruiting registered managers. In our survey, 63% of responding local "
    "authorities with a funded project said that recruiting a registered manager had delayed opening. The "
    "average time between an application to register a new children's home and its registration was 26 "
    "weeks in 2024-25 (paragraphs 2.7 and 2.8).",
    "The fostering strand has not reversed the fall in the number of foster carers. The number of mainstream "
    "fostering households in England fell by 4%, from 43,100 on 31 March 2022 to 41,380 on 31 March 2025, "
    "rather than rising by 2,500 as the programme intended. The 14 Fostering Front Door hubs received 9,870 "
    "enquiries in 2024-25, of which 306 (3.1%) have so far led to a household being approved (paragraph 2.9).",
    "Children are not yet being placed closer to home. The proportion of children looked after placed more "
    "than 20 miles from home was 24% at 31 March 2025, compared with 23% in 2021 and the programme's target of "
    "15%. The number of children placed in unregistered children's homes rose from 226 on 31 March 2023 to 312 "
    "on 31 March 2025 (paragraphs 2.10 and 2.11).",
])
s += [h3("Costs and the market")]
s += sp_num([
    "The cost of placements continues to rise. The average weekly cost of a placement in a children's home rose "
    "from £4,630 in 2020-21 to £6,940 in 2024-25, an increase of 50% in cash terms and 29% in real terms. "
    "Around 83% of children's homes are run by private providers (paragraphs 3.2 and 3.3).",
    "The largest providers continue to make high profits. The 15 largest private providers of children's homes "
    "made an average operating profit margin of 21.6% in 2023-24. The Department does not have the powers to "
    "oversee the finances of these providers, and it has not yet brought forward the financial oversight regime "
    "it announced in 2023 (paragraphs 3.4 and 3.5).",
    "Homes opened through the programme are cheaper to run than private placements. The new local authority "
    "homes that had been open for a full year cost an average of £5,120 a week per child to run, 26% less than "
    "the average cost of a placement in a private children's home in the same regions. However, the Department "
    "has not assessed whether the savings will repay the capital invested (paragraph 3.6).",
])
s += [h3("Programme management")]
s += sp_num([
    "The Department did not set out how it would measure the programme's benefits until late in the programme. "
    "It did not publish a benefits realisation plan until October 2024, 31 months after the programme began, "
    "and it did not set a baseline for most of the benefits it expected (paragraph 1.7).",
    "The Department does not know whether the programme is improving outcomes for children. It monitors "
    "progress through quarterly returns from local authorities on spending and places opened. It does not "
    "collect information on the children placed in the new homes, such as how far they live from home, how "
    "long their placements last or how they are doing at school (paragraph 1.8).",
    "It is too early to say whether the Regional Placement Partnership pathfinders are working. The two "
    "pathfinders, North Fells and Severn Vale, began in April 2024. The Department has commissioned an "
    "independent evaluation, which is due to report in autumn 2026, but it is already planning to extend the "
    "model to four more regions in 2026-27 (paragraph 2.12).",
])
s += [h2("Conclusion on value for money")]
s += sp_num([
    "Too many children are living far from home in placements that cost more each year, and the Department was "
    "right to act. But three and a half years after it launched the programme, the Department has created "
    "just over a quarter of the places it planned, at a much higher cost per place than it expected, and the "
    "number of foster carers has continued to fall. It cannot show that children are being placed closer to "
    "home, and it does not collect the information it would need to know whether the programme is improving "
    "their lives.",
    "The new homes are cheaper to run than private placements, and there is still the potential for the "
    "programme to deliver value for money in the long term. However, on the evidence so far, the programme "
    "has not delivered value for money. The Department needs a realistic plan for the places still to be "
    "built and a much better understanding of what difference the programme makes to children.",
])
s += [h2("Recommendations")]
s += sp_num(["The Department should:"])
s += [Paragraph(esc(t), NUM, bulletText=f"{letter}") for letter, t in [
    ("a", "by March 2026, publish a revised delivery plan for the programme, with a realistic timetable and "
          "cost for the places still to be opened, and report progress against it to Parliament every six "
          "months;"),
    ("b", "working with Ofsted, agree a target time for registering new children's homes and reduce the time "
          "it takes, including by allowing registered managers to be approved before a home is ready to "
          "open;"),
    ("c", "collect and publish data on the children placed in homes funded by the programme, including the "
          "distance from their home area, the stability of their placements and their educational outcomes;"),
    ("d", "bring forward, by the end of 2026, the financial oversight regime for the largest providers of "
          "children's homes and independent fostering agencies that it announced in 2023;"),
    ("e", "not extend the Regional Placement Partnership model to further regions until the independent "
          "evaluation of the two pathfinders has reported, and publish the evaluation; and"),
    ("f", "working with HM Treasury, give local authorities capital funding for children's homes on a "
          "multi-year basis, so that they can plan projects that take longer than a single year to complete."),
]]
s += [
    PageBreak(),
    h1("Part One: The Homes Closer to Home Programme"),
]
N1 = Numberer("1")
s += N1([
    "The Department is responsible for children's social care policy in England and for the legal framework in "
    "which local authorities look after children. It does not commission placements itself. Local authorities "
    "find placements for the children they look after, either in their own foster homes and children's homes "
    "or by buying them from independent fostering agencies and private and voluntary providers.",
    "In 2021, the Department's own analysis found that there were not enough places of the right kind in the "
    "right areas. Children with the most complex needs were increasingly placed far from home, in expensive "
    "placements, and some were placed in accommodation that was not registered with Ofsted.",
    "In March 2022, HM Treasury approved the Department's business case for the programme. The business case "
    "estimated that each new place in a local authority children's home would cost £310,000 to create and "
    "would save an average of £1,200 a week compared with a private placement.",
    "The Department allocated the capital grant through two bidding rounds, in July 2022 and May 2023. Local "
    "authorities had to provide at least 25% of the cost of each project from their own funds. In total, 97 "
    "local authorities received funding for 231 projects.",
    "The Department set up a programme board, chaired by its director general for children's services, which "
    "meets every two months. The programme's senior responsible owner has changed three times since 2022.",
    "The programme was classed by the Infrastructure and Projects Authority as part of the Government Major "
    "Projects Portfolio from April 2023. Its delivery confidence assessment was amber in 2023 and red in "
    "2024 and 2025.",
    "The Department's benefits realisation plan, published in October 2024, lists six expected benefits, "
    "including fewer children placed far from home, fewer placement moves and lower placement costs. The "
    "Department has set a baseline for only two of them.",
    "The Department monitors the programme through quarterly returns from local authorities. These report "
    "spending, the number of places opened and the number of children placed in them. They do not report any "
    "information about the children themselves or their outcomes.",
])
s += [h1("Part Two: Progress")]
N2 = Numberer("2")
s += N2([
    "This part sets out the progress that the programme has made against its three aims: more places in "
    "children's homes, more fostering households and fewer children placed far from home.",
    "By 30 June 2025, 386 new places had opened in 71 local authority children's homes. Most of the new homes "
    "are small: 58% have three or fewer beds.",
])
s += [
    table([
        ["Year", "Places planned (business case)", "Places opened", "Cumulative places opened"],
        ["2022-23", "150", "12", "12"],
        ["2023-24", "450", "118", "130"],
        ["2024-25", "500", "197", "327"],
        ["2025-26 (to 30 June 2025)", "350", "59", "386"],
        ["Total", "1,450", "386", "386"],
    ], widths=[45 * mm, 45 * mm, 35 * mm, 45 * mm]),
    P("Figure 1: Places planned and opened in local authority children's homes funded by the programme. Source: "
      "National Audit Office analysis of the Department's programme data", SMALL),
    sp(6),
]
s += N2([
    "The Department now forecasts that 810 places will be open by March 2026. It has not yet agreed with HM "
    "Treasury when the remaining places will be funded, and it does not expect to reach 1,450 places before "
    "March 2028.",
    "Progress varies widely between regions. The North West and Yorkshire and the Humber have opened more than "
    "40% of their planned places, while London has opened 9%.",
    "By 31 March 2025, local authorities had spent £212 million of the £485 million capital grant. Because of "
    "slow spending, the Department returned £74 million to HM Treasury at the end of 2023-24.",
    "The average capital cost of a new place has been £549,000. In our survey, local authorities said that "
    "construction inflation, the price of property and the cost of adapting buildings to meet the needs of "
    "children with complex needs were the main reasons for the higher costs.",
    "We surveyed all 153 local authorities in England with children's social care responsibilities. Of the 94 "
    "that responded, 61 had a funded project. Of these, 63% said that recruiting a registered manager had "
    "delayed opening, 52% said that finding a suitable property had done so, and 38% cited planning "
    "objections from neighbours.",
    "Ofsted told us that the average time between an application to register a children's home and its "
    "registration was 26 weeks in 2024-25. Most of this time was spent waiting for the applicant to provide "
    "information or for the registered manager to be approved.",
    "The number of mainstream fostering households in England fell from 43,100 on 31 March 2022 to 41,380 on "
    "31 March 2025. The 14 Fostering Front Door hubs received 9,870 enquiries in 2024-25. By June 2025, 306 of "
    "these had led to a household being approved, a conversion rate of 3.1%. The Department has not assessed "
    "how many of these households would have been approved without the programme.",
    "The proportion of children looked after placed more than 20 miles from home was 24% at 31 March 2025. "
    "It has not fallen since the programme began. The Department told us that it would take time for new "
    "homes to make a difference at national level.",
    "The number of children placed in unregistered children's homes has risen, from 226 on 31 March 2023 to 312 "
    "on 31 March 2025. Most of these children are aged 16 or 17 and have very complex needs.",
    "The two Regional Placement Partnership pathfinders, North Fells and Severn Vale, bring together 11 and 8 "
    "local authorities respectively. They share the £37 million for 2024-25 and 2025-26. The "
    "independent evaluation of the pathfinders is due to report in autumn 2026.",
])
s += [h1("Part Three: Costs and the market")]
N3 = Numberer("3")
s += N3([
    "This part looks at what has happened to the cost of placements and to the market for children's homes "
    "while the programme has been running.",
    "The average weekly cost of a placement in a children's home rose from £4,630 in 2020-21 to £6,940 in "
    "2024-25. This is an increase of 50% in cash terms, or 29% after allowing for inflation. The average weekly "
    "cost of a placement with an independent fostering agency rose by 21% in cash terms over the same period, "
    "to £1,080.",
    "Around 83% of children's homes in England are run by private providers, 14% by local authorities and 3% by "
    "voluntary organisations. The programme has increased the local authority share by less than one "
    "percentage point.",
    "The 15 largest private providers of children's homes made an average operating profit margin of 21.6% in "
    "2023-24, compared with 19.4% in 2020-21. Several of the largest providers are owned by private equity "
    "firms and carry high levels of debt.",
    "In 2023, the Department announced that it would introduce a financial oversight regime for the largest "
    "providers, so that it would have early warning of a provider failing. It has not yet done so, and it does "
    "not have a date for doing so.",
    "The 52 new local authority homes that had been open for a full year by 31 March 2025 cost an average of "
    "£5,120 a week per child to run, 26% less than the average private placement in the same regions. The "
    "Department has not estimated how long it will take for these savings to repay the capital invested.",
    "Local authorities told us that they would find it easier to plan new homes if they had capital funding "
    "for more than one year. At present, grant not spent within the financial year must be reprofiled with "
    "the Department's agreement.",
])
s += [
    PageBreak(),
    h1("Appendix One: Our audit approach"),
]
s += para_block("1", [
    "This study examined whether the Department is achieving value for money from the Homes Closer to Home "
    "Programme. We assessed value for money against three questions: whether the Department set the programme "
    "up well; whether the programme is achieving what it intended; and whether the Department understands the "
    "programme's effect on the costs of placements and on children.",
    "We reached our conclusion on value for money by considering the evidence we collected against our "
    "evaluative criteria: economy (the cost of new places compared with the business case), efficiency (the "
    "rate at which places have been delivered) and effectiveness (the difference the programme is making to "
    "where children live and to the cost of their care).",
])
s += [h1("Appendix Two: Our evidence base")]
s += para_block("2", [
    "We carried out our fieldwork between January and July 2025.",
    "We interviewed officials from the Department, including the programme's senior responsible owner, and "
    "officials from HM Treasury, Ofsted and the Infrastructure and Projects Authority.",
    "We reviewed the Department's documents, including the programme business case, programme board papers, "
    "the benefits realisation plan and the quarterly returns from local authorities.",
    "We surveyed all 153 local authorities in England with children's social care responsibilities between "
    "February and April 2025. We received 94 responses, a response rate of 61%.",
    "We visited six local authorities and four of the new children's homes, where we spoke with managers, "
    "staff and, where they wished to, the young people living there.",
    "We examined the files of 40 capital projects chosen to reflect a range of regions, sizes and stages of "
    "delivery, comparing their costs and timetables with those in their bids.",
    "We analysed published data on children looked after, on the cost of placements and on the number of "
    "fostering households, and data provided by Ofsted on the registration of children's homes.",
    "We consulted 12 stakeholder organisations, including providers' representative bodies, charities "
    "representing children in care and care leavers, and the Local Government Association.",
])
s += [
    sp(12),
    P("The National Audit Office study team consisted of: Priya Raman-Holt, Tom Egerton and Niamh Cassidy, with "
      "assistance from Josh Maitland, under the direction of Oliver Stansfield."),
    P("This report is synthetic and was not produced by the National Audit Office.", SMALL),
]
build16(out, s, header_left="National Audit Office", footer_left=SHORT, page_fmt="{n}",
        title=SHORT, author="National Audit Office")
print(out)
