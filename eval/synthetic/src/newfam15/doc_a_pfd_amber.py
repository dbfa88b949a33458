"""A coroner's Regulation 28 Report to Prevent Future Deaths, in the standard form the Chief Coroner publishes:
the form's title and note, THIS REPORT IS BEING SENT TO, then the numbered sections 1 CORONER, 2 CORONER'S LEGAL
POWERS, 3 INVESTIGATION and INQUEST, 4 CIRCUMSTANCES OF THE DEATH, 5 CORONER'S CONCERNS (the matters of concern
numbered (1), (2) ...), 6 ACTION SHOULD BE TAKEN, 7 YOUR RESPONSE (56 days, the date), 8 COPIES and PUBLICATION
and 9 the date and the coroner's signature; "Page n of N" footers. About the death of a 15-year-old girl who was
waiting for a CAMHS assessment; sent to a county council, a mental health trust and an integrated care board.
The coroner area, the council, the trust, the board, Amber, her family and all figures are fictional."""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common15 import *  # noqa: F401,F403

out = out_path("coroner-reports/Amber-Kettlewell-Prevention-of-future-deaths-report-2025-0587.pdf")

FT = ParagraphStyle("pfdtitle", parent=TITLE, fontSize=17, leading=22, alignment=1)
CENT = ParagraphStyle("pfdcent", parent=BODY, alignment=1)

s = [
    P("<b>Ref: 2025-0587</b>", SMALL),
    sp(10),
    Paragraph("REGULATION 28: REPORT TO PREVENT FUTURE DEATHS", FT),
    P("NOTE: This form is to be used <b>after</b> an inquest.", CENT),
    sp(8),
    P("This is a synthetic document created for testing purposes. The coroner area of Calderwick and Lowmere, "
      "Calderwick County Council, Fellside Partnership NHS Foundation Trust, NHS Calderwick and Lowmere "
      "Integrated Care Board, Amber, her family and everyone named in it are fictional.", SMALL),
    sp(6),
    table([["REGULATION 28 REPORT TO PREVENT DEATHS"]], widths=[170 * mm]),
    sp(6),
    P("<b>THIS REPORT IS BEING SENT TO:</b>", FORMB),
]
s += numbered([
    "Rachel Oduya, Chief Executive, Calderwick County Council",
    "Graham Stainforth, Chief Executive, Fellside Partnership NHS Foundation Trust",
    "Dr Sunita Marr, Chief Executive, NHS Calderwick and Lowmere Integrated Care Board",
], style=FORMN)
s += [
    form_head(1, "CORONER"),
    P("I am Dr Tobias Rendle, Senior Coroner for the coroner area of Calderwick and Lowmere.", FORMB),
    form_head(2, "CORONER'S LEGAL POWERS"),
    P("I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and regulations 28 "
      "and 29 of the Coroners (Investigations) Regulations 2013.", FORMB),
    form_head(3, "INVESTIGATION and INQUEST"),
    P("On 18 March 2025 I commenced an investigation into the death of Amber Rose Kettlewell, aged 15. The "
      "investigation concluded at the end of the inquest on 7 November 2025. The inquest was heard over five "
      "days, from 3 November 2025, without a jury.", FORMB),
    P("The conclusion of the inquest was a narrative conclusion:", FORMB),
    P("<i>Amber died as a result of her own deliberate act, intending to end her life. At the time of her death "
      "she was awaiting an urgent assessment by the Community Child and Adolescent Mental Health Service, which "
      "had not taken place seven weeks after it was requested. Information known to children's social care, her "
      "school and mental health services about the risk to Amber was not brought together, and no agency had a "
      "complete picture of that risk.</i>", FORMB),
    P("The medical cause of death was:", FORMB),
    P("1a Hanging", FORMB),
    form_head(4, "CIRCUMSTANCES OF THE DEATH"),
]
s += numbered([
    "Amber lived with her mother and her younger brother in Lowmere. She was a Year 10 pupil at Lowmere Academy, "
    "where she was described as a bright and kind student who loved art and wanted to become a vet. From the "
    "autumn of 2024 her mother and her school noticed that she had become withdrawn, and she disclosed to a "
    "teacher that she had been cutting herself.",
    "On 9 October 2024 Amber's GP referred her to the Community Child and Adolescent Mental Health Service "
    "(CAMHS) provided by Fellside Partnership NHS Foundation Trust. The referral was screened by the CAMHS "
    "single point of access on 16 October 2024, rated as low risk and placed on the waiting list for a routine "
    "assessment.",
    "On 2 January 2025 Amber attended the emergency department at Lowmere General Hospital after taking an "
    "overdose of paracetamol. She was medically fit for discharge the following day and was seen by the "
    "trust's all-age mental health liaison team, who wrote a safety plan with her and her mother and asked "
    "Community CAMHS to upgrade her referral to urgent. The trust's standard is that a child or young person "
    "referred urgently will be assessed within four weeks.",
    "On 21 January 2025 Amber told her head of year that she did not want to be alive. The school's designated "
    "safeguarding lead made a referral the same day to the Children's Front Door, the council's multi-agency "
    "safeguarding hub. The contact was reviewed by a social worker and closed on 28 January 2025 with advice to "
    "the school and a leaflet about the council's Early Help service for the family. No strategy discussion "
    "was held, and CAMHS was not told of the contact.",
    "Community CAMHS sent Amber's mother appointments for 24 February 2025 and 4 March 2025. Amber did not "
    "attend either appointment. On 6 March 2025 she was discharged back to her GP under the trust's Was Not "
    "Brought policy, which at that time provided for discharge after two missed first appointments. The "
    "discharge letter was sent to the GP only. Amber's mother told the inquest that she had not received the "
    "second appointment letter and did not know that Amber had been discharged.",
    "On the evening of 11 March 2025 Amber was found by her mother in her bedroom. Paramedics attended, but "
    "Amber was pronounced dead at the scene.",
])
s += [
    form_head(5, "CORONER'S CONCERNS"),
    P("During the course of the inquest the evidence revealed matters giving rise to concern. In my opinion there "
      "is a risk that future deaths will occur unless action is taken. In the circumstances it is my statutory "
      "duty to report to you.", FORMB),
    P("The <b>MATTERS OF CONCERN</b> are as follows:", FORMB),
]
CONCERNS = [
    "The waiting times for Community CAMHS in Calderwick are very long. The trust's Director of Operations told "
    "the inquest that the median wait from referral to first assessment was 31 weeks, that 1,140 children and "
    "young people were waiting for an assessment in October 2025, and that 286 of them had been waiting for more "
    "than a year. Children on the waiting list are not contacted while they wait, and no one checks whether their "
    "risk has changed. (To the trust and the integrated care board.)",
    "Urgent referrals are not being seen within the trust's own standard. Amber's referral was upgraded to urgent "
    "on 3 January 2025, but she was not offered an appointment until 24 February 2025. I heard that in the six "
    "months before the inquest only 38% of urgent referrals were assessed within four weeks. (To the trust.)",
    "When Amber's referral was first screened, it was rated as low risk using a risk stratification tool. The "
    "national guidance on self-harm from the National Institute for Health and Care Excellence advises that "
    "risk assessment tools and scales should not be used to predict future suicide or self-harm, or to decide "
    "who should be offered treatment. The trust's clinicians told me that the tool is still in use. (To the "
    "trust.)",
    "Amber was discharged under the Was Not Brought policy two days after her second missed appointment was "
    "due, although she had taken an overdose nine weeks earlier. No one contacted her mother by telephone, her "
    "school or children's social care before she was discharged, and the policy did not require them to. "
    "(To the trust.)",
    "The Children's Front Door closed the school's referral of 21 January 2025 without a strategy discussion, "
    "and without asking CAMHS or the GP what they knew. The social worker who reviewed the contact did not know "
    "that Amber had taken an overdose three weeks earlier. The Front Door service manager told the inquest that "
    "the service received an average of 74 contacts a day and that social workers were expected to make a "
    "decision on each contact within 24 hours. (To the council.)",
    "There is no agreed way for the council's children's social care, the trust and schools to share "
    "information about a child who has self-harmed. The safety plan written after Amber's overdose was not "
    "shared with her school, and the school's referral to the Front Door was not shared with CAMHS. Each "
    "agency held part of the picture, and none held all of it. (To the council, the trust and the integrated "
    "care board.)",
]
for i, c in enumerate(CONCERNS, 1):
    s.append(Paragraph(esc(c), FORMN, bulletText=f"({i})"))
