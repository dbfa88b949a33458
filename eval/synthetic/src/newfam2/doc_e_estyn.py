import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common import *

out = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/estyn-school-inspections/Inspection_report_Ysgol_Maes_Derwen_2024.pdf"
)
os.makedirs(os.path.dirname(out), exist_ok=True)
s = []
s += [
    P("Estyn", SUB),
    sp(40),
    P("A report on", SUB),
    Paragraph("Ysgol Maes Derwen", TITLE),
    P("Ffordd Conwy<br/>Llandudno<br/>Conwy<br/>LL30 2QR"),
    sp(10),
    P("<b>Date of inspection: March 2024</b>"),
    sp(10),
    P("by"),
    P("Estyn, His Majesty's Inspectorate for Education and Training in Wales"),
    sp(60),
    P("This report is also available in Welsh.", SMALL),
    PageBreak(),
    h1("About Ysgol Maes Derwen"),
    table(
        [
            ["Name of provider", "Ysgol Maes Derwen"],
            ["Local authority", "Conwy County Borough Council"],
            ["Language of the provider", "English"],
            ["Type of school", "Primary"],
            ["Religious character", "*"],
            ["Number of pupils on roll", "286"],
            ["Pupils of statutory school age", "241"],
            ["Number in nursery classes", "32"],
            [
                "Percentage of pupils eligible for free school meals over a three-year average (The national percentage of pupils eligible for free school meals over a three-year average in Primary is 23.0%)",
                "27.4%",
            ],
            [
                "Percentage of pupils identified as having additional learning needs (a) (The national percentage of pupils identified as having an additional learning need in Primary is 10.5%)",
                "14.6%",
            ],
            ["Percentage of pupils who speak Welsh at home", "3.1%"],
            ["Percentage of pupils with English as an additional language", "6.8%"],
            ["Date of headteacher appointment", "01/09/2019"],
            ["Date of previous Estyn inspection (if applicable)", "13/06/2017"],
            ["Start date of inspection", "11/03/2024"],
        ],
        widths=[120 * mm, 50 * mm],
        header=False,
    ),
    sp(6),
    P(
        "Additional information: The school hosts Canolfan Enfys, a learning resource base for up to 12 pupils with complex additional learning needs, on behalf of the local authority. The headteacher, Mrs Catrin Pugh, took up post in September 2019. The inspection began on 11 March 2024.",
        SMALL,
    ),
    P(
        "(a) The term 'additional learning needs' is being used to describe those pupils on the SEN/ALN register of the school.",
        SMALL,
    ),
    h1("Overview"),
    P(
        "Ysgol Maes Derwen is a caring and inclusive school where pupils feel safe and valued. Relationships between staff and pupils are warm and respectful, and pupils behave well in lessons and around the school. The headteacher, supported by a committed staff and an increasingly effective governing body, has created a calm and purposeful learning environment."
    ),
    P(
        "Most pupils, including those with additional learning needs (ALN), make sound progress from their starting points. Many develop strong speaking and listening skills, and older pupils read fluently and with expression. However, more able pupils are not always challenged well enough, particularly in mathematics, and pupils' Welsh language skills are underdeveloped across the school."
    ),
    P(
        "The school has developed an interesting curriculum in line with the Curriculum for Wales, built around termly themes that draw on the local area, such as the history of Llandudno pier and the Great Orme. Provision for pupils in Canolfan Enfys is a particular strength."
    ),
    P(
        "The school's work with families is highly effective. Its 'Camau Bach' family learning programme helps parents to support their children's literacy and numeracy at home. However, attendance remains below pre-pandemic levels, and too many pupils eligible for free school meals are persistently absent."
    ),
    P(
        "Leaders have an accurate overall picture of the school's strengths, but self-evaluation activities focus too much on whether teachers are following agreed approaches rather than on the impact of teaching on pupils' learning."
    ),
    h1("Recommendations"),
    P("R1 Improve pupils' Welsh language skills across the school"),
    P(
        "R2 Ensure that teaching provides appropriate challenge for more able pupils, particularly in mathematics"
    ),
    P(
        "R3 Strengthen self-evaluation and improvement planning so that they focus sharply on the impact of teaching on pupils' learning"
    ),
    P("R4 Improve attendance, particularly the persistent absence of pupils eligible for free school meals"),
    h1("What happens next"),
    P("The school will draw up an action plan to address the recommendations from the inspection."),
    P(
        "Estyn will invite the school to prepare a case study on its work in relation to its 'Camau Bach' family learning programme for dissemination on Estyn's website."
    ),
    h1("Main findings"),
    h2("Learning"),
    P(
        "Most pupils enter the nursery class with skills below those expected for their age, particularly in communication. During their time at the school, most make sound progress. Many pupils develop their speaking and listening skills well. For example, by Year 6, many pupils discuss their ideas confidently and justify their opinions, such as when debating whether the pier should have been built."
    ),
    P(
        "Most pupils make good progress in their reading. The 'Reading Buddies' scheme, which pairs Year 6 pupils with pupils in Year 2 for three sessions a week, has improved the confidence of younger readers. By Year 6, most pupils read a range of texts fluently. Many pupils write well for different purposes."
    ),
    P(
        "Many pupils develop sound number skills, but more able pupils do not make the progress of which they are capable because tasks are too often the same for all pupils. Pupils' Welsh language skills are underdeveloped. Although most pupils respond to simple instructions, few use Welsh confidently outside of Welsh lessons. The school achieved the bronze award of the Siarter Iaith (Welsh Language Charter) in 2023, but progress towards the silver award has been slow."
    ),
    h2("Well-being and attitudes to learning"),
    P(
        "Nearly all pupils feel safe in school and know whom to speak to if they are worried. Pupils behave well and treat each other and adults with respect. The school council and the eco committee, known as 'Criw Gwyrdd', contribute purposefully to school life, for example by introducing a uniform swap shop and reducing food waste at lunchtime by around a third."
    ),
    P(
        "Attendance has improved since the pandemic, but remains below pre-pandemic levels. In 2022-2023, attendance was 91.8%, and the rate of persistent absence was 19.5%. The rate of persistent absence among pupils eligible for free school meals was considerably higher, at 31.2%."
    ),
    h2("Teaching and learning experiences"),
    P(
        "Teachers plan learning experiences that engage pupils well. Teaching assistants support pupils with ALN effectively. In most classes, teachers use questioning skilfully to check pupils' understanding. However, in a minority of classes, teachers do not adapt tasks well enough to provide sufficient challenge for more able pupils. Teachers' feedback helps pupils to improve their work, and older pupils respond to it thoughtfully."
    ),
    P(
        "Provision for pupils' digital skills is a strength. Pupils in Year 5 and Year 6 use coding to control programmable devices and create short films about the local area."
    ),
    h2("Care, support and guidance"),
    P(
        "The school's arrangements for safeguarding pupils meet requirements and are not a cause for concern. The additional learning needs co-ordinator (ALNCo), Mrs Sian Hughes, has implemented the requirements of the Additional Learning Needs and Education Tribunal (Wales) Act 2018 well. Individual development plans are person-centred and are reviewed with pupils and parents."
    ),
    P(
        "Provision in Canolfan Enfys is a particular strength. Staff know pupils' needs extremely well and use sensory approaches and visual timetables highly effectively. Pupils from the resource base join mainstream classes for part of each day where appropriate."
    ),
    P(
        "The 'Camau Bach' family learning programme is highly effective. In 2022-2023, 40 families took part in weekly sessions that help parents to support their children's reading and number skills at home. Staff follow up absence promptly, but the school's work with the local authority's education welfare service has not yet reduced persistent absence significantly."
    ),
    h2("Leadership and management"),
    P(
        "The headteacher, Mrs Catrin Pugh, provides clear and compassionate leadership. She is supported well by the deputy headteacher, Mr Owain Jones. Leaders have established a strong culture of safeguarding and a clear vision based on the school's motto, 'Tyfu gyda'n gilydd' (Growing together)."
    ),
    P(
        "Governors, led by the chair of governors, Mr Dafydd Roberts, are supportive and increasingly challenge leaders. They visit the school regularly and receive helpful reports from leaders. Leaders manage the school's finances carefully and use the pupil development grant appropriately to fund the Camau Bach programme and additional support for literacy."
    ),
    P(
        "Leaders have a broad range of self-evaluation activities, including learning walks and book scrutiny. However, these focus too heavily on compliance with agreed approaches rather than on the impact of teaching on pupils' progress. As a result, priorities in the school development plan do not always address the most important areas for improvement, such as challenge for more able pupils."
    ),
    h1("Evidence base of the report"),
    P(
        "Before an inspection, inspectors invite the school to complete a self-evaluation report, and administer questionnaires to seek the views of parents, pupils and staff. During the inspection, inspectors normally visit a broad sample of lessons, hold meetings with pupils, staff and governors, and scrutinise a range of documentation. The reporting inspector was Mr Gareth Lloyd Evans, supported by a team of three inspectors, including a peer inspector."
    ),
    P("Publication date: 15/05/2024", H3),
    P(
        "© Crown Copyright 2024: This report may be re-used free of charge in any format or medium provided that it is re-used accurately and not used in a misleading context. The copyright in the material must be acknowledged as aforementioned and the title of the report specified.",
        SMALL,
    ),
]
build(
    out,
    s,
    "A report on Ysgol Maes Derwen",
    "March 2024",
    title="A report on Ysgol Maes Derwen",
    author="Estyn",
)
print(out)
