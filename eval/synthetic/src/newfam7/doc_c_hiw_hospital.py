import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common7 import *

out = out_path(
    "hiw-hospital-inspections/HIW-Ysbyty-Afon-Gwernllyn-Wards-7-and-9-unannounced-inspection-report-March-2025.pdf"
)

HB = "Morlas Valleys University Health Board"

s = []
s += [
    P("Arolygiaeth Gofal Iechyd Cymru / Healthcare Inspectorate Wales", SUB),
    Paragraph("Hospital Inspection Report (Unannounced)", TITLE),
    P("<b>Ysbyty Afon Gwernllyn, Morlas Valleys University Health Board</b>"),
    P("Ward 7 (Acute Medicine) and Ward 9 (Care of the Older Person)"),
    P("Inspection date: 3, 4 and 5 December 2024"),
    P("Publication date: 6 March 2025"),
    sp(20),
    P(
        "This publication and other HIW information can be provided in alternative formats or languages on request. "
        "This is a synthetic report created for testing purposes: Ysbyty Afon Gwernllyn, Morlas Valleys University "
        "Health Board, the people named and all figures are fictional.",
        SMALL,
    ),
    h2("Contents"),
    P(
        "1. What we did<br/>2. Summary of inspection<br/>3. What we found<br/>- Quality of Patient "
        "Experience<br/>- Delivery of Safe and Effective Care<br/>- Quality of "
        "Management and Leadership<br/>4. Next steps<br/>Appendix A - Summary of concerns resolved during the "
        "inspection<br/>Appendix B - Immediate improvement plan<br/>Appendix C - Improvement plan"
    ),
    PageBreak(),
    h1("1. What we did"),
    P(
        "Full details on how we inspect the NHS and regulate independent healthcare providers in Wales can be found on "
        "our website."
    ),
    P(
        "Healthcare Inspectorate Wales (HIW) completed an unannounced inspection at Ysbyty Afon Gwernllyn, Morlas "
        "Valleys University Health Board on 3, 4 and 5 December 2024. The following hospital wards were reviewed "
        "during this inspection: Ward 7, a 28-bed acute medical ward, and Ward 9, a 26-bed ward caring for older "
        "people, many of whom are living with dementia."
    ),
    P(
        "Our team for the inspection comprised two HIW Healthcare Inspectors, three clinical peer reviewers (one of "
        "whom was the nominated Mental Health Act reviewer) and one patient experience reviewer. The inspection was "
        "led by a HIW Senior Healthcare Inspector."
    ),
    P(
        "During the inspection we invited patients or their carers to complete a questionnaire to tell us about their "
        "experience of using the service. A total of 38 questionnaires were completed. We also spoke to staff working "
        "on the wards and invited them to complete a questionnaire; a total of 23 were completed."
    ),
    P(
        "Note the inspection findings relate to the point in time that the inspection was undertaken."
    ),
    h1("2. Summary of inspection"),
    h3("Quality of Patient Experience"),
    h3("Overall summary:"),
    P(
        "Patients were treated with dignity and respect by staff who were kind and caring. Most patients who "
        "completed our questionnaire rated the care they received as good or very good. However, the wards were "
        "under sustained pressure. Extra patients were regularly cared for in 6-bedded bays, and a high number of "
        "patients on Ward 9 were waiting to leave hospital."
    ),
    P("<b>Where the service could improve</b>"),
]
s += bullets(
    [
        "The health board must work with its partners to reduce delays in discharging patients who are medically fit "
        "to leave hospital",
        "The health board must ensure that the Welsh language 'Active Offer' is made to patients.",
    ]
)
s += [P("<b>Where the service is doing well:</b>")]
s += bullets(
    [
        "The 'Cwtch Companions' volunteer scheme on Ward 9",
        "Open visiting, including for carers of patients living with dementia.",
    ]
)
s += [
    h3("Delivery of Safe and Effective Care"),
    h3("Overall summary:"),
    P(
        "We found that some aspects of patient safety were not being managed well. Our concerns about the checking of "
        "resuscitation equipment on Ward 7 and the recording of the temperature of the medicines fridge on Ward 9 were "
        "dealt with under our immediate assurance process. Details of the immediate improvements we identified are "
        "provided in Appendix B."
    ),
    P("<b>Where the service could improve</b>"),
]
s += bullets(
    [
        "Completion of falls risk assessments within 24 hours of admission",
        "Documentation of escalation when a patient's National Early Warning Score (NEWS2) increases",
        "Completion of food and fluid charts",
    ]
)
s += [P("<b>Where the service is doing well:</b>")]
s += bullets(
    [
        "Infection prevention and control, with hand hygiene audit compliance of 97%",
        "The use of the 'This is Me' document to record the preferences of patients living with dementia.",
    ]
)
s += [
    h3("Quality of Management and Leadership"),
    h3("Overall summary:"),
    P(
        "Ward managers were visible and supportive, and staff spoke positively about the support they received from "
        "their immediate managers. However, there were significant registered nurse vacancies on Ward 7, and "
        "mandatory training compliance on both wards was below the health board's target."
    ),
    P("<b>Where the service could improve</b>"),
]
s += bullets(
    [
        "Recruitment and retention of registered nurses on Ward 7",
        "Compliance with mandatory training, including basic life support.",
    ]
)
s += [
    P(
        "Details of the concerns for patient's safety and the immediate improvements and remedial action required are "
        "provided in Appendix B."
    ),
    h1("3. What we found"),
    h2("Quality of Patient Experience"),
    h3("Patient feedback"),
    P(
        "Of the 38 patients and carers who completed our questionnaire, 31 rated the service as 'very good' or 'good'. "
        "Comments included: 'The nurses are run off their feet but they never make you feel like a nuisance.' "
        "However, 9 respondents told us they had been moved between wards or bays at night during their stay."
    ),
    h3("Dignified and respectful care"),
    P(
        "We saw staff speaking to patients kindly and protecting their privacy by closing curtains during personal "
        "care. However, on each day of the inspection an additional patient was being cared for in at least two of "
        "the 6-bedded bays on Ward 7, in a space without a call bell or a curtain. Staff told us this practice, which "
        "the health board calls 'boarding', had taken place on most days since October 2024."
    ),
    P(
        "On Ward 9, the 'Cwtch Companions' volunteer scheme provides trained volunteers who sit with patients living "
        "with dementia at mealtimes and in the evening. At the time of the inspection, 14 volunteers were supporting "
        "the ward. Staff and relatives spoke highly of the scheme."
    ),
    h3("Timely care"),
    P(
        "On the first day of our inspection, 17 of the 26 patients on Ward 9 were medically fit for discharge. These "
        "patients had been waiting an average of 23 days to leave hospital, mostly for a package of care at home or a "
        "care home placement. The longest wait was 71 days. Staff described the daily 'board round' at 9.30am, where "
        "the multidisciplinary team reviewed each patient's discharge plan, as effective, but said delays in community "
        "care were outside their control."
    ),
    h3("Communicating effectively"),
    P(
        "Signage in the wards was bilingual. However, only 2 of the 11 Welsh-speaking staff we met were wearing a "
        "badge to show that they could speak Welsh, and patients were not routinely asked about their language "
        "preference on admission. The health board must make sure that the 'Active Offer' of Welsh language services "
        "is made to patients."
    ),
    h2("Delivery of Safe and Effective Care"),
    h3("Managing risk and health and safety"),
    P(
        "We found that the daily checks of the resuscitation trolley on Ward 7 had not been recorded on 9 of the 30 "
        "days in November 2024. On the first day of the inspection, a bag-valve-mask and a size 4 laryngeal mask "
        "airway were missing from the trolley. This was a risk to patient safety and was dealt with under our "
        "immediate assurance process."
    ),
    h3("Preventing pressure and tissue damage"),
    P(
        "Pressure area risk assessments were completed on admission for all 10 patients whose records we reviewed, and "
        "repositioning charts were generally well completed. Ward 9 had reported 3 hospital-acquired pressure "
        "ulcers in the 3 months before the inspection."
    ),
    h3("Falls prevention"),
    P(
        "Ward 9 reported 8 falls in October 2024 and 11 in November 2024. Multifactorial falls risk assessments had "
        "been completed within 24 hours of admission in only 5 of the 10 records we reviewed. Sensor alarms were "
        "available but staff told us there were not enough to meet demand."
    ),
    h3("Infection prevention and control"),
    P(
        "The wards were visibly clean. Hand hygiene audit compliance was 97% on both wards in the 3 months before our "
        "inspection, and staff used personal protective equipment appropriately."
    ),
    h3("Nutrition and hydration"),
    P(
        "Patients were offered a choice of meals and drinks, and protected mealtimes were observed. However, the All "
        "Wales food and fluid charts were incomplete in 6 of the 10 records we reviewed, so it was not possible to be "
        "sure that patients had enough to drink."
    ),
    h3("Medicines management"),
    P(
        "Medicines were stored securely and controlled drugs were checked daily. However, the temperature of the "
        "medicines fridge on Ward 9 had not been recorded on 12 days in November 2024, and on 4 days the recorded "
        "temperature was above the recommended range of 2 to 8 degrees Celsius without any action being taken. This "
        "was dealt with under our immediate assurance process."
    ),
    h3("Recognising and responding to deterioration"),
    P(
        "NEWS2 scores were calculated accurately in the records we reviewed. However, in 3 of the 10 records, there "
        "was no record that a rising score had been escalated to a doctor or to the outreach team in line with the "
        "health board's policy."
    ),
    h2("Quality of Management and Leadership"),
    h3("Workforce"),
    P(
        "At the time of the inspection, Ward 7 had 11.4 whole time equivalent (WTE) registered nurse vacancies and "
        "Ward 9 had 4.2 WTE. Vacant shifts were filled by bank and agency staff; in November 2024, 1,180 hours on "
        "Ward 7 were worked by agency nurses. Staff told us that agency nurses were often unfamiliar with the ward. "
        "The health board told us that it was recruiting internationally educated nurses to fill the vacancies."
    ),
    P(
        "Mandatory training compliance was 68% on Ward 7 and 81% on Ward 9, against the health board's target of 85%. "
        "Compliance with basic life support training was 59% on Ward 7."
    ),
    h3("Staff feedback"),
    P(
        "Of the 23 staff who completed our questionnaire, 14 said they would be happy with the standard of care "
        "provided if a friend or relative needed treatment, and 8 said there were enough staff to allow them to do "
        "their job properly. Most staff said their immediate manager could be relied on to help with a difficult "
        "task."
    ),
    h3("Leadership"),
    P(
        "Both ward managers were visible and approachable. The senior nurse for medicine held a daily 'safety huddle' "
        "at 8.45am to review staffing and risks across the medical wards. Incidents were reported through the health "
        "board's electronic reporting system, and learning was shared at monthly ward meetings."
    ),
    h1("4. Next steps"),
    P(
        "Where we have identified improvements and immediate non-compliance during our inspection which require the "
        "service to take action, these are detailed in the appendices. The health board is required to provide an "
        "improvement plan telling us about the actions it is taking to address these areas, including timescales. "
        "HIW will evaluate the improvement plan and monitor progress."
    ),
    h1("Appendix A - Summary of concerns resolved during the inspection"),
    table(
        [
            ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
             "How HIW escalated the concern", "How the concern was resolved"],
            ["The door to the sluice room on Ward 9 was unlocked and cleaning chemicals were accessible.",
             "Patients living with dementia could have accessed hazardous substances.",
             "We raised this with the ward manager.", "The door was locked immediately and a keypad lock was "
             "ordered."],
        ],
        widths=[42 * mm, 42 * mm, 40 * mm, 46 * mm],
    ),
    h1("Appendix B - Immediate improvement plan"),
    P(f"Service: Ysbyty Afon Gwernllyn, {HB}<br/>Date of inspection: 3, 4 and 5 December 2024"),
    table(
        [
            ["Improvement needed", "Service action", "Responsible officer", "Timescale"],
            ["The health board must ensure that resuscitation equipment on Ward 7 is checked daily and that the "
             "checks are recorded, in line with its policy.",
             "Missing items replaced on 3 December 2024. Daily checks now signed off by the nurse in charge and "
             "audited weekly by the ward manager.", "Helena Brightwater-Jones, Head of Nursing, Medicine",
             "Immediate and ongoing"],
            ["The health board must ensure that the temperature of the medicines fridge on Ward 9 is checked and "
             "recorded daily, and that action is taken when it is outside the recommended range.",
             "Medicines in the fridge reviewed by pharmacy on 4 December 2024. A new fridge with a continuous "
             "temperature monitor installed.", "Helena Brightwater-Jones, Head of Nursing, Medicine",
             "20 December 2024"],
        ],
        widths=[50 * mm, 55 * mm, 35 * mm, 30 * mm],
    ),
    P("Service representative: Dr Eleri Vaughan-Pryce, Executive Director of Nursing"),
    h1("Appendix C - Improvement plan"),
    table(
        [
            ["Improvement needed", "Standard / Regulation", "Responsible officer", "Timescale"],
            ["The health board must work with its partners to reduce delays in discharging patients who are medically "
             "fit to leave hospital.", "Health and Care Quality Standards 2023 - Timely",
             "Director of Operations", "31 March 2025"],
            ["The health board must ensure that patients are not cared for in additional spaces in bays without "
             "access to a call bell and privacy curtains.", "Health and Care Quality Standards 2023 - Safe",
             "Director of Operations", "31 January 2025"],
            ["The health board must make sure that the 'Active Offer' of Welsh language services is made to patients.",
             "Welsh Language (Wales) Measure 2011", "Head of Welsh Language Services", "31 March 2025"],
            ["The health board must ensure that multifactorial falls risk assessments are completed within 24 hours "
             "of admission.", "Health and Care Quality Standards 2023 - Safe", "Head of Nursing, Medicine",
             "28 February 2025"],
            ["The health board must ensure that escalation of a rising NEWS2 score is documented.",
             "Health and Care Quality Standards 2023 - Effective", "Head of Nursing, Medicine", "28 February 2025"],
            ["The health board must ensure that food and fluid charts are completed accurately.",
             "Health and Care Quality Standards 2023 - Effective", "Ward managers", "28 February 2025"],
            ["The health board must improve compliance with mandatory training, including basic life support, on both "
             "wards.", "Health and Care Quality Standards 2023 - Workforce", "Head of Nursing, Medicine",
             "30 June 2025"],
        ],
        widths=[65 * mm, 45 * mm, 35 * mm, 25 * mm],
    ),
    P("Service representative: Dr Eleri Vaughan-Pryce, Executive Director of Nursing"),
]
build7(
    out,
    s,
    header_left="Healthcare Inspectorate Wales",
    header_right="Ysbyty Afon Gwernllyn - Wards 7 and 9",
    footer_left="Hospital Inspection Report (Unannounced) - March 2025",
    title="Hospital Inspection Report (Unannounced) - Ysbyty Afon Gwernllyn, Morlas Valleys University Health Board",
    author="Healthcare Inspectorate Wales",
)
print(out)
