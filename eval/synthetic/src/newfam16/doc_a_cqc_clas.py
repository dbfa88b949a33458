"""A CQC review of health services for Children Looked After and Safeguarding (a CLAS review) in a local authority
area, in the layout CQC used for these reviews: the cover with the review dates, the date of publication, the
review team (lead CQC inspector and children's services inspectors), the provider services, the integrated care
board and the local authority included; about the review (scope, the number of children tracked and sampled);
context of the review with the area's figures; the recommendations numbered by agency (the integrated care
board, the acute trust, the community trust); the report, following the child's journey through early help,
children in need, child protection and looked after children in numbered findings with figures (health
assessment timeliness, percentages); management (leadership, governance, training and supervision); next steps.
No grades. "Page n of N" footers. Kestermoor, its council, the NHS bodies, the people and all figures are
fictional."""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common16 import *  # noqa: F401,F403

out = out_path("cqc-clas/Kestermoor-review-of-health-services-for-children-looked-after-and-safeguarding-May-2025.pdf")

COVER = ParagraphStyle("clascover", parent=TITLE, fontSize=24, leading=30)

TOC = [
    "Summary of the review",
    "About the health services reviewed",
    "Context of the review",
    "Recommendations",
    "The report",
    "1. Early help",
    "2. Children in need",
    "3. Child protection",
    "4. Looked after children",
    "5. Management",
    "Next steps",
]


