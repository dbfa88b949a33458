import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common5 import *

out = out_path("hmip-immigration-removal-centres/Linford-Heath-IRC-web-2025.pdf")

s = []
s += [
    P("HM Inspectorate of Prisons", SUB),
    sp(40),
    Paragraph("Report on an unannounced inspection of Linford Heath Immigration Removal Centre", TITLE),
    P("by HM Chief Inspector of Prisons", SUB),
    sp(20),
    P("27 January - 6 February 2025"),
    sp(80),
    P(
        "This inspection was carried out with assistance from colleagues at the Care Quality Commission. It is part of "
        "the UK's response to its obligations under the Optional Protocol to the UN Convention against Torture (OPCAT).",
        SMALL,
    ),
    P(
        "This is a synthetic report created for testing purposes. Linford Heath IRC, its contractors, the people named "
        "and all figures in this report are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
]
s += bullets(
    [
        "Introduction",
        "What needs to improve at Linford Heath",
        "About Linford Heath",
        "Section 1 Summary of key findings",
        "Section 2 Leadership",
        "Section 3 Safety",
        "Section 4 Respect",
        "Section 5 Activities",
        "Section 6 Preparation for removal and release",
        "Section 7 Progress on concerns from the last inspection",
        "Appendix I Inspection team",
        "Appendix II Glossary",
    ]
)
s += [
    h1("Introduction"),
    P(
        "Linford Heath Immigration Removal Centre, on the outskirts of the town of Linford, holds adult men detained under "
        "immigration powers. It is run on behalf of the Home Office by Harbourline Custodial Services Ltd, with health "
        "care provided by Cedarwell Health Partnership. At the start of this inspection it held 318 men, against a "
        "certified capacity of 392. We last inspected the centre in June 2022."
    ),
    P(
        "Relationships between staff and detainees were generally good, and many men told us that most officers treated "
        "them with respect. The centre was clean and well maintained, and there was a good range of activities. The "
        "Welcome Peer Mentors scheme, in which trained detainees meet new arrivals, was an example of notable positive "
        "practice."
    ),
    P(
        "However, outcomes in safety had deteriorated since our last inspection. Force had been used 142 times in the "
        "previous 12 months, compared with 88 times in the year before our last inspection, mostly during attempts to "
        "remove men on charter flights. Governance of force was weak: body-worn cameras had not been switched on in 31% "
        "of the incidents we reviewed. In our survey, 41% of detainees said they had felt unsafe at some time in the "
        "centre, compared with 24% in 2022."
    ),
    P(
        "We were particularly concerned about the Home Office's application of the adults at risk policy. On the first "
        "day of the inspection, 64 men had been assessed as adults at risk at level 2 or 3, and some had been held for "
        "many months despite evidence that detention was harming them. In the six months before the inspection, 184 "
        "rule 35 reports had been submitted by doctors, but only 17 (9%) had led to release. Too many men were released "
        "without anywhere to live."
    ),
    P(
        "This report raises three priority concerns and five key concerns. We will expect the Home Office and its "
        "contractors to publish an action plan in response."
    ),
    P("Jonathan Fairley<br/>HM Chief Inspector of Prisons<br/>March 2025", H3),
    h1("What needs to improve at Linford Heath"),
    P(
        "During this inspection we identified 8 concerns, of which 3 should be treated as priorities. Priority concerns "
        "are those that are most important to improving outcomes for detainees. They require immediate attention by "
        "leaders and managers."
    ),
    h2("Priority concerns"),
]
s += numbered(
    [
        "Too many detainees who had been identified as adults at risk remained in detention for long periods. Home "
        "Office caseworkers did not give enough weight to evidence of vulnerability when reviewing detention. "
        "<br/>Addressee: Home Office",
        "The use of force had increased significantly since the last inspection, and governance was weak. Body-worn "
        "cameras were often not used, and reviews of incidents did not identify learning. <br/>Addressee: Centre manager",
        "Rule 35 reports were often of poor quality and rarely led to release, even where there was evidence that a "
        "detainee had been tortured. Home Office responses were late in 23% of cases. <br/>Addressees: Home Office and "
        "healthcare provider",
    ]
)
s += [h2("Key concerns")]
s += numbered(
    [
        "Detainees arriving late at night were not always offered a first-night interview with staff. In our survey, "
        "only 58% of detainees said they had been interviewed on arrival. <br/>Addressee: Centre manager",
        "Some detainees were held in the separation unit for long periods without clear justification. <br/>Addressee: "
        "Centre manager",
        "Waits for legal advice through the Detained Duty Advice Scheme were too long. Detainees waited an average of "
        "eight days for an appointment. <br/>Addressee: Home Office",
        "Access to psychological therapies was limited. Detainees waited an average of 16 days for an assessment. "
        "<br/>Addressee: Healthcare provider",
        "Men were released without accommodation or an adequate plan for their release. <br/>Addressee: Home Office",
    ],
    start=4,
)
s += [
    h1("About Linford Heath"),
    table(
        [
            ["Task of the establishment", "To detain adult men subject to immigration control"],
            ["Certified capacity", "392"],
            ["Population at the start of the inspection", "318"],
            ["Name of contractor", "Harbourline Custodial Services Ltd"],
            ["Escort provider", "Transline Escort Services"],
            ["Health service provider", "Cedarwell Health Partnership"],
            ["Centre manager", "Paul Hatherley"],
            ["Home Office Detention Engagement Team", "Based on site, seven days a week"],
            ["Last inspection", "6 - 16 June 2022"],
            ["Independent Monitoring Board chair", "Christine Aldous"],
        ],
        widths=[75 * mm, 95 * mm],
        header=False,
    ),
    h1("Section 1 Summary of key findings"),
    P("1.1 We assess outcomes for detainees against four healthy establishment tests: safety, respect, activities and "
      "preparation for removal and release. Outcomes are graded: good, reasonably good, not sufficiently good, or poor."),
    P("1.2 Outcomes for detainees at Linford Heath were as follows.", BODY),
    table(
        [
            ["Healthy establishment test", "June 2022", "January 2025"],
            ["Safety", "Reasonably good", "Not sufficiently good"],
            ["Respect", "Reasonably good", "Reasonably good"],
            ["Activities", "Reasonably good", "Good"],
            ["Preparation for removal and release", "Not sufficiently good", "Not sufficiently good"],
        ],
        widths=[80 * mm, 45 * mm, 45 * mm],
    ),
    P(
        "1.3 At our last inspection we made 31 recommendations. At this inspection we found that 11 had been achieved, "
        "6 partially achieved and 14 not achieved."
    ),
    h2("Notable positive practice"),
    P(
        "1.4 The Welcome Peer Mentors scheme was well run. Twelve trained detainee mentors met every new arrival within "
        "24 hours, explained the regime in the detainee's own language where possible and helped new arrivals to contact "
        "their families."
    ),
    P(
        "1.5 The Linford Heath Visitors Group, a charity, offered regular social visits; its volunteers made 1,140 visits "
        "to detainees in 2024."
    ),
    h1("Section 2 Leadership"),
    P(
        "2.1 The centre manager, appointed in 2023, had a clear vision for the centre and was visible on the residential "
        "units. Contractor and Home Office managers worked well together on day-to-day matters. However, there was too "
        "little oversight of the use of force and of separation, and data on these areas were not analysed to identify "
        "trends."
    ),
    P(
        "2.2 Staffing had been a problem. At the time of the inspection, 29 of the 186 detainee custody officer posts were "
        "vacant, and new staff told us they lacked confidence in managing challenging behaviour."
    ),
    h1("Section 3 Safety"),
    h2("Early days in detention"),
    P(
        "3.1 Most detainees arrived from police stations or prisons, and 38% arrived between 10pm and 6am. Reception "
        "staff were courteous, and detainees were offered a shower and food. However, men arriving late at night were "
        "often taken straight to their rooms without a first-night interview. In our survey, only 58% of detainees said "
        "they had been interviewed on arrival."
    ),
    h2("Managing behaviour"),
    P(
        "3.2 Force had been used 142 times in the previous 12 months, compared with 88 at the last inspection. Most "
        "incidents occurred during removal attempts, and 61 related to charter flights. Batons had been drawn on three "
        "occasions. In the 20 incidents we reviewed, body-worn cameras had not been switched on in 31% of cases, and "
        "paperwork was often incomplete. The use of force committee had not met since September 2024."
    ),
    P(
        "3.3 Removal from association under rule 40 of the Detention Centre Rules 2001 was used 97 times in the previous "
        "12 months, and temporary confinement under rule 42 was used 14 times. Some detainees spent long periods in the "
        "separation unit; the longest stay was 11 days, and the justification for continued separation was not always "
        "clear."
    ),
    h2("Safeguarding"),
    P(
        "3.4 There had been no deaths in detention since our last inspection. There had been 52 incidents of self-harm "
        "in the previous 12 months. Assessment Care in Detention and Teamwork (ACDT) case management documents had been "
        "opened 211 times, and constant supervision had been used six times. Care for men on ACDT was generally good."
    ),
    P(
        "3.5 On the first day of our inspection, 64 detainees were assessed under the Home Office adults at risk policy "
        "at level 2 or 3. Some of these men had been detained for many months despite evidence of deteriorating mental "
        "health. Detention reviews did not give enough weight to evidence of harm."
    ),
    P(
        "3.6 In the six months before the inspection, 184 rule 35 reports had been submitted by centre doctors. Only 17 "
        "(9%) led to release. Many reports did not include a clear clinical opinion, and Home Office responses were "
        "late, outside the two-working-day target, in 23% of cases."
    ),
    h2("Length of detention"),
    P(
        "3.7 Most men were held for short periods: the median length of detention was 24 days. However, 38 men had been "
        "held for more than six months, and the longest-held detainee had been detained for 402 days."
    ),
    h1("Section 4 Respect"),
    P(
        "4.1 Most staff treated detainees with courtesy, and in our survey 79% of detainees said most staff treated them "
        "with respect. The residential units were clean, and detainees had access to kitchens to prepare their own food "
        "in the evenings."
    ),
    P(
        "4.2 Detainees could use mobile phones without cameras, and internet access was available in the library and "
        "the IT suite. Video calls were available every day."
    ),
    P(
        "4.3 Health services were generally good. A GP was on site five days a week, and nurses were available 24 hours "
        "a day. However, access to psychological therapies was limited: detainees waited an average of 16 days for an "
        "assessment, and there was no clinical psychologist in post."
    ),
    P(
        "4.4 Faith provision was good, and the multi-faith team offered pastoral support to men of all faiths and none."
    ),
    h1("Section 5 Activities"),
    P(
        "5.1 Detainees had good access to activities. There were 166 paid jobs, paid at £1 an hour, or £1.25 for "
        "specialist roles such as peer mentors and orderlies. In our roll checks, 62% of detainees were engaged in "
        "purposeful activity."
    ),
    P(
        "5.2 English classes, art, music and IT courses were available, and the gym and sports hall were open seven days "
        "a week. The library held books in 38 languages."
    ),
    h1("Section 6 Preparation for removal and release"),
    P(
        "6.1 The Detention Engagement Team met each detainee within 48 hours of arrival. Welfare officers helped "
        "detainees with practical problems, including retrieving property and closing bank accounts."
    ),
    P(
        "6.2 Detainees could book appointments with the Detained Duty Advice Scheme (DDAS) for free legal advice, but "
        "they waited an average of eight days for an appointment, and some had been removed before they received "
        "advice."
    ),
    P(
        "6.3 In the six months to 31 December 2024, 1,083 detainees left the centre. Of these, 46% were removed or "
        "deported and 52% were released into the community. Twelve men were released without any accommodation, and "
        "several were released late in the evening without money for travel."
    ),
    h1("Section 7 Progress on concerns from the last inspection"),
    P(
        "7.1 At our last inspection in 2022 we made 31 recommendations. At this inspection we found that 11 had been "
        "achieved, 6 partially achieved and 14 not achieved. Recommendations about the length of detention of vulnerable "
        "detainees and the quality of rule 35 reports had not been achieved."
    ),
    h1("Appendix I Inspection team"),
    P(
        "This inspection was carried out by: Jonathan Fairley, Chief Inspector; Hayley Ransome, Team leader; Priya "
        "Chauhan, Inspector; Owen Trelawney, Inspector; Martha Gilchrist, Inspector; Dr Rashid Anwar, Health and social "
        "care inspector; Laura Pennington, Care Quality Commission inspector; Ben Osei, Researcher; Esther Vale, "
        "Researcher."
    ),
    h1("Appendix II Glossary"),
    table(
        [
            ["Term", "Meaning"],
            ["ACDT", "Assessment Care in Detention and Teamwork: case management for detainees at risk of self-harm"],
            ["Adults at risk policy", "Home Office policy on the detention of vulnerable people; levels 1 to 3"],
            ["DDAS", "Detained Duty Advice Scheme: free 30-minute legal advice surgeries"],
            ["Rule 35", "Rule of the Detention Centre Rules 2001 requiring doctors to report concerns about a "
                        "detainee's health, suicide risk or evidence of torture to the Home Office"],
            ["Rule 40 / rule 42", "Removal from association / temporary confinement"],
        ],
        widths=[45 * mm, 125 * mm],
    ),
    sp(12),
    P("© Crown copyright 2025. HM Inspectorate of Prisons. Synthetic test document.", SMALL),
]
build5(
    out,
    s,
    "Report on an unannounced inspection of Linford Heath IRC",
    "27 January - 6 February 2025",
    footer_left="Linford Heath Immigration Removal Centre",
    title="Report on an unannounced inspection of Linford Heath Immigration Removal Centre",
    author="HM Inspectorate of Prisons",
)
print(out)
