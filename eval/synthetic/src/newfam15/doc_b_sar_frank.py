"""A Safeguarding Adults Review (SAR) published by a safeguarding adults board, in the layout such reviews use:
cover with the adult's pseudonym, the independent reviewer and the dates, contents, a foreword by the board's
independent chair, an introduction (the statutory basis under section 44 of the Care Act 2014, the decision to
hold the review, the pseudonym chosen by the family), methodology (period under review, terms of reference, the
agencies and their contributions, the practitioner learning event, family involvement, the reviewer's
independence), a pen picture of the adult, a chronology of key events (a table), findings by theme (self-neglect,
the Mental Capacity Act, hoarding and fire risk, home oxygen, multi-agency risk management meetings, alcohol,
family), good practice, conclusions, recommendations numbered to the board and to named agencies, and the
board's response with its action plan; numbered paragraphs 1.1, 1.2 ... and "Page n of N" footers. The board,
the agencies, Frank, his family and all figures are fictional."""

import copy
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common15 import *  # noqa: F401,F403

out = out_path("safeguarding-adults-reviews/Brindlecombe-SAB-Safeguarding-Adults-Review-Frank-January-2026.pdf")

COVER = ParagraphStyle("cover15b", parent=TITLE, fontSize=26, leading=32)

RECS = [
    ("The Board should revise its Self-Neglect and Hoarding Policy so that a person who self-neglects and is at "
     "risk of serious harm is referred to a Multi-Agency Risk Management (MARM) meeting, whatever their "
     "apparent capacity, and so that any agency can convene one.", "Brindlecombe Safeguarding Adults Board"),
    ("The Board should seek assurance, through a multi-agency audit within twelve months, that safeguarding "
     "concerns about self-neglect are not closed as a lifestyle choice without a conversation with the person "
     "and the agencies involved.", "Brindlecombe Safeguarding Adults Board"),
    ("Brindlecombe Council Adult Social Care should make sure that, when a person is repeatedly referred "
     "because of self-neglect, the pattern of concerns is considered and not only the latest one.",
     "Brindlecombe Council Adult Social Care"),
    ("All partner agencies should train their practitioners to assess executive capacity, so that a person's "
     "ability to carry out a decision, and not only to describe it, is taken into account in a mental capacity "
     "assessment.", "All partner agencies"),
    ("Brindlecombe Community Health NHS Trust should make sure that its Home Oxygen Assessment and Review "
     "Service calls a multi-agency meeting, including the fire service, whenever a patient using home oxygen "
     "is known to smoke.", "Brindlecombe Community Health NHS Trust"),
    ("Hallamby Fire and Rescue Service should make sure that, when a Safe and Well visit records a Clutter "
     "Image Rating of 7 or more, a follow-up visit is booked within three months and the person's GP is told.",
     "Hallamby Fire and Rescue Service"),
    ("Brindlecombe Recovery Partnership should not discharge a person who self-neglects for not attending "
     "without first discussing the discharge with the agency that referred them.",
     "Brindlecombe Recovery Partnership"),
    ("The Board should write to the Department of Health and Social Care asking it to consider national "
     "guidance on the withdrawal of home oxygen where a patient continues to smoke.",
     "Brindlecombe Safeguarding Adults Board"),
    ("The Board should make sure that families are told how to raise a concern and how to ask for a MARM "
     "meeting, and that this information is on the Board's website.", "Brindlecombe Safeguarding Adults Board"),
]

TOC = [
    "Foreword by the Independent Chair of the Board",
    "1. Introduction",
    "2. Methodology and terms of reference",
    "3. Frank: a pen picture",
    "4. Chronology of key events",
    "5. Findings",
    "6. Good practice",
    "7. Conclusions",
    "8. Recommendations",
    "9. The Board's response",
    "Appendix: Glossary",
]

