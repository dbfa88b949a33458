import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common5 import *

out = out_path("rqia-childrens-homes/IN045127_Glenmullan_House_Childrens_Home_unannounced_care_inspection_2025.pdf")

FOOT = "RQIA ID: 12384   Inspection ID: IN045127"

s = []
s += [
    P("The Regulation and Quality Improvement Authority", SUB),
    sp(36),
    Paragraph("Unannounced Care Inspection Report", TITLE),
    P("11 and 12 February 2025", SUB),
    sp(24),
    Paragraph("Glenmullan House", TITLE),
    sp(10),
    table(
        [
            ["Type of service:", "Children's Home"],
            ["Address:", "27 Drumaveddy Road, Ballynagarrick, Co Tyrone, BT79 4QX"],
            ["Telephone number:", "028 8176 4410"],
        ],
        widths=[45 * mm, 125 * mm],
        header=False,
    ),
    sp(70),
    P(
        "Information on legislation and standards underpinning inspections can be found on our website. "
        "RQIA is the independent body responsible for regulating and inspecting the quality and availability of health "
        "and social care services in Northern Ireland. Our reports reflect how services were performing at the time of "
        "our inspection, highlighting both good practice and any areas where improvement is required.",
        SMALL,
    ),
    P(
        "This is a synthetic report created for testing purposes. Glenmullan House, Sperrin Health and Social Care "
        "Trust, the people named and all figures in this report are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
]
s += bullets(
    [
        "1.0 Service information",
        "2.0 Inspection summary",
        "3.0 The inspection",
        "3.1 What we look for and how we inspect",
        "3.2 What people told us about the service",
        "3.3 Progress since the last inspection",
        "3.4 Inspection findings",
        "4.0 Quality Improvement Plan (QIP) and areas for improvement",
    ]
)
s += [
    h1("1.0 Service information"),
    table(
        [
            ["Organisation / Registered Provider:\nSperrin Health and Social Care Trust",
             "Registered Manager:\nMs Ciara Lagan"],
            ["Responsible Individual:\nMrs Orla Devenney", "Date registered:\n3 March 2021"],
            ["Person in charge at the time of inspection:\nMs Ciara Lagan, Registered Manager",
             "Number of registered places:\n5"],
            ["Categories of care:\nResidential care for children and young people aged 12 to 17 years with emotional "
             "and behavioural difficulties",
             "Number of children and young people accommodated in the home on the day of this inspection:\n4"],
        ],
        widths=[85 * mm, 85 * mm],
        header=False,
    ),
    sp(8),
    h3("Brief description of the accommodation and how the service operates"),
    P(
        "Glenmullan House is a detached two-storey house on the edge of the village of Ballynagarrick. It provides "
        "medium to long-term care for up to five young people. Each young person has a single bedroom, and there is a "
        "shared kitchen, two living rooms, a study room and a large garden. The home is one of six statutory children's "
        "homes operated by Sperrin Health and Social Care Trust. Care is delivered in line with the Trust's 'Roots and "
        "Wings' therapeutic care framework, with consultation from the Trust's Therapeutic Support Service."
    ),
    P(
        "The staff team consists of the registered manager, two deputy managers (senior residential social workers) and "
        "14 residential social workers, a total of 17 staff. At the time of this inspection the home had 3.5 whole time "
        "equivalent residential social worker posts vacant."
    ),
    h1("2.0 Inspection summary"),
    P(
        "An unannounced care inspection took place on 11 February 2025 from 09.45 to 17.30 and on 12 February 2025 "
        "from 10.00 to 15.15. The inspection was carried out by Siobhan Carleton, lead inspector, and Gareth Mawhinney, "
        "care inspector."
    ),
    P(
        "The inspection assessed progress with the areas for improvement identified at the last care inspection on "
        "19 June 2024 and examined the arrangements for staffing, care planning, the management of behaviours and "
        "restrictive practice, children missing from care, the environment and fire safety, and governance."
    ),
    P(
        "Young people told us that they felt safe living in Glenmullan House and that staff cared about them. We observed "
        "warm and respectful interactions between staff and young people, and the home was clean, homely and well "
        "decorated. All four young people living in the home were attending education, training or employment. Staff "
        "described good support from the registered manager and a strong team culture."
    ),
    P(
        "However, the home has experienced a period of instability since the autumn of 2024, with a significant "
        "increase in the use of physical intervention and in the number of times young people were missing from the "
        "home. The reliance on agency staff was high. Monthly monitoring reports required under Regulation 29 had not "
        "been completed for two months, and fire drills had not been carried out at the required frequency."
    ),
    P(
        "Two areas for improvement from the previous inspection were assessed as met. One area for improvement was "
        "partially met and one was not met; both have been stated for a second time. Three new areas for improvement "
        "were identified: in relation to monthly monitoring visits, return home discussions with young people after "
        "missing episodes, and staff supervision."
    ),
    h2("Inspection outcome"),
    table(
        [
            ["", "Regulations", "Standards"],
            ["Total number of areas for improvement", "2*", "3*"],
        ],
        widths=[90 * mm, 40 * mm, 40 * mm],
    ),
    P("* The total number of areas for improvement includes two which have been stated for a second time.", SMALL),
    P(
        "Details of the Quality Improvement Plan (QIP) were discussed with Ms Ciara Lagan, Registered Manager, and "
        "Mr Declan Farrelly, Assistant Director of Children's Residential Services, as part of the inspection feedback "
        "on 12 February 2025. The enforcement policies and procedures of RQIA have not been implemented as a result of "
        "this inspection."
    ),
    h1("3.0 The inspection"),
    h2("3.1 What we look for and how we inspect"),
    P(
        "RQIA is required to inspect registered children's homes at least twice every year. Our inspections assess "
        "compliance with The Children's Homes Regulations (Northern Ireland) 2005 and the Minimum Standards for "
        "Children's Homes (2023), and consider whether the care provided is safe, effective, compassionate and well "
        "led."
    ),
    P(
        "Before the inspection we reviewed the information held by RQIA about the home, including notifiable events, "
        "complaints, the previous inspection report and written correspondence. Sperrin Health and Social Care Trust had "
        "submitted 46 notifications of accidents and incidents to RQIA between 19 June 2024 and the date of this "
        "inspection."
    ),
    P(
        "During the inspection we spoke with three of the four young people, the registered manager, both deputy "
        "managers, five residential social workers and two agency staff. We spoke by telephone with two social workers "
        "and one parent. Questionnaires were provided for young people and staff; two young people and six staff "
        "returned questionnaires. We examined the care records of all four young people and a sample of governance, "
        "staffing, training and incident records."
    ),
    h2("3.2 What people told us about the service"),
    P(
        "Young people spoke positively about living in Glenmullan House. One young person said: 'Staff are sound here, "
        "they actually listen to you and they don't give up on you.' Another told us that they liked the weekly house "
        "meeting and that their ideas for the garden had been listened to. One young person said that there were 'too "
        "many new faces' on shift at weekends."
    ),
    P(
        "A parent told us that staff kept them well informed and that their child had 'come on leaps and bounds' since "
        "moving to the home. Both social workers we spoke with described the staff team as committed and child-centred, "
        "but one raised concerns about the number of times their young person had gone missing in recent months."
    ),
    P(
        "Staff said that the team was supportive and that the registered manager was approachable. Four of the six staff "
        "who returned questionnaires said they were very satisfied that care was safe; two said that staffing levels at "
        "weekends were a concern."
    ),
    h2("3.3 Progress since the last inspection"),
    P(
        "The last inspection of Glenmullan House was an unannounced care inspection undertaken on 19 June 2024. Four "
        "areas for improvement were identified. Compliance with these was reviewed as follows."
    ),
    table(
        [
            ["Area for improvement from the last inspection", "Validation of compliance"],
            ["Area for improvement 1. Ref: Regulation 27(4)(e). The registered person shall ensure that fire drills "
             "are carried out at suitable intervals and that a record of each drill is maintained.",
             "Not met. Stated for a second time."],
            ["Area for improvement 2. Ref: Standard 9.3. The registered person shall ensure that a debrief is held with "
             "the young person and the staff involved following each use of physical intervention, and that the debrief "
             "is recorded.",
             "Partially met. Stated for a second time."],
            ["Area for improvement 3. Ref: Standard 14.1. The registered person shall ensure that each young person's "
             "placement plan is reviewed and updated following any significant change in their circumstances.",
             "Met"],
            ["Area for improvement 4. Ref: Standard 6.2. The registered person shall ensure that young people's meetings "
             "are held regularly and that actions agreed are followed up.",
             "Met"],
        ],
        widths=[130 * mm, 40 * mm],
    ),
    h2("3.4 Inspection findings"),
    h3("3.4.1 Staffing arrangements"),
    P(
        "The home has had difficulty recruiting permanent residential social workers, in line with the wider regional "
        "picture. At the time of the inspection 3.5 whole time equivalent posts were vacant. The rota showed that 31 of "
        "the 168 shifts in the four weeks before the inspection had been covered by agency staff, mostly at weekends. "
        "The registered manager had arranged for three agency workers to be block-booked through Foyle Care Recruitment "
        "so that young people would see familiar faces. Agency staff we spoke with had received an induction to the home."
    ),
    P(
        "Staff training records were well maintained. Mandatory training compliance was 88%. Fourteen of the 17 "
        "permanent staff were up to date with Therapeutic Crisis Intervention (TCI) training; three staff were awaiting "
        "a refresher course scheduled for 4 March 2025."
    ),
    P(
        "Supervision records showed that 6 of the 17 permanent staff had not received formal supervision for more than "
        "eight weeks, although the Trust's supervision policy requires supervision at least once every four weeks. "
        "Staff told us that the deputy managers had been regularly working on the rota, which had reduced the time "
        "available for supervision. An area for improvement has been made."
    ),
    h3("3.4.2 Care planning and record keeping"),
    P(
        "Each young person had a placement plan, a risk assessment and a 'My Plan' written in their own words. Placement "
        "plans had been updated following significant events, and the previous area for improvement in relation to "
        "placement plans was met. LAC reviews had been held within the required timescales for all four young people."
    ),
    P(
        "Young people were supported to maintain contact with family members in line with their care plans. The home "
        "holds a young people's meeting every second Tuesday; minutes showed that actions were followed up, including "
        "the purchase of a trampoline and the creation of a vegetable garden, and this area for improvement was met."
    ),
    P(
        "All four young people were in education, training or employment. One young person attended the Ballynagarrick "
        "Learning Centre, an alternative education provision; one had started a Level 2 motor vehicle course at Sperrin "
        "Regional College; and two attended local post-primary schools. Staff maintained good links with designated "
        "teachers."
    ),
    h3("3.4.3 Management of behaviours and restrictive practice"),
    P(
        "Records showed a marked increase in the use of physical intervention. There were 23 physical interventions in "
        "the three months from 1 November 2024 to 31 January 2025, compared with 9 in the preceding three months; "
        "most involved one young person who was experiencing a period of crisis. The records we examined showed that "
        "interventions were proportionate and used as a last resort, and that the Trust's Therapeutic Support Service "
        "had provided consultation to the staff team on three occasions."
    ),
    P(
        "However, a debrief had been recorded for only 17 of the 23 physical interventions. Debriefs help young people "
        "and staff to reflect on what happened and to reduce the likelihood of it happening again. This area for "
        "improvement has been stated for a second time."
    ),
    P(
        "Other restrictive practices, including the locking of the kitchen knife drawer and the use of door alarms at "
        "night, were recorded in a restrictive practice register and reviewed monthly."
    ),
    h3("3.4.4 Children missing from care"),
    P(
        "Young people had been missing from the home on 31 occasions between 1 August 2024 and 31 January 2025; 24 of "
        "these episodes involved one young person. Staff followed the regional joint protocol for children missing from "
        "care, and the police and the young person's social worker were notified on each occasion. Child sexual "
        "exploitation (CSE) risk assessments were in place and were reviewed every four weeks."
    ),
    P(
        "The Minimum Standards require a return home discussion to take place with each young person within 72 hours "
        "of their return. Records showed that a return home discussion had been completed within 72 hours for 19 of "
        "the 31 episodes. Where discussions had not taken place, there was no record of the reason. An area for "
        "improvement has been made."
    ),
    h3("3.4.5 Environment and fire safety"),
    P(
        "The home was warm, clean and well maintained. Young people's bedrooms were personalised, and the kitchen had "
        "been refurbished in October 2024. One bedroom was out of use following damage in January 2025, and repairs had "
        "been requested from the Trust's estates department."
    ),
    P(
        "The most recent recorded fire drill had taken place on 2 July 2024, more than seven months before the "
        "inspection. The fire risk assessment was dated 9 May 2024; three of its seven recommended actions were "
        "outstanding, including the repair of a door closer on the first-floor bedroom corridor. The area for "
        "improvement in relation to fire drills was not met and has been stated for a second time. The registered "
        "manager arranged for the door closer to be repaired on 13 February 2025."
    ),
    h3("3.4.6 Medicines management"),
    P(
        "Medicines were stored securely, and medication administration records were well completed. Two medication "
        "errors had been reported since the last inspection; both had been followed up appropriately, and the staff "
        "involved had completed refresher training."
    ),
    h3("3.4.7 Quality of management systems"),
    P(
        "The registered manager has been in post since the home was registered in March 2021 and had a good "
        "understanding of the young people's needs. Three complaints had been received since the last inspection; all "
        "were resolved at local level. The home had received five written compliments from families and professionals."
    ),
    P(
        "Regulation 29 requires the registered provider to arrange an unannounced monthly monitoring visit to the home "
        "and a written report on the conduct of the home. Monthly monitoring reports were not available for November or "
        "December 2024. The Trust explained that the monitoring officer had been absent and no cover had been arranged. "
        "The report for January 2025 was of good quality. An area for improvement has been made."
    ),
    h1("4.0 Quality Improvement Plan (QIP) and areas for improvement"),
    P(
        "Areas for improvement have been identified where action is required to ensure compliance with The Children's "
        "Homes Regulations (Northern Ireland) 2005 and the Minimum Standards for Children's Homes (2023). The registered "
        "provider should confirm, by returning the completed QIP to RQIA, the actions taken to address the areas for "
        "improvement. The timescales for completion commence from the date of inspection."
    ),
    h3("Action required to ensure compliance with The Children's Homes Regulations (Northern Ireland) 2005"),
    table(
        [
            ["Area for improvement 1\nRef: Regulation 27(4)(e)\nStated: Second time\nTo be completed by: 12 March 2025",
             "The registered person shall ensure that fire drills are carried out at intervals of no more than six months "
             "and that a record of each drill, including the names of those taking part, is maintained. The outstanding "
             "actions from the fire risk assessment of 9 May 2024 must also be completed.\n"
             "Response by registered person detailing the actions taken: A fire drill was held on 19 February 2025 and "
             "drills have been scheduled for each six-month period. Outstanding fire risk assessment actions have been "
             "completed."],
            ["Area for improvement 2\nRef: Regulation 29(4)\nStated: First time\nTo be completed by: Immediate and "
             "ongoing from the date of inspection",
             "The registered person shall ensure that an unannounced monthly monitoring visit is undertaken and a written "
             "report is completed for every month. Cover arrangements must be in place for any absence of the monitoring "
             "officer.\n"
             "Response by registered person detailing the actions taken: A second monitoring officer has been "
             "identified to provide cover from March 2025."],
        ],
        widths=[50 * mm, 120 * mm],
        header=False,
    ),
    sp(8),
    h3("Action required to ensure compliance with the Minimum Standards for Children's Homes (2023)"),
    table(
        [
            ["Area for improvement 3\nRef: Standard 9.3\nStated: Second time\nTo be completed by: 12 March 2025",
             "The registered person shall ensure that a debrief is held with the young person and the staff involved "
             "following each use of physical intervention. The debrief should be recorded and any learning shared with "
             "the staff team.\n"
             "Response by registered person detailing the actions taken: Debriefs are now checked by a deputy manager "
             "within 48 hours of each intervention."],
            ["Area for improvement 4\nRef: Standard 11.2\nStated: First time\nTo be completed by: 12 March 2025",
             "The registered person shall ensure that a return home discussion is offered to each young person within "
             "72 hours of their return from a missing episode. Where a discussion does not take place, the reason should "
             "be recorded.\n"
             "Response by registered person detailing the actions taken: A missing episode tracker has been introduced "
             "and is reviewed weekly by the registered manager."],
            ["Area for improvement 5\nRef: Standard 18.7\nStated: First time\nTo be completed by: 30 April 2025",
             "The registered person shall ensure that all staff receive formal supervision in line with the Trust's "
             "supervision policy. A supervision schedule should be maintained and monitored by the registered manager.\n"
             "Response by registered person detailing the actions taken: A supervision schedule is in place and "
             "compliance is reported monthly to the Assistant Director."],
        ],
        widths=[50 * mm, 120 * mm],
        header=False,
    ),
    sp(10),
    P(
        "Please ensure this document is completed in full and returned via the Web Portal. The Regulation and Quality "
        "Improvement Authority, 7th Floor, Victoria House, 15-27 Gloucester Street, Belfast, BT1 4LS.",
        SMALL,
    ),
    P("Assurance, Challenge and Improvement in Health and Social Care", SMALL),
]
build5(
    out,
    s,
    "Glenmullan House: Unannounced Care Inspection Report",
    "11 and 12 February 2025",
    footer_left=FOOT,
    title="Unannounced Care Inspection Report - Glenmullan House - 11 and 12 February 2025",
    author="The Regulation and Quality Improvement Authority",
)
print(out)
