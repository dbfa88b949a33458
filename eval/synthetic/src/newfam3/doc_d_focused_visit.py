import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam2"))  # the shared helpers
from common import *
from reportlab.lib.enums import TA_RIGHT

out = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/ofsted-focused-visits/Eastmarsh_focused_visit_letter_20_March_2025.pdf"
)
os.makedirs(os.path.dirname(out), exist_ok=True)
R = ParagraphStyle("r", parent=SMALL, alignment=TA_RIGHT)
s = []
s += (
    [
        P("Ofsted", SUB),
        P("Piccadilly Gate<br/>Store Street<br/>Manchester M1 2WD", R),
        P("T 0300 123 1231<br/>Textphone 0161 618 8524<br/>enquiries@ofsted.gov.uk<br/>www.gov.uk/ofsted", R),
        sp(6),
        P("20 March 2025"),
        sp(4),
        P("Caroline Hedley<br/>Director of Children's Services<br/>Eastmarsh Borough Council<br/>Civic Centre<br/>Saltfleet Road<br/>Eastmarsh"),
        sp(6),
        P("Dear Ms Hedley"),
        h2("Focused visit to Eastmarsh children's services"),
        P(
            "This letter summarises the findings of the focused visit to Eastmarsh children's services on 18 and 19 February 2025. His Majesty's Inspectors for this visit were Nadia Okafor and Gareth Lyle."
        ),
        P(
            "Inspectors looked at the local authority's arrangements for children in need of help and protection, specifically children in need and children subject to a child protection plan, including children in pre-proceedings under the Public Law Outline (PLO)."
        ),
        P(
            "This visit was carried out in line with the inspection of local authority children's services (ILACS) framework. Inspectors considered a range of evidence, including electronic case records, supervision files and notes, and the local authority's performance information and quality assurance activity. Inspectors looked at the experiences of 42 children and spoke with social workers, team managers, senior leaders, children and their families."
        ),
        h2("Headline findings"),
        P(
            "Since the last inspection of Eastmarsh children's services in May 2022, the quality and impact of social work practice for children in need and those subject to child protection plans have deteriorated. High demand, together with the instability of the workforce, has had a negative impact on the experiences of too many children. Senior leaders recognised the decline in their self-evaluation, but the actions they have taken since September 2024 have not yet led to sufficient improvement."
        ),
        P(
            "Children who are at immediate risk of significant harm are protected. However, for children in need and many children subject to child protection plans, there is drift and delay in progressing their plans. Management oversight is not effective in addressing this, particularly in the Saltfleet locality, where inspectors identified 6 children whose circumstances required immediate action by the local authority during the visit. Senior leaders responded promptly to these concerns."
        ),
        h2("Areas for priority action"),
        P("The local authority should take urgent action to improve:"),
    ]
    + numbered(
        [
            "The effectiveness of management oversight and supervision for children in need and children subject to child protection plans, so that plans are progressed without drift and delay.",
            "The timeliness and quality of pre-proceedings work under the Public Law Outline, so that decisions about children's futures are made promptly.",
        ]
    )
    + [
        h2("What needs to improve in this area of social work practice?"),
    ]
    + bullets(
        [
            "The quality of assessments and plans, so that they are informed by children's histories and identify clear and measurable outcomes.",
            "The frequency and purpose of visits to children subject to child protection plans.",
            "The use of tools to assess the impact of neglect on children.",
            "The stability of the workforce and the size of social workers' caseloads.",
            "The accuracy and use of performance information to understand the quality of practice.",
        ]
    )
    + [
        h2("Main findings"),
        P(
            "Eastmarsh has seen a significant increase in demand for children's social care. The number of children subject to a child protection plan rose from 318 in March 2023 to 446 in January 2025, a rate of 71 per 10,000 children, well above the rate for statistical neighbours. Leaders attribute much of the increase to the cost-of-living crisis and a rise in neglect cases, but they have not undertaken an analysis to test this."
        ),
        P(
            "When children are at immediate risk of harm, the response is timely. Strategy meetings are held promptly and are attended by the police and health partners. Child protection enquiries are thorough and, in most cases, children are seen and spoken to alone. Initial child protection conferences were held within 15 working days of the strategy meeting for 88% of children in the 12 months to January 2025."
        ),
        P(
            "The quality of assessments for children in need and children on child protection plans is too variable. Stronger assessments draw on children's histories and the views of partner agencies. Too many, however, focus on the most recent incident and do not consider the cumulative impact of neglect. The Graded Care Profile 2 (GCP2) tool has been adopted by the Eastmarsh Safeguarding Children Partnership, but it had been used in only 4 of the 17 cases inspectors considered in which neglect was the main concern."
        ),
        P(
            "Child protection plans are not sufficiently focused on what needs to change for children. Many plans list actions for parents without clear timescales, and core group meetings do not consistently review whether children's circumstances are improving. As a result, some children remain on plans for too long without their lives improving. At the time of the visit, 58 children had been subject to a child protection plan for more than 18 months, and 21% of plans in the previous year were for children who had been on a plan before."
        ),
        P(
            "Visits to children are not always frequent or purposeful enough. Local authority performance data shows that only 74% of children on child protection plans had been visited within the required 10 working days. Inspectors saw some good direct work with children, including creative use of 'three houses' tools, but in many cases the child's voice was not clearly recorded or used to inform plans."
        ),
        P(
            "Children in need experience delay in receiving the help they need. In 12 of the children in need cases sampled, there had been no review of the child's plan for more than six months. Some children's cases were stepped down from child protection to child in need without sufficient evidence that risks had reduced, and some of these children were later re-referred. The Families First early help service, introduced in 2023, provides effective support once families are allocated, but there was a waiting list of 137 families at the time of the visit."
        ),
        P(
            "Pre-proceedings work under the PLO is not effective enough. At the time of the visit, 41 children were in pre-proceedings, and for 15 of these children the pre-proceedings period had exceeded the local authority's target of 16 weeks. The PLO tracking meeting, chaired by the head of service, does not consistently ensure that actions are completed. Letters before proceedings are clear and written in plain language, and parents are supported to access legal advice. Family group conferences are offered in most cases, and the in-house family group conference service, Family Voices, is highly valued by families."
        ),
        P(
            "Management oversight and supervision are not effective in preventing drift. Supervision is mostly regular, but records show that it is often a list of tasks that are carried forward from one session to the next without being completed. In the Saltfleet locality, 3 of the 5 team managers are interim agency managers, and inspectors found that management decisions were not always recorded or followed up."
        ),
        P(
            "The workforce is unstable. The proportion of agency social workers has risen to 38%, and the vacancy rate for social workers in the child in need and child protection teams is 29%. Average caseloads have risen to 24 children, and some social workers have caseloads of up to 34 children. Many children have experienced several changes of social worker; one child had had seven social workers in two years. Social workers told inspectors that they enjoy working in Eastmarsh and feel supported by their managers, but that their workloads make it difficult to spend time with children."
        ),
        P(
            "Senior leaders have an accurate understanding of many of the weaknesses identified during this visit. The council has agreed additional investment of £3.2 million in children's social care for 2025/26, including funding for 14 additional social worker posts and an international recruitment programme that has so far recruited 9 social workers from Zimbabwe and South Africa. The 'Eastmarsh Academy', the council's new training programme for newly qualified social workers, began in January 2025. It is too soon to see the impact of these initiatives on children."
        ),
        P(
            "Quality assurance arrangements are not well developed. Leaders had not identified the extent of drift in children in need cases because the audit programme was paused between June and October 2024, and performance reports did not include data on the length of time since children's plans were reviewed. The Director of Children's Services, the lead member, Councillor Ravi Menon, and the chief executive, Sarah Whitcombe, have regular oversight of performance, and the recently established Children's Improvement Board, chaired by an independent adviser, has begun to provide external challenge."
        ),
        P(
            "Ofsted will take the findings from this focused visit into account when planning your next inspection or visit."
        ),
        P("Yours sincerely"),
        sp(12),
        P("Nadia Okafor"),
        P("His Majesty's Inspector"),
    ]
)
build(
    out,
    s,
    "Focused visit to Eastmarsh children's services",
    "20 March 2025",
    title="Focused visit to Eastmarsh children's services",
    author="Ofsted",
)
print(out)
