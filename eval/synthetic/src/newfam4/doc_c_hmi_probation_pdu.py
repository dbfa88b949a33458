import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam2"))  # the shared helpers
from common import *

out = (
    os.environ["SYNTHETIC_OUT"]
    + "/hmi-probation-pdu/An-inspection-of-probation-services-in-Brackenford-and-Lowmoor-PDU-v1.1.pdf"
)
os.makedirs(os.path.dirname(out), exist_ok=True)


def kq(rows):
    return table([["Key question", "Percentage 'Yes'"]] + rows, widths=[140 * mm, 30 * mm])


s = []
s += [
    P("HM Inspectorate of Probation", SUB),
    sp(40),
    Paragraph("An inspection of probation services in: Brackenford and Lowmoor Probation Delivery Unit", TITLE),
    P("Probation Service - North East region", SUB),
    P("HM Inspectorate of Probation, September 2025", SUB),
    sp(30),
    P("Fieldwork: 7 to 11 April 2025 (case inspection) and 28 April to 1 May 2025 (interviews and meetings)"),
    P("Report published: 2 September 2025"),
    P("Lead inspector: Beth Lancaster"),
    PageBreak(),
    h1("Contents"),
]
s += bullets(
    [
        "Foreword",
        "Ratings",
        "Recommendations",
        "Background",
        "Contextual facts",
        "1. Organisational delivery",
        "2. Case supervision",
        "Annexe 1: Methodology",
    ]
)
s += [
    h1("Foreword"),
    P(
        "This inspection is part of our programme of inspections of probation delivery units (PDUs). We inspected "
        "Brackenford and Lowmoor PDU, which covers the city of Brackenford and the former mining district of Lowmoor, and "
        "is one of ten PDUs in the North East region of the Probation Service."
    ),
    P(
        "Overall, we rated Brackenford and Lowmoor PDU as 'Requires improvement'. The head of PDU, Marcus Oduya, has been "
        "in post since June 2022 and has created an open and supportive culture. Staff told us that they felt valued, and "
        "the PDU has built strong partnerships, particularly with the Lowmoor Women's Hub and the Brackenford Community "
        "Justice Partnership. The range of services available to people on probation was good."
    ),
    P(
        "However, the quality of case supervision was not good enough, particularly in relation to keeping other people "
        "safe. Practitioners did not make enough enquiries about domestic abuse and child safeguarding at the start of "
        "supervision, home visits were rarely used, and reviews did not take place when circumstances changed. Too many "
        "practitioners were carrying unmanageable workloads, and the PDU had only 71% of the probation officers it needed. "
        "We have rated implementation and delivery, and reviewing, as 'Inadequate'."
    ),
    P(
        "We have made eight recommendations, which, if implemented, should improve the quality of probation services in "
        "Brackenford and Lowmoor and better protect the public."
    ),
    P("Andrea Whitlock", H3),
    P("HM Chief Inspector of Probation"),
    PageBreak(),
    h1("Ratings"),
    table(
        [
            ["Brackenford and Lowmoor PDU", "Fieldwork started April 2025", "Score 9/24"],
            ["Overall rating", "", "Requires improvement"],
            ["1. Organisational delivery", "", ""],
            ["1.1", "Leadership", "Good"],
            ["1.2", "Staffing", "Requires improvement"],
            ["1.3", "Services", "Good"],
            ["1.4", "Information and facilities", "Good"],
            ["2. Case supervision", "", ""],
            ["2.1", "Assessment", "Requires improvement"],
            ["2.2", "Planning", "Requires improvement"],
            ["2.3", "Implementation and delivery", "Inadequate"],
            ["2.4", "Reviewing", "Inadequate"],
        ],
        widths=[50 * mm, 80 * mm, 40 * mm],
    ),
    sp(6),
    P(
        "Each of the eight standards is rated on a four-point scale and scored: Outstanding = 3, Good = 2, Requires "
        "improvement = 1, Inadequate = 0. Adding these scores produces a total score ranging from 0 to 24, which is banded "
        "to produce the overall rating: 0 to 4 = Inadequate, 5 to 13 = Requires improvement, 14 to 20 = Good, 21 to 24 = "
        "Outstanding. Brackenford and Lowmoor PDU scored 9 out of 24."
    ),
    h1("Recommendations"),
    P("Brackenford and Lowmoor PDU should:", H3),
]
s += numbered(
    [
        "ensure that domestic abuse and child safeguarding enquiries are made and analysed at the start of every case where they are required",
        "increase the use of home visits where they are needed to assess and manage risk of harm",
        "ensure that practitioners review assessments and plans when there is a significant change in a person's circumstances",
        "improve management oversight of cases assessed as high risk of serious harm, including through regular case audits",
    ]
)
s += [P("The North East region should:", H3)]
s += numbered(
    [
        "prioritise the recruitment and retention of probation officers in Brackenford and Lowmoor, so that workloads are manageable",
        "reduce the backlog of unpaid work hours and the waiting list for the Building Choices accredited programme",
    ],
    start=5,
)
s += [P("His Majesty's Prison and Probation Service should:", H3)]
s += numbered(
    [
        "ensure that the replacement case management system provides accurate workload and caseload information",
        "work with local authorities to increase the supply of suitable accommodation for people released from prison in the PDU area.",
    ],
    start=7,
)
s += [
    h1("Background"),
    P(
        "Brackenford and Lowmoor PDU is one of ten PDUs in the North East region, which is led by the Regional Probation "
        "Director, Helen Strachan. The PDU has offices in Brackenford city centre (Carlton House) and in Lowmoor (Pit Lane), "
        "and reporting points at Brackenford Magistrates' Court and HMP Lowmoor. Hollowgate House, a 24-bed approved "
        "premises, is located in the PDU area."
    ),
    P(
        "The inspection was led by Beth Lancaster, HM Inspector, with a team of six inspectors. We inspected 72 cases: 48 "
        "people serving community sentences and 24 people released on licence from custody. We interviewed the "
        "practitioners responsible for 66 of these cases, and held 19 meetings with managers, staff and partners. We also "
        "received 11 responses to our survey of people on probation."
    ),
    h1("Contextual facts"),
    table(
        [
            ["Measure", "Brackenford and Lowmoor", "England and Wales"],
            ["People supervised (all cases), 31 March 2025", "3,412", "-"],
            ["Of whom in the community", "2,205", "-"],
            ["Of whom in custody (pre-release)", "1,207", "-"],
            ["Proven reoffending rate (adults, year to March 2023)", "27.3%", "24.8%"],
            ["People managed under MAPPA", "164", "-"],
            ["Probation officers in post as % of target staffing", "71%", "79%"],
            ["Average workload measurement tool (WMT) figure, probation officers", "134%", "-"],
            ["Unpaid work hours outstanding", "142,000", "-"],
            ["People waiting to start the Building Choices programme", "211", "-"],
        ],
        widths=[100 * mm, 40 * mm, 30 * mm],
    ),
    sp(6),
    P(
        "Brackenford has a population of around 295,000 and Lowmoor around 86,000. Both areas have high levels of "
        "deprivation, and Lowmoor has one of the highest rates of drug-related deaths in England. Brackenford City Council "
        "and Lowmoor District Council are the two local authorities in the PDU area."
    ),
    h1("1. Organisational delivery"),
    h2("1.1 Leadership: Good"),
    P(
        "The head of PDU and the senior management team have a clear vision for the PDU, which is shared by staff. The "
        "PDU's business plan for 2024-25 focused on improving risk management, reducing workloads and increasing the use "
        "of community sentences with treatment requirements. Leaders have a good understanding of the PDU's performance, "
        "and quality assurance activity is well established, although it had not yet led to improvement in the quality of "
        "risk assessment. Staff engagement was positive: 87% of staff who responded to our survey felt that their managers "
        "supported them."
    ),
    h2("1.2 Staffing: Requires improvement"),
    P(
        "The PDU does not have enough probation officers. At the time of the inspection there were 23.5 full-time "
        "equivalent probation officer vacancies, and the PDU had 71% of its target staffing for probation officers, "
        "compared with 96% for probation services officers. The average workload measurement tool figure for probation "
        "officers was 134%, and 38% of practitioners had a workload of over 120%. The PDU has 31 trainee probation "
        "officers (PQiP learners), which should help to fill vacancies from 2026. The average number of sickness days per "
        "member of staff was 14.2 in the year to March 2025."
    ),
    P(
        "Practitioners received regular supervision, and most told us that their managers were approachable. However, "
        "senior probation officers were responsible for up to 16 staff each, which limited the time they could spend on "
        "oversight of high-risk cases."
    ),
    h2("1.3 Services: Good"),
    P(
        "People on probation have access to a good range of services. The Lowmoor Women's Hub provides a safe space for "
        "women to report, and a women-only reporting day is held every Wednesday. Commissioned Rehabilitative Services for "
        "personal wellbeing are provided by Northern Pathways, and the dependency and recovery service is delivered by "
        "Brackenford Recovery Alliance. The PDU works closely with the Brackenford Community Justice Partnership, and the "
        "'Second Chance' employment scheme with local employers has helped 118 people into work since it began in 2023."
    ),
    P(
        "However, there are delays in some core services. The backlog of unpaid work hours stood at 142,000, and only 38% "
        "of unpaid work requirements were completed within 12 months. There were 211 people waiting to start the Building "
        "Choices accredited programme. Access to accommodation for people leaving prison is a significant problem: 12% of "
        "the people released from custody in our sample were homeless on release, and Community Accommodation Service Tier "
        "3 (CAS3) placements were available for an average of 84 nights."
    ),
    h2("1.4 Information and facilities: Good"),
    P(
        "Policies and guidance are accessible, and staff know how to find them. Carlton House provides a welcoming "
        "environment, with interview rooms equipped with alarms, although the Pit Lane office in Lowmoor needs "
        "refurbishment. Performance data is used to monitor delivery, but the national case management system did not "
        "always provide accurate information about workloads."
    ),
    h1("2. Case supervision"),
    P(
        "We inspected 72 cases. Ratings for the case supervision standards are based on the lowest percentage for the key "
        "questions in each standard."
    ),
    h2("2.1 Assessment: Requires improvement"),
    kq(
        [
            ["Does assessment focus sufficiently on engaging the person on probation?", "78%"],
            ["Does assessment focus sufficiently on the factors linked to offending and desistance?", "71%"],
            ["Does assessment focus sufficiently on keeping other people safe?", "51%"],
        ]
    ),
    sp(6),
    P(
        "Practitioners understood the people they supervised and their motivation to change. However, domestic abuse "
        "enquiries with the police had been made at the start of supervision in only 46% of the cases where they were "
        "required, and child safeguarding enquiries with children's social care in only 52%. Risk of serious harm "
        "classifications were too low in 9 of the 72 cases."
    ),
    h2("2.2 Planning: Requires improvement"),
    kq(
        [
            ["Does planning focus sufficiently on engaging the person on probation?", "82%"],
            ["Does planning focus sufficiently on reducing reoffending and supporting desistance?", "69%"],
            ["Does planning focus sufficiently on keeping other people safe?", "54%"],
        ]
    ),
    sp(6),
    P(
        "Sentence plans were completed promptly, and most were written with the person on probation. Contingency "
        "planning to manage risk of harm was weak, and plans did not always include the actions of other agencies such "
        "as the police and children's social care."
    ),
    h2("2.3 Implementation and delivery: Inadequate"),
    kq(
        [
            ["Does the implementation and delivery of services effectively support the safety of other people?", "42%"],
            ["Does the implementation and delivery of services support desistance?", "63%"],
            ["Are the sentence and post-custody period implemented effectively with a focus on engaging the person on probation?", "74%"],
        ]
    ),
    sp(6),
    P(
        "Practitioners made good efforts to engage people on probation, and appointments were offered flexibly. However, "
        "work to keep other people safe was insufficient. Home visits had been undertaken in only 9 of the 40 cases in "
        "which we judged they were needed. Information from the police about domestic abuse call-outs was not routinely "
        "requested during the sentence, and in several cases new information about risk was not acted on."
    ),
    h2("2.4 Reviewing: Inadequate"),
    kq(
        [
            ["Does reviewing focus sufficiently on supporting compliance and engagement?", "66%"],
            ["Does reviewing focus sufficiently on reducing reoffending and supporting desistance?", "58%"],
            ["Does reviewing focus sufficiently on keeping other people safe?", "39%"],
        ]
    ),
    sp(6),
    P(
        "Formal reviews of assessments and plans did not take place when circumstances changed. Where there had been a "
        "significant change, such as a new relationship, an arrest or a change of address, a review of risk was completed "
        "in only 11 of the 29 relevant cases. People on probation were rarely involved in reviewing their progress."
    ),
    h1("Annexe 1: Methodology"),
    P(
        "The inspection was conducted using HM Inspectorate of Probation's standards for adult probation services. Ratings "
        "for the case supervision standards are based on the lowest percentage for the key questions: 80% or above = "
        "Outstanding, 65% to 79% = Good, 50% to 64% = Requires improvement, below 50% = Inadequate. The sample of cases was "
        "drawn from community sentences and releases on licence that started between nine and ten months before "
        "fieldwork, and is representative at a 95% confidence level."
    ),
]
build(
    out,
    s,
    "An inspection of probation services in: Brackenford and Lowmoor PDU",
    "September 2025",
    title="An inspection of probation services in: Brackenford and Lowmoor Probation Delivery Unit",
    author="HM Inspectorate of Probation",
)
print(out)
