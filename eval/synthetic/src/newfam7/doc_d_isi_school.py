import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common7 import *

out = out_path("isi-independent-schools/St-Aldrics-School-Wenborough-ISI-inspection-report-January-2025.pdf")

s = []
s += [
    P("Independent Schools Inspectorate", SUB),
    Paragraph("School inspection report", TITLE),
    P("<b>14 to 16 January 2025</b>"),
    sp(6),
    Paragraph("St Aldric's School", H1),
    P("Cloister Lane<br/>Wenborough<br/>Kelmshire<br/>WB2 7AS"),
    sp(30),
    P(
        "The Independent Schools Inspectorate is approved by the Secretary of State to inspect independent schools in "
        "England. This is a synthetic report created for testing purposes: St Aldric's School, its trust, the people "
        "named and all figures are fictional.",
        SMALL,
    ),
    h2("Contents"),
    P(
        "Summary of inspection findings<br/>The extent to which the school meets the Standards<br/>Recommended next "
        "steps<br/>Section 1: Leadership and management, and governance<br/>Section 2: Quality of education, training "
        "and recreation<br/>Section 3: Pupils' physical and mental health and emotional wellbeing<br/>Section 4: "
        "Pupils' social and economic education and contribution to society<br/>Safeguarding<br/>School "
        "details<br/>Information about the school<br/>Inspection details"
    ),
    PageBreak(),
    h1("Summary of inspection findings"),
]
s += numbered(
    [
        "Leaders, including the head, who was appointed in September 2022, have a clear vision for the school, which "
        "is centred on pupils' wellbeing and on high academic expectations. Governors know the school well and provide "
        "effective challenge in most areas. However, governors' oversight of safeguarding has not been sufficiently "
        "rigorous, and they have not checked that recruitment procedures are consistently followed.",
        "The curriculum is broad and well planned. Pupils achieve well in public examinations. In 2024, 71% of GCSE "
        "grades were at grades 9 to 7, and 54% of A-level grades were at A* or A. Teaching in the senior school is "
        "typically well planned and makes effective use of teachers' subject knowledge. In the lower school, however, "
        "teachers do not consistently use the information from the school's new tracking system to adapt their "
        "teaching, and so some pupils, particularly the most able, are not always sufficiently challenged.",
        "Children in the early years make a strong start. The 41 children in the Nursery and Reception classes settle "
        "quickly and develop their early reading skills well through a structured phonics programme.",
        "Pupils who have special educational needs and/or disabilities (SEND) are well supported by the learning "
        "support department. Their needs are identified accurately, and teachers adapt resources to help them make "
        "good progress.",
        "Boarders are well cared for in the school's two boarding houses. Boarders value the family atmosphere and "
        "the range of evening and weekend activities. However, the routines for checking boarders in at the end of "
        "the evening are not applied consistently in Fernleigh House.",
        "Leaders have not ensured that all the required pre-appointment checks on staff and volunteers are carried "
        "out and recorded before they start work. As a result, the Standards relating to safeguarding are not met.",
    ]
)
s += [
    h2("The extent to which the school meets the Standards"),
]
s += bullets(
    [
        "Standards relating to leadership and management, and governance are met.",
        "Standards relating to the quality of education, training and recreation are met.",
        "Standards relating to pupils' physical and mental health and emotional wellbeing are met.",
        "Standards relating to pupils' social and economic education and contribution to society are met.",
        "Standards relating to safeguarding are not met.",
    ]
)
s += [
    h2("Recommended next steps"),
    P("Leaders should:"),
]
s += bullets(
    [
        "ensure that teachers in the lower school use the information from the pupil tracking system to adapt their "
        "teaching so that all pupils, including the most able, are suitably challenged",
        "ensure that the routines for checking boarders in during the evening are applied consistently in both "
        "boarding houses",
        "strengthen governors' oversight of safeguarding, including the checks made when staff and volunteers are "
        "recruited.",
    ]
)
s += [
    PageBreak(),
    h1("Section 1: Leadership and management, and governance"),
]
counter = [6]
s += numbered_from(
    [
        "Leaders' self-evaluation is accurate in most respects. The school's development plan, 'Aldric 2027', sets "
        "clear priorities, including improving teaching in the lower school and increasing bursary provision. The "
        "school currently supports 58 pupils with means-tested bursaries.",
        "Leaders manage risk effectively in most areas. Risk assessments for trips and for the site are thorough, "
        "and the health and safety committee meets each term.",
        "The school handled 7 formal complaints in the 2023-24 academic year. These were managed in line with the "
        "school's complaints policy and within its timescales.",
        "Leaders fulfil their duties under the Equality Act 2010, and there is a suitable accessibility plan, which "
        "has led to the installation of a lift in the science building.",
    ],
    counter,
)
s += [
    h1("Section 2: Quality of education, training and recreation"),
]
s += numbered_from(
    [
        "The curriculum provides pupils with a broad range of learning experiences. Pupils in Years 7 to 9 study two "
        "modern foreign languages and Latin. In the sixth form, pupils take three A levels alongside the Aldric "
        "Diploma, the school's own programme in which each pupil completes an independent research project and a "
        "public presentation.",
        "The school introduced a new pupil tracking system in September 2024. In the senior school, teachers use the "
        "information well to identify pupils who are falling behind and to put in place additional help. In the "
        "lower school, this practice is not yet consistent.",
        "Pupils read widely. The 'Paper Lanterns' reading scheme pairs sixth-form volunteers with pupils in Years 3 "
        "and 4 for weekly shared reading sessions.",
        "There are 104 pupils identified as having SEND and 47 who speak English as an additional language. Pupils "
        "who speak English as an additional language receive targeted support and make rapid progress in their use "
        "of English.",
        "The co-curricular programme is extensive, with over 90 clubs and activities each week. All pupils in "
        "Years 9 and 10 take part in the Combined Cadet Force or the Duke of Edinburgh's Award scheme.",
    ],
    counter,
)
s += [
    h1("Section 3: Pupils' physical and mental health and emotional wellbeing"),
]
s += numbered_from(
    [
        "Pupils' wellbeing is a priority for leaders. The Nook, a wellbeing centre staffed by two part-time "
        "counsellors and a wellbeing lead, is open to pupils every day. Pupils told inspectors they know where to go "
        "if they are worried, and they trust staff to help them.",
        "The personal, social, health and economic (PSHE) education programme, including relationships and sex "
        "education, is suitably planned and helps pupils to understand how to keep themselves safe, including "
        "online.",
        "Pupils' attendance is high. Overall attendance was 96.1% in the autumn term of 2024.",
        "Behaviour is good. Pupils are courteous and respectful. Incidents of bullying are rare, and when they occur, "
        "staff deal with them effectively. The school recorded 11 bullying incidents in 2023-24.",
        "Boarders live in two boarding houses: Linden House for girls and Fernleigh House for boys. There are 86 "
        "boarders, 52 of whom are full boarders. Boarders have access to the school nurse and to a medical centre "
        "that is staffed 24 hours a day during term time.",
    ],
    counter,
)
s += [
    h1("Section 4: Pupils' social and economic education and contribution to society"),
]
s += numbered_from(
    [
        "Pupils make a strong contribution to the school and local community. The pupil-led 'Green Aldric' council "
        "has reduced the school's food waste and set up a uniform recycling shop. Pupils volunteer at the Wenborough "
        "Foodbank and at a local care home.",
        "Careers guidance is effective. All pupils in Year 12 complete a week of work experience, and the annual "
        "'Futures Fortnight' brings in speakers from a wide range of professions.",
        "Pupils develop a secure understanding of democracy and the rule of law. Elections for the school council "
        "and visits to the Kelmshire Crown Court help pupils to understand British values.",
    ],
    counter,
)
s += [
    h1("Safeguarding"),
]
s += numbered_from(
    [
        "Staff receive regular safeguarding training and understand how to identify and report concerns about pupils. "
        "The designated safeguarding lead and her three deputies work effectively with the local safeguarding "
        "partners and make timely referrals.",
        "Leaders have not ensured that all the required checks on staff and volunteers are completed and recorded "
        "before they start work. Inspectors found that prohibition from teaching checks had not been recorded for 4 "
        "members of staff, and that 2 volunteers with the 'Paper Lanterns' reading scheme had started work before "
        "their Disclosure and Barring Service (DBS) checks were completed. Leaders took action to complete and record "
        "these checks during the inspection.",
        "Governors receive an annual safeguarding report, but they have not checked that the single central register "
        "of appointments is accurate and complete.",
    ],
    counter,
)
s += [
    h2("The school must:"),
]
s += bullets(
    [
        "ensure that all required pre-appointment checks on staff and volunteers are carried out and recorded in the "
        "single central register before they start work at the school [Paragraphs 18(2), 19(2) and 21(3)].",
        "ensure that arrangements are made to safeguard and promote the welfare of pupils, including governors' "
        "oversight of recruitment checks [Paragraph 7; EYFS 3.4].",
    ]
)
s += [
    PageBreak(),
    h1("School details"),
    table(
        [
            ["School", "St Aldric's School"],
            ["Department for Education number", "867/6012"],
            ["Registered charity number", "1098341"],
            ["Address", "Cloister Lane, Wenborough, Kelmshire WB2 7AS"],
            ["Phone number", "01632 962550"],
            ["Email address", "office@staldrics.sch.example"],
            ["Website", "www.staldrics.sch.example"],
            ["Proprietor", "St Aldric's School Trust"],
            ["Chair", "Mr Gideon Farthingale"],
            ["Headteacher", "Mrs Lavinia Orchardson"],
            ["Age range", "3 to 18"],
            ["Number of pupils", "641"],
            ["Number of boarding pupils", "86"],
            ["Date of previous inspection", "5 to 7 November 2019"],
        ],
        widths=[75 * mm, 90 * mm],
        header=False,
    ),
    h1("Information about the school"),
    P(
        "St Aldric's School is a co-educational day and boarding school in Wenborough. The school was founded in 1884 "
        "and is a charitable trust overseen by a board of governors. The school comprises a lower school for pupils "
        "aged 3 to 11 and a senior school, including a sixth form, for pupils aged 11 to 18. The head has been in "
        "post since September 2022."
    ),
    P(
        "There are 41 children in the early years, comprising a Nursery class and a Reception class. The school has "
        "identified 104 pupils as having special educational needs and/or disabilities (SEND), 9 of whom have an "
        "education, health and care (EHC) plan. English is an additional language for 47 pupils."
    ),
    P(
        "The school states its aims are to nurture curious, kind and confident young people who strive for "
        "excellence and serve others."
    ),
    h1("Inspection details"),
    P("<b>Inspection dates:</b> 14 to 16 January 2025"),
    P(
        "A team of six inspectors visited the school for two and a half days. The reporting inspector was Ambrose "
        "Wetherill, and a boarding team inspector joined the team for the evening of 14 January 2025."
    ),
    P("Inspection activities included:"),
]
s += bullets(
    [
        "discussions with the chair and other governors",
        "discussions with the head, school leaders, managers and other members of staff",
        "observation of lessons, some in conjunction with school leaders",
        "observation of registration periods, tutor sessions and assemblies",
        "observation of a sample of extra-curricular activities that took place during the inspection",
        "discussions with pupils, including boarders",
        "visits to the learning support area and facilities for the youngest children",
        "scrutiny of samples of pupils' work",
        "scrutiny of a range of policies, documentation and records provided by the school.",
    ]
)
s += [
    P(
        "The inspection team considered the views of pupils, members of staff and parents who responded to ISI's "
        "pre-inspection surveys."
    ),
]
build7(
    out,
    s,
    header_left="St Aldric's School - January 2025",
    footer_left="Independent Schools Inspectorate",
    title="St Aldric's School - School inspection report - 14 to 16 January 2025",
    author="Independent Schools Inspectorate",
)
print(out)
