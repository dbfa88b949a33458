import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam2"))  # the shared helpers
from common import *

out = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/hmi-probation-youth-justice/An-inspection-of-youth-justice-services-in-Thornmere-v1.0.pdf"
)
os.makedirs(os.path.dirname(out), exist_ok=True)


def kq(rows):
    return table([["Key question", "Percentage 'Yes'"]] + rows, widths=[140 * mm, 30 * mm])


s = []
s += (
    [
        P("HM Inspectorate of Probation", SUB),
        sp(40),
        Paragraph("An inspection of youth justice services in Thornmere", TITLE),
        P("HM Inspectorate of Probation, April 2025", SUB),
        sp(30),
        P("Fieldwork: 13 to 17 January 2025"),
        P("Report published: 29 April 2025"),
        PageBreak(),
        h1("Contents"),
    ]
    + bullets(
        [
            "Foreword",
            "Ratings",
            "Recommendations",
            "Background",
            "Contextual facts",
            "1. Organisational delivery",
            "2. Court disposals",
            "3. Out-of-court disposals",
            "4. Resettlement",
            "Annexe 1: Methodology",
        ]
    )
    + [
        h1("Foreword"),
        P(
            "This inspection is part of our programme of youth justice service inspections. We have inspected and rated Thornmere Youth Justice Service (YJS) across three broad areas: the arrangements for organisational delivery of the service, the quality of work done with children sentenced by the courts, and the quality of out-of-court disposal work. We also inspected the quality of resettlement policy and provision, which is separately rated and does not contribute to the overall score."
        ),
        P(
            "Overall, Thornmere YJS was rated as 'Good'. Leaders have created a stable, child-focused service. The management board, chaired by the Director of Children's Services, Andrew Keel, is well attended and partners understand their responsibilities. Staff are skilled and committed, and they have manageable caseloads: the average caseload of case managers was 9 children at the time of our fieldwork. The service's 'Child First' approach was evident in almost all the cases we inspected, and children told us that they felt listened to."
        ),
        P(
            "Work with children subject to out-of-court disposals is a real strength. The Thornmere Turnaround Panel makes well-informed decisions, and assessments in out-of-court cases were outstanding. Children benefit from a wide range of interventions, including the 'Steps Forward' mentoring programme and restorative work delivered by the service's victim and restorative justice worker."
        ),
        P(
            "However, the service needs to improve its work to keep children and other people safe. Assessments in court disposal cases did not consistently analyse risks to the child or to others, and reviewing of court cases was inadequate. When children's circumstances changed, such as being arrested for a further offence or going missing, case managers did not routinely review their assessment and plan. Leaders must also address the shortage of speech and language therapy provision, which has left many children without the support they need."
        ),
        P("Dr Helena Carver", H3),
        P("HM Chief Inspector of Probation"),
        PageBreak(),
        h1("Ratings"),
        table(
            [
                ["Thornmere Youth Justice Service", "Fieldwork started January 2025", "Score 20/36"],
                ["Overall rating", "", "Good"],
                ["1. Organisational delivery", "", ""],
                ["1.1", "Governance and leadership", "Good"],
                ["1.2", "Staff", "Good"],
                ["1.3", "Partnerships and services", "Requires improvement"],
                ["1.4", "Information and facilities", "Good"],
                ["2. Court disposals", "", ""],
                ["2.1", "Assessment", "Requires improvement"],
                ["2.2", "Planning", "Good"],
                ["2.3", "Implementation and delivery", "Good"],
                ["2.4", "Reviewing", "Inadequate"],
                ["3. Out-of-court disposals", "", ""],
                ["3.1", "Assessment", "Outstanding"],
                ["3.2", "Planning", "Requires improvement"],
                ["3.3", "Implementation and delivery", "Good"],
                ["3.4", "Out-of-court disposal policy and provision", "Good"],
                ["4. Resettlement", "", ""],
                ["4.1", "Resettlement policy and provision", "Requires improvement"],
            ],
            widths=[50 * mm, 80 * mm, 40 * mm],
        ),
        sp(6),
        P(
            "Each of the 12 standards in domains one to three is rated on a four-point scale and scored: Outstanding = 3, Good = 2, Requires improvement = 1, Inadequate = 0. Adding these scores produces a total score ranging from 0 to 36, which is banded to produce the overall rating: 0 to 6 = Inadequate, 7 to 18 = Requires improvement, 19 to 30 = Good, 31 to 36 = Outstanding. Thornmere YJS scored 20 out of 36."
        ),
        h1("Recommendations"),
        P("As a result of our inspection findings, we have made eight recommendations that we believe, if implemented, will have a positive impact on the quality of youth justice services in Thornmere. This will improve the lives of the children in contact with youth justice services, and better protect the public."),
        P("The Thornmere Youth Justice Service should:", H3),
    ]
    + numbered(
        [
            "improve the quality of assessments in court disposal cases, so that they fully analyse the risks to the child's safety and wellbeing and the risk of harm to others",
            "ensure that assessments and plans are reviewed promptly when there is a significant change in a child's circumstances, and that reviews are clearly recorded",
            "ensure that planning in out-of-court disposal cases addresses the child's safety and wellbeing, including contingency planning",
            "develop a resettlement policy that sets out how the service will work with secure establishments and partners to secure suitable accommodation before a child's release",
        ]
    )
    + [P("The Thornmere Youth Justice Management Board should:", H3)]
    + numbered(
        [
            "secure sufficient speech, language and communication provision so that every child who needs it receives a screening and appropriate support",
            "monitor and improve the attendance of children open to the YJS at education, training and employment, with particular attention to children on part-time timetables",
        ],
        start=5,
    )
    + [P("Thornmere Borough Council should:", H3)]
    + numbered(
        [
            "ensure that children's social care and the YJS have a joint protocol for children who are at risk of criminal exploitation, with clear arrangements for joint visits and information-sharing",
        ],
        start=7,
    )
    + [P("NHS Thornmere and Wealdbury Integrated Care Board should:", H3)]
    + numbered(
        [
            "ensure that children open to the YJS have timely access to child and adolescent mental health services, and that the seconded health practitioner post is filled.",
        ],
        start=8,
    )
    + [
        h1("Background"),
        P(
            "Youth offending teams (YOTs), now commonly known as youth justice services, were established under the Crime and Disorder Act 1998 to work with children aged 10 to 17 who have committed an offence. Thornmere YJS is part of the children's services directorate of Thornmere Borough Council. The head of service, Sunita Basra, has been in post since September 2021 and reports to the Assistant Director for Early Help and Targeted Services. The service is based at Hollin House in Thornmere town centre, with a satellite office at the Wealdbury Family Centre."
        ),
        P(
            "The inspection was led by Owen Pritchard, HM Inspector, supported by a team of four inspectors, a research officer and a support officer. We interviewed 31 case managers and held 14 meetings with partners, managers and board members. We spoke with nine children and four parents or carers."
        ),
        h1("Contextual facts"),
        table(
            [
                ["Measure", "Thornmere", "England and Wales"],
                ["Children aged 10 to 17 in the area", "21,940", "-"],
                ["First-time entrants to the youth justice system per 100,000 (2023/24)", "164", "149"],
                ["Reoffending rate of children (12-month cohort ending March 2023)", "29.4%", "32.2%"],
                ["Children in custody at the time of the inspection", "3", "-"],
                ["Caseload at start of fieldwork (all disposals)", "112", "-"],
                ["Children from Black, Asian and minority ethnic backgrounds on the caseload", "24%", "-"],
            ],
            widths=[100 * mm, 35 * mm, 35 * mm],
        ),
        sp(6),
        P(
            "Thornmere has a population of around 182,000 and includes the market town of Wealdbury. Approximately 19% of children in Thornmere live in low-income families. The service receives funding of £1.86 million a year, of which £612,000 is the Youth Justice Board grant and £880,000 is contributed by Thornmere Borough Council."
        ),
        h1("1. Organisational delivery"),
        h2("1.1 Governance and leadership: Good"),
        P(
            "The Thornmere Youth Justice Management Board meets quarterly and is chaired by the Director of Children's Services, Andrew Keel. Board members are of an appropriate seniority and attendance is good: the police, probation and health were represented at each of the last eight meetings. The board has a clear vision, set out in the Youth Justice Plan 2024-2026, which focuses on reducing first-time entrants, reducing the use of custody and tackling racial disproportionality. Board members attend 'board induction days' and each has taken part in a practice observation with a case manager."
        ),
        P(
            "The board has an improving understanding of disproportionality. Its 2024 analysis found that Black children were 2.6 times more likely than white children to receive a court disposal. However, actions to address this are at an early stage."
        ),
        h2("1.2 Staff: Good"),
        P(
            "Staff are well supported and caseloads are manageable. The service had 38 staff at the time of our fieldwork, and there were no vacancies among case managers. All staff had received supervision at least monthly, and 94% of staff who responded to our survey felt that their manager supported their professional development. Staff had completed trauma-informed practice training delivered by the Thornmere Trauma-Informed Network. However, the probation officer post was vacant for six months in 2024, which affected the transition of young people to adult services."
        ),
        h2("1.3 Partnerships and services: Requires improvement"),
        P(
            "The service has a good range of interventions, including the 'Steps Forward' mentoring programme, delivered with the charity Open Door Youth, and a reparation scheme that includes work at the Wealdbury Community Allotments. However, children's access to specialist support is limited. Only 43% of children on the caseload had received a speech, language and communication screening, and the service has had no speech and language therapist since the post was cut in April 2023. The seconded CAMHS practitioner post had been vacant since July 2024. Of the children of statutory school age on the caseload, 37% were on part-time timetables or had no school place."
        ),
        P(
            "Joint working with children's social care was inconsistent. In 11 of the 20 inspected cases involving children's social care, there was no evidence of a joint visit or a shared plan. The council's Missing and Exploitation Panel is well established, but YJS case managers were not routinely invited when children they supervised were discussed."
        ),
        h2("1.4 Information and facilities: Good"),
        P(
            "Policies and guidance are up to date and accessible. Hollin House offers a welcoming environment, with a dedicated 'chill-out' room designed by children. The service uses its case management system, ChildView, effectively, and performance data is reported to the board each quarter. Learning from a serious incident review in 2023 had been well disseminated."
        ),
        h1("2. Court disposals"),
        P(
            "We inspected 22 cases managed by the YJS that had received a court disposal. Our key findings about court disposals are summarised below."
        ),
        h2("2.1 Assessment: Requires improvement"),
        kq(
            [
                ["Does assessment sufficiently analyse how to support the child's desistance?", "77%"],
                ["Does assessment sufficiently analyse how to keep the child safe?", "59%"],
                ["Does assessment sufficiently analyse how to keep other people safe?", "55%"],
            ]
        ),
        sp(6),
        P(
            "Case managers had a good understanding of children's strengths and of the factors behind their offending. However, assessments of risk of harm to others were often based on the current offence alone, and did not consider information from the police or from previous convictions. In 5 of the 22 cases, the classification of risk of serious harm was too low."
        ),
        h2("2.2 Planning: Good"),
        kq(
            [
                ["Does planning focus sufficiently on supporting the child's desistance?", "82%"],
                ["Does planning focus sufficiently on keeping the child safe?", "68%"],
                ["Does planning focus sufficiently on keeping other people safe?", "73%"],
            ]
        ),
        h2("2.3 Implementation and delivery: Good"),
        kq(
            [
                ["Does the implementation and delivery of services effectively support the child's desistance?", "86%"],
                ["Does the implementation and delivery of services effectively support the safety of the child?", "73%"],
                ["Does the implementation and delivery of services effectively support the safety of other people?", "68%"],
            ]
        ),
        sp(6),
        P(
            "Children were seen regularly, and case managers persevered to engage children who were reluctant to attend. The 'Steps Forward' mentors provided valuable support in the evenings and at weekends."
        ),
        h2("2.4 Reviewing: Inadequate"),
        kq(
            [
                ["Does reviewing focus sufficiently on supporting the child's desistance?", "55%"],
                ["Does reviewing focus sufficiently on keeping the child safe?", "45%"],
                ["Does reviewing focus sufficiently on keeping other people safe?", "41%"],
            ]
        ),
        sp(6),
        P(
            "Reviewing was the weakest area of practice. Where there had been a significant change in a child's circumstances, a formal review took place in only 7 of the 17 relevant cases. Reviews, when they took place, were often a copy of the previous assessment with minor changes. Management oversight of reviewing was insufficient in more than half of the cases we inspected."
        ),
        h1("3. Out-of-court disposals"),
        P(
            "We inspected 18 out-of-court disposals, comprising 6 youth cautions, 2 youth conditional cautions and 10 community resolutions delivered through the Thornmere Turnaround Panel."
        ),
        h2("3.1 Assessment: Outstanding"),
        kq(
            [
                ["Does assessment sufficiently analyse how to support the child's desistance?", "94%"],
                ["Does assessment sufficiently analyse how to keep the child safe?", "83%"],
                ["Does assessment sufficiently analyse how to keep other people safe?", "89%"],
            ]
        ),
        h2("3.2 Planning: Requires improvement"),
        kq(
            [
                ["Does planning focus sufficiently on supporting the child's desistance?", "83%"],
                ["Does planning focus sufficiently on keeping the child safe?", "61%"],
                ["Does planning focus sufficiently on keeping other people safe?", "72%"],
            ]
        ),
        sp(6),
        P(
            "Planning to support desistance was strong, but plans did not always include actions to manage risks to the child's safety, and contingency planning was missing in 7 of the 18 cases."
        ),
        h2("3.3 Implementation and delivery: Good"),
        kq(
            [
                ["Does the implementation and delivery of services effectively support the child's desistance?", "89%"],
                ["Does the implementation and delivery of services effectively support the safety of the child?", "72%"],
                ["Does the implementation and delivery of services effectively support the safety of other people?", "78%"],
            ]
        ),
        h2("3.4 Out-of-court disposal policy and provision: Good"),
        P(
            "The service has a clear out-of-court disposal policy, agreed with the police in March 2024. The Thornmere Turnaround Panel meets weekly and is jointly chaired by a YJS team manager and a police sergeant. Decisions are well informed by a pre-panel assessment, and children and parents are invited to contribute. In 2023/24, the panel considered 146 children, and 71% received a community resolution or no further action with voluntary support. The Turnaround programme, funded by the Ministry of Justice, had worked with 58 children since January 2023. An independent scrutiny panel reviews a sample of decisions each quarter, although it did not yet include a representative from the magistracy."
        ),
        h1("4. Resettlement"),
        h2("4.1 Resettlement policy and provision: Requires improvement"),
        P(
            "The service did not have an up-to-date resettlement policy; the existing policy dated from 2019. We inspected three resettlement cases. Case managers maintained regular contact with children in custody and attended their planning meetings, but in two of the three cases suitable accommodation had not been confirmed until the day before the child's release. The service had no formal arrangement with the local housing department for children leaving custody."
        ),
        h1("Annexe 1: Methodology"),
        P(
            "The inspection was conducted using the HM Inspectorate of Probation standards for youth justice services. Ratings for case-based standards are based on the lowest percentage for the key questions in each standard: 80% or above = Outstanding, 65% to 79% = Good, 50% to 64% = Requires improvement, below 50% = Inadequate. The sample of cases was drawn from court disposals and out-of-court disposals that started between 10 and 12 months before fieldwork."
        ),
    ]
)
build(
    out,
    s,
    "An inspection of youth justice services in Thornmere",
    "April 2025",
    title="An inspection of youth justice services in Thornmere",
    author="HM Inspectorate of Probation",
)
print(out)
