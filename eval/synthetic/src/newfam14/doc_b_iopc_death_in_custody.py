"""An Independent Office for Police Conduct (IOPC) independent investigation report into a death following police
custody, in the layout of the IOPC's published final reports: cover with the IOPC reference, the dates of
completion and publication, a note on publication and anonymity, about the IOPC, a summary, terms of reference,
the subjects of the investigation and their notices (a table), the policies considered, a chronology (a table
of times), the post-mortem and expert evidence, findings on each subject with the decision maker's opinion on
whether there is a case to answer for misconduct or gross misconduct, the criminal referral, the outcome of the
proceedings, and learning recommendations under paragraph 28A of Schedule 3 to the Police Reform Act 2002 with
the responses. Sections in numbered paragraphs 1.1, 1.2 ... The force, the custody suite, the family, the
officers and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common14 import *

out = out_path("iopc-investigations/IOPC-investigation-report-death-of-Darren-Hollis-Eastwold-Police-2025-021847.pdf")

COVER = ParagraphStyle("cover14b", parent=TITLE, fontSize=22, leading=28)

RECS = [
    ("Recommendation 1", "Eastwold Police",
     "Eastwold Police should ensure that every custody sergeant and detention officer completes refresher "
     "training on rousing checks, which makes clear that a check is complete only when the detainee has given a "
     "verbal or physical response, and that looking through the cell hatch is not a rousing check."),
    ("Recommendation 2", "Eastwold Police",
     "Eastwold Police should introduce a monthly dip sample, by custody inspectors, of cell CCTV against the "
     "observations recorded on the custody record, in each of its custody suites."),
    ("Recommendation 3", "Eastwold Police",
     "Eastwold Police should review its custody healthcare contract so that a healthcare professional is "
     "available to attend Marlby Police Investigation Centre within 30 minutes at any time of the day or night."),
    ("Recommendation 4", "College of Policing",
     "The College of Policing should consider amending the Authorised Professional Practice on detention and "
     "custody to state expressly that a detainee who is intoxicated and may have a head injury should be "
     "assessed by a healthcare professional before a rousing regime is set."),
]

s = []
s += [
    P("<b>IOPC</b> Independent Office for Police Conduct", SUB),
    sp(50),
    Paragraph("Independent investigation into the death of Mr Darren Hollis following his detention at Marlby "
              "Police Investigation Centre, Eastwold Police, on 15 March 2025", COVER),
    sp(10),
    P("Investigation report", SUB),
    sp(10),
    kv([
        ("IOPC reference", "2025/021847"),
        ("Investigation completed", "29 October 2025"),
        ("Report published", "24 March 2026"),
    ]),
    sp(110),
    P("This is a synthetic report created for testing purposes. Eastwold Police, Marlby Police Investigation "
      "Centre, Mr Hollis and his family, the officers and staff and all figures in this report are fictional.",
      SMALL),
    PageBreak(),
    h1("Contents"),
    table(
        [
            ["About the IOPC", "2"],
            ["Publication of this report", "2"],
            ["1. Summary", "2"],
            ["2. Terms of reference", "3"],
            ["3. Subjects of the investigation", "3"],
            ["4. Policies and guidance considered", "3"],
            ["5. Chronology of events", "4"],
            ["6. Post-mortem and expert evidence", "4"],
            ["7. Findings", "5"],
            ["8. Criminal referral", "6"],
            ["9. Outcome of proceedings", "6"],
            ["10. Learning recommendations", "6"],
        ],
        widths=[145 * mm, 20 * mm],
        header=False,
    ),
    sp(10),
    h1("About the IOPC"),
    P("The Independent Office for Police Conduct (IOPC) oversees the police complaints system in England and "
      "Wales. We investigate the most serious matters, including deaths and serious injuries following police "
      "contact, and set the standards by which the police should handle complaints. We are independent, and we "
      "make our decisions entirely independently of the police and government."),
    h1("Publication of this report"),
    P("We have published this report now that the disciplinary proceedings arising from our investigation have "
      "concluded. In line with our usual practice, the police officers and staff involved are referred to by "
      "letters rather than by name. Mr Hollis's family agreed that he could be named."),
    h1("1. Summary"),
]
s += para_block("1", [
    "On the evening of 14 March 2025, Mr Darren Hollis, aged 43, was arrested in Coldharbour Lane, Marlby, on "
    "suspicion of being drunk and disorderly. He was taken to Marlby Police Investigation Centre and detained "
    "in a cell overnight. At 06:04 on 15 March 2025 he was found unresponsive in his cell. Despite attempts to "
    "resuscitate him, he was pronounced dead at 06:52.",
    "Eastwold Police referred Mr Hollis's death to the IOPC on 15 March 2025. We decided the same day that we "
    "would carry out an independent investigation. Our lead investigator was Priya Sandhu-Lowe. The decision "
    "maker for this investigation was Marcus Feltham-Reid, IOPC Director.",
    "Our investigation found that a member of the public told officers at the scene that Mr Hollis had fallen "
    "and hit his head, but that this was not passed on to the custody sergeant; that Mr Hollis was not seen by "
    "a healthcare professional; and that for almost five hours before he was found, nobody entered his cell, "
    "although nine rousing checks were recorded as having been carried out.",
    "We found that two people had a case to answer: a custody sergeant for misconduct, and a detention officer "
    "for gross misconduct. We also made four learning recommendations.",
])
s += [h1("2. Terms of reference")]
s += para_block("2", [
    "The terms of reference for the investigation, agreed on 21 March 2025, were:",
])
s += lettered([
    "to investigate the circumstances of Mr Hollis's arrest on 14 March 2025, including the information "
    "officers obtained at the scene about his condition and what they passed on to custody staff;",
    "to investigate the care Mr Hollis received at Marlby Police Investigation Centre, including the risk "
    "assessment, the level of observation set, the rousing checks carried out and the decision not to seek "
    "medical assessment;",
    "to establish whether the officers and staff involved acted in line with the law, local and national "
    "policy and the Authorised Professional Practice on detention and custody;",
    "to identify whether any person serving with the police may have committed a criminal offence or behaved "
    "in a manner that would justify disciplinary proceedings; and",
    "to consider whether there is organisational learning for Eastwold Police or the wider police service.",
])
s += [h1("3. Subjects of the investigation")]
N3 = Numberer("3")
s += N3([
    "On 2 April 2025 we served misconduct notices on three people. A notice tells the person that their conduct "
    "is under investigation; it does not mean that they have done anything wrong. Detention Officer C was also "
    "served with a criminal notice.",
])
s += [
    table(
        [
            ["Subject", "Role on 14 and 15 March 2025", "Allegation", "Severity"],
            ["PC A", "Arresting officer", "Did not tell the custody sergeant that a witness had said Mr Hollis "
             "fell and hit his head on the kerb", "Misconduct"],
            ["Sergeant B", "Custody sergeant, 22:00 to 05:00", "Did not ask a healthcare professional to assess "
             "a detainee who was intoxicated and had a visible injury to his head", "Misconduct"],
            ["Detention Officer C", "Detention officer, 22:00 to 06:00", "Did not carry out rousing checks, and "
             "recorded on the custody record checks that had not been carried out", "Gross misconduct"],
        ],
        widths=[32 * mm, 40 * mm, 72 * mm, 26 * mm],
    ),
    sp(6),
]
s += N3([
    "Sergeant D, who took over as custody sergeant at 05:00 and found Mr Hollis at 06:04, was treated as a "
    "witness throughout the investigation.",
])
s += [h1("4. Policies and guidance considered")]
s += para_block("4", [
    "The College of Policing's Authorised Professional Practice (APP) on detention and custody says that a "
    "detainee who is under the influence of alcohol should be visited and roused at least every half hour. A "
    "rousing check requires the detainee to respond, for example by speaking, opening their eyes or obeying a "
    "simple command.",
    "Eastwold Police's custody policy (version 6, 2024) says that any detainee who is intoxicated and has, or "
    "may have, a head injury must be assessed by a healthcare professional. If a healthcare professional cannot "
    "attend within 60 minutes, the detainee must be taken to hospital.",
    "At the time, one healthcare professional covered both Marlby Police Investigation Centre and Brackwater "
    "custody suite overnight. On the night of 14 March 2025 the healthcare professional was at Brackwater, 22 "
    "miles away, but was available by telephone.",
])
s += [h1("5. Chronology of events")]
N5 = Numberer("5")
s += N5([
    "The chronology below is based on 999 call recordings, body-worn video, the custody record, cell CCTV and "
    "the accounts given to us by officers, staff and witnesses. All times are on 14 and 15 March 2025.",
])
s += [
    table(
        [
            ["Time", "Event"],
            ["21:37", "A member of the public (Witness 1) calls 999 to report a man lying in the road in "
                      "Coldharbour Lane, Marlby."],
            ["21:52", "PC A and PC E arrive. Body-worn video records Witness 1 telling PC A that the man 'went "
                      "down like a sack of spuds and hit his head on the kerb'."],
            ["22:14", "Mr Hollis becomes abusive and is arrested by PC A on suspicion of being drunk and "
                      "disorderly."],
            ["23:06", "Mr Hollis arrives at Marlby Police Investigation Centre."],
            ["23:48", "Sergeant B books Mr Hollis into custody. PC A describes him as having 'had a skinful'. "
                      "Sergeant B notes a graze to his forehead. Mr Hollis says he does not know how it "
                      "happened. Sergeant B sets level 2 observations with rousing checks every 30 minutes."],
            ["00:18 to 01:17", "Detention Officer C carries out three rousing checks. On each, CCTV shows her "
                               "entering the cell and Mr Hollis responding."],
            ["01:46 to 05:44", "Detention Officer C records nine further checks as 'roused - responded'. CCTV "
                               "shows that on each occasion she looked through the cell hatch for between 3 and "
                               "9 seconds and did not open the door."],
            ["05:00", "Sergeant D takes over as custody sergeant. At handover, Detention Officer C says Mr "
                      "Hollis is 'fine, sleeping it off'."],
            ["06:04", "Sergeant D enters the cell to consider Mr Hollis's release and finds him unresponsive "
                      "and not breathing. Staff begin CPR."],
            ["06:06", "An ambulance is called."],
            ["06:19", "Paramedics arrive and take over resuscitation."],
            ["06:52", "Mr Hollis is pronounced dead in the cell."],
        ],
        widths=[30 * mm, 140 * mm],
    ),
    sp(6),
]
s += N5([
    "No one entered Mr Hollis's cell between 01:17 and 06:04, a period of 4 hours and 47 minutes.",
])
s += [h1("6. Post-mortem and expert evidence")]
s += para_block("6", [
    "A post-mortem examination was carried out on 19 March 2025. The pathologist gave the cause of death as 1a "
    "acute subdural haematoma, 1b blunt force head injury, with acute alcohol intoxication as a contributory "
    "factor. Mr Hollis's blood alcohol level was 248 milligrams per 100 millilitres.",
    "We obtained an independent opinion from a consultant neurosurgeon. In his opinion, the symptoms of "
    "Mr Hollis's injury would have been difficult to tell apart from intoxication, but if Mr Hollis had been "
    "taken to hospital before about 03:00, there would have been 'a realistic prospect' that surgery would "
    "have saved his life. He could not say that Mr Hollis would have survived.",
])
s += [h1("7. Findings")]
s += [h2("PC A")]
s += para_block("7", [
    "PC A told us that the scene was noisy, that he did not hear Witness 1 say that Mr Hollis had hit his head, "
    "and that he thought the graze had been caused during the arrest. Body-worn video shows that PC A was about "
    "two metres from Witness 1 when the comment was made, and that traffic was passing.",
    "The decision maker's opinion is that PC A has no case to answer for misconduct. There is not enough "
    "evidence that PC A heard the comment. However, his handover to Sergeant B did not mention the graze or "
    "how it might have been caused, and the decision maker considered that his performance should be dealt "
    "with through the Reflective Practice Review Process.",
])
s += [h2("Sergeant B")]
N7 = Numberer("7")
N7.n = 2
s += N7([
    "Sergeant B accepted that he saw the graze on Mr Hollis's forehead and that Mr Hollis was heavily "
    "intoxicated. He said he believed the graze was minor and that calling the healthcare professional from "
    "Brackwater would have taken too long. He did not telephone the healthcare professional for advice, and he "
    "did not consider taking Mr Hollis to hospital.",
    "The decision maker's opinion is that Sergeant B has a case to answer for misconduct, in relation to the "
    "Standard of Professional Behaviour for duties and responsibilities. The force's policy required a "
    "healthcare assessment for an intoxicated detainee who may have had a head injury, and Sergeant B did not "
    "follow it.",
])
s += [h2("Detention Officer C")]
s += N7([
    "Detention Officer C told us that she had looked through the hatch, seen Mr Hollis breathing and 'did not "
    "want to wake him'. She accepted that she had recorded nine checks as 'roused - responded' when she had "
    "not entered the cell or spoken to him. She said that the custody suite had been very busy and that she "
    "was also responsible for eight other detainees.",
    "CCTV shows that Detention Officer C was seated in the custody office for long periods between 02:00 and "
    "05:00, and that there were five other detainees in the suite at that time, not eight.",
    "The decision maker's opinion is that Detention Officer C has a case to answer for gross misconduct, in "
    "relation to the Standards of Professional Behaviour for honesty and integrity and for duties and "
    "responsibilities.",
])
s += [h2("Sergeant D")]
s += N7([
    "Sergeant D took over at 05:00 and relied on the handover from Detention Officer C and on the custody "
    "record, which showed that Mr Hollis had responded to every check. We found no indication that Sergeant D "
    "had behaved in a manner that would justify disciplinary proceedings. He acted quickly when he found "
    "Mr Hollis.",
])
s += [h1("8. Criminal referral")]
s += para_block("8", [
    "On 18 June 2025 we referred a file of evidence to the Crown Prosecution Service (CPS) to decide whether "
    "Detention Officer C should be charged with misconduct in public office. On 26 September 2025 the CPS "
    "decided not to bring charges, because it considered that the evidential stage of the Full Code Test was "
    "not met.",
])
s += [h1("9. Outcome of proceedings")]
s += para_block("9", [
    "Sergeant B attended a misconduct meeting held by Eastwold Police on 9 January 2026. The allegation was "
    "found proven as misconduct, and he was given a written warning.",
    "Detention Officer C resigned from Eastwold Police in August 2025. A gross misconduct hearing, held under "
    "the force's police staff misconduct procedure on 10 and 11 February 2026, found the allegation proven. "
    "The panel found that she would have been dismissed without notice had she still been employed, and she "
    "has been placed on the police barred list.",
    "PC A completed the Reflective Practice Review Process in December 2025.",
    "The inquest into Mr Hollis's death was opened and adjourned on 21 March 2025, and is due to resume in "
    "June 2026.",
])
s += [h1("10. Learning recommendations")]
s += para_block("10", [
    "We made the following recommendations on 5 November 2025 under paragraph 28A of Schedule 3 to the Police "
    "Reform Act 2002. A body to which such a recommendation is made must respond in writing within 56 days, "
    "saying whether it accepts the recommendation and what action it will take.",
])
s += [
    table([["Recommendation", "Made to", "Recommendation text"]] + [list(r) for r in RECS],
          widths=[30 * mm, 32 * mm, 108 * mm]),
    sp(8),
]
N10 = Numberer("10")
N10.n = 1
s += N10([
    "Eastwold Police responded on 19 December 2025. It accepted recommendations 1 and 2 in full, and said that "
    "all custody staff would complete the refresher training by 31 March 2026. It partially accepted "
    "recommendation 3: it has agreed with its healthcare provider that a healthcare professional will attend "
    "Marlby within 60 minutes, but said that a 30-minute response at night was not affordable.",
    "The College of Policing responded on 8 January 2026 and accepted recommendation 4. It said it would "
    "consider the change in its next review of the detention and custody APP.",
])
s += [
    sp(10),
    P("Independent Office for Police Conduct. This report is synthetic and was not produced by the IOPC.", SMALL),
]
build9(
    out,
    s,
    header_left="IOPC - Investigation into the death of Mr Darren Hollis",
    header_right="2025/021847",
    footer_left="OFFICIAL",
    page_fmt="Page {n} of {total}",
    title="Independent investigation into the death of Mr Darren Hollis following his detention at Marlby Police "
          "Investigation Centre, Eastwold Police",
    author="Independent Office for Police Conduct",
)
print(out)
