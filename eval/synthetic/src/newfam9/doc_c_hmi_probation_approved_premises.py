import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common9 import *

out = out_path("hmi-probation-approved-premises/Calloway_House_Approved_Premises_inspection_report_April_2025.pdf")

RI, G, I, O = "Requires improvement", "Good", "Inadequate", "Outstanding"

s = []
s += [
    sp(30),
    Paragraph("An inspection of Calloway House Approved Premises", TITLE),
    P("Probation Service – Wealdshire and Downs region", SUB),
    sp(6),
    P("HM Inspectorate of Probation", SUB),
    P("April 2025"),
    sp(120),
    P(
        "This inspection was led by HM Inspector Morwenna Castleton, supported by a team of inspectors and "
        "operations, research, communications and corporate staff. The manager responsible for this inspection "
        "programme is Isaac Thornbury-Vale."
    ),
    P(
        "This is a synthetic report created for testing purposes: Calloway House, the Wealdshire and Downs "
        "region, Larchester, the people named and all figures are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Foreword"),
    P(
        "Approved premises provide supervised accommodation for people who pose a high or very high risk of serious "
        "harm, most of them on licence after a prison sentence. They are a vital part of the public protection "
        "system: for many residents, the first weeks after release are when the risk of reoffending, and of harm "
        "to themselves, is at its highest. An approved premises must therefore be safe for the public, for the "
        "people who live there and for the staff who work there."
    ),
    P(
        "Calloway House is a busy approved premises in the centre of Larchester. We found a capable and committed "
        "manager, a team of staff who know the residents well, and a good range of activities to help residents "
        "to settle. However, the premises has been short of residential staff for more than a year, and this has "
        "taken its toll. Night shifts have not always been staffed safely, key work sessions have been missed, and "
        "too many residents left Calloway House without anywhere settled to live. The building itself needs "
        "substantial repair, and the CCTV system, which is central to the safety of the premises, was not fully "
        "working."
    ),
    P(
        "Overall, we have rated Calloway House as 'Requires improvement'. I have made eight recommendations, "
        "which I hope will help the region and HM Prison and Probation Service to give the staff at Calloway House "
        "the support they need."
    ),
    P("<b>Gideon Ashworth-Lyle</b><br/>HM Chief Inspector of Probation"),
    h2("Ratings"),
    table(
        [
            ["Calloway House Approved Premises", "Score 8/21"],
            ["Overall rating", RI],
            ["1. Organisational delivery", ""],
            ["1.1 Leadership", G],
            ["1.2 Staffing", I],
            ["1.3 Services", G],
            ["1.4 Information and facilities", I],
            ["2. Resident supervision", ""],
            ["2.1 Induction and assessment", G],
            ["2.2 Managing risk and delivering the resident's plan", RI],
            ["2.3 Resettlement and move-on", RI],
        ],
        widths=[110 * mm, 55 * mm],
    ),
    sp(4),
    P(
        "Each standard is rated on a four-point scale: 'Outstanding' (3 points), 'Good' (2 points), 'Requires "
        "improvement' (1 point) and 'Inadequate' (0 points). The scores for the seven standards are added together "
        "to give a total out of 21, which determines the overall rating: 0 to 5 = 'Inadequate'; 6 to 11 = 'Requires "
        "improvement'; 12 to 17 = 'Good'; 18 to 21 = 'Outstanding'.",
        SMALL,
    ),
    h1("Recommendations"),
    P(
        "As a result of our inspection findings, we have made eight recommendations that we believe, if "
        "implemented, will have a positive impact on the quality of the service at Calloway House. This will "
        "improve the lives of the people in contact with probation services, and better protect the public."
    ),
    h3("The Approved Premises manager should:"),
]
n = [0]
s += numbered_from(
    [
        "make sure that every resident receives a key work session at least once a week, and that sessions are "
        "recorded and linked to the resident's risk management plan",
        "review the arrangements for drug testing so that tests are targeted at residents who present the "
        "greatest risk, and that positive results are followed up within 24 hours",
    ],
    n,
)
s += [h3("The Regional Probation Director, Wealdshire and Downs, should:")]
s += numbered_from(
    [
        "fill the vacant residential worker posts at Calloway House, and until then ensure that there are always "
        "two members of staff on duty at night",
        "work with local housing authorities to increase the number of residents who move on to settled "
        "accommodation, and report on move-on outcomes to the regional leadership team every quarter",
        "make sure that community probation practitioners send complete referral information, including "
        "information about victims and exclusion zones, before a resident arrives",
    ],
    n,
)
s += [h3("HM Prison and Probation Service should:")]
s += numbered_from(
    [
        "repair or replace the CCTV system at Calloway House as a matter of urgency",
        "agree a programme of works and a date for the refurbishment of the building, including the kitchen and "
        "the shower rooms",
        "make sure that the national approved premises manual sets out the minimum staffing required at night "
        "and what managers must do when it cannot be met",
    ],
    n,
)
s += [
    h1("Background"),
    P(
        "There are about 100 approved premises (APs) in England and Wales, providing more than 2,000 bed spaces. "
        "Most are run directly by the Probation Service; others are run by voluntary sector organisations. "
        "Residents must live at the AP as a condition of their licence or bail, and must keep to an overnight "
        "curfew and the house rules. APs provide 24-hour staffing and offer residents support to help them to "
        "resettle in the community."
    ),
    P(
        "Calloway House is a 24-bed approved premises for men, located on Tanner's Row in the centre of Larchester. "
        "It opened in 1978 and is run by the Probation Service in the Wealdshire and Downs region. In the 12 months "
        "to 31 January 2025, Calloway House admitted 87 residents. The average length of stay was 11 weeks, and "
        "average bed occupancy was 93%. At the time of our inspection, 71% of residents were assessed as posing a "
        "high risk of serious harm and 17% a very high risk; 58% had been convicted of a violent offence and 26% of "
        "a sexual offence. Residents must be in the premises between 11pm and 7am, and some have additional "
        "curfew hours set by their licence."
    ),
    P(
        "Our fieldwork took place between 3 and 7 February 2025. We inspected 20 cases of residents who had lived "
        "at Calloway House in the previous six months, interviewed staff and managers, held two meetings with "
        "residents, and spoke to partner agencies, including Wealdshire Police and Larchester City Council."
    ),
    h1("1. Organisational delivery"),
    h3("1.1 Leadership: Good"),
    P(
        "The AP manager, Desmond Okafor-Reeve, has managed Calloway House since 2021. He is visible, knows every "
        "resident by name and has a clear vision for the premises, which he describes as 'safe, calm and "
        "hopeful'. Staff spoke highly of his leadership and told us that he regularly works alongside them on "
        "shifts. Leaders have a good understanding of the risks at the premises and escalate them appropriately "
        "to the region. The AP has achieved the Enabling Environments award from the Royal College of "
        "Psychiatrists, and staff use a psychologically informed approach with residents."
    ),
    P(
        "The AP has a good relationship with its neighbours. The Calloway House Community Liaison Group, which "
        "includes local residents, ward councillors and the police, meets every quarter, and the manager has "
        "responded quickly to complaints about residents gathering outside the premises."
    ),
    h3("1.2 Staffing: Inadequate"),
    P(
        "Staffing levels were not sufficient to deliver a safe and effective service. At the time of our "
        "inspection, 4 of the 11 residential worker posts were vacant, and two of the three probation officer "
        "posts had been filled only since November 2024. Agency and overtime staff covered 36% of shifts in the "
        "three months before our inspection. Staff told us they were tired and that the pressure on the team had "
        "affected morale."
    ),
    P(
        "The regional staffing standard for Calloway House is two members of staff on duty at all times, including "
        "one waking night officer. On 9 of the 92 nights between 1 November 2024 and 31 January 2025, only one "
        "member of staff was on duty for all or part of the night. On these nights, the manager or the duty "
        "manager was available by telephone, but there was no one on site to respond if an incident occurred "
        "while the night officer was dealing with a resident."
    ),
    P(
        "Staff received regular supervision, and 91% of staff were up to date with their mandatory training, "
        "including training in first aid and in using naloxone to treat opiate overdose."
    ),
    h3("1.3 Services: Good"),
    P(
        "Residents had access to a good range of services. The AP's 'Calloway Pathways' programme offers weekly "
        "sessions on cooking, budgeting, digital skills and preparing for work, and residents who complete six "
        "sessions receive a certificate. A worker from the Larchester Recovery Service visits twice a week, and an "
        "employment adviser from the Jobcentre holds a drop-in session every Thursday. Between February 2024 and "
        "January 2025, 23 residents started paid work or training while living at Calloway House."
    ),
    P(
        "Residents' health needs were met well. Every new resident is offered a registration appointment with the "
        "Tanner's Row Medical Centre within their first week, and a mental health nurse from Wealdshire Mental "
        "Health Partnership visits the premises once a fortnight."
    ),
    h3("1.4 Information and facilities: Inadequate"),
    P(
        "The building was in poor condition. The kitchen had been partly out of use since a leak in September 2024, "
        "and residents had to cook using two microwaves and a single hob. Two of the four shower rooms were closed "
        "for repairs at the time of our inspection. A refurbishment had been planned for 2023 but had been "
        "postponed twice, and no new date had been agreed."
    ),
    P(
        "The CCTV system was not fully working. Of the 48 cameras in and around the premises, 11 were not working "
        "when we inspected, including cameras covering the rear fire exit and the car park. Repairs had been "
        "requested in October 2024 but not carried out. Without effective CCTV, staff could not be confident that "
        "they would know if a resident breached his curfew or if someone entered the premises without permission."
    ),
    P(
        "Referral information from community probation practitioners was often incomplete. In 8 of the 20 cases "
        "we inspected, the AP did not receive all the information it needed before the resident arrived, most "
        "often about victims and exclusion zones."
    ),
    h1("2. Resident supervision"),
    h3("2.1 Induction and assessment: Good"),
    P(
        "Residents received a good induction. Staff met every new resident on the day of his arrival, explained "
        "the house rules and the conditions of his licence, and completed an initial risk assessment within 24 "
        "hours. In 17 of the 20 cases we inspected, the AP's assessment of the resident's risk of serious harm was "
        "sufficient. Residents told us that staff had been welcoming and had helped them to settle in."
    ),
    h3("2.2 Managing risk and delivering the resident's plan: Requires improvement"),
    P(
        "Key work sessions, in which a resident meets his key worker to discuss his progress and any concerns, did "
        "not take place often enough. The AP's own standard is one session each week. In the cases we inspected, "
        "residents had received, on average, one key work session every three weeks, and in only 13 of the 20 cases "
        "was the work done at the AP linked to the resident's risk management plan."
    ),
    P(
        "The AP carried out 312 drug tests in the 12 months to January 2025, of which 21% were positive, mostly "
        "for synthetic cannabinoids. Positive results were not always followed up promptly: in 6 of the 15 "
        "positive results we examined, there was no record of any action within 24 hours. Staff acted quickly when "
        "residents breached their curfew or other licence conditions. Of the 87 residents admitted in the year, "
        "19 were recalled to prison, and 5 absconded from the premises."
    ),
    P(
        "Staff worked well with the police and with multi-agency public protection arrangements (MAPPA). The "
        "manager attended MAPPA level 2 and 3 meetings, and a police officer from the Wealdshire Police offender "
        "management unit visited the premises weekly."
    ),
    h3("2.3 Resettlement and move-on: Requires improvement"),
    P(
        "Too few residents moved on to settled accommodation. Of the residents who left Calloway House in the 12 "
        "months to January 2025 other than by recall or absconding, 38% moved to settled accommodation, 27% moved "
        "to temporary accommodation provided by the Probation Service, and 14% left with no fixed abode. Move-on "
        "planning often started too late: in 9 of the 20 cases we inspected, the resident had no move-on plan four "
        "weeks before the end of his stay. The AP had recently agreed a 'Next Step' protocol with Larchester City "
        "Council, under which residents are referred to the council's housing options team eight weeks before "
        "they are due to leave, but it was too early to see its impact."
    ),
    h1("Annex: Inspection team"),
    table(
        [
            ["Lead inspector", "Morwenna Castleton, HM Inspector of Probation"],
            ["Inspectors", "Tobias Renwick, HM Inspector of Probation\nImelda Sutcliffe-Hart, HM Inspector of Probation"],
            ["Practice assessor", "Farah Quadri"],
            ["Research officer", "Kenneth Oyelaran"],
            ["Inspection manager", "Isaac Thornbury-Vale"],
        ],
        widths=[45 * mm, 120 * mm],
        header=False,
    ),
    sp(8),
    P(
        "HM Inspectorate of Probation is the independent inspector of youth offending and probation services in "
        "England and Wales. We report on the effectiveness of probation and youth offending service work with "
        "adults and children. This is a synthetic report created for testing purposes.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="An inspection of Calloway House Approved Premises",
    header_right="HM Inspectorate of Probation",
    footer_left="Calloway House Approved Premises inspection report, April 2025",
    page_fmt="{n}",
    title="An inspection of Calloway House Approved Premises - April 2025",
    author="HM Inspectorate of Probation",
)
print(out)
