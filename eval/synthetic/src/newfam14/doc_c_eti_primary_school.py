"""An Education and Training Inspectorate (ETI, Northern Ireland) primary inspection report on a controlled primary
school with a nursery unit, in the layout of the ETI's inspection reports under its Inspection and
Self-Evaluation Framework: cover (PRIMARY INSPECTION, school, management type, DE reference, "Report of an
Inspection in November 2025"), contents by section and page, context with the school's data table, views of
parents and staff, focus of the inspection, overall findings (a table with the overall effectiveness conclusion
and the performance levels for outcomes for learners, quality of provision and leadership and management, and
the nursery unit's own), key findings under each heading as bullets, the safeguarding statement, overall
effectiveness with the areas for improvement, and appendices on health and safety and accommodation,
methodology and the inspection team (reporting and district inspectors), and the reporting terms (quantitative
terms, performance levels, overall effectiveness conclusions). The school, the village, the people and all
figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common14 import *

out = out_path("eti-inspections/Drumlarrig-Primary-School-and-Nursery-Unit-County-Tyrone-inspection-November-2025.pdf")

COVER = ParagraphStyle("cover14c", parent=TITLE, fontSize=24, leading=30)
SCHOOL = "Drumlarrig Primary School and Nursery Unit"

AFI = [
    "improve the quality of learning and teaching in key stage 2 so that it is consistently good or better;",
    "raise the standards the children attain in numeracy in key stage 2, particularly in mental mathematics and "
    "problem-solving; and",
    "make more effective use of assessment information to set specific targets for the children who require "
    "additional support with their learning, and to track the progress they make.",
]

s = []
s += [
    P("<b>Education and Training Inspectorate</b>", SUB),
    P("Promoting Improvement", SMALL),
    sp(40),
    Paragraph("PRIMARY INSPECTION", COVER),
    sp(6),
    P(f"<b>{SCHOOL}, Drumlarrig, County Tyrone</b>", SUB),
    P("Controlled, co-educational"),
    P("DE Ref No (201-6342)"),
    sp(10),
    P("<b>Report of an Inspection in November 2025</b>", SUB),
    sp(90),
    P("Providing inspection services for: Department of Education, Department for the Economy and other "
      "commissioning Departments", SMALL),
    P("This is a synthetic report created for testing purposes. Drumlarrig Primary School and Nursery Unit, "
      "its staff and children and all figures in this report are fictional.", SMALL),
    PageBreak(),
    h1("Contents"),
    table(
        [
            ["Section", "Page"],
            ["1. Context", "3"],
            ["2. Views of parents and staff", "3"],
            ["3. Focus of the inspection", "3"],
            ["4. Overall findings of the inspection", "4"],
            ["5. Outcomes for learners", "4"],
            ["6. Quality of provision", "4"],
            ["7. Leadership and management", "5"],
            ["8. Safeguarding", "5"],
            ["9. Overall effectiveness", "5"],
            ["10. Nursery unit", "5"],
            ["Appendix A: Health and safety / Accommodation", "7"],
            ["Appendix B: Inspection methodology and evidence base", "7"],
            ["Appendix C: Reporting terms used by the Education and Training Inspectorate", "7"],
        ],
        widths=[145 * mm, 20 * mm],
    ),
    PageBreak(),
    h1("1. Context"),
    P(f"{SCHOOL} is a controlled primary school on the edge of the village of Drumlarrig, in a rural area of "
      "west Tyrone. Most of the children come from the village and the surrounding townlands. The enrolment "
      "has risen steadily over the last four years, and there is a single-class nursery unit with 26 children "
      "who attend part-time. The current principal took up post in September 2022. The proportion of children "
      "entitled to free school meals and the number of newcomer children have both increased over the same "
      "period."),
    table(
        [
            ["Drumlarrig Primary School", "2022/23", "2023/24", "2024/25", "2025/26"],
            ["Enrolment", "261", "268", "279", "286"],
            ["% School attendance", "95.1%", "94.7%", "94.9%", "N/A"],
            ["FSME Percentage¹", "27.2%", "29.0%", "30.8%", "31.4%"],
            ["No. of children on SEN register", "58", "62", "67", "70"],
            ["% of children on SEN register", "22.2%", "23.1%", "24.0%", "24.5%"],
            ["No. of children with statements of educational needs", "9", "11", "13", "15"],
            ["No. of newcomer children", "12", "14", "17", "19"],
        ],
        widths=[70 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
    ),
    P("¹ The percentage of children entitled to free school meals. Source: data as held by the school. N/A not "
      "available.", SMALL),
    h1("2. Views of parents and staff"),
]
s += bullets([
    "Twenty-nine percent of parents (48) and 19 members of staff responded to the confidential online "
    "questionnaires. Most of the parents' responses were positive; they highlighted the caring and welcoming "
    "ethos of the school and the approachability of the principal and staff.",
    "A minority of the parents raised concerns about how well they are kept informed of their child's progress "
    "in mathematics, and about homework in the upper key stage 2 classes.",
    "The staff responses were almost all positive, and highlighted the supportive working relationships in the "
    "school.",
    "The ETI has shared the issues raised with the principal and a representative of the board of governors.",
])
s += [h1("3. Focus of the inspection")]
s += bullets([
    "The inspection focused on the children's learning, with a particular focus on numeracy, and on the "
    "provision for the children who require additional support with their learning.",
    "The inspection also evaluated the school's arrangements for care, welfare and safeguarding, and its "
    "leadership and management, including two lines of inquiry chosen from the school development plan: "
    "improving outcomes in numeracy through problem-solving, and developing the children's oral language in "
    "the foundation stage.",
])
s += [
    h1("4. Overall findings of the inspection"),
    table(
        [
            ["Overall effectiveness", "Needs to address important areas for improvement"],
            ["Outcomes for learners", "Good"],
            ["Quality of provision", "Important area for improvement"],
            ["Leadership and management", "Good"],
        ],
        widths=[70 * mm, 100 * mm],
        header=False,
    ),
    sp(8),
    h1("5. Outcomes for learners"),
]
s += bullets([
    "The children are well-behaved, courteous and keen to talk about their learning. They work well together "
    "in pairs and small groups, and the older children take on leadership roles as playground buddies and "
    "members of the school council.",
    "In literacy, most of the children attain well. The children in the foundation stage and key stage 1 read "
    "with increasing fluency, and by year 7 most of the children write at length and for a range of purposes.",
    "In numeracy, the children in the foundation stage and key stage 1 develop a good understanding of number. "
    "In key stage 2, however, a significant minority of the children are not attaining in line with their "
    "ability; they lack confidence in applying mental mathematics strategies and in solving problems.",
    "The school's own data shows that in 2024/25, 68% of the year 7 children attained at or above the expected "
    "level in mathematics, compared with 84% in English.",
    "The children who require additional support with their learning make good progress in literacy, in "
    "particular through the school's small-group reading programme, Reading Rockets, which is delivered by "
    "trained classroom assistants.",
    "The newcomer children acquire English quickly and are well integrated into the life of the school.",
])
s += [h1("6. Quality of provision")]
s += bullets([
    "Of the lessons observed, 61% were good or better. In the foundation stage and key stage 1 the quality of "
    "the learning and teaching was mostly very good. In key stage 2, however, almost one-half of the lessons "
    "observed were no better than satisfactory: the tasks set were often the same for all of the children, "
    "and the pace of learning was too slow for the more able children.",
    "In the foundation stage, the children benefit from well-planned play-based learning, including regular "
    "sessions in the school's outdoor classroom, Hazel Hollow, which develop their language and their early "
    "mathematical skills.",
    "The teachers' planning for numeracy in key stage 2 does not yet build progressively on what the children "
    "already know, and the assessment information the school collects is not used well enough to plan the "
    "children's next steps.",
    "The special educational needs co-ordinator (SENCo) identifies the children's needs at an early stage. The "
    "individual education plans, however, contain targets that are too general, and the children's progress "
    "against them is not reviewed often enough.",
    "The quality of the care and welfare is very good. The school's caring ethos is evident throughout, and "
    "the children describe the staff as kind and fair. The school promotes the children's health and "
    "well-being well, including through its daily 'Move and Breathe' mindfulness session.",
])
s += [h1("7. Leadership and management")]
s += bullets([
    "The principal, who was appointed in September 2022, has a clear vision for the school and has "
    "introduced more rigorous self-evaluation. She is supported well by the vice-principal and a committed "
    "staff team.",
    "The school development plan meets the requirements of the School Development Planning Regulations "
    "(Northern Ireland) 2010. The action to improve numeracy in key stage 2, however, has not yet had a "
    "sufficient impact on the quality of the children's learning.",
    "The board of governors is well informed about the work of the school and provides effective support and "
    "challenge to the principal.",
    "The school has strong links with parents and the local community. The parents value the monthly 'Stay "
    "and Learn' mornings, at which they join their children in class.",
])
s += [h1("8. Safeguarding")]
s += bullets([
    "The arrangements for safeguarding children reflect broadly the guidance issued by the Department of "
    "Education. The school needs to:",
])
s += lettered([
    "update its child protection policy to reflect the most recent guidance from the Department of "
    "Education; and",
    "ensure that the board of governors receives a written report on safeguarding and child protection at "
    "each of its meetings.",
])
s += bullets([
    "The children report that they feel safe in school and know whom to talk to if they have any worries "
    "about their safety or well-being.",
])
s += [h1("9. Overall effectiveness")]
s += [
    P(f"{SCHOOL} needs to address important areas for improvement in the interest of all the learners. The "
      "areas for improvement are to:"),
]
s += bullets(AFI)
s += [
    P("The ETI will monitor and report on the school's progress in addressing the areas for improvement. There "
      "will be a formal follow-up inspection in 12 to 18 months."),
    h1("10. Nursery unit"),
    table(
        [
            ["Nursery unit", ""],
            ["Outcomes for learners", "Very good"],
            ["Quality of provision", "Very good"],
            ["Leadership and management", "Good"],
        ],
        widths=[70 * mm, 100 * mm],
    ),
    sp(6),
]
s += bullets([
    "The nursery children settle quickly and happily into the routines of the unit, and most of them sustain "
    "their concentration well in their play.",
    "The staff interact skilfully with the children and extend their language through open questions. The "
    "children's early mathematical development is a strength.",
    "The nursery teacher and the nursery assistant have a good understanding of each child's needs, and the "
    "transition arrangements to year 1 are effective.",
])
s += [
    PageBreak(),
    h1("Appendix A: Health and safety / Accommodation"),
]
s += lettered([
    "Two key stage 2 classes are taught in mobile classrooms that are in poor condition; the school has "
    "reported this to the Education Authority.",
    "The school should review the arrangements for supervising the main entrance at the start and end of the "
    "school day.",
])
s += [
    h1("Appendix B: Inspection methodology and evidence base"),
    P("The ETI's Framework for Inspection and Self-Evaluation (ISEF) is available on the ETI website. The "
      "inspection took place from 10 to 13 November 2025. Inspectors observed 38 lessons and sessions in the "
      "school and the nursery unit, met groups of children from years 3 to 7, scrutinised samples of the "
      "children's work and held meetings with the principal, the vice-principal, the SENCo, the designated "
      "teacher for child protection and the chair and another member of the board of governors."),
    P("The inspection team was led by the reporting inspector, Mrs Aoife Quigley-Baird. The district inspector "
      "for the school, Mr Declan Fearon, was a member of the inspection team, together with one other "
      "inspector and an associate assessor."),
    h1("Appendix C: Reporting terms used by the Education and Training Inspectorate"),
    h3("Quantitative terms"),
    P("In this report, proportions may be described as percentages, common fractions and in more general "
      "quantitative terms. Where more general terms are used, they should be interpreted as follows:"),
    table(
        [
            ["Almost/nearly all", "more than 90%"],
            ["Most", "75%-90%"],
            ["A majority", "50%-74%"],
            ["A significant minority", "30%-49%"],
            ["A minority", "10%-29%"],
            ["Very few/a small number", "less than 10%"],
        ],
        widths=[70 * mm, 100 * mm],
        header=False,
    ),
    h3("Performance levels"),
    P("The ETI uses the following performance levels when reporting on outcomes for learners, quality of "
      "provision and leadership and management: Outstanding; Very good; Good; Important area for improvement; "
      "Requires significant improvement; Urgent improvement required."),
    h3("Overall effectiveness"),
    P("The ETI uses one of the following conclusions: the school has a high level of capacity for sustained "
      "improvement in the interest of all the learners; the school demonstrates the capacity to identify and "
      "bring about improvement in the interest of all the learners; the school needs to address (an) important "
      "area(s) for improvement in the interest of all the learners; the school needs to address urgently the "
      "significant areas for improvement identified in the interest of all the learners."),
    sp(10),
    P("© CROWN COPYRIGHT 2026. This report is synthetic and was not produced by the Education and Training "
      "Inspectorate.", SMALL),
]
build_pages(
    out,
    s,
    header_left=f"{SCHOOL}, County Tyrone",
    header_right="Report of an Inspection in November 2025",
    footer_left="Education and Training Inspectorate",
    page_fmt="{n}",
    title=f"Primary inspection: {SCHOOL}, Drumlarrig, County Tyrone",
    author="Education and Training Inspectorate",
)
print(out)