s = [
    P("<b>Brindlecombe Safeguarding Adults Board</b>", SUB),
    sp(50),
    Paragraph("Safeguarding Adults Review", COVER),
    P("<b>Frank</b>", SUB),
    sp(6),
    P("A review under section 44 of the Care Act 2014 following the death of Frank in a house fire in "
      "February 2025"),
    sp(16),
    P("Independent Reviewer: Dr Helena Marchbank"),
    P("Report presented to the Board: 4 December 2025"),
    P("<b>Published: 27 January 2026</b>"),
    sp(120),
    P("This is a synthetic review created for testing purposes. Brindlecombe Safeguarding Adults Board, the "
      "agencies in Brindlecombe and Hallamby, Frank, his family and all figures in this report are fictional.",
      SMALL),
    PageBreak(),
    h1("Contents"),
    "CONTENTS",
    sp(10),
    h1("Foreword by the Independent Chair of the Board"),
    P("Frank died in a fire at his home. Many people from many agencies knew him, cared about him and worried "
      "about him. They recorded what they saw: the clutter that filled his house, the cigarettes he smoked "
      "beside his oxygen, the scorch marks on his chair. What this review shows is that knowing was not enough. "
      "No one brought those worries together, and no one took charge of them."),
    P("I want to thank Frank's brother and niece, who have helped us to understand who Frank was, and the "
      "practitioners who spoke honestly about their work with him. The Board accepts all of the recommendations "
      "in this report, and our response is set out at the end of it."),
    P("Marcus Olabode, Independent Chair, Brindlecombe Safeguarding Adults Board"),
    h1("1. Introduction"),
]
s += para_block("1", [
    "Frank was 74 when he died on 3 February 2025 in a fire at the terraced house in Brindlecombe where he had "
    "lived alone for more than 30 years. Hallamby Fire and Rescue Service found that the fire most probably "
    "started with smoking materials in his living room, and that the oxygen he used for his lung condition "
    "made it spread very quickly. An inquest on 16 September 2025 recorded a conclusion of accidental death.",
    "Under section 44 of the Care Act 2014, a safeguarding adults board must arrange a review when an adult in "
    "its area with needs for care and support dies as a result of abuse or neglect, including self-neglect, "
    "and there is concern that partner agencies could have worked together more effectively to protect the "
    "adult.",
    "Hallamby Fire and Rescue Service referred Frank's death to the Board on 18 February 2025. The Board's "
    "Safeguarding Adults Review Subgroup considered the referral on 12 March 2025 and recommended that the "
    "criteria for a mandatory review were met. The Independent Chair of the Board agreed on 19 March 2025.",
    "Frank is a pseudonym. His brother chose it because it was their father's name. Other people are "
    "described by their roles.",
])
s += [h1("2. Methodology and terms of reference")]
N2 = Numberer("2")
s += N2([
    "The review considered agencies' involvement with Frank from 1 April 2023, when the first safeguarding "
    "concern about him was raised, to his death on 3 February 2025.",
    "The Board commissioned Dr Helena Marchbank, an independent social work consultant, to lead the review and "
    "write this report. Dr Marchbank has carried out safeguarding adults reviews since 2015. She has never "
    "worked for any of the agencies involved.",
    "The review used a hybrid methodology drawing on the Learning Together model of the Social Care Institute "
    "for Excellence. Eleven agencies provided chronologies and a short analysis of their involvement, and the "
    "reviewer read Frank's records. A practitioner learning event on 10 July 2025 was attended by 21 "
    "practitioners and managers who had worked with Frank. A review panel of senior managers from the agencies "
    "met five times to oversee the review.",
    "The key lines of enquiry were:",
])
s += bullets([
    "How well did agencies recognise and respond to Frank's self-neglect and hoarding?",
    "How was the Mental Capacity Act 2005 applied in decisions about Frank's care, his home and his smoking?",
    "How did agencies assess and manage the fire risk created by smoking while using home oxygen?",
    "How effectively did agencies share information and use the Board's multi-agency risk management process?",
    "How were Frank's wishes and those of his family taken into account?",
])
s += N2(["The agencies that contributed to the review were:"])
s += [
    table([
        ["Agency", "Involvement with Frank"],
        ["Brindlecombe Council Adult Social Care", "Safeguarding concerns, care and support assessment"],
        ["Brindlecombe Council Environmental Health", "Complaint from a neighbour about the garden"],
        ["Hallamby Fire and Rescue Service", "Safe and Well visits, the fire"],
        ["Brindlecombe Community Health NHS Trust", "District nursing, Home Oxygen Assessment and Review Service"],
        ["Castle Street Medical Practice", "GP"],
        ["Airwell Healthcare", "Home oxygen supplier"],
        ["Brindlecombe Recovery Partnership", "Alcohol treatment"],
        ["Hallamby Police", "Welfare checks"],
        ["North Hallamby Ambulance Service", "Emergency calls"],
        ["Brindlecombe General Hospital", "Admissions"],
        ["Brindlecombe Homes and Communities", "Handyperson service"],
    ], widths=[85 * mm, 85 * mm]),
    sp(6),
]
s += N2([
    "The reviewer met Frank's brother and his niece twice. They read the draft report and their views are "
    "included in it.",
])
s += [h1("3. Frank: a pen picture")]
s += para_block("3", [
    "Frank worked for 35 years as a printer at a local newspaper. His brother described him as 'clever, stubborn "
    "and very funny', a man who read two newspapers a day and could tell you the result of every Brindlecombe "
    "Rovers match since 1962. He never married. After his mother died in 2009 he became increasingly isolated.",
    "Frank had chronic obstructive pulmonary disease (COPD), and from March 2024 he was prescribed long-term "
    "oxygen therapy for 15 hours a day. He had leg ulcers, which were dressed by district nurses twice a week "
    "from May 2024. He told a district nurse that he drank about eight cans of strong lager a day, and he had "
    "smoked since he was 14.",
    "Frank's house was filled with newspapers, boxes and bags. He slept in his armchair in the living room "
    "because his bedroom could not be reached. He repeatedly told professionals that he did not want help and "
    "wanted to be left alone.",
])
s += [
    h1("4. Chronology of key events"),
    table([
        ["Date", "Event"],
        ["April 2023", "A neighbour raises a safeguarding concern about the smell from Frank's house. Closed by "
                       "Adult Social Care after a telephone call: lifestyle choice."],
        ["November 2023", "Police welfare check after Frank is not seen for a week. Officers note the clutter "
                          "and raise a safeguarding concern. Closed: no care and support needs identified."],
        ["March 2024", "Frank is prescribed long-term oxygen therapy by the Home Oxygen Assessment and Review "
                       "Service. He signs a consent form agreeing not to smoke."],
        ["May 2024", "District nurses begin twice-weekly visits to dress leg ulcers."],
        ["June 2024", "Airwell Healthcare's engineer reports that Frank is smoking and that there are scorch "
                      "marks on his armchair. The supplier tells the oxygen service and the fire service."],
        ["14 August 2024", "Safe and Well visit by the fire service: Clutter Image Rating 7 in the living room "
                           "and 9 in the bedroom. Smoke alarms fitted and fire-retardant bedding supplied."],
        ["22 October 2024", "A social worker assesses Frank's capacity to decide whether to accept a clean of "
                            "his home and finds that he has capacity. He refuses the clean."],
        ["11 December 2024", "A professionals' meeting is cancelled because the social worker is off sick. It "
                             "is not rearranged."],
        ["3 February 2025", "Frank dies in a fire at his home."],
    ], widths=[35 * mm, 135 * mm]),
    sp(6),
    h1("5. Findings"),
    h2("Finding 1: Self-neglect was seen, but treated as a lifestyle choice"),
]
N5 = Numberer("5")
s += N5([
    "Seven safeguarding concerns were raised about Frank during the period under review, by a neighbour, the "
    "police, the fire service, district nurses and the oxygen supplier. Five of the seven were closed by Adult "
    "Social Care at the point of contact, without a section 42 enquiry, most often with the words 'lifestyle "
    "choice' or 'no care and support needs'.",
    "Each concern was looked at on its own. No one looked at the pattern: seven concerns from five agencies "
    "about the same man in 22 months. The Board's Self-Neglect and Hoarding Policy says that repeated concerns "
    "should trigger a multi-agency discussion. That did not happen.",
    "Frank's wish to be left alone was respected, which is right. But respecting a person's choices does not "
    "mean leaving them alone with risk. Practitioners at the learning event said that they felt they had 'run "
    "out of options' once Frank said no.",
])
s += [h2("Finding 2: The Mental Capacity Act was not used to its full extent")]
s += N5([
    "Frank's capacity was assumed in almost every contact, as the Mental Capacity Act 2005 requires. But the "
    "presumption of capacity was not revisited when there was reason to doubt it. Only one formal mental "
    "capacity assessment was carried out, on 22 October 2024, and it concerned a single decision: whether to "
    "accept a clean of his home.",
    "That assessment recorded that Frank understood the risks of the clutter and could explain what he would do "
    "about it. It did not consider that Frank had said the same thing many times and had never done it. "
    "Practitioners did not consider whether Frank had executive capacity: the ability to put a decision into "
    "practice.",
    "No assessment was ever made of Frank's capacity to decide to smoke while using home oxygen, although this "
    "was the decision that carried the greatest risk to his life.",
])
s += [h2("Finding 3: Hoarding and fire risk")]
s += N5([
    "The fire service's Safe and Well visit on 14 August 2024 was thorough. The crew recorded a Clutter Image "
    "Rating of 7 in the living room and 9 in the bedroom, fitted three smoke alarms and supplied fire-retardant "
    "bedding and a throw for Frank's armchair. They made a safeguarding referral the same day.",
    "However, no follow-up visit was booked, and the fire service did not tell Frank's GP or the oxygen service "
    "about the visit. When the fire service attended on 3 February 2025, two of the three smoke alarms had "
    "been disconnected.",
    "Environmental Health received a complaint from a neighbour about the state of Frank's garden in September "
    "2024. An officer visited and wrote to Frank, but did not know about the other agencies' concerns.",
])
s += [h2("Finding 4: Home oxygen and smoking")]
s += N5([
    "Frank signed a consent form in March 2024 agreeing not to smoke while using oxygen. When Airwell "
    "Healthcare's engineer reported in June 2024 that he was smoking, the Home Oxygen Assessment and Review "
    "Service considered withdrawing his oxygen, but decided not to, because Frank's breathlessness without it "
    "would itself have put his life at risk.",
    "The reviewer recognises that this was a very difficult clinical decision. But it was taken by the oxygen "
    "service alone, and it was not revisited. No multi-agency discussion took place about how the fire risk "
    "could be reduced, for example with fire-safe oxygen equipment, a fire suppression system or more frequent "
    "visits.",
])
s += [h2("Finding 5: Multi-agency risk management meetings were not used")]
s += N5([
    "Brindlecombe has had a Multi-Agency Risk Management (MARM) framework since 2022, for adults who are at risk "
    "of serious harm but do not meet the threshold for a section 42 enquiry or decline support. No MARM meeting "
    "was ever held for Frank.",
    "A professionals' meeting was arranged for 11 December 2024, but it was cancelled because the allocated "
    "social worker was off sick, and it was never rearranged. Frank died eight weeks later.",
    "Practitioners at the learning event said that they thought only Adult Social Care could call a MARM "
    "meeting. The Board's own audit found that only nine MARM meetings were held across Brindlecombe in "
    "2023-24.",
])
s += [h2("Finding 6: Alcohol, and not being brought back in")]
s += N5([
    "Frank was referred to Brindlecombe Recovery Partnership twice, in September 2023 and July 2024. On both "
    "occasions he was discharged after missing three appointments, and the referrer was told only by letter.",
])
s += [h2("Finding 7: Frank's family")]
s += N5([
    "Frank's brother told the reviewer that he had rung Adult Social Care twice in 2024 to say that he was "
    "frightened Frank would die in a fire. He said: 'Everyone could see what was happening. Everybody wrote it "
    "down, and nobody did anything.' The review found a record of one of those calls, which was not passed to "
    "the social worker.",
])
s += [h1("6. Good practice")]
s += bullets([
    "The district nurses kept visiting Frank twice a week for nine months, and built a trusting relationship "
    "with him.",
    "Airwell Healthcare reported the scorch marks to both the oxygen service and the fire service on the same "
    "day.",
    "The fire service's Safe and Well visit of 14 August 2024 was detailed and led to a prompt safeguarding "
    "referral.",
])
s += [h1("7. Conclusions")]
s += para_block("7", [
    "Frank's death in a fire was foreseeable, and it was foreseen: several practitioners told the reviewer that "
    "they had feared it. The reviewer cannot say that Frank's death could have been prevented, because he did "
    "not want to stop smoking or to leave his home. But the risk could have been reduced if agencies had come "
    "together, shared what they knew and agreed a plan with Frank.",
])
s += [
    h1("8. Recommendations"),
    P("The reviewer makes the following recommendations to the Board and to partner agencies."),
    table([["No.", "Recommendation", "To"]] + [[str(i), r, t] for i, (r, t) in enumerate(RECS, 1)],
          widths=[12 * mm, 113 * mm, 45 * mm]),
    sp(8),
    h1("9. The Board's response"),
]
s += para_block("9", [
    "The Board thanks Dr Marchbank for this review, and accepts all nine recommendations. The Board's SAR "
    "Subgroup will monitor an action plan, which will be published on the Board's website, and the Board will "
    "report on progress in its annual report.",
    "The Board has already taken the following action. In October 2025 it published a revised Self-Neglect and "
    "Hoarding Policy, which makes clear that any agency can call a MARM meeting. Between September and "
    "November 2025, 240 practitioners attended the Board's training on self-neglect and executive capacity. "
    "Brindlecombe Community Health NHS Trust and Hallamby Fire and Rescue Service have agreed a joint protocol "
    "for patients who smoke while using home oxygen, which took effect on 1 December 2025.",
    "The Board will repeat its audit of MARM meetings in 2026-27 and will report the results to the Board in "
    "March 2027.",
])
s += [
    h1("Appendix: Glossary"),
    table([
        ["Term", "Meaning"],
        ["Clutter Image Rating", "A set of nine pictures of rooms used to rate the level of clutter in a home, "
                                 "from 1 (no clutter) to 9"],
        ["Executive capacity", "The ability to carry out a decision, not only to understand and describe it"],
        ["MARM", "Multi-Agency Risk Management meeting"],
        ["Section 42 enquiry", "An enquiry under section 42 of the Care Act 2014 into whether an adult is "
                               "experiencing, or is at risk of, abuse or neglect"],
        ["Self-neglect", "A failure to care for one's own health, hygiene or surroundings, including hoarding"],
    ], widths=[45 * mm, 125 * mm]),
]
build_with_contents(out, lambda pages: [contents(TOC, pages) if f == "CONTENTS" else f for f in copy.deepcopy(s)], header_left="Brindlecombe Safeguarding Adults Board", header_right="Safeguarding Adults Review: Frank",
        footer_left="Brindlecombe SAB", page_fmt="Page {n} of {total}",
        title="Safeguarding Adults Review: Frank", author="Brindlecombe Safeguarding Adults Board")
print(out)
