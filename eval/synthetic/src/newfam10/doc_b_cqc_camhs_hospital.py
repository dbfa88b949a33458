"""CQC assessment of an independent child and adolescent mental health (CAMHS) inpatient hospital under the single
assessment framework: key question ratings, quality statement scores of 1 to 4 and percentage scores. Fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common10 import *

out = out_path("cqc-independent-mental-health/1-2278451937_Larkfield_Lodge_assessment_report_20250509.pdf")

RI, G, I, O = "Requires improvement", "Good", "Inadequate", "Outstanding"
SHADE = {G: "#cfe8d3", RI: "#fbe3c2", I: "#f4c7c3", O: "#c9dcf0"}
MEANING = {
    4: "Evidence shows an exceptional standard",
    3: "Evidence shows a good standard",
    2: "Evidence shows some shortfalls",
    1: "Evidence shows significant shortfalls",
}


def ratings(rows):
    data = [[Paragraph(esc(a), CELLB), Paragraph(esc(b), CELLB)] for a, b in rows]
    t = Table(data, colWidths=[90 * mm, 60 * mm])
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r, (_, b) in enumerate(rows):
        st.append(("BACKGROUND", (1, r), (1, r), colors.HexColor(SHADE[b])))
    t.setStyle(TableStyle(st))
    return t


def scores(rows):
    """Quality statement scores: statement, score (1 to 4), what the score means."""
    return table(
        [["Quality statement", "Score", "What the score means"]]
        + [[name, str(n), MEANING[n]] for name, n in rows],
        widths=[72 * mm, 16 * mm, 82 * mm],
    )


def kq(name, rating, pct, rows, paras_):
    total = sum(n for _, n in rows)
    res = [
        h1(f"{name}"),
        P(f"<b>Rating: {rating}</b>"),
        P(
            f"Percentage score: {pct}%. We scored {len(rows)} quality statements in this key question, for a total of "
            f"{total} points out of a possible {4 * len(rows)}."
        ),
        scores(rows),
        sp(6),
    ]
    for head, text in paras_:
        res.append(h3(head))
        for t in text if isinstance(text, list) else [text]:
            res.append(P(t))
    return res


SAFE = [
    ("Learning culture", 2),
    ("Safe systems, pathways and transitions", 1),
    ("Safeguarding", 1),
    ("Involving people to manage risks", 1),
    ("Safe environments", 2),
    ("Safe and effective staffing", 1),
    ("Infection prevention and control", 2),
    ("Medicines optimisation", 2),
]
EFFECTIVE = [
    ("Assessing needs", 2),
    ("Delivering evidence-based care and treatment", 3),
    ("How staff, teams and services work together", 3),
    ("Supporting people to live healthier lives", 2),
    ("Monitoring and improving outcomes", 2),
    ("Consent to care and treatment", 2),
]
CARING = [
    ("Kindness, compassion and dignity", 3),
    ("Treating people as individuals", 3),
    ("Independence, choice and control", 3),
    ("Responding to people's immediate needs", 3),
    ("Workforce wellbeing and enablement", 2),
]
RESPONSIVE = [
    ("Person-centred care", 3),
    ("Care provision, integration and continuity", 3),
    ("Providing information", 3),
    ("Listening to and involving people", 2),
    ("Equity in access", 3),
    ("Equity in experiences and outcomes", 3),
    ("Planning for the future", 2),
]
WELL_LED = [
    ("Shared direction and culture", 2),
    ("Capable, compassionate and inclusive leaders", 2),
    ("Freedom to speak up", 1),
    ("Workforce equality, diversity and inclusion", 3),
    ("Governance, management and sustainability", 1),
    ("Partnerships and communities", 3),
    ("Learning, improvement and innovation", 2),
    ("Environmental sustainability - sustainable development", 2),
]

s = []
s += [
    P("<b>Care Quality Commission</b>", SUB),
    Paragraph("Larkfield Lodge", TITLE),
    P("<b>Assessment report</b>"),
    P("Aldermoor Healthcare Limited"),
    P("Hornbeam Lane<br/>Pennock<br/>Wexmoor<br/>PK4 8NW"),
    kv(
        [
            ["Location ID", "1-2278451937"],
            ["Service type", "Hospital - mental health/capacity; child and adolescent mental health wards"],
            ["Date of assessment", "3 February 2025 to 25 February 2025"],
            ["Date of on-site visits", "4 and 5 February 2025"],
            ["Date of publication", "9 May 2025"],
        ]
    ),
    sp(10),
    h2("Ratings"),
    ratings(
        [
            ["Overall rating for this location", RI],
            ["Safe", I],
            ["Effective", RI],
            ["Caring", G],
            ["Responsive", G],
            ["Well-led", RI],
        ]
    ),
    sp(6),
    P(
        "Our previous rating for this location, published in November 2022, was good overall. The rating has gone "
        "down.",
    ),
    h1("Our view of the service"),
    P(
        "Larkfield Lodge is an independent hospital run by Aldermoor Healthcare Limited. It provides inpatient "
        "mental health care for young people aged 12 to 17, most of whom are detained under the Mental Health "
        "Act 1983. The hospital has 30 beds on three wards: Kingfisher Ward, a 12-bed general adolescent unit; "
        "Swift Ward, an 8-bed psychiatric intensive care unit (PICU); and Wren Ward, a 10-bed ward for young "
        "people with eating disorders. Almost all young people are funded by the NHS, through the Wexmoor and "
        "Lanstone CAMHS Provider Collaborative."
    ),
    P(
        "We carried out this assessment because we received information of concern from the provider "
        "collaborative and from 2 whistleblowers about the use of restraint and about staffing on Swift Ward. We "
        "looked at all 5 key questions. At the time of our assessment, 26 young people were in the hospital, and "
        "9 of them were placed more than 50 miles from home."
    ),
    P(
        "Young people on Swift Ward were not always safe. Staff restrained young people often, and some "
        "restraints were not carried out or recorded in line with the provider's policy or national guidance. "
        "There were not always enough permanent, suitably trained staff on the wards. Leaders had not identified "
        "or acted on these risks quickly enough."
    ),
    P(
        "However, young people and their families told us that most staff were kind and caring. Care on Wren "
        "Ward was good, and young people had good access to education at the hospital school, Larkfield Lodge "
        "School, which is registered and inspected separately by Ofsted."
    ),
    P(
        "We found breaches of the legal regulations in relation to safe care and treatment, safeguarding, "
        "staffing and good governance. On 14 February 2025 we imposed urgent conditions on the provider's "
        "registration under section 31 of the Health and Social Care Act 2008. These mean that the provider must "
        "not admit any young person to Swift Ward without the prior written agreement of CQC, and must send us a "
        "weekly report on the use of restraint and on staffing across the hospital."
    ),
    h1("People's experience of this service"),
    P(
        "We spoke with 17 young people and 11 parents and carers. Most young people said that staff treated them "
        "with respect and that they had someone they could talk to. Twelve of the 17 young people told us that "
        "staff were kind, and young people on Wren Ward were especially positive about the support of the "
        "dietitian and the family therapy team."
    ),
    P(
        "However, several young people on Swift Ward told us they felt scared when other young people were "
        "restrained, and 2 young people said they had been hurt during a restraint. Parents and carers told us "
        "that communication from the hospital was good once their child was settled, but that they were not "
        "always told promptly when their child had been restrained or had been given rapid tranquillisation."
    ),
    P(
        "Young people said there was too little to do at weekends. Three young people on Kingfisher Ward told us "
        "that leave off the ward was cancelled because there were not enough staff to escort them."
    ),
]
s += kq(
    "Safe",
    I,
    38,
    SAFE,
    [
        (
            "Safeguarding: score 1",
            [
                "Staff used physical restraint very frequently. In the 6 months to 31 January 2025, staff used "
                "physical restraint 412 times across the hospital, 268 of them on Swift Ward. Staff used prone "
                "(face-down) restraint 37 times, although the provider's own policy says prone restraint should "
                "only be used in exceptional circumstances and for the shortest possible time. We reviewed CCTV "
                "footage of 10 restraints and found that in 4 of them staff did not use the approved techniques.",
                "Young people on Swift Ward were given rapid tranquillisation 22 times in the same period. Physical "
                "health monitoring after rapid tranquillisation was incomplete in 9 of the 22 records we "
                "reviewed.",
                "Staff knew how to make a safeguarding referral, and the hospital's safeguarding lead met the local "
                "authority designated officer every month. However, managers had not referred 3 allegations that "
                "staff had used excessive force to the local authority until the provider collaborative raised "
                "them.",
            ],
        ),
        (
            "Involving people to manage risks: score 1",
            [
                "Staff did not always manage risks to young people well. We reviewed 24 enhanced observation "
                "records, and 7 of them had gaps of between 15 minutes and 2 hours during which no observation "
                "was recorded. Swift Ward had a seclusion room; staff did not complete the required medical "
                "reviews of seclusion in 9 of the 20 episodes of seclusion we reviewed.",
                "Young people on Kingfisher Ward were subject to blanket restrictions that were not based on "
                "individual risk. All young people had their mobile phones removed at 9pm, and access to the "
                "garden was limited to 2 fixed times a day.",
            ],
        ),
        (
            "Safe and effective staffing: score 1",
            [
                "There were not enough permanent staff. The hospital had 41 vacancies for registered nurses and "
                "healthcare support workers, and agency staff filled 36% of healthcare support worker shifts in "
                "December 2024. On Kingfisher Ward, staffing fell below the planned level on 41% of day shifts in "
                "December 2024. Only 64% of staff on Swift Ward had completed training in the provider's approved "
                "restraint techniques, against a target of 95%.",
            ],
        ),
        (
            "Medicines optimisation: score 2",
            "Medicines were stored safely and young people's physical health was monitored when they were "
            "prescribed antipsychotic medicines. However, 'as required' (PRN) medicines were often given without "
            "a record of why they had been needed.",
        ),
    ],
)
s += kq(
    "Effective",
    RI,
    58,
    EFFECTIVE,
    [
        (
            "Assessing needs: score 2",
            "Young people received a comprehensive assessment on admission, but care plans on Kingfisher and Swift "
            "Wards were often generic and did not reflect young people's own views. Positive behaviour support "
            "plans were in place for only 11 of the 18 young people on those wards.",
        ),
        (
            "Consent to care and treatment: score 2",
            "Staff understood the Mental Health Act and the Mental Capacity Act. Young people were told about "
            "their rights under section 132 of the Mental Health Act, but records showed this happened within "
            "24 hours of detention in 18 of 20 cases. Gillick competence assessments were not always recorded for "
            "young people under 16.",
        ),
        (
            "Delivering evidence-based care and treatment: score 3",
            "The eating disorders service on Wren Ward followed national guidance, and the average length of "
            "stay on Wren Ward was 78 days. The average length of stay on Kingfisher Ward was 94 days. Young "
            "people had access to a range of psychological therapies, including dialectical behaviour therapy "
            "skills groups.",
        ),
    ],
)
s += kq(
    "Caring",
    G,
    70,
    CARING,
    [
        (
            "Kindness, compassion and dignity: score 3",
            "We saw many kind and respectful interactions between staff and young people. Staff knew young "
            "people well and spoke about them with warmth. Young people could personalise their bedrooms.",
        ),
        (
            "Workforce wellbeing and enablement: score 2",
            "Staff on Swift Ward told us they felt exhausted. Debriefs after restraint were offered to staff after "
            "only 58% of incidents in January 2025.",
        ),
    ],
)
s += kq(
    "Responsive",
    G,
    68,
    RESPONSIVE,
    [
        (
            "Person-centred care: score 3",
            "Young people went to the hospital school every weekday during term time and received at least 15 "
            "hours of education a week. Staff supported young people to keep in touch with their families, and "
            "the hospital had 2 family rooms where relatives could stay overnight.",
        ),
        (
            "Listening to and involving people: score 2",
            "Young people could raise complaints, and the hospital received 19 complaints in 2024. However, "
            "community meetings on Kingfisher Ward had not taken place since October 2024, and young people told "
            "us they did not know what had happened as a result of issues they had raised.",
        ),
    ],
)
s += kq(
    "Well-led",
    RI,
    50,
    WELL_LED,
    [
        (
            "Governance, management and sustainability: score 1",
            [
                "Governance processes did not give leaders an accurate picture of the risks on the wards. The "
                "hospital's restraint data was reported to the provider's board as a monthly total for the whole "
                "hospital, and did not show the use of prone restraint or the increase on Swift Ward. Audits of "
                "observation records had not identified the gaps we found.",
                "The hospital director, Dr Callum Pryce-Edwards, had been in post since September 2024 and was also "
                "the registered manager. He had an improvement plan, but it had only been in place since January "
                "2025 and it was too early to see its impact.",
            ],
        ),
        (
            "Freedom to speak up: score 1",
            "Staff did not always feel able to raise concerns. In the provider's 2024 staff survey, 48% of staff "
            "at Larkfield Lodge said they felt safe to speak up about anything that concerned them. The provider's "
            "Freedom to Speak Up guardian was based at another of the provider's hospitals and visited Larkfield "
            "Lodge once a quarter.",
        ),
    ],
)
s += [
    h1("Scores and ratings explained"),
    P(
        "We score each quality statement we assess from 1 to 4. We then combine the quality statement scores in "
        "each key question into a percentage score, which gives the rating for that key question: 25 to 38% is "
        "inadequate, 39 to 62% is requires improvement, 63 to 87% is good, and 88% or above is outstanding. We "
        "then combine the key question ratings to give the overall rating for the service."
    ),
    table(
        [
            ["Key question", "Percentage score", "Rating"],
            ["Safe", "38%", I],
            ["Effective", "58%", RI],
            ["Caring", "70%", G],
            ["Responsive", "68%", G],
            ["Well-led", "50%", RI],
        ],
        widths=[60 * mm, 50 * mm, 60 * mm],
    ),
    h1("Action we have told the provider to take"),
    P(
        "The table below shows the legal requirements that were not being met. The provider must send CQC a report "
        "that says what action it is going to take to meet these requirements by 6 June 2025."
    ),
    table(
        [
            ["Regulated activity", "Regulation"],
            [
                "Assessment or medical treatment for persons detained under the Mental Health Act 1983; "
                "Treatment of disease, disorder or injury",
                "Regulation 12 HSCA RA Regulations 2014 Safe care and treatment. The provider did not ensure that "
                "enhanced observations, seclusion reviews and monitoring after rapid tranquillisation were carried "
                "out and recorded. Regulation 12(1) and 12(2)(a)(b)",
            ],
            [
                "Assessment or medical treatment for persons detained under the Mental Health Act 1983",
                "Regulation 13 HSCA RA Regulations 2014 Safeguarding service users from abuse and improper "
                "treatment. Restraint, including prone restraint, was not always proportionate, and allegations of "
                "excessive force were not referred promptly. Regulation 13(1)(2)(3)(4)(b)",
            ],
            [
                "Assessment or medical treatment for persons detained under the Mental Health Act 1983",
                "Regulation 17 HSCA RA Regulations 2014 Good governance. Governance systems did not identify and "
                "manage risks on the wards. Regulation 17(1)(2)(a)(b)",
            ],
            [
                "Treatment of disease, disorder or injury",
                "Regulation 18 HSCA RA Regulations 2014 Staffing. There were not enough suitably trained staff. "
                "Regulation 18(1)(2)(a)",
            ],
        ],
        widths=[62 * mm, 108 * mm],
    ),
    h2("Our assessment team"),
    P(
        "The assessment was led by Rosalind Achterberg, inspector, supported by a second inspector, a Mental Health "
        "Act reviewer, a specialist adviser who is a consultant child and adolescent psychiatrist, a specialist "
        "adviser who is a registered mental health nurse, and an Expert by Experience who spoke with young people "
        "and their families. The assessment was overseen by Marcus Fairbairn-Oduya, operations manager."
    ),
    sp(6),
    P(
        "This report describes our judgement of the quality of care at this location. It is based on the "
        "evidence we collected during our assessment, including what people told us, what we saw during our "
        "on-site visits, and information from the provider and from other organisations.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Larkfield Lodge",
    header_right="Assessment report",
    footer_left="Larkfield Lodge Assessment report 09/05/2025",
    page_fmt="{n}",
    title="Larkfield Lodge - Assessment report - 09/05/2025",
    author="Care Quality Commission",
)
print(out)
