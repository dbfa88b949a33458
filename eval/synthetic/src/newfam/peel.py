import sys

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from pdflib import build

OUT = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/hmicfrs-peel/peel-assessment-2025-northshire-constabulary.pdf"
)
B = [
    ("title", "PEEL 2023–25"),
    ("sub", "Police effectiveness, efficiency and legitimacy"),
    ("sub", "<b>An inspection of Northshire Constabulary</b>"),
    ("sp", 10),
    ("meta", "His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services"),
    ("meta", "Inspection fieldwork: 3 to 21 March 2025"),
    ("meta", "Published: 14 August 2025"),
    ("meta", "HM Inspector of Constabulary: Dr Helen Aldridge"),
    ("sp", 50),
    (
        "small",
        "This is a synthetic document created for testing purposes. Northshire Constabulary, its people and all figures in this report are fictional.",
    ),
    ("pb",),
    ("h1", "Contents"),
    (
        "bullets",
        [
            "Overall summary",
            "HM Inspector’s observations",
            "Providing a service to victims of crime",
            "Recording data about crime",
            "Police powers and public treatment",
            "Preventing crime",
            "Responding to the public",
            "Investigating crime",
            "Protecting vulnerable people",
            "Managing offenders and suspects",
            "Developing a positive workplace",
            "Leadership and force management",
            "About the data",
        ],
    ),
    ("h1", "Overall summary"),
    ("h2", "Our judgments"),
    (
        "p",
        "Our inspection assessed how good Northshire Constabulary is in nine areas of policing. We make graded judgments in eight of these nine areas as follows:",
    ),
    (
        "table",
        [
            ["Area of policing", "Grade"],
            ["Recording data about crime", "Good"],
            ["Police powers and public treatment", "Adequate"],
            ["Preventing crime", "Good"],
            ["Responding to the public", "Requires improvement"],
            ["Investigating crime", "Adequate"],
            ["Protecting vulnerable people", "Requires improvement"],
            ["Managing offenders and suspects", "Outstanding"],
            ["Developing a positive workplace", "Adequate"],
            ["Leadership and force management", "Good"],
        ],
        [110, 50],
    ),
    (
        "p",
        "We also inspected how effective a service the force gives to victims of crime. We don’t make a graded judgment in this area.",
    ),
    (
        "p",
        "We set out our detailed findings about things the force is doing well and where the force should improve in the rest of this report. Where we have found a cause of concern we have made a recommendation. Where we have found an area for improvement we expect the force to address it, and we will monitor its progress.",
    ),
    ("h2", "Important changes to PEEL"),
    (
        "p",
        "In 2014, we introduced our police effectiveness, efficiency and legitimacy (PEEL) inspections. In 2023–25 we assess forces against a characteristics of good performance framework and use a five-tier system of graded judgments: outstanding, good, adequate, requires improvement and inadequate. Grades are not directly comparable with those given in our 2021/22 PEEL inspection of Northshire Constabulary, when the force was graded good for preventing crime and adequate for responding to the public.",
    ),
    ("h1", "HM Inspector’s observations"),
    (
        "p",
        "I am pleased with some aspects of the performance of Northshire Constabulary, particularly the way it manages registered sex offenders and other people who pose a risk to the public, which is among the best we have seen. But I have serious concerns about how the force responds to calls from the public.",
    ),
    (
        "p",
        "Chief Constable Mark Pemberton took up his post in January 2024. He and his chief officer team have set out a clear direction in the <i>Northshire 2030</i> plan and have started to make the changes needed to put the force on a sustainable financial footing. The force has a well-established neighbourhood policing model and works effectively with partner organisations to solve local problems.",
    ),
    (
        "p",
        "However, the force doesn’t answer emergency calls quickly enough. In the 12 months to 31 December 2024 it answered only 71.2 percent of 999 calls within 10 seconds, well below the national standard of 90 percent. Too many people calling the 101 non-emergency number give up before their call is answered. I have identified this as a cause of concern.",
    ),
    (
        "p",
        "The force also needs to improve how it protects vulnerable people. It is too slow to complete applications under the Domestic Violence Disclosure Scheme and it doesn’t always make sure that the voice of the child is recorded when officers attend domestic abuse incidents. We will examine the force’s approach to child protection in more detail in a separate national child protection inspection later this year.",
    ),
    ("p", "My report sets out the findings in more detail. I will monitor the force’s progress closely."),
    ("p", "<b>Dr Helen Aldridge</b><br/>His Majesty’s Inspector of Constabulary"),
    ("h1", "Providing a service to victims of crime"),
    (
        "p",
        "We audited 120 crime reports and 50 incident records to assess the service the force gives to victims. In most cases the force responded appropriately and kept victims informed. Officers completed a victim needs assessment in 71 percent of the cases where one was required. The force didn’t always record whether victims had been offered their entitlements under the Code of Practice for Victims of Crime (the Victims’ Code): we found evidence of this in 64 percent of relevant cases.",
    ),
    (
        "p",
        "When victims withdrew their support for an investigation, the force usually recorded the reason. But in 17 of the 43 cases we reviewed in which the victim withdrew support, there was no evidence that officers had considered pursuing an evidence-led prosecution.",
    ),
    ("h1", "Recording data about crime"),
    ("h3", "Northshire Constabulary is good at recording crime."),
    (
        "p",
        "We estimate that the force records 93.4 percent (with a confidence interval of ±1.6 percent) of all reported crime (excluding fraud). This is an improvement on the 89.1 percent we found in our 2021 crime data integrity inspection. The force records 91.2 percent of violent crime and 95.8 percent of sexual offences. Its crime registrar, supported by a team of 14 auditors, carries out regular audits and gives feedback to officers.",
    ),
    (
        "p",
        "The force correctly records most reports of rape; we found only two rape reports that weren’t recorded as a crime within 24 hours. It also records equality data, such as the ethnicity of victims, in 78 percent of crimes, which is better than most forces.",
    ),
    ("h1", "Police powers and public treatment"),
    (
        "h3",
        "Northshire Constabulary is adequate at treating the public fairly, appropriately and respectfully.",
    ),
    ("h2", "Main findings"),
    (
        "p",
        "We reviewed a sample of 200 stop and search records from the period 1 January to 31 December 2024. We found that 84 percent of the records had reasonable grounds recorded. This is lower than the 88 percent we found in our previous inspection. In the year ending 31 March 2024, Black people in Northshire were 3.1 times more likely to be stopped and searched than White people.",
    ),
    (
        "p",
        "The force has an external scrutiny panel, the Northshire Independent Scrutiny Group, which meets every two months to review body-worn video footage of stop and search and use of force. However, officers activated body-worn video in only 61 percent of the searches we reviewed. The force should make sure that officers consistently use body-worn video.",
    ),
    (
        "p",
        "The force records most use of force incidents. Use of Taser increased by 12 percent between 2022/23 and 2023/24, and the force has introduced a quarterly Taser review board chaired by a chief superintendent.",
    ),
    ("h2", "Areas for improvement"),
    (
        "bullets",
        [
            "The force should make sure that officers record reasonable grounds for all stop and searches, and that supervisors check the quality of these records.",
            "The force should improve how it monitors and explains disproportionality in the use of stop and search.",
            "The force should make sure officers use body-worn video in line with its policy.",
        ],
    ),
    ("h1", "Preventing crime"),
    (
        "h3",
        "Northshire Constabulary is good at preventing and deterring crime and anti-social behaviour, and reducing vulnerability.",
    ),
    ("h2", "Main findings"),
    (
        "p",
        "The force introduced its <i>Local First</i> neighbourhood policing model in April 2023. It has 46 neighbourhood teams, each led by a sergeant, covering the county and the cities of Kettleby and Ashbridge. Neighbourhood officers and police community support officers (PCSOs) are largely protected from being taken away from their neighbourhood duties: in the 12 months to 31 December 2024 they spent 87 percent of their time on neighbourhood work.",
    ),
    (
        "p",
        "The force uses the SARA (scanning, analysis, response and assessment) problem-solving model under the banner of <i>Operation Lantern</i>. We reviewed 15 problem-solving plans and found that 12 were of a good standard. For example, at the Marsholt Quay retail park, officers worked with the council and retailers to reduce anti-social behaviour by 42 percent over six months through improved lighting, youth outreach and targeted patrols.",
    ),
    (
        "p",
        "Across the force area, recorded anti-social behaviour incidents fell by 19 percent in 2024. The force secured £1.2 million of Safer Streets funding for crime prevention work in Kettleby city centre.",
    ),
    ("h2", "Area for improvement"),
    (
        "bullets",
        [
            "The force should evaluate its problem-solving activity so that it understands what works and shares good practice."
        ],
    ),
    ("h1", "Responding to the public"),
    ("h3", "Northshire Constabulary requires improvement at responding to the public."),
    ("h2", "Cause of concern"),
    (
        "p",
        "The force isn’t answering emergency and non-emergency calls quickly enough and isn’t always attending incidents within its own target times. This means that there is a risk that vulnerable people don’t get the help they need when they need it.",
    ),
    ("h3", "Recommendation"),
    ("p", "By 28 February 2026, Northshire Constabulary should make sure that:"),
    (
        "bullets",
        [
            "it answers 999 calls in line with the national standard of 90 percent within 10 seconds;",
            "it reduces the number of people who abandon calls to the 101 non-emergency number;",
            "its call handlers use the THRIVE structured risk assessment consistently and identify repeat and vulnerable callers; and",
            "it attends emergency and priority incidents within its published target times.",
        ],
    ),
    ("h2", "Main findings"),
    (
        "p",
        "In the 12 months to 31 December 2024, the force answered 71.2 percent of 999 calls within 10 seconds. This is one of the lowest rates in England and Wales. The average time taken to answer a 101 non-emergency call was 6 minutes 40 seconds, and 27.8 percent of 101 calls were abandoned before being answered.",
    ),
    (
        "p",
        "The force control room has an establishment of 214 call handlers, but at the time of our inspection there were 38 vacancies. The force has started a recruitment campaign and plans to introduce a new command and control system, known as <i>Atlas</i>, in 2026.",
    ),
    (
        "p",
        "Call handlers used the THRIVE risk assessment model in 76 of the 100 incidents we reviewed. They didn’t always check force systems to see if callers were repeat or vulnerable victims.",
    ),
    (
        "p",
        "The force aims to attend emergency (grade 1) incidents within 15 minutes in urban areas and 20 minutes in rural areas. It met these targets in 68 percent of cases. It aims to attend priority (grade 2) incidents within one hour, and met this target in only 54 percent of cases.",
    ),
    ("h1", "Investigating crime"),
    ("h3", "Northshire Constabulary is adequate at investigating crime."),
    ("h2", "Main findings"),
    (
        "p",
        "Of the 120 investigations we reviewed, we found that 94 were carried out effectively. Supervisors reviewed investigations and set clear actions in 82 percent of cases. The force allocates investigations to staff with the right skills and accreditation in most cases.",
    ),
    (
        "p",
        "The force had a backlog of 1,940 digital devices awaiting forensic examination at the time of our inspection. The average wait for an examination was seven months, reduced from eleven months in 2023. The force has introduced digital media investigators in each local policing area and is using a triage process for devices.",
    ),
    (
        "p",
        "In the 12 months to 31 December 2024, the force’s charge and summons rate was 6.9 percent. In 38 percent of closed domestic abuse crimes, the outcome recorded was that the victim didn’t support police action (outcome 16).",
    ),
    ("h2", "Areas for improvement"),
    (
        "bullets",
        [
            "The force should make sure it complies with the Victims’ Code and records this compliance.",
            "The force should reduce the backlog of digital devices awaiting examination.",
            "The force should make sure it considers evidence-led prosecutions when victims withdraw support.",
        ],
    ),
    ("h1", "Protecting vulnerable people"),
    ("h3", "Northshire Constabulary requires improvement at protecting vulnerable people."),
    ("h2", "Main findings"),
    (
        "p",
        "Officers completed a domestic abuse, stalking, harassment and honour-based violence (DASH) risk assessment in 88 percent of the domestic abuse cases we reviewed. But they didn’t always record the voice of the child or the behaviour of children present at the incident.",
    ),
    (
        "p",
        "The force is too slow to deal with applications under the Domestic Violence Disclosure Scheme (Clare’s Law). Only 52 percent of ‘right to ask’ applications were completed within the 28-day timescale set out in the national guidance. At the time of our inspection, 133 applications were outstanding.",
    ),
    (
        "p",
        "The force uses domestic violence protection notices and orders. In 2024 it applied for 41 domestic violence protection orders, of which 37 were granted. The force is implementing the Right Care, Right Person approach with health partners and expects to complete the third phase, covering concerns for welfare, by November 2025.",
    ),
    (
        "p",
        "The multi-agency safeguarding hub (MASH) in Kettleby receives all police referrals about vulnerable children and adults. We found delays in researching and sharing some referrals, which we will examine further in our national child protection inspection.",
    ),
    ("h2", "Areas for improvement"),
    (
        "bullets",
        [
            "The force should make sure it completes Domestic Violence Disclosure Scheme applications within the timescales in national guidance.",
            "The force should make sure that officers record the voice and behaviour of children at domestic abuse incidents.",
            "The force should reduce delays in researching and sharing referrals in the MASH.",
        ],
    ),
    ("h1", "Managing offenders and suspects"),
    ("h3", "Northshire Constabulary is outstanding at managing offenders and suspects."),
    ("h2", "Main findings"),
    (
        "p",
        "The force manages 1,412 registered sex offenders. At the time of our inspection, there were no overdue active risk management system (ARMS) assessments and no overdue home visits. Its management of sexual offenders and violent offenders (MOSOVO) team uses intelligence well, and officers carry out unannounced visits in high-risk cases.",
    ),
    (
        "p",
        "The force responds quickly to intelligence about people who view indecent images of children online. It acted on all referrals graded as very high risk within 24 hours. Its online child abuse team, known as <i>Project Sentinel</i>, executed 186 warrants in 2024.",
    ),
    (
        "p",
        "The integrated offender management (IOM) scheme has a cohort of 312 people. The force’s evaluation found that proven reoffending by the cohort fell by 41 percent in the 12 months after people joined the scheme. The force works with the charity Harbour Homes to find accommodation for people leaving prison through a scheme called <i>Project Keel</i>.",
    ),
    ("h2", "Innovative practice"),
    (
        "p",
        "The force has developed a digital tool that allows officers managing registered sex offenders to record home visit findings directly on a tablet, which updates the national ViSOR database in real time. This has saved an estimated 3,200 officer hours a year.",
    ),
    ("h1", "Developing a positive workplace"),
    (
        "h3",
        "Northshire Constabulary is adequate at building, developing and looking after its workforce and encouraging an ethical, professional culture.",
    ),
    ("h2", "Main findings"),
    (
        "p",
        "The force has recruited a large number of new officers through the Police Uplift Programme. As a result, 31 percent of officers in response teams have less than two years’ service. Tutor constables told us they are under pressure to supervise too many student officers.",
    ),
    (
        "p",
        "Officer sickness absence was 4.9 percent of working hours in 2024. The average wait to see occupational health was 14 weeks. The force has launched a wellbeing programme called <i>Blue Light Together</i> and has 96 trained wellbeing champions.",
    ),
    (
        "p",
        "The force had a backlog of 640 vetting applications at the time of our inspection, 112 of which related to existing officers and staff due for renewal. The counter-corruption unit is adequately resourced and proactively seeks intelligence.",
    ),
    ("h2", "Areas for improvement"),
    (
        "bullets",
        [
            "The force should reduce the backlog of vetting applications and make sure all staff hold current vetting.",
            "The force should reduce waiting times for occupational health support.",
        ],
    ),
    ("h1", "Leadership and force management"),
    ("h3", "Northshire Constabulary is good at operating efficiently."),
    ("h2", "Main findings"),
    (
        "p",
        "The force has a clear plan, <i>Northshire 2030</i>, which sets out how it will meet future demand. Its force management statement is based on a good understanding of demand. The force has a savings target of £4.8 million for 2025/26 and 2026/27 and has credible plans to meet it, including closing three police stations and sharing estates with the fire and rescue service.",
    ),
    (
        "p",
        "The force works with neighbouring forces through a regional collaboration, which provides major crime investigation, specialist firearms and forensic services. The force’s annual net revenue budget for 2024/25 was £312 million.",
    ),
    ("h1", "About the data"),
    (
        "small",
        "Data in this report is from a range of sources, including the Home Office, the Office for National Statistics and data we collected directly from Northshire Constabulary. Where we refer to a period, we mean the 12 months to 31 December 2024 unless we say otherwise. All figures are synthetic.",
    ),
]
if __name__ == "__main__":
    import os

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    build(OUT, B, header="PEEL 2023–25: Northshire Constabulary", footer_left="HMICFRS")
    print(OUT)