def make_story(pages):
    s = [
        P("<b>Care Quality Commission</b>", SUB),
        sp(30),
        Paragraph("Review of health services for Children Looked After and Safeguarding in Kestermoor", COVER),
        sp(4),
        P("Children Looked After and Safeguarding: the role of health services in Kestermoor", SUB),
        sp(14),
        kv([
            ("Date of review", "3 March 2025 to 7 March 2025"),
            ("Date of publication", "23 May 2025"),
            ("Name(s) of CQC inspector(s)", "Ruth Pemberton-Hale, Lead Inspector\nJonah Akintola, Children's Services "
                                            "Inspector\nSiobhan Farrelly, Children's Services Inspector"),
            ("Provider services included", "Kestermoor Hospitals NHS Foundation Trust\nWendle Community Health and "
                                           "Care NHS Trust\nGP practices in Kestermoor\nNorthgate Recovery Service "
                                           "(adult substance misuse)"),
            ("Integrated care boards included", "NHS Kestermoor and Wendle Integrated Care Board"),
            ("Local authorities included", "Kestermoor Borough Council"),
            ("CQC region", "North"),
            ("CQC Deputy Chief Inspector", "Laurence Otway-Briggs"),
        ], widths=(60 * mm, 110 * mm)),
        sp(16),
        P("This is a synthetic report created for testing purposes. It was not produced by the Care Quality "
          "Commission. Kestermoor, Kestermoor Borough Council, the NHS bodies named, the children, the staff and all "
          "figures in this report are fictional.", SMALL),
        PageBreak(),
        h1("Contents"),
        contents(TOC, pages),
        sp(10),
        h1("Summary of the review"),
        P("This report records the findings of the review of health services in safeguarding and looked after "
          "children services in Kestermoor. It focuses on the experiences and outcomes for children within the "
          "geographical boundaries of the local authority area and reports on the performance of health providers "
          "serving the area, including the integrated care board (ICB) and local area teams."),
        P("Where the findings relate to children and families in local authority areas other than Kestermoor, "
          "cross-boundary arrangements have been considered and commented on. Arrangements for the health-related "
          "needs and risks for children placed out of area are also included."),
        h2("About the review"),
        P("The review was conducted under section 48 of the Health and Social Care Act 2008, which permits CQC to "
          "review the provision of healthcare and the exercise of functions of NHS England and integrated care "
          "boards."),
    ]
    s += bullets([
        "The review explored the effectiveness of health services for looked after children and the effectiveness "
        "of safeguarding arrangements within health for all children.",
        "The focus was on the experiences of looked after children and children and their families who receive "
        "safeguarding services.",
        "We looked at the role of healthcare providers and commissioners.",
        "Where we found areas for improvement in services provided by NHS bodies, we identify them and make "
        "recommendations.",
    ])
    s += [
        h2("How we carried out the review"),
        P("We used a range of methods to gather information, both during the review visit and in the weeks before "
          "it. We tracked a number of individual cases where there were safeguarding concerns about a child, or "
          "where the child was looked after. This included reviewing the health records of the child and speaking "
          "with the child, their parents or carers and the health professionals working with them, where that was "
          "appropriate."),
        P("In total, we tracked 38 children and young people and sampled the records of a further 112. We spoke "
          "with 17 children and young people, 21 parents and carers, and more than 90 health professionals, "
          "managers and commissioners across the area. We also held a focus group with members of the Kestermoor "
          "Children in Care Council, Voices of Kestermoor."),
        P("Our review was structured around the child's journey: the help children and families receive early on, "
          "the support for children in need, the response when a child is at risk of significant harm, and the "
          "care of children who are looked after by the local authority."),
        h1("About the health services reviewed"),
        P("Health services for children in Kestermoor are commissioned by NHS Kestermoor and Wendle Integrated "
          "Care Board, which took on the responsibilities of the former clinical commissioning group in July 2022. "
          "Public health services for children aged 0 to 19, including health visiting and school nursing, are "
          "commissioned by Kestermoor Borough Council's public health team."),
        table([
            ["Service", "Provider"],
            ["Emergency department, paediatrics, maternity", "Kestermoor Hospitals NHS Foundation Trust "
                                                            "(Kestermoor General Hospital)"],
            ["Health visiting and school nursing (0 to 19 service)", "Wendle Community Health and Care NHS Trust"],
            ["Looked after children's health team", "Wendle Community Health and Care NHS Trust"],
            ["Child and adolescent mental health services (CAMHS)", "Wendle Community Health and Care NHS Trust"],
            ["Adult mental health services", "Wendle Community Health and Care NHS Trust"],
            ["Contraception and sexual health", "Wendle Community Health and Care NHS Trust"],
            ["Adult substance misuse", "Northgate Recovery Service (commissioned by the council)"],
            ["Primary care", "31 GP practices in four primary care networks"],
        ], widths=[85 * mm, 85 * mm]),
        sp(6),
        P("The designated nurse for safeguarding children and the designated nurse for looked after children are "
          "employed by the ICB. The designated doctor for safeguarding children is a consultant paediatrician at "
          "Kestermoor Hospitals NHS Foundation Trust. The post of designated doctor for looked after children has "
          "been vacant since September 2024."),
        h1("Context of the review"),
        P("Kestermoor is a borough of about 262,000 people, around 58,400 of whom are children and young people "
          "under 18. Just over a quarter of children (27%) live in low-income families, higher than the England "
          "average of 20%."),
        P("At 31 March 2024 there were 412 children looked after by Kestermoor Borough Council, a rate of 71 per "
          "10,000 children, compared with 70 per 10,000 in England. Of these, 41% were placed outside the borough. "
          "At the same date, 318 children were the subject of a child protection plan and 1,905 children were "
          "receiving support as children in need."),
        P("Kestermoor Borough Council's children's services were last inspected by Ofsted in October 2023 and were "
          "judged to require improvement to be good. Kestermoor Safeguarding Children Partnership brings together "
          "the council, the ICB and Kestermoor and Wendle Police as the three safeguarding partners."),
        PageBreak(),
        h1("Recommendations"),
        h2("1. NHS Kestermoor and Wendle Integrated Care Board should:"),
    ]
    s += para_block("1", [
        "Work with Kestermoor Borough Council to make sure that initial health assessments for children coming into "
        "care are completed within 20 working days, as the statutory guidance requires, and that the reasons for any "
        "delay are recorded and acted on.",
        "Appoint a designated doctor for looked after children without further delay, and make sure that the "
        "medical adviser role for adoption and fostering panels is covered in the meantime.",
        "Work with GP practices so that a report is provided for every initial child protection conference, and that "
        "GPs are told the outcome of conferences for the children on their list.",
        "Make sure that every care leaver receives a summary of their health history before they leave care, in a "
        "form they can understand and keep.",
        "Seek assurance that review health assessments for children placed outside Kestermoor are completed on time "
        "and to a good standard by the host area.",
    ])
    s += [h2("2. Kestermoor Hospitals NHS Foundation Trust should:")]
    s += para_block("2", [
        "Make sure that young people aged 16 and 17 who attend the emergency department are asked the same "
        "safeguarding questions as younger children, and that the answers are recorded.",
        "Make sure that staff in the emergency department complete level 3 safeguarding children training, and "
        "improve compliance from its current level.",
        "Make sure that midwives record the details of fathers and partners at booking, and consider any risks they "
        "may present to the unborn baby.",
    ])
    s += [h2("3. Wendle Community Health and Care NHS Trust should:")]
    s += para_block("3", [
        "Make sure that health visitors complete an antenatal contact with every family, prioritising families "
        "known to be vulnerable.",
        "Make sure that review health assessments lead to health plans with specific, measurable actions, and that "
        "the plans are reviewed.",
        "Reduce the waiting time for looked after children to be assessed by the Anchor Team.",
        "Make sure that practitioners in adult mental health services record whether the people they support are "
        "parents or carers of children, and consider the impact on those children.",
        "Take action to fill vacant school nursing posts so that school nurses can take part in early help and "
        "child in need work.",
    ])
    s += [
        PageBreak(),
        h1("The report"),
        P("This report follows the child's journey through services. It records children's experiences and the "
          "effectiveness of health services in meeting their needs. The numbered paragraphs are grouped under "
          "early help, children in need, child protection and looked after children, followed by our findings on "
          "management."),
        h2("What this review found: the child's journey"),
        h2("1. Early help"),
    ]
    s += para_block("1", [
        "Expectant mothers in Kestermoor have timely access to maternity care. Midwives at Kestermoor General "
        "Hospital routinely ask women about domestic abuse at booking and at 28 weeks, and we saw examples of "
        "women being helped to disclose abuse when seen alone.",
        "The Bluebell Team, a specialist midwifery team for women with complex social needs, provides continuity "
        "of care to women who misuse substances, who are care leavers, or who are known to children's social "
        "care. Women we spoke with valued the team highly. One mother told us: 'It was the same midwife every "
        "time. She never made me feel judged.'",
        "However, fathers and partners are not well recorded in maternity records. In 14 of the 20 maternity "
        "records we sampled, there was no information about the baby's father or the mother's partner, even where "
        "there were known risks in the household.",
        "Health visitors deliver the healthy child programme, but not all families receive the full offer. In "
        "2023-24, only 62% of families received an antenatal contact from a health visitor. Most new birth visits "
        "(91%) took place within 14 days of the baby's birth, which is better than the England average.",
        "The 0 to 19 service uses a vulnerability tool to decide the level of support each family receives, "
        "but in the records we reviewed the tool was not always updated when a family's circumstances changed.",
        "School nursing capacity is stretched. At the time of our review, 31% of school nurse posts were vacant, "
        "and school nurses were rarely the lead professional for early help. Of the 1,240 early help assessments "
        "started in 2023-24, only 19 were started by a school nurse.",
        "Families can get help from the council's Family Hubs in each of the borough's four localities, where "
        "health visitors run infant feeding and child development clinics. Health partners are represented on the "
        "Early Help Partnership Board.",
    ])
    s += [h2("2. Children in need")]
    s += para_block("2", [
        "Health practitioners generally recognise when a child's needs are escalating, and referrals to the "
        "council's Integrated Front Door were appropriate in the records we looked at. Health practitioners "
        "receive feedback on the outcome of their referrals in most cases.",
        "A health practitioner from Wendle Community Health and Care NHS Trust is based at the Integrated Front "
        "Door two days a week. Outside these days, health information for strategy discussions is gathered by "
        "telephone, which can cause delay.",
        "Children with emotional and mental health needs wait too long to be seen. The median wait from referral "
        "to a first CAMHS assessment was 26 weeks in December 2024. Children referred urgently were seen within "
        "the trust's seven-day standard in most cases.",
        "Practitioners in adult mental health services do not consistently think about the children of the adults "
        "they support. In 6 of the 15 adult mental health records we reviewed, there was no record of whether the "
        "patient had children or contact with children.",
        "Northgate Recovery Service has a named safeguarding lead and a hidden harm worker who supports the children "
        "of parents who misuse drugs or alcohol. We saw good examples of the service sharing information with "
        "children's social care.",
        "Young carers are identified by school nurses and referred to the council's young carers service. GP "
        "practices do not use a consistent code to identify young carers on their records.",
    ])
    s += [h2("3. Child protection")]
    s += para_block("3", [
        "The emergency department at Kestermoor General Hospital has a separate paediatric area, staffed by "
        "children's nurses from 8am to midnight. A paediatric liaison nurse reviews the records of every child "
        "who attends and shares information with health visitors, school nurses and GPs.",
        "Young people aged 16 and 17 are seen in the adult area of the emergency department. In an audit of 40 "
        "attendances by 16- and 17-year-olds, the safeguarding questions were completed in only 58% of records. "
        "In one case we tracked, a 17-year-old who attended after an assault was not asked who she lived with or "
        "whether she felt safe at home.",
        "Compliance with level 3 safeguarding children training among emergency department staff was 68% in "
        "January 2025, against the trust's own target of 90%.",
        "Health visitors and school nurses attend child protection conferences and core group meetings reliably. "
        "Health visitors attended 94% of the initial child protection conferences to which they were invited in "
        "2023-24, and their reports were of good quality.",
        "GP contribution to child protection conferences is weak. Only 23% of initial child protection conferences "
        "in 2023-24 received a report from the child's GP, and GPs rarely attend. GPs told us that invitations "
        "often arrive at short notice.",
        "The child protection medical service is provided by consultant paediatricians at Kestermoor General "
        "Hospital during the working day. Out of hours, children who need a child protection medical are seen the "
        "next day, unless the need is urgent.",
        "Children and young people who are at risk of exploitation are discussed at the council's multi-agency "
        "child exploitation meeting, which health practitioners attend. The sexual health service has a young "
        "people's nurse who sees young people at risk of sexual exploitation and we saw effective practice in the "
        "cases we tracked.",
    ])
    s += [h2("4. Looked after children")]
    s += para_block("4", [
        "Children coming into care in Kestermoor do not receive their initial health assessment quickly enough. "
        "Statutory guidance requires the initial health assessment to be completed within 20 working days of a "
        "child coming into care. In 2023-24, only 38% of initial health assessments were completed within this "
        "timescale. Performance had improved to 54% in the third quarter of 2024-25, but this is still too low.",
        "The main causes of delay are late notification by children's social care that a child has come into care, "
        "and the late return of consent forms. Paediatricians told us that clinic appointments are sometimes not "
        "used because the paperwork has not arrived.",
        "Review health assessments are more timely. In 2023-24, 81% of review health assessments were completed "
        "on time. Reviews are carried out by the looked after children's nurses, and most are of good quality. "
        "However, in 9 of the 25 review health assessments we sampled, the health plan was not specific and did "
        "not say who would do what by when.",
        "Strengths and Difficulties Questionnaires (SDQs) were completed for 67% of eligible children in 2023-24. "
        "The scores are shared with the looked after children's nurses, but they are not always used to inform "
        "the health assessment.",
        "The Anchor Team is a dedicated CAMHS team for looked after children and care leavers. Children and carers "
        "spoke highly of it, but there was a waiting list of 14 weeks for an assessment at the time of our review.",
        "For the 41% of children placed outside Kestermoor, review health assessments are usually completed by "
        "health teams in the area where the child lives. The looked after children's health team quality assures "
        "these assessments, but it has found it difficult to get them done on time in some areas, and it does not "
        "have a clear way to escalate concerns to the host ICB.",
        "Care leavers do not receive a summary of their health history. In 2023-24, only 29% of young people "
        "leaving care received a health summary, called My Health Story, before their 18th birthday. Young people "
        "from Voices of Kestermoor told us that they did not know how to get their health information.",
        "Unaccompanied asylum-seeking children receive a good service. There were 34 in the care of the council "
        "at the time of our review. They have an initial health assessment that includes screening for "
        "infectious diseases, and interpreters are used.",
    ])
    s += [h2("5. Management")]
    s += [h3("Leadership and management")]
    N5 = Numberer("5")
    s += N5([
        "Leaders across the ICB and the provider trusts are committed to improving the health of children in "
        "Kestermoor. The designated nurses are experienced and well respected, and they have a clear overview of "
        "the main risks.",
        "The vacancy for a designated doctor for looked after children has had a significant impact. Since "
        "September 2024, the medical adviser role for the council's adoption and fostering panels has been "
        "covered by a locum on a sessional basis, and there is no senior medical oversight of the quality of "
        "initial health assessments.",
    ])
    s += [h3("Governance")]
    s += N5([
        "The ICB's Safeguarding Assurance Group meets every quarter and receives reports from each provider. "
        "However, the performance reports on health assessments do not show how long children wait beyond the 20 "
        "working days, so leaders cannot see the children who have waited longest.",
        "Kestermoor Hospitals NHS Foundation Trust has a safeguarding committee chaired by the chief nurse, and the "
        "trust board receives an annual safeguarding report.",
    ])
    s += [h3("Training and supervision")]
    s += N5([
        "Safeguarding supervision for health visitors, school nurses and looked after children's nurses is "
        "regular and of good quality. Practitioners told us that it helps them to reflect and to plan.",
        "In the emergency department, safeguarding supervision is not routinely offered to nurses, and the "
        "training compliance of 68% is too low.",
        "GP practices each have a safeguarding lead, and the named GP for safeguarding runs a GP safeguarding "
        "forum every quarter. Attendance is good.",
    ])
    s += [
        h1("Next steps"),
        P("An action plan addressing the recommendations above is required from NHS Kestermoor and Wendle "
          "Integrated Care Board within 20 working days of receipt of this report."),
        P("Please submit your action plan to CQC through childrensservices@cqc.example. The plan will be monitored "
          "by NHS England, in line with CQC's published approach to these reviews."),
        sp(12),
        P("This report is synthetic and was not produced by the Care Quality Commission. Kestermoor and everyone "
          "named in it are fictional.", SMALL),
    ]
    return s


build_with_contents(out, make_story, header_left="Care Quality Commission",
        header_right="Review of health services for Children Looked After and Safeguarding in Kestermoor",
        page_fmt="Page {n} of {total}", title="Review of health services for Children Looked After and "
        "Safeguarding in Kestermoor", author="Care Quality Commission")
print(out)
