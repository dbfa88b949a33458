"""A Health Services Safety Investigations Body (HSSIB) investigation report, in the layout of its national
investigations: cover with the title and publication date, about HSSIB, a note on the use of the report, an
executive summary (background, the investigation, findings, safety recommendations with R/ references and safety
observations with O/ references), then chapters on the background and context, the reference event (a patient
named with his family's consent, a timeline table), analysis and findings in numbered paragraphs, the safety
recommendations and observations in full, the engagement behind the findings and the investigation team. No grades:
HSSIB makes safety recommendations to national bodies. The patient, the trust, the people and all figures are
fictional; the national bodies named are real organisations, used only as the addressees such reports have."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common13 import *

out = out_path("hssib-investigations/HSSIB-investigation-report-deterioration-virtual-wards-July-2026.pdf")

COVER = ParagraphStyle("cover13b", parent=TITLE, fontSize=25, leading=31)

TITLE_TEXT = "Recognising and responding to deterioration in patients cared for on virtual wards"

RECS = [
    ("R/2026/041", "HSSIB recommends that NHS England develops national standards for the overnight clinical cover "
                   "of virtual ward services, including the maximum number of patients that one clinician can "
                   "safely monitor and the time within which a high-priority alert must be reviewed."),
    ("R/2026/042", "HSSIB recommends that the Medicines and Healthcare products Regulatory Agency works with "
                   "manufacturers of remote monitoring platforms used on virtual wards so that an alert that has "
                   "not been acknowledged is escalated automatically to another clinician."),
    ("R/2026/043", "HSSIB recommends that NHS England, working with professional bodies, develops a national "
                   "education and competency framework for staff who monitor and respond to patients on virtual "
                   "wards."),
    ("R/2026/044", "HSSIB recommends that the Care Quality Commission sets out how it will assess the safety of "
                   "virtual ward services, including their arrangements for responding to deterioration out of "
                   "hours."),
]
OBS = [
    ("O/2026/037", "It may be beneficial if providers of virtual wards give patients and their families clear "
                   "written information about what to do if the patient feels worse, including when the "
                   "monitoring equipment has not raised an alert."),
    ("O/2026/038", "It may be beneficial if providers of virtual wards regularly audit the proportion of alerts "
                   "that are non-actionable and review alert thresholds with clinicians."),
    ("O/2026/039", "It may be beneficial if integrated care boards assure themselves that the virtual ward "
                   "services they commission have agreed routes for urgent face-to-face assessment at night."),
]

s = []
s += [
    P("<b>HSSIB</b> - Health Services Safety Investigations Body", SUB),
    sp(60),
    P("Investigation report", SUB),
    Paragraph(TITLE_TEXT, COVER),
    sp(20),
    P("Published: 9 July 2026", SUB),
    sp(120),
    P(
        "This is a synthetic investigation report created for testing purposes. The patient, the Trust, the "
        "people named and all figures in this report are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("About HSSIB"),
    P(
        "The Health Services Safety Investigations Body (HSSIB) conducts independent investigations of patient "
        "safety concerns in NHS-funded care across England and in independent healthcare settings where safety "
        "learning could also help to improve NHS care."
    ),
    P(
        "Most harm in healthcare results from problems within the systems and processes that determine how care "
        "is delivered. Our investigations identify the contributory factors that lead to harm to patients. Our "
        "safety recommendations aim to improve healthcare systems and processes, to reduce risk and improve "
        "safety."
    ),
    P(
        "We work closely with patients, families and healthcare staff affected by patient safety incidents, and "
        "we never attribute blame or liability."
    ),
    h2("A note of acknowledgement"),
    P(
        "We would like to thank Dennis's family, who gave their consent for his name to be used in this report "
        "and who shared their experience with us. We would also like to thank the staff at the Trust and at the "
        "other organisations who gave their time to help the investigation."
    ),
    h2("Considerations for the use of this report"),
    P(
        "HSSIB investigations are carried out for the purpose of learning to improve patient safety. The "
        "findings are not intended to be used to apportion blame or liability to any individual or organisation. "
        "Throughout this report, the Trust at which the reference event took place is referred to as 'the "
        "Trust'."
    ),
    PageBreak(),
    h1("Executive summary"),
    h2("Background"),
    P(
        "Virtual wards, sometimes called hospital at home, allow patients who would otherwise be in hospital to "
        "receive acute care, monitoring and treatment in their own home. Many virtual wards use remote monitoring "
        "technology: patients wear or use devices that measure their vital signs, such as oxygen saturation, "
        "heart rate and temperature, and the readings are sent to a platform that is watched by clinical staff. "
        "When a reading falls outside set limits, the platform raises an alert."
    ),
    P(
        "This investigation explored how patients on virtual wards are monitored, particularly overnight, and how "
        "staff recognise and respond when a patient's condition gets worse."
    ),
    h2("The reference event"),
    P(
        "Dennis, a 79-year-old man with chronic obstructive pulmonary disease (COPD) and heart failure, was "
        "admitted to the Trust's respiratory virtual ward in February 2025 after a four-day stay in hospital. "
        "During his second night on the virtual ward, the remote monitoring platform raised an alert at 01:52 "
        "because his oxygen saturation had fallen to 84%. The alert was not reviewed until 07:40. An ambulance "
        "was called at 08:05, and Dennis was readmitted to hospital, where he died three days later."
    ),
    h2("The investigation"),
    P(
        "The investigation was launched in October 2025. It engaged with 11 virtual ward services in eight "
        "integrated care system areas, visited four of them, and carried out a survey of virtual ward staff, to "
        "which 236 staff responded."
    ),
    h2("Findings"),
]
s += bullets(
    [
        "Overnight, a single registered nurse at the Trust was responsible for monitoring up to 52 patients across "
        "three virtual ward pathways, while also answering telephone calls from patients.",
        "There are no national standards for overnight staffing of virtual wards or for how quickly an alert "
        "must be reviewed.",
        "Remote monitoring platforms produced high volumes of alerts, most of which did not need action. In the "
        "month before the reference event, 71% of the 3,940 alerts raised on the Trust's virtual wards were "
        "non-actionable.",
        "Platforms did not escalate an alert automatically if it had not been acknowledged.",
        "In the staff survey, 58% of respondents said that in at least one shift in the previous month they had "
        "been unable to respond to all alerts in time, and 44% said they had received no training on the "
        "platform they used.",
        "Patients and families were not always told what to do if they felt worse and the equipment had not "
        "raised an alert.",
    ]
)
s += [h2("HSSIB makes the following safety recommendations")]
for ref, text in RECS:
    s += [P(f"<b>Safety recommendation {ref}:</b> {text}")]
s += [h2("HSSIB makes the following safety observations")]
for ref, text in OBS:
    s += [P(f"<b>Safety observation {ref}:</b> {text}")]
s += [
    PageBreak(),
    h1("1. Background and context"),
]
s += para_block(
    "1",
    [
        "Virtual wards were expanded across the NHS in England from 2022, to support people to be cared for at "
        "home rather than in hospital and to free hospital beds. Most virtual wards are for frailty or acute "
        "respiratory infection, and many also take patients with heart failure.",
        "National guidance sets out what a virtual ward is and which patients may benefit, but it does not "
        "specify staffing levels, out-of-hours arrangements or response times. Each provider decides these "
        "locally.",
        "The virtual wards that the investigation engaged with varied widely. Some provided a 24-hour clinical "
        "response with visiting teams available at night; others monitored patients remotely overnight and "
        "relied on ambulance services or GP out-of-hours services to see patients whose condition got worse.",
        "The Trust's virtual wards had 60 places across three pathways: frailty, respiratory and heart failure. "
        "During the day, each pathway had its own team of nurses, advanced clinical practitioners and a "
        "consultant. From 20:00 to 08:00, one registered nurse monitored all three pathways from a hub at the "
        "Trust's main hospital, with a consultant available by telephone.",
    ],
)
N2 = Numberer("2")
s += [h1("2. The reference event")]
s += N2(
    [
        "Dennis lived with his wife and was independent with most daily activities. He had been admitted to "
        "hospital with an exacerbation of his COPD and, after four days, was discharged to the respiratory "
        "virtual ward with a wearable sensor and a tablet. His target oxygen saturation range was 88% to 92%.",
        "Dennis's wife told the investigation that they had been given a leaflet explaining how to use the "
        "equipment, but that she did not understand that she should call the virtual ward if Dennis seemed "
        "worse. She said that during the night Dennis was more breathless than usual, but she assumed that the "
        "team would know because he was 'wired up'.",
    ],
)
s += [
    table(
        [
            ["Time", "Event"],
            ["Day 1, 15:30", "Dennis admitted to the respiratory virtual ward; first remote review at 18:00."],
            ["Day 2, 20:00", "Night shift begins: one nurse monitoring 49 patients across three pathways."],
            ["Day 3, 01:52", "Platform raises an alert: oxygen saturation 84%, heart rate 118."],
            ["Day 3, 01:52 to 07:40", "The night nurse manages two other deteriorating patients and 17 "
                                      "telephone calls; 96 alerts are raised across the three pathways."],
            ["Day 3, 07:40", "Day team reviews Dennis's alert and telephones the family."],
            ["Day 3, 08:05", "Ambulance called; Dennis readmitted to hospital."],
            ["Day 6", "Dennis dies in hospital."],
        ],
        widths=[40 * mm, 130 * mm],
    ),
    sp(6),
]
s += N2(
    [
        "The alert raised at 01:52 remained unacknowledged for 5 hours and 48 minutes. The platform displayed it "
        "in red at the top of the screen, but it did not sound again, and it was not escalated to anyone else.",
        "The night nurse told the investigation that she had been dealing with two other patients whose "
        "condition had deteriorated and with 17 telephone calls, and that she did not see the alert among the "
        "96 alerts raised overnight across the three pathways.",
    ],
)
N3 = Numberer("3")
s += [h1("3. Analysis and findings")]
s += [h2("Overnight staffing and workload")]
s += N3(
    [
        "The investigation found that the Trust's staffing model at night had been set when the virtual wards "
        "had 24 places and had not been reviewed as they grew to 60. Overnight, one nurse was responsible for "
        "monitoring up to 52 patients.",
        "Of the 11 services the investigation engaged with, six had a single clinician monitoring patients "
        "overnight, and only three had a visiting team available to see patients at home at night.",
        "In the absence of national standards, providers told the investigation that they had no benchmark "
        "against which to judge whether their overnight staffing was safe.",
    ],
)
s += [h2("Alerts and the monitoring platform")]
s += N3(
    [
        "In the month before the reference event, the Trust's virtual wards raised 3,940 alerts, of which 71% "
        "were judged non-actionable, for example because a sensor had slipped or a patient's readings were "
        "within their individual target range. Staff described 'alert fatigue'.",
        "None of the four platforms seen by the investigation escalated an alert automatically to another "
        "clinician if it had not been acknowledged. Alert thresholds were often set at default values rather "
        "than adjusted for each patient.",
        "In the staff survey, 58% of respondents said that in at least one shift in the previous month they had "
        "been unable to respond to all alerts in time.",
    ],
)
s += [h2("Training and competence")]
s += N3(
    [
        "Staff on virtual wards came from a range of backgrounds, including community nursing, acute wards and "
        "paramedic practice. In the staff survey, 44% said they had received no training on the platform they "
        "used, and many said they had learned 'on the job'.",
        "There was no national education or competency framework for staff working on virtual wards.",
    ],
)
s += [h2("Patients and families")]
s += N3(
    [
        "The investigation reviewed the written information given to patients by eight services. Only three "
        "explained clearly what a patient or family should do if the patient felt worse but the equipment had "
        "not raised an alert.",
        "Families told the investigation that they felt reassured by the monitoring and assumed that staff were "
        "watching the readings at all times.",
    ],
)
s += [h2("Changes made by the Trust")]
s += N3(
    [
        "After the reference event, the Trust introduced a Night Safety Huddle at 22:00 and 02:00, in which the "
        "night nurse and the on-call consultant review every patient with an open alert. It also added a second "
        "nurse overnight when more than 30 patients are on the virtual wards, and set a standard that red "
        "alerts must be reviewed within 30 minutes.",
        "The Trust rewrote its patient leaflet, 'If you feel worse', with patients and families.",
    ],
)
s += [
    PageBreak(),
    h1("4. Summary of findings, safety recommendations and safety observations"),
    h2("Safety recommendations"),
]
for ref, text in RECS:
    s += [callout(f"<b>Safety recommendation {ref}:</b> {text}")]
s += [h2("Safety observations")]
for ref, text in OBS:
    s += [callout(f"<b>Safety observation {ref}:</b> {text}")]
s += [
    h1("Appendix: how the investigation was carried out"),
    P(
        "The investigation was launched in October 2025 after HSSIB received a referral about the reference "
        "event. The investigation team reviewed the Trust's records and the monitoring platform's audit logs, "
        "interviewed Dennis's family and 14 members of the Trust's staff, and engaged with 11 virtual ward "
        "services in eight integrated care system areas, visiting four of them. An online survey of virtual "
        "ward staff ran from 12 January to 20 February 2026 and received 236 responses."
    ),
    P("The investigation also engaged with national organisations, including:"),
]
s += bullets(
    [
        "NHS England",
        "the Medicines and Healthcare products Regulatory Agency",
        "the Care Quality Commission",
        "professional bodies for nursing and paramedic practice",
        "manufacturers of remote monitoring platforms",
    ]
)
s += [
    h2("Investigation team"),
    table(
        [
            ["Name", "Role"],
            ["Naomi Quarendon", "Senior Safety Investigator (investigation lead)"],
            ["Imogen Tarrant", "Safety Investigator"],
            ["Dr Rhiannon Blakeway", "Clinical Adviser, respiratory medicine"],
            ["Owen Sykes-Barton", "Human Factors Specialist"],
        ],
        widths=[70 * mm, 100 * mm],
    ),
    sp(10),
    P(
        "© Health Services Safety Investigations Body copyright 2026. This report is synthetic and was not "
        "produced by HSSIB.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Investigation report",
    header_right="Deterioration in patients on virtual wards",
    footer_left="Health Services Safety Investigations Body",
    page_fmt="{n}",
    title=TITLE_TEXT,
    author="Health Services Safety Investigations Body",
)
print(out)
