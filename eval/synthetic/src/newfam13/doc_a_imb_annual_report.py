"""An Independent Monitoring Board (IMB) annual report on a prison, in the layout the Boards use: cover with the
reporting year and the month of publication, the introductory sections (statutory role, description of the
establishment, key points with the Board's main judgements, questions to the Minister, the Prison Service and the
Governor, and a table of progress since the last report), the evidence sections (safety, fair and humane
treatment, health and wellbeing, progression and resettlement) with numbered sub-sections, and the work of the
IMB (Board statistics and the applications table by code, previous and current year). No grades: IMBs report
judgements in words. The prison, the places, the people and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common13 import *

out = out_path("imb-annual-reports/HMP-Haddlesmoor-IMB-annual-report-2025-26.pdf")

COVER = ParagraphStyle("cover13a", parent=TITLE, fontSize=25, leading=31)

APPS = [
    ("A", "Accommodation, including laundry, clothing, ablutions", 58, 71),
    ("B", "Discipline, including adjudications, incentives scheme, sanctions", 41, 49),
    ("C", "Equality", 19, 23),
    ("D", "Purposeful activity, including education, work, training, library, regime, time out of cell", 52, 88),
    ("E 1", "Letters, visits, telephones, public protection restrictions", 64, 76),
    ("E 2", "Finance, including pay, private monies, spends", 37, 45),
    ("F", "Food and kitchens", 22, 31),
    ("G", "Health, including physical, mental, social care", 118, 143),
    ("H 1", "Property within this establishment", 96, 127),
    ("H 2", "Property during transfer or in another facility", 141, 188),
    ("H 3", "Canteen, facility list, catalogue(s)", 29, 34),
    ("I", "Sentence management, including HDC, ROTL, parole, release dates, re-categorisation", 103, 131),
    ("J", "Staff/prisoner concerns, including bullying", 74, 92),
    ("K", "Transfers", 46, 58),
    ("L", "Miscellaneous, including complaints system", 62, 85),
]
PREV = sum(a[2] for a in APPS)
CUR = sum(a[3] for a in APPS)
assert (PREV, CUR) == (962, 1241), (PREV, CUR)

s = []
s += [
    P("<b>Independent Monitoring Boards</b>", SUB),
    P("Monitoring fairness and respect for people in custody", SMALL),
    sp(60),
    Paragraph("Annual Report of the Independent Monitoring Board at HMP Haddlesmoor", COVER),
    sp(10),
    P("For reporting year 1 April 2025 to 31 March 2026", SUB),
    sp(20),
    P("<b>Published September 2026</b>", SUB),
    sp(120),
    P(
        "This is a synthetic annual report created for testing purposes. HMP Haddlesmoor, the Independent "
        "Monitoring Board described, the people named and all figures in this report are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
    table(
        [
            ["Introductory sections 1 – 3", ""],
            ["1. Statutory role of the IMB", "3"],
            ["2. Description of the establishment", "3"],
            ["3. Key points", "3"],
            ["Evidence sections 4 – 7", ""],
            ["4. Safety", "6"],
            ["5. Fair and humane treatment", "7"],
            ["6. Health and wellbeing", "8"],
            ["7. Progression and resettlement", "8"],
            ["The work of the IMB", ""],
            ["Board statistics", "10"],
            ["Applications to the IMB", "10"],
            ["Annex A: Service providers", "11"],
        ],
        widths=[145 * mm, 20 * mm],
        header=False,
    ),
    PageBreak(),
    h1("Introductory sections 1 – 3"),
    h2("1. Statutory role of the IMB"),
    P(
        "The Prison Act 1952 requires every prison to be monitored by an independent board appointed by the "
        "Secretary of State from members of the community in which the prison or young offender institution is "
        "situated."
    ),
    P("Under the National Monitoring Framework agreed with ministers, the Board is required to:"),
]
s += bullets(
    [
        "satisfy itself as to the humane and just treatment of those held in custody within its prison and the "
        "range and adequacy of the programmes preparing them for release",
        "inform promptly the Secretary of State, or any official to whom they have delegated authority as they "
        "judge appropriate, any concern it has",
        "report annually to the Secretary of State on how well the prison has met the standards and requirements "
        "placed on it and what impact these have on those in its custody.",
    ]
)
s += [
    P(
        "To enable the Board to carry out these duties effectively, its members have right of access to every "
        "prisoner and every part of the prison and also to the prison's records."
    ),
    P(
        "The Optional Protocol to the United Nations Convention against Torture and other Cruel, Inhuman or "
        "Degrading Treatment or Punishment (OPCAT) is an international human rights treaty designed to "
        "strengthen the protection of people deprived of their liberty. The protocol requires states to "
        "designate a National Preventive Mechanism to carry out visits to places of detention, to monitor the "
        "treatment of and conditions for detainees and to make recommendations regarding the prevention of "
        "ill-treatment. The IMB is part of the United Kingdom's National Preventive Mechanism."
    ),
    h2("2. Description of the establishment"),
]
s += para_block(
    "2",
    [
        "HMP Haddlesmoor is a category B reception prison for adult men serving the magistrates' and Crown "
        "courts of Haddlesmoor, Kirkthwaite and the Ambledon Valley. It opened in 1994 and is operated by His "
        "Majesty's Prison and Probation Service (HMPPS).",
        "The prison has a certified normal accommodation of 796 and an operational capacity of 1,042. On 31 "
        "March 2026 it held 1,018 men. Throughout the reporting year it was operating close to its operational "
        "capacity, and 62% of men were sharing a cell designed for one.",
        "Men are held on five residential wings (A to E), each of which has three landings. D wing landing 2 "
        "houses the Beacon Unit, an incentivised substance-free living unit with 38 places. The care and "
        "separation unit (CSU) has 14 cells, and the healthcare centre includes the 12-bed Wren Unit for men "
        "with acute physical or mental health needs.",
        "A new Governor, Adebayo Linton, took up post in July 2025, following a period of eight months in which "
        "the prison had two temporary governors.",
        "Healthcare is provided by Northway Healthcare Partnership, and education by Ashcroft Learning. The "
        "service providers are listed at Annex A.",
    ],
)
s += [
    h2("3. Key points"),
    h3("3.1 Background to the report"),
]
s += para_block(
    "3.1",
    [
        "This report presents the findings of the Board for the period 1 April 2025 to 31 March 2026. Evidence "
        "comes from observations made on visits, scrutiny of records and data, informal contact with prisoners "
        "and staff, surveys and prisoner applications to the IMB.",
        "The Board ended the year with 11 members against a recommended complement of 18. Despite this, members "
        "made 398 visits to the prison during the year and attended 164 segregation reviews.",
    ],
)
s += [
    h3("3.2 Main judgements"),
    P("<b>How safe is the prison?</b>"),
]
s += bullets(
    [
        "The Board does not consider that Haddlesmoor was a safe prison during the reporting year. Violence "
        "rose: there were 412 recorded assaults on prisoners and 187 on staff, compared with 331 and 142 in the "
        "previous year.",
        "Recorded incidents of self-harm rose by 19%, to 1,386. Five men died in custody, three of them "
        "apparently self-inflicted deaths.",
        "The supply of drugs remained the main driver of violence and debt. The positive rate in random "
        "mandatory drug testing was 31% over the year, and there were 64 reported drone incidents.",
    ]
)
s += [P("<b>How fairly and humanely are prisoners treated?</b>")]
s += bullets(
    [
        "Living conditions on E wing were unacceptable for much of the year, with a cockroach infestation, "
        "broken windows and showers that were out of use for weeks at a time.",
        "The loss of men's property, particularly when they transferred from other prisons, remained a source "
        "of great frustration: property applications made up more than a quarter of all applications to the "
        "Board.",
        "Relationships between staff and prisoners were generally good, but key work was rarely delivered: only "
        "23% of the expected key work sessions took place.",
    ]
)
s += [P("<b>How well are prisoners' health and wellbeing needs met?</b>")]
s += bullets(
    [
        "Primary healthcare was generally good, but men who needed to be transferred to a secure hospital under "
        "the Mental Health Act waited far too long: the nine men transferred during the year waited an average "
        "of 87 days, against the 28-day guideline.",
        "The waiting time for a routine dental appointment reached 26 weeks in January 2026.",
    ]
)
s += [P("<b>How well are prisoners progressed towards successful resettlement?</b>")]
s += bullets(
    [
        "Only 46% of men were allocated to education, training or work, and men who were not allocated spent "
        "as little as an hour and a half a day out of their cells.",
        "Of the 1,914 men released during the year, 37% were released with no settled accommodation or to an "
        "unknown address.",
        "The Haddlesmoor Family Days, run with the charity Kinship Bridges, were an excellent initiative; 11 "
        "were held during the year.",
    ]
)
s += [
    h3("3.3 Main areas for development"),
    P("<b>TO THE MINISTER</b>"),
]
s += numbered(
    [
        "What will the Minister do to reduce the population of HMP Haddlesmoor so that fewer men have to share "
        "cells designed for one?",
        "When will the Minister ensure that men who need treatment in a secure hospital are transferred within "
        "the 28-day guideline?",
        "What action will the Minister take to end the loss of prisoners' property when they transfer between "
        "prisons?",
    ]
)
s += [P("<b>TO THE PRISON SERVICE</b>")]
s += numbered(
    [
        "When will the refurbishment of E wing, which has been postponed twice, be funded and completed?",
        "What support will the Prison Service give to help the prison counter the threat from drones?",
        "Will the Prison Service help the prison to recruit and retain enough officers to deliver key work and a "
        "full regime?",
    ]
)
s += [P("<b>TO THE GOVERNOR</b>")]
s += numbered(
    [
        "How will the Governor increase the number of activity places so that men who are not allocated to "
        "work or education spend more time out of their cells?",
        "What will be done to improve the quality of ACCT case management, particularly the recording of "
        "observations?",
        "How will the Governor ensure that complaints are answered fully and on time?",
    ]
)
s += [
    h3("3.4 Progress since the last report"),
    table(
        [
            ["Issue raised", "Response given", "Progress"],
            [
                "Overcrowding and the use of single cells as doubles (to the Minister)",
                "The Minister said that the population pressures were being addressed nationally through the "
                "building of new prison places.",
                "No progress. The proportion of men sharing cells designed for one rose from 55% to 62%.",
            ],
            [
                "Delays in transfers to secure hospital (to the Minister)",
                "The response said that new legislation would introduce a statutory time limit.",
                "No progress at Haddlesmoor; average waits rose from 71 to 87 days.",
            ],
            [
                "Conditions on E wing (to the Prison Service)",
                "The Prison Service said that refurbishment was planned for 2025-26.",
                "The refurbishment was postponed again, to 2026-27.",
            ],
            [
                "Complaints answered late (to the Governor)",
                "The Governor introduced a weekly complaints meeting.",
                "Some progress: 81% of complaints were answered on time, up from 68%.",
            ],
        ],
        widths=[48 * mm, 62 * mm, 60 * mm],
    ),
    PageBreak(),
    h1("Evidence sections 4 – 7"),
    h2("4. Safety"),
    h3("4.1 Reception and induction"),
]
s += para_block(
    "4.1",
    [
        "Reception received an average of 37 men a day from the courts and other prisons. It was generally calm "
        "and well run, and first night staff were caring. Members observed that men arriving late from court, "
        "after 7pm, were sometimes not seen by a first night worker before being locked up.",
        "Induction was delivered by peer workers known as the Haddlesmoor Welcome Team, who met every new arrival within "
        "24 hours. Men told the Board that the Welcome Team were the most useful part of their first week.",
    ],
)
s += [h3("4.2 Suicide and self-harm, deaths in custody")]
s += para_block(
    "4.2",
    [
        "There were 1,386 recorded incidents of self-harm, compared with 1,165 in the previous year, an increase "
        "of 19%. A small number of men accounted for a large share of incidents: 14 men were responsible for "
        "41% of all recorded self-harm.",
        "There were 1,032 ACCT (assessment, care in custody and teamwork) documents opened during the year. "
        "Board members checked 120 open ACCT documents and found that 44 (37%) had gaps in the required "
        "observations or had no record of a case review taking place on the planned date.",
        "Five men died in custody during the year. Three of the deaths appeared to be self-inflicted and two "
        "were from natural causes. The Board is awaiting the Prisons and Probation Ombudsman's reports on four "
        "of the deaths.",
    ],
)
s += [h3("4.3 Violence and violence reduction, self-isolation")]
s += para_block(
    "4.3",
    [
        "Violence increased during the year. There were 412 recorded assaults on prisoners and 187 assaults on "
        "staff, compared with 331 and 142 in 2024-25. Of the assaults on staff, 29 were classed as serious.",
        "The prison opened 486 challenge, support and intervention plans (CSIPs) for men who were violent or at "
        "risk of violence. The Board's checks found that targets in the plans were often generic and that "
        "reviews were frequently late.",
        "At any one time, around 40 men were self-isolating, most of them because of debt or fear of other "
        "prisoners. These men often spent 23 hours a day in their cells.",
    ],
)
s += [h3("4.4 Use of force")]
s += para_block(
    "4.4",
    [
        "Force was used on 1,274 occasions during the year, compared with 1,019 in 2024-25. PAVA incapacitant "
        "spray was drawn on 19 occasions and used on seven. Members reviewed a sample of use of force footage "
        "and found the force used to be proportionate in the incidents they viewed, although paperwork was "
        "often completed late.",
    ],
)
s += [h3("4.5 Preventing illicit items")]
s += para_block(
    "4.5",
    [
        "Drugs entered the prison through the post, by drones and, the Board was told, through staff "
        "corruption. The positive rate in random mandatory drug testing was 31% over the year, one of the "
        "highest in the region.",
        "There were 64 reported drone incidents. Netting on the exercise yards of C and E wings was damaged in "
        "August 2025 and had not been fully repaired by the end of the reporting year.",
    ],
)
s += [
    h2("5. Fair and humane treatment"),
    h3("5.1 Accommodation, clothing, food"),
]
s += para_block(
    "5.1",
    [
        "Conditions on E wing were unacceptable for much of the year. A cockroach infestation persisted from "
        "June to November 2025, and in October 2025, 114 cell windows on the wing were broken or could not be "
        "closed. Only four of the wing's 12 showers were working for three weeks in December 2025.",
        "The kitchen produced food on a budget of £2.91 per prisoner per day. Men generally said the food was "
        "adequate, but portions were small and evening meals were served as early as 4.15pm.",
        "Prisoners were often without enough clean clothing and bedding because the laundry was short of staff.",
    ],
)
s += [h3("5.2 Segregation")]
s += para_block(
    "5.2",
    [
        "The care and separation unit held 612 men during the year. The average stay was 19 days, but the "
        "longest continuous stay was 143 days, by a man waiting for a transfer to a specialist unit.",
        "Board members attended 164 segregation reviews and found them generally well conducted, with "
        "healthcare staff present at most reviews.",
    ],
)
s += [h3("5.3 Staff-prisoner relationships, key workers")]
s += para_block(
    "5.3",
    [
        "Relationships between staff and prisoners were generally good, and members saw many kind and patient "
        "interactions. However, 41% of officers had less than two years' experience.",
        "Key work was rarely delivered: only 23% of the expected key work sessions took place during the year, "
        "as officers were redeployed to cover the basic regime.",
    ],
)
s += [h3("5.4 Equality and diversity")]
s += para_block(
    "5.4",
    [
        "Foreign national prisoners made up 14% of the population and men aged over 50 made up 17%. Equality "
        "action team meetings were held regularly, but were poorly attended by prisoner representatives.",
        "There were 96 discrimination incident report forms (DIRFs) submitted during the year; the Board "
        "sampled 20 and found the investigations to be thorough.",
    ],
)
s += [h3("5.5 Faith and pastoral support")]
s += para_block(
    "5.5",
    [
        "The chaplaincy team was well regarded and provided valuable support to men who had been bereaved. "
        "Corporate worship for some faiths was cancelled on 23 occasions because there were not enough staff to "
        "escort men.",
    ],
)
s += [h3("5.6 Incentives schemes")]
s += para_block(
    "5.6",
    [
        "Around 18% of men were on the basic level of the incentives scheme at the end of the year. Members "
        "were concerned that men on basic were sometimes not reviewed within the required 14 days.",
    ],
)
s += [h3("5.7 Complaints")]
s += para_block(
    "5.7",
    [
        "The prison received 6,412 complaints during the year. Of these, 81% were answered within the required "
        "timescale, up from 68% in 2024-25. However, the quality of replies varied, and many did not address the "
        "points that had been raised.",
    ],
)
s += [h3("5.8 Property")]
s += para_block(
    "5.8",
    [
        "Property remained the largest single category of applications to the Board. There were 127 applications "
        "about property within the prison and 188 about property lost during transfer or held at another "
        "prison, together more than a quarter of all applications.",
        "The Board was told that compensation of £14,600 had been paid to prisoners for lost property during the "
        "year.",
    ],
)
s += [
    h2("6. Health and wellbeing"),
    h3("6.1 Healthcare general"),
]
s += para_block(
    "6.1",
    [
        "Healthcare is provided by Northway Healthcare Partnership. The healthcare team was committed and most "
        "men said that they could see a nurse when they needed to. However, 22% of healthcare appointments were "
        "missed because there were not enough officers to escort men.",
    ],
)
s += [h3("6.2 Physical healthcare")]
s += para_block(
    "6.2",
    [
        "Waiting times for a GP appointment were reasonable, at around a week. The waiting time for a routine "
        "dental appointment reached 26 weeks in January 2026, when 212 men were waiting.",
    ],
)
s += [h3("6.3 Mental health")]
s += para_block(
    "6.3",
    [
        "The mental health in-reach team received around 140 referrals a month. Nine men were transferred to a "
        "secure hospital under the Mental Health Act during the year. They waited an average of 87 days from "
        "referral to transfer, against the 28-day guideline, and one man waited 203 days. While they waited, "
        "several were held in the Wren Unit or the CSU.",
    ],
)
s += [h3("6.4 Social care")]
s += para_block(
    "6.4",
    [
        "Eleven men were receiving social care packages at the end of the year. The Board observed good "
        "practice in the support given to older men by trained prisoner buddies.",
    ],
)
s += [h3("6.5 Time out of cell, regime")]
s += para_block(
    "6.5",
    [
        "Men who were allocated to work or education could spend up to seven hours a day out of their cells. "
        "Men who were not allocated spent as little as an hour and a half a day out of their cells, and the "
        "regime was curtailed on 97 days during the year because of staff shortages.",
    ],
)
s += [h3("6.6 Drug and alcohol rehabilitation")]
s += para_block(
    "6.6",
    [
        "The Beacon Unit, an incentivised substance-free living unit on D wing, opened in May 2025. Men on the "
        "unit agree to regular drug testing in return for extra time out of cell. Of the 112 men who spent time "
        "on the unit, 84% remained drug-free throughout their stay.",
        "Around 290 men a month were receiving support from the substance misuse service, and 174 were "
        "receiving opiate substitution treatment at the end of the year.",
    ],
)
s += [
    h2("7. Progression and resettlement"),
    h3("7.1 Education, library"),
]
s += para_block(
    "7.1",
    [
        "Education is provided by Ashcroft Learning. Attendance at education was low, at 58% of allocated "
        "places, and around a third of classes were cancelled or combined because of tutor vacancies. The "
        "library was well run but men on some wings could visit only once a fortnight.",
    ],
)
s += [h3("7.2 Vocational training, work")]
s += para_block(
    "7.2",
    [
        "Only 46% of men were allocated to education, training or work. The bakery and the recycling workshop "
        "offered accredited qualifications, and the Haddlesmoor Works scheme had placed 19 men in jobs with "
        "local employers on release.",
    ],
)
s += [h3("7.3 Offender management, progression")]
s += para_block(
    "7.3",
    [
        "The offender management unit was short of probation staff for much of the year, and many men did not "
        "have an up-to-date sentence plan. Men awaiting transfer to category C prisons often waited several "
        "months.",
    ],
)
s += [h3("7.4 Family contact")]
s += para_block(
    "7.4",
    [
        "The Haddlesmoor Family Days, run with the charity Kinship Bridges, allowed men to spend a whole "
        "afternoon with their children in the visits hall, with games and a shared meal. Eleven family days were "
        "held during the year. Social visits were rarely cancelled, although the visits booking line was "
        "difficult to get through to.",
    ],
)
s += [h3("7.5 Resettlement planning")]
s += para_block(
    "7.5",
    [
        "Of the 1,914 men released during the year, 37% were released with no settled accommodation or to an "
        "unknown address. The Board was particularly concerned about men released directly from court or on "
        "Fridays, when local housing services were difficult to contact.",
    ],
)
s += [
    PageBreak(),
    h1("The work of the IMB"),
    P(
        "The Board ended the year with 11 members, well below its recommended complement of 18. Two new members "
        "joined during the year and three left. The Board is grateful to the prison's IMB clerk for her support. "
        "Members continued to visit the prison every day of the working week, and rota visits included weekends "
        "and evenings."
    ),
    h3("Board statistics"),
    table(
        [
            ["Recommended complement of Board members", "18"],
            ["Number of Board members at the start of the reporting period", "12"],
            ["Number of Board members at the end of the reporting period", "11"],
            ["Total number of visits to the establishment", "398"],
            ["Total number of segregation reviews attended", "164"],
        ],
        widths=[135 * mm, 35 * mm],
        header=False,
    ),
    h3("Applications to the IMB"),
    table(
        [["Code", "Subject", "Previous reporting year", "Current reporting year"]]
        + [[c, subj, str(p), str(q)] for c, subj, p, q in APPS]
        + [["", "Total number of applications", f"{PREV:,}".replace(",", ","), f"{CUR:,}"]],
        widths=[15 * mm, 95 * mm, 30 * mm, 30 * mm],
    ),
    sp(8),
    P(
        "Applications rose by 29% during the year. The largest categories were property during transfer or in "
        "another facility (H 2), health (G) and sentence management (I)."
    ),
    h1("Annex A: Service providers"),
    table(
        [
            ["Service", "Provider"],
            ["Healthcare, including mental health", "Northway Healthcare Partnership"],
            ["Substance misuse services", "Northway Healthcare Partnership"],
            ["Education", "Ashcroft Learning"],
            ["Family services", "Kinship Bridges"],
            ["Escort contractor", "HMPPS Prisoner Escort and Custody Services"],
            ["Maintenance", "HMPPS in-house facilities management"],
        ],
        widths=[80 * mm, 90 * mm],
    ),
    sp(12),
    P("Philippa Norcross<br/>Chair, Independent Monitoring Board, HMP Haddlesmoor<br/>September 2026"),
    sp(10),
    P(
        "This report is synthetic and was not produced by an Independent Monitoring Board. All names and "
        "figures are fictional.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Annual Report of the IMB at HMP Haddlesmoor 2025–26",
    header_right="",
    footer_left="",
    page_fmt="{n}",
    title="Annual Report of the Independent Monitoring Board at HMP Haddlesmoor - 1 April 2025 to 31 March 2026",
    author="Independent Monitoring Board, HMP Haddlesmoor",
)
print(out)
