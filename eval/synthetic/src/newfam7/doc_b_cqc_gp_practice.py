import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common7 import *

out = out_path("cqc-gp-practices/1-548203917_Thistlecombe_Medical_Practice_inspection_report_20240815.pdf")

REG = "Treatment of disease, disorder or injury"

s = []
s += [
    P("Dr Rowena Penhallow and Partners", SUB),
    Paragraph("Thistlecombe Medical Practice", TITLE),
    P("<b>Inspection report</b>"),
    P("2 Friary Walk<br/>Marrowby<br/>Hallowfield<br/>MB4 6TL"),
    P("Tel: 01632 961204<br/>Website: www.thistlecombemedical.nhs.example"),
    table(
        [
            ["Date of inspection visit:", "4 June 2024 to 11 June 2024"],
            ["Date of publication:", "15 August 2024"],
        ],
        widths=[60 * mm, 70 * mm],
        header=False,
    ),
    sp(10),
    h2("Ratings"),
    table(
        [
            ["Overall rating for this location", "Requires Improvement"],
            ["Are services safe?", "Inadequate"],
            ["Are services effective?", "Requires Improvement"],
            ["Are services caring?", "Good"],
            ["Are services responsive?", "Requires Improvement"],
            ["Are services well-led?", "Requires Improvement"],
        ],
        widths=[100 * mm, 60 * mm],
        header=False,
    ),
    sp(10),
    P(
        "The Care Quality Commission is the independent regulator of health and adult social care in England. This is "
        "a synthetic report created for testing purposes: Thistlecombe Medical Practice, its partners and staff, and all "
        "figures are fictional.",
        SMALL,
    ),
    h1("Overall summary"),
    P(
        "We carried out an announced comprehensive inspection at Thistlecombe Medical Practice between 4 and 11 June "
        "2024. Overall, the practice is rated as requires improvement."
    ),
    P(
        "Safe - inadequate<br/>Effective - requires improvement<br/>Caring - good<br/>Responsive - requires "
        "improvement<br/>Well-led - requires improvement"
    ),
    P(
        "Following our previous inspection on 19 November 2019, the practice was rated good overall and for all key "
        "questions."
    ),
    h3("Why we carried out this inspection"),
    P(
        "We carried out this inspection in response to concerns we had received about access to appointments and the "
        "monitoring of patients prescribed high-risk medicines, and to follow up on information from Hallowfield "
        "Integrated Care Board. This was a comprehensive inspection covering all key questions."
    ),
    h3("How we carried out the inspection"),
    P("This inspection was carried out in a way which enabled us to spend a minimum amount of time on site. This included:"),
]
s += bullets(
    [
        "Conducting staff interviews using video conferencing.",
        "Completing clinical searches on the practice's patient records system and discussing findings with the "
        "provider.",
        "Reviewing patient records to identify issues and clarify actions taken by the provider.",
        "Requesting evidence from the provider.",
        "A short site visit on 11 June 2024.",
        "Staff questionnaires, which 19 members of staff completed.",
    ]
)
s += [
    h3("Our findings"),
    P("We based our judgement of the quality of care at this service on a combination of what we found when we inspected, information from our ongoing monitoring of data about services and information from the provider, patients, the public and other organisations."),
    P("We found that:"),
]
s += bullets(
    [
        "The practice did not have effective systems to ensure patients prescribed high-risk medicines received the "
        "monitoring they needed, and safety alerts were not always acted on.",
        "Pathology results and clinical correspondence were not always reviewed in a timely way.",
        "Patients with long-term conditions did not always receive appropriate reviews, although the practice's "
        "'Thistle Check' clinic was improving this for patients with several conditions.",
        "Patients found it very difficult to contact the practice by telephone, and satisfaction with access was well "
        "below local and national averages.",
        "Staff dealt with patients with kindness and respect and involved them in decisions about their care.",
        "Leaders were aware of most of the challenges and had an improvement plan, but governance arrangements had not "
        "identified the risks we found.",
    ]
)
s += [
    P("We found breaches of regulations. The provider <b>must</b>:"),
]
s += bullets(
    [
        "Ensure care and treatment is provided in a safe way to patients.",
        "Establish effective systems and processes to ensure good governance in accordance with the fundamental "
        "standards of care.",
    ]
)
s += [P("Whilst we found no breaches of regulations in these areas, the provider <b>should</b>:")]
s += bullets(
    [
        "Continue to take action to improve the uptake of cervical screening.",
        "Take action to improve childhood immunisation uptake for children aged 2 and 5.",
        "Continue to improve patient satisfaction with telephone access and the ease of making an appointment.",
        "Identify more carers among the practice population, so that they can be offered support.",
    ]
)
s += [
    P(
        "Details of our findings and the evidence supporting our ratings are set out in the evidence tables."
    ),
    P("<b>Dr Imelda Castellane MRCGP</b><br/>Chief Inspector of Primary Medical Services and Integrated Care"),
    h3("Our inspection team"),
    P(
        "Our inspection team was led by a CQC lead inspector who spoke with staff using video conferencing facilities "
        "and undertook a site visit. The team included a GP specialist advisor who completed clinical searches and "
        "records reviews without visiting the location, and a second CQC inspector who undertook the site visit."
    ),
    h3("Background to Thistlecombe Medical Practice"),
    P(
        "Thistlecombe Medical Practice is located in Marrowby at 2 Friary Walk, Marrowby, Hallowfield, MB4 6TL. The "
        "practice has a branch surgery at Kestle Road, Marrowby, which we did not visit as part of this inspection."
    ),
    P(
        "The provider is registered with CQC to deliver the regulated activities of diagnostic and screening "
        "procedures, family planning, maternity and midwifery services, surgical procedures and treatment of disease, "
        "disorder or injury."
    ),
    P(
        "The practice is situated within Hallowfield Integrated Care Board (ICB) and delivers General Medical Services "
        "(GMS) to a patient population of about 14,860. The practice is part of a wider network of GP practices, "
        "Marrowby Central Primary Care Network (PCN)."
    ),
    P(
        "Information published by the Office for Health Improvement and Disparities shows that deprivation within the "
        "practice population group is in the third decile (3 of 10). The lower the decile, the more deprived the "
        "practice population is relative to others. According to the latest available data, the ethnic make-up of "
        "the practice area is 84.2% White, 8.1% Asian, 4.3% Black, 2.6% Mixed and 0.8% Other."
    ),
    P(
        "There is a team of 4 GP partners and 5 salaried GPs. Two GP partners left the partnership during 2023 and "
        "had not been replaced. The clinical team also includes 5 practice nurses, 2 advanced nurse practitioners, 3 "
        "healthcare assistants and a clinical pharmacist employed through the PCN. The clinical team is supported by "
        "a practice manager, an assistant practice manager and a team of 21 reception and administration staff."
    ),
    P(
        "The practice is open between 8am and 6.30pm Monday to Friday. Extended access is provided locally by the PCN, "
        "where late evening and Saturday appointments are available. Out of hours services are provided by NHS 111."
    ),
    h1("Are services safe?"),
    P("We rated the practice as inadequate for providing safe services."),
    h3("Safety systems and processes"),
]
s += bullets(
    [
        "The practice had safeguarding policies, and staff had completed safeguarding training at a level appropriate "
        "to their role. Registers of vulnerable children and adults were reviewed at a monthly multidisciplinary "
        "meeting with the health visitor and the community matron.",
        "Recruitment checks were not always carried out in line with regulations. Of the 5 staff files we reviewed, "
        "2 did not contain evidence of satisfactory conduct in previous employment, and 1 did not contain a record of "
        "the staff member's immunisation status.",
        "A fire risk assessment had been completed in February 2024, but 3 of the 11 actions it identified were "
        "overdue.",
    ]
)
s += [h3("Appropriate and safe use of medicines")]
s += bullets(
    [
        "Our clinical searches identified that patients prescribed high-risk medicines were not always monitored "
        "appropriately. Of 61 patients prescribed methotrexate, 9 had not had the required blood monitoring in the "
        "previous 3 months, and some had been issued further prescriptions without this monitoring.",
        "Of 38 patients prescribed lithium, 6 had not had a lithium level recorded in the previous 3 months.",
        "Medicines safety alerts were not always acted on. We found 4 women of childbearing potential who were "
        "prescribed sodium valproate without evidence that they had been enrolled in, or had been told about, the "
        "pregnancy prevention programme.",
        "Our searches identified 23 patients with a potential missed diagnosis of diabetes. We reviewed 5 of these "
        "records and found that 3 had not been followed up or coded.",
        "Of 964 patients with asthma, 41 had been prescribed 2 or more courses of rescue steroids in the previous 12 "
        "months. We reviewed 5 of these records and found that 4 patients had not been followed up within 1 week, as "
        "national guidance recommends.",
    ]
)
s += [h3("Information to deliver safe care and treatment")]
s += bullets(
    [
        "On 4 June 2024 there were 312 pathology results awaiting review by a clinician, the oldest dating back 9 "
        "days. There was a backlog of 1,140 items of clinical correspondence waiting to be coded and summarised.",
        "After our searches, the provider told us it had cleared the pathology backlog and introduced a daily "
        "'buddy' system so that results were reviewed when a GP was absent.",
    ]
)
s += [h3("Track record on safety and lessons learned")]
s += bullets(
    [
        "The practice recorded 17 significant events in the 12 months before our inspection. Events were discussed at "
        "quarterly clinical meetings, but learning was not always shared with non-clinical staff.",
    ]
)
s += [
    h1("Are services effective?"),
    P(
        "We rated the practice as requires improvement for providing effective services, and all population groups "
        "as requires improvement."
    ),
    h3("Management of people with long-term conditions"),
]
s += bullets(
    [
        "Patients with long-term conditions did not always receive a structured annual review. Of 402 patients with "
        "chronic kidney disease stages 3 to 5, we found 37 who had not had the monitoring they needed in the previous "
        "9 months.",
        "The practice had introduced the 'Thistle Check' clinic in January 2024. A care coordinator books patients "
        "with 2 or more long-term conditions into a single combined review rather than several separate "
        "appointments. By June 2024, 640 patients had been seen in the clinic.",
        "Patients with poor mental health, including dementia, were referred to appropriate services. A mental health "
        "practitioner employed through the PCN held clinics at the practice 3 days a week.",
    ]
)
s += [h3("Childhood immunisation and cancer screening")]
s += [
    table(
        [
            ["Indicator", "Practice", "Comparison to WHO target of 95%"],
            ["The percentage of children aged 1 who have completed a primary course of immunisation", "92.1%",
             "Met 90% minimum"],
            ["The percentage of children aged 2 who have received their booster immunisation for Pneumococcal "
             "infection", "86.4%", "Below 90% minimum"],
            ["The percentage of children aged 5 who have received immunisation for measles, mumps and rubella (two "
             "doses of MMR)", "82.7%", "Below 90% minimum"],
        ],
        widths=[105 * mm, 25 * mm, 40 * mm],
    ),
    sp(6),
    table(
        [
            ["Cancer indicators", "Practice", "National target"],
            ["Persons, 25-64, with a cervical screening test within the appropriate time frame", "68.9%", "80%"],
        ],
        widths=[105 * mm, 25 * mm, 40 * mm],
    ),
    sp(6),
]
s += bullets(
    [
        "The practice was aware that uptake was below target. It had begun sending text reminders in 5 languages and "
        "offering Saturday morning screening clinics through the PCN.",
    ]
)
s += [
    h1("Are services caring?"),
    P("We rated the practice as good for providing caring services."),
]
s += bullets(
    [
        "Results of the National GP Patient Survey showed that patients were positive about how they were treated. "
        "86.2% of respondents said the healthcare professional they saw was good or very good at listening to them, "
        "compared with the England average of 85.4%.",
        "The practice had identified 312 patients as carers, about 2.1% of the practice list. Carers were offered an "
        "annual health check and a flu vaccination.",
        "Interpretation services were available for patients who did not have English as a first language, and a "
        "hearing loop was installed at reception.",
    ]
)
s += [
    h1("Are services responsive?"),
    P("We rated the practice as requires improvement for providing responsive services."),
    h3("Timely access to care and treatment"),
    table(
        [
            ["Indicator", "Practice", "England average"],
            ["The percentage of respondents to the GP patient survey who responded positively to how easy it was to "
             "get through to someone at their GP practice on the phone", "21.7%", "49.6%"],
            ["The percentage of respondents to the GP patient survey who responded positively to the overall "
             "experience of making an appointment", "34.5%", "54.4%"],
            ["The percentage of respondents to the GP patient survey who were satisfied with the appointment (or "
             "appointments) they were offered", "61.8%", "72.0%"],
        ],
        widths=[105 * mm, 25 * mm, 40 * mm],
    ),
    sp(6),
]
s += bullets(
    [
        "Patients told us they had to call repeatedly at 8am and were often told that no appointments were left. The "
        "practice's call data for May 2024 showed an average wait of 27 minutes to answer a call, and 38% of calls "
        "were abandoned before they were answered.",
        "A cloud-based telephone system with a call-back option was installed in March 2024. Online requests through "
        "the practice's 'Thistle Connect' online consultation service were closed by 10am on most weekdays because "
        "demand exceeded the capacity to triage them.",
        "The practice received 64 complaints in the 12 months before our inspection, of which 31 were about access to "
        "appointments. Complaints were responded to appropriately and in a timely way.",
    ]
)
s += [
    h1("Are services well-led?"),
    P("We rated the practice as requires improvement for providing well-led services."),
]
s += bullets(
    [
        "Leaders understood the challenges to the quality and sustainability of the service, including the loss of "
        "two GP partners. They had a written improvement plan, but it did not address the monitoring of high-risk "
        "medicines.",
        "Governance arrangements were not effective. Of the practice's 38 policies, 14 were overdue for review, and "
        "there was no effective system to check that clinical searches and safety alerts were acted on.",
        "Staff told us they felt supported by their managers. Staff had access to a Freedom to Speak Up Guardian "
        "from outside the practice.",
        "The practice had an active patient participation group, which met quarterly and had helped to design the "
        "new telephone message.",
    ]
)
s += [
    h1("Requirement notices"),
    h2("Action we have told the provider to take"),
    P(
        "The table below shows the legal requirements that were not being met. The provider must send CQC a report "
        "that says what action it is going to take to meet these requirements."
    ),
    table(
        [
            ["Regulated activity", "Regulation"],
            [REG, "Regulation 17 HSCA (RA) Regulations 2014 Good governance\nThe registered person had systems or "
             "processes in place that were operating ineffectively, in that they failed to enable the registered "
             "person to assess, monitor and mitigate the risks relating to the health, safety and welfare of service "
             "users."],
        ],
        widths=[65 * mm, 105 * mm],
    ),
    h1("Enforcement actions"),
    P("The table below shows why we have decided to take enforcement action."),
    table(
        [
            ["Regulated activity", "Regulation"],
            [REG, "Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment\nCare and treatment was not "
             "provided in a safe way for service users: patients prescribed high-risk medicines were not monitored, "
             "and medicines safety alerts were not acted on."],
            ["", "The enforcement action we took:\nWe served a warning notice requiring the provider to be compliant "
             "with regulation 12 by 30 September 2024."],
        ],
        widths=[65 * mm, 105 * mm],
    ),
]
build7(
    out,
    s,
    footer_left="Thistlecombe Medical Practice Inspection report 15/08/2024",
    title="Thistlecombe Medical Practice - Inspection report - 15 August 2024",
    author="Care Quality Commission",
)
print(out)
