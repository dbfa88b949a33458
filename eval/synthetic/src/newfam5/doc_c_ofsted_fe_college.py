import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common5 import *

out = out_path("ofsted-further-education/130712_Alnmere_College_full_inspection_report_May_2024.pdf")

s = []
s += [
    P("Ofsted", SUB),
    sp(10),
    Paragraph("Inspection of Alnmere College", TITLE),
    P("Inspection dates: 14 to 17 May 2024"),
    sp(6),
    table(
        [
            ["Overall effectiveness", "Requires improvement"],
            ["The quality of education", "Requires improvement"],
            ["Behaviour and attitudes", "Good"],
            ["Personal development", "Good"],
            ["Leadership and management", "Requires improvement"],
            ["Education programmes for young people", "Good"],
            ["Adult learning programmes", "Good"],
            ["Apprenticeships", "Inadequate"],
            ["Provision for learners with high needs", "Outstanding"],
            ["Overall effectiveness at previous inspection", "Good"],
            ["Contribution to meeting skills needs", "Reasonable"],
        ],
        widths=[110 * mm, 60 * mm],
        header=False,
    ),
    sp(8),
    h2("Information about this provider"),
    P(
        "Alnmere College is a general further education college with two main sites: the Saltmarsh Lane campus in the "
        "centre of Alnmere and the Westhope Centre, five miles north of the town, which houses provision for learners "
        "with high needs and the Offshore Energy Skills Centre. At the time of the inspection there were 2,874 learners "
        "aged 16 to 18 on education programmes for young people, of whom 142 were studying T levels in digital, health "
        "and onsite construction. There were 1,938 adult learners, most of whom were studying English for speakers of "
        "other languages (ESOL), access to higher education diplomas and vocational courses. There were 611 apprentices "
        "on 23 apprenticeship standards, most in engineering, business administration and adult care. The college "
        "received high-needs funding for 93 learners."
    ),
    P(
        "The college works with two subcontractors, Coastline Training Ltd and Kestrel Sports Academy, which together "
        "teach around 140 learners."
    ),
    h2("What is it like to be a learner with this provider?"),
    P(
        "Learners on education programmes for young people and adult learners enjoy their studies and value the "
        "supportive relationships they have with their teachers. They behave well in lessons and around the college's "
        "sites. Learners feel safe, and they know how to report concerns. They wear their lanyards and treat each other "
        "and staff with respect."
    ),
    P(
        "Learners with high needs thrive at the Westhope Centre. They follow highly personalised programmes that prepare "
        "them very well for independent living and work. Through the Pathways to Independence programme, learners learn "
        "to travel independently, manage money and cook for themselves. Supported interns on the college's programme with "
        "Alnmere General Hospital gain valuable experience of work; of the 11 interns in 2022/23, eight secured paid "
        "employment."
    ),
    P(
        "Too many apprentices do not have a good experience. Many are not given their entitlement to off-the-job "
        "training, and around 39% of apprentices have passed their planned end date. Apprentices in engineering told "
        "inspectors that they had gone for months without seeing their assessor. As a result, too many apprentices make "
        "slow progress and leave without achieving their qualification."
    ),
    P(
        "Learners aged 16 to 18 take part in a wide range of enrichment activities through the Alnmere Passport, "
        "including sports teams, volunteering and the college's debating society. Almost all learners on study programmes "
        "complete meaningful work experience through the Alnmere Works placement scheme."
    ),
    h2("Contribution to meeting skills needs"),
    P(
        "The college makes a reasonable contribution to meeting skills needs. Leaders and governors work closely with "
        "the Alnmere and Coast Chamber of Commerce, which leads the Local Skills Improvement Plan, and with the local "
        "authority. They have used this information well to develop their curriculum for young people and adults. For "
        "example, leaders opened the £4.2 million Offshore Energy Skills Centre in September 2023 in response to the "
        "needs of wind farm operators, and they run Skills Bootcamps in welding and HGV driving with local employers."
    ),
    P(
        "However, leaders have been too slow to respond to the needs of employers of engineering and business "
        "administration apprentices. Employers told inspectors that they are not involved enough in planning their "
        "apprentices' training and that they receive too little information about their apprentices' progress."
    ),
    h2("What does the provider do well and what does it need to do better?"),
    P(
        "Since the previous inspection, the college has experienced significant change. The current principal was "
        "appointed in January 2023, and a new senior leadership team has been formed. Leaders have an accurate view of "
        "the strengths of education programmes for young people, adult learning programmes and provision for learners "
        "with high needs. However, until recently, they did not have an accurate understanding of the weaknesses in "
        "apprenticeships because the data they received on apprentices' progress was unreliable."
    ),
    P(
        "Leaders and managers have not ensured that apprentices receive their full entitlement to off-the-job training. "
        "In engineering, records showed that around a third of apprentices had not received the off-the-job training "
        "they were entitled to. Progress reviews with apprentices and employers often take place only every 16 weeks, "
        "and targets set at these reviews are too general to help apprentices improve."
    ),
    P(
        "The proportion of apprentices who achieve their apprenticeship is too low. In 2022/23, only 54% of apprentices "
        "who were due to finish achieved their qualification. Around 39% of current apprentices are beyond their planned "
        "end date. Leaders have recently appointed a new head of apprenticeships and have introduced weekly monitoring "
        "of apprentices' progress, but it is too early to see the impact of these actions."
    ),
    P(
        "Teachers on education programmes for young people are well qualified and have relevant industry experience. "
        "They plan their courses logically so that learners build their knowledge over time. For example, learners on "
        "the T level in onsite construction learn to read technical drawings before they set out a building plot. "
        "Teachers use assessment well to check what learners know and to correct misconceptions."
    ),
    P(
        "Learners who need to retake GCSE English and mathematics do not attend their lessons often enough. Attendance at "
        "English and mathematics lessons was 78% in the current year, well below attendance at vocational lessons. Too "
        "few learners achieve a grade 4 or above: in 2022/23, 19% of learners who retook GCSE mathematics achieved a "
        "grade 4 or above."
    ),
    P(
        "Adult learners benefit from well-planned courses that help them progress to further study or work. Learners on "
        "the access to higher education diploma in nursing and midwifery progress well to university. Most ESOL learners "
        "make good progress in their speaking and listening. However, in a few ESOL lessons, teachers move on to new "
        "topics before checking that learners have understood."
    ),
    P(
        "Leaders and teachers in the high-needs provision have very high expectations of learners. Staff plan learning "
        "carefully around each learner's education, health and care plan. Learners develop their communication and "
        "independence skills exceptionally well, and almost all progress to positive destinations, including supported "
        "internships, employment and further study."
    ),
    P(
        "Governors bring a wide range of expertise to the board. They have supported leaders well with the college's "
        "financial recovery. However, governors did not receive accurate information about the quality of apprenticeships "
        "and therefore did not challenge leaders sufficiently about the weaknesses in this provision."
    ),
    P(
        "Staff value the training they receive and say that leaders are considerate of their workload and well-being. "
        "Teachers benefit from the college's 'Teach Alnmere' professional development programme, which includes "
        "coaching from specialist teaching and learning coaches."
    ),
    h2("Safeguarding"),
    P("The arrangements for safeguarding are effective."),
    P(
        "Leaders have created a positive safeguarding culture. The designated safeguarding lead and a team of "
        "safeguarding officers deal with concerns swiftly and work well with external agencies. Learners are aware of the "
        "risks of radicalisation and extremism and of the local risks of county lines drug exploitation."
    ),
    h2("What does the provider need to do to improve?"),
]
s += bullets(
    [
        "Leaders and managers must urgently improve the quality of apprenticeships so that apprentices receive their full "
        "off-the-job training entitlement and complete their apprenticeships on time.",
        "Involve employers fully in planning apprentices' training and in reviewing their progress.",
        "Increase the attendance of learners in GCSE English and mathematics lessons so that more learners achieve a "
        "grade 4 or above.",
        "Ensure that governors receive accurate information about the quality of apprenticeships so that they can hold "
        "leaders to account.",
        "Make sure that teachers of ESOL courses check learners' understanding before moving on to new topics.",
    ]
)
s += [
    PageBreak(),
    h2("Provider details"),
    table(
        [
            ["Unique reference number", "130712"],
            ["Address", "Saltmarsh Lane\nAlnmere\nKX14 2RT"],
            ["Contact number", "01738 552 900"],
            ["Website", "www.alnmere.ac.uk"],
            ["Principal and chief executive", "Dr Adrian Penhaligon"],
            ["Provider type", "General further education college"],
            ["Date of previous inspection", "4 to 7 December 2018"],
            ["Main subcontractors", "Coastline Training Ltd\nKestrel Sports Academy"],
        ],
        widths=[70 * mm, 100 * mm],
        header=False,
    ),
    h2("Information about this inspection"),
    P(
        "The inspection team was assisted by the vice principal for quality and curriculum, as nominee. Inspectors took "
        "account of the provider's most recent self-assessment report and development plans, and the previous inspection "
        "report. The inspection was carried out using the further education and skills inspection handbook and took into "
        "account all relevant provision at the provider. Inspectors collected a wide range of evidence to inform judgements, "
        "including visiting learning sessions, scrutinising learners' work, seeking the views of learners, staff and "
        "employers, and reviewing documents and records."
    ),
    h2("Inspection team"),
    table(
        [
            ["Rachel Penrose, lead inspector", "His Majesty's Inspector"],
            ["Tomasz Wierzbicki", "His Majesty's Inspector"],
            ["Deborah Ainsworth", "Ofsted Inspector"],
            ["Kwame Asante", "Ofsted Inspector"],
            ["Lorna Fairclough", "Ofsted Inspector"],
            ["Michael Thwaite", "His Majesty's Inspector"],
        ],
        widths=[90 * mm, 80 * mm],
        header=False,
    ),
    sp(20),
    P(
        "If you are not happy with the inspection or the report, you can complain to Ofsted. The Office for Standards in "
        "Education, Children's Services and Skills (Ofsted) regulates and inspects to achieve excellence in the care of "
        "children and young people, and in education and skills for learners of all ages.",
        SMALL,
    ),
    P("© Crown copyright 2024. Synthetic test document: Alnmere College and everyone named in it are fictional.", SMALL),
]
build5(
    out,
    s,
    "Inspection report: Alnmere College",
    "14 to 17 May 2024",
    footer_left="Inspection report: Alnmere College, 14 to 17 May 2024",
    title="Inspection of Alnmere College",
    author="Ofsted",
    cover_header=False,
)
print(out)
