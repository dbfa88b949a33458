import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common6 import *

out = out_path("ofsted-fostering/SC512874_Wrenfield_Fostering_full_inspection_March_2025.pdf")

s = []
s += [
    Paragraph("Wrenfield Fostering", TITLE),
    P("Wrenfield Family Placements Limited", SUB),
    P("Unit 6, Millrace Court, Tanners Way, Brenley, Orsett Vale BV4 2QT", BODY),
    sp(6),
    P("<b>Inspected under the social care common inspection framework</b>"),
    h2("Information about this independent fostering agency"),
    P(
        "Wrenfield Fostering is a privately owned independent fostering agency. It was registered in 2009 and operates "
        "from a single office in Brenley. The agency provides short-term, long-term, emergency, parent and child, and "
        "short break foster placements for children aged 0 to 18 years, and supports young people who remain with their "
        "former foster carers under Staying Put arrangements. The agency works with 19 local authorities across the "
        "region, although most children come from six of them."
    ),
    P(
        "At the time of this inspection, the agency had 74 approved fostering households, and 112 children were living "
        "with its foster carers. The agency approved 11 new fostering households in 2024."
    ),
    P(
        "The registered manager has been registered with Ofsted since August 2023. She is a qualified social worker "
        "and holds a level 5 diploma in leadership and management for residential childcare."
    ),
    sp(4),
    P("<b>Inspection dates:</b> 10 to 14 March 2025"),
    table(
        [
            ["Overall experiences and progress of children and young people, taking into account", "good"],
            ["How well children and young people are helped and protected", "requires improvement to be good"],
            ["The effectiveness of leaders and managers", "requires improvement to be good"],
        ],
        widths=[120 * mm, 50 * mm],
        header=False,
    ),
    sp(6),
    P(
        "The independent fostering agency provides effective services that meet the requirements for good. However, "
        "there are areas for improvement in how well children are helped and protected and in the effectiveness of "
        "leaders and managers."
    ),
    P("<b>Date of last inspection:</b> 15 November 2021"),
    P("<b>Overall judgement at last inspection:</b> good"),
    P("<b>Enforcement action since last inspection:</b> none"),
    PageBreak(),
    h1("Inspection judgements"),
    h2("Overall experiences and progress of children and young people: good"),
    P(
        "Children live with foster carers who care about them and who help them to feel part of the family. Children "
        "told inspectors that they are happy where they live. One child said: 'My carers are the best, they always "
        "make time for me and they came to every one of my football matches.' Another child said that their foster "
        "carer 'listens properly and doesn't just tell me what to do'."
    ),
    P(
        "Matching is careful and considered. Before a child moves in, the agency's matching meeting considers the "
        "needs of the child and of the other children in the household, and carers receive the information they need. "
        "Most children stay with their carers for as long as they need to. There were six unplanned endings of "
        "placements in the 12 months before this inspection. In each case, the agency held a disruption meeting and "
        "shared the learning with the staff team and with the foster carers concerned."
    ),
    P(
        "Children make good progress in their education. Most children attend school regularly, and foster carers "
        "attend parents' evenings and personal education plan meetings. At the time of the inspection, four children "
        "were not in full-time education; in each case, the agency's education support worker was working with the "
        "virtual school to secure a suitable school place. The Wrenfield Learning Fund provides up to £350 a year for "
        "each child for extra tuition, music lessons, school trips and equipment. Foster carers and children spoke "
        "highly of it, and 71 children benefited from it in 2024."
    ),
    P(
        "Children's physical and emotional health needs are well understood. Annual health assessments were up to date "
        "for 108 of the 112 children. Children who need it receive therapeutic support from the agency's clinical "
        "psychologist, who also provides monthly consultation sessions for foster carers. Foster carers help children "
        "to register with dentists and opticians, and they attend appointments with them."
    ),
    P(
        "Children's views are listened to and make a difference. Wren Voices, the agency's children's forum, meets "
        "monthly and is attended by around 15 children and young people. The forum designed the 'Welcome to your new "
        "family' booklet that is now given to every child who moves to a Wrenfield foster home, and it interviewed "
        "candidates for the post of supervising social worker. Sons and daughters of foster carers have their own "
        "group, which meets during the school holidays."
    ),
    P(
        "Children keep in touch with the people who are important to them. Foster carers support family time "
        "arrangements sensitively, including supervising some contact themselves where this has been agreed. Brothers "
        "and sisters are placed together wherever possible."
    ),
    P(
        "Young people are helped to prepare for adulthood. Foster carers teach young people practical skills such as "
        "budgeting and cooking. Seven young people were living with their former foster carers under Staying Put "
        "arrangements at the time of the inspection, and two young people have started university courses."
    ),
    h2("How well children and young people are helped and protected: requires improvement to be good"),
    P(
        "Most children feel safe with their foster carers, and foster carers know how to report concerns. However, "
        "some weaknesses in the agency's safeguarding practice mean that children's safety is not always as well "
        "promoted as it should be."
    ),
    P(
        "Each fostering household has a safer caring plan, which sets out how children will be kept safe in the home. "
        "Inspectors sampled the records of 20 households. In nine of these, the safer caring plan had not been updated "
        "when a new child moved in, so it did not reflect the needs and risks of all the children living there."
    ),
    P(
        "There were 14 allegations against foster carers in the 12 months before the inspection. The agency referred "
        "every allegation to the local authority designated officer (LADO) promptly and cooperated with the "
        "investigations. However, in three cases, the agency did not notify Ofsted, as it is required to do. This "
        "limits the regulator's oversight of children's safety. This is a requirement of this inspection."
    ),
    P(
        "Children went missing from their foster homes on 27 occasions in the 12 months before the inspection; these "
        "episodes involved five children. Foster carers followed the agency's missing from care guidance and reported "
        "each episode to the police and the child's social worker. Supervising social workers made sure that return "
        "home interviews were offered, and they met with carers to review what had happened."
    ),
    P(
        "Foster carers have a good understanding of the risks of child sexual and criminal exploitation for the "
        "children in their care. The agency's exploitation training was introduced in 2024, but only 62% of foster "
        "carers had completed it at the time of the inspection."
    ),
    P(
        "The national minimum standards require at least one unannounced visit to each fostering household every year. "
        "In the 12 months before the inspection, 12 of the 74 fostering households had not received an unannounced visit. "
        "Managers had not identified this gap."
    ),
    P(
        "Foster carers understand the agency's approach to managing children's behaviour, which is based on the PACE "
        "model (playfulness, acceptance, curiosity and empathy). No foster carer had used physical intervention in the "
        "past year."
    ),
    h2("The effectiveness of leaders and managers: requires improvement to be good"),
    P(
        "The registered manager is ambitious for children and well respected by staff and foster carers. She has "
        "strengthened the agency's matching processes and its support for children's education since she took up the "
        "post. However, leaders have not identified or addressed some shortfalls in practice, and these have an impact "
        "on children's safety."
    ),
    P(
        "The agency's monitoring of its own practice is not effective. The quarterly reports that the registered "
        "manager prepares under regulation 35 list activity but contain little analysis, and they did not identify the "
        "shortfalls that inspectors found in safer caring plans, notifications and unannounced visits."
    ),
    P(
        "Foster carers' annual reviews were overdue for eight households, in some cases by up to five months. This "
        "means that the agency cannot be sure that these carers remain suitable to care for children. Five foster "
        "carers who were approved more than a year ago had not completed the Training, Support and Development "
        "Standards within the expected 12 months."
    ),
    P(
        "The agency employs 11 supervising social workers. Caseloads average eight fostering households and rise to 11 "
        "for some staff. Four supervising social workers left the agency in the past year, and foster carers said that "
        "changes of worker had been unsettling. Staff receive regular supervision and said that managers are "
        "approachable and supportive."
    ),
    P(
        "Foster carers feel well supported. The agency runs monthly support groups in three localities, and its "
        "24-hour out-of-hours support line is staffed by the agency's own social workers. One foster carer said: 'Any "
        "time of the day or night, someone who knows us picks up the phone.'"
    ),
    P(
        "The fostering panel is chaired by an independent chair and meets twice a month. Panel minutes show thorough "
        "consideration of assessments, and the agency decision-maker makes timely decisions. Assessments of "
        "prospective foster carers took an average of seven months in 2024."
    ),
    P(
        "The agency received four complaints in the past year; all were resolved in line with its complaints policy. "
        "Feedback from the six local authorities that place most children with the agency was positive about the "
        "quality of care and communication."
    ),
    h1("What does the independent fostering agency need to do to improve?"),
    h2("Statutory requirements"),
    P(
        "This section sets out the actions that the registered person(s) must take to meet the Care Standards Act 2000, "
        "Fostering Services (England) Regulations 2011 and the national minimum standards. The registered person(s) "
        "must comply within the given timescales."
    ),
    table(
        [
            ["Requirement", "Due date"],
            ["The registered person must notify Ofsted without delay of any allegation that a child placed with a foster "
             "parent has been abused by the foster parent, or of any serious complaint about a foster parent. This "
             "includes allegations that are referred to the local authority designated officer. (Regulation 36(1) and "
             "Schedule 7)", "30 April 2025"],
            ["The registered person must ensure that the approval of each foster parent is reviewed at intervals of not "
             "more than a year. The review must take into account the views of the foster parent and of any child "
             "placed with them. (Regulation 28(2))", "30 June 2025"],
            ["The registered person must maintain a system for monitoring the matters set out in Schedule 6 and "
             "improving the quality of foster care provided by the agency. Reports must include analysis that leads "
             "to action. (Regulation 35(1))", "31 May 2025"],
        ],
        widths=[135 * mm, 35 * mm],
    ),
    h2("Recommendations"),
]
s += bullets(
    [
        "The registered person should ensure that each household's safer caring policy is reviewed and updated when "
        "a new child joins the household. This is so that the policy reflects the needs of every child living there. "
        "('Fostering services: national minimum standards', page 10, paragraph 4.5)",
        "The registered person should ensure that each fostering household receives at least one unannounced visit a "
        "year. ('Fostering services: national minimum standards', page 47, paragraph 21.8)",
        "The registered person should ensure that foster carers complete the Training, Support and Development "
        "Standards within 12 months of their approval. ('Fostering services: national minimum standards', page 45, "
        "paragraph 20.3)",
        "The registered person should ensure that all foster carers complete training in recognising and responding to "
        "child exploitation. In particular, this training should be completed within six months of approval by newly "
        "approved carers. ('Fostering services: national minimum standards', page 44, paragraph 20.1)",
    ]
)
s += [
    h1("Information about this inspection"),
    P(
        "Inspectors have looked at the experiences and progress of children and young people. Inspectors considered "
        "the quality of work and the difference made to the lives of children and young people. They watched how "
        "professional staff work with children and young people and each other and discussed the effectiveness of "
        "help and care provided. Wherever possible, they talked to children and young people and their families. In "
        "addition, the inspectors have tried to understand what the independent fostering agency knows about how well "
        "it is performing, how well it is doing and what difference it is making for the children and young people "
        "whom it is trying to help, protect and look after."
    ),
    P(
        "Using the 'Social care common inspection framework', this inspection was carried out under the Care Standards "
        "Act 2000 to assess the effectiveness of the service, how it meets the core functions of the service as set out "
        "in legislation, and to consider how well it complies with the relevant regulations and meets the national "
        "minimum standards."
    ),
    P(
        "During the inspection, inspectors spoke with 18 children, 26 foster carers, the registered manager, the "
        "responsible individual, staff, the panel chair and the agency decision-maker. They also received feedback "
        "from placing social workers and independent reviewing officers."
    ),
    h2("Independent fostering agency details"),
    table(
        [
            ["Unique reference number:", "SC512874"],
            ["Registration date:", "2 June 2009"],
            ["Registered provider:", "Wrenfield Family Placements Limited"],
            ["Registered provider address:", "Unit 6, Millrace Court, Tanners Way, Brenley, Orsett Vale BV4 2QT"],
            ["Responsible individual:", "Simon Haverford"],
            ["Registered manager:", "Rebecca Thornleigh"],
            ["Telephone number:", "01632 960417"],
            ["Email address:", "office@wrenfieldfostering.example"],
        ],
        widths=[60 * mm, 110 * mm],
        header=False,
    ),
    h2("Inspectors"),
    P("Marcia Fennimore, Social Care Inspector (lead inspector)"),
    P("Tobias Okonjo-Reid, Social Care Inspector"),
    sp(10),
    P(
        "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to "
        "achieve excellence in the care of children and young people, and in education and skills for learners of all "
        "ages. It regulates and inspects childcare and children's social care, and inspects the Children and Family "
        "Court Advisory and Support Service (Cafcass), schools, colleges, initial teacher training, further education "
        "and skills, adult and community learning, and education and training in prisons and other secure "
        "establishments.",
        SMALL,
    ),
    P(
        "This is a synthetic report created for testing purposes. Wrenfield Fostering, its provider, the people named "
        "and all figures in it are fictional. © Crown copyright 2025",
        SMALL,
    ),
]
build6(
    out,
    s,
    footer_left="Inspection report for independent fostering agency: Wrenfield Fostering   SC512874",
    title="Wrenfield Fostering - Independent fostering agency inspection report - 10 to 14 March 2025",
    author="Ofsted",
)
print(out)
