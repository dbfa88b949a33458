import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common8 import *

out = out_path("cqc-maternity/RZT_Aldwater_Royal_Infirmary_maternity_inspection_report_20250129.pdf")

s = []
s += [
    P("Aldwater and Tennick Valley Hospitals NHS Foundation Trust", SUB),
    Paragraph("Aldwater Royal Infirmary", TITLE),
    P("<b>Inspection report</b>"),
    P("Infirmary Road<br/>Aldwater<br/>AW2 5RH"),
    P("Tel: 01632 960880<br/>Website: www.aldwatertennick.nhs.example"),
    table(
        [
            ["Date of inspection visit:", "8 October 2024 to 10 October 2024"],
            ["Date of publication:", "29 January 2025"],
        ],
        widths=[60 * mm, 80 * mm],
        header=False,
    ),
    sp(10),
    h2("Ratings"),
    table(
        [
            ["Overall rating for this location", "Requires Improvement"],
            ["Maternity", "Inadequate"],
        ],
        widths=[100 * mm, 60 * mm],
        header=False,
    ),
    sp(6),
    table(
        [
            ["Maternity", "Rating", "Previous rating (March 2019)"],
            ["Are services safe?", "Inadequate", "Good"],
            ["Are services effective?", "Requires Improvement", "Good"],
            ["Are services caring?", "Good", "Good"],
            ["Are services responsive?", "Requires Improvement", "Good"],
            ["Are services well-led?", "Inadequate", "Good"],
            ["Overall", "Inadequate", "Good"],
        ],
        widths=[70 * mm, 45 * mm, 55 * mm],
    ),
    sp(10),
    P(
        "The Care Quality Commission is the independent regulator of health and adult social care in England. This is "
        "a synthetic report created for testing purposes: Aldwater and Tennick Valley Hospitals NHS Foundation Trust, "
        "Aldwater Royal Infirmary, the people named and all figures are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Our findings"),
    h2("Overall summary of services at Aldwater Royal Infirmary"),
    P(
        "Our rating of this location stayed the same. We rated it as requires improvement because maternity services "
        "were rated inadequate and the other core services at the hospital, which we did not inspect on this occasion, "
        "were rated requires improvement or good at previous inspections."
    ),
    P(
        "We carried out this unannounced comprehensive inspection of the maternity service at Aldwater Royal Infirmary "
        "because of concerns about the safety and quality of care. These included information from the Maternity and "
        "Newborn Safety Investigations programme, a rise in the number of serious incidents reported by the trust, "
        "and concerns raised with us by staff and by women and birthing people who had used the service."
    ),
    P(
        "Our rating of maternity services went down. We rated it as inadequate because:"
    ),
]
s += bullets(
    [
        "The service did not have enough midwifery and medical staff to keep women and babies safe. The delivery suite "
        "coordinator was often not supernumerary, and the Kingfisher Birth Centre closed frequently because of "
        "staffing.",
        "Women attending maternity triage were not always assessed in a timely way, and there was no effective system "
        "to identify women whose condition was deteriorating while they waited.",
        "Staff did not always check emergency equipment, and compliance with mandatory training, including "
        "multidisciplinary obstetric emergency training, was below the trust's target.",
        "Incidents were not always investigated in a timely way, and learning was not consistently shared.",
        "Leaders did not have effective oversight of risk, and governance processes did not identify or address the "
        "issues we found. Many staff described a culture in which they did not feel listened to.",
    ]
)
s += [P("However:")]
s += bullets(
    [
        "Staff treated women with compassion and kindness, respected their privacy and dignity, and took account of "
        "their individual needs.",
        "The service had a dedicated bereavement team, and the Snowdrop Suite provided a private space for families "
        "whose baby had died.",
        "The continuity of carer team supported women from the most deprived areas of Aldwater well.",
    ]
)
s += [
    P(
        "Following this inspection, we served a warning notice on the trust under section 29A of the Health and Social "
        "Care Act 2008, telling it that significant improvements were needed in the safety of maternity services. The "
        "trust must make these improvements by 28 February 2025."
    ),
    h2("Background to the maternity service"),
    P(
        "Aldwater and Tennick Valley Hospitals NHS Foundation Trust provides acute hospital services to about 540,000 "
        "people in Aldwater, the Tennick Valley and the surrounding rural area. Maternity services are provided at "
        "Aldwater Royal Infirmary and by community midwifery teams across the trust's area."
    ),
    P(
        "The maternity unit at Aldwater Royal Infirmary includes a delivery suite with 14 birthing rooms and 2 "
        "obstetric theatres; the Kingfisher Birth Centre, an alongside midwife-led unit with 6 birthing rooms; a "
        "maternity triage unit with 6 assessment bays; an antenatal day unit; and Ward 21, a combined antenatal and "
        "postnatal ward with 32 beds. A level 2 neonatal unit is next to the delivery suite. Between September 2023 "
        "and August 2024, there were 4,312 births at the hospital, and 1.6% of women gave birth at home."
    ),
    h1("Maternity"),
    h2("Is the service safe?"),
    P("Inadequate. Our rating of safe went down. We rated it as inadequate."),
    h3("Midwifery staffing"),
    P(
        "The service did not have enough midwifery staff with the right qualifications, skills, training and "
        "experience to keep women and babies safe. A Birthrate Plus assessment completed in April 2024 recommended a "
        "funded establishment of 231.6 whole time equivalent (WTE) midwives. At the time of our inspection there were "
        "196.4 WTE midwives in post, a vacancy rate of 15.2%. Sickness absence among midwives was 8.9% in the 3 months "
        "before our inspection. The trust had recruited 19 newly qualified midwives who were due to start between "
        "September and December 2024, but had not yet filled its more senior vacancies."
    ),
    P(
        "The delivery suite coordinator should be supernumerary so that they have oversight of activity across the "
        "unit. Between June and August 2024, the coordinator was not supernumerary on 62 of 184 shifts (34%), because "
        "they were caring for a woman in labour. The Kingfisher Birth Centre closed on 27 occasions in the 6 months "
        "before our inspection because midwives were moved to the delivery suite, and women who had planned a "
        "midwife-led birth were told to come to the delivery suite instead. The trust reported that 91.3% of women "
        "received one-to-one care in established labour between April and August 2024."
    ),
    h3("Medical staffing"),
    P(
        "There were not always enough obstetric doctors. Consultants were present on the delivery suite from 8am to "
        "8pm on weekdays and from 9am to 1pm at weekends, and were on call from home at other times. Rotas showed 41 "
        "gaps in the middle-grade rota between July and September 2024, and 29 of these were filled by locum doctors. "
        "Anaesthetic cover for the delivery suite was available 24 hours a day."
    ),
    h3("Mandatory training"),
    P(
        "Staff did not all keep up to date with their mandatory training. The trust's target for mandatory training "
        "was 90%. At the time of our inspection, 94% of midwives but only 68% of obstetric doctors had completed "
        "PROMPT, the service's annual multidisciplinary obstetric emergencies training. Compliance with fetal "
        "monitoring training was 86% for midwives and 72% for obstetric doctors. Neonatal life support training had "
        "been completed by 81% of midwives."
    ),
    h3("Assessing and responding to risk"),
    P(
        "The maternity triage unit had introduced the Birmingham Symptom Specific Obstetric Triage System (BSOTS) in "
        "March 2024. Under this system, women should have an initial assessment by a midwife within 15 minutes of "
        "arriving. The service's own audit of 52 women who attended triage in August 2024 found that 21 (40%) were "
        "not assessed within 15 minutes. The longest wait for an initial assessment was 3 hours and 40 minutes. "
        "There was no dedicated triage midwife on 19 of the 31 night shifts in August 2024, and the waiting area "
        "could not be seen from the midwives' station."
    ),
    P(
        "Staff did not always complete the modified early obstetric warning score (MEOWS) correctly. In 6 of the 20 "
        "records we reviewed, scores had been added up wrongly or a raised score had not been escalated to a doctor. "
        "Staff used a 'fresh eyes' approach, in which a second member of staff reviews a woman's fetal heart tracing "
        "every hour, but this was not documented in 7 of the 15 records of women in labour that we reviewed."
    ),
    P(
        "There were delays for women whose labour was being induced. In August 2024, 64 women waited more than 24 "
        "hours to be transferred to the delivery suite once their induction had started, and the longest wait was 71 "
        "hours. Staff told us that they did not always have capacity to review these women as often as the trust's "
        "guideline required."
    ),
    h3("Environment and equipment"),
    P(
        "Staff did not always carry out daily safety checks of specialist equipment. Records showed that the "
        "neonatal resuscitaire in the delivery suite had not been checked on 11 of the 30 days in September 2024. "
        "On the emergency trolley in the Kingfisher Birth Centre we found 4 items that were out of date, including a "
        "bag of intravenous fluid. The service had a baby tagging system, but we found that a door to Ward 21 had "
        "been wedged open, which meant that the ward was not secure."
    ),
    h3("Incidents"),
    P(
        "The service had adopted the Patient Safety Incident Response Framework (PSIRF) in January 2024. Staff "
        "reported 1,214 incidents in the 12 months before our inspection. However, 38 incident reviews had been open "
        "for more than 60 days, and staff told us that they rarely received feedback about incidents that they had "
        "reported. Learning from incidents was not consistently shared with staff who worked on the wards and in the "
        "community."
    ),
    h2("Is the service effective?"),
    P("Requires improvement. Our rating of effective went down. We rated it as requires improvement."),
    P(
        "The service did not always provide care and treatment based on national guidance. Of 142 maternity "
        "guidelines, 31 were past their review date, including the guideline for the management of reduced fetal "
        "movements. The trust reported that it had fully implemented 68% of the interventions in version 3 of the "
        "Saving Babies' Lives Care Bundle, against a regional average of 82%."
    ),
    P(
        "Outcomes for women were mixed. In the 12 months to August 2024, the rate of major obstetric haemorrhage "
        "(blood loss of 1,500ml or more) was 4.4%, higher than the trust's own target of 3.0%. The rate of third and "
        "fourth degree tears was in line with the national average. The service had held Level 2 accreditation "
        "under the UNICEF UK Baby Friendly Initiative since 2022, and 71% of women started breastfeeding."
    ),
    P(
        "Managers did not always make sure that staff were competent in their roles. Only 73% of midwives had "
        "received an appraisal in the previous 12 months. Newly qualified midwives completed a preceptorship "
        "programme and told us they felt well supported by the practice development team."
    ),
    h2("Is the service caring?"),
    P("Good. Our rating of caring stayed the same. We rated it as good."),
    P(
        "Staff treated women with compassion and kindness. We observed 23 interactions between staff and women, and "
        "all were respectful and kind. Women and birthing people we spoke to told us that midwives had listened to "
        "them and explained their options. Results of the CQC 2023 maternity survey were about the same as other "
        "trusts for most questions, but worse than other trusts for whether partners were able to stay with women as "
        "much as they wanted on the postnatal ward."
    ),
    P(
        "Staff gave emotional support to women and families. Two specialist bereavement midwives supported families "
        "whose baby had died, and families could stay in the Snowdrop Suite, which had its own entrance and a "
        "kitchen."
    ),
    h2("Is the service responsive?"),
    P("Requires improvement. Our rating of responsive went down. We rated it as requires improvement."),
    P(
        "The service planned care to meet the needs of local people. The Heron Team, a continuity of carer team, "
        "supported women living in the most deprived areas of Aldwater throughout pregnancy, birth and the postnatal "
        "period. Interpreting services were available by telephone and video, but in 3 of the 8 records of women who "
        "did not speak English that we reviewed, a family member had been used to interpret."
    ),
    P(
        "The service did not always deal with complaints in a timely way. It received 74 complaints in the 12 months "
        "before our inspection. The trust's target was to respond within 40 working days, but this was met for only "
        "49% of complaints. The Aldwater Maternity and Neonatal Voices Partnership (MNVP) told us that leaders had "
        "started to involve it in improvement work, such as the redesign of the triage waiting area."
    ),
    h2("Is the service well-led?"),
    P("Inadequate. Our rating of well-led went down. We rated it as inadequate."),
    P(
        "Leadership of the service had been unstable. The service had had three heads of midwifery in two years, and "
        "the director of midwifery, Fiona Ashdown-Pryor, had been in post on an interim basis since June 2024. The "
        "leadership team, made up of the director of midwifery, the clinical director for obstetrics and "
        "gynaecology, the lead neonatologist and the divisional director of operations, was committed to improving "
        "the service but had not yet had time to make its plans effective."
    ),
    P(
        "Governance processes were not effective. Risks on the maternity risk register, including midwifery staffing "
        "and delays in triage, had been open for more than 2 years without effective action to reduce them. The "
        "maternity dashboard presented to the trust board did not include information about triage waiting times or "
        "the supernumerary status of the coordinator. In year 5 of NHS Resolution's Maternity Incentive Scheme, the "
        "trust declared that it met 7 of the 10 safety actions."
    ),
    P(
        "Many staff did not feel respected, supported and valued. In the 2023 NHS Staff Survey, only 41% of midwives "
        "said that they would recommend the trust as a place to work. Several staff told us about incidents of "
        "bullying and said they did not feel able to raise concerns. The trust's Freedom to Speak Up Guardian had "
        "received 17 concerns from maternity staff in the previous year, 9 of them about behaviour and culture."
    ),
    h1("Areas for improvement"),
    h2("Action the trust MUST take to improve"),
    P("Maternity"),
]
s += bullets(
    [
        "The trust must ensure that there are enough suitably qualified, competent and experienced midwifery and "
        "obstetric staff to meet the needs of women and babies, and that the delivery suite coordinator is "
        "supernumerary. (Regulation 18(1))",
        "The trust must ensure that women attending maternity triage receive an initial assessment within 15 minutes "
        "of arrival and that women waiting to be seen are monitored. (Regulation 12(1)(2)(a)(b))",
        "The trust must ensure that emergency equipment is checked daily and that out-of-date items are removed. "
        "(Regulation 12(1)(2)(e))",
        "The trust must ensure that staff complete mandatory training, including PROMPT and fetal monitoring training, "
        "in line with the trust's target. (Regulation 18(2)(a))",
        "The trust must ensure that incidents are investigated in a timely way and that learning from incidents is "
        "shared with all staff. (Regulation 17(1)(2)(a)(b))",
        "The trust must ensure that governance processes are effective, that risks are acted on, and that clinical "
        "guidelines are reviewed and up to date. (Regulation 17(1)(2)(a)(b))",
    ]
)
s += [h2("Action the trust SHOULD take to improve"), P("Maternity")]
s += bullets(
    [
        "The service should ensure that 'fresh eyes' reviews of fetal heart monitoring are documented every hour.",
        "The service should ensure that professional interpreters are used for women who do not speak English.",
        "The service should continue to improve the timeliness of its responses to complaints.",
        "The service should consider how to improve facilities for partners to stay overnight on Ward 21.",
        "The service should ensure that all midwives receive an annual appraisal.",
    ]
)
s += [
    h1("Our inspection team"),
    P(
        "The team that inspected the service comprised a CQC lead inspector, Harriet Mollison-Kay, 3 other CQC "
        "inspectors, a CQC inspection manager and 2 specialist advisers: a senior midwife and a consultant "
        "obstetrician. The inspection team was overseen by Oliver Stanbridge-Hale, Deputy Director of Operations."
    ),
    h1("Requirement notices"),
    h2("Action we have told the provider to take"),
    P(
        "The table below shows the legal requirements that were not being met. The provider must send CQC a report "
        "that says what action it is going to take to meet these requirements."
    ),
    table(
        [
            ["Regulated activity", "Regulation"],
            ["Maternity and midwifery services", "Regulation 18 HSCA (RA) Regulations 2014 Staffing"],
            ["Maternity and midwifery services", "Regulation 17 HSCA (RA) Regulations 2014 Good governance"],
        ],
        widths=[65 * mm, 105 * mm],
    ),
    h1("Enforcement actions"),
    P("The table below shows why we have decided to take enforcement action."),
    table(
        [
            ["Regulated activity", "Regulation"],
            ["Maternity and midwifery services", "Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment\n"
             "Women attending triage were not assessed in a timely way, emergency equipment was not checked, and "
             "risks to women and babies were not assessed and mitigated."],
            ["", "The enforcement action we took:\nWe served a warning notice under section 29A of the Health and "
             "Social Care Act 2008 requiring significant improvements by 28 February 2025."],
        ],
        widths=[65 * mm, 105 * mm],
    ),
]
build8(
    out,
    s,
    header_left="Aldwater Royal Infirmary",
    header_right="Maternity",
    footer_left="Aldwater Royal Infirmary Inspection report 29/01/2025",
    title="Aldwater Royal Infirmary - Maternity inspection report - 29 January 2025",
    author="Care Quality Commission",
)
print(out)
