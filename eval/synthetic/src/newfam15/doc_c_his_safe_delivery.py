"""A Healthcare Improvement Scotland (HIS) safe delivery of care inspection report on an acute hospital, in the
layout HIS uses: cover with the hospital, the NHS board and the inspection dates, contents, a summary of the
inspection (background, about the hospital, about this inspection, the escalation of concerns, what people told
us, areas of good practice and improvement, what action we expect the NHS board to take: the counts of good
practice, recommendations and requirements and what each means), findings under the quality assurance framework
domains (Domain 1, 2, 4.1, 4.3, 6 and 9) each with our findings, areas of good practice, requirements numbered
1, 2, 3 ... and recommendations lettered a, b ...; appendices with the requirements and recommendations, the
inspection team and the national guidance. No ratings. Footer: the family's own "Safe Delivery of Care
Inspection (Unannounced) | page n". NHS Ardmuir, Ardmuir Royal Infirmary, the staff and all figures are
fictional; Healthcare Improvement Scotland and the legislation are real."""

import copy
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common15 import *  # noqa: F401,F403

out = out_path("his-inspections/Ardmuir-Royal-Infirmary-safe-delivery-of-care-inspection-report-January-2026.pdf")

COVER = ParagraphStyle("cover15c", parent=TITLE, fontSize=26, leading=32)

REQS = {
    "4.1": [
        "NHS Ardmuir must ensure that patients cared for in non-standard care areas have access to a call bell, "
        "oxygen, suction and a way of maintaining their privacy and dignity.",
        "NHS Ardmuir must ensure that fire doors are not wedged or propped open and that fire escape routes are "
        "kept clear at all times.",
        "NHS Ardmuir must ensure that all medicines are stored securely, including in treatment rooms.",
        "NHS Ardmuir must ensure that medicine fridge temperatures are monitored and recorded every day, and that "
        "action is taken when the temperature is out of range.",
        "NHS Ardmuir must ensure that nutritional screening is completed within 24 hours of admission and that "
        "food and fluid charts are accurately completed.",
        "NHS Ardmuir must ensure that patient care equipment, including commodes, is clean and ready for use.",
        "NHS Ardmuir must ensure that cleaning products and other substances hazardous to health are stored "
        "securely.",
        "NHS Ardmuir must ensure that falls risk assessments and bedrail assessments are completed and reviewed "
        "in line with national guidance.",
    ],
    "4.3": [
        "NHS Ardmuir must ensure that staffing levels and skill mix are assessed in real time, that risks are "
        "escalated and that decisions are recorded, in line with the Health and Care (Staffing) (Scotland) Act "
        "2019.",
        "NHS Ardmuir must ensure that all staff complete mandatory training, including fire safety training.",
    ],
    "6": [
        "NHS Ardmuir must ensure that patients who are waiting in the emergency department corridor have their "
        "privacy and dignity maintained, and have access to food, drink and toilet facilities.",
    ],
}
RECS = {
    "2": ["NHS Ardmuir should ensure that staff can take their breaks and have access to rest facilities."],
    "4.1": ["NHS Ardmuir should ensure that patients' personal care plans record what matters to them."],
}

TOC = [
    "1 A summary of our inspection",
    "2 What we found during our inspection",
    "Appendix 1 - List of requirements and recommendations",
    "Appendix 2 - Our inspection team",
    "Appendix 3 - List of national guidance",
]

