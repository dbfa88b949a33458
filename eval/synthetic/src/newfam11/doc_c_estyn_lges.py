"""An Estyn inspection of local government education services (LGES) in a Welsh council: about the local
authority, summary, recommendations R1 to R4, what happens next, main findings under the three inspection areas
(outcomes, education services, leadership and management; no grades under the 2022 framework), the local inquiry,
the evidence base with the inspection team, and the copyright statement. The council, schools, people and all
figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common11 import *

out = out_path("estyn-lges/Inspection_report_Cwmderwen_County_Borough_Council_education_services_2026.pdf")

COVER = ParagraphStyle("cover", parent=TITLE, fontSize=22, leading=28)

s = []
s += [
    P("<b>Estyn</b>", SUB),
    P("His Majesty's Inspectorate for Education and Training in Wales", SMALL),
    sp(40),
    Paragraph("A report on", SUB),
    Paragraph("Education services in Cwmderwen County Borough Council", COVER),
    sp(10),
    P("Civic Centre, Heol y Dderwen, Cwmderwen, CF49 3TW"),
    sp(14),
    P("<b>Date of inspection: June 2026</b>"),
    sp(10),
    P("by", SMALL),
    P("Estyn, His Majesty's Inspectorate for Education and Training in Wales"),
    sp(60),
    P(
        "This is a synthetic report created for testing purposes. Cwmderwen County Borough Council, its schools, "
        "the people named and all figures are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("About Education Services in Cwmderwen County Borough Council"),
    P(
        "Cwmderwen County Borough Council is in south Wales. It has a population of about 118,400, around 19,700 "
        "of whom are aged 3 to 18. The main towns are Cwmderwen, Pontyrhos and Abercorran. Over the three years "
        "to 2025, 24.6% of pupils aged 5 to 15 were eligible for free school meals, which is above the Wales "
        "average of 21.9%. Around 12% of residents aged three and over say that they can speak Welsh."
    ),
    P(
        "The local authority maintains 52 schools: 42 primary schools, six secondary schools, two all-age schools "
        "for pupils aged 3 to 16, one special school and one pupil referral unit. Eleven of the primary schools "
        "and one secondary school, Ysgol Gyfun Gymraeg Bro Derwen, are Welsh-medium schools."
    ),
    P(
        "The council's chief executive, Huw Tremaine, took up his post in 2021. The Director of Education and "
        "Lifelong Learning, Dr Gwenllian Prosser-Hale, was appointed in April 2024. The Cabinet Member for "
        "Education and the Welsh Language is Councillor Nia Rhydderch-Ellis. Until March 2025, the council's "
        "school improvement services were provided by a regional consortium, the Central Valleys Education "
        "Partnership. Since April 2025, the local authority has provided these services itself, through its own "
        "school improvement team."
    ),
    P(
        "Estyn last inspected education services in Cwmderwen in 2018. At the time of this inspection, two "
        "primary schools were in special measures and one secondary school, Ysgol Uwchradd Pontyrhos, required "
        "significant improvement."
    ),
    P(
        "The local authority's net budget for education for 2026-2027 is £142.6 million. The local authority "
        "delegates 83.1% of its gross schools budget to schools."
    ),
    h1("Summary"),
    P(
        "Officers and elected members in Cwmderwen share a clear ambition for the county borough's children and "
        "young people. Senior leaders have managed the move away from the regional consortium well, and most "
        "headteachers told inspectors that the local authority's new school improvement team knows their "
        "schools better than before. The local authority's support for schools causing concern is "
        "increasingly effective, and it has acted decisively when schools have not improved quickly enough."
    ),
    P(
        "The local authority has strong arrangements for supporting learners who are not in school and for "
        "young people who are at risk of becoming not in education, employment or training. Its youth service "
        "and its community focused schools work well with families in the most disadvantaged areas."
    ),
    P(
        "However, attendance in secondary schools, particularly of pupils eligible for free school meals, "
        "remains too low and has not improved quickly enough since the pandemic. The local authority does not "
        "issue the individual development plans that it is responsible for quickly enough, and progress towards "
        "the targets in its Welsh in Education Strategic Plan is slow."
    ),
    P(
        "Leaders' evaluation of the local authority's services is too often descriptive. It does not focus "
        "closely enough on the impact of services on learners, and, as a result, improvement plans do not always "
        "target the most important priorities."
    ),
    h1("Recommendations"),
]
recs = [
    "Improve attendance, particularly in secondary schools and among pupils eligible for free school meals",
    "Strengthen self-evaluation so that it focuses on the impact of education services on learners, and use "
    "the findings to sharpen improvement planning",
    "Improve the timeliness of the individual development plans that the local authority maintains",
    "Accelerate progress towards the targets in the Welsh in Education Strategic Plan",
]
s += [Paragraph(esc(t), NUM, bulletText=f"R{n}") for n, t in enumerate(recs, 1)]
s += [
    h1("What happens next"),
    P(
        "The local authority will update its plans to address the recommendations from this inspection. It will "
        "share its plans with Estyn within three months of the publication of the report. Estyn will review the "
        "local authority's progress as part of its ongoing link inspector work."
    ),
    P(
        "Estyn will invite the local authority to prepare a case study on its work to develop community focused "
        "schools, which has been identified as effective practice during the inspection, for dissemination on "
        "Estyn's website."
    ),
    h1("Main findings"),
    h2("Outcomes"),
    P(
        "There is no national data on learners' outcomes in primary schools, and there are limitations on "
        "comparing the outcomes of secondary school learners over time because of the changes to qualifications "
        "and to the way in which performance data is published. Inspectors therefore drew on the findings of "
        "Estyn's school inspections, on the local authority's own information and on the limited national data "
        "that is available."
    ),
    P(
        "Over the last three years, Estyn has inspected 19 schools in Cwmderwen. In most primary schools, "
        "learners make secure progress in their literacy and numeracy skills. In around half of the secondary "
        "schools inspected, learners' progress was weaker, and in particular the progress of learners eligible "
        "for free school meals."
    ),
    P(
        "Attendance has not recovered well since the pandemic. In 2024-2025, attendance in secondary schools was "
        "88.1%, below the Wales average of 89.3%, and the attendance of pupils eligible for free school meals in "
        "secondary schools was 82.4%. Almost a third (31.2%) of secondary pupils were persistently absent, "
        "missing at least 10% of their sessions. Attendance in primary schools was 92.8%, close to the Wales "
        "average."
    ),
    P(
        "The rate of fixed-term exclusions of five days or fewer in secondary schools rose from 74.5 per 1,000 "
        "pupils in 2021-2022 to 96.2 per 1,000 pupils in 2023-2024. The local authority has recently begun to "
        "work with secondary schools on alternatives to exclusion, but it is too early to see the impact."
    ),
    P(
        "The proportion of Year 11 school leavers who are not in education, employment or training has fallen "
        "from 3.4% in 2019 to 1.9% in 2025, although this remains above the Wales average of 1.6%."
    ),
    P(
        "In 2025, 17.2% of Year 1 learners were taught through the medium of Welsh. This is only slightly higher "
        "than in 2022, when the figure was 16.4%, and the local authority is not on track to meet the target in "
        "its Welsh in Education Strategic Plan (WESP) of 23% by 2032."
    ),
    h2("Education services"),
    h3("Support for school improvement"),
    P(
        "Since April 2025, the local authority's school improvement team, made up of 14 school improvement "
        "advisers led by a principal officer, has provided support and challenge to schools. Advisers know their "
        "schools well. Most headteachers value the regular, focused conversations that they have with their "
        "adviser about their school's priorities and about the quality of teaching and learning."
    ),
    P(
        "The local authority has strengthened its arrangements for schools causing concern. It uses its "
        "statutory powers appropriately, and in 2025 it issued a warning notice to the governing body of one "
        "primary school and appointed additional governors. The two primary schools in special measures are "
        "making suitable progress, according to Estyn's monitoring visits."
    ),
    P(
        "Professional learning for school leaders and teachers is well planned and takes good account of the "
        "priorities of the Curriculum for Wales. The local authority's leadership programme for middle leaders "
        "has been completed by 96 teachers since September 2024."
    ),
    h3("Support for learners with additional learning needs and vulnerable learners"),
    P(
        "The local authority has implemented the additional learning needs (ALN) reforms with suitable "
        "urgency, and schools value the training and advice that the ALN team provides. However, the local "
        "authority does not issue the individual development plans (IDPs) that it maintains quickly enough. In "
        "2025-2026, only 46% of IDPs maintained by the local authority were issued within the statutory 12 "
        "weeks. Parents told inspectors that delays had caused them considerable stress."
    ),
    P(
        "The number of learners who are electively home educated has increased significantly. In January 2026, "
        "604 learners were known to be electively home educated, compared with 371 in January 2022. The local "
        "authority has increased the capacity of its elective home education team and offers all families a "
        "visit, but it does not yet analyse the reasons why families choose to educate their children at home."
    ),
    P(
        "The local authority's support for young people at risk of becoming not in education, employment or "
        "training is strong. Youth workers, careers advisers and school staff work together well to identify "
        "young people at risk early and to put support in place."
    ),
    P(
        "The pupil referral unit, Canolfan Dysgu Derwen, provides a caring environment. However, too many "
        "pupils stay at the unit for long periods: in January 2026, 23 of the 58 pupils on roll had attended "
        "the unit for more than a year."
    ),
    h3("Other education support services"),
    P(
        "The local authority's community focused schools programme is a particular strength. Eighteen schools "
        "now employ a family engagement officer, funded jointly by the school and the local authority, and "
        "schools run food, clothing and adult learning projects with community organisations. Estyn has "
        "identified this work as effective practice."
    ),
    P(
        "The Cwmderwen Youth Service runs 12 open-access youth clubs as well as detached youth work and "
        "targeted support in secondary schools. In 2025, 2,340 young people took part in youth service "
        "activities."
    ),
    P(
        "The local authority has a clear plan for school places through the Sustainable Communities for "
        "Learning programme. A new Welsh-medium primary school, Ysgol Gymraeg Nant yr Hydd, is due to open in "
        "Pontyrhos in September 2027, with places for 315 pupils and a nursery."
    ),
    h3("Safeguarding"),
    P(
        "The local authority's arrangements for safeguarding meet requirements and are not a cause for concern. "
        "Officers work closely with children's services and with the police, and the local authority monitors "
        "schools' safeguarding arrangements through an annual audit."
    ),
    h2("Leadership and management"),
    P(
        "The Director of Education and Lifelong Learning provides clear and purposeful leadership. She has "
        "established a culture of openness and a strong sense of shared purpose among officers. Senior leaders "
        "and elected members have prioritised education in the council's corporate plan and have protected the "
        "education budget in difficult financial circumstances."
    ),
    P(
        "The Cabinet Member for Education and the Welsh Language has a good understanding of the strengths and "
        "areas for improvement in the county borough's schools. The Education Scrutiny Committee challenges "
        "officers appropriately, for example on exclusions and on the timeliness of IDPs, although members "
        "receive limited information about the impact of the local authority's work."
    ),
    P(
        "Self-evaluation is not sufficiently focused on the impact of the local authority's services. Service "
        "plans describe activities and count what has been done, such as the number of visits or training "
        "sessions, rather than evaluating the difference that services make for learners. As a result, the "
        "local authority's improvement plans do not always focus on the most important priorities. For example, "
        "the education directorate's self-evaluation did not identify the delays in issuing IDPs as a "
        "significant weakness."
    ),
    P(
        "The local authority has a well-established and appropriate approach to professional learning for its "
        "own officers. Officers value the opportunities that they have to develop their skills."
    ),
    P(
        "The local authority manages its resources carefully. It has taken difficult decisions, such as "
        "reducing the number of surplus places by closing two small rural primary schools, and has consulted "
        "well with communities about these decisions. The number of schools in deficit has fallen from 11 in "
        "2023 to six in 2026."
    ),
    h1("Evidence base of the report"),
    P(
        "The inspection took place in the week beginning 8 June 2026. Before the inspection, inspectors "
        "considered the local authority's self-evaluation report and its improvement plans, and considered the "
        "views of 214 respondents to Estyn's surveys of school staff, parents, learners and partners."
    ),
    P(
        "During the inspection, inspectors met with the Chief Executive, the Director of Education and Lifelong "
        "Learning, the Cabinet Member for Education and the Welsh Language, the chair of the Education Scrutiny "
        "Committee, officers, headteachers, governors, learners and representatives of partner organisations. "
        "They scrutinised a wide range of documents, including minutes of meetings, reports to scrutiny and "
        "Cabinet, and records of the local authority's work with schools."
    ),
    P(
        "As part of this inspection, inspectors carried out a local inquiry into the local authority's work to "
        "improve the attendance of secondary school pupils eligible for free school meals."
    ),
    h2("The inspection team"),
    kv(
        [
            ["Meinir Jenkins-Howell", "Reporting Inspector"],
            ["Gareth Probert-Lloyd", "Team Inspector"],
            ["Catrin Elwyn-Davies", "Team Inspector"],
            ["Rhodri Mathias", "Peer Inspector"],
            ["Lisa Pendry", "Local authority nominee"],
        ]
    ),
    h1("Copyright"),
    P(
        "The purpose of Estyn is to inspect quality and standards in education and training in Wales. This "
        "document is also available in Welsh. The report was produced in accordance with "
        "section 38 of the Education Act 1997, the Children Act 2004 and the Learning and Skills Act 2000. Every "
        "possible care has been taken to ensure that the information in this document is accurate at the time "
        "of going to press.",
        SMALL,
    ),
    P(
        "© Crown Copyright 2026: This report may be re used free of charge in any format or medium provided that "
        "it is re used accurately and not used in a misleading context. The material must be acknowledged as "
        "Crown copyright and the title of the document/publication specified.",
        SMALL,
    ),
    P("Publication date: 14/08/2026", SMALL),
]
build9(
    out,
    s,
    header_left="A report on Cwmderwen County Borough Council",
    header_right="June 2026",
    page_fmt="{n}",
    title="A report on Education services in Cwmderwen County Borough Council - June 2026",
    author="Estyn",
)
print(out)
