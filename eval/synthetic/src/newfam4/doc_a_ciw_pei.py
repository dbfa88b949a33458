import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam2"))  # the shared helpers
from common import *

out = (
    os.environ["SYNTHETIC_OUT"]
    + "/care-inspectorate-wales/250612-Performance-Evaluation-Inspection-Tregarwen-Childrens-Services-en.pdf"
)
os.makedirs(os.path.dirname(out), exist_ok=True)

s = []
s += [
    P("Arolygiaeth Gofal Cymru<br/>Care Inspectorate Wales", SUB),
    sp(40),
    Paragraph("Performance evaluation inspection of children's services", TITLE),
    P("Tregarwen County Borough Council", SUB),
    sp(24),
    P("Inspection dates: 20 - 24 January 2025"),
    P("Publication date: 12 June 2025"),
    sp(60),
    P(
        "This document and the information contained within it are the property of Care Inspectorate Wales. "
        "This document is also available in Welsh. Mae'r ddogfen hon hefyd ar gael yn Gymraeg.",
        SMALL,
    ),
    P("© Crown copyright 2025. Digital ISBN 978-1-83933-918-4", SMALL),
    PageBreak(),
    h1("Contents"),
]
s += bullets(
    [
        "1. Introduction",
        "2. Summary of findings",
        "3. Findings: People - voice and choice",
        "4. Findings: Prevention",
        "5. Findings: Well-being",
        "6. Findings: Partnerships and integration",
        "7. Next steps",
        "8. Methodology",
        "9. Welsh language",
        "10. Acknowledgements",
    ]
)
s += [
    h1("1. Introduction"),
    P(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection (PEI) of children's services in "
        "Tregarwen County Borough Council in January 2025. The purpose of this inspection was to review the local "
        "authority's performance in exercising its social services duties and functions in line with legislation, on "
        "behalf of Welsh Ministers."
    ),
    P(
        "We sought to answer the following question under each of the four principles of the Social Services and "
        "Well-being (Wales) Act 2014: how well is the local authority discharging its duties and functions in line with "
        "legislation? Healthcare Inspectorate Wales (HIW) took part in the inspection and considered the contribution of "
        "Cwm Arian University Health Board to safeguarding and supporting children. This report does not award grades or "
        "ratings; it sets out strengths and areas for improvement under each principle."
    ),
    P(
        "The inspection was led by Rhiannon Griffiths, Senior Inspector, with three CIW inspectors, an HIW reviewer and "
        "a Welsh-speaking inspector. The statutory Director of Social Services is Dr Carys Emanuel. Children's services "
        "are led by the Head of Children's Services, Iwan Prosser, who was appointed in May 2023. The cabinet member for "
        "social care is Councillor Mererid Bowen, and the chief executive is Alun Vaughan."
    ),
    h1("2. Summary of findings"),
    P(
        "Tregarwen is a largely rural county borough of around 118,000 people, with two main towns, Pontarwen and "
        "Llanfeuno. Almost 38% of residents speak Welsh. Children's services are under considerable pressure: at 31 March "
        "2024, 312 children were looked after by the local authority, a rate of 118 per 10,000 children, and 146 children "
        "were on the child protection register. The local authority has reduced the number of children looked after by 9% "
        "since March 2022."
    ),
    P(
        "We found a committed and caring workforce and a senior leadership team with a realistic understanding of the "
        "service's strengths and weaknesses. Children and families who spoke with us valued their workers, and practice in "
        "the Porth Teulu (Family Gateway) information, advice and assistance service was generally timely and "
        "proportionate. The Teuluoedd Cryf edge-of-care service is helping children to remain safely with their families."
    ),
    P(
        "However, recruitment and retention of social workers remains the most significant challenge. At the time of the "
        "inspection 27% of social work posts in children's services were vacant, and agency social workers made up 19% of "
        "the workforce. Children told us that frequent changes of worker made it hard to build relationships. The quality "
        "of assessments and care and support plans was inconsistent, and children's voices were not always clearly "
        "recorded. The local authority relies on placements operating without registration for a small number of children "
        "with complex needs, and there is a shortage of local foster carers."
    ),
    h3("Summary of strengths"),
]
s += bullets(
    [
        "A well-established 'What matters' approach at the front door, with proportionate information, advice and assistance.",
        "Effective edge-of-care support from Teuluoedd Cryf, which worked with 96 families in 2023-24.",
        "A strong active offer of the Welsh language, with 62% of children's social workers able to work through the medium of Welsh.",
        "Good multi-agency working in the co-located Multi-Agency Safeguarding Hub (MASH), established in September 2023.",
        "Care leavers' access to the St David's Day Fund and the Llwybr Newydd supported lodgings scheme.",
    ]
)
s += [h3("Summary of areas for improvement")]
s += bullets(
    [
        "Recruitment and retention of qualified social workers, and reducing reliance on agency staff.",
        "The quality and consistency of assessments and care and support plans, including contingency planning.",
        "Recording the voice of the child, including whether children were seen alone.",
        "Sufficiency of local placements, including in-house foster carers, to end the use of placements operating without registration.",
        "The regularity and quality of supervision and management oversight.",
        "Timely access to emotional and mental health support for children, working with Cwm Arian University Health Board.",
    ]
)
s += [
    h1("3. Findings: People - voice and choice"),
    P(
        "Under this principle we looked at how well the local authority listens to children and families, and whether "
        "people are equal partners who have voice, choice and control over their care and support."
    ),
    h3("Strengths"),
    P(
        "Practitioners in the Porth Teulu service use 'What matters' conversations well to understand what is important to "
        "children and families. Most families we spoke with said they had been listened to and treated with respect. The "
        "local authority has a children looked after council, Lleisiau Tregarwen, which meets monthly and has influenced "
        "the redesign of the pathway planning documents for young people leaving care."
    ),
    P(
        "The active offer of advocacy is made consistently. Independent professional advocacy is provided by Llais Ifanc, "
        "and 58% of eligible children took up the offer in 2023-24, which is higher than the Wales average. Children and "
        "young people who used advocacy told us it helped them to express their views at child protection conferences and "
        "looked after reviews."
    ),
    h3("Areas for improvement"),
    P(
        "The voice of the child was not consistently evident in records. We reviewed 57 children's records and found that "
        "in 14 of them there was no evidence that the child had been seen alone, or no explanation of why this had not "
        "happened. Care and support plans were rarely written in a way that children could understand, and few plans "
        "recorded children's own views of what needed to change."
    ),
    P(
        "Children experienced too many changes of social worker. Of the children whose records we reviewed, 23 had had "
        "three or more social workers in the previous 12 months. One young person told us: 'I've stopped telling my story "
        "because I know they'll leave.' Pathway plans for care leavers were up to date in 71% of cases, but personal "
        "advisers were allocated late for some young people approaching 16."
    ),
    h1("4. Findings: Prevention"),
    P(
        "Under this principle we looked at how effectively the local authority and its partners prevent needs from "
        "escalating and reduce the need for statutory intervention."
    ),
    h3("Strengths"),
    P(
        "Porth Teulu is the single point of contact for children's services. It received 9,412 contacts in 2023-24, and "
        "decisions were made within one working day for 78% of them. Information, advice and assistance is generally "
        "proportionate, and families are signposted to Families First and Flying Start services where appropriate."
    ),
    P(
        "Teuluoedd Cryf, the local authority's edge-of-care and reunification service, offers intensive support to "
        "families for up to 16 weeks. It worked with 96 families in 2023-24, and 81% of the children it supported were "
        "still living safely at home six months after the intervention ended. The Integrated Family Support Service "
        "(IFSS) works well with parents who misuse substances."
    ),
    h3("Areas for improvement"),
    P(
        "There are waiting lists for some preventative services. At the time of the inspection 63 families were waiting "
        "for support from the Families First Team Around the Family, and some had waited more than 10 weeks. Some families "
        "were re-referred to Porth Teulu while they waited. The local authority should monitor the impact of these delays "
        "on children."
    ),
    P(
        "Local placement sufficiency is a significant concern. The in-house fostering service, Foster Wales Tregarwen, had "
        "87 fostering households, a net loss of 11 households since 2022. As a result, 41% of children looked after were "
        "living with independent fostering agency carers or in residential placements outside the county. The local "
        "authority has a sufficiency strategy that supports the Welsh Government's commitment to eliminate profit from the "
        "care of children looked after, including plans to open two small local-authority children's homes by 2026."
    ),
    h1("5. Findings: Well-being"),
    P(
        "Under this principle we looked at whether people are protected and safeguarded from abuse, neglect and any other "
        "types of harm, and whether children's well-being outcomes are promoted."
    ),
    h3("Strengths"),
    P(
        "Responses to immediate safeguarding concerns are timely. Strategy discussions were held within the timescales set "
        "out in the Wales Safeguarding Procedures for 91% of children in the year to December 2024, and initial child "
        "protection conferences were held within 15 working days for 84% of children. We saw good examples of social "
        "workers using the 'Signs of Safety' approach to involve families in safety planning."
    ),
    P(
        "Children looked after are supported to maintain relationships with their families and communities. Education "
        "attainment of children looked after is closely monitored by the virtual school team, and 88% of care leavers aged "
        "19 to 21 were in suitable accommodation."
    ),
    h3("Areas for improvement"),
    P(
        "The quality of assessments and care and support plans was variable. In 19 of the 57 records we reviewed, the "
        "assessment did not adequately analyse risk or consider the child's history. Contingency planning was weak, and "
        "plans did not always set out who would do what, by when. Only 72% of the supervision records we saw showed that "
        "supervision had taken place at the frequency required by the local authority's policy."
    ),
    P(
        "The local authority continues to place a small number of children in placements operating without registration. "
        "Six children had lived in such arrangements during the 12 months before the inspection, and three were doing so "
        "at the time of our visit. We notified senior leaders of our concerns, and they provided assurance about the "
        "oversight of each child. The local authority must continue to work with CIW and providers to end this practice."
    ),
    P(
        "Average caseloads for social workers in the long-term and child protection teams were 19 children, with some "
        "workers holding up to 27. Staff told us that high caseloads limit the time they can spend with children. The "
        "local authority's 'grow your own' programme currently supports 14 staff to qualify as social workers through the "
        "Open University, and it has signed up to the all-Wales agency Memorandum of Co-operation."
    ),
    h1("6. Findings: Partnerships and integration"),
    P(
        "Under this principle we looked at how well the local authority works with partners to deliver integrated "
        "support for children and families."
    ),
    h3("Strengths"),
    P(
        "The co-located Multi-Agency Safeguarding Hub, established in September 2023, has improved the speed and quality "
        "of information sharing between children's services, the police, health and education. Partners spoke positively "
        "about relationships with the local authority at a senior level. The Gorllewin Tywi Regional Safeguarding Children "
        "Board provides effective challenge, and its multi-agency audit of neglect in 2024 has led to the roll-out of the "
        "Graded Care Profile 2 tool."
    ),
    P(
        "The Regional Partnership Board has used the Regional Integration Fund to open Tŷ Croeso, a four-bed residential "
        "assessment and short-break service for children with complex needs, which opened in April 2024."
    ),
    h3("Areas for improvement"),
    P(
        "Children wait too long for emotional and mental health support. Children and young people referred to specialist "
        "child and adolescent mental health services provided by Cwm Arian University Health Board waited an average of "
        "26 weeks for a first appointment. Health visitors and school nurses did not always contribute to strategy "
        "discussions, and in some cases health information was shared late."
    ),
    P(
        "Joint working with adult services for young people with disabilities moving to adulthood needs to improve. "
        "Transition planning started late for several young people we tracked, and parents described the process as "
        "confusing."
    ),
    h1("7. Next steps"),
    P(
        "CIW expects Tregarwen County Borough Council to consider the areas identified for improvement and take "
        "appropriate action to address them. The local authority should submit an improvement action plan to CIW within "
        "three months of the publication of this report. We will monitor progress through our ongoing performance review "
        "activity with the local authority, including a performance review meeting in the autumn of 2025."
    ),
    h1("8. Methodology"),
    h3("Fieldwork"),
]
s += bullets(
    [
        "We reviewed 57 children's records and tracked 8 children's experiences in detail, speaking with the children, their families and the professionals involved.",
        "We interviewed 31 children, young people, parents and carers.",
        "We held discussions with 64 members of staff, managers and senior leaders, and 22 partner agency representatives.",
        "We observed a MASH meeting, a child protection conference and a Lleisiau Tregarwen meeting.",
        "We received 117 responses to our survey of local authority staff and 39 responses to our survey of partner agencies.",
    ]
)
s += [
    h1("9. Welsh language"),
    P(
        "The local authority is making good progress in implementing the 'More than just words' (Mwy na geiriau) "
        "framework. The active offer of the Welsh language was made in most records we reviewed, and 62% of children's "
        "social workers are Welsh speakers. Several interviews during the inspection were held in Welsh."
    ),
    h1("10. Acknowledgements"),
    P(
        "CIW would like to thank the children, young people, families, staff and partners who took part in this "
        "inspection, and the local authority for its co-operation."
    ),
]
build(
    out,
    s,
    "Performance evaluation inspection of children's services: Tregarwen County Borough Council",
    "June 2025",
    title="Performance evaluation inspection of children's services - Tregarwen County Borough Council",
    author="Care Inspectorate Wales",
)
print(out)
