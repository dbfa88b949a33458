import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common import *

out = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/ofsted-childrens-homes/SC498213_Larkfield_House_full_inspection_February_2025.pdf"
)
os.makedirs(os.path.dirname(out), exist_ok=True)
s = []
s += (
    [
        P("Ofsted", SUB),
        sp(20),
        Paragraph("Larkfield House", TITLE),
        P("Children's home inspection report", SUB),
        P("Unique reference number: SC498213"),
        P("Registered provider: Brightwater Care Group Limited"),
        P("Full inspection"),
        P("Inspected under the social care common inspection framework"),
        sp(10),
        h2("Information about this children's home"),
        P(
            "Larkfield House is a privately owned children's home on the edge of Penrith, Cumbria. It is registered to provide care for up to four children aged between 11 and 17 years who may have emotional and/or behavioural difficulties. At the time of this inspection, three children were living at the home. The home is operated by Brightwater Care Group Limited, which runs eleven homes across the north of England."
        ),
        P("The manager registered with Ofsted in June 2022."),
        sp(6),
        P("<b>Inspection dates:</b> 4 and 5 February 2025"),
        P("<b>Report published:</b> 6 March 2025"),
        sp(8),
        table(
            [
                ["Judgement area", "Judgement"],
                [
                    "Overall experiences and progress of children and young people, including how well children and young people are helped and protected",
                    "good",
                ],
                [
                    "How well children and young people are helped and protected",
                    "requires improvement to be good",
                ],
                ["The effectiveness of leaders and managers", "good"],
            ],
            widths=[115 * mm, 55 * mm],
        ),
        sp(10),
        P("The children's home provides effective services that meet the requirements for good."),
        P("<b>Date of last inspection:</b> 12 July 2023"),
        P("<b>Overall judgement at last inspection:</b> requires improvement to be good"),
        P("<b>Enforcement action since last inspection:</b> none"),
        PageBreak(),
        h2("Recent inspection history"),
        table(
            [
                ["Inspection date", "Inspection type", "Inspection judgement"],
                ["12/07/2023", "Full", "Requires improvement to be good"],
                ["15/03/2022", "Full", "Good"],
                ["09/09/2021", "Assurance visit", "No judgement (assurance visit)"],
                ["21/11/2019", "Full", "Good"],
            ],
            widths=[45 * mm, 50 * mm, 75 * mm],
        ),
        h1("Inspection judgements"),
        h2("Overall experiences and progress of children and young people: good"),
        P(
            'Children make good progress from their starting points. They have settled well at the home and speak warmly about the staff who care for them. One child told the inspector, "This is the first place where people actually listen to me." Staff know the children well and understand how their early experiences affect their behaviour. Care plans are detailed and are reviewed with each child every month, and children\'s views are clearly recorded.'
        ),
        P(
            "Education is a strength. All three children attend full-time education. The home has a designated education link worker, Ms Rachel Dunmore, who meets each child's school every half term and attends personal education plan meetings with the virtual school. As a result, one child's school attendance improved from 41% in the autumn term of 2023 to 88% in the autumn term of 2024. Another child is studying a level 2 motor vehicle course at Kendal College and has not missed a session since September 2024."
        ),
        P(
            "Children enjoy a wide range of activities that build their confidence. One child has joined Penrith Amateur Football Club and plays in a weekly league. Another child completed the bronze Duke of Edinburgh's Award in October 2024. Staff take children on walks in the nearby fells and children helped to plan a three-night holiday to Northumberland in the summer."
        ),
        P(
            "Older children are well prepared for adulthood. The provider's 'Pathways to Independence' programme starts when a child turns 16. It includes budgeting, cooking on a weekly allowance, using public transport and understanding a tenancy agreement. The 17-year-old living at the home has completed four of the six modules and is now cooking an evening meal for the household twice a week."
        ),
        P(
            "Children's health needs are met. All children are registered with a GP, dentist and optician, and their annual health assessments are up to date. Staff receive monthly consultation sessions with the provider's clinical psychologist, Dr Priya Natarajan, which help them to apply the provider's 'Secure Base Together' therapeutic model. A child and adolescent mental health services worker visits one child at the home every fortnight."
        ),
        P(
            "Children are helped to keep in touch with the people who matter to them. Staff drive one child to Bradford each month so that she can spend time with her two younger siblings, a round trip of about 240 miles. Family time arrangements are agreed with social workers and are recorded clearly."
        ),
        h2("How well children and young people are helped and protected: requires improvement to be good"),
        P(
            "Most children feel safe at the home and staff respond quickly to most concerns. Staff have a good understanding of the signs of child sexual and criminal exploitation and share information with the police Missing and Exploitation Team in Penrith. However, the response to one child who regularly went missing was not consistently effective."
        ),
        P(
            "Between May and October 2024, one child was missing from the home on nine occasions. The child's missing-from-care plan states that staff should report the child missing to the police if they have not returned within 30 minutes of an agreed time. On two occasions, staff waited more than two hours before informing the police. This delay potentially placed the child at increased risk of harm. Managers had not identified this shortfall through their monitoring of incidents. Since November 2024, the child has been missing on one occasion, and on that occasion the plan was followed."
        ),
        P(
            "Return home interviews are completed by Safe Return North, the service commissioned by Westmorland and Furness Council. Staff routinely request these interviews, but the information from them is not always used to update children's risk assessments."
        ),
        P(
            "Physical intervention is used rarely and only as a last resort. Staff used restraint six times in the 12 months before this inspection, all with the same child. In each case the intervention was proportionate. However, two of the six records did not include the child's views or evidence that a debrief had taken place with the child. This means that opportunities to learn from these incidents were missed."
        ),
        P(
            "In November 2024, one child was arrested following an incident in the community. Although staff supported the child well during and after the arrest, the registered manager did not notify Ofsted of this event as required. This is a breach of regulation."
        ),
        P(
            "Recruitment practice is safe. All the required checks were completed before staff started work. The inspector found one gap in a staff member's employment history that had not been explored; the registered manager addressed this during the inspection."
        ),
        h2("The effectiveness of leaders and managers: good"),
        P(
            'The registered manager, Karen Oduya, has led the home since June 2022. She holds the level 5 diploma in leadership and management for residential childcare. She is ambitious for the children and is well respected by staff, social workers and parents. A social worker said, "Karen always gets back to me the same day and she fights the children\'s corner."'
        ),
        P(
            "The staff team is stable. There are 12 members of staff, including two team leaders. Two staff left the home in the last 12 months and no agency staff have been used since March 2024. Nine of the 12 staff hold the level 3 diploma for residential childcare. The remaining three staff are enrolled on the qualification and are within the required timescale of two years from the start of their employment."
        ),
        P(
            "Staff receive regular supervision, usually every four to six weeks, and describe it as helpful. However, two staff did not receive supervision for three months during the summer of 2024 because of a team leader's absence. The manager has since introduced a tracker to prevent this from happening again."
        ),
        P(
            "The independent person, Jean Ashworth, visits the home every month. Her regulation 44 reports are detailed and challenging, and the manager responds to each of her recommendations in writing. The manager completes a review of the quality of care every six months, in line with regulation 45, and these reviews include the views of children and their families."
        ),
        P(
            "Leaders have made progress since the last inspection. Of the three requirements made at the last inspection, two have been fully met. The requirement relating to the recording of physical intervention has only been partly met, as reflected in the findings of this inspection."
        ),
        h1("What does the children's home need to do to improve?"),
        h2("Statutory requirements"),
        P(
            "This section sets out the actions that the registered person(s) must take to meet the Care Standards Act 2000, Children's Homes (England) Regulations 2015 and the 'Guide to the Children's Homes Regulations, including the quality standards'. The registered person(s) must comply within the given timescales."
        ),
        table(
            [
                ["Requirement", "Due date"],
                [
                    "The protection of children standard is that children are protected from harm and enabled to keep themselves safe. In particular, the standard in paragraph (1) requires the registered person to ensure that staff follow each child's missing-from-care plan and report children missing to the police within the timescales agreed in the plan. (Regulation 12 (1) (2)(a)(v))",
                    "31 March 2025",
                ],
                [
                    "The registered person must notify HMCI and each other relevant person without delay if a child is arrested. (Regulation 40 (4)(b))",
                    "28 February 2025",
                ],
                [
                    "The registered person must ensure that within 24 hours of the use of a measure of restraint, a record is made which includes the child's views and confirmation that the child has been given the opportunity to discuss the restraint with a member of staff. (Regulation 35 (3)(a)(vii) and (viii))",
                    "31 March 2025",
                ],
            ],
            widths=[130 * mm, 40 * mm],
        ),
        h2("Recommendations"),
    ]
    + bullets(
        [
            "The registered person should ensure that information from return home interviews is used to update each child's risk assessment and missing-from-care plan. ('Guide to the Children's Homes Regulations, including the quality standards', page 45, paragraph 9.32)",
            "The registered person should ensure that all staff receive supervision at least every six weeks, including when a team leader is absent. ('Guide to the Children's Homes Regulations, including the quality standards', page 61, paragraph 19.4)",
            "The registered person should ensure that the monitoring of incident records by managers identifies any delay in following children's safety plans. ('Guide to the Children's Homes Regulations, including the quality standards', page 55, paragraph 15.3)",
        ]
    )
    + [
        h1("Information about this inspection"),
        P(
            "Inspectors have looked closely at the experiences and progress of children and young people, using the social care common inspection framework. This inspection was carried out under the Care Standards Act 2000 to assess the effectiveness of the service, how it meets the core functions of the service as set out in legislation, and to consider how well it complies with the relevant regulations and meets the quality standards."
        ),
        h2("Children's home details"),
        table(
            [
                ["Item", "Detail"],
                ["Unique reference number", "SC498213"],
                ["Provision sub-type", "Children's home"],
                ["Registered provider", "Brightwater Care Group Limited"],
                ["Registered provider address", "Unit 4, Eden Business Park, Penrith CA11 9FB"],
                ["Responsible individual", "Marcus Hale"],
                ["Registered manager", "Karen Oduya"],
                ["Inspector", "Daniel Whitcombe, Social Care Inspector"],
            ],
            widths=[60 * mm, 110 * mm],
        ),
        sp(10),
        P(
            "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to achieve excellence in the care of children and young people, and in education and skills for learners of all ages.",
            SMALL,
        ),
        P("(c) Crown copyright 2025", SMALL),
    ]
)
build(
    out,
    s,
    "Inspection report for children's home: SC498213",
    "4 and 5 February 2025",
    title="Larkfield House - children's home inspection report",
    author="Ofsted",
)
print(out)
