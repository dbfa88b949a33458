import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common9 import *

out = out_path("his-independent-healthcare/St_Brannocs_Hospice_Kilbrathie_announced_inspection_report_20250213.pdf")

s = []
s += [
    sp(20),
    P("Healthcare Improvement Scotland", SUB),
    Paragraph("Announced Inspection Report: Independent Healthcare", TITLE),
    table(
        [
            ["Service:", "St Brannoc's Hospice, Kilbrathie"],
            ["Service Provider:", "St Brannoc's Hospice Kilbrathie SCIO"],
            ["Inspection dates:", "26 and 27 November 2024"],
            ["Report published:", "13 February 2025"],
        ],
        widths=[50 * mm, 115 * mm],
        header=False,
    ),
    sp(12),
    P(
        "Healthcare Improvement Scotland is the national healthcare improvement organisation for Scotland and "
        "regulates independent healthcare services, including independent hospitals, hospices and clinics. This "
        "is a synthetic report created for testing purposes: St Brannoc's Hospice, Kilbrathie, NHS Strathlinnie, "
        "the people named and all figures are fictional.",
        SMALL,
    ),
    sp(6),
    h2("Contents"),
    table(
        [
            ["1", "Progress since our last inspection"],
            ["2", "A summary of our inspection"],
            ["3", "What we found during our inspection"],
            ["", "Appendix 1 – Requirements and recommendations"],
            ["", "Appendix 2 – About our inspections"],
        ],
        widths=[15 * mm, 150 * mm],
        header=False,
    ),
    PageBreak(),
    h1("1 Progress since our last inspection"),
    h3("What the provider had done to meet the requirements we made at our last inspection on 6 June 2022"),
    h3("Requirement"),
    P(
        "The provider must ensure that all staff complete the mandatory training relevant to their role, and keep "
        "a record of this training."
    ),
    h3("Action taken"),
    P(
        "The provider had introduced an electronic learning system in April 2023 that records each member of "
        "staff's training and sends reminders when training is due. However, compliance with mandatory training "
        "remained below the provider's target. At the time of our inspection, 78% of staff were up to date with "
        "their mandatory training, against the hospice's own target of 90%. <b>This requirement is not met and is "
        "reported again in this inspection</b> (see requirement 3 in Appendix 1)."
    ),
    h1("2 A summary of our inspection"),
    h3("Background"),
    P(
        "St Brannoc's Hospice is an independent hospice in Kilbrathie, providing specialist palliative care for "
        "adults living with a life-limiting illness in Kilbrathie and the surrounding area of NHS Strathlinnie. "
        "It was founded in 1986 and is run by St Brannoc's Hospice Kilbrathie SCIO, a Scottish charitable "
        "incorporated organisation. The hospice has a 14-bed inpatient unit, a day service called the Brannoc Day "
        "Hub, and a Hospice at Home team that cares for people in their own homes. In the year to 31 March 2024, "
        "the inpatient unit admitted 231 patients, with an average length of stay of 13 days, and the Hospice at "
        "Home team supported 412 people. About 64% of patients admitted to the inpatient unit had a cancer "
        "diagnosis."
    ),
    P(
        "The chief executive is Moira Dunlop-Grant and the director of care is Fergus Imrie, who is also the "
        "registered manager. The hospice employs 138 staff, including 3 consultants in palliative medicine, and "
        "is supported by more than 300 volunteers."
    ),
    h3("About our inspection"),
    P(
        "We carried out an announced inspection to St Brannoc's Hospice on Tuesday 26 and Wednesday 27 November "
        "2024. We spoke with a number of staff and patients during the inspection. We received feedback from 58 "
        "patients and relatives through an online survey we had asked the service to issue before our "
        "inspection. The inspection team was made up of three inspectors, including a pharmacist inspector."
    ),
    h3("What we found and inspection grades awarded"),
    P(
        "For St Brannoc's Hospice, the following grades have been applied to the key quality indicators "
        "inspected."
    ),
    table(
        [
            ["Key quality indicator", "Summary findings", "Grade awarded"],
            ["Domain 2 – Leadership and culture\n2.2 Staff are led, supported and developed",
             "Leaders were visible and staff felt supported, but mandatory training was still below target and "
             "the nursing vacancy rate was high.", "4 – Good"],
            ["Domain 5 – Planning for quality\n5.1 Safe delivery of care",
             "The environment was clean and well maintained, but some mattresses were unfit for use and falls "
             "risk assessments were not always reviewed.", "3 – Adequate"],
            ["Domain 6 – Relationships\n6.1 People's experience of care and the involvement of carers",
             "Patients and families were very positive about the care they received and were fully involved in "
             "decisions.", "5 – Very good"],
            ["Domain 7 – Quality control\n7.1 Medicines governance, audit and assurance",
             "Controlled drug discrepancies had not been investigated, syringe pump checks were incomplete and "
             "the duty of candour report had not been published.", "2 – Weak"],
        ],
        widths=[55 * mm, 80 * mm, 30 * mm],
    ),
    sp(4),
    P(
        "The grading scale is: 6 – Excellent, 5 – Very good, 4 – Good, 3 – Adequate, 2 – Weak, 1 – "
        "Unsatisfactory. Grades may change after this inspection due to other regulatory activity, for example if "
        "we have to take enforcement action to improve the service or if we investigate and uphold a complaint.",
        SMALL,
    ),
    h3("What action we expect St Brannoc's Hospice Kilbrathie SCIO to take after our inspection"),
    P(
        "This inspection resulted in four requirements and five recommendations. Requirements are linked to "
        "compliance with the National Health Services (Scotland) Act 1978 and regulations or orders made under "
        "the Act. Recommendations relate to national guidance and best practice. A full list of the requirements "
        "and recommendations can be found in Appendix 1."
    ),
    P(
        "St Brannoc's Hospice Kilbrathie SCIO, the provider, must address the requirements and make the necessary "
        "improvements as a matter of priority. An improvement action plan must be returned to Healthcare "
        "Improvement Scotland by 14 March 2025."
    ),
    P(
        "We would like to thank all staff at St Brannoc's Hospice for their assistance during the inspection."
    ),
    h1("3 What we found during our inspection"),
    h2("Key quality indicator 2.2 – Staff are led, supported and developed"),
    P(
        "Staff told us that senior leaders were visible and approachable. The director of care walked round the "
        "inpatient unit each morning, and the chief executive held monthly open sessions for staff. In the "
        "hospice's own staff survey in 2024, 84% of staff said they would recommend St Brannoc's as a place to "
        "work. New staff completed a two-week induction and were supported by a named mentor for their first "
        "three months."
    ),
    P(
        "The hospice had 4.6 whole-time equivalent registered nurse vacancies in the inpatient unit, a vacancy "
        "rate of 15%. Shifts were covered by the hospice's own bank staff, and agency nurses had not been used "
        "since March 2024. The hospice had started a 'grow our own' programme in partnership with Strathlinnie "
        "College, which funds two healthcare support workers each year to train as registered nurses."
    ),
    P(
        "Compliance with mandatory training was 78%, below the hospice's target of 90%. Compliance was lowest for "
        "moving and handling (66%) and for fire safety (71%). This was a requirement at our last inspection and "
        "has not been met."
    ),
    h2("Key quality indicator 5.1 – Safe delivery of care"),
    P(
        "The hospice building was bright and welcoming, and every inpatient room had its own en-suite and a door "
        "to the garden. The environment and equipment we saw were clean. However, an audit of the 14 inpatient "
        "mattresses, carried out at our request during the inspection, found that 3 had stains inside the cover "
        "and were not fit for use. The hospice replaced them the following day, but mattress checks were not part "
        "of the routine cleaning schedule."
    ),
    P(
        "The hospice recorded 23 patient falls in the inpatient unit in the six months to October 2024, two of "
        "which resulted in a fracture. Each patient had a falls risk assessment on admission, but in 7 of the 15 "
        "care records we reviewed the assessment had not been updated when the patient's condition changed. "
        "Falls were reported through the electronic incident system and discussed at the monthly clinical "
        "governance group."
    ),
    P(
        "Infection prevention and control practice was good. Hand hygiene audits showed compliance of 97% or "
        "above in each month of 2024, and staff had access to an infection prevention and control nurse from NHS "
        "Strathlinnie."
    ),
    h2("Key quality indicator 6.1 – People's experience of care and the involvement of carers"),
    P(
        "Patients and families were overwhelmingly positive about the hospice. Of the 58 people who responded to "
        "our survey, 96% agreed that they had been treated with dignity and respect, and 93% agreed that staff had "
        "involved them in decisions about their care. Comments included: 'Nothing was ever too much trouble, for "
        "Mum or for us.'"
    ),
    P(
        "Anticipatory care plans were completed for all patients, and patients' wishes about their place of death "
        "were recorded and reviewed. The hospice's 'Compassionate Kilbrathie' befriending scheme matched 85 trained "
        "volunteers with people living alone with a life-limiting illness. The hospice received seven complaints "
        "in the year to October 2024, and each was responded to within 20 working days in line with the "
        "hospice's complaints policy."
    ),
    h2("Key quality indicator 7.1 – Medicines governance, audit and assurance"),
    P(
        "Medicines were stored securely. However, our pharmacist inspector found two discrepancies in the "
        "controlled drug register for the inpatient unit, in August and October 2024, that had been recorded but "
        "not investigated or reported to the controlled drugs accountable officer. The hospice did not carry out a "
        "regular audit of controlled drug records."
    ),
    P(
        "Many patients receive their medicines continuously through a syringe pump. The hospice's policy requires "
        "staff to check and record each syringe pump every 4 hours. In 5 of the 18 syringe pump charts we "
        "reviewed, there were gaps of more than 4 hours between recorded checks, including one gap of 9 hours "
        "overnight."
    ),
    P(
        "Independent healthcare services must publish an annual report on how they have applied the duty of "
        "candour. The hospice had not published its duty of candour report for 2023/24, although it told us no "
        "incidents had met the threshold for the duty."
    ),
    h1("Appendix 1 – Requirements and recommendations"),
    P(
        "The actions Healthcare Improvement Scotland expects the independent healthcare service to take are "
        "called requirements and recommendations."
    ),
    h3("Requirements"),
]
s += numbered(
    [
        "The provider must ensure that all discrepancies in the controlled drug register are investigated and "
        "reported to the controlled drugs accountable officer, and that controlled drug records are audited "
        "regularly. Timescale – immediate.",
        "The provider must ensure that syringe pumps are checked and the checks recorded in line with the "
        "hospice's policy. Timescale – by 31 January 2025.",
        "The provider must ensure that all staff complete the mandatory training relevant to their role. This "
        "was previously identified as a requirement in our June 2022 inspection report. Timescale – by 30 April "
        "2025.",
        "The provider must publish an annual duty of candour report. Timescale – by 28 February 2025.",
    ]
)
s += [h3("Recommendations")]
s += [
    Paragraph(esc(t), NUM, bulletText=f"{k}")
    for k, t in zip(
        ["a", "b", "c", "d", "e"],
        [
            "The service should add mattress checks to the routine cleaning schedule for the inpatient unit.",
            "The service should ensure that falls risk assessments are reviewed whenever a patient's condition "
            "changes.",
            "The service should continue its efforts to recruit registered nurses to the inpatient unit.",
            "The service should review how learning from falls is shared with staff who work at night.",
            "The service should develop a programme of audits for the Hospice at Home team.",
        ],
    )
]
s += [
    h1("Appendix 2 – About our inspections"),
    P(
        "Our quality assurance system and the quality assurance framework allow us to provide external assurance "
        "of the quality of healthcare provided in Scotland. Our inspections are based on the domains and key "
        "quality indicators of our quality framework, and each key quality indicator we inspect is given a grade "
        "on a six-point scale."
    ),
    h3("Inspection team"),
    table(
        [
            ["Lead inspector", "Catriona Balfour-Mackie"],
            ["Inspector", "Ewan Drummond"],
            ["Pharmacist inspector", "Ishbel Rankin"],
        ],
        widths=[50 * mm, 115 * mm],
        header=False,
    ),
    sp(8),
    P(
        "You can read and download this report from our website. Healthcare Improvement Scotland, Edinburgh "
        "Office, Gyle Square. This is a synthetic document: St Brannoc's Hospice and the people named are "
        "fictional.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Healthcare Improvement Scotland Announced Inspection Report",
    header_right="St Brannoc's Hospice, Kilbrathie: 26 and 27 November 2024",
    footer_left="",
    page_fmt="{n}",
    title="St Brannoc's Hospice, Kilbrathie - Announced Inspection Report: Independent Healthcare",
    author="Healthcare Improvement Scotland",
)
print(out)
