import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common6 import *

out = out_path("hmcpsi-area-inspections/AIP-CPS-Ravensholt-area-inspection-report-June-2025.pdf")

s = []
s += [
    P("HM Crown Prosecution Service Inspectorate", SUB),
    sp(40),
    Paragraph("Area Inspection Programme", TITLE),
    Paragraph("CPS Ravensholt", TITLE),
    P("An inspection of the casework quality of CPS Ravensholt", SUB),
    sp(20),
    P("June 2025", SUB),
    sp(150),
    P(
        "This is a synthetic report created for testing purposes. CPS Ravensholt, the police forces and courts named, "
        "the people named and all figures are fictional. © Crown copyright 2025",
        SMALL,
    ),
    PageBreak(),
    h2("Who we are"),
    P(
        "HMCPSI inspects prosecution services, providing evidence to make the prosecution process better and more "
        "accountable. We have a statutory duty to inspect the work of the Crown Prosecution Service and Serious Fraud "
        "Office. By special arrangement, we also share our expertise with other prosecution services in the UK and "
        "overseas. We are independent of the organisations we inspect, and our methods of gathering evidence and "
        "reporting are open and transparent."
    ),
    h2("Contents"),
    P(
        "1. Summary<br/>2. Context<br/>3. Magistrates' court casework<br/>4. Crown Court casework<br/>5. Rape and "
        "serious sexual offences casework<br/>6. Victims and witnesses<br/>7. Recommendations and issues to address<br/>"
        "Annex A: Inspection scoring<br/>Annex B: Inspection team"
    ),
    h1("1. Summary"),
]
s += paras(
    "1",
    [
        "This report sets out the findings of our inspection of CPS Ravensholt, one of the 14 geographical Areas of the "
        "Crown Prosecution Service, as part of our Area Inspection Programme. The programme assesses the quality of "
        "each Area's casework against a framework of casework themes, using a sample of finalised cases.",
        "We examined 210 case files finalised between July and October 2024: 90 magistrates' court cases, 75 Crown Court "
        "cases and 45 rape and serious sexual offences (RASSO) cases. On-site fieldwork, including interviews and focus "
        "groups with Area staff, managers, police and court partners, took place between 3 and 14 March 2025.",
        "Our overall finding is that CPS Ravensholt is partially meeting the expected standard for the quality of its "
        "casework. The Area's RASSO unit delivers good quality casework, and the Area's handling of victims and "
        "witnesses in the magistrates' courts is a strength. However, the quality of disclosure handling in the "
        "magistrates' courts and the preparation of Crown Court cases for the plea and trial preparation hearing (PTPH) "
        "are not meeting the expected standard.",
        "The Area has been under significant pressure. Its Crown Court caseload has grown, and a high proportion of its "
        "lawyers are inexperienced. Senior leaders understand the Area's weaknesses, and the Casework Quality Board they "
        "set up in 2024 is beginning to drive improvement, but more needs to be done.",
        "We make four recommendations and identify three issues to address.",
    ],
)
s += [
    h2("Casework quality scores"),
    P(
        "The table below shows the Area's score for each casework theme, and whether that score is fully meeting, "
        "partially meeting or not meeting the expected standard (see Annex A for our scoring)."
    ),
    table(
        [
            ["Casework theme", "Magistrates' court", "Crown Court", "RASSO"],
            ["Pre-charge decision-making and review", "61.3%\nPartially meeting", "66.8%\nPartially meeting",
             "72.5%\nFully meeting"],
            ["Preparation for the first hearing (magistrates' court) or PTPH (Crown Court and RASSO)",
             "74.0%\nFully meeting", "57.9%\nNot meeting", "63.1%\nPartially meeting"],
            ["Disclosure", "55.6%\nNot meeting", "62.4%\nPartially meeting", "70.8%\nFully meeting"],
            ["Victims and witnesses", "78.2%\nFully meeting", "68.5%\nPartially meeting", "80.3%\nFully meeting"],
        ],
        widths=[64 * mm, 36 * mm, 35 * mm, 35 * mm],
    ),
    h1("2. Context"),
]
s += paras(
    "2",
    [
        "CPS Ravensholt prosecutes cases investigated by two police forces, Ravensholt Police and Cranmoor Constabulary, in "
        "seven magistrates' courts and three Crown Court centres. The Area is led by the Chief Crown Prosecutor, "
        "Harriet Vellacott, and the Area Business Manager, Declan Rossiter. It employs around 390 staff, of whom "
        "172 are lawyers, in offices in Ravensholt and Cranmoor.",
        "The Area's Crown Court caseload has risen steadily. At the end of March 2025 there were 1,930 outstanding "
        "Crown Court cases, 14% more than a year earlier. Trials in the Area's Crown Court centres were being listed on "
        "average 61 weeks after the first hearing.",
        "The Area has recruited heavily to meet this demand. At the time of our fieldwork, 42% of its lawyers had less "
        "than two years' experience as prosecutors, and the vacancy rate in the Crown Court unit was 11%. Managers told "
        "us that the time they spend supporting new lawyers has reduced the time available for quality assurance.",
        "Only 48% of the police files we examined complied with the National File Standard when they were first "
        "submitted to the CPS. Both forces have joint improvement plans with the Area, overseen by the local Prosecution "
        "Team Performance Management meeting.",
    ],
)
s += [h1("3. Magistrates' court casework")]
s += paras(
    "3",
    [
        "Pre-charge decision-making and review in the magistrates' courts is partially meeting the expected standard, "
        "with a score of 61.3%. The decision to charge complied with the Code for Crown Prosecutors in 88 of the 90 "
        "cases, but the case analysis and strategy in pre-charge advice was often brief and did not address the issues "
        "likely to arise at trial.",
        "Preparation for the first hearing is a strength, with a score of 74.0%. Initial details of the prosecution case "
        "were served on time in most cases, and bail and remand decisions were well reasoned.",
        "Disclosure in the magistrates' courts is not meeting the expected standard, with a score of 55.6%. Prosecutors "
        "did not always challenge poor police schedules of unused material, and the disclosure record sheet was "
        "completed properly in only 43% of cases. Several trials were delayed or adjourned because material was served "
        "late.",
        "Domestic abuse cases make up a large part of the magistrates' court caseload. Since September 2024, the Area "
        "has run the Swift Charge pilot with Ravensholt Police, in which a specialist domestic abuse prosecutor gives a "
        "charging decision within 24 hours for suspects in custody. Partners told us the pilot had reduced the number of "
        "suspects released under investigation.",
    ],
)
s += [h1("4. Crown Court casework")]
s += paras(
    "4",
    [
        "Pre-charge decision-making and review in Crown Court cases is partially meeting the expected standard, with a "
        "score of 66.8%. Charging decisions were sound, but action plans for the police were not always clear or "
        "proportionate, and some set unrealistic timescales.",
        "Preparation for the PTPH is not meeting the expected standard, with a score of 57.9%. In too many cases, the "
        "prosecutor did not carry out a full review before the hearing, and the indictment had to be amended. Only 38% "
        "of cases had a recorded review before the PTPH that addressed the key evidential issues.",
        "Disclosure in Crown Court cases is partially meeting the expected standard, with a score of 62.4%. The Area's "
        "network of 14 Disclosure Champions has delivered training to all Crown Court lawyers, and we saw some "
        "improvement in cases charged later in our sample period.",
        "Managers carry out Individual Quality Assessments (IQAs) of lawyers' casework each month. However, we found "
        "that the IQAs completed during our sample period were more positive than our own assessment of the same cases, "
        "which suggests that managers may be overestimating casework quality.",
    ],
)
s += [h1("5. Rape and serious sexual offences casework")]
s += paras(
    "5",
    [
        "The RASSO unit is delivering good quality casework. Pre-charge decision-making and review is fully meeting the "
        "expected standard, with a score of 72.5%, and disclosure is fully meeting the expected standard, with a score "
        "of 70.8%.",
        "Early advice to the police is used well in RASSO cases. However, the average time from the police's full file "
        "submission to a charging decision was 38 days, and some victims waited many months for a decision.",
        "Preparation for the PTPH in RASSO cases is partially meeting the expected standard, with a score of 63.1%. "
        "Lawyers' reviews were thorough, but the service of key evidence before the PTPH was not always timely.",
    ],
)
s += [h1("6. Victims and witnesses")]
s += paras(
    "6",
    [
        "The Area's work to support victims and witnesses is fully meeting the expected standard in magistrates' court "
        "and RASSO cases, with scores of 78.2% and 80.3%, and partially meeting it in Crown Court cases, with a score of "
        "68.5%.",
        "Applications for special measures were made in 88% of the cases where they were needed, and they were "
        "generally well reasoned. Victim personal statements were obtained and used appropriately in most cases.",
        "The CPS must write to victims to explain a decision to stop or substantially alter a charge, under the Direct "
        "Communication with Victims (DCV) scheme. DCV letters were sent within the required timescale in 63% of the "
        "cases where one was needed. The quality of the letters was variable; some used legal terms without "
        "explanation and did not offer the victim a meeting where one should have been offered.",
        "Victims who asked for a review of a decision not to prosecute under the Victims' Right to Review scheme "
        "received a timely response in all the cases we examined.",
    ],
)
s += [
    h1("7. Recommendations and issues to address"),
    h2("Recommendations"),
]
s += numbered(
    [
        "By March 2026, the Area should ensure that pre-charge advice in magistrates' court and Crown Court cases "
        "contains a proportionate case analysis and strategy. Managers should check this through Individual Quality "
        "Assessments.",
        "By December 2025, Crown Court unit managers should ensure that a full review is completed and recorded before "
        "the plea and trial preparation hearing in every case. The review should address the key evidential issues and "
        "the indictment.",
        "By December 2025, the Area should improve the handling of disclosure in magistrates' court cases. In "
        "particular, prosecutors should challenge inadequate schedules of unused material and complete the disclosure "
        "record sheet.",
        "By September 2025, the Area should put in place a plan to improve the timeliness and quality of Direct "
        "Communication with Victims letters. Progress should be reported to the Casework Quality Board.",
    ]
)
s += [h2("Issues to address")]
s += numbered(
    [
        "The Area should ensure that Individual Quality Assessments give managers an accurate picture of casework "
        "quality, by moderating a sample of assessments each quarter.",
        "The Area should work with both police forces to improve the proportion of police files that comply with the "
        "National File Standard.",
        "The Area should reduce the time taken to make charging decisions in RASSO cases after a full file is "
        "submitted.",
    ]
)
s += [
    h1("Annex A: Inspection scoring"),
    P(
        "Each case in our sample was assessed against a set of questions for each casework theme. Answers were given a "
        "score, and the scores for all the questions in a theme were combined to give the Area's percentage score for "
        "that theme. The percentage score is translated into a rating as follows."
    ),
    table(
        [
            ["Score", "Rating"],
            ["70% or more", "Fully meeting the expected standard"],
            ["60% to 69.9%", "Partially meeting the expected standard"],
            ["Below 60%", "Not meeting the expected standard"],
        ],
        widths=[50 * mm, 100 * mm],
    ),
    h1("Annex B: Inspection team"),
    table(
        [
            ["Lead inspector", "Gwendolyn Arrowsmith, Senior Legal Inspector"],
            ["Legal inspectors", "Ravi Chaudhry-Moss\nLeanne Bexfield"],
            ["Business management inspector", "Colm Hargreaves"],
            ["Editor", "Judith Ollerenshaw"],
            ["HM Chief Inspector", "Caroline Ebbsworth"],
        ],
        widths=[60 * mm, 110 * mm],
        header=False,
    ),
    sp(10),
    P(
        "HM Crown Prosecution Service Inspectorate, 10 Victoria Street, London. Published June 2025. This report is "
        "synthetic and was created for testing purposes.",
        SMALL,
    ),
]
build6(
    out,
    s,
    header_left="Area Inspection Programme: CPS Ravensholt",
    header_right="June 2025",
    footer_left="HM Crown Prosecution Service Inspectorate",
    page_fmt="Page {n}",
    title="Area Inspection Programme: CPS Ravensholt - June 2025",
    author="HM Crown Prosecution Service Inspectorate",
)
print(out)
