import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common import *
from reportlab.lib.enums import TA_RIGHT

out = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/ofsted-jtai-letters/Kirklees_JTAI_serious_youth_violence_letter_29_November_2024.pdf"
)
os.makedirs(os.path.dirname(out), exist_ok=True)
R = ParagraphStyle("r", parent=SMALL, alignment=TA_RIGHT)
s = []
s += (
    [
        P("Ofsted  |  Care Quality Commission  |  HMICFRS  |  HM Inspectorate of Probation", H3),
        P("Piccadilly Gate<br/>Store Street<br/>Manchester M1 2WD", R),
        P("T 0300 123 1231<br/>Textphone 0161 618 8524<br/>enquiries@ofsted.gov.uk<br/>www.gov.uk/ofsted", R),
        sp(6),
        P("29 November 2024"),
        sp(4),
        P("Joanna Pryce, Director of Children's Services, Kirklees Council"),
        P("Steven Marsden, Chief Executive, Kirklees Council"),
        P(
            "Dr Amir Sadiq, Place-based Director, Kirklees Health and Care Partnership, NHS West Yorkshire Integrated Care Board"
        ),
        P("Helen Crowther, Chief Constable, West Yorkshire Police"),
        P("Mark Fenby, Head of Kirklees Probation Delivery Unit"),
        P("Dr Ruth Hallam, Independent Scrutineer, Kirklees Safeguarding Children Partnership"),
        sp(6),
        P("Dear Kirklees Safeguarding Children Partnership"),
        h2("Joint targeted area inspection of Kirklees"),
        P(
            "This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to serious youth violence in Kirklees."
        ),
        P(
            "This inspection took place from 14 to 18 October 2024. It was carried out by inspectors from Ofsted, the Care Quality Commission (CQC), His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) and His Majesty's Inspectorate of Probation (HMI Probation)."
        ),
        P(
            "Inspectors evaluated the effectiveness of the multi-agency response to children who are at risk of, or involved in, serious youth violence, including knife crime and criminal exploitation. Inspectors looked at the 'front door', the response to children identified as at risk of extra-familial harm, and the work of the youth justice service. As part of the inspection, inspectors reviewed the experiences of 27 children in depth, spoke with 14 children and 9 parents and carers, and met more than 120 professionals."
        ),
        h2("Headline findings"),
        P(
            "Kirklees safeguarding partners have a shared and well-established commitment to tackling serious youth violence. The 'Safer Futures' strategy, launched in April 2023, is understood by practitioners across agencies and has led to a number of effective initiatives, including the youth navigator service in the emergency department at Huddersfield Royal Infirmary. Many children benefit from skilled practitioners who build trusting relationships with them and their families."
        ),
        P(
            "However, the partnership's understanding of the impact of its work is underdeveloped. Partners do not yet have the shared data they need to know whether the strategy is reducing harm. Too many children are held overnight in police custody, and some older children do not receive timely planning for their transition to adult services."
        ),
        h2("What needs to improve?"),
    ]
    + bullets(
        [
            "The partnership's use of shared data and quality assurance to understand the impact of the 'Safer Futures' strategy on children.",
            "The provision of local authority accommodation for children who are charged and refused bail, so that children are not held overnight in police custody.",
            "The timeliness of access to child and adolescent mental health services (CAMHS) for children at risk of serious youth violence.",
            "The consistency of speech, language and communication screening for children open to the youth justice service.",
            "The timeliness of planning for young people transferring from the youth justice service to the probation service at 18.",
            "Information-sharing by schools about children on part-time timetables or at risk of permanent exclusion.",
        ]
    )
    + [
        h2("Strengths"),
    ]
    + bullets(
        [
            "The Integrated Front Door provides a prompt and well-coordinated response when children are at immediate risk of harm.",
            "The fortnightly multi-agency child exploitation (MACE) panel has a detailed understanding of the children most at risk and of locations and peer groups of concern.",
            "The youth navigator service, delivered by the charity Step Forward Kirklees at Huddersfield Royal Infirmary, engages children at a 'reachable moment' after they attend hospital with an injury.",
            "West Yorkshire Police's Operation Meridian has disrupted knife crime and identified children who are being exploited.",
            "Youth justice service practitioners build strong, persistent relationships with children, and their work is well informed by children's histories.",
        ]
    )
    + [
        h2("Main findings"),
        P(
            "The Integrated Front Door responds quickly when children are at risk. In the 12 months to September 2024, it received 14,260 contacts. Social workers, police officers and health practitioners are co-located and share information well at daily safeguarding meetings. Decisions about the next steps for children are timely and appropriate, and strategy meetings are held promptly when children are at risk of significant harm."
        ),
        P(
            "Children at risk of criminal exploitation are well identified. The fortnightly MACE panel, chaired by a detective inspector, oversees a tracker of 97 children. The panel's mapping of peer groups and locations is detailed and is used to plan disruption activity, such as increased patrols near transport hubs in Huddersfield and Dewsbury. However, the panel's minutes do not always show how actions for individual children are followed up."
        ),
        P(
            "West Yorkshire Police's Operation Meridian, launched in January 2024, has led to 212 knives being seized in Kirklees. Officers routinely complete child protection notifications when they encounter children who may be exploited. However, the police response to children in custody is a concern. Between April and September 2024, 31 children were held overnight in police custody after being charged and refused bail. Only 3 of these children were transferred to local authority accommodation. The local authority does not have a dedicated bed available for this purpose, and the partnership has not agreed a protocol to resolve this."
        ),
        P(
            "The youth navigator service at Huddersfield Royal Infirmary is a real strength. Youth workers from Step Forward Kirklees are based in the emergency department on Thursday, Friday and Saturday evenings. In the year to September 2024, they engaged with 186 children who had attended with injuries linked to violence, and most went on to accept support in the community."
        ),
        P(
            "Children's access to mental health support is too slow. Children referred to CAMHS wait an average of 19 weeks for a first appointment, and some children at high risk of harm have waited considerably longer. The youth justice service has a seconded CAMHS practitioner, but this post was vacant for five months in 2024. Only 40% of children open to the youth justice service had received speech, language and communication screening, despite a high prevalence of unmet need among these children."
        ),
        P(
            "The youth justice service, Kirklees Youth Justice Service, provides effective support to children. Practitioners know children well and use creative approaches, including the 'Turning Point' boxing and mentoring programme, to engage them. Reoffending rates for children supervised by the service fell from 38% to 31% over two years. Management oversight of risk is regular and clearly recorded."
        ),
        P(
            "Transitions to adult services are not always well planned. In the 12 months before the inspection, 11 young people transferred from the youth justice service to the probation service. In 4 of these cases, transition planning started less than three months before the young person's 18th birthday, rather than the six months required by local protocol. This meant that young people did not always get to know their probation practitioner before the transfer."
        ),
        P(
            "Schools are increasingly involved in the partnership's work to address serious youth violence, and the local authority's Inclusion Hubs offer an alternative to exclusion for children at risk. However, information about children on part-time timetables is not consistently shared with the local authority. Suspensions in secondary schools rose by 23% in the 2023 to 2024 academic year."
        ),
        P(
            "Leaders in the partnership have good relationships and are committed to improvement. The Safer Futures Board meets quarterly and is chaired by the Director of Children's Services. However, the board's performance report relies mainly on activity data, such as numbers of referrals, and does not show whether children's outcomes are improving. Multi-agency audits have not focused on serious youth violence since the launch of the strategy."
        ),
        h2("Next steps"),
        P(
            "The local safeguarding partners should prepare a written statement of proposed action responding to the findings outlined in this letter. This should be a multi-agency response involving the individuals and agencies that this report is addressed to. The response should set out the actions for the partnership and, when appropriate, individual agencies. The local safeguarding partners should send the written statement of action to ProtectionOfChildren@ofsted.gov.uk by 10 March 2025. This statement will inform the lines of enquiry at any future joint or single-agency activity by the inspectorates."
        ),
        P(
            "The inspection team was led by Claire Fenwick, His Majesty's Inspector, Ofsted. The team also included inspectors from CQC, HMICFRS and HMI Probation."
        ),
        P("Yours sincerely"),
        sp(6),
        table(
            [
                ["Ofsted", "Care Quality Commission"],
                [
                    "Rebecca Thorne\nNational Director, Regulation and Social Care",
                    "Dr Michael Adeyemi\nDeputy Chief Inspector, Integrated Care",
                ],
                ["HMI Constabulary and Fire & Rescue Services", "HMI Probation"],
                [
                    "Laura Beckett\nHis Majesty's Inspector of Constabulary",
                    "Sarah Quinlan\nDirector of Operations",
                ],
            ],
            widths=[85 * mm, 85 * mm],
            header=False,
        ),
    ]
)
# render newlines in signature cells
build(
    out,
    s,
    "Joint targeted area inspection of Kirklees",
    "29 November 2024",
    title="Joint targeted area inspection of Kirklees - letter",
    author="Ofsted",
)
print(out)
