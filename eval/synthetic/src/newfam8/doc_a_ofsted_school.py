import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common8 import *

out = out_path("ofsted-schools/148572_Drellington_Park_Academy_inspection_report_April_2024.pdf")

s = []
s += [
    Paragraph("Inspection of Drellington Park Academy", TITLE),
    P("Coldwell Road, Drellington, Hollinsmere DR7 2LP"),
    sp(4),
    table(
        [
            ["Inspection dates", "12 and 13 March 2024"],
        ],
        widths=[70 * mm, 60 * mm],
        header=False,
    ),
    sp(8),
    table(
        [
            ["Overall effectiveness", "Requires improvement"],
            ["The quality of education", "Requires improvement"],
            ["Behaviour and attitudes", "Requires improvement"],
            ["Personal development", "Good"],
            ["Leadership and management", "Good"],
            ["Sixth-form provision", "Good"],
            ["Previous inspection grade", "Good"],
        ],
        widths=[110 * mm, 55 * mm],
        header=False,
    ),
    sp(6),
    P(
        "The headteacher of this school is Joanne Pellow-Grant. This school is part of Corvane Learning Trust, which "
        "means other people in the trust also have responsibility for running the school. The trust is run by the chief "
        "executive officer (CEO), Dr Miriam Oakenshaw, and overseen by a board of trustees, chaired by Graham "
        "Fothergill-Pryce.",
        SMALL,
    ),
    sp(6),
    h2("What is it like to attend this school?"),
    P(
        "Pupils' experience of school is too variable. Many pupils enjoy their lessons and value the relationships they "
        "have with their teachers. However, pupils told inspectors that learning in some lessons is interrupted by "
        "chatter and silliness, particularly in Years 8 and 9. Some staff tolerate this rather than challenging it. "
        "Around the site, pupils are mostly calm and courteous, and the canteen and corridors are orderly at "
        "changeovers."
    ),
    P(
        "The school has raised its expectations of pupils' behaviour since the current headteacher took up post. Pupils "
        "understand the 'Ready, Respectful, Safe' rules and know what will happen if they break them. Pupils who are "
        "removed from lessons spend time in the 'Reset Room', where they complete the work they have missed and talk "
        "through what went wrong with a member of the pastoral team. Pupils say that bullying does happen "
        "occasionally, but that adults take it seriously and usually sort it out quickly."
    ),
    P(
        "Pupils benefit from a wide range of opportunities beyond the classroom. The 'Park Passport' records each "
        "pupil's participation in more than 40 clubs, trips and volunteering activities, and leaders check who is "
        "missing out. Last year, 71% of pupils took part in at least one club. Pupils are proud of the school's "
        "wheelchair basketball team and of the annual Year 9 production. Sixth-form students are positive role "
        "models. Many train as reading mentors and work with younger pupils each week."
    ),
    h2("What does the school do well and what does it need to do better?"),
    P(
        "The headteacher, who was appointed in September 2022, has tackled long-standing weaknesses with determination. "
        "With effective support from the trust, leaders have introduced a new behaviour policy, rebuilt the pastoral "
        "team and started to broaden the curriculum. Staff appreciate the way leaders have reduced unnecessary marking "
        "and data collection, and 87% of the staff who responded to Ofsted's survey said that they are proud to work "
        "at the school."
    ),
    P(
        "Until recently, key stage 3 lasted for two years and pupils chose their examination options at the end of "
        "Year 8. From September 2023, all pupils in Year 9 now study a full range of subjects, including a modern "
        "foreign language, history, geography, art, music and design and technology. However, pupils currently in key "
        "stage 4 have not benefited from this. Only 23% of pupils in Year 10 study French or Spanish, and in 2023 just "
        "14% of pupils were entered for the English Baccalaureate (EBacc). The school has credible plans to increase "
        "this proportion, but these are at an early stage."
    ),
    P(
        "The school has thought carefully about the important knowledge that pupils should learn in each subject and "
        "the order in which they should learn it. In mathematics and science, teachers present new content clearly and "
        "check routinely that pupils have understood it before moving on. In other subjects, including history, "
        "geography and design and technology, this is not the case. Teachers do not consistently identify pupils' "
        "misconceptions, and pupils move on to new content with gaps in what they know. In these subjects, pupils "
        "struggle to recall what they have learned in previous years."
    ),
    P(
        "The school has made reading a priority. All pupils in Years 7 and 8 take a reading test when they start the "
        "year. In September 2023, this identified 142 pupils whose reading age was at least two years below their "
        "chronological age. These pupils follow the 'Read Up' programme, in which trained teaching assistants teach "
        "small groups four times a week, starting with phonics where needed. Of these pupils, 58 have already caught "
        "up with their peers. All pupils in key stage 3 also read a class novel with their tutor for 20 minutes each "
        "morning."
    ),
    P(
        "The school identifies the needs of pupils with special educational needs and/or disabilities (SEND) "
        "accurately. Each pupil with SEND has a 'pupil profile' that sets out the strategies that help them to learn. "
        "However, teachers do not use these profiles consistently, and in some lessons work is not adapted well "
        "enough. The Harbour, a resource base commissioned by Hollinsmere local authority for 14 autistic pupils, "
        "provides very effective support. Pupils in the Harbour spend most of their day in mainstream lessons, with "
        "skilled staff who help them to manage the school day."
    ),
    P(
        "Attendance is too low. In the autumn term of 2023, overall attendance was 89.4%, and 26.8% of pupils were "
        "persistently absent. For disadvantaged pupils, the rate of persistent absence was 42.1%. The school has "
        "strengthened its attendance team, which now includes two family liaison officers who visit homes and work "
        "with the local authority's early help service. Attendance for pupils in Year 7 has started to improve, but "
        "these actions have not yet led to better attendance across the school."
    ),
    P(
        "Leaders have introduced clear routines and a consistent system of rewards and sanctions. The number of "
        "suspensions, which was high, is falling. In 2022/23 there were 418 suspensions, involving 173 pupils; in the "
        "autumn term of 2023 there were 131. The school made six permanent exclusions in 2022/23. However, not all "
        "staff apply the behaviour policy consistently, and low-level disruption continues to interrupt learning in "
        "some lessons."
    ),
    P(
        "The school's personal development programme is a strength. The 'Life Ready' curriculum, taught in a weekly "
        "lesson, helps pupils to learn about healthy relationships, consent, online safety and managing money. Pupils "
        "learn about different faiths and cultures and are respectful of difference. The 'Park Parliament', the "
        "school's elected student council, has successfully campaigned for more drinking water fountains and a quiet "
        "space at lunchtime. This year, 64 pupils are working towards the Duke of Edinburgh's Award."
    ),
    P(
        "Careers education is well planned. Every pupil in Year 11 has an interview with an independent careers "
        "adviser, and pupils hear from a wide range of employers, colleges and training providers. In 2023, 97% of "
        "Year 11 leavers went on to education, employment or training. The school meets the requirements of the "
        "provider access legislation, which requires schools to give providers of technical education and "
        "apprenticeships opportunities to speak to pupils in Years 8 to 13."
    ),
    P(
        "The sixth form is well led. Students study a broad range of A-level and vocational courses, and teaching in "
        "the sixth form is consistently strong. Students receive helpful advice about their next steps, including "
        "applications to university and degree apprenticeships. In 2023, 92% of students who completed their courses "
        "went on to university, an apprenticeship or employment."
    ),
    P(
        "Trustees and members of the academy council know the school's strengths and weaknesses. They hold leaders to "
        "account effectively and check that the actions leaders take are making a difference. Staff, including those "
        "at the early stages of their careers, feel well supported. Leaders take account of staff's workload and "
        "well-being."
    ),
    h2("Safeguarding"),
    P("The arrangements for safeguarding are effective."),
    h2("What does the school need to do to improve?"),
    P("(Information for the school and appropriate authority)", SMALL),
]
s += bullets(
    [
        "In some subjects, the curriculum is not implemented consistently well. Teachers do not routinely check that "
        "pupils have understood important knowledge before moving on, and some pupils have gaps in what they know. "
        "The school should ensure that teachers in all subjects use assessment effectively to identify and address "
        "pupils' misconceptions.",
        "Too few pupils in key stage 4 study the full range of subjects in the EBacc. The school should continue with "
        "its plans to increase the proportion of pupils who study a modern foreign language in key stage 4, so that "
        "more pupils benefit from a broad and ambitious curriculum.",
        "Too many pupils, particularly disadvantaged pupils, are persistently absent from school. These pupils miss out "
        "on important learning. The school should further strengthen its work with families to ensure that pupils "
        "attend school regularly.",
        "Some staff do not apply the behaviour policy consistently, and low-level disruption interrupts learning in "
        "some lessons. The school should ensure that all staff have high expectations of pupils' behaviour and apply "
        "the policy consistently.",
        "Teachers do not always make effective use of the information they have about pupils with SEND. The school "
        "should ensure that teachers adapt their teaching so that pupils with SEND can learn the curriculum "
        "successfully.",
    ]
)
s += [
    h2("How can I feed back my views?"),
    P(
        "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other "
        "parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, "
        "when to inspect them and as part of their inspection."
    ),
    P(
        "The Department for Education has further guidance on how to complain about a school. If you are the school "
        "and you are not happy with the inspection or the report, you can complain to Ofsted."
    ),
    h2("Further information"),
    P(
        "You can search for published performance information about the school. In the report, 'disadvantaged pupils' "
        "refers to those pupils who attract government pupil premium funding: pupils claiming free school meals at any "
        "point in the last six years and pupils in care or who left care through adoption or another formal route."
    ),
    PageBreak(),
    h2("School details"),
    table(
        [
            ["Unique reference number", "148572"],
            ["Local authority", "Hollinsmere"],
            ["Inspection number", "10290417"],
            ["Type of school", "Secondary comprehensive"],
            ["School category", "Academy converter"],
            ["Age range of pupils", "11 to 18"],
            ["Gender of pupils", "Mixed"],
            ["Gender of pupils in sixth-form provision", "Mixed"],
            ["Number of pupils on the school roll", "1,184"],
            ["Of which, number on roll in the sixth form", "196"],
            ["Appropriate authority", "Board of trustees"],
            ["Chair of trust", "Graham Fothergill-Pryce"],
            ["CEO of the trust", "Dr Miriam Oakenshaw"],
            ["Headteacher", "Joanne Pellow-Grant"],
            ["Website", "www.drellingtonpark.example.sch.uk"],
            ["Dates of previous inspection", "Not previously inspected as an academy"],
        ],
        widths=[85 * mm, 80 * mm],
        header=False,
    ),
    h2("Information about this school"),
]
s += bullets(
    [
        "Drellington Park Academy converted to become an academy school in September 2021. When its predecessor "
        "school, Drellington Park School, was last inspected by Ofsted in October 2017, it was judged to be good "
        "overall.",
        "The school is one of nine schools in Corvane Learning Trust. The headteacher took up post in September 2022.",
        "The proportion of disadvantaged pupils, at 38%, is above the national average. The proportion of pupils with "
        "an education, health and care plan is also above average.",
        "The school hosts the Harbour, a specially resourced provision for 14 pupils with autism spectrum disorder, "
        "commissioned by the local authority.",
        "The school uses two registered alternative providers: Brookfold Learning Centre and The Anvil Project.",
        "The school meets the requirements of the provider access legislation.",
    ]
)
s += [
    h2("Information about this inspection"),
    P(
        "The inspectors carried out this graded inspection under section 5 of the Education Act 2005."
    ),
]
s += bullets(
    [
        "This was the first routine inspection the school received since the COVID-19 pandemic began. Inspectors "
        "discussed the impact of the pandemic with leaders and have taken that into account in their evaluation of "
        "the school.",
        "Inspectors met the headteacher, other senior leaders, the special educational needs coordinator, the "
        "designated safeguarding lead and groups of staff. The lead inspector met the CEO of the trust, the chair of "
        "trustees and four members of the academy council.",
        "Inspectors carried out deep dives in these subjects: English, mathematics, science, history, modern foreign "
        "languages and design and technology. For each deep dive, inspectors held discussions about the curriculum, "
        "visited a sample of lessons, spoke to teachers, spoke to some pupils about their learning and looked at "
        "samples of pupils' work. Inspectors also listened to pupils in Years 7 and 8 read to a familiar adult.",
        "Inspectors reviewed the school's records of behaviour, suspensions, attendance and bullying, and visited the "
        "Reset Room and the Harbour.",
        "To inspect safeguarding, inspectors reviewed the single central record, spoke to pupils, staff and leaders, "
        "and looked at a sample of case files.",
        "Inspectors considered the 214 responses to Ofsted Parent View, including 187 free-text comments. They also "
        "considered the 96 responses to the staff survey and the 318 responses to the pupil survey.",
    ]
)
s += [
    h2("Inspection team"),
    table(
        [
            ["Gideon Harcastle, lead inspector", "His Majesty's Inspector"],
            ["Rosalind Achebe-Thorne", "Ofsted Inspector"],
            ["Martin Quaife", "His Majesty's Inspector"],
            ["Yasmin Dellow", "Ofsted Inspector"],
        ],
        widths=[85 * mm, 80 * mm],
        header=False,
    ),
    sp(10),
    P(
        "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to "
        "achieve excellence in the care of children and young people, and in education and skills for learners of all "
        "ages. This is a synthetic report created for testing purposes: Drellington Park Academy, Corvane Learning "
        "Trust, Hollinsmere, the people named and all figures are fictional.",
        SMALL,
    ),
    P("Published: 24 April 2024. © Crown copyright 2024", SMALL),
]
build8(
    out,
    s,
    footer_left="Inspection report: Drellington Park Academy 12 and 13 March 2024",
    page_fmt="Page {n} of 5",
    title="Inspection of Drellington Park Academy - 12 and 13 March 2024",
    author="Ofsted",
)
print(out)
