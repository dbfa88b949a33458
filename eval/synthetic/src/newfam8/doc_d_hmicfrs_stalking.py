import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common8 import *

out = out_path("hmicfrs-stalking/orrinshire-police-response-to-stalking-and-harassment-inspection-2025.pdf")

s = []
s += [
    P("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", SUB),
    sp(40),
    Paragraph("Orrinshire Police: An inspection of the police response to stalking and harassment", TITLE),
    sp(20),
    P("<b>May 2025</b>"),
    sp(90),
    P("© HMICFRS 2025", SMALL),
    P(
        "This is a synthetic report created for testing purposes. Orrinshire Police, Orrinshire, the organisations and "
        "people named and all figures in this report are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
]
s += bullets(
    [
        "Foreword",
        "Summary",
        "Causes of concern and recommendations",
        "Areas for improvement",
        "Introduction",
        "Identifying and recording stalking",
        "Assessing risk and protecting victims",
        "Investigating stalking",
        "Supporting victims",
        "Leadership and governance",
        "About this inspection",
    ]
)
s += [
    h1("Foreword"),
    P(
        "Stalking is a crime that causes fear, distress and lasting harm, and it can be a precursor to serious "
        "violence and homicide. Victims have told us, time and again, that they were not believed, or that their "
        "experiences were treated as a series of separate minor incidents rather than as a pattern of fixated and "
        "obsessive behaviour. The police must recognise stalking when it is reported, understand the risk it poses "
        "and act quickly to protect victims."
    ),
    P(
        "We inspected Orrinshire Police's response to stalking and harassment at the request of the police and crime "
        "commissioner, after a review of a domestic homicide in 2023 found that the victim had reported being stalked "
        "on five occasions before she was killed. I am pleased that the force has begun to improve, and its Operation "
        "Lantern programme has produced some promising work. But too many victims are still let down. The force "
        "doesn't consistently identify stalking, risk assessments are often incomplete, and protective orders are "
        "rarely used."
    ),
    P(
        "I have identified two causes of concern and made recommendations to address them, together with six areas "
        "for improvement. I will monitor the force's progress closely."
    ),
    P("Lucas Penberthy-Ward<br/>His Majesty's Inspector of Constabulary", H3),
    h1("Summary"),
    P(
        "Orrinshire Police serves a population of about 1.3 million people and has around 2,900 police officers. In "
        "the year ending 31 March 2024, the force recorded 2,186 stalking crimes and 7,410 harassment crimes. "
        "Recorded stalking had increased by 38% in two years, in part because of better recording."
    ),
    P(
        "In September 2023 the force launched Operation Lantern, a programme to improve its response to stalking. As "
        "part of this, it set up a Stalking Hub, a specialist team of a detective sergeant and four detective "
        "constables who review every reported stalking crime and advise investigators. Staff from Clearway Advocacy, "
        "an independent charity, work alongside the hub as independent stalking advocates. The force also works with "
        "the Orrinshire Stalking Clinic, a multi-agency panel that includes a forensic psychologist and the probation "
        "service, to manage the most dangerous perpetrators."
    ),
    P(
        "However, the force's response on the front line is inconsistent. We audited 200 crime records. Of the 120 "
        "harassment and malicious communications crimes we reviewed, 31 (26%) should have been recorded as stalking. "
        "In the 80 stalking cases we examined, the stalking risk assessment was fully completed in only 46 (58%), and "
        "suspects were arrested or interviewed within 24 hours in only 21."
    ),
    P(
        "The force obtained 6 full stalking protection orders (SPOs) and 9 interim SPOs in the year ending 31 March "
        "2024, which is low for a force of its size. The charge or summons rate for stalking was 7.4%. In 43% of the "
        "stalking cases closed in the same period, the investigation ended because the victim did not support further "
        "police action."
    ),
    h1("Causes of concern and recommendations"),
    h2("Cause of concern 1"),
    P(
        "Orrinshire Police doesn't consistently identify and record stalking. Call handlers and frontline officers "
        "often treat stalking behaviour as harassment or as separate incidents, and so the risk to victims is not "
        "understood."
    ),
    h3("Recommendation"),
    P(
        "By 31 October 2025, Orrinshire Police should make sure that:"
    ),
]
s += bullets(
    [
        "all call handlers and frontline officers are trained to recognise the fixated, obsessive, unwanted and "
        "repeated (FOUR) behaviours that indicate stalking;",
        "supervisors review every harassment and malicious communications crime within 24 hours to check whether it "
        "should be recorded as stalking; and",
        "the force audits its recording of stalking every quarter and acts on the results.",
    ]
)
s += [
    h2("Cause of concern 2"),
    P(
        "The force doesn't do enough to protect victims of stalking. Risk assessments are often incomplete, "
        "safeguarding plans are weak, and the force rarely applies for stalking protection orders."
    ),
    h3("Recommendation"),
    P("By 30 September 2025, Orrinshire Police should make sure that:"),
]
s += bullets(
    [
        "a stalking risk assessment is completed for every stalking crime and reviewed by a supervisor;",
        "every high-risk case is referred to the Stalking Hub and to an independent stalking advocate; and",
        "officers consider an interim or full stalking protection order in every stalking investigation, and record "
        "their reasons if they decide not to apply.",
    ]
)
s += [h1("Areas for improvement")]
s += numbered(
    [
        "The force should make sure that supervisors oversee stalking investigations effectively, set clear "
        "investigation plans and check that they are followed.",
        "The force should make sure that victims of stalking are kept updated in line with the Code of Practice for "
        "Victims of Crime, and that they are offered the chance to make a victim personal statement.",
        "The force should improve how it monitors and enforces stalking protection orders, so that breaches are "
        "identified and acted on quickly.",
        "The force should make sure that investigators seek early investigative advice from the Crown Prosecution "
        "Service in complex stalking cases.",
        "The force should improve the data it collects about stalking, so that leaders understand demand and "
        "outcomes and can evaluate Operation Lantern.",
        "The force should make sure that officers and staff who deal with online stalking have the skills and "
        "equipment they need to gather digital evidence quickly.",
    ]
)
s += [
    h1("Introduction"),
    P(
        "Stalking became a specific offence in England and Wales under the Protection of Freedoms Act 2012. The "
        "Stalking Protection Act 2019 introduced stalking protection orders, which police forces can apply for to "
        "protect victims from the risk of stalking. Breaching an order is a criminal offence carrying a maximum "
        "sentence of five years' imprisonment."
    ),
    P(
        "Our fieldwork in Orrinshire took place between 13 and 24 January 2025. We reviewed force documents and data, "
        "audited 200 crime records, listened to 30 calls from victims, interviewed 27 victims of stalking, and spoke "
        "to more than 140 officers and staff in interviews and focus groups. We also spoke to the police and crime "
        "commissioner's office, the Crown Prosecution Service, Clearway Advocacy and the probation service."
    ),
    h1("Identifying and recording stalking"),
    P(
        "Call handlers in the force control room use the THRIVE model to assess the risk in each call. In 11 of the 30 "
        "calls we listened to, the call handler did not ask about previous incidents involving the same suspect, and "
        "so did not identify a pattern of behaviour. Repeat victims were flagged on the force's systems in only 12 of "
        "the 30 cases."
    ),
    P(
        "Only 62% of frontline officers had completed the College of Policing's stalking e-learning package. Officers "
        "in our focus groups understood what stalking was in principle, but many told us they found it hard to tell "
        "the difference between stalking and harassment. Some officers told us they recorded harassment because it "
        "was 'easier to prove'."
    ),
    P(
        "Since Operation Lantern began, the Stalking Hub reviews every crime recorded as stalking. It does not review "
        "harassment crimes, so it cannot identify stalking that has been wrongly recorded. In the 31 harassment "
        "crimes that we found should have been recorded as stalking, the victim had not been referred to specialist "
        "support."
    ),
    h1("Assessing risk and protecting victims"),
    P(
        "Officers are expected to complete a stalking screening tool, known as S-DASH, with every victim of stalking. "
        "This was fully completed in only 46 of the 80 stalking cases we reviewed, and in 17 cases it had not been "
        "completed at all. Where a risk assessment had been completed, the safeguarding plan did not reflect the "
        "risks identified in 29 cases."
    ),
    P(
        "The force's use of stalking protection orders has improved but remains low. In the year ending 31 March "
        "2024 it obtained 6 full SPOs and 9 interim SPOs. In 22 of the 80 stalking cases we reviewed, we judged that "
        "an SPO should have been considered, but there was no record that officers had done so. The force does not "
        "have a reliable system to record breaches of SPOs, and it could not tell us how many breaches there had "
        "been."
    ),
    P(
        "The Orrinshire Stalking Clinic meets every fortnight to discuss the highest-risk perpetrators. Between "
        "April 2024 and December 2024 it considered 48 cases. Members told us that it had helped them to understand "
        "perpetrators' motivation and to plan interventions, including treatment for perpetrators with mental health "
        "needs."
    ),
    h1("Investigating stalking"),
    P(
        "Most stalking investigations are allocated to response officers or to local investigation teams, rather "
        "than to detectives. In 34 of the 80 cases we reviewed, there was no evidence of effective supervision, and in "
        "many cases there was no investigation plan. Suspects were arrested or interviewed within 24 hours in only 21 "
        "of the 80 cases, and in 9 cases the suspect was never interviewed."
    ),
    P(
        "Investigators do not always gather digital evidence quickly. Victims told us they had been asked to keep a "
        "diary and screenshots of messages, but several said that officers did not look at this evidence for weeks. "
        "The average wait for the examination of a mobile phone by the force's digital forensics unit was 97 days."
    ),
    P(
        "The charge or summons rate for stalking in the year ending 31 March 2024 was 7.4%. In 43% of stalking cases "
        "closed in this period, the outcome was recorded as 'evidential difficulties: victim does not support "
        "action'. The force had not examined why so many victims withdrew their support."
    ),
    h1("Supporting victims"),
    P(
        "Victims who were supported by an independent stalking advocate from Clearway Advocacy spoke highly of the "
        "help they had received. The service had 5 advocates and received 612 referrals in 2024. However, only 38% of "
        "the victims in the cases we reviewed had been referred to the service."
    ),
    P(
        "The force isn't consistently complying with the Code of Practice for Victims of Crime. A victim needs "
        "assessment was recorded in 54% of the cases we reviewed, and victims had been offered the chance to make a "
        "victim personal statement in only 39%. Several victims told us they had to chase officers for updates."
    ),
    h2("Promising practice: the Lantern Log"),
    P(
        "In May 2024 the force introduced the Lantern Log, a secure online diary that victims can use to record "
        "incidents, upload screenshots and share them directly with the investigating officer. By December 2024, 214 "
        "victims had used it. Officers told us that it saved time and improved the quality of evidence, and victims "
        "said it made them feel more in control."
    ),
    h1("Leadership and governance"),
    P(
        "The deputy chief constable, Alison Kerrigan-Moss, is the force's lead for stalking and chairs a monthly "
        "Operation Lantern board. Senior leaders are committed to improving the force's response, and the force has "
        "invested £640,000 in the Stalking Hub and the Lantern Log. However, the force's performance data is limited: "
        "it can't reliably tell how many stalking victims are repeat victims, or how many SPOs have been breached, "
        "and so leaders cannot judge whether Operation Lantern is making a difference."
    ),
    h1("About this inspection"),
    P(
        "This inspection was commissioned under section 54(2B) of the Police Act 1996 at the request of the police "
        "and crime commissioner for Orrinshire, Desmond Achterley. It was led by His Majesty's Inspector Lucas "
        "Penberthy-Ward. The inspection team included staff from HMICFRS and an associate inspector from HM Crown "
        "Prosecution Service Inspectorate, and was supported by a reference group that included Clearway Advocacy "
        "and a victim of stalking."
    ),
    P(
        "We expect the force to publish an action plan within 56 days, setting out how it will respond to our causes "
        "of concern and areas for improvement. We will revisit the force in 2026 to assess its progress.",
    ),
]
build8(
    out,
    s,
    header_left="Orrinshire Police: An inspection of the police response to stalking and harassment",
    footer_left="HMICFRS",
    page_fmt="{n}",
    title="Orrinshire Police: An inspection of the police response to stalking and harassment",
    author="HMICFRS",
)
print(out)
