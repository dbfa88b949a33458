"""A Local Government and Social Care Ombudsman public interest report on a complaint against a council about a
child with special educational needs, in the layout of the Ombudsman's section 30 reports: cover with the
reference number and date, the Ombudsman's role, the key to names used and the Ofsted information sharing note, a
report summary (category, finding, the section 31(2) recommendation and the remedy with amounts and deadlines),
then paragraphs numbered 1, 2, 3 ... through the report: introduction, the complaint, legal and administrative
background, how we considered this complaint, what we found, conclusions, recommendations and decision; "Final
report" footers. The council, the school, the family and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common14 import *

out = out_path("ombudsman-reports/Ravensmoor-MBC-public-interest-report-24-018-377-March-2026.pdf")

COVER = ParagraphStyle("cover14a", parent=TITLE, fontSize=22, leading=28)

REMEDY_MONTH = [
    "apologise in writing to Mrs X and to Y for the faults identified in this report. The apology should be in "
    "line with our guidance on remedies;",
    "pay Mrs X £5,400, to be used for Y's educational benefit, to acknowledge the education he lost over three "
    "terms;",
    "pay Mrs X £800 to acknowledge the speech and language therapy Y did not receive;",
    "pay Mrs X £500 to acknowledge the distress and uncertainty caused by the delay in issuing Y's EHC plan; and",
    "pay Mrs X £250 for the time and trouble she was put to in pursuing her complaint.",
]
REMEDY_THREE = [
    "review its procedures so that, whenever it is told that a child is, or will be, out of school for 15 school "
    "days or more, it considers its duty under section 19 of the Education Act 1996 and records its decision and "
    "the reasons for it;",
    "remove from the Medical Needs Tuition Service's referral criteria the requirement for evidence from a "
    "consultant paediatrician or psychiatrist before education is arranged;",
    "identify any other child or young person whose EHC plan includes speech and language therapy that is not "
    "being delivered, put the provision in place, and tell us how many children it found;",
    "provide training to its SEND casework officers on the statutory timescales for EHC needs assessments and "
    "plans and on the Council's duty under section 19; and",
    "remind staff who handle complaints of the timescales in its corporate complaints procedure, and that a "
    "request to escalate a complaint must be acknowledged and responded to.",
]

n = Running()
s = []
s += [
    P("<b>Local Government &amp; Social Care OMBUDSMAN</b>", SUB),
    sp(50),
    Paragraph("Report by the Local Government and Social Care Ombudsman", COVER),
    sp(6),
    P("Investigation into a complaint against Ravensmoor Metropolitan Borough Council (reference number: "
      "24 018 377)", SUB),
    sp(16),
    P("<b>19 March 2026</b>", SUB),
    sp(150),
    P("This is a synthetic report created for testing purposes. Ravensmoor Metropolitan Borough Council, the "
      "school, Mrs X and Y and all figures in this report are fictional.", SMALL),
    PageBreak(),
    h2("The Ombudsman's role"),
    P("For more than 50 years the Ombudsman has independently and impartially investigated complaints about "
      "councils and other bodies within our jurisdiction. We resolve disputes by recommending redress that is "
      "proportionate, appropriate and reasonable on the facts of each complaint. Our service is free of charge."),
    P("Each case that comes to us is different, and we take the needs and circumstances of the person "
      "complaining into account when we recommend how an injustice caused by fault should be put right. We have "
      "no legal power to make councils follow our recommendations, but they almost always do. Some of the things "
      "we might ask a council to do are to apologise, to pay a financial remedy, to provide a service the person "
      "should have had, or to improve its procedures so that similar problems do not happen again."),
    P("Section 30 of the Local Government Act 1974 says that a report should not normally name or identify any "
      "person. The people involved in this complaint are referred to by a letter or job role."),
    h2("Key to names used"),
    table([["Mrs X", "the complainant"], ["Y", "her son, who is now 13"]], widths=[40 * mm, 130 * mm],
          header=False),
    sp(8),
    P("Under the information sharing agreement between the Local Government and Social Care Ombudsman and the "
      "Office for Standards in Education, Children's Services and Skills (Ofsted), we will send a copy of this "
      "report to Ofsted."),
    PageBreak(),
    h1("Report summary"),
    h3("Education - special educational needs"),
    box("Mrs X complained that Ravensmoor Metropolitan Borough Council did not arrange suitable education for "
        "her son, Y, for more than a year after he stopped attending school because of anxiety linked to his "
        "autism. She also complained that the Council took too long to issue his Education, Health and Care (EHC) "
        "plan, did not provide the speech and language therapy the plan set out, and delayed in dealing with her "
        "complaint."),
    h3("Finding"),
    P("Fault found causing injustice and recommendations made."),
    h3("Recommendations"),
    P("The Council must consider the report and confirm within three months the action it has taken or proposes "
      "to take. The Council should consider the report at its full Council, Cabinet or other appropriately "
      "delegated committee of elected members and we will require evidence of this. (Local Government Act 1974, "
      "section 31(2), as amended)"),
    P("To remedy the injustice caused, within one month of the date of this report the Council should:"),
]
s += bullets(REMEDY_MONTH)
s += [
    P("In total, the Council should pay Mrs X £6,950."),
    P("Within three months of the date of this report the Council should:"),
]
s += bullets(REMEDY_THREE)
s += [
    P("The Council has accepted our recommendations."),
    PageBreak(),
    h1("Introduction"),
]
s += n([
    "This report sets out what we found when we investigated Mrs X's complaint about the way Ravensmoor "
    "Metropolitan Borough Council (the Council) arranged education and special educational provision for her "
    "son. We have decided to issue a public report because the faults we found were not confined to one child: "
    "the Council's own figures, and the way its tuition service decided which children it would accept, suggest "
    "that other families are likely to have been affected in the same way.",
])
s += [h1("The complaint")]
s += n(["Mrs X complained that the Council:"])
s += lettered([
    "did not arrange suitable alternative education for Y after he stopped attending Highcroft Academy in "
    "November 2023, until he started at the Whinfell Centre in January 2025;",
    "took 40 weeks to issue Y's final EHC plan, twice the time the law allows;",
    "did not secure the speech and language therapy set out in section F of the plan between January and April "
    "2025; and",
    "delayed in responding to her complaint, and did not respond when she asked for it to be escalated.",
])
s += n([
    "Mrs X says Y lost more than a year of education and became increasingly isolated, and that she had to give "
    "up her job as a teaching assistant to look after him at home.",
])
s += [h1("Legal and administrative background"), h2("The Ombudsman's role and powers")]
s += n([
    "We investigate complaints about 'maladministration' and 'service failure'. In this report, we have used the "
    "word 'fault' to refer to these. We also consider whether any fault has had an adverse impact on the person "
    "who complained, which we call 'injustice'. Where fault has caused injustice, we may recommend a remedy. "
    "(Local Government Act 1974, sections 26(1) and 26A(1), as amended)",
    "We cannot normally investigate a complaint where the person could appeal to a tribunal. Mrs X did not "
    "appeal to the SEND Tribunal, and her complaint is about delay and about provision that was not delivered, "
    "which the Tribunal could not have put right. We have therefore investigated it. (Local Government Act 1974, "
    "section 26(6)(a), as amended)",
])
s += [h2("Education for children who cannot attend school")]
s += n([
    "Section 19 of the Education Act 1996 says councils must arrange suitable education, at school or "
    "elsewhere, for each child of compulsory school age who, because of illness, exclusion or otherwise, may not "
    "receive suitable education unless such arrangements are made. Suitable education means efficient education "
    "suitable to the child's age, ability and aptitude and to any special educational needs they have. It must "
    "be full-time unless the council decides that, for reasons of the child's physical or mental health, "
    "part-time education is in the child's best interests.",
    "The Department for Education's statutory guidance, 'Arranging education for children who cannot attend "
    "school because of health needs' (December 2023), says councils should arrange education as soon as it is "
    "clear that a child will be away from school for 15 school days or more because of their health, whether "
    "the absence is consecutive or cumulative. It says councils should not insist on evidence from a medical "
    "consultant where this would delay education being arranged.",
])
s += [h2("Education, Health and Care plans")]
s += n([
    "A council must decide whether to carry out an EHC needs assessment within six weeks of receiving a "
    "request, and must issue any final EHC plan within 20 weeks of the request. (Special Educational Needs and "
    "Disability Regulations 2014, regulations 4(1) and 13(2))",
    "Once a plan is issued, the council must secure the special educational provision in section F. (Children "
    "and Families Act 2014, section 42) This duty cannot be delegated: the council remains responsible even "
    "where it has arranged for someone else to provide the support.",
])
s += [h2("The Council's complaints procedure")]
s += n([
    "The Council's corporate complaints procedure has two stages. It aims to respond at stage 1 within 10 "
    "working days, and at stage 2, where a senior manager reviews the complaint, within 20 working days.",
])
s += [h1("How we considered this complaint")]
s += n([
    "We produced this report after examining relevant documents, including Y's EHC plan, the Council's case "
    "records and its correspondence with Mrs X and the academy, and after speaking to Mrs X. We also made "
    "written enquiries of the Council.",
    "We gave Mrs X and the Council a confidential draft of this report and invited their comments. We took the "
    "comments we received into account before we finalised the report.",
])
s += [h1("What we found"), h2("Y's absence from school")]
s += n([
    "Y is autistic and has a diagnosis of anxiety. He started in Year 7 at Highcroft Academy in September 2023. "
    "His attendance fell during the autumn term, and he stopped attending altogether on 6 November 2023.",
    "On 20 November 2023 the academy told the Council's Inclusion and Attendance Team that Y had not attended "
    "for two weeks. On 4 December 2023 Mrs X sent the Council letters from Y's GP and from the Child and "
    "Adolescent Mental Health Service (CAMHS), both saying that Y was too anxious to attend school.",
    "An officer referred Y to the Council's Medical Needs Tuition Service on 11 December 2023. The service "
    "declined the referral because its criteria required a letter from a consultant paediatrician or "
    "psychiatrist, rather than from a CAMHS practitioner. The Council did not tell Mrs X that the referral had "
    "been declined, and there is no record that it considered what other education it could arrange for Y.",
    "After Mrs X contacted her local councillor in May 2024, the Council arranged online tuition for Y. He "
    "received five hours a week of online tuition from 3 June 2024 until the end of the autumn term 2024.",
])
s += [h2("The EHC needs assessment and plan")]
s += n([
    "Mrs X asked the Council to carry out an EHC needs assessment on 8 January 2024. The Council decided to "
    "assess Y on 28 February 2024, seven weeks after the request, one week later than the law allows.",
    "The educational psychologist's advice was not received until 11 June 2024. The Council issued a draft plan "
    "on 2 August 2024 and the final plan on 14 October 2024. This was 40 weeks after Mrs X's request, 20 weeks "
    "later than the law allows.",
    "Section I of the final plan named the Whinfell Centre, a resourced provision for autistic pupils at "
    "Ravensmoor High School. The centre had no place available until January 2025, and Y started there on 6 "
    "January 2025. He has attended well since, and is now in Year 9.",
])
s += [h2("Speech and language therapy")]
s += n([
    "Section F of Y's plan says he will receive one hour of direct speech and language therapy each week from a "
    "qualified speech and language therapist, alongside a programme delivered by staff at the centre. Y did not "
    "receive any direct therapy until 28 April 2025. The Council told us this was because the NHS trust that "
    "provides therapy under the Council's contract had a vacancy, and the Council did not arrange another "
    "therapist in the meantime. Y missed 13 sessions during term time.",
])
s += [h2("Mrs X's complaint")]
s += n([
    "Mrs X complained to the Council on 3 February 2025. The Council sent its stage 1 response on 10 April 2025, "
    "48 working days later. It apologised for the delay in issuing the EHC plan, but said Y had received "
    "'suitable education through online tuition'.",
    "Mrs X asked for her complaint to be considered at stage 2 on 22 April 2025. The Council did not reply, and "
    "Mrs X complained to us on 2 July 2025.",
])
s += [h2("What the Council told us about its wider performance")]
s += n([
    "In response to our enquiries, the Council told us that it issued 612 new EHC plans in 2024, and that 29% "
    "of them were issued within 20 weeks, compared with 41% in 2023. It told us that it employed 18 SEND "
    "casework officers, each responsible for an average of 270 plans, and that it was recruiting six more.",
    "The Council also told us that, between September 2023 and August 2024, the Medical Needs Tuition Service "
    "declined 57 referrals because the evidence provided did not come from a consultant.",
])
s += [h1("Conclusions"), h2("Education while Y was out of school")]
s += n([
    "By 4 December 2023 the Council knew that Y had been out of school for four weeks and had medical evidence "
    "that he could not attend. It should have considered its duty under section 19 from that point at the "
    "latest. Instead it relied on a referral that was declined, did not follow it up, and did not record any "
    "decision about Y's education. This was fault.",
    "The tuition the Council arranged from June 2024 amounted to five hours a week. The Council did not decide "
    "that part-time education was in Y's best interests because of his health; it offered what the tuition "
    "service had available. We do not consider that this was suitable, full-time education, and this was also "
    "fault.",
    "We consider that, but for the fault, Y would have received suitable education from the start of the spring "
    "term 2024. He therefore lost the spring, summer and autumn terms of 2024, with only limited tuition in two "
    "of them. Our guidance on remedies recommends a payment of between £900 and £2,400 for each term of lost "
    "education. Taking account of the tuition Y did receive, we recommend £1,800 for each of the three terms, "
    "£5,400 in all.",
])
s += [h2("The EHC plan")]
s += n([
    "The Council took seven weeks to decide to assess and 40 weeks to issue the final plan. Both were outside "
    "the statutory timescales, and this was fault. We cannot say that Y would have started at the Whinfell "
    "Centre sooner without the delay, as the centre had no place until January 2025. But Mrs X has been left "
    "with uncertainty about whether a suitable school could have been found earlier, which is an injustice to "
    "her.",
])
s += [h2("Speech and language therapy")]
s += n([
    "The Council's duty to secure the provision in section F is not removed by a vacancy at the organisation it "
    "commissions. The Council was at fault for failing to arrange therapy from January to April 2025, and Y lost "
    "13 sessions of therapy he was entitled to.",
])
s += [h2("Complaint handling")]
s += n([
    "The Council took 48 working days to respond at stage 1, against its own target of 10, and did not respond "
    "to Mrs X's request to escalate her complaint. This was fault, and it caused Mrs X avoidable time and "
    "trouble.",
])
s += [h2("Wider concerns")]
s += n([
    "We are concerned that the Medical Needs Tuition Service's criteria were not in line with the statutory "
    "guidance, and that the Council's records show 57 other referrals declined for the same reason. We are also "
    "concerned that fewer than a third of new EHC plans were issued on time in 2024. This is why we have decided "
    "to issue a public report and why we have recommended changes to the Council's procedures.",
])
s += [h1("Recommendations")]
s += n([
    "The Council must consider this report and confirm within three months the action it has taken or proposes "
    "to take. The Council should consider the report at its full Council, Cabinet or other appropriately "
    "delegated committee of elected members and we will require evidence of this. (Local Government Act 1974, "
    "section 31(2), as amended)",
    "Within one month of the date of this report, the Council should:",
])
s += lettered(REMEDY_MONTH)
s += n(["Within three months of the date of this report, the Council should:"])
s += lettered(REMEDY_THREE)
s += n([
    "The Council should provide us with evidence that it has complied with these recommendations.",
])
s += [h1("Decision")]
s += n([
    "We have completed our investigation. We find fault by the Council which caused injustice to Mrs X and Y. "
    "The Council has accepted our recommendations, and should take the action set out in this report to remedy "
    "that injustice.",
])
s += [
    sp(10),
    P("Nadia Pellerin-Shaw<br/>Deputy Ombudsman<br/>19 March 2026"),
    sp(10),
    P("Local Government and Social Care Ombudsman. This report is synthetic and was not issued by the "
      "Ombudsman.", SMALL),
]
build_pages(
    out,
    s,
    header_left="Investigation into a complaint against Ravensmoor Metropolitan Borough Council",
    header_right="24 018 377",
    footer_left="Final report",
    page_fmt="{n}",
    title="Report by the Local Government and Social Care Ombudsman: Ravensmoor Metropolitan Borough Council "
          "(24 018 377)",
    author="Local Government and Social Care Ombudsman",
)
print(out)
