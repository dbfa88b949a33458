import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common import *

out = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/hmicfrs-fire-and-rescue/fenland-and-peterborough-fire-and-rescue-service-inspection-report-2023-25.pdf"
)
os.makedirs(os.path.dirname(out), exist_ok=True)
s = []
s += (
    [
        P("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", SUB),
        sp(30),
        P("Fire and Rescue Service 2023–2025", SUB),
        P("Effectiveness, efficiency and people", SUB),
        Paragraph("An inspection of Fenland and Peterborough Fire and Rescue Service", TITLE),
        sp(20),
        P("Published: 11 September 2024"),
        P("Inspection fieldwork: 8 to 26 April 2024"),
        PageBreak(),
        h1("Contents"),
    ]
    + bullets(
        [
            "Overall summary",
            "Service in numbers",
            "Understanding the risk of fire and other emergencies",
            "Preventing fires and other risks",
            "Protecting the public through fire regulation",
            "Responding to fires and other emergencies",
            "Responding to major and multi-agency incidents",
            "Making best use of resources",
            "Promoting the right values and culture",
            "Getting the right people with the right skills",
            "Ensuring fairness and promoting diversity",
            "Managing performance and developing leaders",
        ]
    )
    + [
        h1("Overall summary"),
        P("Our judgements", H2),
        P(
            "Our inspection assessed how well Fenland and Peterborough Fire and Rescue Service has performed in 11 areas. We have made the following graded judgements:"
        ),
        table(
            [
                ["Area", "Grade"],
                ["Understanding the risk of fire and other emergencies", "Adequate"],
                ["Preventing fires and other risks", "Good"],
                ["Protecting the public through fire regulation", "Adequate"],
                ["Responding to fires and other emergencies", "Requires improvement"],
                ["Responding to major and multi-agency incidents", "Good"],
                ["Making best use of resources", "Requires improvement"],
                ["Future affordability", "Adequate"],
                ["Promoting the right values and culture", "Inadequate"],
                ["Getting the right people with the right skills", "Requires improvement"],
                ["Ensuring fairness and promoting diversity", "Requires improvement"],
                ["Managing performance and developing leaders", "Adequate"],
            ],
            widths=[120 * mm, 50 * mm],
        ),
        sp(6),
        P(
            "In this inspection we have identified one cause of concern and 7 areas for improvement. We set out our detailed findings about the areas in which the service has performed well and where it should improve in the rest of this report."
        ),
        h2("HM Inspector's summary"),
        P(
            "It was a pleasure to revisit Fenland and Peterborough Fire and Rescue Service, and I am grateful for the positive and constructive way that the service worked with our inspection staff. I am disappointed with the service's overall performance since our last inspection in 2022. The service has made progress in some areas, particularly in prevention and in its response to major and multi-agency incidents. But it has declined in others."
        ),
        P(
            "I am seriously concerned about the service's culture. We found that a significant minority of staff did not feel able to challenge inappropriate behaviour, and in our staff survey 27 percent of the 312 respondents said they had experienced bullying, harassment or discrimination at work in the previous 12 months. We have therefore graded the service as inadequate for promoting the right values and culture and issued a cause of concern."
        ),
        P(
            "The service is also not meeting its own response standard. It aims to get its first fire engine to a dwelling fire within 10 minutes on 80 percent of occasions, but in the year ending 31 March 2024 it achieved this on only 68.4 percent of occasions. This is largely because of low availability of on-call fire engines."
        ),
        P("Alison Prentice", H3),
        P("His Majesty's Inspector of Fire & Rescue Services"),
        h1("Service in numbers"),
        table(
            [
                ["Measure", "Fenland and Peterborough", "England"],
                ["Population (2022)", "318,400", "-"],
                ["Area covered", "889 square kilometres", "-"],
                ["Fire stations", "14 (4 wholetime, 2 day-crewed, 8 on-call)", "-"],
                ["Wholetime firefighters (FTE), 31 March 2024", "286", "-"],
                ["On-call firefighters (headcount), 31 March 2024", "198", "-"],
                ["Firefighter cost per person per year, 2023/24", "£26.40", "£27.54"],
                ["Incidents attended per 1,000 population, year ending 31 March 2024", "8.9", "10.1"],
                ["Home fire safety checks per 1,000 population, year ending 31 March 2024", "24.6", "9.7"],
                ["Fire safety audits per 100 known premises, year ending 31 March 2024", "2.1", "1.9"],
                [
                    "Average response time to primary fires, year ending 31 March 2024",
                    "9 minutes 41 seconds",
                    "8 minutes 59 seconds",
                ],
            ],
            widths=[85 * mm, 50 * mm, 35 * mm],
        ),
        sp(6),
        P(
            "The service is governed by the Fenland and Peterborough Combined Fire Authority, chaired by Councillor Sandra Pike. The Chief Fire Officer is Gareth Lyle, who was appointed in October 2021."
        ),
        h1("Understanding the risk of fire and other emergencies"),
        P("Adequate", H3),
        P(
            "The service has a good understanding of the risks in its area. Its community risk management plan, 'Safer Fens 2028', covers 2024 to 2028 and was informed by a public consultation that received 1,142 responses. The plan identifies the specific risks of the area, including flood risk in the Fens, the A1(M) and A47 road corridors and a growing number of high-rise residential buildings in Peterborough."
        ),
        P(
            "However, the service does not keep its risk information up to date. We found that 23 percent of site-specific risk information records for high-risk premises were overdue for review."
        ),
        P("Area for improvement", H3),
    ]
    + bullets(
        [
            "The service should make sure that its site-specific risk information is up to date and readily available to operational staff."
        ]
    )
    + [
        h1("Preventing fires and other risks"),
        P("Good", H3),
        P(
            "The service prioritises its prevention work well. In 2023/24 it carried out 7,842 Safe and Well visits, and 86 percent of these were for people in its priority groups, such as older people living alone and people who smoke and have limited mobility. Crews on wholetime stations complete a target of ten visits per watch each month."
        ),
        P(
            "The service works well with partners. It runs the 'Firebreak' youth intervention scheme with Peterborough City Council, which has been delivered to 148 young people since 2022. Its arson reduction team works with the police, and deliberate fires fell by 17 percent between 2021/22 and 2023/24."
        ),
        h1("Protecting the public through fire regulation"),
        P("Adequate", H3),
        P(
            "The service has a risk-based inspection programme, but it is not on track to meet it. It has identified 1,206 premises as high risk, but it audited only 412 of these in 2023/24. The service has recruited four trainee fire safety inspectors, who are expected to be fully qualified by March 2026."
        ),
        P(
            "The service uses its full range of enforcement powers. In the year ending 31 March 2024, it issued 3 prohibition notices and completed 1 prosecution. Its call challenge policy, introduced in October 2023, has reduced attendance at unwanted fire signals from automatic fire alarms by 18 percent."
        ),
        P("Area for improvement", H3),
    ]
    + bullets(
        [
            "The service should make sure that its risk-based inspection programme prioritises the highest-risk premises and that it has enough qualified staff to complete it."
        ]
    )
    + [
        h1("Responding to fires and other emergencies"),
        P("Requires improvement", H3),
        P(
            "The service has set a response standard of getting its first fire engine to a dwelling fire within 10 minutes on 80 percent of occasions. In the year ending 31 March 2024, it met this standard on 68.4 percent of occasions. Its average response time to primary fires was 9 minutes 41 seconds, slower than the England average."
        ),
        P(
            "On-call availability is low. The average availability of on-call fire engines across its eight on-call stations was 61 percent in 2023/24, and at Whittlesey it was as low as 38 percent. The service has introduced a new on-call contract with flexible hours, but it is too early to assess its effect."
        ),
        P(
            "Incident commanders we spoke with were confident and knowledgeable. But the mobile data terminals on fire engines are outdated and often fail to load risk information, and the service has been slow to act on learning from operational debriefs."
        ),
        P("Areas for improvement", H3),
    ]
    + bullets(
        [
            "The service should make sure it meets its response standards, including by improving the availability of on-call fire engines.",
            "The service should make sure that mobile data terminals are reliable so that firefighters can access up-to-date risk information.",
            "The service should have an effective system for learning from operational incidents and act on that learning promptly.",
        ]
    )
    + [
        h1("Responding to major and multi-agency incidents"),
        P("Good", H3),
        P(
            "The service is well prepared for major and multi-agency incidents. It plays an active role in the local resilience forum and took part in 'Exercise Wash Tide', a large-scale flooding exercise, in November 2023. Staff have a good understanding of the Joint Emergency Services Interoperability Principles (JESIP), and the service has cross-border arrangements with all four neighbouring services."
        ),
        h1("Making best use of resources"),
        P("Requires improvement", H3),
        P(
            "The service faces a budget gap of £1.9 million by 2026/27, and it has usable reserves of £4.2 million. Its medium-term financial plan is realistic, but it has not yet identified how it will close the gap. The service does not make the best use of its wholetime workforce: we found that wholetime crews spent only 14 percent of their time on prevention and protection activity."
        ),
        P("Area for improvement", H3),
    ]
    + bullets(
        [
            "The service should make sure that it has robust processes in place to monitor the productivity of its workforce and that its resources are aligned to the risks identified in its community risk management plan."
        ]
    )
    + [
        h1("Promoting the right values and culture"),
        P("Inadequate", H3),
        P(
            "The service has not done enough to promote the right values and culture. In our staff survey, 27 percent of the 312 respondents said they had experienced bullying, harassment or discrimination at work in the previous 12 months. Many staff told us that they would not report inappropriate behaviour because they did not believe that action would be taken. The service received 19 grievances in 2023/24, eight of which related to alleged bullying, and the average time to resolve a grievance was 97 days."
        ),
        P("Cause of concern", H3),
        P(
            "The service has not done enough to make sure that all staff understand and demonstrate its values and that inappropriate behaviour is identified and challenged."
        ),
        P("Recommendations", H3),
        P("By 31 January 2025, the service should:"),
    ]
    + bullets(
        [
            "make sure that senior leaders act as role models and consistently demonstrate the service's values;",
            "introduce an independent and confidential reporting line so that staff can raise concerns safely; and",
            "review its grievance and disciplinary processes so that cases are resolved promptly and fairly.",
        ]
    )
    + [
        P(
            "The service should provide us with an action plan by 30 October 2024 setting out how it will address this cause of concern. We will revisit the service to monitor its progress."
        ),
        h1("Getting the right people with the right skills"),
        P("Requires improvement", H3),
        P(
            "The service's workforce planning is improving. It introduced a firefighter apprenticeship scheme in September 2023, which recruited 16 apprentices in its first year. However, too many staff are not up to date with safety-critical training: 31 percent of wholetime firefighters were overdue for one or more elements, including breathing apparatus and emergency response driving."
        ),
        P("Area for improvement", H3),
    ]
    + bullets(
        [
            "The service should make sure that all staff are up to date with safety-critical training and that it has a reliable system for recording training."
        ]
    )
    + [
        h1("Ensuring fairness and promoting diversity"),
        P("Requires improvement", H3),
        P(
            "The service's workforce does not reflect its community. At 31 March 2024, 7.1 percent of firefighters were women and 3.4 percent were from ethnic minority backgrounds, compared with 17.2 percent of the local working-age population. The service's equality impact assessments were often completed after decisions had been made."
        ),
        h1("Managing performance and developing leaders"),
        P("Adequate", H3),
        P(
            "The service has an appraisal process, but only 74 percent of staff had completed an appraisal in 2023/24. The 'Leadership Pathway' programme, launched in 2023, has been completed by 42 supervisory and middle managers, and staff who took part spoke positively about it. The service does not yet have a process to identify and develop high-potential staff."
        ),
        sp(10),
        P("© HMICFRS 2024. www.justiceinspectorates.gov.uk/hmicfrs", SMALL),
    ]
)
build(
    out,
    s,
    "Fenland and Peterborough Fire and Rescue Service 2023–25",
    "Effectiveness, efficiency and people",
    title="Fire and Rescue Service 2023-2025: Fenland and Peterborough",
    author="HMICFRS",
)
print(out)
