"""An HM Inspectorate of Prisons for Scotland (HMIPS) full inspection report on a local prison, in the layout of
the reports made against the Standards for Inspecting and Monitoring Prisons in Scotland: the Chief Inspector's
overview, key facts, a table of the nine standards with their five-point performance ratings, key findings and
areas of concern, findings standard by standard (with Healthcare Improvement Scotland, Education Scotland and Care
Inspectorate contributions), good practice, numbered recommendations and the inspection team. The prison, the
people and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common12 import *

out = out_path("hmips/HMIPS-Report-on-HMP-Inverallan-Full-Inspection-2-13-February-2026.pdf")

GOOD, SAT, GA, POOR, UNSAT = (
    "Good performance",
    "Satisfactory performance",
    "Generally acceptable performance",
    "Poor performance",
    "Unsatisfactory performance",
)
SHADES = {GOOD: "#9fd19a", SAT: "#c9e5a7", GA: "#f4e3a1", POOR: "#f3bf8a", UNSAT: "#e89a9a"}

STANDARDS = [
    ("Standard 1", "Lawful and Transparent Custody", SAT),
    ("Standard 2", "Decency", POOR),
    ("Standard 3", "Personal Safety", GA),
    ("Standard 4", "Effective, Courteous and Humane Exercise of Authority", SAT),
    ("Standard 5", "Respect, Autonomy and Protection Against Mistreatment", GA),
    ("Standard 6", "Purposeful Activity", POOR),
    ("Standard 7", "Transitions from Custody to Life in the Community", GA),
    ("Standard 8", "Organisational Effectiveness", GA),
    ("Standard 9", "Health and Wellbeing", POOR),
]


def standard(n):
    code, name, rating = STANDARDS[n - 1]
    return [h1(f"{code} – {name}"), P(f"<b>Rating: {rating}</b>")]


s = []
s += [
    P("<b>HM Inspectorate of Prisons for Scotland</b>", SUB),
    sp(40),
    Paragraph("Report on HMP Inverallan", TITLE),
    P("Full inspection", SUB),
    P("2–13 February 2026", SUB),
    sp(30),
    P("Published: 17 June 2026"),
    sp(60),
    P(
        "HM Inspectorate of Prisons for Scotland is a member of the UK's National Preventive Mechanism (NPM), a "
        "group of organisations which independently monitor all places of detention to meet the requirements of "
        "the Optional Protocol to the UN Convention against Torture and other Cruel, Inhuman or Degrading "
        "Treatment or Punishment (OPCAT).",
        SMALL,
    ),
    P(
        "This is a synthetic report created for testing purposes. HMP Inverallan, the people named and all "
        "figures in this report are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
    table(
        [
            ["Section 1: HM Chief Inspector's overview", "2"],
            ["Section 2: Key facts", "3"],
            ["Section 3: Summary of inspection findings", "3"],
            ["Section 4: Inspection findings by standard", "5"],
            ["Annex A: Good practice", "8"],
            ["Annex B: Recommendations", "8"],
            ["Annex C: Inspection team", "9"],
            ["Annex D: Rating scale", "9"],
        ],
        widths=[145 * mm, 20 * mm],
        header=False,
    ),
    h1("Section 1: HM Chief Inspector's overview"),
    P(
        "HMP Inverallan is a local prison serving the courts of Strathlorne and Ardnacraig. It was last fully "
        "inspected in October 2022. Since then the population has risen sharply: on the first day of this "
        "inspection the prison held 611 men, against a design capacity of 520, meaning it was operating at 117% "
        "of its design capacity. The consequences of that overcrowding were evident across almost every area that "
        "we inspected."
    ),
    P(
        "I want to begin by recognising the commitment of the staff at Inverallan. Relationships between staff "
        "and the men in their care were overwhelmingly positive, and we saw many examples of officers going out "
        "of their way to help. The prison's work to support men's family contact, through the Inverallan Family "
        "Centre, was among the best we have seen, and the new Recovery Café run with the Strathlorne Recovery "
        "Network was a genuinely promising initiative."
    ),
    P(
        "But no amount of goodwill can compensate for the fact that 184 cells designed for one person were "
        "holding two men. Many of those men were spending up to 22 hours a day in a cell with an unscreened "
        "toilet. This is not decent, and I have rated the prison's performance against the decency standard as "
        "poor."
    ),
    P(
        "Purposeful activity was also poor. Only 38% of the population was allocated to work, education or "
        "vocational training, and more than a fifth of workshop sessions had been cancelled in the three months "
        "before the inspection because of staff shortages. Health and wellbeing was rated poor, principally "
        "because men were waiting far too long for mental health and dental care."
    ),
    P(
        "The Scottish Prison Service and NHS Strathlorne must now work together to address the 12 recommendations "
        "in this report. I will ask Independent Prison Monitors to track progress, and I expect to see clear "
        "improvement when we return."
    ),
    P("<b>Fiona Laidlaw-Rennie</b><br/>HM Chief Inspector of Prisons for Scotland<br/>June 2026"),
    PageBreak(),
    h1("Section 2: Key facts"),
    kv(
        [
            ["Location", "Inverallan, Strathlorne"],
            ["Role", "Local prison holding remand and convicted adult men, including men serving long-term "
                     "sentences awaiting transfer, and a national top-end facility for men preparing for release"],
            ["Design capacity", "520"],
            ["Population on first day of inspection", "611"],
            ["Governor", "Alasdair MacRury"],
            ["Operator", "Scottish Prison Service"],
            ["Healthcare provider", "NHS Strathlorne"],
            ["Education provider", "Strathlorne College"],
            ["Date of last full inspection", "October 2022"],
        ]
    ),
    h1("Section 3: Summary of inspection findings"),
    P(
        "HM Inspectorate of Prisons for Scotland (HMIPS) assesses the treatment and conditions for those in "
        "custody against the Standards for Inspecting and Monitoring Prisons in Scotland. Each standard is rated "
        "on a five-point scale from good performance to unsatisfactory performance (see Annex D). The ratings for "
        "HMP Inverallan are summarised below."
    ),
    graded(
        [["Standard", "Title", "Rating"]] + [list(x) for x in STANDARDS],
        widths=[22 * mm, 85 * mm, 63 * mm],
        colours=SHADES,
    ),
    h2("Key findings"),
]
s += bullets(
    [
        "Relationships between staff and men were respectful and caring, and men spoke positively about most "
        "residential officers.",
        "The prison was holding 611 men against a design capacity of 520, and 184 single cells were being used "
        "as doubles.",
        "The Inverallan Family Centre provided an excellent range of family support, including homework clubs "
        "and bonding visits for fathers and young children.",
        "Only 38% of the population was allocated to work, education or vocational training.",
        "Men waited an average of 11 weeks for an assessment by the mental health team, and 17 weeks for a "
        "routine dental appointment.",
        "The photocopying of all personal mail had reduced the supply of psychoactive substances, but drug finds "
        "remained high.",
    ]
)
s += [
    h2("Areas of concern"),
]
s += bullets(
    [
        "The use of single cells to hold two men, with unscreened toilets and meals eaten in the cell.",
        "The limited amount of time out of cell: men who were not allocated to an activity spent as little as "
        "two hours a day out of their cell.",
        "Delays in access to mental health and dental services.",
        "The number of men released without settled accommodation.",
    ]
)
s += [PageBreak(), h1("Section 4: Inspection findings by standard")]
s += standard(1)
s += [
    P(
        "Men arriving at Inverallan were received in a clean and well-organised reception. Warrants were checked "
        "carefully, and in the 30 admissions records that inspectors sampled, every warrant had been verified. "
        "First night in custody interviews took place for all new admissions, and men said that they had been "
        "treated well on arrival. The prison received an average of 41 new admissions a week from the courts."
    ),
    P(
        "Men on remand made up 34% of the population, and a further 9% were awaiting sentence. Arrangements for "
        "keeping remand and convicted men apart were not always followed in the crowded halls, although no harm "
        "was found to have resulted."
    ),
]
s += standard(2)
s += [
    P(
        "Living conditions were poor. The prison comprises four residential halls: Ardmore, Balvie, Corran and "
        "Duncraig. Ardmore and Balvie halls, built in the 1890s, were in need of refurbishment, with damp in a "
        "number of cells and broken windows that had been awaiting repair for several months."
    ),
    P(
        "On the first day of the inspection, 184 cells designed for one person were holding two men. In these "
        "cells men ate their meals next to an unscreened toilet. Access to showers was limited to three a week "
        "in Ardmore hall, and men told us that they often had to choose between a shower and a phone call during "
        "their time out of cell."
    ),
    P(
        "In our survey, which 243 men completed, 61% said that they had enough clean clothes and bedding for "
        "the week, but only 29% said that the food was good or very good. The prison's laundry had been out of "
        "action for five weeks before the inspection."
    ),
]
s += standard(3)
s += [
    P(
        "Most men said that they felt safe. In our survey, 71% said they felt safe in Inverallan, but this fell "
        "to 52% among men in Ardmore hall. Recorded incidents of violence had risen: there were 96 recorded "
        "assaults on prisoners and 38 on staff in 2025, compared with 64 and 21 respectively in 2022."
    ),
    P(
        "The prison's approach to suicide prevention, under the Scottish Prison Service's Talk to Me strategy, "
        "was well embedded. Case conferences were timely and included healthcare staff. Three men had died in "
        "custody since the last inspection; the Fatal Accident Inquiries into these deaths were outstanding."
    ),
    P(
        "The supply of illicit drugs remained a significant threat. Since the introduction of photocopying of all "
        "personal mail in April 2024, finds of paper impregnated with psychoactive substances had fallen by 64%. "
        "However, drug finds in the halls remained high, and 27 drone sightings over the prison had been reported "
        "to Police Scotland in the 12 months before the inspection."
    ),
]
s += standard(4)
s += [
    P(
        "Disciplinary procedures were fair and transparent. Orderly room hearings were well conducted and men "
        "understood the process. Use of force was relatively low, with 112 recorded uses of force in 2025, and "
        "the paperwork that inspectors reviewed was complete. Body-worn cameras had been introduced for "
        "residential officers in September 2025."
    ),
    P(
        "The separation and reintegration unit held an average of nine men at any time. Conditions in the unit "
        "were clean, and men were offered a daily shower, exercise and a phone call. However, four men had been "
        "held in the unit for more than 72 days."
    ),
]
s += standard(5)
s += [
    P(
        "Men could make complaints easily and most were answered within the required timescale. The prison's "
        "equality and diversity work was developing, but it had not consulted older men, who made up 14% of the "
        "population, about their needs. Men with disabilities did not always have a personal emergency "
        "evacuation plan."
    ),
    P(
        "Family contact was a clear strength. The Inverallan Family Centre, run with the charity Families "
        "Outside Strathlorne, offered homework clubs, bonding visits for fathers and children under five, and a "
        "family support worker on every visiting day. In-cell telephony had been available to all men since "
        "2023, and virtual visits were well used."
    ),
]
s += standard(6)
s += [
    P(
        "There were not enough activity places for the population. Only 38% of men were allocated to work, "
        "education or vocational training, and a further 21% were on a waiting list. In the three months before "
        "the inspection, 22% of workshop sessions had been cancelled because there were not enough staff to "
        "supervise them. Men who were not allocated to an activity spent as little as two hours a day out of "
        "their cell."
    ),
    P(
        "Education Scotland found that learning provided by Strathlorne College in the learning centre was of "
        "good quality. Learners' achievement of SQA units had improved, with 412 units gained in 2024-25, but "
        "attendance at classes was low, at 63% of booked places. The library was well stocked but open for only "
        "nine hours a week."
    ),
    P(
        "Access to the gym and outdoor exercise was good. Men had an hour's outdoor exercise each day, and the "
        "gym offered accredited fitness qualifications."
    ),
]
s += standard(7)
s += [
    P(
        "Work to prepare men for release had improved since the last inspection. The prison had reintroduced "
        "Throughcare Support Officers in 2025, and they were working with 86 men at the time of the inspection. "
        "The Recovery Café, opened in August 2025 with the Strathlorne Recovery Network, gave men in recovery "
        "from drug and alcohol use peer support that continued after their release."
    ),
    P(
        "However, too many men were released without settled accommodation. In the six months before the "
        "inspection, 24% of men released from Inverallan had no settled accommodation to go to on the day of "
        "their release. Arrangements under the SHORE standards with the two local councils were in place but were "
        "not consistently followed, particularly for men released from remand at court."
    ),
    P(
        "The Care Inspectorate found that the prison-based social work team was well led and that risk "
        "assessments for men subject to statutory supervision on release were completed on time."
    ),
]
s += standard(8)
s += [
    P(
        "The Governor, Alasdair MacRury, and the senior management team were visible and well regarded. However, "
        "staffing shortages were affecting the regime. At the time of the inspection, 31 residential officer "
        "posts were vacant, and staff sickness absence averaged 14.6 days per person in 2025."
    ),
    P(
        "The prison had a clear improvement plan and was making good use of data to track violence and drug "
        "finds. Partnership working with NHS Strathlorne was improving, but joint governance of healthcare had "
        "been disrupted by changes of senior staff in both organisations."
    ),
]
s += standard(9)
s += [
    P(
        "Healthcare Improvement Scotland found that primary care was generally good. Men were seen by a nurse "
        "within 24 hours of admission, and the healthcare team was caring and committed. However, only 74% of "
        "funded healthcare posts were filled, and the use of agency nurses was high."
    ),
    P(
        "Access to mental health care was poor. Men waited an average of 11 weeks for an assessment by the mental "
        "health team, against a target of four weeks. The waiting time for a routine dental appointment was 17 "
        "weeks, and 58 men were on the dental waiting list."
    ),
    P(
        "Medicines management was safe, although supervised medication rounds were frequently delayed because "
        "there were not enough officers to escort men to the treatment rooms. Opioid substitution therapy was "
        "provided to 132 men, and long-acting buprenorphine was available."
    ),
    PageBreak(),
    h1("Annex A: Good practice"),
]
s += numbered(
    [
        "The Inverallan Family Centre's bonding visits for fathers and children under five.",
        "The Recovery Café, run with the Strathlorne Recovery Network, offering peer support that continues "
        "after release.",
        "The well-embedded use of case conferences under the Talk to Me strategy, including healthcare staff.",
    ]
)
s += [h1("Annex B: Recommendations")]
s += numbered(
    [
        "The Scottish Prison Service should reduce the population of HMP Inverallan so that no single cell is "
        "used to hold two men.",
        "Toilets in all shared cells should be fully screened.",
        "The prison should repair the laundry and the broken cell windows in Ardmore and Balvie halls.",
        "Men in Ardmore hall should have access to a shower every day.",
        "The prison should increase the number of work, education and vocational training places so that all "
        "men who want to take part in purposeful activity can do so.",
        "Workshop sessions should not be cancelled because of staff shortages.",
        "The library should be open for longer, including in the evenings and at weekends.",
        "NHS Strathlorne should reduce the waiting time for an assessment by the mental health team to no more "
        "than four weeks.",
        "NHS Strathlorne should reduce the waiting time for routine dental care.",
        "The prison should consult older men about their needs and ensure that all men with disabilities have a "
        "personal emergency evacuation plan.",
        "The prison, working with the local councils, should ensure that all men have settled accommodation on "
        "the day of their release, in line with the SHORE standards.",
        "Men should not be held in the separation and reintegration unit for extended periods without a plan to "
        "return them to a residential hall.",
    ]
)
s += [
    h1("Annex C: Inspection team"),
    table(
        [
            ["Name", "Role"],
            ["Fiona Laidlaw-Rennie", "HM Chief Inspector of Prisons for Scotland"],
            ["Duncan Aitchison", "HM Deputy Chief Inspector"],
            ["Morag Kinnell", "Lead Inspector"],
            ["Iain Drummond-Hay", "Inspector"],
            ["Shona Whitelaw", "Inspector"],
            ["Heather Strachan", "Healthcare Improvement Scotland"],
            ["Gordon Balfour", "Education Scotland"],
            ["Nicola Pirie", "Care Inspectorate"],
            ["Ewan Lockhart", "Associate Inspector"],
        ],
        widths=[70 * mm, 100 * mm],
    ),
    h1("Annex D: Rating scale"),
    table(
        [
            ["Rating", "Definition"],
            [GOOD, "No concerns were identified; outcomes are good, with some examples of excellence."],
            [SAT, "Outcomes are satisfactory; any concerns identified are minor."],
            [GA, "Outcomes are generally acceptable; there are some areas that need improvement."],
            [POOR, "Outcomes are poor; there are important weaknesses that need to be addressed."],
            [UNSAT, "Outcomes are unsatisfactory; there are major weaknesses that need urgent action."],
        ],
        widths=[55 * mm, 115 * mm],
    ),
    sp(10),
    P(
        "HM Inspectorate of Prisons for Scotland, Edinburgh. Fieldwork for this inspection took place from 2 to "
        "13 February 2026, and the report was published on 17 June 2026.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="HMIPS Report on HMP Inverallan",
    header_right="Full inspection 2–13 February 2026",
    footer_left="HM Inspectorate of Prisons for Scotland",
    page_fmt="{n}",
    title="Report on HMP Inverallan - Full inspection 2-13 February 2026",
    author="HM Inspectorate of Prisons for Scotland",
)
print(out)
