"""An Ofsted inspection report on a local authority secure children's home (social care common inspection
framework, SCCIF: secure children's homes): the three judgements, the home's details and recent inspection
history, the judgements with their findings (education and health inside the home included), statutory
requirements with regulations and due dates, recommendations, information about the inspection and the home's
details with the inspectors. The home, the council, the people and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common12 import *

out = out_path(
    "ofsted-secure-childrens-homes/SC046731_Larchmount_House_secure_childrens_home_inspection_report_April_2026.pdf"
)

RI = "requires improvement to be good"

s = []
s += [
    P("<b>Ofsted</b>", SUB),
    Paragraph("Larchmount House", TITLE),
    P("Inspection of a secure children's home", SUB),
    sp(4),
    kv(
        [
            ["Unique reference number", "SC046731"],
            ["Inspection dates", "17 to 19 March 2026"],
            ["Inspection type", "Full inspection"],
            ["Provision subtype", "Secure unit"],
            ["Registered provider", "Hesketh Vale Council"],
            ["Registered provider address", "County Hall, Bridge Street, Hesketh HV1 2QP"],
        ]
    ),
    sp(10),
    h2("Inspection judgements"),
    table(
        [
            ["Judgement area", "Grade"],
            ["Overall experiences and progress of children and young people, taking into account", "good"],
            ["How well children and young people are helped and protected", RI],
            ["The effectiveness of leaders and managers", RI],
        ],
        widths=[115 * mm, 55 * mm],
    ),
    sp(6),
    P(
        "The secure children's home provides effective services that meet the requirements for good in the overall "
        "experiences and progress of children and young people. However, how well children and young people are "
        "helped and protected, and the effectiveness of leaders and managers, are not yet good."
    ),
    kv(
        [
            ["Date of last inspection", "12 November 2025"],
            ["Overall judgement at last inspection", "Declined in effectiveness"],
            ["Enforcement action since last inspection", "None"],
        ]
    ),
    h2("Description of the secure children's home"),
    P(
        "Larchmount House is a secure children's home operated by Hesketh Vale Council. It is approved by the "
        "Secretary of State for Education to restrict children's liberty. The home can accommodate up to 12 children "
        "aged between 10 and 17 years, in two living units, Ash and Rowan. Children can be placed at the home by a "
        "local authority under section 25 of the Children Act 1989 (welfare placements) or by the Youth Custody "
        "Service (justice placements). At the time of this inspection, 10 children were living at the home: six on "
        "welfare placements and four on justice placements."
    ),
    P(
        "Education is provided on site at the Larchmount Learning Centre, which is managed by the home. Health "
        "services, including physical health, substance misuse and mental health services, are commissioned by NHS "
        "England and provided by Hesketh Vale Community Health NHS Trust under the SECURE STAIRS framework for "
        "integrated care."
    ),
    P(
        "The registered manager, Joanne Pellow-Maddox, has been registered with Ofsted since 3 June 2024. The "
        "responsible individual is Graham Tetley, the council's Assistant Director for Children's Residential "
        "Services."
    ),
    h2("Recent inspection history"),
    table(
        [
            ["Inspection date", "Inspection type", "Inspection judgement"],
            ["12/11/2025", "Interim", "Declined in effectiveness"],
            ["09/04/2025", "Full", "Good"],
            ["20/11/2024", "Interim", "Sustained effectiveness"],
            ["14/05/2024", "Full", "Outstanding"],
        ],
        widths=[45 * mm, 45 * mm, 80 * mm],
    ),
    PageBreak(),
    h1("Inspection judgements"),
    h2("Overall experiences and progress of children and young people: good"),
    P(
        "Children make good progress from their starting points during their time at Larchmount House. Many "
        "children arrive after long periods of instability, placement breakdown or time missing from home. Staff "
        "build warm and trusting relationships with them quickly. One child told inspectors: 'I actually sleep "
        "here. Staff don't give up on you, even when you kick off.' Parents and social workers spoke highly of the "
        "care that children receive."
    ),
    P(
        "Each child has a named keyworker, and keyworker sessions take place at least weekly. Inspectors saw "
        "records of these sessions that showed children talking openly about their worries and about what they "
        "wanted to happen next. Children's views are also gathered through Larchmount Voices, the children's "
        "council, which meets every two weeks. Children have used it to change the menu, to secure a games console "
        "for each living unit and to choose the activities on the weekly activity plan."
    ),
    P(
        "Children have good access to independent advocacy. An advocate from the Voice Matters advocacy service "
        "visits the home every week and meets any child who asks to see them. Children know how to make a "
        "complaint. The home received 14 complaints from children in the six months before the inspection; all "
        "were responded to within the home's timescale of five working days."
    ),
    h3("Education"),
    P(
        "Children's attendance at the Larchmount Learning Centre is high. In the autumn term of 2025, attendance "
        "was 96%. Teachers assess children's starting points carefully when they arrive, and many children who had "
        "been out of school for months re-engage with learning. Classes are small, with no more than four children "
        "in each group."
    ),
    P(
        "Children achieve well. In the 12 months before the inspection, children gained 41 qualifications, "
        "including functional skills qualifications in English and mathematics and a level 1 award in food "
        "hygiene. Eight of the 10 children living at the home at the time of the inspection had achieved at "
        "least one qualification since they arrived."
    ),
    P(
        "The curriculum is broad, but the vocational offer is narrow. The construction workshop has been closed "
        "since October 2025 because the instructor post is vacant, and older children have fewer opportunities to "
        "gain practical qualifications that would help them on release or when they move on."
    ),
    h3("Health"),
    P(
        "Children's health needs are assessed promptly when they arrive, including by a nurse within two hours of "
        "admission. The integrated health team, working to the SECURE STAIRS framework, helps staff to understand "
        "the trauma that children have experienced. Formulation meetings take place for every child within four "
        "weeks of admission, and staff told inspectors that these helped them to respond to children's behaviour."
    ),
    P(
        "Children have timely access to the mental health practitioners in the home. However, two children had "
        "waited more than 10 weeks for an assessment by the speech and language therapist, because the post had "
        "been vacant for three months."
    ),
    h3("Moving on"),
    P(
        "Staff plan well for children's transitions. The Stepping Out programme gives children who are ready for "
        "it carefully risk-assessed time in the community, including visits to the college, work placements and "
        "visits to their next home. In the six months before the inspection, children took part in 163 mobility "
        "outings through the programme. Managers review each outing, and there were no incidents of a child "
        "absconding."
    ),
    h2("How well children and young people are helped and protected: " + RI),
    P(
        "Most children say that they feel safe at Larchmount House. Staff know the children's risks well, and the "
        "risk assessments and safety plans that inspectors examined were detailed and up to date. Staff are alert "
        "to self-harm, and the incidents of self-harm that took place were responded to quickly and reviewed with "
        "the health team."
    ),
    P(
        "The use of physical restraint has increased significantly since the last full inspection. In the six "
        "months before this inspection, staff restrained children on 214 occasions, compared with 131 occasions "
        "in the previous six months. Two children accounted for 118 of these restraints. Leaders had identified "
        "the increase, but they had not analysed the reasons for it or taken action to reduce it."
    ),
    P(
        "Inspectors reviewed the CCTV footage and records of 20 restraints. Most were proportionate and necessary to "
        "prevent harm. However, in three of the 20 restraints reviewed, staff used a hold that is not part of the "
        "home's approved restraint technique, and in one of these a child was held on the floor for 14 minutes. "
        "These concerns had not been identified by managers when they reviewed the restraints."
    ),
    P(
        "Single separation was used 58 times in the same six-month period. The reasons were recorded, and children "
        "were observed throughout. However, on 11 occasions the separation lasted longer than two hours without "
        "the review by a senior manager that the home's own policy requires."
    ),
    P(
        "Children are not always offered a debrief after they have been restrained. Records showed that a debrief "
        "with the child took place after 61% of restraints. Where debriefs did take place, they were of good "
        "quality, and children's views were used to update their behaviour support plans."
    ),
    P(
        "Searches of children and their rooms are proportionate and are based on an assessment of the individual "
        "child's risk. Full searches are rare: there had been four in the six months before the inspection, each "
        "authorised by a senior manager."
    ),
    P(
        "The home works well with the local authority designated officer. Two allegations against staff were "
        "referred in the six months before the inspection, and both were managed appropriately."
    ),
    h2("The effectiveness of leaders and managers: " + RI),
    P(
        "The registered manager is experienced and well regarded by staff and by partner agencies. She has a clear "
        "vision for the home, and the staff team shares it. However, the home's monitoring of restraint and "
        "single separation is not effective. Managers' reviews of incidents are completed late and do not always "
        "identify poor practice. Some of the home's oversight has been weakened by staffing shortages."
    ),
    P(
        "Staffing is the main challenge for the home. At the time of the inspection, nine of the 46 residential "
        "care worker posts were vacant. Agency staff covered 18% of shifts in the three months before the "
        "inspection, and two of the home's 12 beds had been closed since December 2025 because there were not "
        "enough staff. Leaders have begun a recruitment campaign, Careers at Larchmount, and five new staff are "
        "due to start in April 2026."
    ),
    P(
        "Staff receive regular training, and 93% of staff were up to date with training in the home's approved "
        "restraint technique. However, supervision is not consistent: 31% of staff supervisions due in the six "
        "months before the inspection had not taken place within the home's timescale of every six weeks."
    ),
    P(
        "The independent person carries out monthly visits under regulation 44 and produces detailed reports. The "
        "registered manager's regulation 45 review of the quality of care, completed in January 2026, identified "
        "the rise in restraint but did not set out how it would be addressed."
    ),
    P(
        "The home has responded to the shortfalls identified at the interim inspection in November 2025. The "
        "recording of children's contact with their families has improved, and the two requirements made at that "
        "inspection have been met."
    ),
    h1("What does the secure children's home need to do to improve?"),
    h2("Statutory requirements"),
    P(
        "This section sets out the actions that the registered person(s) must take to meet the Care Standards Act "
        "2000, Children's Homes (England) Regulations 2015 and the 'Guide to the Children's Homes Regulations, "
        "including the quality standards'. The registered person(s) must comply within the given timescales."
    ),
    table(
        [
            ["Requirement", "Due date"],
            [
                "The protection of children standard is that children are protected from harm and enabled to keep "
                "themselves safe. In particular, the registered person must ensure that restraint is used only in "
                "line with the home's approved technique, and that every restraint and every single separation is "
                "reviewed by a manager within 48 hours. (Regulation 12 (1) (2)(a)(v))",
                "30 May 2026",
            ],
            [
                "The registered person must ensure that within 24 hours of the use of a measure of control, "
                "discipline or restraint, the child is given an opportunity to discuss it with a member of staff who "
                "was not involved. (Regulation 35 (3)(b)(ii))",
                "30 May 2026",
            ],
            [
                "The registered person must ensure that all employees receive practice-related supervision by a "
                "person with appropriate experience. (Regulation 33 (4)(b))",
                "30 June 2026",
            ],
        ],
        widths=[135 * mm, 35 * mm],
    ),
    h2("Recommendations"),
]
s += bullets(
    [
        "The registered person should analyse the patterns in the use of restraint and single separation, and use "
        "this analysis to reduce their use. ('Guide to the Children's Homes Regulations, including the quality "
        "standards', page 49, paragraph 9.37)",
        "The registered person should ensure that the vocational education offer is restored, so that older "
        "children can gain practical qualifications. ('Guide to the Children's Homes Regulations, including the "
        "quality standards', page 28, paragraph 5.9)",
        "The registered person should ensure that children can access the speech and language therapy assessment "
        "they need without delay. ('Guide to the Children's Homes Regulations, including the quality standards', "
        "page 34, paragraph 6.3)",
    ]
)
s += [
    h1("Information about this inspection"),
    P(
        "Inspectors have looked closely at the experiences and progress of children and young people, using the "
        "'Social care common inspection framework'. This inspection was carried out under the Care Standards Act "
        "2000 to assess the effectiveness of the service, how it meets the core functions of the service as set "
        "out in legislation, and to consider how well it complies with the relevant regulations and meets the "
        "national minimum standards."
    ),
    P(
        "This inspection was carried out jointly by Ofsted and the Care Quality Commission, which inspected the "
        "health services provided to children in the home. An Ofsted education inspector evaluated the quality of "
        "education."
    ),
    h2("Secure children's home details"),
    kv(
        [
            ["Unique reference number", "SC046731"],
            ["Provision sub-type", "Secure unit"],
            ["Registered provider", "Hesketh Vale Council"],
            ["Registered provider address", "County Hall, Bridge Street, Hesketh HV1 2QP"],
            ["Responsible individual", "Graham Tetley"],
            ["Registered manager", "Joanne Pellow-Maddox"],
            ["Number of places", "12 (10 available at the time of the inspection)"],
        ]
    ),
    h2("Inspectors"),
    table(
        [
            ["Name", "Role"],
            ["Bernadette Kilbride", "Social Care Inspector (lead inspector)"],
            ["Owen Pritchard-Lowe", "Social Care Inspector"],
            ["Farah Siddiqui", "His Majesty's Inspector (education)"],
            ["Lorraine Mayhew", "Health and Justice Inspector, Care Quality Commission"],
        ],
        widths=[60 * mm, 110 * mm],
    ),
    sp(10),
    P(
        "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to "
        "achieve excellence in the care of children and young people, and in education and skills for learners of "
        "all ages. It regulates and inspects childcare and children's social care, and inspects the Children and "
        "Family Court Advisory and Support Service (Cafcass), schools, colleges, initial teacher training, further "
        "education and skills, adult and community learning, and education and training in prisons and other "
        "secure establishments.",
        SMALL,
    ),
    P(
        "This is a synthetic report created for testing purposes. Larchmount House, Hesketh Vale Council, the "
        "people named and all figures are fictional. © Crown copyright 2026",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Inspection report for secure children's home: Larchmount House",
    header_right="SC046731",
    footer_left="Inspection report Larchmount House: 17 to 19 March 2026",
    page_fmt="{n}",
    title="Larchmount House - secure children's home inspection report - 17 to 19 March 2026",
    author="Ofsted",
)
print(out)