s = [
    P("<b>Healthcare Improvement Scotland</b>", SUB),
    sp(60),
    Paragraph("Safe Delivery of Care Inspection", COVER),
    P("Unannounced inspection report", SUB),
    sp(10),
    P("<b>Ardmuir Royal Infirmary</b>", SUB),
    P("NHS Ardmuir", SUB),
    sp(10),
    P("14 - 16 October 2025"),
    sp(120),
    P("This is a synthetic report created for testing purposes. NHS Ardmuir, Ardmuir Royal Infirmary, the staff "
      "and patients and all figures in this report are fictional.", SMALL),
    P("Published January 2026", SMALL),
    PageBreak(),
    h1("Contents"),
    "CONTENTS",
    sp(10),
    h1("1 A summary of our inspection"),
    h2("Background"),
    P("Healthcare Improvement Scotland carries out safe delivery of care inspections of acute hospitals in "
      "NHS Scotland, focusing on the safety and quality of care. Our inspections are informed by our quality "
      "assurance framework and by national standards, guidance and legislation. Our inspections of acute "
      "hospitals focus on the following domains:"),
]
s += bullets([
    "Domain 1 - Clear vision and purpose",
    "Domain 2 - Leadership and culture",
    "Domain 4.1 - Pathways, procedures and policies",
    "Domain 4.3 - Workforce planning, implementation and deployment",
    "Domain 6 - Dignity and respect",
    "Domain 9 - Quality improvement-focused leadership",
])
s += [
    h2("About the hospital"),
    P("Ardmuir Royal Infirmary is the largest hospital in NHS Ardmuir, with 612 inpatient beds. It provides "
      "emergency and acute medical and surgical care, critical care and maternity services to a population of "
      "around 330,000 people."),
    h2("About this inspection"),
    P("We carried out an unannounced inspection of Ardmuir Royal Infirmary from Tuesday 14 to Thursday 16 "
      "October 2025. We inspected the following areas: the emergency department, the acute medical unit, the "
      "surgical receiving unit, the discharge lounge and wards 4, 7, 12, 15 and 21. We also held a virtual "
      "discussion with senior managers from NHS Ardmuir on 28 October 2025."),
    P("During the inspection we observed care, spoke with 46 patients and 88 members of staff, and reviewed "
      "40 patient health records. We also ran an online staff survey, which received 143 responses."),
    h2("Escalation of concerns"),
    P("During the inspection we identified serious concerns about fire safety in the acute medical unit, where "
      "fire doors were wedged open and a fire escape route was obstructed by two beds and a hoist. We formally "
      "escalated these concerns to NHS Ardmuir in a letter dated 17 October 2025, in line with our escalation "
      "process. NHS Ardmuir sent us an action plan on 24 October 2025, and we were assured by the immediate "
      "action it had taken."),
    h2("What people told us and feedback from NHS Ardmuir"),
    P("Most patients we spoke with were positive about their care. They described staff as 'kind', 'rushed off "
      "their feet' and 'doing their best'. Patients waiting in the emergency department corridor told us they "
      "had not been offered a drink or a meal for several hours."),
    P("NHS Ardmuir told us that the hospital had been operating at or above full capacity for most of 2025. "
      "During our inspection the hospital's bed occupancy was 108%, and 26 additional beds were open in "
      "non-standard care areas, including six in the discharge lounge. In the week before our inspection, 54% "
      "of patients attending the emergency department were admitted, transferred or discharged within four "
      "hours, against the national standard of 95%."),
    h2("Areas of good practice"),
    P("On this inspection, we found the following areas of good practice:"),
]
GOOD = [
    "Domain 2: A well-attended hospital safety huddle at 08:30 each day gave senior staff a clear picture of "
    "staffing, capacity and risk across the hospital.",
    "Domain 4.1: The acute medical unit's frailty team assessed older patients within an hour of arrival and "
    "arranged early discharge with support.",
    "Domain 6: Ward 7's 'What matters to you' boards were used well to record patients' wishes and preferences.",
    "Domain 9: The hospital's dementia nurse consultant had introduced a volunteer companion scheme for patients "
    "with dementia.",
]
s += bullets(GOOD)
s += [
    h2("Areas for improvement"),
    P("We found that improvement was needed in fire safety, the care of patients in non-standard care areas and "
      "in the emergency department corridor, the storage of medicines and hazardous substances, nutritional "
      "screening, the cleanliness of patient equipment, falls assessments, real-time staffing and mandatory "
      "training."),
    h2("What action we expect NHS Ardmuir to take after our inspection"),
    callout("This inspection resulted in 4 areas of good practice, 2 recommendations and 11 requirements."),
    P("A requirement sets out what action is required from an NHS board to comply with the standards published "
      "by Healthcare Improvement Scotland, or its predecessors. These are the standards every patient should "
      "receive, and the NHS board must prioritise the requirements to meet national standards."),
    P("A recommendation relates to national guidance or best practice that we consider an NHS board should "
      "follow to improve the quality of care."),
    P("We expect NHS Ardmuir to address the requirements. An improvement action plan has been developed by "
      "NHS Ardmuir and is available on the Healthcare Improvement Scotland website. We will follow up on the "
      "progress made against the action plan."),
    P("We would like to thank NHS Ardmuir and in particular all staff at Ardmuir Royal Infirmary for their "
      "assistance during our inspection."),
    PageBreak(),
    h1("2 What we found during our inspection"),
    h2("Domain 1 - Clear vision and purpose"),
    P("NHS Ardmuir's strategy, 'Better Care, Closer to Home 2024-2029', sets out its priorities, including "
      "reducing delays in discharge. Staff we spoke with knew the board's values. However, on the days of our "
      "inspection, 71 patients in the hospital were delayed in their discharge, most of them waiting for a "
      "package of care at home or a care home place."),
    h2("Domain 2 - Leadership and culture"),
    P("Senior charge nurses were visible on the wards and staff described them as supportive. In our staff "
      "survey, 62% of respondents said they would feel confident raising a concern about patient safety, but "
      "only 38% said they were usually able to take their breaks. Several staff told us that the staff room on "
      "their ward had been turned into a storage area."),
]
s += [P("<b>Recommendation a:</b> " + esc(RECS["2"][0]))]
s += [
    h2("Domain 4.1 - Pathways, procedures and policies"),
    h3("Care in non-standard care areas"),
    P("Patients in additional beds in the discharge lounge and in the bays of ward 12 did not have a call bell, "
      "and there was no piped oxygen or suction at four of the six additional beds in the discharge lounge. "
      "Staff told us that patients could stay in these beds for several days."),
    h3("Fire safety"),
    P("We saw fire doors wedged open in the acute medical unit and in ward 15, and a fire escape route in the "
      "acute medical unit blocked by two beds and a hoist. This was the subject of our escalation letter."),
    h3("Medicines management"),
    P("Treatment room doors were unlocked and unattended in four of the nine areas we inspected. Medicine "
      "fridge temperatures had not been recorded on 11 of the previous 30 days in ward 12. Controlled drugs "
      "were stored and recorded correctly in every area we inspected."),
    h3("Food, fluid and nutrition"),
    P("Nutritional screening using the Malnutrition Universal Screening Tool (MUST) had been completed within "
      "24 hours of admission in 29 of the 40 patient records we reviewed. Food and fluid charts were often "
      "incomplete, with no totals recorded at the end of the day."),
    h3("Infection prevention and control"),
    P("The hospital environment was generally clean. However, five of the 14 commodes we checked were not clean, "
      "although they had been labelled as ready for use. In two wards, cleaning products were stored in an "
      "unlocked cupboard in an area accessible to patients."),
    h3("Falls"),
    P("Falls risk assessments had been completed for 31 of the 40 patients whose records we reviewed, but "
      "bedrail assessments had been completed for only 9 of the 17 patients who had bedrails in use."),
    h3("Person-centred care planning"),
    P("Most care plans we reviewed were generic and did not record what mattered to the patient, except on "
      "ward 7."),
]
for i, r in enumerate(REQS["4.1"], 1):
    s.append(P(f"<b>Requirement {i}:</b> " + esc(r)))
