import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common9 import *

out = out_path(
    "ofsted-residential-special-schools/SC491736_Ashcombe_Ridge_School_residential_inspection_report_December_2024.pdf"
)

s = []
s += [
    Paragraph("Ashcombe Ridge School", TITLE),
    P("Inspection of residential provision", SUB),
    P("Inspected under the social care common inspection framework"),
    sp(4),
    h3("Information about this residential special school"),
    P(
        "Ashcombe Ridge School is a non-maintained residential special school for children and young people aged "
        "9 to 19 who have autism spectrum conditions, many of whom also have social, emotional and mental health "
        "needs. The school is run by the Ashcombe Ridge Trust, a registered charity, and stands in 40 acres of "
        "grounds on the edge of Kelverton, Ormshire. There are 104 pupils on roll, 43 of whom stay in the "
        "residential provision. Thirty-one children board from Monday to Friday during term time, and 12 board "
        "for 38 weeks of the year. Children live in five residential houses: Heron, Kestrel and Linnet for younger "
        "children, Merlin House for post-16 students and The Bothy, a two-bedroom flat where older students "
        "practise living more independently."
    ),
    P(
        "The principal, Dr Saskia Brennard, has been in post since January 2022. The previous head of care left the "
        "school in September 2024. An interim head of care, Lionel Trask, has managed the residential provision "
        "since 2 September 2024 and has begun the process of registering with Ofsted as the designated head of care."
    ),
    P("The inspectors only inspected the social care provision at this school."),
    sp(4),
    table(
        [
            ["Inspection dates", "3 to 5 December 2024"],
        ],
        widths=[80 * mm, 85 * mm],
        header=False,
    ),
    sp(6),
    table(
        [
            ["Overall experiences and progress of children and young people, taking into account", "good"],
            ["How well children and young people are helped and protected", "requires improvement to be good"],
            ["The effectiveness of leaders and managers", "requires improvement to be good"],
        ],
        widths=[120 * mm, 45 * mm],
        header=False,
    ),
    sp(6),
    P(
        "The residential special school provides effective services that meet the requirements for good. However, "
        "the arrangements for responding when children go missing, and for recording and reviewing the use of "
        "physical intervention, are not yet good enough."
    ),
    sp(4),
    table(
        [
            ["Date of last inspection", "14 March 2023"],
            ["Overall judgement at last inspection", "good"],
            ["Enforcement action since last inspection", "none"],
        ],
        widths=[80 * mm, 85 * mm],
        header=False,
    ),
    h2("Inspection judgements"),
    h3("Overall experiences and progress of children and young people: good"),
    P(
        "Children make good progress in the residential provision, often from very low starting points. Many "
        "children arrive at the school after a breakdown of their previous school placement, and some had not "
        "attended any school for more than a year. Staff get to know each child in detail before they first stay "
        "overnight. Each child has a 'One Page Me' profile, written with the child and their family, which tells "
        "staff what the child enjoys, what worries them and how they like to be supported when they are anxious. "
        "Staff use these profiles well, and children's routines are planned carefully around their sensory needs."
    ),
    P(
        "Children's independence is a real strength. Leaders have introduced the 'Ridge Passport', a five-stage "
        "award that recognises the practical skills that children learn in the houses, such as cooking a meal, "
        "using a washing machine, budgeting and travelling on public transport. Since September 2023, 27 children "
        "have achieved at least one stage of the award, and four post-16 students have completed all five stages. "
        "Older students who are ready to do so spend up to a week at a time living in The Bothy with staff "
        "support, which helps them to prepare for adult life."
    ),
    P(
        "Children enjoy a wide range of activities in the evenings. The 'Twilight Club' offers climbing, "
        "swimming, cookery, gaming and a film club, and children choose what they want to do at a house meeting "
        "each Sunday evening. Several children go to the Kelverton Scouts each week, and a group of younger "
        "children help with the conservation work of the 'Young Rangers' at Harrowbeck Country Park. These "
        "activities help children to make friends, to try new things and to become part of their local community."
    ),
    P(
        "Children's views are sought and acted on. The residential student council, known as 'Friday Feedback', "
        "meets every fortnight. As a result of its suggestions, children now help to plan the weekly menus, and a "
        "sensory garden was built beside Linnet House in the summer of 2024. Children told inspectors that staff "
        "listen to them. One child said, 'When I'm having a bad day, they don't shout, they just sit with me.'"
    ),
    P(
        "Children's health needs are well met. The school's health team of two nurses and an occupational "
        "therapist works closely with the residential staff. Each child has a health plan, and medication is "
        "stored and administered safely. Staff have helped several children to overcome long-standing anxieties "
        "about visiting the dentist and having their hair cut."
    ),
    P(
        "Children are well prepared for leaving the school. Transition planning starts in Year 11 and is led by a "
        "dedicated transition coordinator. Of the 11 young people who left the school in July 2024, nine moved on "
        "to a college place and two started supported internships. Parents spoke highly of the care their "
        "children receive. One parent said that the school had 'given us our son back'."
    ),
    P(
        "Contact arrangements are good. Children who board for 38 weeks speak to their families by video call at "
        "least three times a week, and staff help children to keep in touch with brothers and sisters who live "
        "elsewhere."
    ),
    h3("How well children and young people are helped and protected: requires improvement to be good"),
    P(
        "Most children feel safe in the residential houses, and they know whom to talk to if they are worried. "
        "Staff know the children well and are alert to signs that a child may be unhappy. The designated "
        "safeguarding lead is experienced and has good links with the Ormshire local authority designated officer "
        "(LADO). Since the last inspection, the school has made four referrals to the LADO about the conduct of "
        "staff. Each was managed appropriately and promptly, and the school took the action the LADO advised."
    ),
    P(
        "The response when children go missing from the school is not consistently effective. Since September "
        "2024, children have left the school site without permission on seven occasions. Three of these episodes "
        "involved the same 14-year-old child. On one occasion in October 2024, this child was away from the school "
        "for more than three hours. Staff searched the grounds but did not tell the police until 55 minutes after "
        "the child was last seen. The school's own missing child procedure, which is agreed with Ormshire Police, "
        "requires staff to contact the police within 30 minutes when a child considered to be at risk is missing. "
        "The child's individual missing-from-school plan had not been updated since an earlier episode, and "
        "children were not always offered a conversation about why they had left when they returned."
    ),
    P(
        "Physical intervention is used too often for some children, and records are not good enough. Staff are "
        "trained in the 'Safe Hands' approach to positive behaviour support and restrictive practice. During the "
        "autumn term of 2024, staff used physical intervention 68 times. Of these, 49 involved the same two "
        "children. Inspectors looked at 20 records of physical intervention. Nine of these records did not show "
        "that the child had been given the opportunity to talk about the incident afterwards, and six did not "
        "record how long the hold had lasted. Records are not reviewed by a senior leader within the 48 hours that "
        "the school's own policy requires, and so leaders have not identified patterns that might help staff to "
        "reduce the use of restraint."
    ),
    P(
        "Night-time arrangements are mostly safe. Each house has a member of waking night staff, and a senior "
        "member of staff sleeps on site. However, in Kestrel House a bedroom door sensor used to alert night staff "
        "when a child who is at risk leaves their room had not worked for 11 days before the inspection. Staff "
        "had not reported the fault, and the child's risk assessment had not been reviewed in the meantime. "
        "Leaders had the sensor repaired during the inspection."
    ),
    P(
        "Staff recruitment is not consistently safe. Inspectors checked the files of eight residential staff who "
        "started work since the last inspection. Two files did not contain a full employment history with gaps "
        "explained. Leaders obtained the missing information during the inspection, and no child was harmed, but "
        "this is a shortfall in the school's safer recruitment practice."
    ),
    P(
        "Children are helped to understand risks, including risks online. The school's 'Stay Safe Sessions' "
        "teach children about healthy relationships, consent and keeping safe on social media. Bullying is rare, "
        "and when it happens staff deal with it quickly."
    ),
    h3("The effectiveness of leaders and managers: requires improvement to be good"),
    P(
        "The principal and the trustees are ambitious for the children, and they have a clear plan to improve the "
        "residential provision. The interim head of care is experienced and well respected by staff. He has an "
        "accurate view of what needs to improve and has already introduced a new handover meeting at the start of "
        "each shift. However, leaders' oversight of some important areas of practice, including missing episodes "
        "and physical intervention, has not been effective, and leaders had not identified the weaknesses that "
        "inspectors found."
    ),
    P(
        "Staffing is not stable. The school has 58 residential care staff posts, of which 9 are vacant. In "
        "October 2024, agency staff covered 27% of residential shifts. Leaders try to use the same agency staff so "
        "that children know them, but some children told inspectors that they did not like having staff they did "
        "not know on shift, particularly at bedtime. Leaders have launched a recruitment campaign, 'Care at the "
        "Ridge', and six new residential support workers are due to start in January 2025."
    ),
    P(
        "Staff do not receive regular supervision. Of the 49 residential staff in post, 14 had not had a "
        "supervision session in the past eight weeks, although the school's policy requires supervision every six "
        "weeks. Staff said they feel well supported by the managers of their houses, but the lack of formal "
        "supervision means that leaders cannot be sure that staff practice is being challenged and developed."
    ),
    P(
        "Staff are well trained. All residential staff complete a 10-day induction, and 81% of permanent staff "
        "hold a level 3 qualification in residential childcare or are working towards one. Training in autism, "
        "communication and sensory needs is good, and staff use visual timetables, objects of reference and "
        "signing to help children to understand what will happen next."
    ),
    P(
        "The independent person appointed by the trustees, who is required to visit the school each half-term, "
        "did not visit during the summer term of 2024, and the reports of the visits that did take place did not "
        "comment on the use of physical intervention. The trustees therefore did not have the independent scrutiny "
        "that the national minimum standards require."
    ),
    P(
        "Leaders work well with parents and with the local authorities that place children at the school. The "
        "school received five complaints from parents in the past year. Each was investigated and responded to "
        "within the school's 20-working-day timescale. Placing authorities told inspectors that communication with "
        "the school was good."
    ),
    h2("What does the residential special school need to do to improve?"),
    h3("Compliance with the national minimum standards for residential special schools"),
    P(
        "The residential special school does not meet the following national minimum standard(s) for residential "
        "special schools:"
    ),
]
s += bullets(
    [
        "The school ensures that the procedures for when a child is missing from the school are followed, that "
        "each child at risk of going missing has an up-to-date individual plan, and that children are offered an "
        "opportunity to talk about the reasons they went missing on their return. ('Residential special schools: "
        "national minimum standards', 13.4)",
        "The school ensures that a record is made of each use of reasonable force, including its duration, that "
        "the child is given the opportunity to discuss the incident, and that records are reviewed by a senior "
        "member of staff within 48 hours. (NMS 12.6)",
        "The school ensures that the recruitment of all staff follows the school's safer recruitment policy, "
        "including obtaining a full employment history with a satisfactory written explanation of any gaps. "
        "(NMS 19.1)",
        "The school's governing body or proprietor monitors the effectiveness of the leadership, management and "
        "delivery of the residential and care services, and the independent person visits the school once each "
        "half-term and reports on the wellbeing of children. (NMS 20.2)",
    ]
)
s += [
    h3("Recommendations"),
]
s += bullets(
    [
        "The school's leaders should ensure that all residential staff receive supervision in line with the "
        "school's policy, at least every six weeks.",
        "The school's leaders should ensure that faults with equipment used to keep children safe at night, such "
        "as door sensors, are reported and repaired without delay, and that children's risk assessments are "
        "reviewed while the equipment is out of use.",
        "The school's leaders should reduce the reliance on agency staff, so that children are cared for by staff "
        "they know, particularly at bedtime.",
    ]
)
s += [
    h2("Information about this inspection"),
    P(
        "Inspectors have looked closely at the experiences and progress of children and young people. Inspectors "
        "considered the quality of work and the differences made to the lives of children and young people. They "
        "watched how professional staff work with children and young people and each other and discussed the "
        "effectiveness of help and care provided. Wherever possible, they talked to children and young people and "
        "their families. In addition, the inspectors have tried to understand what the school knows about how well "
        "it is performing, how well it is doing and what difference it is making for the children and young people "
        "whom it is trying to help, protect and look after."
    ),
    P(
        "During this inspection, inspectors spoke with 19 children, the principal, the interim head of care, "
        "residential staff, the designated safeguarding lead, two trustees and the independent person. They spoke "
        "with nine parents and with social workers from three placing authorities. They visited all five "
        "residential houses, including at night, and reviewed a range of records and policies."
    ),
    P(
        "Using the 'Social care common inspection framework', this inspection was carried out under the Children "
        "Act 1989 to assess the effectiveness of the service, how it meets the core functions of the service as "
        "set out in legislation, and to consider how well it complies with the relevant regulations and meets the "
        "national minimum standards.",
        SMALL,
    ),
    h2("Residential provision details"),
    table(
        [
            ["Social care unique reference number", "SC491736"],
            ["Principal", "Dr Saskia Brennard"],
            ["Type of school", "Residential special school"],
            ["Telephone number", "01632 970284"],
            ["Email address", "office@ashcomberidge.example.org.uk"],
        ],
        widths=[80 * mm, 85 * mm],
        header=False,
    ),
    h2("Inspectors"),
    P(
        "Marguerite Delacourt-Ives, Social Care Inspector (lead inspector)<br/>"
        "Owain Feltham, Social Care Inspector"
    ),
    sp(10),
    P(
        "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to "
        "achieve excellence in the care of children and young people, and in education and skills for learners of "
        "all ages. This is a synthetic report created for testing purposes: Ashcombe Ridge School, the Ashcombe "
        "Ridge Trust, Kelverton, Ormshire, the people named and all figures are fictional.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Ashcombe Ridge School: inspection of residential provision",
    header_right="SC491736",
    footer_left="Inspection report for residential special school: Ashcombe Ridge School 3 to 5 December 2024",
    page_fmt="Page {n} of {total}",
    title="Ashcombe Ridge School - inspection of residential provision - 3 to 5 December 2024",
    author="Ofsted",
)
print(out)
