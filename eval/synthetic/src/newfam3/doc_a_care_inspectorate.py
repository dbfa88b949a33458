import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam2"))  # the shared helpers
from common import *

out = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/care-inspectorate-scotland/Joint_inspection_of_services_for_children_and_young_people_at_risk_of_harm_in_Drumvallan_May_2025.pdf"
)
os.makedirs(os.path.dirname(out), exist_ok=True)
s = []
s += (
    [
        P("Care Inspectorate  |  Education Scotland  |  Healthcare Improvement Scotland  |  HM Inspectorate of Constabulary in Scotland", H3),
        sp(40),
        Paragraph("Joint inspection of services for children and young people at risk of harm in the Drumvallan community planning partnership area", TITLE),
        sp(10),
        P("Report published: 27 May 2025", SUB),
        sp(30),
        P(
            "This report is one of a programme of joint inspections of services for children and young people at risk of harm, carried out at the request of Scottish Ministers. It reports on the effectiveness of partners in the Drumvallan area in protecting children and young people who are at risk of harm from abuse, neglect and exploitation."
        ),
        PageBreak(),
        h1("Contents"),
    ]
    + numbered(
        [
            "Introduction",
            "Key facts",
            "Summary: key strengths and areas for improvement",
            "Evaluation of quality indicators",
            "Statement 1: Children and young people are safer because risks have been identified early and responded to effectively",
            "Statement 2: Children and young people's lives improve with high-quality planning and support, ensuring they experience sustained loving and nurturing relationships to keep them safe from further harm",
            "Statement 3: Children, young people and families are meaningfully and appropriately involved in decisions about their lives and influence service planning, delivery and improvement",
            "Statement 4: Collaborative strategic leadership, planning and operational management ensure high standards of service delivery",
            "Next steps",
            "Appendix 1: The six-point evaluation scale",
        ]
    )
    + [
        h1("1. Introduction"),
        P(
            "The Care Inspectorate led this joint inspection together with Education Scotland, Healthcare Improvement Scotland and His Majesty's Inspectorate of Constabulary in Scotland. The inspection considered services provided by Drumvallan Council, NHS Forth Braes, police, the Scottish Children's Reporter Administration, the third sector and other partners in the Drumvallan community planning partnership area. Together these partners form the Drumvallan Chief Officers' Group for public protection, which is responsible for the Drumvallan Child Protection Committee."
        ),
        P(
            "The inspection took place between 16 September 2024 and 24 January 2025. The most intensive period of activity, when inspectors were on site in Kilbracken and Port Annick, was between 11 and 22 November 2024. The inspection was led by Fiona MacRae, Strategic Inspector, Care Inspectorate, supported by a team of 11 inspectors and two young inspection volunteers with care experience."
        ),
        P("To inform our findings, the inspection team:"),
    ]
    + bullets(
        [
            "read the records of 60 children and young people who had been at risk of harm in the previous two years, including 28 who had been on the child protection register",
            "reviewed 34 inter-agency referral discussions (IRDs) and 19 initial child protection planning meetings",
            "spoke with 41 children and young people and 36 parents and carers, face to face, by telephone and through our online survey",
            "received 583 responses to our survey of staff working across social work, health, education, police and the third sector",
            "met 27 focus groups and held meetings with senior leaders and elected members",
            "read more than 140 documents provided by the partnership, including its self-evaluation completed in August 2024",
        ]
    )
    + [
        P(
            "We are grateful to the children, young people and families who shared their experiences with us, and to the staff who took part in the inspection during a busy winter period."
        ),
        h1("2. Key facts"),
        P(
            "Drumvallan is a mixed urban and rural area on the west coast with a population of around 118,400, of whom 22,350 are children and young people aged 0 to 17. The main towns are Kilbracken and Port Annick, and the partnership also serves a number of island and remote peninsula communities. Around 27% of children live in the 20% most deprived data zones in Scotland, and child poverty after housing costs is estimated at 26%, above the Scottish average."
        ),
        table(
            [
                ["Measure", "Drumvallan", "Scotland"],
                ["Children on the child protection register at 31 July 2024", "71", "-"],
                ["Rate per 1,000 children aged 0 to 15", "3.6", "2.3"],
                ["Re-registrations within 18 months (2023 to 2024)", "14%", "12%"],
                ["Looked after children at 31 July 2024", "412", "-"],
                ["Looked after children rate per 1,000 aged 0 to 17", "18.4", "12.6"],
                ["IRDs held in the year to 31 March 2024", "486", "-"],
                ["Children subject to compulsory supervision orders", "233", "-"],
            ],
            widths=[95 * mm, 37 * mm, 38 * mm],
        ),
        P(
            "The most frequently recorded concerns at registration were neglect (recorded in 52% of registrations), parental substance use (41%), domestic abuse (38%) and parental mental health (29%). In the year to March 2024, 17 young people aged 12 to 17 were considered at inter-agency referral discussions because of concerns about child sexual or criminal exploitation, compared with six in the previous year."
        ),
        h1("3. Summary"),
        h2("Key strengths"),
    ]
    + bullets(
        [
            "Inter-agency referral discussions were timely and well attended. In 88% of the IRDs we reviewed, the discussion was held within 24 hours of the concern being raised, and health was represented in all but three.",
            "Staff were skilled at recognising and responding to immediate risk. Initial responses to concerns were good or better in 84% of the records we read.",
            "The Kilbracken Family Hub, opened in March 2023, gave families easy access to early support, including parenting, money advice and a fathers' group.",
            "The Harbour Project, a multi-agency team for young people at risk of exploitation, built trusting relationships and had helped reduce missing episodes.",
            "Most children and young people had a trusted adult in their lives. In 79% of records we read, children had a meaningful relationship with at least one key worker.",
            "Staff felt well supported. 86% of staff who responded to our survey agreed that they had access to regular supervision.",
        ]
    )
    + [
        h2("Areas for improvement"),
    ]
    + bullets(
        [
            "The quality of children's plans was too variable. Only 47% of the child's plans we read were of a good or better standard, and many lacked clear outcomes and timescales.",
            "Chronologies were present in 64% of records, but only 38% of those were of an adequate quality to inform assessment of risk.",
            "Children and young people with disabilities were not always recognised as being at risk of harm, and transitions to adult services were often delayed.",
            "Initial child protection planning meetings were held within 28 calendar days for only 71% of children, below the partnership's own target of 90%.",
            "The partnership did not yet have a consistent approach to hearing and recording the views of brothers and sisters.",
            "Strategic leaders had not fully evaluated the impact of the partnership's improvement activity and did not have reliable outcome data for children.",
        ]
    )
    + [
        h1("4. Evaluation of quality indicators"),
        P(
            "We evaluated five quality indicators from the Care Inspectorate's quality framework for children and young people in need of care and protection. We use a six-point scale to evaluate quality indicators: excellent, very good, good, adequate, weak and unsatisfactory. The scale is set out in Appendix 1."
        ),
        table(
            [
                ["Quality indicator", "Evaluation"],
                ["2.1 Impact on children and young people", "Good"],
                ["2.2 Impact on families", "Adequate"],
                ["5.2 Assessing and responding to risks and needs", "Very good"],
                ["5.3 Planning for individual children and young people", "Weak"],
                ["9.4 Leadership of improvement and change", "Adequate"],
            ],
            widths=[120 * mm, 50 * mm],
        ),
        sp(6),
        P(
            "Quality indicator 2.1, impact on children and young people, was evaluated as good. This means that there were important strengths, with some areas for improvement. The strengths clearly outweighed the areas for improvement and had a significant positive impact on children's and young people's experiences."
        ),
        P(
            "Quality indicator 5.3, planning for individual children and young people, was evaluated as weak. Although some children benefited from well-coordinated plans, important weaknesses in the quality, timeliness and review of plans were evident across the records we read, and these had an adverse impact on too many children."
        ),
        h1("5. Statement 1: Children and young people are safer because risks have been identified early and responded to effectively"),
        P(
            "Staff across services recognised signs of harm well and acted promptly. Teachers, health visitors and police officers knew how to share concerns and were confident in doing so. The partnership's revised inter-agency child protection guidance, implemented locally in October 2023 in line with the National Guidance for Child Protection in Scotland 2021 (updated 2023), was well understood by frontline staff."
        ),
        P(
            "Inter-agency referral discussions were a clear strength. A dedicated IRD team of two senior social workers, a police detective sergeant and a named child protection nurse advisor met each weekday morning at Kilbracken police office. Of the 34 IRDs we reviewed, 30 were held within 24 hours of the concern being received. Decisions were clearly recorded and the rationale for joint investigative interviews was well explained. Since April 2024, joint investigative interviews had been carried out using the Scottish Child Interview Model in a purpose-built suite at Port Annick, and children told us the room felt 'calm and not like a police station'."
        ),
        P(
            "Out-of-hours responses were less consistent. The emergency social work service covering Drumvallan and a neighbouring authority was staffed by a single social worker overnight, and in 5 of the records we read there had been a delay of more than 12 hours before a concern raised out of hours was followed up. Leaders had recognised this and were recruiting a second overnight post."
        ),
        P(
            "Risks from neglect were recognised but not always responded to early enough. The partnership had introduced a neglect toolkit in 2022, but practitioners told us it was used inconsistently and it had been used in only 9 of the 31 records we read where neglect was the primary concern. As a result, some children experienced chronic neglect for too long before child protection measures were put in place."
        ),
        P(
            "Young people at risk of exploitation were well supported by the Harbour Project, a co-located team of social workers, youth workers, a police constable and a sexual health nurse, funded through the Whole Family Wellbeing Fund. The project was working with 38 young people at the time of the inspection. Data provided by the partnership showed that missing episodes for young people open to the project fell by 43% between 2023 and 2024. Return discussions after a young person had been missing took place within 72 hours in 81% of cases."
        ),
        P(
            "The risks faced by children and young people with disabilities were not always recognised. In 4 of the 7 records we read for disabled children, concerns about possible harm had been viewed as arising from the child's disability rather than as potential indicators of abuse or neglect."
        ),
        h1("6. Statement 2: Children and young people's lives improve with high-quality planning and support"),
        P(
            "Most children and young people we read about were safer as a result of the support they received, and many had seen clear improvements in their wellbeing. In 72% of records we read, children's safety had improved; in 63%, their wellbeing had improved. Children in kinship care and those living with foster carers in the Drumvallan area generally experienced stable, nurturing relationships."
        ),
        P(
            "The quality of planning, however, was an important weakness. Only 47% of the child's plans we read were rated good or better. Many plans listed services rather than the outcomes they were intended to achieve, and 22 plans had no timescales at all. Core group meetings were held regularly for most children on the child protection register, but in 11 records they focused on tasks and attendance rather than on whether risks were reducing. Review child protection planning meetings were held on time for 83% of children."
        ),
        P(
            "Chronologies were present in 64% of the records we read, but only 38% of those were of an adequate quality. Many were lists of contacts rather than analyses of significant events, and this limited their value in assessment and planning."
        ),
        P(
            "Children's access to emotional and mental health support was too slow. At 31 October 2024, 214 children and young people were waiting for a first appointment with child and adolescent mental health services (CAMHS) in NHS Forth Braes, and only 61% were seen within the national 18-week standard. The Drumvallan school counselling service, delivered by the charity Lighthouse Counselling, offered appointments within three weeks and was valued by young people."
        ),
        P(
            "Transitions for young people moving to adult services were a concern. Of the 12 young people aged 16 or over in our sample, only five had a transition plan that started before their 17th birthday. Young people with disabilities in particular told us they did not know what support they would receive after leaving school."
        ),
        h1("7. Statement 3: Children, young people and families are meaningfully involved"),
        P(
            "Children and young people were routinely helped to express their views in meetings. Independent advocacy, provided by Who Cares? Drumvallan for care-experienced young people and by Lighthouse Advocacy for children on the child protection register, was offered to 68% of eligible children. Young people told us that their advocacy worker 'was on my side' and helped them prepare for children's hearings."
        ),
        P(
            "Families' experiences were more mixed. Only 54% of parents and carers who responded to our survey agreed that they understood why services were involved with their family, and several parents told us that child protection planning meetings were 'a lot of people talking about us'. The partnership had started using the Safe and Together model in domestic abuse cases in 2024, and early feedback from non-abusing parents was positive."
        ),
        P(
            "The views of children and families were starting to influence service development. The 'Drumvallan Voices' group of 14 care-experienced young people had worked with the Child Protection Committee to redesign the leaflet about child protection planning meetings, and had co-delivered training to 190 staff. However, the partnership did not consistently gather the views of brothers and sisters when a sibling was at risk of harm."
        ),
        h1("8. Statement 4: Collaborative strategic leadership, planning and operational management"),
        P(
            "The Chief Officers' Group, chaired by the chief executive of Drumvallan Council, Alasdair Munro, and the Child Protection Committee, chaired by an independent chair, Dr Morag Kellie, provided clear direction. Relationships between partners were strong and constructive, and staff told us that senior leaders were visible and approachable. The partnership had made a clear commitment to keeping The Promise, and a Promise lead officer had been appointed in June 2023."
        ),
        P(
            "The partnership's self-evaluation was honest and identified many of the areas for improvement we found. However, leaders did not yet have the outcome data they needed to understand whether children's lives were improving. The performance framework presented to the Chief Officers' Group relied heavily on activity data such as numbers of referrals and registrations. Multi-agency case file audits had been paused between March and December 2023 because of staffing pressures in the quality assurance team."
        ),
        P(
            "Workforce pressures were significant. At the time of the inspection, 19% of social worker posts in children and families teams were vacant, and 11 posts were filled by agency workers. The council had introduced a 'grow your own' scheme in 2023, sponsoring 12 staff to complete social work degrees through the Open University. Health visiting caseloads in Port Annick averaged 298 children per whole-time equivalent, well above the recommended level."
        ),
        P(
            "Learning from initial and learning reviews was shared effectively through seven-minute briefings. The learning review concerning 'Child K', published in February 2024, had led to changes in the way that universal services respond to children who are not brought to health appointments."
        ),
        h1("9. Next steps"),
        P(
            "We have asked the Drumvallan partnership to prepare an improvement plan that addresses the areas for improvement identified in this report. This should be submitted to the Care Inspectorate within six weeks of publication, by 8 July 2025. The Care Inspectorate, through its link inspector, will monitor progress in implementing the plan, and will liaise with scrutiny and improvement partners as required."
        ),
        h1("Appendix 1: The six-point evaluation scale"),
        table(
            [
                ["Evaluation", "Meaning"],
                ["Excellent", "Outstanding or sector leading"],
                ["Very good", "Major strengths"],
                ["Good", "Important strengths, with some areas for improvement"],
                ["Adequate", "Strengths just outweigh weaknesses"],
                ["Weak", "Important weaknesses - priority action required"],
                ["Unsatisfactory", "Major weaknesses - urgent remedial action required"],
            ],
            widths=[45 * mm, 125 * mm],
        ),
        sp(6),
        P(
            "An evaluation of excellent describes performance which is sector leading and supports experiences and outcomes for people which are of outstandingly high quality. An evaluation of weak will apply to performance in which strengths can be identified but these are outweighed or compromised by significant weaknesses. An evaluation of unsatisfactory will apply when there are major weaknesses in critical aspects of performance which require immediate remedial action."
        ),
    ]
)
build(
    out,
    s,
    "Joint inspection of services for children and young people at risk of harm in Drumvallan",
    "May 2025",
    title="Joint inspection of services for children and young people at risk of harm in Drumvallan",
    author="Care Inspectorate",
)
print(out)
