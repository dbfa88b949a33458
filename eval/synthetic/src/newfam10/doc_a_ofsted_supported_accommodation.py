"""Ofsted inspection of a supported accommodation undertaking (16- and 17-year-old looked-after children and care
leavers), under the supported accommodation inspection framework that began in April 2024. Fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common10 import *

out = out_path(
    "ofsted-supported-accommodation/2798451_Brightwater_Pathways_Ltd_supported_accommodation_inspection_report_March_2025.pdf"
)

RI = "requires improvement to be good"

s = []
s += [
    P("<b>Ofsted</b>", SUB),
    Paragraph("Brightwater Pathways Ltd", TITLE),
    P("Inspection of supported accommodation", SUB),
    sp(4),
    kv(
        [
            ["Unique reference number", "2798451"],
            ["Inspection dates", "11 to 14 March 2025"],
            ["Inspection type", "Full inspection"],
            ["Registered provider", "Brightwater Pathways Ltd"],
            ["Registered provider address", "Unit 4, Tolley Wharf, Canal Street, Hollingford HF2 6RD"],
        ]
    ),
    sp(10),
    h2("Inspection judgements"),
    table(
        [
            ["Judgement area", "Grade"],
            ["Overall experiences and progress of young people, taking into account", RI],
            ["How well young people are helped and protected", "good"],
            ["The effectiveness of leaders and managers", RI],
        ],
        widths=[115 * mm, 55 * mm],
    ),
    sp(6),
    P(
        "The supported accommodation undertaking provides effective services that meet the requirements for good in "
        "helping and protecting young people. However, young people's experiences and progress, and the "
        "effectiveness of leaders and managers, are not yet good."
    ),
    P(
        "Date of last inspection: This was the undertaking's first full inspection since it registered with Ofsted "
        "on 28 April 2024."
    ),
    h2("Information about this supported accommodation undertaking"),
    P(
        "Brightwater Pathways Ltd is a private company that provides supported accommodation for young people aged "
        "16 and 17 who are looked after by a local authority, and for care leavers aged 18 who remain in the "
        "accommodation under the 'staying close' arrangements. The undertaking is registered to accommodate up to "
        "34 young people. Young people are placed by Hollingford Borough Council and by three other local "
        "authorities in the region."
    ),
    P(
        "Accommodation is provided under two categories: shared accommodation and single occupancy. There are three "
        "shared houses in Hollingford, Alder House, Birch Court and Cedar Lodge, which between them have 16 "
        "bedrooms and have staff on site 24 hours a day. The remaining 18 places are self-contained single "
        "occupancy flats in Hollingford and the neighbouring town of Stainby, where staff visit young people "
        "according to their assessed level of support."
    ),
    P(
        "At the time of the inspection, 27 young people were living in the accommodation: 19 were looked-after "
        "children aged 16 or 17, and eight were care leavers aged 18. Two young people were unaccompanied "
        "asylum-seeking children."
    ),
    P(
        "The registered manager, Denise Okoro-Hartley, has been registered with Ofsted since 14 August 2024. She "
        "replaced the undertaking's first manager, who left in July 2024. The responsible individual is Martin "
        "Seagrave."
    ),
    h1("Inspection judgements"),
    h2("Overall experiences and progress of young people: " + RI),
    P(
        "Most young people have settled well and make progress from their starting points. They say that staff "
        "are friendly and that they feel listened to. One young person told inspectors: 'This is the first place "
        "I've lived where people actually turn up when they say they will.' Young people who have lived at the "
        "shared houses for longer than six months have developed routines and built trusting relationships with "
        "their key workers."
    ),
    P(
        "Young people are helped to develop the practical skills they will need when they live independently. "
        "The undertaking's 'Launchpad' independence programme has 12 modules, which include budgeting, cooking, "
        "managing a tenancy and using public transport. Nine young people have completed all 12 modules. However, "
        "the programme is not offered consistently to young people in the single occupancy flats, and six of the "
        "young people living in flats had not started it, even though some had lived there for several months."
    ),
    P(
        "Staff encourage young people to attend education, training or employment. At the time of the inspection, "
        "21 of the 27 young people were in education, employment or training. Staff have built good links with "
        "Hollingford College, and four young people began apprenticeships in the autumn term. For the six young "
        "people who were not in education or employment, plans to help them back into learning were vague and "
        "were not reviewed often enough."
    ),
    P(
        "Young people are supported to look after their health. All but one young person are registered with a "
        "GP, and staff help young people to attend health appointments. However, only 15 young people were "
        "registered with a dentist. Staff had not helped the two unaccompanied asylum-seeking young people to "
        "access specialist emotional health support, although both had asked for help."
    ),
    P(
        "Key-work sessions are not always happening as planned. The provider's own audit in January 2025 found "
        "that 31% of planned key-work sessions in the single occupancy flats had either not taken place or had "
        "not been recorded. This means that managers cannot be sure that young people in the flats receive the "
        "level of support that their placing authorities are paying for."
    ),
    P(
        "The physical environment in the shared houses is mostly homely and well maintained. Young people have "
        "been involved in choosing the furnishings in the communal areas at Cedar Lodge. However, at Birch Court, "
        "a broken window lock in a ground-floor bedroom had been reported to the provider's maintenance contractor "
        "five weeks before the inspection and had not been repaired."
    ),
    h2("How well young people are helped and protected: good"),
    P(
        "Staff know young people well and understand the risks that they face, including the risks of criminal "
        "and sexual exploitation. Each young person has a risk assessment and a safety plan, which are reviewed "
        "after every significant incident. The registered manager attends the multi-agency child exploitation "
        "(MACE) meetings in Hollingford and shares information promptly with the police and with young people's "
        "social workers."
    ),
    P(
        "When young people go missing, staff respond quickly and follow the local missing protocol. Between "
        "October 2024 and February 2025, 11 young people were reported missing on 46 occasions. One young person "
        "accounted for 19 of these episodes. Staff offered a return home interview to young people after every "
        "episode, and the number of missing episodes for the young person who went missing most often has reduced "
        "since the undertaking worked with the police to disrupt an adult who was known to be exploiting them."
    ),
    P(
        "Staff respond well when young people make allegations or disclose harm. Inspectors reviewed the four "
        "safeguarding referrals that the undertaking had made to the local authority designated officer in the "
        "last six months, and each was made on the same day as the concern was raised."
    ),
    P(
        "Young people in the shared houses say they feel safe. Night staff at Alder House and Birch Court carry "
        "out checks in line with each young person's plan. At Cedar Lodge, a fire door on the first-floor landing "
        "was wedged open on the first evening of the inspection; the registered manager dealt with this "
        "immediately."
    ),
    h2("The effectiveness of leaders and managers: " + RI),
    P(
        "The registered manager is ambitious for young people and has a clear understanding of the service's "
        "strengths and weaknesses. Since her appointment she has introduced a new electronic recording system and "
        "a weekly meeting to review the progress of every young person. Staff say that she is visible and "
        "approachable."
    ),
    P(
        "However, the oversight of the single occupancy flats is weak. Managers do not check that visits to young "
        "people in the flats take place as planned, and the monthly reports the undertaking sends to placing "
        "authorities do not show how much support each young person has received."
    ),
    P(
        "Staff turnover has been high. The undertaking employs 23 support workers, and six support workers left in "
        "the six months before the inspection. Staff receive regular training, including training in exploitation "
        "and in trauma-informed practice, but supervision is not regular enough: only 12 of the 23 support workers "
        "had received supervision in the three months before the inspection."
    ),
    P(
        "The registered manager did not notify Ofsted of three serious incidents, as the regulations require. "
        "These included the arrest of a young person at Cedar Lodge in December 2024. Leaders had not identified "
        "this shortfall before the inspection."
    ),
    P(
        "The responsible individual visits the service every month and produces a written report, but these "
        "reports describe activities rather than evaluating the quality of young people's support, and they had "
        "not identified the shortfalls in the single occupancy flats that inspectors found."
    ),
    h1("What does the supported accommodation undertaking need to do to improve?"),
    h2("Statutory requirements"),
    P(
        "This section sets out the actions that the registered person(s) must take to meet the Supported "
        "Accommodation (England) Regulations 2023 and the 'Guide to the Supported Accommodation Regulations "
        "including the Quality Standards'. The registered person(s) must comply within the timescales given."
    ),
    table(
        [
            ["Requirement", "Due date"],
            [
                "The registered person must ensure that each young person receives the support set out in their "
                "support plan, and that managers monitor the support provided to young people in single occupancy "
                "accommodation. (Regulation 5(1)(a) and (b))",
                "2 May 2025",
            ],
            [
                "The registered person must ensure that the premises are maintained in a good state of repair and "
                "that faults affecting young people's safety, including window locks, are repaired promptly. "
                "(Regulation 20(2)(a))",
                "11 April 2025",
            ],
            [
                "The registered person must ensure that all staff receive practice-related supervision by a "
                "person with appropriate experience at least every six weeks. (Regulation 23(2)(c))",
                "2 May 2025",
            ],
            [
                "The registered person must notify HMCI without delay of any serious incident involving a young "
                "person, including where a young person is arrested. (Regulation 31(1))",
                "14 April 2025",
            ],
        ],
        widths=[135 * mm, 35 * mm],
    ),
    sp(6),
    h2("Recommendations"),
]
s += numbered(
    [
        "The registered person should ensure that all young people, including those in single occupancy "
        "accommodation, have the opportunity to take part in the 'Launchpad' independence programme.",
        "The registered person should ensure that young people who are not in education, employment or "
        "training have clear, regularly reviewed plans to help them into learning or work.",
        "The registered person should ensure that young people are helped to register with a dentist and that "
        "unaccompanied asylum-seeking young people are helped to access emotional health support.",
        "The registered person should ensure that the responsible individual's monthly reports evaluate the "
        "quality of the support that young people receive.",
    ]
)
s += [
    h1("Information about this inspection"),
    P(
        "Inspectors have looked closely at the experiences and progress of young people, using the supported "
        "accommodation inspection framework. This inspection was carried out under the Care Standards Act 2000 to "
        "assess the effectiveness of the service, how it meets the core functions of the service as set out in "
        "legislation, and to consider how well it complies with the relevant regulations and meets the quality "
        "standards."
    ),
    P(
        "Inspectors visited all three shared houses and nine of the single occupancy flats. They spoke with 14 "
        "young people, 11 members of staff, and six social workers and personal advisers from placing "
        "authorities, and reviewed young people's records, policies and the undertaking's monthly reports."
    ),
    h2("Supported accommodation details"),
    kv(
        [
            ["Unique reference number", "2798451"],
            ["Provision sub-type", "Supported accommodation"],
            ["Accommodation categories", "Shared accommodation; single occupancy"],
            ["Registered provider", "Brightwater Pathways Ltd"],
            ["Registered provider address", "Unit 4, Tolley Wharf, Canal Street, Hollingford HF2 6RD"],
            ["Responsible individual", "Martin Seagrave"],
            ["Registered manager", "Denise Okoro-Hartley"],
            ["Maximum number of young people", "34"],
        ]
    ),
    h2("Inspectors"),
    kv(
        [
            ["Priya Anand-Whitlock", "Social Care Inspector (lead inspector)"],
            ["Gareth Llewellyn-Moss", "Social Care Inspector"],
            ["Yvonne Castellane", "Social Care Regulatory Inspection Manager"],
        ]
    ),
    sp(8),
    P(
        "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to "
        "achieve excellence in the care of children and young people, and in education and skills for learners of "
        "all ages. If you would like a copy of this document in a different format, such as large print or Braille, "
        "please telephone 0300 123 1231 or email enquiries@ofsted.gov.uk.",
        SMALL,
    ),
    P("© Crown copyright 2025", SMALL),
]
build9(
    out,
    s,
    header_left="Brightwater Pathways Ltd",
    header_right="Supported accommodation inspection",
    footer_left="Inspection report for supported accommodation: 2798451",
    page_fmt="{n} / {total}",
    title="Brightwater Pathways Ltd - supported accommodation inspection report - 11 to 14 March 2025",
    author="Ofsted",
)
print(out)
