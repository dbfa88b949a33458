"""A Care Inspectorate Wales (CIW) inspection report on a care home for adults with nursing, in the layout CIW uses
for regulated services under the Regulation and Inspection of Social Care (Wales) Act 2016: the service's name and
address with the date the inspection was completed, the "About" table (type of care, registered provider,
registered places, language of the service, previous inspection, the Welsh language Active Offer), the ratings
for the four themes on CIW's scale (excellent, good, requires improvement, requires significant improvement),
the summary, findings under well-being, care and support, environment, and leadership and management, the
summary of non-compliance (priority action notices and areas for improvement, with the regulation, a summary and
the status: new, not achieved, achieved), the date published and a note on the rating scale. CIW reports do not
name the inspector. The home, its provider, the people and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common13 import *

out = out_path("ciw-care-homes/Inspection-Report-Bryn-Eithin-Nursing-Home-04-02-2026-en.pdf")

EXC, GOOD, RI, RSI = "Excellent", "Good", "Requires improvement", "Requires significant improvement"
SHADES = {EXC: "#8fc98a", GOOD: "#c2e2a4", RI: "#f4d98e", RSI: "#ef9f8f"}
RATINGS = [
    ("Well-being", RI),
    ("Care and Support", RSI),
    ("Environment", GOOD),
    ("Leadership and Management", RSI),
]

s = []
s += [
    P("<b>Arolygiaeth Gofal Cymru / Care Inspectorate Wales</b>", SUB),
    sp(50),
    Paragraph("Inspection Report on", SUB),
    Paragraph("Bryn Eithin Nursing Home", TITLE),
    P("Ffordd yr Orsaf<br/>Llanfedwen<br/>LL99 4BE"),
    sp(20),
    kv([["Date Inspection Completed", "04/02/2026"]], widths=(70 * mm, 100 * mm)),
    sp(100),
    P(
        "This is a synthetic inspection report created for testing purposes. Bryn Eithin Nursing Home, its "
        "provider, the people named and all figures in this report are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("About Bryn Eithin Nursing Home"),
    kv(
        [
            ["Type of care provided", "Care Home Service\nAdults With Nursing"],
            ["Registered Provider", "Derwen Ddu Healthcare Ltd"],
            ["Registered places", "46"],
            ["Language of the service", "English"],
            ["Previous Care Inspectorate Wales inspection", "14 June 2024"],
            ["Does this service promote Welsh language and culture?",
             "This service is working towards providing an 'Active Offer' of the Welsh language and demonstrates "
             "a significant effort to promoting the use of the Welsh language and culture."],
        ],
        widths=(75 * mm, 95 * mm),
    ),
    h1("Our ratings"),
    P("Care Inspectorate Wales rates services against four themes. The ratings for this inspection are:"),
    graded([["Theme", "Rating"]] + [list(r) for r in RATINGS], widths=[85 * mm, 85 * mm], colours=SHADES),
    sp(4),
    P(
        "For further information on ratings, please see the note at the end of this report. This inspection was "
        "unannounced and was carried out on 2 and 4 February 2026 by two inspectors and a pharmacist inspector.",
        SMALL,
    ),
    h1("Summary"),
    P(
        "People living at Bryn Eithin Nursing Home are cared for by staff who are kind and who know them well. "
        "People told us they feel safe, and relatives spoke warmly of the staff team. The home is clean, bright "
        "and well maintained, and recent refurbishment of the first-floor Derwen unit has created a calm, "
        "dementia-friendly environment."
    ),
    P(
        "However, the oversight of the service by the provider has weakened significantly since the last "
        "inspection. The Responsible Individual (RI) has not visited the service as often as the regulations "
        "require, and the provider's quality of care review has not been completed. Personal plans are not "
        "always reviewed when people's needs change, and the management of medicines is not safe. Staff do not "
        "receive regular supervision. We have issued two Priority Action Notices and identified areas for "
        "improvement. The provider must take immediate action to address these matters."
    ),
    PageBreak(),
    h1("Well-being"),
    P(
        "People have choice and control over many aspects of their day-to-day lives. They can choose when to get "
        "up and go to bed, where to eat their meals and how to spend their time. People's rooms are "
        "personalised with photographs, ornaments and furniture from home. At the time of our inspection 41 "
        "people were living at the home: 31 on the ground-floor Afon unit, which provides general nursing care, "
        "and 10 on the Derwen unit, which supports people living with dementia."
    ),
    P(
        "People are supported to stay in touch with family and friends, who can visit at any time. An activities "
        "co-ordinator works five days a week. Activities include armchair exercise, music sessions and trips to "
        "the garden centre in Llanfedwen, and the Cwtch Room, a sensory room opened in 2025, is used by people "
        "on the Derwen unit. The home holds a Caffi Cymraeg every Thursday morning, where Welsh-speaking people, "
        "staff and visitors meet to chat in Welsh."
    ),
    P(
        "People's physical and emotional well-being is not always promoted, because personal plans are not "
        "reviewed when their needs change and because of weaknesses in the management of medicines. Deprivation "
        "of Liberty Safeguards (DoLS) authorisations had expired for three people and new applications had not "
        "been made to the local authority."
    ),
    h1("Care and Support"),
    P(
        "Staff are caring and treat people with dignity and respect. We saw warm, unhurried interactions, and "
        "staff knew people's histories and preferences. People told us, 'The girls are lovely, nothing is too "
        "much trouble' and 'I've been very happy here'. People enjoy their meals, and the cook knows people's "
        "dietary needs and preferences."
    ),
    P(
        "Care records are not consistently up to date. We looked at 12 people's care files. Seven personal plans "
        "had not been reviewed within the required three months, and in four files, plans had not been updated "
        "after a fall or a hospital admission. Risk assessments for falls were not always reviewed after a "
        "fall. The home recorded 63 falls in the six months before the inspection. This is an area for "
        "improvement, and we expect the provider to take action."
    ),
    P(
        "The management of medicines is not safe. Our pharmacist inspector found that nine medication errors "
        "had been recorded in the three months before the inspection, including two occasions on which a person "
        "had not received a time-critical medicine for Parkinson's disease on time. Medication administration "
        "records (MAR charts) had gaps, and the temperature of the medicines room had been above the recommended "
        "range on 17 days in January 2026. This is placing people's health at risk, and we have issued a "
        "Priority Action Notice. The provider must take immediate action to address this issue."
    ),
    P(
        "People have access to health professionals. A GP from Llanfedwen Medical Centre visits the home weekly, "
        "and the home has good links with the district nursing and dietetic teams of Dyffryn Teifion University "
        "Health Board."
    ),
    h1("Environment"),
    P(
        "People live in an environment that is clean, homely and well maintained. The home is a converted and "
        "extended Victorian house set in large gardens with views of the valley. All 46 bedrooms have en-suite "
        "facilities. The Derwen unit was refurbished in 2025 with contrasting colours, clear signage in Welsh "
        "and English and a secure garden, and people move around it freely and safely."
    ),
    P(
        "The provider has addressed the area for improvement we identified at our last inspection about the "
        "sluice room on the first floor, which has been replaced. Maintenance records showed that fire safety "
        "checks, the servicing of hoists and the lift, and legionella testing were up to date. The home has a "
        "food hygiene rating of 5 (very good)."
    ),
    h1("Leadership and Management"),
    P(
        "The manager, Sian Morgan-Hughes, has been in post since September 2024 and is registered with Social "
        "Care Wales. Staff told us she is approachable and supportive, and relatives said they could raise "
        "concerns with her. However, the manager does not have the support she needs from the provider."
    ),
    P(
        "The provider's governance and oversight of the service are not effective. The regulations require the "
        "Responsible Individual (RI) to visit the service at least every three months. The RI, Gareth "
        "Llywelyn-Price, had visited the home only once in the nine months before the inspection, and no report "
        "of that visit was available. The provider's six-monthly quality of care review had not been completed "
        "since March 2025. The RI has not ensured that there is sufficient oversight of the service, and the "
        "problems we found with medicines and care records had not been identified by the provider. We have "
        "issued a Priority Action Notice."
    ),
    P(
        "Staffing levels are generally sufficient, but the home relies heavily on agency nurses, who covered 27% "
        "of nursing hours in the three months before the inspection. Staff do not receive regular supervision: "
        "records showed that only 38% of care staff had received supervision in the last quarter. We "
        "identified this as an area for improvement at our last inspection, and it has not been achieved. "
        "Mandatory training compliance was 79%. Nine members of staff speak Welsh, and six people living at the "
        "home have Welsh as their first language."
    ),
    PageBreak(),
    h1("Summary of Non-Compliance"),
    table(
        [
            ["Status", "What each means"],
            ["New", "This non-compliance was identified at this inspection."],
            ["Reviewed", "Compliance was reviewed at this inspection and was not achieved. The target date for "
                         "compliance is in the future and will be tested at next inspection."],
            ["Not Achieved", "Compliance was tested at this inspection and was not achieved."],
            ["Achieved", "Compliance was tested at this inspection and was achieved."],
        ],
        widths=[35 * mm, 135 * mm],
    ),
    sp(8),
    P(
        "We respond to non-compliance with regulations where poor outcomes for people, and / or risk to people's "
        "well-being are identified by issuing Priority Action Notice(s)."
    ),
    P(
        "The provider must take immediate steps to address this and prioritise this work. Where providers fail "
        "to take priority action by the target date we may escalate the matter in line with our securing "
        "improvement and enforcement policy."
    ),
    P("<b>Priority Action Notice(s)</b>"),
    table(
        [
            ["Regulation", "Summary", "Status"],
            ["66", "The Responsible Individual has not ensured sufficient oversight of the service, including "
                   "visiting at least every three months and completing the quality of care review.", "New"],
            ["58", "The provider has not ensured that medicines are stored and administered safely.", "New"],
        ],
        widths=[25 * mm, 115 * mm, 30 * mm],
    ),
    sp(8),
    P(
        "Where we find the quality of care and support is not meeting legal requirements, but there is no "
        "immediate or significant risk for people using the service, we highlight these as Areas for "
        "Improvement."
    ),
    P(
        "We expect the provider to take action to ensure the quality of care and support is improved and meets "
        "legal requirements. We will follow this up at the next inspection."
    ),
    P("<b>Area(s) for Improvement</b>"),
    table(
        [
            ["Regulation", "Summary", "Status"],
            ["16", "Personal plans are not reviewed at least every three months or when people's needs change.",
             "New"],
            ["36", "Staff do not receive supervision at least every three months.", "Not Achieved"],
            ["21", "The provider has not applied for Deprivation of Liberty Safeguards authorisations when they "
                   "expired.", "New"],
            ["44", "The sluice room on the first floor is not fit for purpose.", "Achieved"],
        ],
        widths=[25 * mm, 115 * mm, 30 * mm],
    ),
    sp(10),
    kv([["Date Published", "18/03/2026"]], widths=(70 * mm, 100 * mm)),
    h1("About our ratings"),
    P(
        "Care Inspectorate Wales rates care home services and domiciliary support services against four themes: "
        "Well-being, Care and Support, Environment, and Leadership and Management. Each theme is rated on a "
        "four-point scale:"
    ),
    table(
        [
            ["Rating", "What it means"],
            [EXC, "These are services that are committed to innovation and improvement and achieve excellent "
                  "outcomes for people."],
            [GOOD, "These are services where people's outcomes are good and where the provider is meeting its "
                   "legal requirements."],
            [RI, "These are services where improvements are needed to secure good outcomes for people, and there "
                 "may be non-compliance with regulations."],
            [RSI, "These are services where significant improvement is needed, where there is non-compliance "
                  "with regulations and where people's well-being is placed at risk."],
        ],
        widths=[55 * mm, 115 * mm],
    ),
    sp(10),
    P(
        "This report is also available in Welsh. This report is synthetic and was not produced by Care "
        "Inspectorate Wales.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Bryn Eithin Nursing Home",
    header_right="Inspection report",
    footer_left="Care Inspectorate Wales",
    page_fmt="{n}",
    title="Inspection Report on Bryn Eithin Nursing Home - 04/02/2026",
    author="Care Inspectorate Wales",
)
print(out)
