import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam2"))  # the shared helpers
from common import *

out = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/cqc-local-authority-assessments/stourfield-city-council-local-authority-assessment-2025.pdf"
)
os.makedirs(os.path.dirname(out), exist_ok=True)


def qs(name, score, commitment):
    label = {
        1: "1 - Evidence shows significant shortfalls",
        2: "2 - Evidence shows some shortfalls",
        3: "3 - Evidence shows a good standard",
        4: "4 - Evidence shows an exceptional standard",
    }[score]
    return [
        h2(name),
        table([["Score", label]], widths=[30 * mm, 140 * mm], header=False),
        sp(4),
        P("The local authority commitment", H3),
        P(commitment),
        P("Key findings for this quality statement", H3),
    ]


s = []
s += (
    [
        P("Care Quality Commission", SUB),
        sp(40),
        Paragraph("Stourfield City Council: local authority assessment", TITLE),
        P("How we assess local authorities", SUB),
        sp(10),
        P("Assessment published: 14 March 2025"),
        P("Onsite assessment: 7 to 10 October 2024"),
        sp(20),
        P(
            "This report describes our assessment of how well Stourfield City Council meets its duties under Part 1 of the Care Act 2014. We assessed the local authority against nine quality statements grouped into four themes."
        ),
        PageBreak(),
        h1("Contents"),
    ]
    + bullets(
        [
            "About Stourfield City Council",
            "Overall summary",
            "Theme 1: How Stourfield City Council works with people",
            "Theme 2: Providing support",
            "Theme 3: How Stourfield City Council ensures safety within the system",
            "Theme 4: Leadership",
        ]
    )
    + [
        h1("About Stourfield City Council"),
        h2("Demographics"),
        P(
            "Stourfield is a city in the English Midlands with a population of approximately 312,600. Around 17% of residents are aged 65 or over, and 31% of residents are from Black, Asian and other minority ethnic groups, the largest being people of Pakistani and Indian heritage. The city is ranked 38th most deprived of 317 local authority areas in England on the Index of Multiple Deprivation. Stourfield City Council is a unitary authority. It has been under Labour control since 2012."
        ),
        h2("Financial facts"),
    ]
    + bullets(
        [
            "The local authority estimated that in 2023/24 its total budget would be £388.2 million. Its actual spend for that year was £401.5 million, which was £13.3 million more than estimated.",
            "The local authority estimated that it would spend £131.9 million of its total budget on adult social care in 2023/24. Its actual spend was £139.6 million.",
            "In 2023/24, 34.8% of the budget was spent on adult social care.",
            "The local authority has raised the full adult social care precept for 2024/25, with a value of 2%.",
            "Approximately 5,140 people were accessing long-term adult social care support, and approximately 1,270 unpaid carers were being supported by the local authority.",
            "The local authority commissions 96% of services from external providers and delivers the remainder in house, including its reablement service and two day centres.",
        ]
    )
    + [
        h1("Overall summary"),
        h2("Local authority rating and score"),
        table(
            [
                ["Stourfield City Council", ""],
                ["Overall rating", "Requires improvement"],
                ["Quality statement score", "53%"],
            ],
            widths=[70 * mm, 100 * mm],
        ),
        sp(6),
        P(
            "The overall rating is based on the scores given to each of the nine quality statements. Each quality statement is scored from 1 to 4. Stourfield City Council scored 19 out of a possible 36, which is 53%. Scores between 39% and 62% lead to a rating of requires improvement."
        ),
        PageBreak(),
        h2("Quality statement scores"),
        table(
            [
                ["Theme", "Quality statement", "Score"],
                ["Working with people", "Assessing needs", "2"],
                ["Working with people", "Supporting people to lead healthier lives", "3"],
                ["Working with people", "Equity in experience and outcomes", "2"],
                ["Providing support", "Care provision, integration and continuity", "2"],
                ["Providing support", "Partnerships and communities", "3"],
                ["Ensuring safety", "Safe pathways, systems and transitions", "2"],
                ["Ensuring safety", "Safeguarding", "1"],
                ["Leadership", "Governance, management and sustainability", "2"],
                ["Leadership", "Learning, improvement and innovation", "2"],
            ],
            widths=[45 * mm, 105 * mm, 20 * mm],
        ),
        h2("Summary of people's experiences"),
        P(
            "People who had contact with adult social care told us that staff were kind and caring once they were allocated a worker, but that getting through the 'front door' could take too long. People waited too long for assessments, occupational therapy and reviews, and some people's needs increased while they waited. Unpaid carers told us they felt 'invisible' and that the carers' assessment process was slow and focused on paperwork."
        ),
        P(
            "People were positive about community support, including the Stourfield Connects community hubs and the Shared Lives scheme. People leaving hospital generally received timely support through the Home First service, and most people who received reablement remained at home afterwards."
        ),
        h2("Summary of strengths, areas for development and next steps"),
        P(
            "Strengths included strong partnerships with the voluntary and community sector, a well-developed prevention offer through 11 Stourfield Connects hubs, and effective hospital discharge arrangements. However, we found significant shortfalls in safeguarding. At the time of our assessment, 143 safeguarding concerns were awaiting initial screening, some for more than four weeks, and there was a backlog of 1,140 Deprivation of Liberty Safeguards (DoLS) applications awaiting assessment. Waiting lists for Care Act assessments and occupational therapy were long, and leaders did not have a clear understanding of the risks to people who were waiting."
        ),
        P(
            "Leaders were open about the challenges and had an improvement plan, 'Better Lives Stourfield 2024-2027', which had been agreed by cabinet in July 2024. It was too early to see the impact of many of the planned actions."
        ),
        h1("Theme 1: How Stourfield City Council works with people"),
        P("This theme includes these quality statements: Assessing needs; Supporting people to lead healthier lives; Equity in experience and outcomes."),
    ]
    + qs(
        "Assessing needs",
        2,
        "We maximise the effectiveness of people's care and treatment by assessing and reviewing their health, care, wellbeing and communication needs with them.",
    )
    + [
        P("Assessment, care planning and review arrangements", H3),
        P(
            "Most people told us their assessment was person-centred and that staff listened to what mattered to them. Assessments we reviewed were strengths-based and considered people's wider networks of support. However, care and support plans were not always shared with people in a timely way, and 23% of people surveyed in the Adult Social Care Survey 2023-24 said they had not received a copy of their plan."
        ),
        P("Timeliness of assessments, care planning and reviews", H3),
        P(
            "People waited too long for assessments. At the time of our assessment, 612 people were waiting for a Care Act assessment, and the median waiting time was 57 days. The longest wait was 11 months. Waiting lists were triaged using a RAG rating tool, but staff told us that people rated 'green' were rarely contacted while waiting. There were 389 people waiting for an occupational therapy assessment, with an average wait of 14 weeks. Only 58% of people in receipt of long-term support had received a review in the previous 12 months."
        ),
        P("Assessment and care planning for unpaid carers", H3),
        P(
            "Carers' assessments were carried out by the commissioned Stourfield Carers Centre and by council staff. There were 198 carers waiting for an assessment, and the longest had waited nine months. In the Survey of Adult Carers in England 2023-24, 30.9% of carers in Stourfield were satisfied with social services, compared with the England average of 36.8%. Only 12% of carers reported having as much social contact as they would like."
        ),
        P("Financial assessment and charging policy", H3),
        P(
            "Financial assessments were completed within an average of 21 days. The local authority's charging policy was clear, and people were supported by a welfare benefits team that had helped residents claim an additional £2.1 million in benefits in 2023/24."
        ),
        P("Provision of independent advocacy", H3),
        P(
            "Independent advocacy was provided by Voiceability Stourfield. People who needed advocacy were usually referred appropriately, but staff told us waits of up to six weeks for a Care Act advocate could delay assessments."
        ),
    ]
    + qs(
        "Supporting people to lead healthier lives",
        3,
        "We support people to manage their health and wellbeing so they can maximise their independence, choice and control, live healthier lives and where possible, reduce future needs for care and support.",
    )
    + [
        P(
            "The local authority had a strong prevention offer. The 11 Stourfield Connects community hubs, run in partnership with the Stourfield Council for Voluntary Service, provided information, advice and low-level support in libraries and community centres, and handled around 9,800 enquiries in 2023/24. The technology enabled care service, Lifeline Plus, supported 3,460 people at home."
        ),
        P(
            "Reablement was effective. The in-house reablement service, Home Independence Team, supported 1,320 people in 2023/24, and 81.4% of older people who received reablement after leaving hospital were still at home 91 days later, compared with the England average of 77.5%. Direct payments were used by 22.8% of people receiving long-term support, slightly below the England average."
        ),
    ]
    + qs(
        "Equity in experience and outcomes",
        2,
        "We actively seek out and listen to information about people who are most likely to experience inequality in experience or outcomes. We tailor the care, support and treatment in response to this.",
    )
    + [
        P(
            "The local authority had a good understanding of its diverse population, but this was not consistently used to shape services. Uptake of carers' support among South Asian communities was low, and information was not routinely available in community languages other than Urdu and Punjabi. The local authority had worked with the Stourfield Gypsy and Traveller Forum to improve access to assessments, but there was limited evaluation of the impact of this work. Staff had not all received training on equality, diversity and inclusion: completion stood at 64%."
        ),
        h1("Theme 2: Providing support"),
        P("This theme includes these quality statements: Care provision, integration and continuity; Partnerships and communities."),
    ]
    + qs(
        "Care provision, integration and continuity",
        2,
        "We understand the diverse health and care needs of people and our local communities, so care is joined-up, flexible and supports choice and continuity.",
    )
    + [
        P(
            "The local authority had a market position statement, published in 2023, but provision did not always meet people's needs. There were shortages of nursing care for people living with dementia, and 27 people were placed in care homes outside the city because suitable local placements were not available. Home care capacity had improved, and the number of hours of unmet home care need fell from 2,100 hours a week in January 2023 to 310 hours a week in August 2024. Of the care homes in Stourfield, 76% were rated good or outstanding by CQC, below the England average. Providers told us the local authority's fee uplift of 6.5% for 2024/25 did not cover increases in their costs."
        ),
    ]
    + qs(
        "Partnerships and communities",
        3,
        "We understand our duty to collaborate and work in partnership, so our services work seamlessly for people. We share information and learning with partners and collaborate for improvement.",
    )
    + [
        P(
            "Partnership working with the voluntary and community sector was a clear strength. The local authority funded 46 voluntary organisations through its Community Wellbeing Grants programme. Joint working with the NHS through the Stourfield Place Partnership was well established, and the Better Care Fund was used to fund the Home First discharge service and integrated community teams."
        ),
        h1("Theme 3: How Stourfield City Council ensures safety within the system"),
        P("This theme includes these quality statements: Safe pathways, systems and transitions; Safeguarding."),
    ]
    + qs(
        "Safe pathways, systems and transitions",
        2,
        "We work with people and our partners to establish and maintain safe systems of care, in which safety is managed, monitored and assured. We ensure continuity of care, including when people move between different services.",
    )
    + [
        P(
            "Hospital discharge arrangements were effective. Through the Home First service, 92% of people were discharged from Stourfield General Hospital to their usual place of residence. However, transitions for young people moving from children's to adult services were not well coordinated. The Preparing for Adulthood team had been set up in April 2024, but staff told us that referrals often came too late, and some young people had no adult social care worker at the time of their 18th birthday."
        ),
    ]
    + qs(
        "Safeguarding",
        1,
        "We work with people to understand what being safe means to them and work with our partners to develop the best way to achieve this. We concentrate on improving people's lives while protecting their right to live in safety, free from abuse and neglect.",
    )
    + [
        P(
            "We found significant shortfalls in safeguarding practice. The local authority received 4,870 safeguarding concerns in 2023/24, of which 19% led to a section 42 enquiry. At the time of our assessment, 143 safeguarding concerns were awaiting initial screening in the Adult Multi-Agency Safeguarding Hub (MASH), and some had waited more than four weeks. Leaders had not been aware of the size of this backlog until shortly before our onsite visit. There was no consistent process for checking the safety of people whose concerns were waiting to be screened."
        ),
        P(
            "There was a backlog of 1,140 Deprivation of Liberty Safeguards applications awaiting assessment, and the oldest had been waiting for more than two years. The Stourfield Safeguarding Adults Board, chaired by an independent chair, Marian Oduya, had published two safeguarding adults reviews since 2022, but the learning from them was not well embedded in practice. People's views on the outcome of safeguarding enquiries (Making Safeguarding Personal) were recorded in only 52% of cases."
        ),
        h1("Theme 4: Leadership"),
        P("This theme includes these quality statements: Governance, management and sustainability; Learning, improvement and innovation."),
    ]
    + qs(
        "Governance, management and sustainability",
        2,
        "We have clear responsibilities, roles, systems of accountability and good governance to manage and deliver good quality, sustainable care, treatment and support. We act on the best information about risk, performance and outcomes, and we share this securely with others when appropriate.",
    )
    + [
        P(
            "There had been considerable change in leadership. The current Director of Adult Social Services had been in post since February 2024, following a period of 14 months with interim arrangements. Political leaders were supportive, and the cabinet member for adult social care received monthly performance reports. However, performance information did not give leaders a full picture of risk, as shown by the safeguarding backlog. The adult social care workforce had a vacancy rate of 13% for qualified social workers, and staff turnover was 18% in 2023/24."
        ),
    ]
    + qs(
        "Learning, improvement and innovation",
        2,
        "We focus on continuous learning, innovation and improvement across our organisation and the local system. We encourage creative ways of delivering equality of experience, outcome and quality of life for people.",
    )
    + [
        P(
            "Staff were committed to learning, and there was a well-established principal social worker role and a practice quality framework. The local authority took part in the regional peer challenge programme and had commissioned a peer review from the Local Government Association in 2023. However, the 'Better Lives Stourfield 2024-2027' improvement plan was new, and its impact could not yet be measured. Co-production with people who use services was at an early stage; the Stourfield Experts by Experience panel had met four times since it was established in May 2024."
        ),
    ]
)
build(
    out,
    s,
    "Stourfield City Council: local authority assessment",
    "Care Quality Commission",
    title="Stourfield City Council: local authority assessment",
    author="Care Quality Commission",
)
print(out)