s += [
    form_head(6, "ACTION SHOULD BE TAKEN"),
    P("In my opinion action should be taken to prevent future deaths and I believe you and your organisations "
      "have the power to take such action.", FORMB),
    form_head(7, "YOUR RESPONSE"),
    P("You are under a duty to respond to this report within 56 days of the date of this report, namely by "
      "14 January 2026. I, the coroner, may extend the period.", FORMB),
    P("Your response must contain details of action taken or proposed to be taken, setting out the timetable for "
      "action. Otherwise you must explain why no action is proposed.", FORMB),
    form_head(8, "COPIES and PUBLICATION"),
    P("I have sent a copy of my report to the Chief Coroner and to the following Interested Persons:", FORMB),
]
s += bullets([
    "Ms Dawn Kettlewell, Amber's mother",
    "Lowmere Academy",
    "Calderwick Safeguarding Children Partnership",
    "Calderwick and Lowmere Child Death Overview Panel",
    "NHS England",
    "The Care Quality Commission",
])
s += [
    P("I am also under a duty to send a copy of your response to the Chief Coroner and all interested persons who "
      "in my opinion should receive it.", FORMB),
    P("I may also send a copy of your response to any other person who I believe may find it useful or of "
      "interest.", FORMB),
    P("The Chief Coroner may publish either or both in a complete or redacted or summary form. He may send a copy "
      "of this report to any person who he believes may find it useful or of interest.", FORMB),
    P("You may make representations to me, the coroner, at the time of your response, about the release or the "
      "publication of your response by the Chief Coroner.", FORMB),
    form_head(9, "19 November 2025"),
    sp(14),
    P("<i>Tobias Rendle</i>", FORMB),
    P("Dr Tobias Rendle", FORMB),
    P("Senior Coroner for Calderwick and Lowmere", FORMB),
]
build15(out, s, header_left="Regulation 28: Report to Prevent Future Deaths", header_right="Amber Kettlewell",
        footer_left="Ref: 2025-0587", page_fmt="Page {n} of {total}",
        title="Regulation 28: Report to Prevent Future Deaths - Amber Kettlewell",
        author="Senior Coroner for Calderwick and Lowmere")
print(out)
