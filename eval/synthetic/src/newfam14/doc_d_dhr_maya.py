"""A Domestic Homicide Review (now Domestic Abuse Related Death Review) overview report published by a community
safety partnership, in the layout such reports use: cover with the victim's pseudonym, the independent chair and
author and the dates, contents, a preface, an introduction (the death, the criminal proceedings, pseudonyms chosen
with the family, timescales, confidentiality), terms of reference and methodology (period under review, key lines
of enquiry, the agencies and their contributions, the review panel, the independence of the chair, family
involvement, equality and diversity), background, a chronology of key events (a table), analysis by theme,
conclusions, lessons learned and numbered recommendations with lead agency and target date (a table), and a
glossary; "Page n of N" footers and numbered paragraphs 1.1, 1.2 ... The partnership, the agencies (other than the
Home Office), Maya, her family, Lewis and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common14 import *

out = out_path("domestic-homicide-reviews/Safer-Castlemere-DHR-Overview-Report-Maya-published-February-2026.pdf")

COVER = ParagraphStyle("cover14d", parent=TITLE, fontSize=24, leading=30)

RECS = [
    ("1", "Castlemere Community Safety Partnership should commission a specialist stalking advocacy service for "
          "Castlemere, so that victims of stalking by a former partner have an advocate trained in stalking.",
     "Castlemere Community Safety Partnership", "March 2027"),
    ("2", "Wessmoor Constabulary should make sure that officers ask the stalking screening questions whenever a "
          "victim reports unwanted contact from a former partner after separation, and should audit compliance "
          "every quarter.",
     "Wessmoor Constabulary", "December 2026"),
    ("3", "Wessmoor Constabulary should complete right to ask applications under the Domestic Violence "
          "Disclosure Scheme within 28 days, and should report its performance to the partnership every "
          "quarter.",
     "Wessmoor Constabulary", "September 2026"),
    ("4", "The Castlemere MARAC Steering Group should revise the MARAC referral criteria so that referrals on "
          "professional judgement are clearly encouraged, whatever the number of risk indicators.",
     "Castlemere MARAC Steering Group", "June 2026"),
    ("5", "Wessmoor and Castlemere Integrated Care Board should make domestic abuse training and a direct "
          "referral route to Haven Castlemere available to every GP practice in Castlemere.",
     "Wessmoor and Castlemere Integrated Care Board", "March 2027"),
    ("6", "Castlemere Hospitals NHS Foundation Trust should make sure that staff in its emergency department ask "
          "about domestic abuse when a patient attends with an injury, and record who accompanied the patient.",
     "Castlemere Hospitals NHS Foundation Trust", "December 2026"),
    ("7", "Wessmoor Constabulary should make sure that, when a suspect in a domestic abuse case is released "
          "under investigation rather than on bail, the reason for not using bail with conditions is recorded "
          "and reviewed by an inspector.",
     "Wessmoor Constabulary", "June 2026"),
    ("8", "The Home Office should consider whether the statutory guidance on the Domestic Violence Disclosure "
          "Scheme should set a maximum time within which a right to ask disclosure must be made.",
     "Home Office", "For the Home Office to consider"),
]

s = []
s += [
    P("<b>Safer Castlemere Partnership</b>", SUB),
    P("Castlemere Community Safety Partnership", SMALL),
    sp(50),
    Paragraph("Domestic Homicide Review", COVER),
    P("(Domestic Abuse Related Death Review)", SUB),
    sp(6),
    P("<b>Overview Report into the death of Maya</b>", SUB),
    P("who died in September 2023"),
    sp(16),
    P("Independent Chair and Author: Gillian Ashworth-Reed"),
    P("Report completed: April 2025"),
    P("<b>Published: February 2026</b>"),
    sp(90),
    P("This is a synthetic review created for testing purposes. The Safer Castlemere Partnership, the agencies in "
      "Castlemere and Wessmoor, Maya, her family, Lewis and all figures in this report are fictional.", SMALL),
    PageBreak(),
    h1("Contents"),
    table(
        [
            ["Preface", "3"],
            ["1. Introduction", "3"],
            ["2. Terms of reference and methodology", "3"],
            ["3. Background", "5"],
            ["4. Chronology of key events", "6"],
            ["5. Analysis", "6"],
            ["6. Conclusions", "8"],
            ["7. Lessons learned", "8"],
            ["8. Recommendations", "8"],
            ["Appendix: Glossary", "9"],
        ],
        widths=[145 * mm, 20 * mm],
        header=False,
    ),
    PageBreak(),
    h1("Preface"),
    P("The Independent Chair and the members of the review panel offer their deepest sympathy to Maya's family "
      "and friends. Maya was a loving mother, daughter and sister. Her family described her as 'the one who held "
      "everyone together', a talented hairdresser who had recently opened her own small salon, and someone who "
      "was always laughing."),
    P("The panel thanks Maya's mother and sister for the time they gave to the review, and for their honesty "
      "about what they saw and what they felt they could not change. The panel also thanks the practitioners "
      "who contributed, many of whom were deeply affected by Maya's death."),
    h1("1. Introduction"),
]
s += para_block("1", [
    "This review examines the contact that agencies had with Maya and with her former partner, Lewis, before "
    "Maya's death. On 9 September 2023 Maya, who was 34, was killed by Lewis at her home in Castlemere. Her two "
    "children, who were then aged nine and six, were staying with their grandmother that night.",
    "Lewis was convicted of Maya's murder at Castlemere Crown Court on 17 May 2024 and was sentenced to life "
    "imprisonment with a minimum term of 22 years.",
    "The names Maya and Lewis are pseudonyms. Maya's mother and sister chose the name Maya, which was the name "
    "of her grandmother, and they agreed to its use in this report. Lewis's pseudonym was chosen by the panel. "
    "The children are not named.",
    "The review was commissioned under section 9 of the Domestic Violence, Crime and Victims Act 2004. Reviews "
    "of this kind are now known as Domestic Abuse Related Death Reviews. The chair of the Castlemere Community "
    "Safety Partnership decided on 22 September 2023 that a review should be held, and the Home Office was "
    "notified on 27 September 2023.",
    "The review panel met seven times between 30 November 2023 and 12 March 2025. The review was paused "
    "between January and May 2024 while the criminal trial took place. The overview report was agreed by the "
    "partnership on 2 April 2025 and was submitted to the Home Office Quality Assurance Panel, which approved "
    "it for publication in a letter dated 10 October 2025.",
    "The findings of the review are confidential until publication. Information was shared with the panel "
    "only for the purposes of the review.",
])
s += [h1("2. Terms of reference and methodology")]
N2 = Numberer("2")
s += N2([
    "The review considered agencies' contact with Maya and Lewis from 1 January 2020, shortly before their "
    "relationship began, to 9 September 2023. Agencies were also asked to summarise any relevant contact with "
    "Lewis before 2020, including his history of abuse towards previous partners.",
    "The key lines of enquiry were:",
])
s += bullets([
    "What did agencies know about the abuse Maya experienced, and how well did they identify and assess the "
    "risk Lewis posed to her?",
    "How well did agencies recognise and respond to stalking after Maya ended the relationship?",
    "How effectively was information shared between agencies, including through the Domestic Violence "
    "Disclosure Scheme and the MARAC?",
    "What barriers did Maya face in seeking help, and what did her family and friends know?",
    "How well were the needs of Maya's children considered?",
])
s += [h2("Agencies that contributed to the review")]
s += N2([
    "Eight agencies provided Individual Management Reviews (IMRs) and chronologies, and four more provided "
    "summary reports. The agencies and their contributions are listed below.",
])
s += [
    table(
        [
            ["Agency", "Contribution"],
            ["Wessmoor Constabulary", "IMR and chronology"],
            ["Haven Castlemere (independent domestic violence advisers)", "IMR and chronology"],
            ["Castlemere Hospitals NHS Foundation Trust", "IMR and chronology"],
            ["Millbrook Surgery (on behalf of Wessmoor and Castlemere Integrated Care Board)", "IMR and chronology"],
            ["Castlemere Borough Council children's social care", "IMR and chronology"],
            ["Castlemere Borough Council housing options", "IMR and chronology"],
            ["The Probation Service, Wessmoor", "IMR and chronology"],
            ["St Aidan's Primary School", "IMR and chronology"],
            ["Castlemere Homes (housing association)", "Summary report"],
            ["Wessmoor Ambulance Service", "Summary report"],
            ["Castlemere Talking Therapies", "Summary report"],
            ["Castlemere MARAC co-ordinator", "Summary report"],
        ],
        widths=[115 * mm, 55 * mm],
    ),
    sp(6),
    h2("The review panel and the Independent Chair"),
]
s += N2([
    "The panel was made up of senior representatives of the agencies above who had no direct involvement with "
    "Maya or Lewis, together with a representative of a specialist domestic abuse charity. The panel was "
    "chaired by the Independent Chair, who also wrote this report.",
    "Gillian Ashworth-Reed is an independent consultant who has chaired domestic homicide reviews since 2016. "
    "She was previously a senior manager in a probation trust. She has never worked for any agency in "
    "Castlemere or Wessmoor, and has no connection with Maya, Lewis or their families.",
])
s += [h2("Involvement of family and friends")]
s += N2([
    "The Chair met Maya's mother and sister three times, with the support of a specialist advocate from AAFDA "
    "(Advocacy After Fatal Domestic Abuse). They read the draft report and their comments are reflected in it. "
    "Two of Maya's friends and a colleague at her salon also spoke to the Chair.",
    "Lewis was written to in prison and invited to take part. He did not reply.",
])
s += [h2("Equality and diversity")]
s += N2([
    "The panel considered the protected characteristics under the Equality Act 2010. Maya was a White British "
    "woman, and her sex was the most relevant characteristic: the great majority of victims of domestic "
    "homicide by a partner or former partner are women. The panel found no evidence that any other protected "
    "characteristic affected the services Maya received.",
])
s += [h1("3. Background")]
s += para_block("3", [
    "Maya grew up in Castlemere and lived there all her life. She had two children from a previous "
    "relationship. She met Lewis, who was then 35, in February 2020, and he moved into her rented home in "
    "September 2021.",
    "Lewis was known to Wessmoor Constabulary for domestic abuse against two previous partners. In 2016 he was "
    "convicted of assaulting a former partner and was supervised by the Probation Service until 2018. In 2018 a "
    "Domestic Violence Protection Order was made against him to protect a second partner.",
    "Maya's family said that Lewis was charming at first but became controlling within months of moving in. He "
    "checked Maya's phone, took over her bank card and discouraged her from seeing her friends. Her sister said: "
    "'She stopped coming to Sunday dinner. She always had an excuse.'",
    "Maya ended the relationship on 24 March 2023 and Lewis moved out. From then until her death Lewis "
    "repeatedly contacted Maya and turned up where she was. An analysis of Maya's phone for the criminal trial "
    "found that Lewis made 412 calls and sent 1,186 messages to her between 24 March and 9 September 2023.",
])
s += [h1("4. Chronology of key events")]
s += [
    table(
        [
            ["Date", "Event"],
            ["14 February 2022", "A neighbour calls the police about shouting at Maya's home. Maya says there has "
                                 "been an argument. The officer completes a risk assessment (DASH), graded "
                                 "standard risk."],
            ["3 August 2022", "Maya attends the emergency department with a fractured wrist and says she fell "
                              "down the stairs. Lewis is with her. She is not asked about domestic abuse."],
            ["11 January 2023", "Maya's mother applies to Wessmoor Constabulary under the Domestic Violence "
                                "Disclosure Scheme ('right to ask')."],
            ["13 March 2023", "The police tell Maya about Lewis's history of abuse, 61 days after her mother's "
                              "application."],
            ["24 March 2023", "Maya ends the relationship and Lewis moves out."],
            ["2 May 2023", "Maya reports to the police that Lewis is calling her constantly and waiting outside "
                           "her salon. The DASH risk assessment records 13 'yes' answers and is graded medium "
                           "risk. No referral is made to the MARAC."],
            ["8 May 2023", "Maya refers herself to Haven Castlemere. An IDVA is allocated."],
            ["19 June 2023", "Maya tells her GP she is anxious and not sleeping because her ex-partner 'won't "
                             "leave her alone'. She is prescribed medication."],
            ["30 June 2023", "Maya is granted a non-molestation order, with the help of her IDVA."],
            ["6 July 2023", "The school's designated safeguarding lead sees Lewis at the school gate and tells "
                            "Maya."],
            ["28 July 2023", "Maya reports to the police that Lewis has breached the non-molestation order by "
                             "sending her messages."],
            ["2 August 2023", "Lewis is arrested and interviewed. He is released under investigation, with no "
                              "bail conditions."],
            ["9 September 2023", "Lewis kills Maya at her home."],
        ],
        widths=[35 * mm, 135 * mm],
    ),
    sp(6),
    h1("5. Analysis"),
    h2("Risk assessment and the police response"),
]
N5 = Numberer("5")
s += N5([
    "When the police attended in February 2022, Maya was seen with Lewis in the room for part of the time. The "
    "officer recorded that Maya 'did not want to engage'. The panel found that the officer did not check "
    "Lewis's history, which would have shown his previous conviction and the 2018 Domestic Violence Protection "
    "Order. With that information, the risk would have been assessed as higher.",
    "When Maya reported Lewis's behaviour on 2 May 2023, the DASH risk assessment recorded 13 'yes' answers, "
    "one below the threshold of 14 that Castlemere used for an automatic referral to the MARAC. The officer "
    "could have referred Maya on professional judgement, given Lewis's history and the recent separation, but "
    "did not. The panel considers that Maya should have been referred to the MARAC in May 2023.",
])
s += [h2("Stalking")]
s += N5([
    "None of the agencies that had contact with Maya after she ended the relationship identified Lewis's "
    "behaviour as stalking. The police recorded the report of 2 May 2023 as harassment, and the stalking "
    "screening questions were not asked. Separation, stalking and a history of abuse of previous partners are "
    "all recognised as indicators of increased risk of homicide.",
    "Castlemere has no specialist stalking advocacy service. The IDVA allocated to Maya told the panel that she "
    "had not received training in stalking, and that her caseload at the time was 118 cases, against Haven "
    "Castlemere's target of 80.",
])
s += [h2("The Domestic Violence Disclosure Scheme")]
s += N5([
    "Maya's mother applied under the 'right to ask' on 11 January 2023 because she was frightened for her "
    "daughter. The disclosure was not made until 13 March 2023, 61 days later. Wessmoor Constabulary told the "
    "panel that its own target is 28 days, and that a backlog had built up because the unit had two vacant "
    "posts.",
    "Maya's mother told the Chair: 'When they finally told her, she believed them. She ended it within two "
    "weeks. I will always wonder what would have happened if she had known in January.'",
])
s += [h2("Health services")]
s += N5([
    "When Maya attended the emergency department in August 2022 with a fractured wrist, Lewis stayed with her "
    "throughout, and she was not seen alone. The notes do not record who accompanied her. Staff did not ask "
    "about domestic abuse, although the trust's policy says they should when a patient attends with an injury.",
    "At her GP appointment on 19 June 2023, Maya said that her ex-partner would not leave her alone. The GP did "
    "not ask about domestic abuse and did not refer Maya to Haven Castlemere or ask whether she had support. "
    "The GP told the panel that the appointment was ten minutes long and that she had focused on Maya's sleep "
    "and anxiety. Millbrook Surgery has not taken part in any domestic abuse training programme for GP "
    "practices.",
])
s += [h2("Maya's children")]
s += N5([
    "The school's designated safeguarding lead acted appropriately when she saw Lewis at the school gate, and "
    "the school increased supervision at the end of the day. The school did not know about the police "
    "involvement in May 2023, because no notification was sent to the school after that incident.",
    "Children's social care had no contact with the family during the period under review. The panel found "
    "that, had a MARAC referral been made, children's social care would have been told about the risk to "
    "Maya's household.",
])
s += [h2("Release under investigation")]
s += N5([
    "After his arrest on 2 August 2023, Lewis was released under investigation rather than on bail. This meant "
    "that there were no conditions preventing him from contacting Maya or going near her home, other than the "
    "non-molestation order he had already breached. The custody record does not record why bail was not "
    "considered.",
])
s += [h1("6. Conclusions")]
s += para_block("6", [
    "The panel cannot say that Maya's death could have been prevented. Lewis alone is responsible for her "
    "death. However, there were missed opportunities to recognise the danger Maya was in, and to protect her, "
    "in the months after she ended the relationship.",
    "In particular, the panel concludes that Lewis's behaviour after the separation was stalking and should "
    "have been recognised as such; that Maya should have been referred to the MARAC in May 2023; that the delay "
    "in the disclosure under the Domestic Violence Disclosure Scheme meant Maya learnt of Lewis's history two "
    "months later than she could have done; and that health services missed two chances to ask Maya about "
    "domestic abuse.",
])
s += [h1("7. Lessons learned")]
s += numbered([
    "Separation is a time of heightened risk. Agencies must treat a victim's report of unwanted contact from a "
    "former partner as possible stalking, and ask the stalking screening questions.",
    "A risk assessment score is a guide, not a substitute for professional judgement. A perpetrator's history "
    "of abuse of previous partners must be taken into account.",
    "Delays in the Domestic Violence Disclosure Scheme can leave a victim without information she needs to "
    "make decisions about her safety.",
    "Every contact with health services is an opportunity to ask about domestic abuse, and patients should be "
    "seen alone for at least part of any appointment where there is an injury.",
    "When a suspect is released under investigation, victims can be left without the protection that bail "
    "conditions would give them.",
])
s += [h1("8. Recommendations")]
s += para_block("8", [
    "The panel makes the following recommendations. Each agency has also made single-agency recommendations in "
    "its IMR, which are set out in the action plan held by the Safer Castlemere Partnership. The partnership "
    "will monitor progress on all the recommendations and will report on it in its annual report.",
])
s += [
    table([["No.", "Recommendation", "Lead agency", "Target date"]] + [list(r) for r in RECS],
          widths=[12 * mm, 95 * mm, 38 * mm, 25 * mm]),
    sp(8),
    h1("Appendix: Glossary"),
    table(
        [
            ["Term", "Meaning"],
            ["DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk identification "
                     "checklist"],
            ["DVDS", "Domestic Violence Disclosure Scheme, also known as Clare's Law"],
            ["IDVA", "Independent domestic violence adviser"],
            ["IMR", "Individual Management Review"],
            ["MARAC", "Multi-agency risk assessment conference, a meeting at which agencies share information "
                      "about victims at high risk of serious harm and agree a safety plan"],
            ["Released under investigation", "Released from police custody without bail while an "
                                             "investigation continues, and without conditions"],
        ],
        widths=[45 * mm, 125 * mm],
    ),
    sp(10),
    P("Safer Castlemere Partnership, February 2026. This review is synthetic and was not produced by any real "
      "community safety partnership.", SMALL),
]
build9(
    out,
    s,
    header_left="Safer Castlemere Partnership",
    header_right="Domestic Homicide Review: Maya",
    footer_left="OFFICIAL",
    page_fmt="Page {n} of {total}",
    title="Domestic Homicide Review Overview Report into the death of Maya",
    author="Safer Castlemere Partnership",
)
print(out)
