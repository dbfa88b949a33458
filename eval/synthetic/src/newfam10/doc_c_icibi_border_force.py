"""An Independent Chief Inspector of Borders and Immigration (ICIBI) inspection report: foreword, numbered
recommendations to the Home Office, numbered paragraphs of findings, inspection team. The Home Office's response is
a separate (hand-written) HTML document in this probe. Ports, airports, people and figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common10 import *

out = out_path(
    "icibi/An_inspection_of_Border_Force_operations_at_the_Port_of_Saltmere_and_Fenwold_Airport_June_2025.pdf"
)

COVER = ParagraphStyle("cover", parent=TITLE, fontSize=22, leading=28)


def sec(n, title, items):
    """A numbered chapter with paragraphs n.1, n.2 ..."""
    return [h1(f"{n}. {title}")] + paras(str(n), items)


s = []
s += [
    sp(20),
    P("<b>Independent Chief Inspector of Borders and Immigration</b>", SUB),
    sp(30),
    Paragraph("An inspection of Border Force operations at the Port of Saltmere and Fenwold Airport", COVER),
    P("October 2024 – January 2025", SUB),
    sp(30),
    P(
        "Presented to Parliament pursuant to Section 50(2) of the UK Borders Act 2007",
    ),
    P("June 2025"),
    sp(30),
    P(
        "© Crown copyright 2025. This publication is licensed under the terms of the Open Government Licence v3.0 "
        "except where otherwise stated.",
        SMALL,
    ),
    P(
        "All Independent Chief Inspector of Borders and Immigration inspection reports can be found at www.gov.uk/ICIBI",
        SMALL,
    ),
    h2("Our purpose"),
    P(
        "To help improve the efficiency, effectiveness and consistency of the Home Office's border and immigration "
        "functions through unfettered, impartial and evidence-based inspection."
    ),
    PageBreak(),
    h1("Contents"),
    table(
        [
            ["Foreword", "3"],
            ["1. Recommendations", "4"],
            ["2. Background", "4"],
            ["3. Scope and methodology", "4"],
            ["4. Inspection findings: resourcing", "5"],
            ["5. Inspection findings: the primary checkpoint at Fenwold Airport", "5"],
            ["6. Inspection findings: freight and detection at Saltmere", "5"],
            ["7. Inspection findings: clandestine entrants and safeguarding", "6"],
            ["Annex A: Inspection team", "6"],
        ],
        widths=[140 * mm, 20 * mm],
        header=False,
    ),
    PageBreak(),
    h1("Foreword"),
    P(
        "The Port of Saltmere and Fenwold Airport are the two busiest points of entry in Border Force's Eastern "
        "Seaboard command. Between them they handled more than 5 million passengers in 2023/24, and Saltmere is one "
        "of the largest roll-on roll-off freight ports on the east coast. This inspection examined how effectively "
        "and efficiently Border Force carries out its functions at both locations, and followed up on the findings "
        "of our previous inspection of the port, published in March 2020."
    ),
    P(
        "Inspectors found a dedicated workforce doing its best under considerable strain. Border Force officers "
        "at both locations were committed and knowledgeable, and managers had found imaginative ways to cover "
        "gaps in rosters. But the command was carrying 44 vacancies, and the consequences were clear: freight that "
        "had been selected for examination was released unchecked, queue time standards at Fenwold Airport were "
        "regularly missed in the summer, and the detector dog capability at Saltmere had been allowed to dwindle."
    ),
    P(
        "I was most concerned about the conditions in which clandestine entrants found at Saltmere were held. The "
        "holding room at the port, which is owned by the port operator, is designed for 12 people. On one night "
        "during our onsite visit inspectors found 19 people held there, including 3 unaccompanied children, with "
        "one toilet and nowhere to lie down. This is not acceptable, and it is not new: we raised the same room in "
        "2020."
    ),
    P("This report makes 7 recommendations. It was sent to the Home Secretary on 14 March 2025."),
    P("<b>Dr Aileen Castellow</b><br/>Independent Chief Inspector of Borders and Immigration"),
]
s += [PageBreak(), h1("1. Recommendations"), P("<b>The Home Office should:</b>")]
s += numbered(
    [
        "Within six months, produce and begin to implement a workforce plan for the Eastern Seaboard command that "
        "sets out how and by when it will fill its Border Officer and Higher Officer vacancies at Saltmere and "
        "Fenwold, including the use of mobile and surge teams in the summer peak.",
        "Agree with Saltmere Harbour Company a date for replacing the holding room for clandestine entrants, and "
        "in the meantime ensure that no more than 12 people are held there at any time and that nobody is held "
        "there for more than 6 hours.",
        "Put in place a maintenance contract and a contingency plan for the freight X-ray scanner at Saltmere, so "
        "that freight selected for scanning is not released without checks when the scanner is out of service.",
        "Ensure that all frontline officers at Saltmere and Fenwold complete the mandatory safeguarding and modern "
        "slavery training within three months, and that managers monitor completion.",
        "Restore the detector dog capability at Saltmere to its approved level of 6 dogs and handlers.",
        "Publish monthly queue time performance for Fenwold Airport against the service standards for "
        "passengers arriving from outside the European Economic Area.",
        "Record every freight target that is released without examination, with the reason, and report the "
        "figures to the Border Force Board each quarter.",
    ]
)
s += sec(
    2,
    "Background",
    [
        "The Port of Saltmere is a roll-on roll-off ferry port on the Wexmoor coast with daily sailings to "
        "Rotterdam, Zeebrugge and Esbjerg. In 2023/24 it handled 1.9 million passengers and 410,000 freight units. "
        "The port is owned and operated by Saltmere Harbour Company. Fenwold Airport, 14 miles inland, handled "
        "3.4 million passengers in 2023/24, most of them on short-haul flights to Europe, together with a small "
        "number of charter flights from Turkey and North Africa.",
        "Border Force officers at both locations belong to the Eastern Seaboard command, which is led by a "
        "Regional Director, Simon Attwater-Lowe. At the time of the inspection the command had 287 full-time "
        "equivalent (FTE) officers in post at Saltmere and Fenwold, against a workforce plan of 331 FTE, a "
        "shortfall of 44. Eleven of the vacancies were at Higher Officer grade.",
        "ICIBI last inspected the Port of Saltmere in 2019. That report, published in March 2020, made 7 "
        "recommendations, of which the Home Office accepted 5. Inspectors found that only 2 of those 5 had been "
        "fully implemented.",
    ],
)
s += sec(
    3,
    "Scope and methodology",
    [
        "The inspection examined Border Force's primary checks on passengers, its freight and detection "
        "operations, its handling of clandestine entrants, and its safeguarding of vulnerable people. It did not "
        "examine the work of Immigration Enforcement or the handling of asylum claims after people had left the "
        "port.",
        "Inspectors carried out an onsite visit to Saltmere and Fenwold between 4 and 15 November 2024, including "
        "night shifts and weekends. They held 46 interviews and focus groups with 131 Border Force staff and "
        "managers, and met representatives of Saltmere Harbour Company, the airport operator, Wexmoor Police and "
        "Wexmoor County Council's children's services. They also reviewed 312 documents provided by the Home "
        "Office and sampled 60 records of clandestine entrants detected at Saltmere.",
    ],
)
s += sec(
    4,
    "Inspection findings: resourcing",
    [
        "Managers told inspectors that the shortfall of 44 FTE was the single biggest risk to the command. "
        "Rosters at Saltmere were built around a minimum staffing level of 14 officers on each shift, but in "
        "September 2024 this minimum was not met on 37 of the 90 shifts.",
        "The command relied heavily on overtime and on officers deployed from other commands. In 2023/24 officers "
        "at the two locations worked 48,600 hours of overtime. Staff told inspectors they were tired, and sickness "
        "absence averaged 11.2 days per officer, compared with 8.4 days across Border Force as a whole.",
        "Recruitment had been slow. Of 40 new Border Officers the command had planned to recruit in 2023/24, 22 "
        "had started by the time of the inspection, and 6 of them had already left.",
    ],
)
s += sec(
    5,
    "Inspection findings: the primary checkpoint at Fenwold Airport",
    [
        "Border Force's service standards are that 95% of passengers from the European Economic Area (EEA) and "
        "other eGate-eligible countries should clear the primary checkpoint within 25 minutes, and 95% of other "
        "passengers within 45 minutes. In August 2024, the 45-minute standard was met for only 81% of passengers "
        "from outside the EEA at Fenwold Airport. The 25-minute standard for EEA passengers was met for 97% of "
        "passengers.",
        "Fenwold Airport has 12 eGates. Inspectors found that on 31 days between June and October 2024, 4 or more "
        "eGates were out of service at the same time, mainly because of a fault with the camera units that had "
        "been reported to the supplier in May 2024.",
        "Officers at the primary checkpoint carried out their checks thoroughly. In a sample of 40 passengers "
        "refused entry in 2024, inspectors found that the decision and the reasons had been properly recorded in "
        "38 cases.",
    ],
)
s += sec(
    6,
    "Inspection findings: freight and detection at Saltmere",
    [
        "Border Force selects freight for examination through its national targeting centre and through local "
        "risk assessment. In September 2024, 1,230 freight vehicles were selected for examination at Saltmere, of "
        "which 214 were released without being examined because there were not enough officers on duty. The "
        "command did not routinely record these releases, and the figure for September was compiled for the "
        "inspection from handwritten logs.",
        "The freight X-ray scanner at Saltmere was out of service for 47 days between April and December 2024. "
        "There was no maintenance contract in place for part of this period, and no contingency arrangement with "
        "a mobile scanner.",
        "Seizures of Class A drugs at Saltmere fell from 61 in 2022/23 to 38 in 2023/24. Managers attributed "
        "this partly to the reduction in the detector dog team, which had fallen from 6 dogs and handlers to 2, "
        "following retirements that had not been replaced.",
        "Inspectors saw good joint working with Wexmoor Police and with the National Crime Agency, and an "
        "operation in July 2024 had led to the seizure of 240 kilograms of cocaine hidden in a consignment of "
        "frozen fish.",
    ],
)
s += sec(
    7,
    "Inspection findings: clandestine entrants and safeguarding",
    [
        "Border Force detected 143 clandestine entrants at Saltmere in 2023/24, most of them found in the back of "
        "lorries arriving from Rotterdam. People detected are held in a holding room on the port estate while "
        "they are processed, before being transferred to a short-term holding facility or released.",
        "The holding room is designed for a maximum of 12 people. On the night of 7 November 2024, inspectors "
        "found 19 people there, including 3 unaccompanied children. Records for the 60 people in the inspectors' "
        "sample showed that the average time spent in the holding room was 7 hours 40 minutes, and the longest "
        "was 16 hours.",
        "Officers identified potential victims of modern slavery and made 23 referrals to the National Referral "
        "Mechanism (NRM) from the two locations in 2023/24. However, only 58% of frontline officers had completed "
        "the mandatory 'Safeguarding and Modern Slavery' e-learning, and several officers told inspectors they "
        "were not confident about when to make a referral.",
        "Unaccompanied children were referred to Wexmoor County Council's children's services promptly, and "
        "social workers told inspectors that communication with Border Force had improved since 2022.",
    ],
)
s += [
    h1("Annex A: Inspection team"),
    P(
        "The Independent Chief Inspector would like to thank Border Force staff at Saltmere and Fenwold for their "
        "co-operation with the inspection, and Saltmere Harbour Company for its assistance."
    ),
    kv(
        [
            ["Lead Inspector", "Farhan Qureshi-Bell"],
            ["Project Manager", "Laura Penhaligon"],
            ["Inspector", "Owain Tregarth"],
            ["Inspector", "Michelle Sandoval-Price"],
            ["Assistant Inspector", "Kieran Mbeki-Stone"],
        ]
    ),
]
build9(
    out,
    s,
    header_left="ICIBI",
    header_right="Border Force operations at the Port of Saltmere and Fenwold Airport",
    page_fmt="{n}",
    title="An inspection of Border Force operations at the Port of Saltmere and Fenwold Airport, October 2024 - January 2025",
    author="Independent Chief Inspector of Borders and Immigration",
)
print(out)