s += [P("<b>Recommendation b:</b> " + esc(RECS["4.1"][0]))]
s += [
    h2("Domain 4.3 - Workforce planning, implementation and deployment"),
    P("NHS Ardmuir uses a real-time staffing tool to record staffing levels on each ward at each shift. On the "
      "days of our inspection, six of the nine areas we inspected were below their planned registered nurse "
      "staffing for at least one shift. Staff did not always record the risk or the action they had taken, as "
      "the Health and Care (Staffing) (Scotland) Act 2019 requires. The hospital's registered nurse vacancy "
      "rate was 7.8%."),
    P("Compliance with mandatory fire safety training was 61% across the areas we inspected, against NHS "
      "Ardmuir's target of 90%."),
]
for i, r in enumerate(REQS["4.3"], 9):
    s.append(P(f"<b>Requirement {i}:</b> " + esc(r)))
s += [
    h2("Domain 6 - Dignity and respect"),
    P("Throughout our inspection, patients were being cared for on trolleys in the emergency department "
      "corridor. On the first day, 19 patients had been in the emergency department for more than 12 hours, "
      "and one patient had waited in the corridor for 21 hours. Examinations were sometimes carried out behind "
      "portable screens in the corridor. Staff were kind and respectful, but patients did not always have access "
      "to a toilet, food or drink."),
]
s.append(P("<b>Requirement 11:</b> " + esc(REQS["6"][0])))
s += [
    h2("Domain 9 - Quality improvement-focused leadership"),
    P("The hospital had several quality improvement projects in progress, including a volunteer companion scheme "
      "for patients with dementia, introduced by the dementia nurse consultant in March 2025."),
    PageBreak(),
    h1("Appendix 1 - List of requirements and recommendations"),
]
rows = [["Domain", "Requirement or recommendation"]]
n = 0
for d, items in REQS.items():
    for r in items:
        n += 1
        rows.append([f"Domain {d}", f"Requirement {n}: {r}"])
