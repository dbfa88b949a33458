import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common5 import *

out = out_path("hmics-local-policing/20250923PUB-Local-Policing-Plus-Inspection-Strathallan-Division.pdf")

n = [0]  # HMICS numbers its paragraphs through the whole report


def para(*texts):
    return numbered_from(list(texts), n)


s = []
s += [
    P("HM Inspectorate of Constabulary in Scotland", SUB),
    P("Improving Policing Across Scotland", SMALL),
    sp(40),
    Paragraph("Local Policing+ Inspection of Strathallan Division", TITLE),
    P("Thematic focus: the response to missing persons", SUB),
    sp(24),
    P("September 2025"),
    sp(80),
    P(
        "Laid before the Scottish Parliament by His Majesty's Chief Inspector of Constabulary in Scotland under section "
        "79(3) of the Police and Fire Reform (Scotland) Act 2012. Laid: 23 September 2025. HMICS/2025/06.",
        SMALL,
    ),
    P("© Crown copyright 2025. ISBN: 978-1-910165-94-2", SMALL),
    P(
        "This is a synthetic report created for testing purposes. Strathallan Division, the council areas and people "
        "named and all figures in this report are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
]
s += bullets(
    [
        "Chief Inspector's foreword",
        "Key facts",
        "Key findings",
        "Recommendations",
        "Areas for development",
        "Background and methodology",
        "Outcomes",
        "Leadership and governance",
        "Planning and process",
        "People",
        "Partnerships",
        "The '+' element: missing persons",
        "Appendix 1: Inspection team",
    ]
)
s += [h1("Chief Inspector's foreword")]
s += [
    P(
        "I am pleased to present this report of our local policing inspection of Strathallan Division. Our Local "
        "Policing+ programme examines how well policing is delivered in each of Police Scotland's local divisions, with "
        "an additional thematic element (the '+') that changes from one inspection to the next. For Strathallan "
        "Division we chose to look in depth at the response to missing persons, because the division has one of the "
        "highest rates of missing person investigations per head of population in Scotland."
    ),
    P(
        "We found a division that is well led, with a strong commitment to its communities, and officers and staff who "
        "are proud of the work they do. Local policing is highly valued by partners. However, the division is stretched. "
        "Response officers in the more remote parts of the division are too often working below minimum staffing "
        "levels, and a high proportion of them are inexperienced. This has consequences for the service the public "
        "receives and for officer wellbeing."
    ),
    P(
        "The division's response to missing persons is generally effective and child-centred, and its work with "
        "residential children's houses through the Philomena Protocol is promising. We have, however, identified "
        "weaknesses in the review of risk assessments and in the consistency of return discussions."
    ),
    P(
        "This report makes five recommendations and identifies seven areas for development. HMICS will monitor "
        "progress against our recommendations and report publicly on this in due course. I would like to thank "
        "Chief Superintendent Iain Rutherford and all those who took part in the inspection."
    ),
    P("Euan Macaulay<br/>HM Chief Inspector of Constabulary in Scotland<br/>September 2025", H3),
    h1("Key facts"),
    table(
        [
            ["Strathallan Division", ""],
            ["Local authority areas", "Strathallan Council; Ardlochy and the Isles Council"],
            ["Population", "284,600"],
            ["Area", "7,140 square kilometres, including 11 inhabited islands"],
            ["Divisional commander", "Chief Superintendent Iain Rutherford (since August 2023)"],
            ["Local area command areas", "Strathallan North; Strathallan South; Ardlochy and the Isles"],
            ["Police officers (actual / funded establishment)", "981 / 1,018"],
            ["Police staff", "152"],
            ["Police stations", "26 (9 with public counters)"],
            ["Incidents recorded 2024-25", "96,780"],
            ["Crimes recorded 2024-25", "14,912 (up 4.8% on 2023-24)"],
            ["Detection rate, all crimes 2024-25", "54.1%"],
            ["Missing person investigations 2024-25", "1,187"],
        ],
        widths=[75 * mm, 95 * mm],
    ),
    h1("Key findings"),
]
s += bullets(
    [
        "Strathallan Division is well led. The divisional commander and senior leadership team are visible and "
        "approachable, and partners value the division's commitment to local communities.",
        "Response policing is under sustained pressure. Minimum staffing levels were not met on 38% of response shifts "
        "in Ardlochy and the Isles in the 12 weeks before our fieldwork.",
        "31% of response officers in the division were probationers with less than two years' service, and tutor "
        "constables were in short supply.",
        "Officers were highly committed, but 44% of those who responded to our survey said their workload was "
        "unmanageable.",
        "Operation Cairnhill, the division's response to rural and agricultural crime, is a good example of problem "
        "solving with communities and partners.",
        "The response to missing persons is generally effective, but risk assessments were not always reviewed at the "
        "required intervals.",
        "12 of the 19 residential children's houses in the division had signed up to the Philomena Protocol at the time "
        "of our fieldwork.",
    ]
)
s += [h1("Recommendations")]
s += [
    P("Recommendation 1", H3),
    P(
        "Police Scotland should ensure that Strathallan Division has sufficient response officers to meet its minimum "
        "staffing levels, particularly in Ardlochy and the Isles. This should include a review of the division's "
        "resource allocation model and of the use of officers from other divisions."
    ),
    P("Recommendation 2", H3),
    P(
        "Police Scotland should strengthen the support available to probationer constables in Strathallan Division. "
        "This should include sufficient trained tutor constables and protected time for tutoring."
    ),
    P("Recommendation 3", H3),
    P(
        "Strathallan Division should ensure that risk assessments in missing person investigations are reviewed at the "
        "required intervals and that supervisory oversight is recorded. Compliance should be audited quarterly."
    ),
    P("Recommendation 4", H3),
    P(
        "Strathallan Division, with Strathallan Council and Ardlochy and the Isles Council, should extend the Philomena "
        "Protocol to all residential children's houses in the division. Private and third sector providers should be "
        "included."
    ),
    P("Recommendation 5", H3),
    P(
        "Police Scotland should ensure that a return discussion is offered to every child or young person following a "
        "missing episode and that the outcome is recorded. Information from return discussions should be shared with "
        "partners to reduce repeat episodes."
    ),
    h1("Areas for development"),
]
s += bullets(
    [
        "The division should improve how it consults and engages with island communities, including through the use of "
        "online engagement.",
        "The division should review its arrangements for the attendance of officers at Prompt-graded incidents in rural "
        "areas.",
        "The division should make better use of its performance data at local area command level.",
        "The division should increase the number of Herbert Protocol forms held for people living with dementia.",
        "The division should ensure that all officers are aware of the support available through Trauma Risk "
        "Management (TRiM).",
        "The division should review the accommodation at Kinlochard police office, which is in poor condition.",
        "The division should work with partners to develop a shared dataset on people who go missing repeatedly.",
    ]
)
s += [h1("Background and methodology")]
s += para(
    "Strathallan Division is one of Police Scotland's local policing divisions. It covers the local authority areas "
    "of Strathallan Council and Ardlochy and the Isles Council, with a combined population of 284,600 across 7,140 "
    "square kilometres. The main town is Strathallan, where the divisional headquarters is located at Kingsgate police "
    "office. The division includes 11 inhabited islands, some of which are served by a single officer.",
    "The division is led by Chief Superintendent Iain Rutherford, who took up the post in August 2023. He is supported "
    "by two superintendents and three local area commanders, each of the rank of chief inspector, for Strathallan North, "
    "Strathallan South and Ardlochy and the Isles.",
    "Our inspection was carried out in accordance with HMICS's inspection framework, which considers outcomes, "
    "leadership and governance, planning and process, people, resources and partnerships. Fieldwork took place between "
    "3 and 21 March 2025. We interviewed 74 officers and staff and 38 representatives of partner organisations, and held "
    "focus groups in 11 police stations, including on two islands. We observed briefings, tasking meetings and a "
    "Multi-Agency Risk Assessment Conference (MARAC).",
    "We ran an online survey of divisional officers and staff between 10 February and 2 March 2025, which received 412 "
    "responses, a response rate of 36%. We also reviewed 120 missing person investigations recorded between 1 April and "
    "31 December 2024.",
)
s += [h1("Outcomes")]
s += para(
    "The division recorded 14,912 crimes in 2024-25, an increase of 4.8% on the previous year. The increase was driven "
    "mainly by fraud, including online fraud targeting older people, and by shoplifting, which rose by 21%. Violent "
    "crime fell by 3%. The detection rate for all crimes was 54.1%, compared with 51.6% in 2023-24.",
    "The division attended 4,426 domestic abuse incidents in 2024-25. Officers we spoke to had a good understanding of "
    "the Domestic Abuse (Scotland) Act 2018, and 92% of frontline officers had completed Domestic Abuse Matters "
    "training. Applications under the Disclosure Scheme for Domestic Abuse Scotland increased to 318.",
    "In its 2024 'Your Police' local survey, 61% of respondents in the division said they were confident in the police "
    "in their area, compared with 67% in 2022. Confidence was lowest in Ardlochy and the Isles, at 49%.",
    "Operation Cairnhill, the division's response to rural and agricultural crime, was launched in 2023 with the local "
    "farming community and neighbouring divisions. Reported thefts of quad bikes and farm machinery fell from 148 in "
    "2022-23 to 87 in 2024-25. Partners and farmers spoke highly of the operation.",
)
s += [h1("Leadership and governance")]
s += para(
    "The divisional senior leadership team is visible, approachable and well regarded. Officers and staff told us that "
    "the divisional commander regularly visits stations, including on the islands, and that leaders listen to their "
    "concerns. In our survey, 72% of respondents agreed that senior leaders in the division were visible.",
    "The division's local policing plans for each council area were agreed with local scrutiny committees and reflect "
    "community priorities, including road safety, drug supply and rural crime. Elected members were positive about the "
    "quality of reporting to the scrutiny committees.",
    "Performance management was less well developed. The divisional performance meeting focused mainly on crime "
    "statistics, and local area commanders did not routinely receive data on response times or missing persons for "
    "their own areas. We have identified this as an area for development.",
)
s += [h1("Planning and process")]
s += para(
    "Calls from the public are received by Police Scotland's national Contact, Command and Control (C3) division and "
    "assessed using the Contact Assessment Model. In 2024-25, 38% of incidents in Strathallan Division were resolved "
    "without the deployment of an officer, through the Resolution Team or by referral to partners.",
    "The average time to attend incidents graded Immediate was 11 minutes in Strathallan North and Strathallan South, "
    "and 27 minutes in Ardlochy and the Isles. For incidents graded Prompt, the median time to attend was 58 minutes "
    "across the division, but exceeded three hours on 214 occasions in rural areas.",
    "Minimum staffing levels for response policing were not met on 38% of shifts in Ardlochy and the Isles, and on 12% "
    "of shifts in the rest of the division, in the 12 weeks before our fieldwork. On average, 22% of response officers "
    "were abstracted from their duties at any time, for court, training, leave, sickness and restricted duties.",
    "Community policing teams were regularly used to fill gaps in response rotas. Community officers told us that this "
    "limited their ability to carry out problem-solving work.",
)
s += [h1("People")]
s += para(
    "The division had 981 police officers against a funded establishment of 1,018. In the year before the inspection, "
    "64 new probationer constables joined the division, and 31% of response officers had less than two years' service. "
    "There were 23 trained tutor constables, fewer than the division needed, and several probationers told us they had "
    "been posted to single-crewed patrols before they felt ready.",
    "Officers lost an average of 11.2 working days to sickness absence in 2024-25, above the Police Scotland average. "
    "Psychological ill health was the largest single cause. In our survey, 44% of respondents said their workload was "
    "unmanageable, and 58% said they had not been able to take all of their rest days in the previous three months.",
    "Wellbeing support is available through Police Scotland's national services and through Trauma Risk Management "
    "(TRiM) practitioners in the division. However, some officers on the islands were unaware of how to access TRiM.",
    "A total of 347 officers in the division carried intranasal naloxone, and officers had administered it on 19 "
    "occasions in 2024-25.",
)
s += [h1("Partnerships")]
s += para(
    "Partnership working is a strength. The division is an active member of both community planning partnerships, and "
    "partners described the police as reliable and open. The division co-funds a mental health triage service, "
    "Bridgeway, with Strathallan Health and Social Care Partnership; mental health nurses provide telephone advice to "
    "officers from 2pm to 2am.",
    "The division's work with Strathallan Council on youth diversion, including the Street Football project in "
    "Strathallan South, was highly regarded by partners.",
)
s += [h1("The '+' element: missing persons")]
s += para(
    "Police Scotland carried out 1,187 missing person investigations in Strathallan Division in 2024-25, an increase of "
    "9% on 2023-24. Children and young people accounted for 61% of these investigations, and 43% of the episodes "
    "involving children related to young people living in residential children's houses. A small number of young "
    "people went missing repeatedly: 27 young people accounted for more than half of all children's missing episodes.",
    "Missing person investigations are led by response officers with support from the divisional Missing Persons "
    "Co-ordinator, a sergeant post funded until March 2026. The co-ordinator holds a weekly review of repeat missing "
    "persons with partners, which we found to be effective.",
    "Initial risk assessments in the 120 investigations we reviewed were generally appropriate, and 91% were graded "
    "correctly. However, in 19 of the 120 investigations, the risk assessment had not been reviewed at the intervals "
    "required by Police Scotland's missing persons standard operating procedure, and supervisory oversight was "
    "not recorded in 23 investigations.",
    "The Philomena Protocol is a partnership agreement between the police and care providers, intended to reduce the "
    "number of young people who go missing from care and to improve the information shared when they do. At the time of "
    "our fieldwork, 12 of the 19 residential children's houses in the division had signed up to the protocol. In the "
    "houses that had adopted it, missing episodes reported to the police fell by 26% over 12 months.",
    "The division also promotes the Herbert Protocol, under which families and carers of people living with dementia "
    "record information that will help if the person goes missing. Only 146 Herbert Protocol forms were held in the "
    "division, which is low for its population.",
    "National guidance requires that a return discussion is offered to every child or young person after a missing "
    "episode. Return discussions were recorded in 68% of the children's missing episodes we reviewed. Since October "
    "2024, return discussions for young people in Strathallan South have been carried out by an independent worker "
    "through Safe Home Strathallan, a pilot commissioned from the charity Harbour Light Scotland. Young people told "
    "us they found it easier to talk to someone who was not a police officer.",
)
s += [h1("Appendix 1: Inspection team")]
s += [
    table(
        [
            ["Name", "Role"],
            ["Euan Macaulay", "HM Chief Inspector of Constabulary in Scotland"],
            ["Anne-Marie Gillies", "Deputy Chief Inspector (executive lead)"],
            ["Graeme Baird", "Lead Inspector"],
            ["Shona McPhail", "Inspector"],
            ["Ross Kilbride", "Inspector"],
            ["Dr Lindsay Crerar", "Lead Analyst"],
            ["Alan Fotheringham", "Associate Inspector"],
        ],
        widths=[70 * mm, 100 * mm],
    ),
    sp(12),
    P(
        "HM Inspectorate of Constabulary in Scotland, 1st Floor, St Andrew's House, Regent Road, Edinburgh. "
        "Synthetic test document.",
        SMALL,
    ),
]
build5(
    out,
    s,
    "HMICS | Local Policing+ Inspection of Strathallan Division",
    "September 2025",
    footer_left="HM Inspectorate of Constabulary in Scotland",
    title="Local Policing+ Inspection of Strathallan Division",
    author="HM Inspectorate of Constabulary in Scotland",
)
print(out)
