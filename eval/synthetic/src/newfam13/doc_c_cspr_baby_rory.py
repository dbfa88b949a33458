"""A local Child Safeguarding Practice Review (CSPR) published by a safeguarding children partnership, in the
layout such reviews use: cover with the child's pseudonym, the independent reviewer and the publication date, a
contents page, the introduction (the serious incident, the rapid review and the national Panel's decision), the
review process (methodology, period under review, key lines of enquiry, the learning event, family
involvement), the child and his family, key practice episodes, findings with the learning for each, good
practice, numbered recommendations to the partnership, the review panel's membership and a glossary. No grades.
The partnership, the council, the police force, the family, the practitioners and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common13 import *

out = out_path("safeguarding-practice-reviews/Wyndlow-SCP-Child-Safeguarding-Practice-Review-Baby-Rory-May-2026.pdf")

COVER = ParagraphStyle("cover13c", parent=TITLE, fontSize=26, leading=32)

RECS = [
    "The Wyndlow Safeguarding Children Partnership should relaunch the Wyndlow Bruising in Non-Mobile Babies "
    "Protocol across all agencies, including every GP practice, and should audit its use within six months of "
    "the relaunch.",
    "All partner agencies should make sure that fathers and male carers are seen, named and assessed in their "
    "own right, and should record who was present at every contact with a baby.",
    "Mid Tarn Integrated Care Board should seek assurance from maternity and health visiting services that "
    "routine enquiry about domestic abuse takes place when a woman is seen alone, and that it is repeated "
    "later in pregnancy if it was not possible.",
    "Wyndlow Borough Council should review the caseloads of personal advisers in the Onward Team, and should "
    "make sure that every care leaver who becomes a parent is offered a pre-birth assessment of the support "
    "they need.",
    "The partnership should agree with Tarnside Safeguarding Children Partnership that health visiting records "
    "are transferred within five working days when a family moves between the two areas.",
    "Eskmere Police and Wyndlow children's social care should make sure that information about domestic abuse "
    "involving a parent's previous partners is shared with midwifery and health visiting when a pregnancy is "
    "known.",
]

s = []
s += [
    P("<b>Wyndlow Safeguarding Children Partnership</b>", SUB),
    P("Wyndlow Borough Council | Mid Tarn Integrated Care Board | Eskmere Police", SMALL),
    sp(60),
    Paragraph("Child Safeguarding Practice Review", COVER),
    P("Baby Rory", SUB),
    sp(20),
    P("Independent reviewer: Dr Alison Marwood-Kaye"),
    P("Final report agreed by the safeguarding partners: 17 March 2026"),
    P("<b>Published: 20 May 2026</b>"),
    sp(100),
    P(
        "This is a synthetic review created for testing purposes. The Wyndlow Safeguarding Children Partnership, "
        "its partner agencies, Rory and his family, the practitioners and all figures in this review are "
        "fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
    table(
        [
            ["1. Introduction", "3"],
            ["2. The review process", "3"],
            ["3. Rory and his family", "4"],
            ["4. Key practice episodes", "4"],
            ["5. Findings and learning", "4"],
            ["6. Good practice", "6"],
            ["7. Recommendations", "6"],
            ["Appendix 1: Review panel membership", "7"],
            ["Appendix 2: Glossary", "7"],
        ],
        widths=[145 * mm, 20 * mm],
        header=False,
    ),
    PageBreak(),
    h1("1. Introduction"),
]
s += para_block(
    "1",
    [
        "This review concerns a baby boy, who is called Rory in this report. His family chose the name. On 11 "
        "July 2025, when Rory was 10 weeks old, his father called an ambulance because Rory was unresponsive. "
        "Rory was taken to Wyndlow General Hospital, where scans showed a skull fracture and a subdural "
        "haemorrhage. A skeletal survey found three healing rib fractures, estimated to be two to four weeks "
        "old.",
        "The serious incident was notified to the national Child Safeguarding Practice Review Panel on 14 July "
        "2025. The Wyndlow Safeguarding Children Partnership (WSCP) held a rapid review on 30 July 2025. The "
        "rapid review identified potential learning about the recognition of bruising in non-mobile babies, the "
        "involvement of fathers, and support for young parents who are care leavers. On 15 August 2025 the "
        "national Panel agreed with the partnership's recommendation that a local child safeguarding practice "
        "review should be carried out.",
        "Rory survived his injuries but has lasting harm to his sight and development. He now lives with members "
        "of his extended family under a special guardianship order. Criminal proceedings against Rory's father "
        "concluded after this review was completed; the review makes no finding about how Rory's injuries were "
        "caused.",
    ],
)
N2 = Numberer("2")
s += [h1("2. The review process")]
s += N2(
    [
        "The partnership commissioned Dr Alison Marwood-Kaye, an independent social work consultant who has no "
        "connection with any agency in Wyndlow, to lead the review. She was supported by a review panel of "
        "senior managers from the agencies involved (Appendix 1).",
        "The review considered the period from 1 November 2024, when Rory's mother booked with maternity "
        "services, to 11 July 2025. It used a systems approach, which looks at why practice happened as it did "
        "rather than at individual blame.",
        "Nine agencies provided chronologies and reflective reports. A practitioner learning event was held on "
        "21 November 2025 and was attended by 23 practitioners from nine agencies. The reviewer also spoke "
        "individually with the GP, the health visitor and Rory's mother's personal adviser.",
    ],
)
s += [h2("Key lines of enquiry")]
s += bullets(
    [
        "How well did agencies know and involve Rory's father?",
        "How well was the Wyndlow Bruising in Non-Mobile Babies Protocol understood and used?",
        "What support did Rory's mother receive as a care leaver who was becoming a parent?",
        "How well was information about domestic abuse shared between agencies?",
        "What was the impact of the family's moves between Tarnside and Wyndlow?",
    ]
)
s += [h2("Family involvement")]
s += N2(
    [
        "The reviewer met Rory's mother twice, and spoke with Rory's maternal grandmother, who is now one of his "
        "special guardians. Their views are included throughout the report. Rory's father was not approached "
        "while criminal proceedings were ongoing.",
    ],
)
s += [h1("3. Rory and his family")]
s += para_block(
    "3",
    [
        "Rory's mother, referred to as Ms A, was 19 when Rory was born. She had been looked after by Wyndlow "
        "Borough Council from the age of 13 and had lived in foster care and then in supported accommodation. "
        "As a care leaver she had a personal adviser from the council's leaving care service, the Onward Team.",
        "Rory's father, referred to as Mr B, was 24. He was not known to children's social care in Wyndlow. "
        "Eskmere Police held records of two domestic abuse incidents involving Mr B and a previous partner, in "
        "2021 and 2023; no further action was taken on either occasion.",
        "Ms A described Rory as 'a lovely, smiley baby who hated being put down'. She told the reviewer that he "
        "cried a great deal in the evenings and that she and Mr B had been very tired. She said: 'Everyone "
        "asked me how I was doing. Nobody ever really asked him.'",
    ],
)
s += [h1("4. Key practice episodes")]
s += [
    table(
        [
            ["Episode", "Period", "Summary"],
            ["1. Pregnancy", "November 2024 to April 2025",
             "Ms A booked at 14 weeks. Routine enquiry about domestic abuse was recorded as 'not asked - "
             "partner present' at four of six antenatal appointments. No pre-birth assessment was requested."],
            ["2. Housing moves", "January to May 2025",
             "The family were placed in temporary accommodation by Tarnside Borough Council and moved three "
             "times in eight months, the last move being to Wyndlow in April 2025."],
            ["3. Birth and early weeks", "May 2025",
             "Rory was born on 2 May 2025. Health visiting records took 19 days to arrive from Tarnside, and "
             "the new birth visit took place on day 16."],
            ["4. The 6 to 8 week check", "16 June 2025",
             "The GP noted a small bruise on Rory's left cheek. It was not referred under the protocol."],
            ["5. The weeks before the incident", "June to 11 July 2025",
             "Ms A called NHS 111 on 4 July 2025 because Rory was sleepy and 'floppy' after a feed. She was "
             "advised to see her GP the next day; no appointment was made."],
        ],
        widths=[38 * mm, 40 * mm, 92 * mm],
    ),
    sp(8),
]
s += para_block(
    "4",
    [
        "Across all agencies, practitioners had 37 recorded contacts with Ms A or with Rory during the period "
        "under review. Mr B was present at 11 of these, and was spoken to directly at three.",
        "The health visiting service had five contacts with the family after Rory was born. Mr B was present at "
        "only one of the five health visiting contacts, and at that contact he was not asked about his own "
        "health, his experience of becoming a father or how he was coping with Rory's crying.",
    ],
)
N5 = Numberer("5")
s += [h1("5. Findings and learning")]
s += [h2("Finding 1: Rory's father was largely invisible to the professionals working with the family")]
s += N5(
    [
        "Agencies' records often referred to Mr B only as 'partner' or 'dad', and few recorded his date of "
        "birth. No agency checked whether he was known to other services. Practitioners at the learning event "
        "said that the focus of their work was the mother, and that appointments were usually arranged during "
        "working hours when Mr B was at work.",
        "Calm Baby Wyndlow, the partnership's programme to help parents cope with a crying baby, was delivered "
        "to Ms A on the postnatal ward, but Mr B was not present and no agency followed it up with him.",
    ],
)
s += [callout("Learning point 1: Fathers and male carers need to be seen, known and assessed in their own right. Every contact with a baby is an opportunity to ask who lives in the household and who looks after the baby.")]
s += [h2("Finding 2: the Wyndlow Bruising in Non-Mobile Babies Protocol was not followed")]
s += N5(
    [
        "The protocol requires that any bruise on a baby who is not yet mobile is referred to children's social "
        "care and that the baby has a paediatric assessment on the same day. At Rory's 6 to 8 week check on 16 "
        "June 2025, the GP noted a small bruise on his left cheek, which Ms A explained had been caused by a "
        "dummy clip. The bruise was recorded in Rory's notes but was not referred under the protocol, and the "
        "health visitor was not told.",
        "The GP told the reviewer that he was aware of the protocol but had thought it applied only to bruises "
        "that were unexplained. The partnership's own multi-agency audit in 2024 had found that 40% of GP "
        "practice staff who responded to its survey were not aware of the protocol, and that it had not been "
        "relaunched since 2019.",
    ],
)
s += [callout("Learning point 2: A bruise on a baby who is not yet mobile is a red flag, even when a parent gives an explanation. The protocol applies to every bruise, explained or not.")]
s += [h2("Finding 3: Ms A did not receive the support that care leavers who become parents should receive")]
s += N5(
    [
        "Wyndlow's local offer for care leavers says that every care leaver who becomes a parent will be offered "
        "a pre-birth assessment of the support they need. Ms A's personal adviser was committed and persistent, "
        "but had a caseload of 31 young people, above the council's own target of 25, and did not request a "
        "pre-birth assessment.",
    ],
)
s += [callout("Learning point 3: Young parents who are care leavers may need extra support when they become parents, and the local offer must be delivered in practice, not only on paper.")]
s += [h2("Finding 4: information about domestic abuse was not shared and routine enquiry did not take place")]
s += N5(
    [
        "Eskmere Police held information about two domestic abuse incidents involving Mr B and a previous "
        "partner. There was no mechanism through which this could have become known to maternity or health "
        "visiting services, since neither incident had been referred to children's social care.",
        "Midwives are expected to ask every pregnant woman about domestic abuse when she is seen alone. Ms A was "
        "never seen alone during her pregnancy, and routine enquiry was recorded as 'not asked - partner present' "
        "at four of her six antenatal appointments.",
    ],
)
s += [callout("Learning point 4: If a woman is never seen alone, routine enquiry about domestic abuse never happens. Services need to create the opportunity.")]
s += [h2("Finding 5: moving between areas disrupted the family's health visiting")]
s += N5(
    [
        "The family moved three times in eight months. When they moved from Tarnside to Wyndlow, the transfer "
        "of health visiting records took 19 days, and the new birth visit did not take place until Rory was 16 "
        "days old. Wyndlow and Tarnside have no agreed timescale for the transfer of records.",
    ],
)
s += [callout("Learning point 5: When families move between areas, records must follow them quickly so that the new service knows what has already happened.")]
s += [
    h1("6. Good practice"),
]
s += bullets(
    [
        "The response of the ambulance service, Wyndlow General Hospital and Eskmere Police on 11 July 2025 was "
        "prompt and well co-ordinated, and a strategy meeting was held the same day.",
        "The midwife who booked Ms A completed a thorough assessment of her history as a care leaver.",
        "Ms A's personal adviser kept in touch with her throughout the pregnancy despite a high caseload, and "
        "helped her to furnish the family's flat.",
    ]
)
s += [h1("7. Recommendations")]
s += [P("The review makes the following recommendations to the Wyndlow Safeguarding Children Partnership.")]
s += numbered(RECS)
s += [
    P(
        "The partnership will publish its response to these recommendations alongside this report, and will "
        "report on progress through its annual report."
    ),
    h1("Appendix 1: Review panel membership"),
    table(
        [
            ["Role", "Agency"],
            ["Independent reviewer (Dr Alison Marwood-Kaye)", "Independent"],
            ["Chair of the panel, Head of Safeguarding and Quality Assurance", "Wyndlow Borough Council"],
            ["Partnership business manager", "Wyndlow Safeguarding Children Partnership"],
            ["Designated nurse for safeguarding children", "Mid Tarn Integrated Care Board"],
            ["Named GP for safeguarding", "Mid Tarn Integrated Care Board"],
            ["Named midwife", "Wyndlow General Hospital NHS Trust"],
            ["Head of health visiting", "Wyndlow Community Health Services"],
            ["Detective Inspector, Public Protection Unit", "Eskmere Police"],
            ["Service manager, Onward Team", "Wyndlow Borough Council"],
            ["Housing options manager", "Tarnside Borough Council"],
        ],
        widths=[95 * mm, 75 * mm],
    ),
    h1("Appendix 2: Glossary"),
    table(
        [
            ["Term", "Meaning"],
            ["CSPR", "Child safeguarding practice review"],
            ["Rapid review", "A review the safeguarding partners carry out after a serious incident is notified, "
                             "to decide whether a local review is needed"],
            ["Routine enquiry", "Asking every pregnant woman, when she is seen alone, whether she is experiencing "
                                "domestic abuse"],
            ["Personal adviser", "A worker who supports a care leaver up to the age of 25"],
            ["Special guardianship order", "A court order appointing one or more people to be a child's special "
                                           "guardian"],
        ],
        widths=[45 * mm, 125 * mm],
    ),
    sp(10),
    P(
        "Wyndlow Safeguarding Children Partnership, May 2026. This review is synthetic and was not produced by "
        "any real safeguarding partnership.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Wyndlow Safeguarding Children Partnership",
    header_right="CSPR: Baby Rory",
    footer_left="Published 20 May 2026",
    page_fmt="Page {n} of {total}",
    title="Child Safeguarding Practice Review: Baby Rory",
    author="Wyndlow Safeguarding Children Partnership",
)
print(out)