rows.append(["Domain 2", "Recommendation a: " + RECS["2"][0]])
rows.append(["Domain 4.1", "Recommendation b: " + RECS["4.1"][0]])
s += [
    table(rows, widths=[28 * mm, 142 * mm]),
    sp(8),
    h1("Appendix 2 - Our inspection team"),
    table([
        ["Name", "Role"],
        ["Morag Lennox-Baird", "Senior inspector (inspection lead)"],
        ["Iain Dunleavy", "Inspector"],
        ["Shona McAlpine", "Inspector"],
        ["Priya Raghunathan", "Inspector"],
        ["Colin Haig", "Public partner"],
        ["Elaine Gowrie", "Project officer"],
    ], widths=[70 * mm, 100 * mm]),
    sp(8),
    h1("Appendix 3 - List of national guidance"),
]
s += bullets([
    "Health and Care (Staffing) (Scotland) Act 2019",
    "Healthcare Improvement Scotland: Food, fluid and nutritional care standards (2014)",
    "Healthcare Improvement Scotland: Prevention and management of falls in acute care (2016)",
    "National Infection Prevention and Control Manual",
    "Royal Pharmaceutical Society: Professional guidance on the safe and secure handling of medicines (2018)",
    "Scottish Government: Fire safety in healthcare premises (Scottish Health Technical Memorandum 86)",
])
s += [
    sp(10),
    P("Healthcare Improvement Scotland, January 2026. This report is synthetic and was not produced by "
      "Healthcare Improvement Scotland.", SMALL),
]
build_with_contents(out, lambda pages: [contents(TOC, pages) if f == "CONTENTS" else f for f in copy.deepcopy(s)], header_left="Healthcare Improvement Scotland", header_right="Ardmuir Royal Infirmary, NHS Ardmuir",
        footer_left="Safe Delivery of Care Inspection (Unannounced) | Ardmuir Royal Infirmary",
        page_fmt="page {n}", title="Safe Delivery of Care Inspection: Ardmuir Royal Infirmary, NHS Ardmuir",
        author="Healthcare Improvement Scotland")
print(out)
