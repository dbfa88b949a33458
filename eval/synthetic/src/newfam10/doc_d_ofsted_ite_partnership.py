"""Ofsted initial teacher education (ITE) inspection of a school-centred (SCITT) partnership: judgements by age
phase (primary, secondary), phase reports with "what does the ITE provider need to do to improve", provider
details, inspection team and the partner schools visited. Fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common10 import *

out = out_path("ofsted-ite/70231_Cressley_Vale_SCITT_ITE_inspection_report_January_2025.pdf")

G, RI, O = "Good", "Requires improvement", "Outstanding"

s = []
s += [
    P("<b>Ofsted</b>", SUB),
    Paragraph("Cressley Vale SCITT", TITLE),
    P("Initial teacher education (ITE) inspection report", SUB),
    P("Cressley Park Academy, Moorgate Road, Cressley CR5 3LT"),
    kv(
        [
            ["Inspection dates", "20 to 23 January 2025"],
            ["Unique reference number", "70231"],
            ["Inspection number", "10342817"],
        ]
    ),
    sp(6),
    P(
        "This inspection was carried out by His Majesty's Inspectors (HMI) and Ofsted Inspectors (OIs) in "
        "accordance with the initial teacher education (ITE) inspection framework and handbook. This framework sets "
        "out the statutory basis for ITE inspections in England."
    ),
    h2("Inspection judgements"),
    table(
        [
            ["", "Primary age-phase", "Secondary age-phase"],
            ["Overall effectiveness", G, RI],
            ["The quality of education and training", G, RI],
            ["Leadership and management", G, RI],
            ["Previous inspection grade(s)", O, O],
        ],
        widths=[70 * mm, 50 * mm, 50 * mm],
    ),
    h1("What is it like to be a trainee at this ITE partnership?"),
    P(
        "Trainees at Cressley Vale SCITT feel part of a close-knit community of teachers. They value the care that "
        "staff at the SCITT and in partner schools take to get to know them. Trainees say that they are treated "
        "as colleagues in their placement schools, and many go on to work in schools within the partnership. Of "
        "the 58 trainees who completed the course in 2023/24, 41 are now teaching in schools in Cressley and the "
        "surrounding area."
    ),
    P(
        "Primary trainees benefit from a well-designed curriculum that prepares them well for teaching in "
        "primary schools. They become confident in teaching early reading and mathematics. In the secondary phase, "
        "the quality of trainees' experience depends too much on their subject and on their placement school. "
        "Some secondary trainees do not receive the subject-specific training they need to teach their subject "
        "well."
    ),
    P(
        "Leaders have thought carefully about trainees' workload and well-being. They have reduced the number of "
        "written lesson plans that trainees must submit, and trainees can speak to a well-being lead, who is "
        "independent of their placement school, at any time. Trainees learn how to manage pupils' behaviour "
        "and feel well supported when they face challenging situations in the classroom."
    ),
    h2("Information about this ITE partnership"),
]
s += bullets(
    [
        "Cressley Vale SCITT became an accredited provider of ITE in 2013. Its lead school is Cressley Park "
        "Academy, which is part of the Vale Learning Trust.",
        "The partnership offers school-centred routes to qualified teacher status (QTS) in the primary (ages 5 to "
        "11) and secondary (ages 11 to 16) phases. Trainees can also gain a postgraduate certificate in "
        "education (PGCE), which is validated by the University of Annerby.",
        "Trainees follow either a fee-funded route or a salaried route. The partnership also offers a "
        "postgraduate teaching apprenticeship in the primary phase.",
        "The SCITT director is Harriet Oyelaran-Booth, who took up the post in September 2022.",
    ]
)
s += [h2("Information about the primary partnership")]
s += bullets(
    [
        "At the time of the inspection, there were 38 trainees in the primary phase: 24 on the fee-funded route, "
        "9 on the salaried route and 5 postgraduate teaching apprentices.",
        "The primary partnership includes 27 schools in Cressley, Annerby and the Holme Valley, including one "
        "special school.",
    ]
)
s += [h2("Information about the secondary partnership")]
s += bullets(
    [
        "At the time of the inspection, there were 26 trainees in the secondary phase, training in six subjects: "
        "English, mathematics, biology, chemistry, history and modern foreign languages.",
        "The secondary partnership includes 14 schools, all of them in Cressley and Annerby.",
    ]
)
s += [h2("Information about this inspection")]
s += bullets(
    [
        "Inspectors carried out focused reviews in early reading, early mathematics, geography and music in the "
        "primary phase, and in English, mathematics, history and modern foreign languages in the secondary "
        "phase. As part of the focused reviews, inspectors visited nine partner schools.",
        "Inspectors spoke with 31 trainees and with 8 early career teachers (ECTs) who had trained with the "
        "partnership. They met mentors, subject and phase leads, headteachers of partner schools, the SCITT "
        "director and members of the SCITT's strategic board.",
        "Inspectors looked at the partnership's curriculum plans, its records of trainees' progress, its quality "
        "assurance, and its mentor training materials. They considered 29 responses to Ofsted's online survey for "
        "trainees and 44 responses to the survey for staff.",
    ]
)
s += [
    h1("Primary phase report"),
    h2("What does the ITE provider need to do to improve the primary phase?"),
    P("[Information for the provider and appropriate authority]"),
]
s += bullets(
    [
        "In the foundation subjects, particularly music, the curriculum does not set out precisely enough what "
        "trainees need to know about teaching the subject. As a result, some trainees are not secure in how to "
        "build pupils' knowledge in these subjects over time. Leaders should ensure that the curriculum for the "
        "foundation subjects identifies the subject-specific content that trainees need to learn.",
        "Mentors do not always check how well trainees are applying what they have learned in central training "
        "about adaptive teaching for pupils with special educational needs and/or disabilities (SEND). Leaders "
        "should ensure that mentors' feedback to trainees makes clear links to this training.",
    ]
)
s += [
    h2("Primary phase"),
    P(
        "Leaders have designed an ambitious primary curriculum that builds on the core content framework. They "
        "have identified the knowledge that trainees need to become effective teachers, and trainees revisit "
        "important ideas, such as how pupils learn, throughout the year."
    ),
    P(
        "The teaching of early reading is a strength. Trainees learn about systematic synthetic phonics in their "
        "first week, and all primary trainees observe phonics teaching in a Reception class in the first three "
        "weeks of the course. They practise teaching phonics to small groups before teaching whole classes. By "
        "the spring term, trainees are confident in helping pupils at the early stages of reading who need extra "
        "support to keep up."
    ),
    P(
        "Trainees learn how to teach mathematics well. Central training on the use of concrete resources and "
        "pictorial representations is closely linked to what trainees see in their placement schools. Trainees "
        "spend two days at Brookside Special School, where they learn about adapting their teaching for pupils "
        "with complex needs."
    ),
    P(
        "Primary mentors are well trained. Almost all primary mentors have completed the partnership's mentor "
        "training, and they give trainees precise, helpful feedback. Leaders check the quality of mentoring "
        "regularly through joint observations."
    ),
    h1("Secondary phase report"),
    h2("What does the ITE provider need to do to improve the secondary phase?"),
    P("[Information for the provider and appropriate authority]"),
]
s += bullets(
    [
        "The subject-specific curriculum in mathematics and modern foreign languages is not well sequenced. "
        "Trainees in these subjects are not taught the subject knowledge and subject-specific pedagogy they need "
        "in a logical order. Leaders should ensure that the curriculum in every secondary subject sets out "
        "clearly what trainees need to learn and when.",
        "Not all secondary mentors have completed the mentor training required by the partnership. As a result, "
        "the quality of mentoring varies too much between schools and subjects. Leaders should ensure that all "
        "mentors complete the required training and that they give trainees subject-specific feedback.",
        "Leaders' quality assurance of the secondary phase does not identify the inconsistencies in the "
        "training that trainees receive. Leaders should strengthen their quality assurance so that they know "
        "where training is weaker and can act quickly to improve it.",
    ]
)
s += [
    h2("Secondary phase"),
    P(
        "The secondary curriculum is well designed in English and history. In these subjects, trainees learn "
        "how to teach important concepts, such as the analysis of unseen poetry and the use of historical "
        "sources, and subject leads make sure that central training and placement experiences complement each "
        "other."
    ),
    P(
        "In mathematics and modern foreign languages, however, the sequencing of the subject curriculum is "
        "weaker. For example, trainees in modern foreign languages are taught about assessing pupils' spoken "
        "language before they have learned how to teach pronunciation and phonics in the target language. Some "
        "trainees in these subjects rely heavily on their mentors to fill gaps in their knowledge."
    ),
    P(
        "The quality of mentoring varies considerably. The partnership requires all new mentors to complete 20 "
        "hours of initial mentor training through its 'Core Mentor Programme'. However, only 19 of the 31 "
        "secondary mentors had completed this training at the time of the inspection. Some mentors' feedback "
        "focuses on generic teaching strategies rather than on how to teach the subject."
    ),
    P(
        "Secondary trainees learn too little about adapting their teaching for pupils with SEND. Central "
        "training on this is limited to a single three-hour session, and trainees do not have the opportunity "
        "to see specialist provision. Several trainees told inspectors that they did not feel prepared to "
        "support pupils with SEND in their classes."
    ),
    P(
        "Leaders have not identified these weaknesses quickly enough. The strategic board receives reports on "
        "trainees' final assessments, but not on the quality of the training in each subject. Leaders' visits "
        "to placement schools focus on trainees' well-being and have not checked whether mentors are delivering "
        "the training that the curriculum sets out."
    ),
    h1("ITE partnership details"),
    kv(
        [
            ["Unique reference number", "70231"],
            ["Inspection number", "10342817"],
            ["Type of ITE partnership", "School-centred initial teacher training (SCITT)"],
            ["Phases provided", "Primary, secondary"],
            ["Date of previous inspection", "12 June 2017"],
            ["Inspection dates", "20 to 23 January 2025"],
            ["SCITT director", "Harriet Oyelaran-Booth"],
            ["Chair of the strategic board", "Professor Colin Maddox"],
            ["Lead school", "Cressley Park Academy (Vale Learning Trust)"],
            ["Provider address", "Cressley Park Academy, Moorgate Road, Cressley CR5 3LT"],
        ]
    ),
    h2("Inspection team"),
    kv(
        [
            ["Ruth Abernethy-Kaur", "His Majesty's Inspector, overall lead inspector"],
            ["Simon Dalgleish", "His Majesty's Inspector, phase lead inspector (primary)"],
            ["Nadia Ferreira-Holt", "His Majesty's Inspector, phase lead inspector (secondary)"],
            ["Thomas Ashworth", "Ofsted Inspector"],
            ["Claire Benedetto", "Ofsted Inspector"],
        ]
    ),
    h2("Annex: Placement schools"),
    P(
        "Inspectors visited the following schools as part of this inspection because trainees were on placement "
        "there, or had been on placement there, during the inspection."
    ),
    table(
        [
            ["Name", "URN", "ITE phase(s)"],
            ["Cressley Park Academy", "139842", "Secondary"],
            ["St Aidan's CofE Primary School", "107611", "Primary"],
            ["Holme Bridge Primary School", "143027", "Primary"],
            ["Annerby Grammar School", "136950", "Secondary"],
            ["Moorgate Infant School", "107588", "Primary"],
            ["Brookside Special School", "108014", "Primary"],
            ["Kirkby Lane Academy", "141263", "Secondary"],
            ["Annerby West Primary Academy", "145519", "Primary"],
            ["Holme Valley High School", "107724", "Secondary"],
        ],
        widths=[90 * mm, 35 * mm, 45 * mm],
    ),
    sp(8),
    P(
        "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to "
        "achieve excellence in the care of children and young people, and in education and skills for learners of "
        "all ages. © Crown copyright 2025",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Cressley Vale SCITT",
    header_right="ITE inspection report",
    footer_left="Initial teacher education inspection report: Cressley Vale SCITT, 20 to 23 January 2025",
    page_fmt="{n}",
    title="Cressley Vale SCITT - initial teacher education inspection report - January 2025",
    author="Ofsted",
)
print(out)
