import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common8 import *

out = out_path("hmip-adult-prisons/HMP-Stannard-Moor-web-2024.pdf")

s = []
s += [
    P("HM Inspectorate of Prisons", SUB),
    sp(40),
    Paragraph("Report on an unannounced inspection of HMP Stannard Moor", TITLE),
    P("by HM Chief Inspector of Prisons", SUB),
    sp(20),
    P("3 and 10 - 14 June 2024"),
    sp(80),
    P(
        "This inspection was carried out with assistance from colleagues at the General Pharmaceutical Council, Ofsted "
        "and the Care Quality Commission. It is part of the UK's response to its obligations under the Optional "
        "Protocol to the UN Convention against Torture (OPCAT).",
        SMALL,
    ),
    P(
        "This is a synthetic report created for testing purposes. HMP Stannard Moor, its providers, the people named and "
        "all figures in this report are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
]
s += bullets(
    [
        "Introduction",
        "What needs to improve at HMP Stannard Moor",
        "About HMP Stannard Moor",
        "Section 1 Summary of key findings",
        "Section 2 Leadership",
        "Section 3 Safety",
        "Section 4 Respect",
        "Section 5 Purposeful activity",
        "Section 6 Rehabilitation and release planning",
        "Section 7 Progress on recommendations from the last inspection",
        "Appendix I Inspection team",
    ]
)
s += [
    h1("Introduction"),
    P(
        "HMP Stannard Moor is a category C training and resettlement prison for adult men, on the edge of the market "
        "town of Harnsey Cross. At the time of our inspection it held 798 men, against an operational capacity of 812. "
        "When we last inspected, in November 2021, we found a reasonably safe and decent prison with a clear focus on "
        "preparing men for release. Since then, outcomes have deteriorated in every area, and in safety they are now "
        "poor."
    ),
    P(
        "The main driver of this decline was the ready availability of drugs. In our survey, 48% of prisoners said it "
        "was easy to get illicit drugs, and 24% said they had developed a problem with drugs since arriving. The "
        "random mandatory drug testing positive rate for the first five months of 2024 was 31%, among the highest we "
        "have seen in a category C prison. Staff had recorded 47 sightings of drones over the prison in the six months "
        "before the inspection, and the drug debt that followed fuelled violence and self-isolation. Three men had "
        "taken their own lives since our last inspection."
    ),
    P(
        "Too many men spent too long locked in their cells. During our roll checks, 47% of prisoners were locked up "
        "during the working day, and unemployed men were unlocked for as little as 2 hours and 15 minutes on a "
        "weekday. This was not good enough for a training prison. Ofsted judged the overall effectiveness of education, "
        "skills and work to be inadequate."
    ),
    P(
        "There were some positive findings. Most staff-prisoner relationships were respectful, the 'Moor to Work' "
        "employment hub was helping more men into jobs on release, and family work was good. However, the prison will "
        "not make progress until leaders, supported by the prison service, get a grip on the supply of drugs. We have "
        "raised four priority concerns and six key concerns in this report, and we expect HM Prison and Probation "
        "Service to publish an action plan in response within two months."
    ),
    P("Nathaniel Ormerod<br/>HM Chief Inspector of Prisons<br/>September 2024", H3),
    h1("What needs to improve at HMP Stannard Moor"),
    P(
        "During this inspection we identified 10 key concerns, of which 4 should be treated as priorities. Priority "
        "concerns are those that are most important to improving outcomes for prisoners. They require immediate "
        "attention by leaders and managers. Leaders should make sure that all concerns identified here are addressed "
        "and that progress is tracked through a plan which sets out how and when the concerns will be resolved."
    ),
    h2("Priority concerns"),
]
s += numbered(
    [
        "Illicit drugs were readily available, and leaders did not have an effective strategy to reduce supply. "
        "Security measures against drones and drugs sent through the post were weak. <br/>Addressee: Governor and "
        "HM Prison and Probation Service",
        "Men were locked in their cells for too long, and there were not enough activity places for the population. "
        "<br/>Addressee: Governor",
        "Care for men at risk of self-harm was not good enough. Assessment, care in custody and teamwork (ACCT) "
        "reviews were often late, and case managers changed too often. <br/>Addressee: Governor",
        "Leaders had not ensured that enough prison offender managers were in post, and too many men did not have "
        "an up-to-date assessment of their risks and needs. <br/>Addressees: Governor and HM Prison and Probation "
        "Service",
    ]
)
s += [h2("Key concerns")]
s += numbered(
    [
        "The key worker scheme had almost stopped: only 11% of the expected sessions had been delivered in the "
        "previous three months. <br/>Addressee: Governor",
        "Many cells designed for one man held two, and 186 cells were overcrowded in this way. Showers on C and D "
        "wings were in poor condition. <br/>Addressee: Governor",
        "The use of force had increased, and body-worn cameras were not switched on in 14 of the 30 incidents we "
        "reviewed. <br/>Addressee: Governor",
        "Men waited too long to see a mental health professional; the average wait for a routine assessment was 23 "
        "days. <br/>Addressee: Healthcare provider",
        "Too many men were released without a home to go to. <br/>Addressees: Governor and Probation Service",
        "Public protection arrangements were not confirmed early enough before release for men who posed a high risk "
        "of harm. <br/>Addressee: Governor",
    ],
    start=5,
)
s += [
    h1("About HMP Stannard Moor"),
    table(
        [
            ["Task of the prison", "Category C training and resettlement prison for adult men"],
            ["Operational capacity", "812"],
            ["Population at the start of the inspection", "798"],
            ["Baseline certified normal capacity", "626"],
            ["Prison status", "Public"],
            ["Region / group", "Eastern Fens and Moors Prison Group"],
            ["Governor", "Marcus Delahaye-Wynn"],
            ["Physical health provider", "Northvale Integrated Health CIC"],
            ["Mental health provider", "Northvale Integrated Health CIC"],
            ["Substance misuse treatment provider", "Fresh Horizons Recovery"],
            ["Learning and skills provider", "Pathway Skills Partnership"],
            ["Probation provider", "The Probation Service, Harnsey Cross delivery unit"],
            ["Last inspection", "8 - 19 November 2021"],
            ["Independent Monitoring Board chair", "Geraldine Outhwaite"],
        ],
        widths=[75 * mm, 95 * mm],
        header=False,
    ),
    h1("Section 1 Summary of key findings"),
    P(
        "1.1 We assess outcomes for prisoners against four healthy prison tests: safety, respect, purposeful activity, "
        "and rehabilitation and release planning. We score each test from 4 to 1: 4 - good; 3 - reasonably good; 2 - "
        "not sufficiently good; 1 - poor."
    ),
    P("1.2 Outcomes for prisoners at HMP Stannard Moor were as follows."),
    table(
        [
            ["Healthy prison test", "November 2021", "June 2024"],
            ["Safety", "3 - reasonably good", "1 - poor"],
            ["Respect", "3 - reasonably good", "2 - not sufficiently good"],
            ["Purposeful activity", "2 - not sufficiently good", "1 - poor"],
            ["Rehabilitation and release planning", "3 - reasonably good", "2 - not sufficiently good"],
        ],
        widths=[70 * mm, 50 * mm, 50 * mm],
    ),
    P(
        "1.3 At our last inspection we made 32 recommendations. At this inspection we found that 9 had been achieved, "
        "5 partially achieved and 18 not achieved."
    ),
    h2("Notable positive practice"),
    P(
        "1.4 The 'Moor to Work' employment hub, opened in January 2024, brought together prison staff, employers and "
        "the Department for Work and Pensions. Six weeks after release, 23% of men released in the first quarter of "
        "2024 were in work, compared with 9% a year earlier."
    ),
    P(
        "1.5 The 'Family Ties' project, run by the charity Hearth and Home, held monthly family days and a homework club "
        "in the visits hall, where fathers helped their children with their schoolwork."
    ),
    h1("Section 2 Leadership"),
    P(
        "2.1 The governor had been in post since April 2023 and was visible around the prison. He had an accurate view "
        "of many of the prison's problems, but his plans had not yet led to improvement, and leaders had been slow to "
        "respond to the rise in drug use."
    ),
    P(
        "2.2 Staffing had stabilised, with only 4 band 3 officer vacancies at the time of the inspection, but 34% of "
        "officers had less than 12 months' experience. Many new officers told us they lacked confidence in challenging "
        "poor behaviour, and middle managers did not give them enough support on the wings."
    ),
    h1("Section 3 Safety"),
    h2("Early days in custody"),
    P(
        "3.1 Most men arrived from local prisons in the region, and around 60 men arrived each week. Reception was "
        "efficient, and first night cells were clean. Peer workers known as 'Insiders' met all new arrivals. However, "
        "in our survey, only 52% of men said they had felt safe on their first night."
    ),
    h2("Managing behaviour"),
    P(
        "3.2 In our survey, 38% of prisoners said they had felt unsafe at some time at the prison, compared with 19% "
        "at the last inspection. There had been 412 assaults in the previous 12 months, 318 on prisoners and 94 on "
        "staff, a rate higher than at similar prisons. Much of the violence was linked to drugs and debt."
    ),
    P(
        "3.3 Force had been used 566 times in the previous 12 months, compared with 301 in the year before the last "
        "inspection. Body-worn cameras were not switched on in 14 of the 30 incidents we reviewed, and the use of force "
        "committee had not identified this. The segregation unit held 11 men during the inspection; the longest stay "
        "was 64 days."
    ),
    h2("Security"),
    P(
        "3.4 The security department received about 900 intelligence reports each month, but there was a backlog of "
        "more than 300 reports waiting to be analysed. The prison had introduced photocopying of all legal and general "
        "mail in March 2024, but staff did not routinely use the drug detection equipment. Suspicion drug testing was "
        "completed within the required time in only 38% of cases."
    ),
    h2("Safeguarding"),
    P(
        "3.5 Three men had taken their own lives since our last inspection. The prison had not completed all the "
        "actions recommended by the Prisons and Probation Ombudsman after these deaths. There had been 734 incidents "
        "of self-harm in the previous 12 months, more than double the number at our last inspection."
    ),
    P(
        "3.6 At the time of the inspection, 43 men were being supported through the ACCT process. In the 20 ACCT "
        "documents we reviewed, 9 reviews had been late, and in 12 cases there had been more than two case managers. "
        "Men supported through ACCT had mixed views of the care they received."
    ),
    h1("Section 4 Respect"),
    P(
        "4.1 In our survey, 71% of prisoners said that most staff treated them with respect, and we saw many "
        "positive interactions on the wings. However, the key worker scheme had almost stopped, and only 11% of "
        "expected key work sessions had been delivered in the previous three months."
    ),
    P(
        "4.2 The prison was overcrowded: 186 cells designed for one man held two. Many cells had broken furniture, "
        "and the showers on C and D wings were mouldy and poorly ventilated. Only 29% of men said the food was good."
    ),
    P(
        "4.3 Health services were reasonably good overall. Men could see a GP within 5 working days. The mental health "
        "team was under pressure, and the average wait for a routine assessment was 23 days. The drug and alcohol "
        "service, run by Fresh Horizons Recovery, was supporting 286 men, and the 'Clean Slate' incentivised "
        "substance-free living unit on A wing held 42 men."
    ),
    P(
        "4.4 Work to promote equality had improved. A prisoner survey had been carried out for each protected "
        "characteristic, and prisoners from minority ethnic backgrounds were no longer over-represented in the use of "
        "force. There were 71 veterans at the prison, and a veterans' support group met every month."
    ),
    h1("Section 5 Purposeful activity"),
    P(
        "5.1 Time out of cell was very limited. During our roll checks, 47% of men were locked in their cells during "
        "the working day. Unemployed men were unlocked for as little as 2 hours and 15 minutes on a weekday and about "
        "1 hour and 30 minutes at weekends. The library was open for only 3 sessions a week."
    ),
    P(
        "5.2 There were 520 activity places for a population of nearly 800. At the time of the inspection, 212 men "
        "had no allocated activity. Attendance at education was low, at 61%, and many sessions started late because "
        "men were not unlocked on time."
    ),
    P("5.3 Ofsted made the following assessments about the education, skills and work provision:"),
    table(
        [
            ["Overall effectiveness", "Inadequate"],
            ["Quality of education", "Requires improvement"],
            ["Behaviour and attitudes", "Inadequate"],
            ["Personal development", "Requires improvement"],
            ["Leadership and management", "Inadequate"],
        ],
        widths=[85 * mm, 70 * mm],
        header=False,
    ),
    P(
        "5.4 Leaders had not made sure that all prisoners had their English and mathematics needs assessed on arrival, "
        "and about 40% of the men tested had reading skills below level 1. The Stannard Moor Bakehouse, a commercial "
        "bakery that supplied local cafés, gave 18 men realistic work experience and a level 2 food hygiene "
        "qualification."
    ),
    h1("Section 6 Rehabilitation and release planning"),
    P(
        "6.1 Work to help men maintain contact with their families was good. Social visits took place five days a "
        "week, and secure video calls were available every day. The Family Ties project was valued by prisoners and "
        "their families."
    ),
    P(
        "6.2 The offender management unit was under-staffed. Only 14 of the 23 prison offender manager posts were "
        "filled, and 146 men did not have an up-to-date OASys assessment of their risks and needs. Many men told us "
        "they had not had meaningful contact with their offender manager."
    ),
    P(
        "6.3 Public protection arrangements were weak. For 9 of the 17 high-risk men due to be released in the next six "
        "months, the MAPPA level had not been confirmed six months before release, as policy requires."
    ),
    P(
        "6.4 About 90 men were released each month. In the previous 12 months, 38% of men released had no sustainable "
        "accommodation on their first night. Twenty-two men were working outside the prison on release on temporary "
        "licence (ROTL), which was fewer than we would expect in a resettlement prison."
    ),
    h1("Section 7 Progress on recommendations from the last inspection"),
    P(
        "7.1 At our last inspection in 2021 we made 32 recommendations. At this inspection we found that 9 had been "
        "achieved, 5 partially achieved and 18 not achieved. Recommendations about the supply of drugs, time out of "
        "cell and the quality of offender management had not been achieved."
    ),
    h1("Appendix I Inspection team"),
    P(
        "This inspection was carried out by: Nathaniel Ormerod, Chief Inspector; Imogen Tresize-Barker, Team leader; "
        "Daniel Okwuosa, Inspector; Kirsty Vandermeer, Inspector; Stephen Ollerenshaw, Inspector; Farah Janjua, "
        "Researcher; Tomasz Wierzba, Researcher; Louise Penhaligon, Lead health and social care inspector; Graham "
        "Tullis, General Pharmaceutical Council inspector; Annette Corley, Ofsted inspector; Marcus Ebo, Ofsted "
        "inspector."
    ),
    sp(12),
    P("© Crown copyright 2024. HM Inspectorate of Prisons. Synthetic test document.", SMALL),
]
build8(
    out,
    s,
    header_left="Report on an unannounced inspection of HMP Stannard Moor",
    header_right="3 and 10 - 14 June 2024",
    footer_left="HMP Stannard Moor",
    title="Report on an unannounced inspection of HMP Stannard Moor",
    author="HM Inspectorate of Prisons",
)
print(out)
