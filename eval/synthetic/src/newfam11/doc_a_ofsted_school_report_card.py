"""An Ofsted school inspection report card under the renewed education inspection framework (from November 2025):
evaluation areas each graded on the five-point scale (exceptional, strong standard, expected standard, needs
attention, urgent improvement), safeguarding met or not met, the school's context, a section for each evaluation
area, next steps, school details and the inspection team. A primary academy with a nursery. Fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common11 import *

out = out_path("ofsted-schools/151384_Harrowbeck_Primary_Academy_report_card_November_2026.pdf")

EX, ST, EXP, NA = "Exceptional", "Strong standard", "Expected standard", "Needs attention"

s = []
s += [
    P("<b>Ofsted</b>", SUB),
    P("School inspection report card", SUB),
    Paragraph("Harrowbeck Primary Academy", TITLE),
    P("Tanner's Lane, Harrowbeck, Wendlesham WN4 8QT"),
    sp(4),
    kv(
        [
            ["Unique reference number (URN)", "151384"],
            ["Inspection dates", "6 and 7 October 2026"],
            ["Type of inspection", "Full inspection (section 5)"],
            ["Headteacher", "Rachel Ambrose-Tate"],
            ["Age range of pupils", "3 to 11"],
            ["Number of pupils on the school roll", "418"],
        ]
    ),
    sp(10),
    h2("How this school is doing"),
    table(
        [
            ["Evaluation area", "Grade"],
            ["Inclusion", ST],
            ["Curriculum and teaching", EXP],
            ["Achievement", NA],
            ["Attendance and behaviour", EXP],
            ["Personal development and well-being", ST],
            ["Early years", EX],
            ["Leadership and governance", EXP],
            ["Safeguarding", "Met"],
        ],
        widths=[105 * mm, 65 * mm],
    ),
    sp(6),
    P(
        "Ofsted grades each evaluation area on a five-point scale: exceptional, strong standard, expected standard, "
        "needs attention and urgent improvement. Expected standard means that the school is doing what it should be "
        "doing in that area. Safeguarding is reported separately: the school's safeguarding arrangements either "
        "meet or do not meet the required standard.",
        SMALL,
    ),
    P(
        "This is the school's first inspection under the renewed education inspection framework. At its previous "
        "graded inspection, in March 2019, when the school was inspected under a different framework, its overall "
        "effectiveness was judged to be good. Grades under the two frameworks cannot be compared directly.",
        SMALL,
    ),
    h1("About this school"),
    P(
        "Harrowbeck Primary Academy is a larger-than-average primary school on the eastern edge of Wendlesham. It "
        "has a nursery class, which offers 52 part-time places for three- and four-year-olds, and two classes in "
        "each year group from Reception to Year 6. The school converted to become an academy in September 2021, "
        "when it joined the Wendle Valley Learning Trust. The trust is made up of nine primary schools and two "
        "secondary schools."
    ),
    P(
        "The headteacher, Rachel Ambrose-Tate, took up her post in January 2024. She was previously the deputy "
        "headteacher of another school in the trust."
    ),
    h2("Context"),
    P(
        "The proportion of pupils who are eligible for free school meals is 38%, well above the national average "
        "of 25%. Around one in five pupils (21%) speak English as an additional language; the most common first "
        "languages other than English are Polish, Romanian and Punjabi. The proportion of pupils who receive "
        "special educational needs and/or disabilities (SEND) support is 16%, and 11 pupils have an education, "
        "health and care (EHC) plan."
    ),
    P(
        "The school hosts a specially resourced provision for pupils with speech, language and communication "
        "needs, known as the Willow Room. It is commissioned by Wendlesham Borough Council and has 10 places, all "
        "of which were filled at the time of the inspection. Pupils in the Willow Room spend part of each day in "
        "their mainstream classes."
    ),
    P(
        "The school uses one unregistered alternative provider, Greenacre Farm Learning, for two pupils who attend "
        "for one morning each week."
    ),
    h2("Summary of this report card"),
    P(
        "Harrowbeck is a welcoming, inclusive school where pupils are known well and cared for. Children get off to "
        "an exceptional start in the nursery and Reception classes. Pupils with SEND, including those who attend "
        "the Willow Room, are supported well to take a full part in school life. The school's wider offer to "
        "pupils is a strength. However, pupils' achievement by the end of key stage 2, particularly in writing, "
        "is too low, and the curriculum in some foundation subjects is not yet well enough developed."
    ),
    h1("Inclusion"),
    P("<b>Grade: strong standard</b>"),
    P(
        "Leaders have made inclusion the starting point for the school's work. Staff identify pupils' additional "
        "needs quickly, often before pupils start in the nursery, through home visits and close links with the "
        "local health visiting team. The special educational needs coordinator (SENCo) keeps a clear overview of "
        "the support that each pupil receives and of how well it is working."
    ),
    P(
        "Pupils in the Willow Room receive expert speech and language support. A speech and language therapist "
        "from the local NHS trust works in the school for two days each week and trains teaching assistants to "
        "deliver the therapy programmes that pupils need. Pupils from the Willow Room are included in lessons, "
        "clubs and trips alongside their classmates."
    ),
    P(
        "The school makes sure that disadvantaged pupils are not left out of anything that the school offers. It "
        "pays for music tuition, residential trips and club places for pupils whose families could not otherwise "
        "afford them. In 2025/26, 64 disadvantaged pupils took up at least one funded club place."
    ),
    P(
        "The school has developed its support for pupils who are at an early stage of learning English. New "
        "arrivals follow a six-week induction programme with a bilingual teaching assistant. However, pupils who "
        "join the school after Reception and who have gaps in their phonics knowledge do not always receive "
        "catch-up teaching quickly enough."
    ),
    h1("Curriculum and teaching"),
    P("<b>Grade: expected standard</b>"),
    P(
        "The school's curriculum is broad and ambitious. In English and mathematics, the knowledge that pupils "
        "should learn is set out clearly and in a logical order from the nursery to Year 6. Teachers explain new "
        "ideas clearly and check pupils' understanding carefully in these subjects."
    ),
    P(
        "Early reading is a priority. Staff teach the school's phonics programme, Sounds Ahead, consistently, and "
        "books are well matched to the sounds that pupils know. In the 2026 phonics screening check, 71% of pupils "
        "in Year 1 met the expected standard, below the national figure of 80%, although this was an improvement "
        "on 63% in 2024."
    ),
    P(
        "In some foundation subjects, including history, geography and religious education in key stage 2, the "
        "curriculum does not set out precisely enough the important knowledge that pupils should learn and "
        "remember. As a result, teaching in these subjects does not always build on what pupils already know, and "
        "older pupils struggle to recall what they have learned in earlier years."
    ),
    P(
        "Teaching assistants are deployed well. They are trained to deliver short, daily sessions for pupils who "
        "need extra help in reading and mathematics."
    ),
    h1("Achievement"),
    P("<b>Grade: needs attention</b>"),
    P(
        "Too few pupils achieve well by the end of key stage 2. In 2026, 54% of Year 6 pupils reached the expected "
        "standard in reading, writing and mathematics combined, compared with 62% nationally. Results in writing "
        "were weakest: 61% of pupils reached the expected standard in writing, compared with 72% nationally. "
        "Results in 2025 were similar."
    ),
    P(
        "Disadvantaged pupils achieve less well than their peers. In 2026, 41% of disadvantaged pupils in Year 6 "
        "reached the expected standard in reading, writing and mathematics combined. Pupils with SEND make better "
        "progress from their starting points, and pupils from the Willow Room achieve well against the targets in "
        "their EHC plans."
    ),
    P(
        "Pupils in key stage 1 and lower key stage 2 are now achieving better in mathematics, as a result of "
        "changes that leaders made to the mathematics curriculum in 2024. The school's own assessments show that "
        "pupils in the current Year 4 are working at a higher standard in mathematics than previous year groups "
        "did at the same age."
    ),
    P(
        "Pupils' writing does not improve quickly enough in key stage 2. Pupils do not have enough opportunities "
        "to write at length, and weaknesses in spelling and handwriting are not picked up and corrected "
        "consistently."
    ),
    h1("Attendance and behaviour"),
    P("<b>Grade: expected standard</b>"),
    P(
        "Pupils behave well in lessons and around the school. Classrooms are calm and orderly, and pupils are "
        "polite to adults and to each other. In a small number of classes in upper key stage 2, low-level "
        "disruption sometimes slows learning when routines are not applied consistently."
    ),
    P(
        "The school has worked hard to improve attendance. Overall attendance in 2025/26 was 94.6%. The proportion "
        "of pupils who were persistently absent fell to 15.8%, from 21.4% in 2023/24, but it remains above the "
        "national average. The school's attendance officer works closely with families and with the local "
        "authority's attendance team, and the school runs a breakfast club that 85 pupils attend each morning."
    ),
    P(
        "Suspensions are rare. There were nine suspensions, involving six pupils, in 2025/26, and there have been "
        "no permanent exclusions since the school became an academy."
    ),
    h1("Personal development and well-being"),
    P("<b>Grade: strong standard</b>"),
    P(
        "The school's wider offer is carefully planned. Every pupil follows the 'Harrowbeck Passport', a list of "
        "30 experiences, such as visiting a theatre, planting a tree and performing to an audience, that pupils "
        "complete before they leave in Year 6. In 2025/26, 72% of pupils attended at least one after-school club."
    ),
    P(
        "Pupils learn about healthy relationships, staying safe online and looking after their mental health in "
        "an age-appropriate way. Pupils in Year 6 spend three nights at the Fellside Outdoor Centre, and the "
        "school council and the pupils' eco-team make real decisions, such as choosing the new playground "
        "equipment."
    ),
    P(
        "The school has identified that many pupils cannot swim when they join key stage 2. It has increased "
        "swimming lessons to two terms in Year 4 and a further term in Year 6. At the end of 2025/26, 58% of "
        "Year 6 pupils could swim 25 metres competently, up from 41% two years earlier."
    ),
    h1("Early years"),
    P("<b>Grade: exceptional</b>"),
    P(
        "Children in the nursery and Reception classes flourish. Staff have an exceptionally strong understanding "
        "of how young children learn. The early years curriculum is carefully designed so that children develop "
        "the language, knowledge and skills that they need for Year 1, and staff weave it through every part of "
        "the day."
    ),
    P(
        "Developing children's spoken language is at the heart of the provision. Every child in the nursery takes "
        "part in 'Chatter Club', a daily small-group session in which adults model new vocabulary, and staff "
        "share the words children are learning with families each week. Many children join the nursery with "
        "language skills well below those typical for their age. In 2026, 74% of children reached a good level "
        "of development by the end of Reception, compared with 68% nationally."
    ),
    P(
        "Leaders work very closely with parents. Workshops on early reading and on play at home are well "
        "attended, and the early years team runs a fortnightly 'stay and play' session for families of children "
        "who are due to start in the nursery."
    ),
    h1("Leadership and governance"),
    P("<b>Grade: expected standard</b>"),
    P(
        "The headteacher and her senior team have a clear vision for the school, which staff share. Since 2024, "
        "leaders have improved the teaching of early reading and mathematics, reduced persistent absence and "
        "strengthened the support for pupils with SEND. Leaders have an accurate view of the school's strengths "
        "and weaknesses."
    ),
    P(
        "The trust provides effective support, including training for subject leaders and help with the "
        "mathematics curriculum. Trustees and members of the academy council, the school's local governing "
        "board, know the school well and ask challenging questions about attendance and about pupils' "
        "achievement."
    ),
    P(
        "However, leaders' checks on the quality of pupils' writing in key stage 2 have not been precise enough "
        "to identify why too few pupils reach the expected standard. Leaders' plans to improve the foundation "
        "subjects are at an early stage."
    ),
    P(
        "Staff are proud to work at the school. In the staff survey, 94% of staff who responded said that leaders "
        "take their workload and well-being into account. Leaders have reduced the number of data collection "
        "points from six to three each year."
    ),
    h1("Safeguarding"),
    P("<b>Safeguarding: met</b>"),
    P(
        "The school's arrangements for safeguarding meet the required standard. Leaders have created a culture in "
        "which staff understand that safeguarding is everyone's responsibility. Staff are well trained and know "
        "how to report concerns, and leaders act on them swiftly, working with the local authority's children's "
        "services where needed. The school carries out the required checks on adults who work at the school, and "
        "the single central record is well maintained."
    ),
    h1("Next steps"),
    P("To continue to improve, the school should:"),
]
s += bullets(
    [
        "improve the teaching of writing in key stage 2, including spelling and handwriting, so that more pupils, "
        "particularly disadvantaged pupils, reach the expected standard by the end of Year 6",
        "set out the important knowledge that pupils should learn in history, geography and religious education "
        "in key stage 2, so that teaching builds on what pupils already know",
        "make sure that pupils who join the school after Reception with gaps in their phonics knowledge receive "
        "catch-up teaching without delay",
        "sharpen leaders' and trustees' checks on the quality of pupils' writing, so that leaders understand why "
        "achievement in writing remains low and can act on it",
    ]
)
s += [
    h1("About this inspection"),
    P(
        "This inspection was carried out under section 5 of the Education Act 2005, using the school inspection "
        "toolkit for the renewed education inspection framework."
    ),
    P(
        "Inspectors met the headteacher, senior leaders, the SENCo, subject leaders, teachers and support staff. "
        "The lead inspector met the chief executive officer of the trust, Jonathan Pilbeam, and the chair of the "
        "academy council, Farida Begum-Holt, and spoke to the chair of trustees by telephone."
    ),
    P(
        "Inspectors visited lessons in early reading, mathematics, writing, history and physical education, spoke "
        "to pupils about their learning and looked at samples of their work. They heard pupils in Years 1, 2 and "
        "3 read to a familiar adult. Inspectors considered the 96 responses to Ofsted Parent View, including 63 "
        "free-text comments, 41 responses to the staff survey and 118 responses to the pupil survey."
    ),
    h2("School details"),
    kv(
        [
            ["Unique reference number", "151384"],
            ["Local authority", "Wendlesham"],
            ["Inspection number", "10398812"],
            ["Type of school", "Primary"],
            ["School category", "Academy converter"],
            ["Age range of pupils", "3 to 11"],
            ["Gender of pupils", "Mixed"],
            ["Number of pupils on the school roll", "418"],
            ["Appropriate authority", "Board of trustees"],
            ["Chair of trust", "Geraldine Moxon"],
            ["Chief executive officer of the trust", "Jonathan Pilbeam"],
            ["Headteacher", "Rachel Ambrose-Tate"],
            ["Website", "www.harrowbeckprimary.example.org.uk"],
            ["Date of previous inspection", "13 and 14 March 2019, under section 5 of the Education Act 2005"],
        ]
    ),
    h2("Inspection team"),
    kv(
        [
            ["Sunita Barraclough-Reid", "His Majesty's Inspector, lead inspector"],
            ["Owen Threlfall", "Ofsted Inspector"],
            ["Marguerite Ellison-Daly", "Ofsted Inspector"],
        ]
    ),
    sp(8),
    P(
        "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to "
        "achieve excellence in the care of children and young people, and in education and skills for learners of "
        "all ages. If you would like a copy of this document in a different format, such as large print or "
        "Braille, please telephone 0300 123 1231 or email enquiries@ofsted.gov.uk.",
        SMALL,
    ),
    P("© Crown copyright 2026", SMALL),
]
build9(
    out,
    s,
    header_left="Harrowbeck Primary Academy",
    header_right="School inspection report card",
    footer_left="Report card: Harrowbeck Primary Academy, URN 151384, 6 and 7 October 2026",
    page_fmt="Page {n} of {total}",
    title="Harrowbeck Primary Academy - Ofsted school inspection report card - 6 and 7 October 2026",
    author="Ofsted",
)
print(out)
