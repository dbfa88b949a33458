import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam2"))  # the shared helpers
from common import *

out = os.environ["SYNTHETIC_OUT"] + "/police-custody-inspections/Harrowdale-police-custody-web-2025.pdf"
os.makedirs(os.path.dirname(out), exist_ok=True)

s = []
s += [
    P("HM Inspectorate of Prisons<br/>HM Inspectorate of Constabulary and Fire &amp; Rescue Services", SUB),
    sp(40),
    Paragraph("Report on an unannounced inspection visit to police custody suites in Harrowdale", TITLE),
    P("by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire &amp; Rescue Services", SUB),
    sp(20),
    P("3 - 14 February 2025"),
    P("Report published: 24 June 2025"),
    sp(60),
    P(
        "This inspection was carried out jointly as part of the programme of inspections of police custody in England "
        "and Wales, which contributes to the United Kingdom's response to its international obligations under the "
        "Optional Protocol to the UN Convention against Torture (OPCAT).",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
]
s += bullets(
    [
        "Introduction",
        "Section 1 Summary of key findings",
        "Section 2 Background",
        "Section 3 Leadership, accountability and partnerships",
        "Section 4 Pre-custody: first point of contact",
        "Section 5 In the custody suite: booking in, individual needs and legal rights",
        "Section 6 In the custody cell: safeguarding and health care",
        "Section 7 Release and transfer from custody",
        "Section 8 Summary of causes of concern, recommendations and areas for improvement",
        "Appendix I Progress on recommendations from the last report",
        "Appendix II Inspection team",
    ]
)
s += [
    h1("Introduction"),
    P(
        "This report describes our findings following an unannounced inspection of police custody suites in Harrowdale. "
        "The inspection was conducted jointly by His Majesty's Inspectorate of Prisons and His Majesty's Inspectorate of "
        "Constabulary and Fire &amp; Rescue Services. It was part of a programme of inspections that covers every police "
        "custody suite in England and Wales. Our inspections look at strategy, treatment and conditions, individual rights "
        "and health care, and are assessed against our published Expectations for police custody."
    ),
    P(
        "Harrowdale Constabulary operates three full-time custody suites: Harrowdale Central (36 cells), Kelbrook (18 "
        "cells) and Ashby Moor (14 cells). A fourth suite, at Stanwell Road (12 cells), is used only as a contingency "
        "suite when demand is high. We last inspected custody in Harrowdale in October 2019."
    ),
    P(
        "We found that staff treated detainees with courtesy and respect, and that the booking-in process was generally "
        "thorough. Cells at Harrowdale Central were clean and in good condition, although some cells at Kelbrook contained "
        "ligature points that needed to be removed. Health care provision was good, and the Harrowdale Liaison and "
        "Diversion Service made a valuable contribution to identifying and supporting vulnerable detainees."
    ),
    P(
        "However, we identified three causes of concern. First, the observation of detainees who had been assessed as "
        "at risk was not always carried out at the required frequency, and some rousals were not done properly. Second, "
        "too many children were held overnight in custody following charge because the force and local authorities had "
        "not secured suitable alternative accommodation. Third, governance of strip-searching was weak: the force could "
        "not show that each strip-search was justified and proportionate, and the number of children who had been "
        "strip-searched was concerning."
    ),
    P(
        "We have made nine recommendations and identified 14 areas for improvement. We will expect the force and its "
        "partners to produce an action plan in response to this report."
    ),
    P("Martin Oyelaran<br/>HM Chief Inspector of Prisons", H3),
    P("Roy Halliwell<br/>HM Inspector of Constabulary", H3),
    P("April 2025"),
    h1("Section 1 Summary of key findings"),
    h2("Key figures"),
    table(
        [
            ["Measure (12 months to 31 December 2024)", "Figure"],
            ["Detainees held in custody", "14,860"],
            ["Of whom were children (aged 10 to 17)", "392"],
            ["Average detention time (all detainees)", "12 hours 47 minutes"],
            ["Average detention time (children)", "10 hours 31 minutes"],
            ["Detainees held for more than 24 hours", "1,115"],
            ["Detentions extended beyond 24 hours by a superintendent", "62"],
            ["Strip-searches recorded", "1,348"],
            ["Children strip-searched", "38"],
            ["Recorded uses of force in custody", "1,214"],
            ["Children charged and refused bail, held overnight", "61"],
            ["PACE transfers of children to local authority accommodation", "4"],
            ["People brought into custody as a place of safety under section 136 of the Mental Health Act 1983", "0"],
        ],
        widths=[125 * mm, 45 * mm],
    ),
    sp(8),
    P(
        "Expectations met: we found that 18 of the 41 expectations we looked at were fully met, 17 were partially met, and "
        "6 were not met. The force had achieved 6 of the 17 recommendations we made in 2019, partially achieved 4 and not "
        "achieved 7."
    ),
    h1("Section 2 Background"),
    P(
        "Harrowdale Constabulary serves a population of about 1.2 million people across the city of Harrowdale and the "
        "surrounding districts of Kelbrook and Ashby Moor. The Chief Constable is Deborah Maitland, and the force's custody "
        "services are the responsibility of Assistant Chief Constable Tom Ashworth. The Criminal Justice and Custody "
        "Department is led by Superintendent Lisa Fairbairn. The Police and Crime Commissioner is Nadeem Qureshi."
    ),
    P(
        "Custody sergeants are police officers; detention officers are police staff employed directly by the force. "
        "Health care is provided under contract by Medvance Custody Health, and liaison and diversion services by Harrowdale "
        "and Kelbrook NHS Foundation Trust."
    ),
    h1("Section 3 Leadership, accountability and partnerships"),
    P(
        "The force has a clear governance structure for custody, and ACC Ashworth chairs a bi-monthly Custody Strategic "
        "Board. However, the force's custody performance data was limited. The custody record system, CustodyPoint, did "
        "not allow managers to analyse the use of force or strip-searches easily, and data on use of force in custody was "
        "incomplete. In 9 of the 30 use-of-force incidents we reviewed on CCTV, no use-of-force form had been submitted."
    ),
    P(
        "Staffing levels were a problem. At the time of the inspection 14 of the 68 custody sergeant posts were vacant, "
        "and officers were regularly redeployed from response teams to cover shifts, often with little custody "
        "experience. The force had started a recruitment campaign for 22 detention officers in January 2025."
    ),
    P(
        "The independent custody visitors scheme, run by the Office of the Police and Crime Commissioner, was well "
        "organised, with 26 volunteer visitors. Partnership work with local authorities was weak, particularly in relation "
        "to the provision of accommodation for children charged and refused bail."
    ),
    h1("Section 4 Pre-custody: first point of contact"),
    P(
        "Officers we spoke to understood the need to consider alternatives to custody for vulnerable people. The force "
        "used voluntary attendance for suitable suspects, with 2,974 voluntary interviews in 2024. The street triage "
        "scheme, in which mental health nurses accompany officers in the evening, operated seven days a week in Harrowdale "
        "city but only at weekends in Ashby Moor. No one had been taken to custody as a place of safety under the Mental "
        "Health Act 1983."
    ),
    h1("Section 5 In the custody suite: booking in, individual needs and legal rights"),
    P(
        "Detainees were booked in promptly at most suites; the average wait in the holding area at Harrowdale Central "
        "was 37 minutes, but at busy times some detainees waited in vans for more than two hours. Risk assessments at "
        "booking in were generally thorough, although privacy at the booking-in desks at Harrowdale Central was poor."
    ),
    P(
        "Detainees were informed of their rights and entitlements, and interpreting services were readily available by "
        "telephone. PACE reviews were carried out on time in 34 of the 40 custody records we examined, but in 9 cases the "
        "review was conducted while the detainee was asleep and they were not told about it afterwards."
    ),
    P(
        "Appropriate adults for children and vulnerable adults were provided by Safe Voice, a local charity, during the "
        "day, with an out-of-hours service until midnight. Children waited an average of 3 hours 10 minutes for an "
        "appropriate adult to arrive. The force did not record how long vulnerable adults waited."
    ),
    h1("Section 6 In the custody cell: safeguarding and health care"),
    P(
        "Cells were generally clean, but we found ligature points in 7 cells at Kelbrook, which the force agreed to "
        "remove. Detainees' observation levels were set appropriately at booking in. However, when we reviewed CCTV for "
        "22 detainees on level 2 observations (rousals), in 8 cases the checks were not carried out at the required "
        "frequency, and in several cases staff did not get a verbal response from the detainee. This is a cause of concern."
    ),
    P(
        "Governance of strip-searching was weak. The force had recorded 1,348 strip-searches in the year, 9.1% of all "
        "detentions. In 11 of the 30 strip-search records we reviewed, the rationale recorded did not justify the search. "
        "Thirty-eight children had been strip-searched; an appropriate adult was present for 29 of them. Not all "
        "strip-searches of children had been authorised by an inspector as the force's own policy required."
    ),
    P(
        "Health care was good. Medvance Custody Health provided nurses 24 hours a day at Harrowdale Central and Kelbrook, "
        "with a mobile service for Ashby Moor. The average time for a health care professional to see a detainee was 1 "
        "hour 52 minutes at Kelbrook. Detainees could continue to receive prescribed medication, including opiate "
        "substitution therapy. The liaison and diversion team saw 3,205 detainees in 2024 and operated from 7am to 11pm."
    ),
    h1("Section 7 Release and transfer from custody"),
    P(
        "Pre-release risk assessments were adequate in 73% of the records we reviewed. Vulnerable detainees were usually "
        "offered help to get home, but some were released late at night without support. The force had 2,311 people "
        "released under investigation at the end of December 2024, some of whom had been on release under investigation "
        "for more than a year."
    ),
    P(
        "Of the 61 children who were charged and refused bail and held overnight, the force had requested alternative "
        "local authority accommodation for 57, but only 4 had been transferred. This is a cause of concern. Detainees "
        "waiting for court were sometimes held in custody over a weekend because of delays in video-enabled remand "
        "hearings."
    ),
    h1("Section 8 Summary of causes of concern, recommendations and areas for improvement"),
    h2("Causes of concern and recommendations"),
    P("Cause of concern 1: Detainees assessed as being at risk were not always observed and roused at the required frequency.", H3),
]
s += numbered(
    [
        "The force should ensure that all detainees are observed and roused in line with their assessed level of risk, and that supervisors check compliance regularly through CCTV review.",
        "The force should ensure that staff carrying out rousals obtain a meaningful response from the detainee.",
    ]
)
s += [P("Cause of concern 2: Too many children charged and refused bail were held in police custody overnight.", H3)]
s += numbered(
    [
        "The force and the four local authorities in the force area should agree a protocol to provide suitable alternative accommodation for children charged and refused bail, including secure accommodation where necessary.",
        "The force should monitor and report to the Custody Strategic Board every case in which a child is held overnight after charge.",
    ],
    start=3,
)
s += [P("Cause of concern 3: The governance of strip-searching was not robust, and the force could not demonstrate that every strip-search was justified.", H3)]
s += numbered(
    [
        "The force should ensure that every strip-search is necessary, proportionate and authorised, and that the rationale is fully recorded.",
        "The force should ensure that an appropriate adult is present whenever a child is strip-searched, except in urgent cases where there is risk of serious harm.",
        "The force should collect and analyse data on strip-searches, including by age, sex and ethnicity, and subject it to regular scrutiny.",
    ],
    start=5,
)
s += [h2("Other recommendations")]
s += numbered(
    [
        "The force should fill custody sergeant vacancies so that suites are staffed by officers with appropriate custody training.",
        "The force should ensure that use of force in custody is consistently recorded and that data is analysed to identify trends.",
    ],
    start=8,
)
s += [h2("Areas for improvement")]
s += bullets(
    [
        "The force should remove ligature points from cells at Kelbrook.",
        "Privacy at the booking-in desks at Harrowdale Central should be improved.",
        "Detainees should not wait in vans for long periods before booking in.",
        "PACE reviews should be carried out when detainees are awake wherever possible, and detainees should be told about reviews that took place while they were asleep.",
        "The force should record and monitor how long vulnerable adults wait for an appropriate adult.",
        "Appropriate adult provision for children should be available 24 hours a day.",
        "Street triage should be available every day in Ashby Moor.",
        "Detainees released late at night should be offered support to get home safely.",
        "The force should reduce the number of people on release under investigation for long periods.",
        "The force should work with HM Courts and Tribunal Service to reduce delays in video remand hearings.",
        "Custody performance data should be used effectively to improve outcomes for detainees.",
        "Detainees should be offered a shower and reading materials during long stays.",
        "Female detainees should be offered a female member of staff to speak to.",
        "Food should be available to detainees with dietary needs at all suites.",
    ]
)
s += [
    h1("Appendix I Progress on recommendations from the last report"),
    P(
        "Our last inspection of Harrowdale custody, in October 2019, made 17 recommendations. At this inspection we "
        "found that 6 had been achieved, 4 had been partially achieved and 7 had not been achieved. Recommendations not "
        "achieved included those on the detention of children after charge and the recording of use of force."
    ),
    h1("Appendix II Inspection team"),
    table(
        [
            ["Role", "Name"],
            ["HMI Prisons team leader", "Karen Holloway"],
            ["HMICFRS lead inspector", "Sunil Mistry"],
            ["HMI Prisons inspector", "Daniel Whitford"],
            ["HMICFRS inspector", "Grace Obi"],
            ["Health and social care inspector", "Helen Rowbotham"],
            ["Researcher", "Amir Hassan"],
        ],
        widths=[85 * mm, 85 * mm],
    ),
]
build(
    out,
    s,
    "Harrowdale police custody suites",
    "HMI Prisons / HMICFRS",
    title="Report on an unannounced inspection visit to police custody suites in Harrowdale",
    author="HM Inspectorate of Prisons and HMICFRS",
)
print(out)
