import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common6 import *

out = out_path("education-scotland/CraigmorayPSNC-Inverbrae-inspection-letter-and-SIF-200525.pdf")

GRADES = [["Quality indicators for the primary stage", "Evaluation grade"],
          ["Leadership of change", "satisfactory"],
          ["Learning, teaching and assessment", "weak"],
          ["Raising attainment and achievement", "satisfactory"],
          ["Ensuring wellbeing, equality and inclusion", "good"]]
NURSERY = [["Quality indicators for the nursery class", "Evaluation grade"],
           ["Leadership of change", "very good"],
           ["Learning, teaching and assessment", "good"],
           ["Securing children's progress", "very good"],
           ["Ensuring wellbeing, equality and inclusion", "excellent"]]

s = []
s += [
    P("<b>Education Scotland</b><br/>Foghlam Alba", SUB),
    sp(8),
    P("20 May 2025"),
    sp(4),
    P("Dear Parent/Carer"),
    P(
        "In March 2025, a team of inspectors from Education Scotland visited Craigmoray Primary School and Nursery "
        "Class. During our visit, we talked to parents/carers and children and worked closely with the headteacher and "
        "staff. The inspection team found the following strengths in the school's work."
    ),
]
s += bullets(
    [
        "Children are polite, friendly and proud of their school. They are developing as confident young leaders "
        "through the pupil council, the Craigmoray Champions, and the Junior Road Safety Officers.",
        "The caring ethos of the school. Staff know children and their families well, and the nurture base, The Nest, "
        "helps children who need extra support to feel settled and ready to learn.",
        "In the nursery class, practitioners provide high-quality outdoor learning. Children develop curiosity, "
        "resilience and early literacy and numeracy skills through Forest Fridays in Craigmoray Woods.",
        "The effective partnership between the nursery class and families, which helps children to make very good "
        "progress in their early learning.",
    ]
)
s += [
    P(
        "The following areas for improvement were identified and discussed with the headteacher and a representative "
        "from Inverbrae Council."
    ),
]
s += bullets(
    [
        "Senior leaders and staff should improve the consistency of learning and teaching across the school. This "
        "should include ensuring that learning activities are well matched to children's needs and that children "
        "understand what they are learning and how to be successful.",
        "Senior leaders should develop a more rigorous approach to tracking and monitoring children's progress, "
        "particularly in writing and numeracy. Staff should use this information to plan interventions that help "
        "children to make better progress.",
        "Staff should raise attainment in writing and numeracy across the school. They should ensure that children "
        "have regular opportunities to write at length and to apply their numeracy skills in different contexts.",
    ]
)
s += [
    P(
        "We gathered evidence to enable us to evaluate the school's work using four quality indicators from How good "
        "is our school? (4th edition) and How good is our early learning and childcare?. Quality indicators help "
        "schools, local authorities and inspectors to judge what is working well and what needs to be improved. "
        "Following the inspection of each school, the Scottish Government gathers national statistical information "
        "about the quality of children's learning and the effectiveness of the school. Here are Education Scotland's "
        "gradings for the school and nursery class."
    ),
    table(GRADES, widths=[120 * mm, 50 * mm]),
    sp(6),
    table(NURSERY, widths=[120 * mm, 50 * mm]),
    sp(4),
    P(
        "Evaluations are made on a six-point scale: excellent, very good, good, satisfactory, weak and unsatisfactory. "
        "Descriptions of the grades are available from How good is our school? (4th edition).",
        SMALL,
    ),
    P(
        "A more detailed document called Summarised Inspection Findings (SIF) is published with this letter. It "
        "describes the findings in more detail."
    ),
    h2("What happens next?"),
    P(
        "As a result of our inspection findings, we think that the school needs additional support and more time to "
        "make necessary improvements. We will liaise with Inverbrae Council regarding the school's capacity to "
        "improve. We will return to carry out a further inspection of the school within one year of the publication of "
        "this letter. We will discuss with Inverbrae Council the details of this inspection. When we return to "
        "inspect the school, we will write to you as parents/carers informing you of the progress the school has made."
    ),
    P("Morven Drysdale<br/>HM Inspector"),
    PageBreak(),
    Paragraph("Summarised inspection findings", TITLE),
    P("<b>Craigmoray Primary School and Nursery Class</b><br/>Inverbrae Council<br/>20 May 2025", SUB),
    h2("Key contextual information"),
    P(
        "Craigmoray Primary School is a non-denominational school serving the village of Craigmoray and the surrounding "
        "rural area. The school roll is 187 children, arranged in eight classes from P1 to P7. The nursery class is "
        "registered for up to 40 children aged three to five years at any one time, and 52 children attend."
    ),
    P(
        "The headteacher has been in post since August 2023 and is the third headteacher in four years. She is "
        "supported by a depute headteacher and a principal teacher, who both have class commitments. The nursery class "
        "is led by an early years senior practitioner."
    ),
    P(
        "Around 38% of children live in areas in deciles 1 and 2 of the Scottish Index of Multiple Deprivation (SIMD). "
        "Around 24% of children have an identified additional support need. Attendance in 2023/24 was 91.8%, which is "
        "below the national average. The school receives Pupil Equity Funding (PEF) of £68,250, which it uses to fund a "
        "nurture teacher and additional support for literacy."
    ),
    h2("1.3 Leadership of change - satisfactory"),
    P(
        "This indicator focuses on collaborative leadership at all levels to develop a shared vision for change and "
        "improvement which is meaningful and relevant to the context of the school within its community."
    ),
]
s += bullets(
    [
        "The headteacher has brought stability to the school after a period of change in its leadership. She has "
        "worked with staff, parents and children to refresh the school's vision, values and aims, which are based on "
        "the values of kindness, respect and ambition.",
        "The school improvement plan contains too many priorities. Senior leaders should reduce the number of "
        "priorities and evaluate the impact of the plan more regularly.",
        "Staff are keen to lead aspects of school improvement. A few teachers lead working groups, for example on "
        "outdoor learning and digital literacy.",
        "Children are developing leadership skills through the Craigmoray Champions, the Eco Committee and the Junior "
        "Road Safety Officers. The school has achieved the silver Rights Respecting Schools Award.",
    ]
)
s += [
    h2("2.3 Learning, teaching and assessment - weak"),
    P(
        "This indicator focuses on ensuring high-quality learning experiences for all children and young people. It "
        "highlights the importance of the use of assessment to inform planning and to support children's progress."
    ),
]
s += bullets(
    [
        "Relationships between staff and children are positive, and most children behave well. However, in too many "
        "lessons, children spend too long listening to the teacher and completing the same tasks, whatever their "
        "stage of learning.",
        "In a minority of lessons, teachers share the purpose of learning and how children can be successful. In the "
        "majority of lessons, the pace of learning is too slow and activities are not well matched to children's needs.",
        "Teachers use a range of assessments, including standardised assessments. However, assessment information is "
        "not used well enough to plan next steps in learning.",
        "The school introduced a new approach to tracking children's progress in 2024. It is not yet being used "
        "consistently, and senior leaders do not yet have an accurate overview of children's progress.",
        "Children in P6 take part in Reading Rangers, a paired reading scheme in which they read with children in P2 "
        "each week. Children enjoy this, and it is helping to develop their confidence in reading aloud.",
    ]
)
s += [
    h2("3.2 Raising attainment and achievement - satisfactory"),
    P(
        "This indicator focuses on the school's success in achieving the best possible outcomes for all learners."
    ),
    h3("Attainment in literacy and numeracy"),
]
s += bullets(
    [
        "Overall, attainment in literacy and numeracy is satisfactory. Attainment in reading and in listening and "
        "talking is stronger than in writing and numeracy.",
        "At early level, most children achieve expected levels in listening and talking, reading and numeracy; the "
        "majority achieve expected levels in writing.",
        "By the end of first level, the majority of children achieve expected levels in reading and in listening and "
        "talking. Less than half achieve expected levels in writing and numeracy.",
        "By the end of second level, the majority of children achieve expected levels in reading and in listening and "
        "talking. Less than half achieve expected levels in writing and numeracy. Children's skills in mental "
        "calculation and in using money are weak.",
        "Senior leaders' data on attainment over time is not yet reliable. The school's data shows a decline in "
        "writing at first level over the last three years.",
    ]
)
s += [h3("Wider achievement; equity for all learners")]
s += bullets(
    [
        "Children's achievements in and out of school are celebrated at assemblies and on the school's achievement "
        "wall. Most children in P5 to P7 take part in at least one after-school club.",
        "Pupil Equity Funding is used to fund a nurture teacher and The Nest. Children who attend The Nest have "
        "improved attendance, and fewer are leaving class because they are upset. Senior leaders do not yet measure "
        "the impact of PEF on attainment.",
    ]
)
s += [
    h2("3.1 Ensuring wellbeing, equality and inclusion - good"),
    P(
        "This indicator focuses on the impact on learners' successes and achievements of the school's approach to "
        "wellbeing which underpins children and young people's ability to achieve success."
    ),
]
s += bullets(
    [
        "Almost all children say that they feel safe in school and that there is an adult they can talk to if they are "
        "worried. Children understand their rights through the school's work on the United Nations Convention on the "
        "Rights of the Child.",
        "Staff have a good understanding of the wellbeing indicators. Children with additional support needs have "
        "appropriate plans, and staff work well with partners such as the educational psychologist and speech and "
        "language therapists.",
        "The school fulfils its statutory duties. Senior leaders should ensure that all children's individual plans "
        "contain targets that are specific and measurable.",
    ]
)
s += [
    h2("Nursery class"),
    h3("Leadership of change - very good"),
]
s += bullets(
    [
        "The early years senior practitioner leads the nursery class very well. Practitioners share a clear vision, "
        "and they evaluate their work regularly using How good is our early learning and childcare?.",
        "Families are fully involved in the life of the nursery. Stay and play sessions and weekly Bookbug sessions are "
        "well attended.",
    ]
)
s += [h3("Learning, teaching and assessment - good")]
s += bullets(
    [
        "Children are happy, settled and engaged in their play. Practitioners interact sensitively with children and "
        "extend their thinking through skilled questioning.",
        "Observations of children's learning are recorded in online learning journals, which families value. "
        "Practitioners should make these observations more focused on children's next steps.",
    ]
)
s += [h3("Securing children's progress - very good")]
s += bullets(
    [
        "Almost all children are making very good progress in early language and communication and in early "
        "mathematics. Children enjoy stories and rhymes, and they count confidently in their play.",
        "Every Friday, children spend the day at Craigmoray Woods, where they build dens, explore nature and manage "
        "risk. Forest Fridays is helping children to develop confidence and resilience.",
    ]
)
s += [h3("Ensuring wellbeing, equality and inclusion - excellent")]
s += bullets(
    [
        "The nursery's approach to wellbeing is highly effective and sector-leading. Practitioners know each child and "
        "family extremely well and provide sensitive, tailored support, including for children who are learning "
        "English as an additional language.",
        "Transitions into the nursery and on to P1 are very well planned, and children moving to P1 are well prepared.",
    ]
)
s += [
    h2("Explanation of terms of quantity"),
    P("The following standard Education Scotland terms of quantity are used in this report:"),
    table(
        [
            ["All", "100%"],
            ["Almost all", "91%-99%"],
            ["Most", "75%-90%"],
            ["Majority", "50%-74%"],
            ["Minority/less than half", "15%-49%"],
            ["A few", "less than 15%"],
        ],
        widths=[60 * mm, 50 * mm],
        header=False,
    ),
    sp(10),
    P(
        "This is a synthetic document created for testing purposes. Craigmoray Primary School and Nursery Class, "
        "Inverbrae Council, the people named and all figures are fictional.",
        SMALL,
    ),
]
build6(
    out,
    s,
    header_left="Craigmoray Primary School and Nursery Class | Inverbrae Council",
    header_right="20 May 2025",
    footer_left="Education Scotland | Inspection letter and Summarised inspection findings",
    page_fmt="| {n}",
    title="Craigmoray Primary School and Nursery Class - Inspection letter and Summarised inspection findings",
    author="Education Scotland",
)
print(out)
