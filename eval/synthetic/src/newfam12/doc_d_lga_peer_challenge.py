"""A Local Government Association (LGA) children's services peer challenge feedback report on a borough council:
cover with the onsite dates, executive summary, numbered key recommendations, the peer challenge approach (the
peer team table, scope and focus), feedback under the council's chosen themes with numbered paragraphs, and next
steps with the LGA contact. No grades: peer challenges give feedback, not judgements. The council, its places,
the people and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common12 import *

out = out_path("lga-peer-challenges/Westmarsh_Borough_Council_Childrens_Services_Peer_Challenge_feedback_report_2025.pdf")

COVER = ParagraphStyle("cover12d", parent=TITLE, fontSize=26, leading=32)

counter = [0]


def section(items):
    """Paragraphs numbered through the feedback chapter (1, 2, 3 ...), as LGA feedback reports number them."""
    return numbered_from(items, counter)


s = []
s += [
    P("<b>Local Government Association</b>", SUB),
    sp(50),
    Paragraph("Children's Services Peer Challenge", COVER),
    P("Westmarsh Borough Council", SUB),
    sp(10),
    P("4th – 7th November 2025"),
    sp(10),
    P("<b>Feedback report</b>", SUB),
    sp(90),
    P(
        "This is a synthetic feedback report created for testing purposes. Westmarsh Borough Council, the other "
        "councils named, the people and all figures are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
    table(
        [
            ["1. Executive summary", "2"],
            ["2. Key recommendations", "3"],
            ["3. Summary of the peer challenge approach", "4"],
            ["4. Feedback", "5"],
            ["5. Next steps", "7"],
        ],
        widths=[145 * mm, 20 * mm],
        header=False,
    ),
    h1("1. Executive summary"),
    P(
        "Westmarsh Borough Council invited the Local Government Association (LGA) to carry out a children's "
        "services peer challenge to help it prepare for its next inspection of local authority children's "
        "services (ILACS). At its last ILACS inspection, in February 2023, Ofsted judged the council's services "
        "for children to require improvement to be good overall. The peer team spent four days onsite in "
        "Westmarsh, from 4 to 7 November 2025."
    ),
    P(
        "The peer team found a council that has made real progress since 2023. Political and corporate support "
        "for children's services is strong, and the council protected the children's services budget in 2025/26, "
        "adding £4.2m to meet the rising cost of placements. The Director of Children's Services, Claire "
        "Hollinshead, is highly regarded by staff and partners, and the Westmarsh Way, the council's relational "
        "practice model, is understood and valued by social workers."
    ),
    P(
        "The front door is much improved. The Westmarsh Children's Advice and Support Hub (CASH), launched in "
        "April 2024, brings together social workers, police, health and education staff, and decisions about "
        "contacts are timely. The borough's five Family Hubs provide a good range of early help, and the "
        "Stronger Starts programme for families with children under five is a real strength."
    ),
    P(
        "However, the quality of practice is still too variable, particularly in the assessment and "
        "intervention teams. Workforce instability remains the council's biggest risk: 31% of social workers in "
        "children's services are agency staff, and average caseloads in the assessment and intervention teams "
        "are too high. The rate of children in care is rising, and too many children live more than 20 miles "
        "from Westmarsh."
    ),
    P(
        "The peer team would like to thank the council's leadership, staff, partners, and the children, young "
        "people and families they met, for their openness and engagement."
    ),
    PageBreak(),
    h1("2. Key recommendations"),
    P(
        "There are a number of observations and suggestions within the main section of the report. The following "
        "are the peer team's key recommendations to the council:"
    ),
]
s += numbered(
    [
        "Reduce the reliance on agency social workers by developing a workforce strategy that improves "
        "retention, building on the success of the Westmarsh Social Work Academy.",
        "Reduce caseloads in the assessment and intervention teams so that social workers can spend more time "
        "with children and families.",
        "Strengthen management oversight and supervision so that the quality of practice is consistent across "
        "all teams.",
        "Develop a sufficiency strategy, with partners, that increases the number of local homes for children in "
        "care, including by expanding in-house fostering.",
        "Make sure the learning from audits is used to improve practice, and that audits focus on the impact of "
        "practice on children.",
        "Strengthen the partnership's response to children at risk of exploitation, including by making the "
        "Exploitation and Missing Panel more focused on reducing risk.",
        "Hear the voice of children and young people more consistently in strategic planning, including by "
        "giving the Children in Care Council a regular route to the Corporate Parenting Board.",
    ]
)
s += [
    PageBreak(),
    h1("3. Summary of the peer challenge approach"),
    h2("3.1 The peer team"),
    P(
        "Peer challenges are delivered by experienced elected member and officer peers. The make-up of the peer "
        "team reflected the focus of the peer challenge, and peers were selected on the basis of their relevant "
        "expertise. The peers were:"
    ),
    table(
        [
            ["Name", "Role"],
            ["Jonathan Pryor-Evans", "Lead peer: Director of Children's Services, Fellbridge City Council"],
            ["Councillor Sunita Varma", "Member peer: Cabinet Member for Children and Families, Oakhurst "
                                        "District Council"],
            ["Amanda Reece-Collins", "Officer peer: Assistant Director, Safeguarding and Quality Assurance, "
                                     "Lowther County Council"],
            ["Patrick Nwosu", "Officer peer: Principal Social Worker, Brindle Metropolitan Borough Council"],
            ["Karen Stobart", "Officer peer: Head of Early Help, Thornmere Council"],
            ["Helen Mortimer-Shaw", "Peer challenge manager, Local Government Association"],
        ],
        widths=[55 * mm, 115 * mm],
    ),
    h2("3.2 Scope and focus"),
    P("The council asked the peer team to focus on four areas:"),
]
s += bullets(
    [
        "the front door and early help;",
        "the quality of practice with children in need and children subject to a child protection plan;",
        "workforce stability; and",
        "the council's readiness for its next ILACS inspection.",
    ]
)
s += [
    h2("3.3 The peer challenge process"),
    P(
        "Peer challenges are improvement focused; it is important to stress that this was not an inspection. The "
        "process is not designed to provide an in-depth or technical assessment of plans and proposals. The peer "
        "team used their experience and knowledge of local government to reflect on the information presented "
        "to them by the people they met, things they saw and material that they read."
    ),
    P(
        "The peer team prepared by reviewing a range of documents and information, including the council's "
        "self-evaluation. During the four days onsite, the team spoke to more than 140 people, including "
        "councillors, staff, partners, children, young people and families, in 38 meetings and focus groups. "
        "They also reviewed 24 children's case records alongside the social workers and managers responsible "
        "for them."
    ),
    PageBreak(),
    h1("4. Feedback"),
    h2("4.1 Leadership, governance and partnerships"),
]
s += section(
    [
        "There is strong political and corporate commitment to children's services in Westmarsh. The Leader of "
        "the Council and the Lead Member for Children's Services, Councillor Martin Okafor, have a good grasp of "
        "the challenges, and the Chief Executive chairs a monthly improvement board.",
        "The council protected the children's services budget in 2025/26 and added £4.2m to meet the rising "
        "cost of placements. Despite this, the service was forecasting an overspend of £3.1m at the time of the "
        "peer challenge, almost all of it on external residential placements.",
        "The council's self-evaluation is honest and largely accurate. However, it describes activity more than "
        "impact, and some of the weaknesses that the peer team found in practice were not identified in it.",
        "Partnership working is positive. The Westmarsh Safeguarding Children Partnership has a clear set of "
        "priorities, and partners spoke well of the council's leadership. Schools felt less well connected to "
        "the partnership than other agencies.",
    ]
)
s += [h2("4.2 The front door and early help")]
s += section(
    [
        "The Westmarsh Children's Advice and Support Hub (CASH) was launched in April 2024. It brings together "
        "social workers, police, health and education staff in one team. In 2024/25 the CASH received 14,620 "
        "contacts, and 22% of these led to a referral to children's social care. The peer team found that "
        "decisions about contacts were timely: 94% were made within one working day.",
        "Thresholds are generally understood and applied appropriately. However, the re-referral rate within "
        "12 months was 27% in 2024/25, higher than the England average of 22% and the council's statistical "
        "neighbours. The council does not yet understand the reasons for this well.",
        "Early help is a strength. The borough's five Family Hubs, in Westmarsh town centre, Saltings, "
        "Eastwick, Crowmere Fen and Breydale, provide a good range of support. In 2024/25, 2,310 families were "
        "supported through an early help assessment. The Stronger Starts programme, for families with children "
        "under five, was valued by the families that the peer team met.",
        "Step-down from children's social care to early help works well, but step-up from early help to social "
        "care is sometimes delayed, because early help practitioners do not always recognise when risks have "
        "increased.",
    ]
)
s += [h2("4.3 The quality of practice")]
s += section(
    [
        "The Westmarsh Way, the council's relational practice model, was introduced in 2023. Social workers "
        "understand it and talk about children with warmth and knowledge. In the best cases that the peer team "
        "reviewed, children's lived experience was clear and plans were specific.",
        "However, the quality of practice is too variable. The council's own audits rated 58% of cases as good "
        "or better in the six months to September 2025, and this fell to 41% in the assessment and intervention "
        "teams. Of the 24 case records that the peer team reviewed, eight had plans that were not specific enough "
        "about what needed to change.",
        "Management oversight is visible on most case records, but it does not always set out clear actions or "
        "timescales. Supervision takes place regularly, but it is not always reflective.",
        "At the time of the peer challenge, 318 children were subject to a child protection plan, a rate of "
        "52 per 10,000 children. The number of children subject to a plan for a second or subsequent time was "
        "21%.",
        "The response to children at risk of exploitation is developing. The Exploitation and Missing Panel "
        "meets every month, but it reviews too many children to give each one the attention needed, and its "
        "actions focus on sharing information rather than on reducing risk. Return home interviews were offered "
        "to 86% of children who had been missing in 2024/25.",
    ]
)
s += [h2("4.4 Workforce")]
s += section(
    [
        "Workforce instability is the council's biggest risk. At the time of the peer challenge, 31% of social "
        "workers in children's services were agency staff, rising to 44% in the assessment and intervention "
        "teams. Social worker turnover was 23% in 2024/25.",
        "Average caseloads in the assessment and intervention teams were 24 children per social worker, compared "
        "with 16 in the children in care teams. Social workers told the peer team that high caseloads limited the "
        "time they could spend with children.",
        "The Westmarsh Social Work Academy is a real success. It supports newly qualified social workers through "
        "their assessed and supported year in employment (ASYE) with protected caseloads and a dedicated "
        "practice educator. In 2025, 24 newly qualified social workers joined the academy, and 21 of the 22 "
        "who joined in 2023 were still working for the council.",
        "The council has introduced a market supplement of £3,000 a year for social workers in the assessment "
        "and intervention teams, but it is too early to say whether this will improve retention.",
    ]
)
s += [h2("4.5 Children in care, care leavers and sufficiency")]
s += section(
    [
        "At the time of the peer challenge, 401 children were in the care of the council, a rate of 81 per "
        "10,000 children, higher than the rate of 69 per 10,000 among the council's statistical neighbours. The "
        "number of children in care had risen from 352 in March 2023.",
        "Too many children live a long way from Westmarsh. Thirty-eight per cent of children in care lived more "
        "than 20 miles from the borough, and the council relies heavily on external residential placements, "
        "which cost an average of £6,400 a week.",
        "The council has 96 in-house fostering households. The Foster Westmarsh recruitment campaign approved "
        "nine new households in 2024/25, but 12 households left in the same year, so the number of in-house "
        "foster carers fell.",
        "Care leavers spoke positively about their personal advisers. The council was in touch with 94% of its "
        "212 care leavers aged 18 to 21, and the Local Offer for care leavers was recently refreshed with "
        "young people. Care leavers are exempt from council tax until the age of 25.",
        "The Children in Care Council, Westmarsh Voices, is enthusiastic and well supported, but it does not have "
        "a regular route to the Corporate Parenting Board, and its members told the peer team that they did not "
        "know whether their views had made a difference.",
    ]
)
s += [h2("4.6 Readiness for inspection")]
s += section(
    [
        "The council knows itself well and is well prepared for its next ILACS inspection in many respects. "
        "However, the peer team's view is that inconsistent practice in the assessment and intervention teams, "
        "and the high level of agency staffing, would be the areas of most concern to inspectors.",
    ]
)
s += [
    h1("5. Next steps"),
    P(
        "The council will want to consider how it incorporates the peer team's findings and recommendations into "
        "its improvement plan. The peer team recommends that the council publishes this report, together with "
        "an action plan, within eight weeks of receiving it, and that the action plan is considered by Cabinet."
    ),
    P(
        "The LGA will offer a follow-up progress review within 12 to 18 months of the peer challenge, to "
        "consider the progress the council has made against the recommendations. The LGA's Principal Adviser for "
        "the region, Rachel Ashworth-Kane, is the main contact between the council and the LGA and will "
        "continue to support the council."
    ),
    P("Rachel Ashworth-Kane, Principal Adviser (East of England), Local Government Association. Report issued 15 "
      "December 2025."),
    sp(10),
    P(
        "© Local Government Association, "
        "December 2025. This document is synthetic and was not produced by the Local Government Association.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Westmarsh Borough Council: Children's Services Peer Challenge",
    header_right="Feedback report",
    footer_left="Local Government Association",
    page_fmt="{n}",
    title="Children's Services Peer Challenge - Westmarsh Borough Council - Feedback report",
    author="Local Government Association",
)
print(out)
