import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common9 import *

out = out_path("cqc-ambulance-trusts/RM4_Marchlands_Ambulance_Service_NHS_Trust_inspection_report_20250122.pdf")

RI, G, I, O = "Requires improvement", "Good", "Inadequate", "Outstanding"
GRID = ParagraphStyle("grid", parent=CELL, fontSize=7.5, leading=9.5)
GRIDB = ParagraphStyle("gridb", parent=GRID, fontName="LSans-Bold")
SHADE = {G: "#cfe8d3", RI: "#fbe3c2", I: "#f4c7c3", O: "#c9dcf0"}


def grid(rows, widths):
    """The ratings grid: small type, each rating cell shaded by its rating."""
    data = [[Paragraph(esc(c), GRIDB if r == 0 or k == 0 else GRID) for k, c in enumerate(row)]
            for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7ef")),
    ]
    for r, row in enumerate(rows[1:], 1):
        for k, c in enumerate(row[1:], 1):
            st.append(("BACKGROUND", (k, r), (k, r), colors.HexColor(SHADE[c])))
    t.setStyle(TableStyle(st))
    return t


s = []
s += [
    Paragraph("Marchlands Ambulance Service NHS Trust", TITLE),
    P("<b>Inspection report</b>"),
    P("Fennick House<br/>Orchard Way<br/>Brenhurst<br/>BH7 2QA"),
    P("Tel: 01632 975500<br/>www.marchlandsambulance.nhs.example"),
    table(
        [
            ["Date of inspection visit:", "10 September 2024 to 17 October 2024"],
            ["Date of publication:", "22 January 2025"],
        ],
        widths=[60 * mm, 80 * mm],
        header=False,
    ),
    sp(10),
    h2("Ratings"),
    table(
        [
            ["Overall trust quality rating", RI],
            ["Are services safe?", RI],
            ["Are services effective?", G],
            ["Are services caring?", G],
            ["Are services responsive?", I],
            ["Are services well-led?", RI],
        ],
        widths=[100 * mm, 60 * mm],
        header=False,
    ),
    sp(10),
    P(
        "The Care Quality Commission is the independent regulator of health and adult social care in England. This is "
        "a synthetic report created for testing purposes: Marchlands Ambulance Service NHS Trust, the hospitals, "
        "places and people named, and all figures are fictional.",
        SMALL,
    ),
    h1("Our findings"),
    h3("Background to the trust"),
    P(
        "Marchlands Ambulance Service NHS Trust provides emergency and urgent care to a population of about 3.1 "
        "million people across Brenhurst, Tallowmere and the Carrick Hills, an area of about 4,200 square miles "
        "that includes large rural and coastal areas as well as the cities of Brenhurst and Tallowmere. The trust "
        "also provides non-emergency patient transport services under contract to two integrated care boards, and "
        "operates the NHS 111 service for the Carrick Hills."
    ),
    P(
        "The trust employs about 5,400 staff and is supported by 820 volunteers, including community first "
        "responders. It runs two emergency operations centres (EOCs), at Fennick House in Brenhurst and at Quarry "
        "Lane in Tallowmere, which between them received an average of 2,870 emergency calls a day between April "
        "and September 2024. Frontline crews work from 46 ambulance stations and 9 make-ready hubs."
    ),
    P(
        "We last inspected the trust in February 2022, when we rated it good overall. This inspection looked at "
        "the emergency operations centres, emergency and urgent care, and patient transport services, and we "
        "inspected the well-led key question for the trust overall. We did not inspect the NHS 111 service."
    ),
    h3("Overall summary"),
    P("Our rating of this trust went down. We rated it as requires improvement because:"),
]
s += bullets(
    [
        "Patients waited too long for an ambulance. The trust did not meet any of the national response time "
        "standards for category 1 to 4 calls in the six months before our inspection, and patients in category 2, "
        "which includes suspected heart attacks and strokes, waited more than twice as long as the national "
        "standard.",
        "The emergency operations centres did not always keep patients who were waiting for an ambulance safe. "
        "Welfare calls to patients in the call queue were often late or not made, and there were not enough "
        "clinicians in the EOCs to review the calls in the queue.",
        "Long delays handing over patients at hospitals meant that crews were not available to respond to new "
        "calls.",
        "Staff in the EOCs were under pressure, turnover of call handlers was high, and many staff told us they "
        "did not feel able to raise concerns without fear of the consequences.",
        "However, staff treated patients with compassion and kindness, crews provided effective care based on "
        "national guidance, and patient transport services were well run.",
    ]
)
s += [
    P(
        "We rated emergency operations centres and emergency and urgent care as requires improvement overall, and "
        "patient transport services as good. We rated well-led for the trust as requires improvement."
    ),
    P(
        "Following this inspection, we served a warning notice on the trust under Section 29A of the Health and "
        "Social Care Act 2008 on 25 October 2024. The notice told the trust that it must make significant "
        "improvements in how it identifies and manages the risks to patients waiting for an ambulance in the "
        "emergency operations centres by 31 January 2025."
    ),
    h2("Ratings for the whole trust"),
    grid(
        [
            ["Core service", "Safe", "Effective", "Caring", "Responsive", "Well-led", "Overall"],
            ["Emergency operations centre (EOC)", RI, RI, G, I, RI, RI],
            ["Emergency and urgent care", RI, G, G, I, RI, RI],
            ["Patient transport services", G, G, G, G, G, G],
            ["Overall trust", RI, G, G, I, RI, RI],
        ],
        widths=[38 * mm] + [22 * mm] * 6,
    ),
    P(
        "Ratings for the whole trust are from combining ratings for services. Our decisions on overall ratings "
        "take into account the relative size of services. We use our professional judgement to reach fair and "
        "balanced ratings.",
        SMALL,
    ),
    h1("Emergency operations centre (EOC)"),
    h3("Response times against national standards"),
    P(
        "Ambulance trusts in England are measured against the response time standards of the Ambulance Response "
        "Programme. The table below shows the trust's performance between April and September 2024."
    ),
    table(
        [
            ["Call category", "National standard", "Trust performance (April to September 2024)"],
            ["Category 1 (life-threatening): mean", "7 minutes", "9 minutes 12 seconds"],
            ["Category 1: 90th centile", "15 minutes", "16 minutes 48 seconds"],
            ["Category 2 (emergency): mean", "18 minutes", "44 minutes 36 seconds"],
            ["Category 2: 90th centile", "40 minutes", "1 hour 38 minutes"],
            ["Category 3 (urgent): 90th centile", "2 hours", "6 hours 41 minutes"],
            ["Category 4 (less urgent): 90th centile", "3 hours", "8 hours 5 minutes"],
        ],
        widths=[65 * mm, 40 * mm, 60 * mm],
    ),
    sp(4),
    P(
        "The trust also did not meet the interim ambition set for all ambulance trusts for 2024/25 of a category 2 "
        "mean response of 30 minutes in any month of the period. Its best month was April 2024, when the category 2 "
        "mean was 36 minutes 50 seconds. Performance was worst in the Carrick Hills, where the category 2 mean in "
        "August 2024 was 58 minutes."
    ),
    h3("Is the service safe?"),
    P(
        "The EOCs did not always manage the risks to patients waiting for an ambulance. Under the trust's "
        "'Waiting Patient Safety' policy, call handlers must make a welfare call to patients in category 3 and 4 "
        "every 60 minutes while they wait. We reviewed 40 calls where patients waited more than two hours. In 23 "
        "of these, welfare calls were late or not made at all. In two cases, the patient's condition had "
        "worsened by the time a welfare call was made, but the call was not upgraded to a higher category."
    ),
    P(
        "The trust uses a 'surge management plan' with four escalation levels. The trust had been at its highest "
        "level, level 4, for 71 days between April and September 2024. At this level, calls can be held for "
        "longer before an ambulance is sent, but we found that the additional clinical checks that the plan "
        "requires at level 4 were not always carried out."
    ),
    P(
        "There were not enough clinicians in the EOCs. The Clinical Hub, where paramedics and nurses assess "
        "lower-acuity calls by telephone and review the calls waiting in the queue, had 38 whole-time equivalent "
        "clinicians in post against an establishment of 55. On several shifts we observed, a single clinician was "
        "responsible for monitoring more than 150 waiting calls."
    ),
    P(
        "Between April and September 2024, the trust reported 31 serious incidents in which a delayed response "
        "may have contributed to harm, including 9 in which the patient died. The trust investigated these under "
        "the Patient Safety Incident Response Framework, but actions from investigations were not always "
        "completed. Of 64 actions from investigations into delayed responses, 26 were overdue at the time of our "
        "inspection."
    ),
    h3("Is the service effective?"),
    P(
        "Call handlers used a recognised triage system and followed it correctly in most of the calls we "
        "audited. However, compliance with the trust's own target for 999 calls to be answered within 5 seconds "
        "was poor: in August 2024, the mean time to answer a 999 call was 31 seconds, and 12% of calls waited more "
        "than two minutes to be answered."
    ),
    P(
        "The Clinical Hub helped to reduce the number of patients who needed an ambulance. Between April and "
        "September 2024, 13.8% of 999 calls were closed with telephone advice alone through 'hear and treat', "
        "which was above the trust's own target of 12%. Where clinicians advised patients to attend another "
        "service, such as an urgent treatment centre, they did so safely."
    ),
    h3("Is the service responsive?"),
    P(
        "Hospital handover delays had a large effect on the trust's ability to respond. The national standard is "
        "for patients arriving by ambulance to be handed over to hospital staff within 15 minutes. In August 2024, "
        "crews lost 21,860 hours waiting outside hospitals beyond the 15-minute standard. At Tallowmere Royal "
        "Infirmary, the average handover took 97 minutes, and the longest handover in the month took 11 hours and "
        "40 minutes. The trust had agreed a 45-minute 'Fast Release' protocol with the acute trusts in its area, "
        "under which crews can be released to respond to a waiting category 1 or 2 call, but at Tallowmere Royal "
        "Infirmary this was used on only 18% of the occasions when it should have been."
    ),
    h1("Emergency and urgent care"),
    P(
        "Crews assessed and treated patients well. They followed national clinical guidelines and had access to "
        "up-to-date guidance through an app on their work phones. Audits showed that 94% of patients with a "
        "suspected stroke received the full assessment bundle, and 89% of patients with a suspected heart attack "
        "received the care bundle, both above the national average."
    ),
    P(
        "The trust had developed alternatives to taking patients to emergency departments. Its 'Call Before "
        "Convey' scheme lets crews speak to a senior clinician or a GP before deciding whether to take a patient "
        "to hospital. Falls response vehicles crewed by a paramedic and an occupational therapist worked in "
        "Brenhurst and Tallowmere seven days a week. In September 2024, 41% of patients seen by crews were treated "
        "without being taken to an emergency department, which the trust calls 'see and treat'."
    ),
    P(
        "However, vehicle and equipment checks were not always completed. At three of the eight ambulance stations "
        "we visited, we found out-of-date single-use items, and at one station a defibrillator had not had its "
        "daily check for five days. Only 78% of frontline staff had completed their mandatory training against a "
        "trust target of 90%, and completion of the level 3 safeguarding course for adults was 71%."
    ),
    P(
        "Staff were compassionate. We saw crews treating patients with dignity, taking time to reassure anxious "
        "patients and their families, and apologising when patients had waited a long time. Patients and carers "
        "we spoke to were positive about the care they received once an ambulance arrived."
    ),
    h1("Patient transport services"),
    P(
        "Patient transport services were well managed and met most of the targets in the trust's contracts. In "
        "the six months to September 2024, 92% of patients arrived for their appointment on time, against a "
        "contract target of 90%. Renal dialysis patients had a dedicated transport team, and their average wait "
        "for a journey home after treatment was 24 minutes. Staff had access to eligibility criteria and "
        "booking staff applied them consistently."
    ),
    h1("Is the trust well-led?"),
    P(
        "The chief executive, Jonathan Pelham-Rudd, had been in post since June 2023, and the chair, Ruth "
        "Okonjo-Blake, since April 2021. The board had a clear strategy, 'Marchlands 2028', and understood the "
        "challenges the trust faced. However, the board had not had full sight of the risks in the EOCs: reports to "
        "the board described response times but did not show how long patients in the call queue were waiting "
        "without a welfare call, or how many calls were not reviewed by a clinician."
    ),
    P(
        "The culture in the EOCs needed to improve. Turnover among call handlers was 34% in the year to "
        "September 2024, and 19% of call handler posts were vacant. Many EOC staff told us they felt exhausted and "
        "that managers did not listen to them. The trust had a Freedom to Speak Up guardian and 42 Speak Up "
        "champions, but several staff told us they would not raise concerns because they feared being treated "
        "differently."
    ),
    h3("NHS Staff Survey"),
    P(
        "In the 2023 NHS Staff Survey, 44% of the trust's staff responded. Only 39% of staff said they would "
        "recommend the trust as a place to work, compared with 47% across all ambulance trusts. In the trust's "
        "emergency operations centres, this figure was 26%. Of the trust's staff, 33% said they had experienced "
        "at least one incident of harassment, bullying or abuse from patients or the public in the previous 12 "
        "months, and 17% said they had experienced this from managers. Fifty-four per cent said they often or "
        "always felt burnt out because of their work."
    ),
    P(
        "The trust had taken action on sexual safety. It had signed the national sexual safety charter, launched "
        "its own 'Safe Crew' campaign in March 2024, and trained 120 managers to respond to reports of sexual "
        "misconduct. Staff were aware of the campaign and knew how to report concerns."
    ),
    h1("Areas for improvement"),
    h3("Action the trust MUST take to improve"),
    P("<b>Trust-wide</b>"),
]
n = [0]
s += numbered_from(
    [
        "The trust must ensure that the board receives information about the risks to patients waiting for an "
        "ambulance, including delays to welfare calls and clinical review, so that it can act on them. "
        "(Regulation 17(2)(a) and (b))",
        "The trust must ensure that actions arising from investigations of serious incidents are completed in a "
        "timely way. (Regulation 17(2)(b))",
    ],
    n,
)
s += [P("<b>Emergency operations centre</b>")]
s += numbered_from(
    [
        "The trust must ensure that welfare calls are made to patients waiting for an ambulance within the "
        "timescales set out in its own policy, and that calls are re-triaged when a patient's condition "
        "changes. (Regulation 12(2)(a))",
        "The trust must ensure that there are enough suitably qualified clinicians in the EOCs to review "
        "waiting calls safely. (Regulation 18(1))",
        "The trust must ensure that the additional clinical safety checks required by its surge management plan "
        "are carried out at each escalation level. (Regulation 12(2)(b))",
    ],
    n,
)
s += [P("<b>Emergency and urgent care</b>")]
s += numbered_from(
    [
        "The trust must ensure that staff complete daily vehicle and equipment checks, including defibrillator "
        "checks, and that out-of-date stock is removed. (Regulation 15(1)(e))",
        "The trust must ensure that frontline staff complete mandatory training, including level 3 "
        "safeguarding adults training. (Regulation 18(2)(a))",
    ],
    n,
)
s += [h3("Action the trust SHOULD take to improve")]
s += bullets(
    [
        "The trust should continue to work with acute trusts to reduce hospital handover delays and to make "
        "consistent use of the 'Fast Release' protocol.",
        "The trust should improve the time taken to answer 999 calls.",
        "The trust should take action to improve the retention of call handlers and the wellbeing of EOC staff.",
        "The trust should ensure that staff feel able to speak up without fear of detriment.",
    ]
)
s += [
    h2("Our inspection team"),
    P(
        "The inspection was led by Hannah Broadbent-Sayer, Deputy Director of Operations, and overseen by Colm "
        "Ferriday, Head of Hospital Inspection. The team included four CQC inspectors, an inspection manager, "
        "seven specialist advisers, including paramedics and emergency operations centre managers, and an "
        "executive reviewer who supported our review of well-led. Executive reviewers are senior healthcare "
        "managers who support our inspections of the leadership of trusts."
    ),
    P(
        "During the inspection we visited both emergency operations centres, eight ambulance stations and three "
        "make-ready hubs, and observed handovers at four emergency departments. We spoke with 213 staff, 27 "
        "patients and carers, and reviewed 40 calls in detail."
    ),
    sp(6),
    P(
        "This report describes our judgement of the quality of care at this trust. It is based on a combination "
        "of what we found when we inspected, information from our ongoing monitoring of data about services, and "
        "information given to us from the trust, patients, the public and other organisations.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Marchlands Ambulance Service NHS Trust",
    header_right="Inspection report",
    footer_left="Marchlands Ambulance Service NHS Trust Inspection report 22/01/2025",
    page_fmt="{n}",
    title="Marchlands Ambulance Service NHS Trust - Inspection report - 22/01/2025",
    author="Care Quality Commission",
)
print(out)
