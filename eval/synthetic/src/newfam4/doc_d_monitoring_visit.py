import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "newfam2"))  # the shared helpers
from common import *
from reportlab.lib.enums import TA_RIGHT

out = os.environ["SYNTHETIC_OUT"] + "/ofsted-monitoring-visits/Kelsford_monitoring_visit_letter_10_June_2025.pdf"
os.makedirs(os.path.dirname(out), exist_ok=True)
R = ParagraphStyle("r", parent=SMALL, alignment=TA_RIGHT)
# Ofsted letters are set large (12pt Tahoma, wide line spacing); the body paragraphs here follow that
LETTER = ParagraphStyle("letter", parent=BODY, fontSize=12, leading=18, spaceAfter=11)
_P = P


def P(t, st=LETTER):
    return _P(t, st)


def bullets(items):
    return [Paragraph(esc(i), ParagraphStyle("lb", parent=LETTER, leftIndent=18, bulletIndent=4, spaceAfter=6), bulletText="\u2022") for i in items]
s = []
s += [
    P("Ofsted", SUB),
    P("Agora<br/>6 Cumberland Place<br/>Nottingham NG1 6HJ", R),
    P("T 0300 123 1231<br/>Textphone 0161 618 8524<br/>enquiries@ofsted.gov.uk<br/>www.gov.uk/ofsted", R),
    sp(6),
    P("10 June 2025"),
    sp(4),
    P(
        "Rebecca Thorne<br/>Interim Director of Children's Services<br/>Kelsford City Council<br/>Guildhall<br/>"
        "Market Square<br/>Kelsford"
    ),
    sp(6),
    P("Dear Rebecca"),
    h2("Monitoring visit to Kelsford children's services"),
    P(
        "This letter summarises the findings of the monitoring visit to Kelsford children's services on 13 and 14 May "
        "2025. This was the fourth monitoring visit since the local authority was judged inadequate for overall "
        "effectiveness in September 2023. His Majesty's Inspectors for this visit were Jasmine Ekwueme and Paul Denholm."
    ),
    h2("Areas covered by the visit"),
    P(
        "Inspectors reviewed the progress made in the quality and impact of planning for permanence for children in care, "
        "including:"
    ),
]
s += bullets(
    [
        "the timeliness of permanence planning, including the use of early permanence and fostering for adoption",
        "the quality of care plans and the impact of independent reviewing officers (IROs)",
        "the sufficiency and stability of homes for children in care, including children living in unregistered children's homes",
        "the quality of management oversight and supervision.",
    ]
)
s += [
    P(
        "This visit was carried out in line with the inspection of local authority children's services (ILACS) framework. "
        "Inspectors considered a range of evidence, including electronic case records, supervision files and notes, "
        "observation of social workers and senior practitioners undertaking their work, and the local authority's "
        "performance information. Inspectors also spoke to children, foster carers, social workers, IROs, managers and "
        "senior leaders. Inspectors looked at the experiences of 38 children."
    ),
    h2("Headline findings"),
    P(
        "Progress in improving the experiences of children in care in Kelsford has been too slow. Since the last "
        "monitoring visit in January 2025, senior leaders have strengthened the arrangements for tracking permanence, and "
        "there are early signs of improvement for younger children. However, too many children continue to wait too long "
        "for decisions about where they will grow up, and the quality of care planning remains variable. The number of "
        "children living in unregistered children's homes has increased, and some children are living far from Kelsford "
        "without a clear plan for their return. Workforce instability continues to limit the pace of change."
    ),
    h2("Findings and evaluation of progress"),
    P(
        "At the time of the visit, 748 children were in the care of Kelsford City Council, a rate of 92 per 10,000 "
        "children, compared with 71 at the time of the inspection in 2023. Leaders have established a weekly Permanence "
        "Tracking Panel, chaired by the head of service for children in care, which now has oversight of every child. "
        "Local authority data shows that 61% of children had a permanence plan agreed by their second review, an increase "
        "from 44% in September 2024. This improvement is not yet consistent across all teams."
    ),
    P(
        "Early permanence is beginning to be used more effectively for babies and very young children. Since September "
        "2024, 9 children have been placed with carers approved under fostering for adoption arrangements through the "
        "regional adoption agency, Adopt Midshires. In contrast, permanence planning for older children and brothers and "
        "sisters remains weak. Inspectors saw several sibling groups for whom there had been no assessment of whether they "
        "should live together or apart, and 17 children had been waiting more than 12 months for a long-term match with "
        "foster carers."
    ),
    P(
        "When children return home to live with their parents under a placement with parents arrangement, planning is "
        "not sufficiently robust. At the time of the visit, 46 children were placed with parents, and for some of these "
        "children the care order had remained in place for more than two years without a review of whether it was still "
        "needed. Leaders have recently begun a review of all these children's circumstances, led by the legal gateway "
        "panel, and 8 applications to discharge care orders had been made since February 2025."
    ),
    P(
        "Special guardianship is increasingly used to secure permanence for children living with family members. In "
        "2024-25, 34 children left care through special guardianship orders. Assessments of special guardians are "
        "thorough, and support plans are clear about financial and practical help. However, some special guardians told "
        "inspectors that they did not know who to contact when they needed support after the order was made."
    ),
    P(
        "The quality of care plans is too variable. Stronger plans are informed by up-to-date assessments and by children's "
        "wishes and feelings. However, many plans are not updated when children's circumstances change, and some plans "
        "contain actions that have been carried over from one review to the next. Life-story work had been completed for "
        "fewer than half of the children whose plan was adoption or long-term fostering."
    ),
    P(
        "IROs know their children well, and most review meetings are held on time. However, IRO caseloads are too high, at "
        "an average of 84 children each, and IROs are not consistently escalating concerns about drift. In only 5 of the 21 "
        "cases where inspectors considered that escalation was needed had an IRO used the formal dispute resolution "
        "process."
    ),
    P(
        "Sufficiency of homes for children in care is a significant challenge. At the time of the visit, 27 children were "
        "living in unregistered children's homes, compared with 19 at the last monitoring visit. Senior leaders have "
        "oversight of these arrangements, and children are visited frequently, but some had lived in unregistered homes for "
        "more than six months. Almost a third of children in care, 31%, live more than 20 miles from Kelsford. The "
        "in-house fostering service, Kelsford Fostering Hub, recorded a net loss of 18 fostering households in 2024-25, "
        "despite a new recruitment campaign, 'Room for One More'."
    ),
    P(
        "Children's health and education needs are not consistently well met. Initial health assessments were completed "
        "within 20 working days for only 39% of children who came into care in the six months before the visit, "
        "although review health assessments were more timely. The virtual school has improved the quality of personal "
        "education plans, and 86% of children of school age had an up-to-date plan. Children who live outside Kelsford "
        "wait longer for school places and for child and adolescent mental health services."
    ),
    P(
        "Children's participation is a developing strength. The children in care council, Kelsford Voices, meets "
        "fortnightly and has worked with leaders to produce a new 'Welcome to care' pack and a pledge to children in care. "
        "Members of Kelsford Voices sit on the interview panels for senior managers. Most children seen by inspectors "
        "were visited regularly and had opportunities to express their views, and their words were often recorded in "
        "their plans. However, independent visitors were in place for only 12 of the 41 children who had requested one."
    ),
    P(
        "Family time is generally well planned, and children are supported to keep in touch with brothers, sisters and "
        "other important people. The family time service has extended its opening hours to evenings and Saturdays. In a "
        "small number of cases, decisions to reduce family time were not clearly recorded or explained to children."
    ),
    P(
        "The workforce remains unstable. Social worker turnover in the children in care service was 31% in the 12 months "
        "to March 2025, and 42% of social workers in the service are agency staff. Many children have had several changes "
        "of social worker; some told inspectors they had had so many social workers that they had stopped counting. "
        "Average caseloads have reduced to 18 children, following the creation of an additional children in care team in "
        "February 2025."
    ),
    P(
        "Supervision is regular, but it is not consistently reflective, and management oversight does not always prevent "
        "drift. Quality assurance has improved: the practice audit programme now includes observation of practice and "
        "feedback from children, and audits are moderated by the improvement partner, Harbury Borough Council."
    ),
    P(
        "Senior leaders, including the interim Director of Children's Services, the chief executive, Graham Lyle, and the "
        "lead member for children, Councillor Josephine Adebayo, have a realistic understanding of the scale of improvement "
        "needed. The Department for Education's children's services commissioner, Mark Pettigrew, continues to oversee "
        "the improvement plan. The council has committed an additional £5.8 million for 2025-26, including funding to "
        "open two new council-run children's homes in Kelsford. Leaders acknowledge that progress has been too slow, and "
        "the revised Improvement Plan, 'Kelsford Children First', agreed in March 2025, sets out clear milestones."
    ),
    P(
        "Ofsted will take the findings from this monitoring visit into account when planning your next inspection or visit."
    ),
    P("Yours sincerely"),
    sp(12),
    P("Jasmine Ekwueme"),
    P("His Majesty's Inspector"),
]
build(
    out,
    s,
    "Monitoring visit to Kelsford children's services",
    "10 June 2025",
    title="Monitoring visit to Kelsford children's services",
    author="Ofsted",
)
print(out)
