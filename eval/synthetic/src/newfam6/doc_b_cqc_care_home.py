import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common6 import *

out = out_path("cqc-care-homes/1-2214870113_Saltersgate_House_inspection_report_20250314.pdf")

REG = "Accommodation for persons who require nursing or personal care"

s = []
s += [
    P("Cordwell Borough Council", SUB),
    Paragraph("Saltersgate House", TITLE),
    P("<b>Inspection report</b>"),
    P("Saltersgate Lane<br/>Hexley<br/>Cordwell<br/>CW7 3RN"),
    P("Tel: 01632 960882<br/>Website: www.cordwell.gov.example/saltersgate"),
    table(
        [
            ["Date of inspection visit:", "21 January 2025\n22 January 2025"],
            ["Date of publication:", "14 March 2025"],
        ],
        widths=[60 * mm, 60 * mm],
        header=False,
    ),
    sp(10),
    h2("Ratings"),
    table(
        [
            ["Overall rating for this service", "Requires Improvement"],
            ["Is the service safe?", "Inadequate"],
            ["Is the service effective?", "Requires Improvement"],
            ["Is the service caring?", "Good"],
            ["Is the service responsive?", "Good"],
            ["Is the service well-led?", "Requires Improvement"],
        ],
        widths=[100 * mm, 60 * mm],
        header=False,
    ),
    sp(40),
    P(
        "The Care Quality Commission is the independent regulator of health and adult social care in England. This is "
        "a synthetic report created for testing purposes: Saltersgate House, Cordwell Borough Council, the people "
        "quoted and all figures are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Summary of findings"),
    h2("Overall summary"),
    h3("About the service"),
    P(
        "Saltersgate House is a residential care home providing personal care to up to 48 people. The service provides "
        "support to older people, some of whom are living with dementia. At the time of our inspection there were 41 "
        "people using the service. The home is a purpose-built building over 3 floors; the second floor is a dedicated "
        "unit for people living with dementia. The home is owned and run by Cordwell Borough Council."
    ),
    h3("People's experience of using this service and what we found"),
    P(
        "People were not always safe. Risks relating to falls had not been managed well, and falls risk assessments "
        "were not reviewed after people fell. Medicines were not always managed safely; people prescribed "
        "time-sensitive medicines did not always receive them on time. There were not always enough staff deployed, "
        "especially at night, and the home relied heavily on agency staff."
    ),
    P(
        "People were not always supported to have maximum choice and control of their lives, and staff did not always "
        "support them in the least restrictive way possible and in their best interests; the policies and systems in "
        "the service did not always support this practice. Staff training was not up to date."
    ),
    P(
        "People and their relatives told us staff were kind and caring, and we saw many warm and respectful "
        "interactions. People enjoyed a varied programme of activities and were supported to stay in touch with their "
        "families. Complaints were listened to and acted on."
    ),
    P(
        "The service had been through a period of unsettled leadership. Quality assurance systems had not identified the "
        "concerns we found during this inspection. Staff spoke positively about the interim manager, who had started "
        "to make improvements."
    ),
    P("For more details, please see the full report, which is on the CQC website at www.cqc.org.uk"),
    h3("Rating at last inspection and update"),
    P(
        "The last rating for this service was good (published 9 August 2019). The rating for this service has changed "
        "to requires improvement. This service has been rated requires improvement for the first time."
    ),
    h3("Why we inspected"),
    P(
        "The inspection was prompted in part due to concerns received about falls, staffing levels and the management "
        "of medicines. A decision was made for us to inspect and examine those risks. We inspected all 5 key questions."
    ),
    h3("Enforcement and Recommendations"),
    P(
        "We have identified breaches in relation to safe care and treatment, staffing and good governance at this "
        "inspection. We have issued a warning notice in relation to safe care and treatment. We have made "
        "recommendations about staff recruitment checks and the recording of mental capacity assessments."
    ),
    P(
        "Please see the action we have told the provider to take at the end of this report."
    ),
    h3("Follow up"),
    P(
        "We will request an action plan from the provider to understand what they will do to improve the standards of "
        "quality and safety. We will work alongside the provider and the local authority to monitor progress. We will "
        "return to visit as per our re-inspection programme. If we receive any concerning information we may inspect "
        "sooner."
    ),
    h2("The five questions we ask about services and what we found"),
    P("We always ask the following five questions of services."),
    table(
        [
            ["Is the service safe?\nThe service was not safe.\nDetails are in our safe findings below.", "Inadequate"],
            ["Is the service effective?\nThe service was not always effective.\nDetails are in our effective findings "
             "below.", "Requires Improvement"],
            ["Is the service caring?\nThe service was caring.\nDetails are in our caring findings below.", "Good"],
            ["Is the service responsive?\nThe service was responsive.\nDetails are in our responsive findings below.",
             "Good"],
            ["Is the service well-led?\nThe service was not always well-led.\nDetails are in our well-led findings "
             "below.", "Requires Improvement"],
        ],
        widths=[120 * mm, 50 * mm],
        header=False,
    ),
    PageBreak(),
    h1("Saltersgate House - Detailed findings"),
    h2("Background to this inspection"),
    h3("The inspection"),
    P(
        "We carried out this inspection under Section 60 of the Health and Social Care Act 2008 (the Act) as part of "
        "our regulatory functions. We checked whether the provider was meeting the legal requirements and regulations "
        "associated with the Act, looked at the overall quality of the service, and provided a rating for the service "
        "under the Care Act 2014."
    ),
    h3("Inspection team"),
    P(
        "The inspection was carried out by 2 inspectors, a medicines inspector and an Expert by Experience. An Expert "
        "by Experience is a person who has personal experience of using or caring for someone who uses this type of "
        "care service."
    ),
    h3("Service and service type"),
    P(
        "Saltersgate House is a 'care home'. People in care homes receive accommodation and nursing or personal care as "
        "a single package under one contractual agreement dependent on their registration with us. Saltersgate House is "
        "a care home without nursing care. CQC regulates both the premises and the care provided, and both were looked "
        "at during this inspection."
    ),
    h3("Registered Manager"),
    P(
        "This provider is required to have a registered manager to oversee the delivery of regulated activities at this "
        "location. At the time of our inspection there was not a registered manager in post. An interim manager had "
        "been in post since October 2024 and had applied to register with us."
    ),
    h3("Notice of inspection"),
    P("This inspection was unannounced on the first day. We told the provider we would return on the second day."),
    h3("What we did before the inspection"),
    P(
        "We reviewed information we had received about the service since the last inspection, including 7 concerns "
        "raised with us by relatives and a whistleblower. We sought feedback from the local authority's commissioning "
        "team and Healthwatch Cordwell. We used all this information to plan our inspection."
    ),
    h3("During the inspection"),
    P(
        "We spoke with 12 people who used the service and 9 relatives about their experience of the care provided. We "
        "spoke with 17 members of staff including the interim manager, the deputy manager, senior care workers, care "
        "workers, agency staff, the chef and the activity coordinators. We reviewed a range of records. This included "
        "10 people's care records and 22 medication records. We looked at 6 staff files in relation to recruitment. A "
        "variety of records relating to the management of the service, including audits and policies, were reviewed."
    ),
    h2("Is the service safe?"),
    P(
        "Safe - this means we looked for evidence that people were protected from abuse and avoidable harm. At our last "
        "inspection this key question was rated good. At this inspection the rating has changed to inadequate. This "
        "meant people were not safe and there was an increased risk that people could be harmed."
    ),
    h3("Assessing risk, safety monitoring and management; Learning lessons when things go wrong"),
]
s += bullets(
    [
        "Risks relating to falls were not managed safely. Records showed there had been 63 falls between 1 September "
        "and 31 December 2024; 9 of these resulted in the person attending hospital.",
        "Falls risk assessments were not reviewed after people fell. For 5 of the 8 people whose falls records we "
        "looked at, risk assessments and care plans had not been updated following a fall, and measures such as "
        "sensor mats had not been considered.",
        "There was no analysis of falls to identify patterns or trends, such as the time of day or location of falls. "
        "Most falls happened in people's bedrooms between 10pm and 6am, when fewer staff were on duty, but this had "
        "not been identified.",
        "Personal emergency evacuation plans were in place for everyone, and fire safety checks had been completed.",
    ]
)
s += [
    P(
        "The provider had failed to ensure risks to people's health and safety were assessed and managed. This placed "
        "people at risk of harm. This was a breach of regulation 12 (Safe care and treatment) of the Health and Social "
        "Care Act 2008 (Regulated Activities) Regulations 2014."
    ),
    h3("Using medicines safely"),
]
s += bullets(
    [
        "Medicines were not always managed safely. Two people were prescribed time-sensitive medicines for Parkinson's "
        "disease. Records showed doses were given more than 30 minutes late on 14 occasions in the 4 weeks before our "
        "inspection.",
        "Protocols to guide staff on when to give 'as required' medicines were missing for 6 people.",
        "Records for the application of prescribed creams had gaps, so we could not be sure people received their "
        "creams as prescribed.",
        "Medicines were stored securely and at the right temperatures.",
    ]
)
s += [
    P(
        "The provider had failed to ensure medicines were managed safely. This was a further breach of regulation 12 "
        "(Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."
    ),
    h3("Staffing and recruitment"),
]
s += bullets(
    [
        "There were not always enough staff deployed to meet people's needs safely. The provider's dependency tool "
        "showed 8 care staff were needed during the day and 5 at night. Rotas showed the home was below this assessed "
        "level on 19 of the 56 night shifts in the 8 weeks before our inspection.",
        "The home relied heavily on agency staff. Agency staff made up 34% of care hours in December 2024. Some agency "
        "staff had not received an induction to the home.",
        "People and relatives told us they sometimes waited a long time for help. One relative said, 'Mum pressed her "
        "buzzer and waited 25 minutes to be helped to the toilet.'",
        "Staff were recruited safely in most respects. Disclosure and Barring Service (DBS) checks were completed. "
        "However, 2 of the 6 staff files we reviewed did not contain a full employment history.",
    ]
)
s += [
    P(
        "The provider had failed to deploy sufficient numbers of suitably qualified, competent, skilled and experienced "
        "staff. This was a breach of regulation 18 (Staffing) of the Health and Social Care Act 2008 (Regulated "
        "Activities) Regulations 2014."
    ),
    P(
        "We recommend the provider reviews its recruitment processes to ensure a full employment history, with a "
        "written explanation of any gaps, is obtained for all staff."
    ),
    h3("Systems and processes to safeguard people from the risk of abuse"),
]
s += bullets(
    [
        "Staff had received safeguarding training and knew how to recognise and report abuse.",
        "The provider had made 6 safeguarding referrals to the local authority in the 6 months before our inspection, "
        "and had acted to protect people while concerns were investigated.",
        "People told us they felt safe. One person said, 'I feel safe here, the girls look after me.'",
    ]
)
s += [h3("Preventing and controlling infection")]
s += bullets(
    [
        "The home was clean, and staff used personal protective equipment effectively.",
        "The provider was facilitating visits for people living in the home in accordance with current guidance. "
        "There were no restrictions on visiting.",
    ]
)
s += [
    h2("Is the service effective?"),
    P(
        "Effective - this means we looked for evidence that people's care, treatment and support achieved good outcomes "
        "and promoted a good quality of life, based on best available evidence. At our last inspection this key "
        "question was rated good. At this inspection the rating has changed to requires improvement. This meant the "
        "effectiveness of people's care, treatment and support did not always achieve good outcomes or was "
        "inconsistent."
    ),
    h3("Ensuring consent to care and treatment in line with law and guidance"),
]
s += bullets(
    [
        "The Mental Capacity Act 2005 (MCA) provides a legal framework for making particular decisions on behalf of "
        "people who may lack the mental capacity to do so for themselves. We checked whether the service was working "
        "within the principles of the MCA.",
        "The provider had applied for Deprivation of Liberty Safeguards (DoLS) authorisations for 29 people; 11 of these "
        "had been authorised.",
        "Mental capacity assessments were not always decision-specific. Several people's records contained a single "
        "assessment covering all aspects of their care, and best interests decisions were not always recorded.",
    ]
)
s += [
    P(
        "We recommend the provider consider current guidance on assessing mental capacity and recording best interests "
        "decisions, and update its practice accordingly."
    ),
    h3("Staff support: induction, training, skills and experience"),
]
s += bullets(
    [
        "Staff training was not up to date. Overall training compliance was 71%, against the provider's target of 90%. "
        "Only 48% of staff had completed dementia awareness training, although around half the people living at the "
        "home were living with dementia.",
        "Staff told us they received supervision, but records showed supervision had lapsed for some night staff.",
    ]
)
s += [h3("Supporting people to eat and drink enough to maintain a balanced diet")]
s += bullets(
    [
        "People were weighed monthly using the Malnutrition Universal Screening Tool. Six people had lost more than 5% "
        "of their body weight in the 3 months before our inspection; referrals to a dietitian had been made for 4 of "
        "them.",
        "People told us they enjoyed the food. The chef knew people's dietary needs and preferences, and fortified "
        "meals and snacks were offered.",
    ]
)
s += [h3("Staff working with other agencies; supporting people to live healthier lives")]
s += bullets(
    [
        "The home worked with the Cordwell Care Home Support Team, a team of community nurses and therapists. A GP "
        "from Abbeygate Surgery held a weekly ward round at the home.",
        "The environment on the second floor was not dementia friendly. There was little signage to help people find "
        "their way, and bedroom doors were identical. A sensory garden had been opened in summer 2024, and people "
        "enjoyed using it.",
    ]
)
s += [
    h2("Is the service caring?"),
    P(
        "Caring - this means we looked for evidence that the service involved people and treated them with compassion, "
        "kindness, dignity and respect. At our last inspection this key question was rated good. At this inspection "
        "the rating has remained good. This meant people were supported and treated with dignity and respect; and "
        "involved as partners in their care."
    ),
]
s += bullets(
    [
        "People were treated with kindness. One person said, 'The staff are lovely, nothing is too much trouble.' A "
        "relative told us, 'They treat Dad like family.'",
        "Four members of staff were dignity champions and shared good practice with their colleagues.",
        "People were involved in decisions about their care. Residents' meetings were held monthly, and people had "
        "chosen the new colour scheme for the lounge.",
    ]
)
s += [
    h2("Is the service responsive?"),
    P(
        "Responsive - this means we looked for evidence that the service met people's needs. At our last inspection "
        "this key question was rated good. At this inspection the rating has remained good. This meant people's needs "
        "were met through good organisation and delivery."
    ),
]
s += bullets(
    [
        "The home employed 2 activity coordinators, who ran a varied programme of activities 7 days a week. The Memory "
        "Lane Club held reminiscence sessions twice a week, and a weekly tea dance was popular with people and their "
        "families. Children from Hexley Primary School visited every month.",
        "The home was working towards accreditation with the Gold Standards Framework for end of life care. People's "
        "wishes for the end of their lives were recorded on ReSPECT forms.",
        "The provider had received 5 complaints in the 12 months before our inspection. All had been investigated and "
        "responded to within the provider's timescale of 20 working days.",
        "The provider was meeting the Accessible Information Standard. Menus and the activities programme were available "
        "in large print and pictorial formats.",
    ]
)
s += [
    h2("Is the service well-led?"),
    P(
        "Well-led - this means we looked for evidence that service leadership, management and governance assured "
        "high-quality, person-centred care; supported learning and innovation; and promoted an open, fair culture. At "
        "our last inspection this key question was rated good. At this inspection the rating has changed to requires "
        "improvement. This meant the service management and leadership was inconsistent."
    ),
]
s += bullets(
    [
        "The service had had 3 different managers since March 2023. Staff told us the changes had been unsettling, "
        "but they felt the interim manager was approachable and listened to them.",
        "Quality assurance systems were not effective. Monthly audits of care plans and medicines had not identified "
        "the concerns we found about falls and time-sensitive medicines. The provider's own quality visits had last "
        "taken place in August 2024.",
        "A staff survey in November 2024 found that 58% of staff felt valued by the provider.",
        "The interim manager had introduced a daily 'flash meeting' for senior staff to share information about risks, "
        "and had begun a review of all falls risk assessments during our inspection.",
        "The provider worked in partnership with the local authority, the Cordwell Care Home Support Team and "
        "Healthwatch Cordwell.",
    ]
)
s += [
    P(
        "The provider had failed to ensure systems were effective in assessing, monitoring and improving the quality "
        "and safety of the service. This was a breach of regulation 17 (Good governance) of the Health and Social Care "
        "Act 2008 (Regulated Activities) Regulations 2014."
    ),
    PageBreak(),
    h1("Action we have told the provider to take"),
    P(
        "The table below shows where regulations were not being met and we have asked the provider to send us a report "
        "that says what action they are going to take. We did not take formal enforcement action at this stage. We "
        "will check that this action is taken by the provider."
    ),
    table(
        [
            ["Regulated activity", "Regulation"],
            [REG, "Regulation 18 HSCA RA Regulations 2014 Staffing\nThe provider had failed to deploy sufficient "
             "numbers of suitably qualified, competent, skilled and experienced staff."],
            [REG, "Regulation 17 HSCA RA Regulations 2014 Good governance\nSystems were not effective in assessing, "
             "monitoring and improving the quality and safety of the service."],
        ],
        widths=[70 * mm, 100 * mm],
    ),
    h1("Enforcement actions"),
    P("The table below shows why we have decided to take enforcement action."),
    table(
        [
            ["Regulated activity", "Regulation"],
            [REG, "Regulation 12 HSCA RA Regulations 2014 Safe care and treatment\nThe provider had failed to ensure "
             "risks to people's health and safety were assessed and managed, and that medicines were managed safely."],
            ["", "The enforcement action we took:\nWe served a warning notice requiring the provider to be compliant "
             "with regulation 12 by 30 April 2025."],
        ],
        widths=[70 * mm, 100 * mm],
    ),
]
build6(
    out,
    s,
    footer_left="Saltersgate House Inspection report 14 March 2025",
    title="Saltersgate House - Inspection report - 14 March 2025",
    author="Care Quality Commission",
)
print(out)
