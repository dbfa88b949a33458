"""A council's post-inspection action plan, published as an appendix to a Cabinet report: the Welsh council of
doc_c answers Estyn's four recommendations in a landscape table (reference, action, lead officer, due date, RAG
status, progress update), with an introduction, governance and monitoring, the RAG key, a summary of the RAG
statuses and document control. The council, people and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common11 import *

out = out_path(
    "council-action-plans/Cwmderwen_CBC_Estyn_post-inspection_action_plan_Cabinet_21_October_2026.pdf"
)

HEAD_INCL = "Siân Morris-Bevan, Head of Inclusion and Pupil Engagement"
SCH_IMP = "Dylan Hopcyn, Principal Officer, School Improvement"
PERF = "Kerry Lewis-Grant, Performance and Evaluation Lead"
DIR = "Dr Gwenllian Prosser-Hale, Director of Education and Lifelong Learning"
ALN = "Rachel Tudor-Evans, Head of Additional Learning Needs"
WELSH = "Elin Gwyther, Welsh in Education Officer"
ORG = "Owain Caradog, Head of School Organisation and Planning"
COMMS = "Bethan Saunders, Communications and Engagement Manager"

HEADER = ["Ref", "Action", "Lead officer", "Due date", "RAG status", "Progress update (at 30 September 2026)"]
W = [13 * mm, 74 * mm, 46 * mm, 24 * mm, 20 * mm, 90 * mm]


def rec_block(n, text, rows):
    return [
        h2(f"Recommendation {n}: {text}"),
        rag([HEADER] + rows, widths=W, rag_col=4),
        sp(8),
    ]


s = []
s += [
    P("<b>Cwmderwen County Borough Council</b><br/>Cyngor Bwrdeistref Sirol Cwmderwen", SUB),
    Paragraph("Estyn inspection of local government education services: post-inspection action plan", TITLE),
    P("Appendix A to the report of the Director of Education and Lifelong Learning", SUB),
    kv(
        [
            ["Meeting", "Cabinet"],
            ["Date of meeting", "21 October 2026"],
            ["Agenda item", "8"],
            ["Cabinet Member", "Councillor Nia Rhydderch-Ellis, Cabinet Member for Education and the Welsh Language"],
            ["Responsible officer", DIR],
            ["Version", "1.3 (draft for Cabinet approval)"],
        ],
        widths=(60 * mm, 150 * mm),
    ),
    h1("1. Introduction"),
]
s += paras(
    "1",
    [
        "Estyn inspected the Council's education services in June 2026 and published its report on 14 August "
        "2026. The report recognises the Council's clear ambition for children and young people, the successful "
        "move of school improvement services in-house in April 2025, and the strength of our community focused "
        "schools and youth service. Estyn identified the community focused schools programme as effective "
        "practice.",
        "The report makes four recommendations (R1 to R4). This action plan sets out how the Council will "
        "address each of them. Estyn asks local authorities to share their plans within three months of "
        "publication; this plan will be sent to Estyn by 14 November 2026, following Cabinet approval.",
        "The actions in this plan will cost an estimated £286,000 in 2026-2027, mainly for additional staff in "
        "the Education Welfare Service and the ALN team. This will be met from the Education Directorate's "
        "earmarked reserve and will be built into the base budget from 2027-2028.",
    ],
)
s += [h1("2. Governance and monitoring")]
s += paras(
    "2",
    [
        "The Director of Education and Lifelong Learning is accountable for the delivery of this plan. An "
        "Estyn Recommendations Board, chaired by the Director and including the Chief Executive and the Cabinet "
        "Member, will meet every six weeks to monitor progress.",
        "Progress will be reported to the Education Scrutiny Committee every six months, with the first report "
        "due on 11 March 2027. Each action has a lead officer and a due date, and is given a RAG status at each "
        "monitoring point.",
    ],
)
s += [
    h2("RAG key"),
    rag(
        [
            ["Status", "Meaning", "RAG status"],
            ["Complete", "The action has been completed.", "Blue"],
            ["On track", "The action is on track to be delivered by the due date.", "Green"],
            ["Some slippage", "There is some slippage, but remedial action is in hand and the action is expected to "
             "be delivered by the due date or shortly after.", "Amber"],
            ["At risk", "The action will not be delivered by the due date without intervention.", "Red"],
        ],
        widths=[35 * mm, 150 * mm, 25 * mm],
        rag_col=2,
    ),
    h2("Summary of progress at 30 September 2026"),
    P(
        "The plan contains 13 actions. At 30 September 2026, two actions were complete (blue), six were on track "
        "(green), four had some slippage (amber) and one was at risk (red)."
    ),
    PageBreak(),
    h1("3. Action plan"),
]
s += rec_block(
    1,
    "Improve attendance, particularly in secondary schools and among pupils eligible for free school meals",
    [
        [
            "1.1",
            "Increase the capacity of the Education Welfare Service from 6 to 9 full-time equivalent education "
            "welfare officers, with one officer linked to each secondary and all-age school.",
            HEAD_INCL,
            "December 2026",
            "Green",
            "Two of the three new education welfare officers started on 1 September 2026. The third post has been "
            "re-advertised and interviews are on 4 November 2026.",
        ],
        [
            "1.2",
            "Introduce a fortnightly attendance dashboard showing the attendance of pupils eligible for free "
            "school meals in every secondary and all-age school, shared with headteachers and school improvement "
            "advisers.",
            HEAD_INCL,
            "October 2026",
            "Blue",
            "Complete. The dashboard has been live since 7 September 2026 and is discussed at every adviser visit.",
        ],
        [
            "1.3",
            "Launch the 'Bob Dydd yn Cyfrif / Every Day Counts' campaign with families, including a text message "
            "service for parents of pupils whose attendance falls below 90%.",
            COMMS,
            "January 2027",
            "Amber",
            "Campaign materials are ready. The text message service has been delayed until the new pupil "
            "information system goes live in November 2026.",
        ],
        [
            "1.4",
            "Raise the attendance of secondary pupils eligible for free school meals from 82.4% (2024-2025) to "
            "85% by the end of the 2026-2027 school year, through targeted support in the three schools with the "
            "lowest attendance.",
            SCH_IMP,
            "July 2027",
            "Amber",
            "Attendance of secondary pupils eligible for free school meals was 83.1% in the first four weeks of "
            "the autumn term, against a milestone of 83.5%.",
        ],
    ],
)
s += rec_block(
    2,
    "Strengthen self-evaluation so that it focuses on the impact of education services on learners, and use the "
    "findings to sharpen improvement planning",
    [
        [
            "2.1",
            "Appoint a Performance and Evaluation Lead for the Education Directorate.",
            DIR,
            "September 2026",
            "Blue",
            "Complete. Kerry Lewis-Grant was appointed and took up the post on 1 September 2026.",
        ],
        [
            "2.2",
            "Revise the service plan template so that every education service sets out the impact measures it "
            "will use, and train all service managers in its use.",
            PERF,
            "December 2026",
            "Green",
            "The new template was agreed by the Directorate Management Team on 22 September 2026. Training for 17 "
            "service managers is booked for November 2026.",
        ],
        [
            "2.3",
            "Produce a six-monthly report on the impact of education services for the Education Scrutiny "
            "Committee.",
            PERF,
            "March 2027",
            "Green",
            "The first report is scheduled for the Committee's meeting on 11 March 2027.",
        ],
    ],
)
s += rec_block(
    3,
    "Improve the timeliness of the individual development plans that the local authority maintains",
    [
        [
            "3.1",
            "Recruit two additional ALN caseworkers to the local authority's ALN team.",
            ALN,
            "November 2026",
            "Green",
            "Both caseworkers have been appointed and will be in post from 5 October 2026.",
        ],
        [
            "3.2",
            "Track every IDP maintained by the local authority against the statutory 12-week timescale each "
            "week, with cases at risk of delay escalated to the Head of Additional Learning Needs.",
            ALN,
            "September 2026",
            "Green",
            "Weekly tracking began in July 2026. In July to September 2026, 63% of IDPs were issued within 12 "
            "weeks, compared with 46% in 2025-2026.",
        ],
        [
            "3.3",
            "Survey parents and carers whose children have an IDP maintained by the local authority about their "
            "experience of the process, and act on the findings.",
            ALN,
            "February 2027",
            "Amber",
            "The survey has been drafted with the parent carer forum but has not yet been issued.",
        ],
    ],
)
s += rec_block(
    4,
    "Accelerate progress towards the targets in the Welsh in Education Strategic Plan",
    [
        [
            "4.1",
            "Open Ysgol Gymraeg Nant yr Hydd, a new 315-place Welsh-medium primary school with a nursery, in "
            "Pontyrhos.",
            ORG,
            "September 2027",
            "Amber",
            "The building contract was signed in July 2026. Groundworks are four weeks behind schedule because "
            "of drainage problems on the site; the contractor expects to recover the time by spring 2027.",
        ],
        [
            "4.2",
            "Recruit 10 trainees to 'Athrawon Yfory', a grow-your-own scheme for Welsh-medium teaching "
            "assistants to train as teachers while they work.",
            WELSH,
            "September 2026",
            "Red",
            "Only 3 of the 10 places were filled for September 2026. The scheme will be re-launched with a "
            "higher salary supplement for a January 2027 intake.",
        ],
        [
            "4.3",
            "Extend the late immersion centre, Canolfan Iaith Derwen, to a second site in Abercorran, so that "
            "pupils who move into the area can transfer to Welsh-medium education.",
            WELSH,
            "April 2027",
            "Green",
            "A classroom at Ysgol Gynradd Abercorran has been identified and a teacher appointed.",
        ],
    ],
)
s += [
    h1("4. Document control"),
    kv(
        [
            ["Plan owner", DIR],
            ["Approved by", "Directorate Management Team, 29 September 2026; Cabinet, 21 October 2026 (for approval)"],
            ["Next review", "Estyn Recommendations Board, December 2026"],
            ["Contact", "education.improvement@cwmderwen.example.gov.wales"],
        ],
        widths=(60 * mm, 150 * mm),
    ),
]
build_landscape(
    out,
    s,
    header_left="Cwmderwen County Borough Council",
    header_right="Estyn post-inspection action plan: Cabinet, 21 October 2026, Appendix A",
    footer_left="Appendix A: Estyn post-inspection action plan",
    page_fmt="Page {n}",
    title="Cwmderwen County Borough Council - Estyn post-inspection action plan - Cabinet 21 October 2026",
    author="Cwmderwen County Borough Council",
)
print(out)
