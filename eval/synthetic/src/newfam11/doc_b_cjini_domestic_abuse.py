"""A Criminal Justice Inspection Northern Ireland (CJINI) inspection report: the Chief Inspector's foreword,
executive summary, strategic and operational recommendations (numbered, with timescales and paragraph references),
areas for improvement, chapters with numbered paragraphs (strategy and governance, delivery, outcomes; CJINI's
inspection framework), the inspection team, fieldwork dates and an appendix of terms of reference. The policing
district, the people and all figures are fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common11 import *

out = out_path(
    "cjini/Policing_domestic_abuse_Glenarden_and_Carnmore_District_CJINI_inspection_report_September_2026.pdf"
)

COVER = ParagraphStyle("cover", parent=TITLE, fontSize=22, leading=28)
BOX = ParagraphStyle("box", parent=BODY, backColor=colors.HexColor("#eef2f7"), borderPadding=6, leftIndent=6,
                     rightIndent=6, spaceBefore=6, spaceAfter=12)


def chapter(n, title, items, boxes=None):
    """A chapter with paragraphs n.1, n.2 ...; boxes maps a paragraph number to a boxed recommendation or area for
    improvement placed after it."""
    res = [h1(f"Chapter {n}: {title}")]
    for i, text in enumerate(items, 1):
        res.append(Paragraph(esc(text), NUM, bulletText=f"{n}.{i}"))
        for box in (boxes or {}).get(i, []):
            res.append(Paragraph(box, BOX))
    return res


s = []
s += [
    P("<b>Criminal Justice Inspection Northern Ireland</b>", SUB),
    P("a better justice system for all", SMALL),
    sp(40),
    Paragraph("Policing domestic abuse", COVER),
    P(
        "An inspection of the policing response to domestic abuse in the Glenarden and Carnmore Policing District",
        SUB,
    ),
    sp(24),
    P("September 2026"),
    sp(70),
    P(
        "Laid before the Northern Ireland Assembly under Section 49(2) of the Justice (Northern Ireland) Act 2002 "
        "(as amended by paragraph 7(2) of Schedule 13 to The Northern Ireland Act 1998 (Devolution of Policing and "
        "Justice Functions) Order 2010) by the Department of Justice.",
        SMALL,
    ),
    P(
        "This is a synthetic report created for testing purposes. The Glenarden and Carnmore Policing District, "
        "the people named and all figures in this report are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Contents"),
    table(
        [
            ["List of abbreviations", "2"],
            ["Chief Inspector's Foreword", "3"],
            ["Executive Summary", "4"],
            ["Recommendations", "4"],
            ["Inspection Report", ""],
            ["Chapter 1: Introduction", "6"],
            ["Chapter 2: Strategy and governance", "6"],
            ["Chapter 3: Delivery", "7"],
            ["Chapter 4: Outcomes", "8"],
            ["Appendix 1: Methodology", "9"],
            ["Appendix 2: Terms of reference", "10"],
        ],
        widths=[140 * mm, 20 * mm],
        header=False,
    ),
    h1("List of abbreviations"),
    table(
        [
            ["BWV", "Body-worn video"],
            ["CJINI", "Criminal Justice Inspection Northern Ireland"],
            ["DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk identification checklist"],
            ["DVADS", "Domestic Violence and Abuse Disclosure Scheme"],
            ["IDVA", "Independent Domestic Violence Advocate"],
            ["MARAC", "Multi-Agency Risk Assessment Conference"],
            ["PPB", "Public Protection Branch"],
            ["PPS", "Public Prosecution Service for Northern Ireland"],
            ["PSNI", "Police Service of Northern Ireland"],
        ],
        widths=[30 * mm, 140 * mm],
        header=False,
    ),
    PageBreak(),
    h1("Chief Inspector's Foreword"),
    P(
        "Domestic abuse remains one of the most common and most harmful crimes that the police in Northern Ireland "
        "deal with. On average, officers in the Glenarden and Carnmore Policing District attend a domestic abuse "
        "incident every two hours. How well they respond in those first hours, and how well the case is then "
        "investigated and supported through the justice system, matters enormously to victims and their children."
    ),
    P(
        "This inspection was the first time that Criminal Justice Inspection Northern Ireland (CJINI) had examined "
        "the policing of domestic abuse in a single policing district since the domestic abuse offence came into "
        "force in February 2022. We chose Glenarden and Carnmore because it has one of the highest rates of "
        "recorded domestic abuse in Northern Ireland and because the District had restructured its public "
        "protection teams in 2024."
    ),
    P(
        "We found officers who cared about victims and who responded quickly to emergency calls. The District's "
        "partnership with the Carnmore Women's Refuge and its Independent Domestic Violence Advocates was a real "
        "strength. But the detectives investigating the most serious cases were carrying far too many "
        "investigations, risk assessments were not always completed or checked, and too many victims told us "
        "they were not kept informed about their case."
    ),
    P(
        "This report makes two strategic and four operational recommendations, and identifies three areas for "
        "improvement. I am grateful to the District Commander, Chief Superintendent Neil Ardis, and to the "
        "officers and staff of the District, as well as to the Public Prosecution Service and the voluntary "
        "organisations who gave their time to this inspection. Above all, I thank the victims who spoke to us "
        "about their experiences."
    ),
    P(
        "This inspection was led by Lead Inspector Roisin Carville, with support from Inspectors Martin Gault and "
        "Michelle Loughran. I am grateful for their hard work."
    ),
    P(
        "<b>Declan Morrow-Hanna</b><br/>Chief Inspector of Criminal Justice in Northern Ireland<br/>September 2026"
    ),
    PageBreak(),
    h1("Executive Summary"),
    P(
        "The Glenarden and Carnmore Policing District recorded 4,318 domestic abuse incidents and 2,107 domestic "
        "abuse crimes in 2025-26. The District had a clear local plan for tackling domestic abuse, and the "
        "District's senior leadership team held a monthly performance meeting at which domestic abuse was a "
        "standing item."
    ),
    P(
        "Officers attended emergency calls quickly and were generally professional and compassionate with "
        "victims. However, a risk assessment had not been completed in more than one in five of the cases that "
        "inspectors examined, and the use of body-worn video at incidents was inconsistent. This meant that "
        "opportunities were missed to gather evidence which could support a prosecution without the victim "
        "having to give evidence."
    ),
    P(
        "The District's domestic abuse investigation team, part of the Public Protection Branch, was under "
        "significant pressure. Detectives were each carrying an average of 21 investigations, well above the "
        "maximum of 15 set in the PSNI's own guidance. The quality of case files submitted to the PPS was too "
        "variable, and the charge and summons rate for domestic abuse crimes in the District was 17.6%, below the "
        "Northern Ireland figure of 19.4%."
    ),
    P(
        "Multi-agency working was strong. The MARAC was well attended and well chaired, and the Independent "
        "Domestic Violence Advocates provided valuable support to high-risk victims. Operation Encompass "
        "notifications were made to schools in almost all relevant cases."
    ),
    h1("Recommendations"),
    h2("Strategic recommendations"),
    P(
        "<b>Strategic recommendation 1</b><br/>Within six months of the publication of this report, the Police "
        "Service of Northern Ireland should develop and implement a workforce plan for the Public Protection "
        "Branch in the Glenarden and Carnmore Policing District, which reduces the number of investigations "
        "allocated to each domestic abuse investigator to no more than 15 (paragraph 2.7)."
    ),
    P(
        "<b>Strategic recommendation 2</b><br/>Within 12 months of the publication of this report, the Police "
        "Service of Northern Ireland and the Public Prosecution Service should establish a joint file quality "
        "group for domestic abuse cases, to identify and address the reasons why files are returned, and to "
        "monitor improvements (paragraph 4.4)."
    ),
    h2("Operational recommendations"),
    P(
        "<b>Operational recommendation 1</b><br/>Within three months of the publication of this report, the "
        "District should ensure that a DASH risk assessment is completed for every domestic abuse incident, and "
        "that each assessment is reviewed by a supervisor before the end of the tour of duty (paragraph 3.4)."
    ),
    P(
        "<b>Operational recommendation 2</b><br/>Within three months of the publication of this report, the "
        "District should ensure that officers activate body-worn video when attending all domestic abuse "
        "incidents, and that supervisors monitor compliance (paragraph 3.5)."
    ),
    P(
        "<b>Operational recommendation 3</b><br/>Within six months of the publication of this report, the "
        "District should reduce the time taken to complete applications under the Domestic Violence and Abuse "
        "Disclosure Scheme, so that decisions are made within the 28-day target (paragraph 3.9)."
    ),
    P(
        "<b>Operational recommendation 4</b><br/>Within six months of the publication of this report, the "
        "District should ensure that victims of domestic abuse are kept informed about the progress of their "
        "case in line with the Victim Charter, and that contact with victims is recorded (paragraph 4.7)."
    ),
    h2("Areas for improvement"),
    P("Inspectors also identified the following areas for improvement:"),
]
s += bullets(
    [
        "The District should evaluate the Domestic Abuse Champions scheme to establish whether it has improved "
        "the quality of first response (paragraph 2.5).",
        "Call handlers should ask about children in the household and about access to weapons in every "
        "domestic abuse call (paragraph 3.2).",
        "The District should review the use of police bail and release under investigation in domestic abuse "
        "cases, so that victims are protected while investigations continue (paragraph 3.7).",
    ]
)
s += [PageBreak(), h1("Inspection Report")]
s += chapter(
    1,
    "Introduction",
    [
        "The Glenarden and Carnmore Policing District is one of the 11 policing districts of the Police Service "
        "of Northern Ireland. It covers two council areas and has a population of around 196,000. Policing in "
        "the District is led by a District Commander of Chief Superintendent rank, with local policing teams "
        "based at stations in Glenarden, Carnmore and Ballykeel.",
        "In 2025-26 the District recorded 4,318 domestic abuse incidents, an increase of 6% on 2023-24, and 2,107 "
        "domestic abuse crimes. Domestic abuse accounted for 23% of all crime recorded in the District. The rate "
        "of domestic abuse incidents was 22 per 1,000 population, compared with 17 per 1,000 population across "
        "Northern Ireland.",
        "The Domestic Abuse and Civil Proceedings Act (Northern Ireland) 2021 created a new offence of domestic "
        "abuse, covering a course of abusive behaviour, including coercive and controlling behaviour. The offence "
        "came into force on 21 February 2022. In 2025-26 the District recorded 286 domestic abuse offences under "
        "section 1 of the Act, compared with 174 in 2022-23.",
        "Responsibility for investigating domestic abuse is shared. Local policing officers attend incidents and "
        "investigate most standard and medium risk cases. High-risk cases, and cases involving the domestic abuse "
        "offence, are investigated by detectives in the District's domestic abuse investigation team, part of the "
        "Public Protection Branch (PPB).",
        "This inspection examined how effectively the District responds to domestic abuse, from the first call to "
        "the police to the point at which a case is passed to the PPS for a prosecution decision. It used CJINI's "
        "inspection framework of strategy and governance, delivery and outcomes. The terms of reference are at "
        "Appendix 2.",
        "Fieldwork took place between 9 February and 24 April 2026. Inspectors reviewed 120 domestic abuse case "
        "files, observed the District's control room and two MARAC meetings, and interviewed or held focus groups "
        "with 87 police officers and staff. They also spoke to 38 victims of domestic abuse, with the help of "
        "voluntary sector organisations. The methodology is set out in Appendix 1.",
    ],
)
s += chapter(
    2,
    "Strategy and governance",
    [
        "The District's Domestic Abuse Plan 2025-2027 was aligned with the PSNI's corporate domestic abuse "
        "strategy and with the Northern Ireland Executive's strategy on domestic and sexual abuse. It set out "
        "clear priorities, including improving the quality of risk assessment and increasing the number of "
        "offenders brought to justice.",
        "Domestic abuse was a standing item at the District's monthly performance meeting, chaired by the "
        "District Commander. Inspectors found that the performance information presented focused mainly on "
        "volumes of incidents and crimes, and said little about the quality of the service provided to victims "
        "or about outcomes.",
        "A Detective Chief Inspector was the District's strategic lead for domestic abuse. Officers and partner "
        "agencies knew who the lead was and described them as visible and accessible.",
        "In 2024 the District restructured its public protection teams, creating a dedicated domestic abuse "
        "investigation team of 16 detective posts within the PPB, based at Glenarden station.",
        "The District introduced a Domestic Abuse Champions scheme in 2025. At the time of fieldwork, 34 officers "
        "in local policing teams had been trained as champions to advise colleagues and to check the quality of "
        "risk assessments. The scheme was popular with officers, but it had not been evaluated, and the District "
        "could not say whether it had made a difference.",
        "Training on the domestic abuse offence had been delivered to all officers when the offence was "
        "introduced in 2022. Since then, officers joining the District had received an online training package, "
        "and only 61% of local policing officers had completed the PSNI's refresher training on coercive control.",
        "At the time of fieldwork, only 13 of the 16 detective posts in the domestic abuse investigation team "
        "were filled, and two detectives were on long-term sick leave. The team had 231 live investigations, and "
        "each detective was carrying an average of 21 investigations, well above the maximum of 15 set out in "
        "the PSNI's own guidance. Detectives told inspectors that the workload was unsustainable and that they "
        "could not give cases the time they needed.",
    ],
)
s += chapter(
    3,
    "Delivery",
    [
        "Calls about domestic abuse were handled promptly in the District's control room. In 2025-26, officers "
        "attended 84% of emergency domestic abuse calls within the PSNI's target of 20 minutes in urban areas and "
        "25 minutes in rural areas.",
        "Call handlers were courteous and identified risks well in most calls that inspectors listened to. "
        "However, in 11 of the 30 calls that inspectors listened to, call handlers did not ask whether children "
        "were present in the household, or whether the suspect had access to weapons.",
        "Inspectors found that attending officers were generally professional and compassionate. Victims told "
        "inspectors that officers had listened to them and had taken them seriously. One victim said: 'The "
        "officer who came out that night was the first person who believed me.'",
        "The DASH risk identification checklist should be completed for every domestic abuse incident. In the "
        "120 case files that inspectors examined, a DASH risk assessment had been completed in 94 cases (78%). "
        "Where one had been completed, a supervisor had reviewed it before the end of the tour of duty in only "
        "57 cases.",
        "Body-worn video (BWV) can provide powerful evidence of the victim's demeanour and of the scene. "
        "Inspectors found that BWV had been activated at the incident in 73 of the 120 cases (61%). In a number "
        "of cases where BWV was not used, the victim later withdrew their support for a prosecution and there "
        "was no other evidence on which to proceed.",
        "Suspects were arrested in 68% of cases where there was a power of arrest and the suspect was present or "
        "could be located. Inspectors judged that the decision not to arrest was not justified in nine of the "
        "cases they examined.",
        "Inspectors were concerned about the use of police bail and release under investigation. In 26 of the "
        "cases examined, the suspect had been released under investigation with no conditions to protect the "
        "victim, and in four of these the suspect had contacted the victim again.",
        "The District's MARAC met every four weeks and discussed 412 high-risk cases in 2025-26. Of these, 29% "
        "were repeat cases that had been discussed in the previous 12 months. The MARAC was well chaired and "
        "well attended, including by Independent Domestic Violence Advocates (IDVAs) from the Carnmore Women's "
        "Refuge, health visitors, housing officers and children's social workers.",
        "The Domestic Violence and Abuse Disclosure Scheme (DVADS) allows a person to ask whether a partner has "
        "a history of abuse. In 2025-26 the District received 94 applications under the scheme and made 51 "
        "disclosures. The average time taken to complete an application was 41 days, well outside the target of "
        "28 days.",
        "Operation Encompass, under which schools are told before the start of the next school day when a child "
        "has been affected by a domestic abuse incident, was working well. Notifications had been made in 96% of "
        "relevant cases in 2025-26.",
    ],
)
s += chapter(
    4,
    "Outcomes",
    [
        "In 2025-26 the charge and summons rate for domestic abuse crimes in the District was 17.6%, compared "
        "with 19.4% across Northern Ireland. In 38% of domestic abuse crimes, the case was closed because the "
        "victim did not support police action.",
        "The domestic abuse offence was being used more often. Of the 286 offences recorded in 2025-26, 71 "
        "resulted in a charge or summons.",
        "The PPS told inspectors that the quality of files from the District had improved since 2024, but that "
        "files were still too often incomplete. In 2025-26, the PPS assessed 31% of the domestic abuse files that "
        "the District submitted for a prosecution decision as not meeting the required standard at first "
        "submission. The most common reasons were missing BWV footage, missing medical evidence and statements "
        "that had not been taken from witnesses.",
        "There was no joint forum in which the police and the PPS in the area routinely discussed the quality of "
        "domestic abuse files and what could be done to improve them.",
        "Victims were, on the whole, positive about the initial police response. Of the 38 victims who spoke to "
        "inspectors, 27 said they were satisfied with how officers had dealt with them on the day of the "
        "incident.",
        "However, victims were much less positive about what happened afterwards. Only 15 of the 38 victims said "
        "that they had been kept informed about the progress of their case, and several said that they had "
        "learned that their case had been closed only when they contacted the police themselves.",
        "In the case files examined, inspectors found that contact with the victim had been recorded in line "
        "with the Victim Charter in only 49 of the 120 cases. Officers told inspectors that contact was often "
        "made but not recorded, but inspectors could not be assured that this was the case.",
    ],
)
s += [
    PageBreak(),
    h1("Appendix 1: Methodology"),
    P(
        "The inspection was carried out in three stages: research and document review, fieldwork, and analysis "
        "and report writing."
    ),
    P(
        "<b>Research and document review:</b> inspectors reviewed PSNI and PPS strategies, policies and "
        "performance data, the District's Domestic Abuse Plan 2025-2027, minutes of the District's performance "
        "meetings and MARAC data for 2024-25 and 2025-26."
    ),
    P(
        "<b>Fieldwork:</b> fieldwork took place between 9 February and 24 April 2026. Inspectors reviewed a "
        "random sample of 120 domestic abuse case files from the period April to December 2025, listened to 30 "
        "recorded domestic abuse calls, and observed two MARAC meetings. They carried out 41 interviews and 9 "
        "focus groups with a total of 87 police officers and staff, and interviewed representatives of the PPS, "
        "the Carnmore Women's Refuge, the Glenarden Men's Advice Project and the two councils' community safety "
        "partnerships. Thirty-eight victims of domestic abuse spoke to inspectors, in interviews arranged by "
        "voluntary sector organisations."
    ),
    P(
        "<b>Analysis and report writing:</b> initial findings were presented to the District Commander and the "
        "PSNI's Assistant Chief Constable for Crime Operations on 19 May 2026. A draft report was shared with "
        "the PSNI and the PPS for factual accuracy checking in July 2026."
    ),
    h2("Inspection team"),
    kv(
        [
            ["Lead Inspector", "Roisin Carville"],
            ["Inspector", "Martin Gault"],
            ["Inspector", "Michelle Loughran"],
            ["Victims' experience consultant", "Aoife Devenney"],
        ]
    ),
    PageBreak(),
    h1("Appendix 2: Terms of reference"),
    h2("Introduction"),
    P(
        "Criminal Justice Inspection Northern Ireland (CJINI) proposes to undertake an inspection of the policing "
        "response to domestic abuse in the Glenarden and Carnmore Policing District. The inspection was included "
        "in CJINI's Inspection Programme for 2025-26, following consultation with the Department of Justice and "
        "criminal justice agencies."
    ),
    h2("Aims of the inspection"),
    P("The broad aims of the inspection are to:"),
]
s += bullets(
    [
        "assess the effectiveness of the District's strategy and governance arrangements for tackling domestic "
        "abuse;",
        "examine the quality of the initial police response to domestic abuse incidents, including risk "
        "assessment, evidence gathering and safeguarding;",
        "examine the investigation of domestic abuse crimes, including the domestic abuse offence, and the "
        "quality of case files submitted to the PPS;",
        "assess how well victims are supported and kept informed; and",
        "identify good practice and areas for improvement.",
    ]
)
s += [
    P(
        "The inspection will not examine decisions made by the PPS or the courts, which were the subject of "
        "CJINI's thematic inspection of domestic abuse cases in the criminal courts."
    ),
    h2("Methodology"),
    P(
        "The inspection will be based on the CJINI Inspection Framework for each inspection that it conducts. The "
        "three main elements of the framework are strategy and governance, delivery, and outcomes. The inspection "
        "will involve research and document review, fieldwork including case file review, interviews and focus "
        "groups, and engagement with victims of domestic abuse."
    ),
    h2("Publication and closure"),
    P(
        "A draft report will be shared with the PSNI and the PPS for factual accuracy checking. The Chief "
        "Inspector will then seek permission from the Minister of Justice to publish the report. The report will "
        "be published on the CJINI website, and CJINI will carry out a follow-up review of progress against the "
        "recommendations within two years of publication."
    ),
    sp(10),
    P(
        "Copyright © Criminal Justice Inspection Northern Ireland. All rights reserved. First published in "
        "Northern Ireland in September 2026 by Criminal Justice Inspection Northern Ireland. www.cjini.org",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Criminal Justice Inspection Northern Ireland",
    header_right="Policing domestic abuse: Glenarden and Carnmore",
    page_fmt="{n}",
    title="Policing domestic abuse: An inspection of the policing response to domestic abuse in the Glenarden and "
    "Carnmore Policing District - September 2026",
    author="Criminal Justice Inspection Northern Ireland",
)
print(out)
