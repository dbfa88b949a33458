import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common import *

out = __import__("os").environ["SYNTHETIC_OUT"] + "/hmip-young-offender-institutions/Ashcombe-web-2024.pdf"
os.makedirs(os.path.dirname(out), exist_ok=True)
s = []
s += (
    [
        sp(30),
        P("Report on an unannounced inspection of", SUB),
        Paragraph("HMYOI Ashcombe", TITLE),
        P("by HM Chief Inspector of Prisons", SUB),
        P("3–14 June 2024", SUB),
        sp(30),
        P(
            "This inspection was carried out with assistance from colleagues at Ofsted and the Care Quality Commission, and was conducted jointly with the General Pharmaceutical Council."
        ),
        P("Report published: 24 September 2024"),
        PageBreak(),
        h1("Contents"),
    ]
    + bullets(
        [
            "Introduction",
            "What needs to improve at HMYOI Ashcombe",
            "About HMYOI Ashcombe",
            "Section 1 Summary of key findings",
            "Section 2 Leadership",
            "Section 3 Safety",
            "Section 4 Respect",
            "Section 5 Purposeful activity",
            "Section 6 Rehabilitation and release planning",
            "Section 7 Progress on recommendations from the last report",
        ]
    )
    + [
        h1("Introduction"),
        P(
            "HMYOI Ashcombe, near Taunton in Somerset, holds young adult men aged 18 to 21. At the time of our inspection it held 412 young men, many of them serving sentences for serious violent offences. This unannounced inspection took place from 3 to 14 June 2024, two years after our last visit in April 2022, when we found outcomes in safety and purposeful activity to be poor."
        ),
        P(
            "There had been some improvement in safety since our last inspection, but levels of violence remained far too high. In the previous 12 months there had been 176 assaults, 54 of which were on staff, and the rate of assaults was higher than at any comparable young offender institution. Force had been used 598 times in the same period. Leaders had improved the governance of use of force, but body-worn cameras were activated in only 71% of incidents."
        ),
        P(
            "Outcomes in purposeful activity remained poor. Too many young men spent most of the day locked in their cells: during our roll checks in the working day, we found 44% of young men locked up. Ofsted judged the overall effectiveness of education, skills and work to be inadequate. There were only 286 full-time activity places for a population of 412, and attendance at allocated activities was just 58%."
        ),
        P(
            "Relationships between staff and young men were better than we often see in young adult establishments, and the refurbishment of Avon and Brue wings had made a real difference to living conditions. The peer mentoring scheme run by the Fresh Start Trust was a notable strength. However, the key work scheme, which should give every young man a 45-minute session with a named officer each week, had largely stalled, with only 37% of expected sessions delivered in the previous three months."
        ),
        P(
            "The governor, Martin Ellery, and his senior team had a clear understanding of the prison's weaknesses and had an improvement plan that was beginning to have an effect. The priority must now be to get young men out of their cells and into education, training and work."
        ),
        P("Eleanor Marsh", H3),
        P("HM Chief Inspector of Prisons"),
        P("August 2024"),
        h1("What needs to improve at HMYOI Ashcombe"),
        P(
            "During our inspection, we identified 12 key concerns, of which five should be treated as priorities. Priority concerns are those that are most important to improving outcomes for prisoners. They require immediate attention by leaders and managers."
        ),
        h2("Priority concerns"),
    ]
    + numbered(
        [
            "Levels of violence were very high, and leaders had not done enough to understand and address the causes of conflict between groups of young men.",
            "Young men spent too long locked in their cells. Those who were unemployed were unlocked for as little as 1.5 hours a day.",
            "There were not enough activity places and attendance at education and work was poor. Ofsted judged the overall effectiveness of education, skills and work to be inadequate.",
            "The key work scheme was not being delivered, so many young men did not have regular contact with an officer who knew them well.",
            "Too many young men were released without sustainable accommodation, which undermined their chances of a successful resettlement.",
        ]
    )
    + [
        h2("Key concerns"),
    ]
    + numbered(
        [
            "Body-worn cameras were not consistently activated during use of force incidents.",
            "Young men from Black and minority ethnic backgrounds reported much more negative experiences of staff than white young men.",
            "Sixty-two young men were sharing cells designed for one on Exe wing.",
            "Waiting times for a routine GP appointment were too long, at around four weeks.",
            "The evening meal was served too early, at 4.15pm.",
            "Too many OASys assessments were overdue, affecting sentence planning.",
            "Challenge, support and intervention plans (CSIPs) did not always contain meaningful targets.",
        ],
        start=6,
    )
    + [
        h1("About HMYOI Ashcombe"),
        P(
            "Task of the prison/establishment: a young offender institution holding sentenced and convicted young adult men aged 18 to 21."
        ),
        table(
            [
                ["Item", "Detail"],
                [
                    "Certified normal accommodation and operational capacity",
                    "Baseline certified normal capacity: 420. In-use certified normal capacity: 410. Operational capacity: 436",
                ],
                ["Population at the start of the inspection", "412"],
                ["Prison status", "Public"],
                ["Region/Department", "South West"],
                ["Physical health provider", "Quantock Healthcare Partnership"],
                ["Mental health provider", "Quantock Healthcare Partnership"],
                ["Substance misuse provider", "Forward Steps Ltd"],
                ["Learning and skills provider", "Ascend Learning"],
                ["Governor", "Martin Ellery (in post since January 2023)"],
                ["Independent Monitoring Board chair", "Fiona Rudd"],
                ["Last inspection", "19–29 April 2022"],
            ],
            widths=[75 * mm, 95 * mm],
        ),
        sp(6),
        P(
            "Brief history: HMYOI Ashcombe opened in 1962 as a borstal and became a young offender institution in 1988. The residential units comprise six wings: Avon, Brue, Cary, Dart, Exe and Frome. Frome wing is a 40-bed incentivised substance-free living unit."
        ),
        h1("Section 1 Summary of key findings"),
        h2("Outcomes for prisoners"),
        P(
            "We assess outcomes for prisoners against four healthy prison tests: safety, respect, purposeful activity, and rehabilitation and release planning. We score each test on a four-point scale: 4 – good; 3 – reasonably good; 2 – not sufficiently good; 1 – poor."
        ),
        P("Figure 1: HMYOI Ashcombe healthy prison outcomes 2022 and 2024", H3),
        table(
            [
                ["Healthy prison test", "2024 score", "2024 outcome", "2022 outcome"],
                ["Safety", "2", "Not sufficiently good", "Poor"],
                ["Respect", "3", "Reasonably good", "Not sufficiently good"],
                ["Purposeful activity", "1", "Poor", "Poor"],
                [
                    "Rehabilitation and release planning",
                    "2",
                    "Not sufficiently good",
                    "Not sufficiently good",
                ],
            ],
            widths=[60 * mm, 25 * mm, 45 * mm, 45 * mm],
        ),
        sp(6),
        P(
            "Since our last inspection, outcomes had improved in safety and respect, and remained the same in purposeful activity and in rehabilitation and release planning."
        ),
        h2("Progress on key concerns and recommendations"),
        P(
            "At our last inspection in 2022, we raised nine priority concerns. At this inspection we found that two had been addressed, three had been partially addressed and four had not been addressed."
        ),
        h2("Notable positive practice"),
    ]
    + bullets(
        [
            "The Fresh Start Trust peer mentoring scheme trained 22 young men as mentors, who supported new arrivals during their first two weeks in custody.",
            "Family Ties days were held every month and allowed young men to spend a whole afternoon with their children and partners in a relaxed setting.",
            "The 'Reading Ahead' challenge in the library had been completed by 96 young men in the previous year.",
            "The Frome wing substance-free living unit had a waiting list and very low levels of violence.",
        ]
    )
    + [
        h1("Section 2 Leadership"),
        P(
            "Leaders had a realistic view of the prison's performance. The governor had introduced a weekly safety and regime meeting and a data dashboard covering violence, use of force and time out of cell. Staffing had stabilised: the number of band 3 officers in post had risen from 148 to 186 since our last inspection, although 27% had less than 12 months' experience. Leaders had not yet been able to translate improved staffing into a better regime."
        ),
        h1("Section 3 Safety"),
        h2("Early days in custody"),
        P(
            "Young men arriving at the prison were treated decently in reception. The Fresh Start Trust peer mentors met every new arrival on their first night. However, first night cells on Cary wing were grubby and some lacked curtains."
        ),
        h2("Managing behaviour"),
        P(
            "Violence remained very high. There had been 176 assaults in the 12 months before the inspection, including 54 assaults on staff. Much of the violence was linked to conflict between groups from Bristol and Somerset. Challenge, support and intervention plans (CSIPs) were used to manage the most violent young men; 38 were open at the time of the inspection, but many lacked meaningful targets."
        ),
        P(
            "The incentives scheme had been revised in January 2024, and young men on the enhanced level could earn additional gym sessions and longer visits. In our survey, 49% of young men said that the scheme encouraged them to behave well."
        ),
        h2("Use of force"),
        P(
            "Force had been used 598 times in the previous 12 months, a reduction from 702 at the last inspection. Body-worn cameras were activated in 71% of incidents. Batons had been drawn on four occasions and PAVA incapacitant spray had been used 11 times. Governance had improved, with a weekly use of force panel reviewing footage, but too many incidents were not scrutinised because footage was not available."
        ),
        P(
            "The care and separation unit held 14 young men when we inspected. The average stay was nine days, but one young man had been held there for 46 days."
        ),
        h2("Self-harm and suicide prevention"),
        P(
            "There had been one self-inflicted death since the last inspection, in March 2023, and the Prisons and Probation Ombudsman's recommendations had been implemented. There had been 213 incidents of self-harm in the previous six months, involving 61 young men. At the time of the inspection, 27 young men were being supported through assessment, care in custody and teamwork (ACCT) case management. The quality of ACCT documentation had improved."
        ),
        h2("Security"),
        P(
            "The positive rate for mandatory drug testing was 18%, which was high. Drones were a frequent problem and 31 drone sightings had been recorded in the previous six months. Netting on Dart wing had been repaired in May 2024."
        ),
        h1("Section 4 Respect"),
        P(
            "Relationships between staff and young men were generally respectful. In our survey, 71% of young men said most staff treated them with respect, compared with 58% at the last inspection. However, the key work scheme had stalled: only 37% of expected key work sessions had been delivered in the previous three months."
        ),
        P(
            "Living conditions on Avon and Brue wings, refurbished in 2023, were good. Conditions on Exe wing were poor, and 62 young men were sharing cells designed for one."
        ),
        P(
            "Young men from Black and minority ethnic backgrounds made up 48% of the population. In our survey, 41% of Black young men said that they had been victimised by staff, compared with 23% of white young men. Leaders had started an equality action plan, but it was too early to see an impact."
        ),
        P(
            "Health services were reasonably good overall. Mental health provision from Quantock Healthcare Partnership was responsive, with same-day triage of urgent referrals. However, young men waited around four weeks for a routine GP appointment. The Care Quality Commission issued a requirement notice in relation to medicines management."
        ),
        P("Food was adequate, but the evening meal was served at 4.15pm, which was too early."),
        h1("Section 5 Purposeful activity"),
        P(
            "Time out of cell was poor. Young men in full-time education or work were typically unlocked for about three hours on a weekday. Those who were unemployed were unlocked for as little as 1.5 hours. During our roll checks, 44% of young men were locked in their cells during the core working day. Weekend regimes were more limited, with most young men unlocked for only two hours."
        ),
        P(
            "Library provision was good. The library was open five days a week, and 96 young men had completed the 'Reading Ahead' challenge in the previous year. The gym was well used and every young man had access to at least two sessions a week."
        ),
        h2("Education, skills and work activities"),
        P("Ofsted made the following assessments about the education, skills and work provision:"),
        table(
            [
                ["Ofsted judgement area", "Grade"],
                ["Overall effectiveness", "Inadequate"],
                ["Quality of education", "Inadequate"],
                ["Behaviour and attitudes", "Requires improvement"],
                ["Personal development", "Requires improvement"],
                ["Leadership and management", "Inadequate"],
            ],
            widths=[100 * mm, 60 * mm],
        ),
        sp(6),
        P(
            "There were only 286 full-time activity places for the 412 young men held. Attendance at allocated activities was just 58%, and punctuality was poor. Around a third of young men had been assessed as having a learning difficulty or disability, but Ascend Learning did not use this information well to plan teaching. The barbering and construction workshops were of good quality, but too few young men achieved qualifications: only 61% of those who started an English or mathematics course in the last year completed it."
        ),
        h1("Section 6 Rehabilitation and release planning"),
        h2("Children and families and contact with the outside world"),
        P(
            "Family Ties days were held every month and were highly valued. Social visits took place five days a week, and secure video calls were available every day. A family engagement worker employed by the Fresh Start Trust supported 64 young men in the previous six months."
        ),
        h2("Reducing risk, rehabilitation and progression"),
        P(
            "OASys assessments were overdue for 96 young men, which undermined sentence planning. Prison offender managers had high caseloads of around 70 young men each. The 'Choices and Changes' offending behaviour programme, delivered in partnership with the probation service, had been completed by 28 young men in the previous year."
        ),
        h2("Release planning"),
        P(
            "In the previous six months, 143 young men had been released. Of these, 34% had been released homeless or to temporary accommodation, and only 29% were in education, training or employment six weeks after release. The Community Accommodation Service Tier 3 was used for some young men, but referrals were often made too late."
        ),
        h1("Section 7 Progress on recommendations from the last report"),
        P(
            "The following is a summary of our assessment of progress against the nine priority concerns from the 2022 inspection."
        ),
        table(
            [
                ["Concern from 2022", "Progress in 2024"],
                ["Levels of violence and the use of force were very high", "Partially addressed"],
                ["Young men had too little time out of cell", "Not addressed"],
                ["Insufficient activity places", "Not addressed"],
                ["Poor attendance and quality of education", "Not addressed"],
                ["Governance of use of force was weak", "Addressed"],
                ["Cell conditions on Avon and Brue wings were squalid", "Addressed"],
                ["Self-harm support was inconsistent", "Partially addressed"],
                ["Black and minority ethnic young men had poorer experiences", "Partially addressed"],
                ["Too many young men were released homeless", "Not addressed"],
            ],
            widths=[110 * mm, 60 * mm],
        ),
        sp(10),
        P(
            "Crown copyright 2024. This publication is licensed under the terms of the Open Government Licence v3.0. Printed and published by HM Inspectorate of Prisons, 3rd floor, 10 South Colonnade, Canary Wharf, London E14 4PU.",
            SMALL,
        ),
    ]
)
build(
    out,
    s,
    "Report on an unannounced inspection of HMYOI Ashcombe",
    "3–14 June 2024",
    title="Report on an unannounced inspection of HMYOI Ashcombe",
    author="HM Inspectorate of Prisons",
)
print(out)
