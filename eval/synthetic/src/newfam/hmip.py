import sys

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from pdflib import build

OUT = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/hmi-probation/wrekin-and-severn-pdu-inspection-report-v1.0.pdf"
)
B = [
    ("title", "An inspection of probation services in:<br/>Wrekin and Severn Probation Delivery Unit"),
    ("sub", "Probation Service – West Midlands region"),
    ("sp", 6),
    ("meta", "HM Inspectorate of Probation"),
    ("meta", "Fieldwork: 10 to 14 March 2025"),
    ("meta", "Published: 22 July 2025"),
    ("meta", "Lead inspector: Owen Marsh"),
    ("sp", 60),
    (
        "small",
        "This is a synthetic document created for testing purposes. The probation delivery unit, its people and all figures in this report are fictional.",
    ),
    ("pb",),
    ("h1", "Contents"),
    (
        "bullets",
        [
            "Foreword",
            "Ratings",
            "Recommendations",
            "Background",
            "Contextual facts",
            "1. Organisational delivery",
            "2. Case supervision",
            "Annex 1: Case inspection data",
        ],
    ),
    ("h1", "Foreword"),
    (
        "p",
        "This inspection is part of our programme of inspections of probation delivery units (PDUs). We inspected Wrekin and Severn PDU, which covers the borough of Telford and Wrekin and the south of Shropshire, and is part of the West Midlands region of the Probation Service.",
    ),
    (
        "p",
        "Overall, we rated the PDU as ‘Requires improvement’. The head of PDU, Sarah Lindqvist, who took up post in October 2023, has a clear vision and is well regarded by staff and partners. However, the PDU has been operating with significant staff shortages, and this has affected the quality of work to keep people safe. The PDU had only 64 percent of the probation officers it needed at the time of our inspection, and practitioners’ workloads were too high.",
    ),
    (
        "p",
        "Our inspection of cases found that work to assess and manage risk of harm was not good enough. Practitioners didn’t make enough enquiries with the police about domestic abuse or with children’s social care about safeguarding concerns, and home visits were rarely used. We have made eight recommendations which, if implemented, should improve the quality of work in the PDU.",
    ),
    ("p", "<b>Chief Inspector of Probation</b>"),
    ("h1", "Ratings"),
    (
        "p",
        "Each of the eight standards is rated Outstanding (3 points), Good (2), Requires improvement (1) or Inadequate (0). Scores are totalled to give an overall score from 0 to 24, which determines the overall rating: 0–4 Inadequate, 5–13 Requires improvement, 14–20 Good, 21–24 Outstanding.",
    ),
    (
        "table",
        [
            ["Wrekin and Severn PDU", "Score 8/24"],
            ["Overall rating", "Requires improvement"],
            ["1. Organisational delivery", ""],
            ["1.1 Leadership", "Requires improvement"],
            ["1.2 Staffing", "Inadequate"],
            ["1.3 Services", "Good"],
            ["1.4 Information and facilities", "Requires improvement"],
            ["2. Case supervision", ""],
            ["2.1 Assessment", "Requires improvement"],
            ["2.2 Planning", "Good"],
            ["2.3 Implementation and delivery", "Inadequate"],
            ["2.4 Reviewing", "Requires improvement"],
        ],
        [100, 60],
    ),
    ("h1", "Recommendations"),
    (
        "p",
        "As a result of our inspection findings, we have made eight recommendations that we believe, if implemented, will have a positive impact on the quality of probation services.",
    ),
    ("h3", "Wrekin and Severn PDU should:"),
    ("reset",),
    (
        "np",
        "make sure that domestic abuse enquiries are made with the police and safeguarding enquiries with children’s social care at the start of every sentence, and that the information received is used to inform assessment;",
    ),
    (
        "np",
        "increase the use of home visits to assess and manage risk of harm, particularly in cases of domestic abuse and where children are involved;",
    ),
    (
        "np",
        "improve the quality and frequency of management oversight of cases where there is a high risk of serious harm;",
    ),
    ("np", "reduce the backlog of unpaid work hours;"),
    ("np", "make sure that reviews of cases take place when there is a significant change in circumstances."),
    ("h3", "Probation Service West Midlands region should:"),
    (
        "np",
        "prioritise the recruitment and retention of probation officers in Wrekin and Severn PDU so that workloads are manageable;",
    ),
    ("np", "reduce the waiting time for the Building Choices accredited programme."),
    ("h3", "His Majesty’s Prison and Probation Service should:"),
    (
        "np",
        "make sure that the PDU has access to a sufficient number of interview rooms in the Telford office, so that practitioners can see people in private.",
    ),
    ("h1", "Background"),
    (
        "p",
        "Wrekin and Severn PDU is one of 11 PDUs in the West Midlands region. It has offices in Telford and Shrewsbury and a reporting centre in Ludlow. It works with two local authorities, Telford and Wrekin Council and Shropshire Council, and with West Mercia Police. Unpaid work is delivered from a hub in Donnington.",
    ),
    ("h1", "Contextual facts"),
    (
        "table",
        [
            ["Measure", "Wrekin and Severn PDU"],
            ["People on probation (caseload), 31 December 2024", "2,318"],
            ["Community sentences", "1,147"],
            ["Post-release supervision", "812"],
            ["Pre-release (in custody)", "359"],
            ["Probation officers in post (FTE) / target", "41.6 / 65.0 (64%)"],
            ["Probation services officers in post (FTE) / target", "52.0 / 66.7 (78%)"],
            ["Trainee probation officers (PQiP)", "17"],
            ["Average sickness absence per FTE, 2024", "14.3 days"],
            ["Unpaid work hours outstanding", "41,200"],
        ],
        [110, 50],
    ),
    ("h1", "1. Organisational delivery"),
    ("h2", "1.1 Leadership — Requires improvement"),
    (
        "np",
        "1.1.1",
        "The head of PDU has a clear vision for the delivery of a high-quality, personalised service and has communicated this to staff. Staff spoke positively about her visibility and approach. She has established good relationships with partners, including the community safety partnerships and the two local safeguarding children partnerships.",
    ),
    (
        "np",
        "1.1.2",
        "However, the PDU’s priorities were dominated by managing staff shortages, and leaders had not been able to give enough attention to the quality of work to manage risk of harm. Senior probation officers (SPOs) each managed teams of up to 14 practitioners and had limited capacity for case oversight. Management oversight was sufficient in only 46 percent of the cases where it was required.",
    ),
    ("h2", "1.2 Staffing — Inadequate"),
    (
        "np",
        "1.2.1",
        "The PDU had only 41.6 full-time equivalent (FTE) probation officers against a target of 65.0, and 52.0 FTE probation services officers (PSOs) against a target of 66.7. Probation officers’ workloads averaged 128 percent of capacity according to the workload measurement tool (WMT). In our staff survey, 23 of 31 probation practitioners who responded said their workload was unmanageable.",
    ),
    (
        "np",
        "1.2.2",
        "The PDU had 17 trainee probation officers on the Professional Qualification in Probation (PQiP). They were well supported by practice tutor assessors, but some had been allocated cases beyond their level of experience. Average sickness absence was 14.3 days per FTE in 2024.",
    ),
    (
        "np",
        "1.2.3",
        "Staff were positive about the regional Support Hub and about the wellbeing support available, including the Employee Assistance Programme and reflective practice supervision sessions held every six weeks.",
    ),
    ("h2", "1.3 Services — Good"),
    (
        "np",
        "1.3.1",
        "The PDU has a good range of services to meet the needs of people on probation. Commissioned rehabilitative services (CRS) for accommodation, personal wellbeing and dependency and recovery were well used. Personal wellbeing services are provided by the charity Severn Pathways, which received 412 referrals in 2024.",
    ),
    (
        "np",
        "1.3.2",
        "Women on probation can be seen at The Hearth, a women’s centre in Telford, which provides a safe space and a range of support services. Of the women on probation in the PDU, 71 percent were seen at The Hearth rather than at the probation office.",
    ),
    (
        "np",
        "1.3.3",
        "However, people sentenced to the Building Choices accredited programme were waiting an average of six months to start it. The PDU had a backlog of 41,200 unpaid work hours, and 38 percent of people with an unpaid work requirement had not started their hours within the first month of their sentence.",
    ),
    ("h2", "1.4 Information and facilities — Requires improvement"),
    (
        "np",
        "1.4.1",
        "Policies and guidance were available to staff, and most staff knew how to find them. But the Telford office had only six interview rooms for more than 90 staff, which meant that some people on probation had to be seen in open areas. IT problems, including frequent failures of the case management system, affected staff productivity.",
    ),
    ("h1", "2. Case supervision"),
    (
        "p",
        "We inspected 48 cases: 30 community sentences and 18 post-release supervision cases. For each standard, we answered three key questions about engagement, desistance and keeping people safe. The rating for each standard is driven by the lowest score among its key questions: Outstanding 80 percent or more, Good 65 to 79 percent, Requires improvement 50 to 64 percent, Inadequate less than 50 percent.",
    ),
    ("h2", "2.1 Assessment — Requires improvement"),
    (
        "np",
        "2.1.1",
        "Practitioners engaged well with people on probation during assessment, and assessments of the factors linked to offending were mostly sufficient. However, assessments of risk of harm were not good enough. Domestic abuse enquiries with the police had been made in only 61 percent of relevant cases, and safeguarding enquiries with children’s social care in only 47 percent.",
    ),
    ("h2", "2.2 Planning — Good"),
    (
        "np",
        "2.2.1",
        "Plans were personalised and took account of people’s diversity and personal circumstances. Practitioners involved people on probation in planning. Planning to keep others safe was sufficient in 69 percent of cases, and contingency plans were generally clear.",
    ),
    ("h2", "2.3 Implementation and delivery — Inadequate"),
    (
        "np",
        "2.3.1",
        "The delivery of services to keep other people safe was sufficient in only 42 percent of cases. Home visits had been carried out in only 9 of the 28 cases where we judged that one was needed. Practitioners didn’t always follow up on information from partner agencies, and in some cases didn’t share information about risk with children’s social care or the police.",
    ),
    (
        "np",
        "2.3.2",
        "Appointments were often cancelled or conducted by telephone because of workload pressures. In 11 cases, the person on probation had gone more than four weeks without a face-to-face appointment.",
    ),
    ("h2", "2.4 Reviewing — Requires improvement"),
    (
        "np",
        "2.4.1",
        "Formal reviews were completed in most cases, but they didn’t always take place when there was a significant change in circumstances, such as a new relationship or a change of address. Reviews of risk of harm were sufficient in 54 percent of cases.",
    ),
    ("h1", "Annex 1: Case inspection data"),
    ("p", "Percentage of inspected cases judged sufficient, by key question (48 cases)."),
    (
        "table",
        [
            ["Standard", "Engagement", "Desistance", "Keeping people safe", "Rating"],
            ["2.1 Assessment", "79%", "71%", "52%", "Requires improvement"],
            ["2.2 Planning", "83%", "75%", "69%", "Good"],
            ["2.3 Implementation and delivery", "60%", "56%", "42%", "Inadequate"],
            ["2.4 Reviewing", "63%", "58%", "54%", "Requires improvement"],
        ],
        [52, 26, 26, 34, 32],
    ),
    (
        "small",
        "HM Inspectorate of Probation, 1st Floor Civil Justice Centre, Manchester. Synthetic test document.",
    ),
]
if __name__ == "__main__":
    import os

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    build(
        OUT,
        B,
        header="Inspection of probation services: Wrekin and Severn PDU",
        footer_left="HM Inspectorate of Probation",
    )
    print(OUT)
