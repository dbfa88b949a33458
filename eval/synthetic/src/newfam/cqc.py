import sys

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from pdflib import build

OUT = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/cqc-mental-health/cqc-inspection-report-south-coast-partnership-nhs-ft-camhs-20250509.pdf"
)
B = [
    ("title", "South Coast Partnership NHS Foundation Trust"),
    ("sub", "<b>Specialist community mental health services for children and young people</b>"),
    ("meta", "Inspection report"),
    ("meta", "Kingsway House, 1 Anchorage Way, Portsmouth, Hampshire PO3 5FX"),
    ("meta", "Tel: 023 9200 4100 &nbsp;&nbsp; www.southcoastpartnership.nhs.example"),
    ("meta", "Date of inspection visit: 4 February 2025 to 6 February 2025"),
    ("meta", "Date of publication: 9 May 2025"),
    ("sp", 6),
    ("h2", "Ratings"),
    (
        "table",
        [
            ["", "Rating"],
            ["Overall rating for this service", "Requires improvement"],
            ["Are services safe?", "Inadequate"],
            ["Are services effective?", "Requires improvement"],
            ["Are services caring?", "Good"],
            ["Are services responsive?", "Requires improvement"],
            ["Are services well-led?", "Requires improvement"],
        ],
        [100, 60],
    ),
    ("p", "Previous rating (inspected June 2019): Good"),
    (
        "small",
        "Care Quality Commission. This is a synthetic document created for testing purposes. The trust, its services, people and all figures are fictional.",
    ),
    ("pb",),
    ("h1", "Our findings"),
    ("h2", "Overall summary"),
    ("p", "Our rating of this service went down. We rated it as requires improvement because:"),
    (
        "bullets",
        [
            "Too many children and young people were waiting too long for treatment, and the trust didn’t know whether the risks of all those on its waiting lists were being managed. Staff hadn’t reviewed the risk assessments of many children and young people waiting for treatment in line with trust policy.",
            "The service didn’t have enough clinical staff, and not all staff had completed their mandatory training, including safeguarding training.",
            "Governance processes didn’t give leaders an accurate picture of waiting times and risk.",
            "However, staff treated children, young people and their families with compassion and kindness, and involved them in decisions about their care. Young people had co-designed parts of the service.",
        ],
    ),
    ("h2", "Background to the service"),
    (
        "p",
        "South Coast Partnership NHS Foundation Trust provides community and mental health services to a population of about 1.1 million people in south-east Hampshire. Its specialist community mental health service for children and young people, known locally as Harbourside CAMHS, provides assessment and treatment to children and young people aged up to 18 with moderate to severe mental health needs in Portsmouth, Gosport, Fareham and Havant.",
    ),
    (
        "p",
        "The service has four locality teams (Portsmouth, Gosport, Fareham and Havant), a community eating disorders team, a neurodevelopmental pathway for attention deficit hyperactivity disorder (ADHD) and autism assessments, and a crisis and home treatment team. The crisis line, Harbour Line, is available 24 hours a day, seven days a week. The service accepted 5,760 referrals in 2024.",
    ),
    (
        "p",
        "The trust also hosts mental health support teams (MHSTs), which work in 46 schools across the area to support children with mild to moderate needs.",
    ),
    ("h2", "How we carried out this inspection"),
    (
        "p",
        "We carried out this unannounced inspection because we received information of concern from staff and families about waiting times and the management of risk. During the inspection visit, the inspection team:",
    ),
    (
        "bullets",
        [
            "visited the four locality team bases and the crisis and home treatment team;",
            "spoke with 14 young people and 22 parents and carers who were using the service;",
            "spoke with the clinical director, the service manager and 41 other staff members, including nurses, psychologists, psychiatrists, therapists and administrators;",
            "reviewed 38 care records of children and young people; and",
            "looked at policies, procedures and other documents relating to the running of the service.",
        ],
    ),
    (
        "p",
        "The inspection was led by Amira Okafor, CQC inspector. The team included a second CQC inspector, a specialist professional advisor with experience as a children’s mental health nurse, and an Expert by Experience.",
    ),
    ("h2", "What people who use the service say"),
    (
        "p",
        "Young people and families told us that staff were kind, caring and listened to them. Most said that once they started treatment, it had helped them. However, 17 of the 22 parents and carers we spoke with told us they had waited too long for an appointment, and several said they hadn’t been contacted at all while they were waiting. One parent told us: “We were told to ring Harbour Line if things got worse, but nobody checked on us for nine months.”",
    ),
    ("h1", "Is the service safe?"),
    ("p", "Our rating of safe went down. We rated it as inadequate."),
    ("h3", "Managing risk for children and young people waiting for treatment"),
    (
        "p",
        "At the time of our inspection, 1,284 children and young people had been assessed and were waiting to start treatment. The longest wait was 87 weeks. The trust’s Waiting Well policy requires staff to contact each child or young person on the waiting list at least every 12 weeks and to review their risk assessment. Trust data showed that only 62 percent of those waiting had had their risk assessment reviewed within this timescale.",
    ),
    (
        "p",
        "We reviewed 38 care records. In 11 of these, there was no up-to-date risk assessment. In three records, a young person had reported increased self-harm during a check-in call, but there was no evidence that this had been escalated to a clinician.",
    ),
    (
        "p",
        "Because of the seriousness of these concerns, we served a warning notice on the trust under section 29A of the Health and Social Care Act 2008 on 14 February 2025. The warning notice required the trust to make significant improvements to the management of risk for children and young people waiting for treatment by 30 April 2025.",
    ),
    ("h3", "Safe staffing"),
    (
        "p",
        "The service didn’t have enough staff. The vacancy rate for band 6 clinicians was 24 percent, and the Havant team had filled only 5 of its 9 clinical posts. The service used agency staff to cover some gaps, and agency staff accounted for 13 percent of clinical hours in the six months before our inspection. Staff caseloads were high; some care coordinators were responsible for more than 40 young people.",
    ),
    ("h3", "Mandatory training"),
    (
        "p",
        "Staff compliance with mandatory training was 81 percent, against a trust target of 90 percent. Only 74 percent of eligible staff had completed level 3 safeguarding children training.",
    ),
    ("h3", "Safe and clean environment"),
    (
        "p",
        "All clinical premises were clean and well maintained. However, interview rooms at the Gosport clinic didn’t have alarms, and staff didn’t carry personal alarms.",
    ),
    ("h3", "Reporting incidents and learning from them"),
    (
        "p",
        "Staff knew what incidents to report and how to report them. There had been two serious incidents in the service in the 12 months before our inspection. Managers investigated incidents and shared learning in team meetings and a monthly bulletin, <i>Learning Matters</i>.",
    ),
    ("h1", "Is the service effective?"),
    ("p", "Our rating of effective went down. We rated it as requires improvement."),
    (
        "p",
        "Staff provided a range of care and treatment suitable for the children and young people in the service, in line with National Institute for Health and Care Excellence (NICE) guidance. Treatments included cognitive behavioural therapy, family therapy, dialectical behaviour therapy and medication.",
    ),
    (
        "p",
        "Staff didn’t consistently use outcome measures to monitor the effectiveness of care. The service used the Revised Children’s Anxiety and Depression Scale (RCADS), but it had been completed at the start and end of treatment in only 48 percent of closed cases.",
    ),
    (
        "p",
        "Staff didn’t always monitor the physical health of young people taking ADHD medication. Records showed that height, weight and blood pressure had been checked in line with guidance in only 9 of the 15 relevant records we reviewed.",
    ),
    (
        "p",
        "Managers didn’t make sure staff received regular supervision. Supervision compliance was 68 percent against the trust target of 85 percent.",
    ),
    ("h1", "Is the service caring?"),
    ("p", "Our rating of caring stayed the same. We rated it as good."),
    (
        "p",
        "Staff treated children, young people and families with compassion and kindness. They respected their privacy and dignity and understood the individual needs of each young person. We observed 8 appointments and saw staff engage well with young people and their families.",
    ),
    (
        "p",
        "The service had a participation group of young people, Harbour Voices, who had helped to redesign the waiting area at the Portsmouth base and to interview new staff. Harbour Voices also co-produced a guide for young people starting treatment.",
    ),
    ("h1", "Is the service responsive?"),
    ("p", "Our rating of responsive went down. We rated it as requires improvement."),
    (
        "p",
        "The service aimed to assess new referrals within 4 weeks. It met this target for 57 percent of referrals in the 12 months to 31 December 2024. The median wait from assessment to the start of treatment was 41 weeks, well above the national referral-to-treatment standard of 18 weeks.",
    ),
    (
        "p",
        "The neurodevelopmental pathway had 2,912 children and young people waiting for an assessment. The median wait was 2 years and 3 months. The trust was working with the integrated care board on a recovery plan, which included outsourcing 600 assessments to an independent provider during 2025.",
    ),
    (
        "p",
        "The community eating disorders team met the national standard of seeing urgent cases within one week in 94 percent of cases, and routine cases within four weeks in 79 percent of cases.",
    ),
    (
        "p",
        "The service received 63 complaints in the 12 months before our inspection, of which 41 related to waiting times. Complaints were investigated and responded to within the trust’s timescale of 25 working days in most cases.",
    ),
    ("h1", "Is the service well-led?"),
    ("p", "Our rating of well-led went down. We rated it as requires improvement."),
    (
        "p",
        "A new clinical director, Dr Fiona Maddox, was appointed in September 2024. Staff told us that she was visible and approachable, and that they felt there was now a plan to address the problems in the service. However, the service’s governance processes weren’t effective. The risk register recorded waiting times as a risk, but it didn’t reflect the scale of the risk to children and young people waiting for treatment, and leaders were relying on waiting list data that was inaccurate.",
    ),
    (
        "p",
        "Staff morale was mixed. In the 2024 NHS staff survey, 59 percent of staff in the service said they would recommend the trust as a place to work. Staff knew how to raise concerns and knew who the Freedom to Speak Up guardian was.",
    ),
    ("h1", "Areas for improvement"),
    ("h3", "Action the trust MUST take to improve"),
    (
        "bullets",
        [
            "The trust must ensure that all children and young people waiting for treatment have their risk assessed and reviewed in line with trust policy, and that increased risk is escalated to a clinician. (Regulation 12: Safe care and treatment)",
            "The trust must ensure that there are sufficient numbers of suitably qualified staff to meet the needs of children and young people using the service. (Regulation 18: Staffing)",
            "The trust must ensure that staff complete mandatory training, including level 3 safeguarding children training. (Regulation 18: Staffing)",
            "The trust must ensure that governance systems accurately monitor waiting times and the risks to children and young people on waiting lists. (Regulation 17: Good governance)",
        ],
    ),
    ("h3", "Action the trust SHOULD take to improve"),
    (
        "bullets",
        [
            "The trust should ensure that staff use outcome measures to monitor the effectiveness of treatment.",
            "The trust should ensure that the physical health of young people prescribed ADHD medication is monitored in line with guidance.",
            "The trust should ensure that interview rooms at the Gosport clinic are fitted with alarms or that staff carry personal alarms.",
            "The trust should ensure that staff receive regular supervision.",
        ],
    ),
    ("h1", "Our inspection team"),
    (
        "p",
        "The inspection was led by Amira Okafor, CQC inspector, and overseen by Daniel Reyes, head of hospital inspection (mental health). The team comprised two CQC inspectors, a specialist professional advisor and an Expert by Experience.",
    ),
]
if __name__ == "__main__":
    import os

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    build(
        OUT,
        B,
        header="South Coast Partnership NHS Foundation Trust – Specialist community mental health services for children and young people",
        footer_left="Inspection report 09/05/2025",
    )
    print(OUT)
