"""A Regulator of Social Housing (RSH) regulatory judgement on a housing association after an inspection: the
registration details, the consumer (C), governance (G) and viability (V) grades with their standard wording and
the previous grades, a key facts table, the summary, the findings on each consumer standard (Safety and Quality,
Transparency, Influence and Accountability, Neighbourhood and Community, Tenancy), governance and viability, what
happens next, the inspection's scope and the grading definitions. The landlord, its places and all figures are
fictional."""

import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common12 import *

out = out_path("rsh-regulatory-judgements/Regulatory_judgement_Brackenmoor_Homes_Limited_L4417_May_2026.pdf")

C3 = (
    "There are serious failings in the landlord delivering the outcomes of the consumer standards and "
    "significant improvement is needed."
)
G2 = (
    "The landlord meets our governance requirements but needs to improve some aspects of its governance "
    "arrangements to support continued compliance."
)
V2 = (
    "The landlord meets our viability requirements and has the financial capacity to deal with a reasonable "
    "range of adverse scenarios but needs to manage material financial exposures to support continued "
    "compliance."
)

s = []
s += [
    P("<b>Regulator of Social Housing</b>", SUB),
    sp(30),
    Paragraph("Regulatory judgement: Brackenmoor Homes Limited - L4417", TITLE),
    sp(6),
    kv(
        [
            ["Date of publication", "13 May 2026"],
            ["Registration number", "L4417"],
            ["Legal form", "Registered society"],
            ["Date of inspection", "This judgement follows an inspection carried out between January and "
                                   "March 2026, with onsite inspection activity from 23 to 27 February 2026"],
            ["Total social housing units owned", "16,842"],
            ["Total social housing units managed", "16,310"],
            ["Turnover (year ended 31 March 2025)", "£118.6m"],
            ["Headquarters", "Calderholt"],
        ],
        widths=(70 * mm, 100 * mm),
    ),
    sp(10),
    h1("Our judgements and the rationale"),
    table(
        [
            ["Area", "Grade", "Previous grade"],
            ["Consumer", "C3", "Not previously graded"],
            ["Governance", "G2", "G1 (published September 2022)"],
            ["Viability", "V2", "V2 (published September 2022)"],
        ],
        widths=[50 * mm, 30 * mm, 90 * mm],
    ),
    sp(6),
    P("<b>Consumer: C3</b>"),
    P(C3),
    P("<b>Governance: G2</b>"),
    P(G2),
    P("<b>Viability: V2</b>"),
    P(V2),
    P(
        "This is a synthetic regulatory judgement created for testing purposes. Brackenmoor Homes Limited, "
        "Calderholt and all figures in it are fictional.",
        SMALL,
    ),
    PageBreak(),
    h1("Summary"),
    P(
        "We have concluded that Brackenmoor Homes Limited (Brackenmoor) does not have an effective system in "
        "place to ensure it meets the outcomes of the Safety and Quality Standard. We found serious failings in "
        "Brackenmoor's management of fire safety and electrical safety, a significant backlog of repairs, and "
        "weaknesses in its response to damp and mould. Brackenmoor also could not demonstrate that it has an "
        "accurate, up-to-date understanding of the condition of its homes."
    ),
    P(
        "We have therefore concluded that there are serious failings in Brackenmoor delivering the outcomes of the "
        "consumer standards and significant improvement is needed. This is a C3 grade."
    ),
    P(
        "We have also concluded that Brackenmoor's board did not have sufficient assurance about its compliance "
        "with the consumer standards. Although the board had some information about health and safety "
        "compliance, the information it received was not complete or accurate, and the board did not identify "
        "the scale of the issues itself. Brackenmoor therefore needs to improve aspects of its governance "
        "arrangements. We have downgraded its governance grade from G1 to G2."
    ),
    P(
        "Brackenmoor's financial position remains unchanged at V2. It has the financial capacity to deal with a "
        "reasonable range of adverse scenarios, but the additional investment needed in its existing homes "
        "represents a material financial exposure that it will need to manage carefully."
    ),
    h1("Background to the judgement"),
    P(
        "Brackenmoor is a large housing association based in Calderholt. It owns 16,842 social housing homes, "
        "the large majority of which are general needs homes in Calderholt and the surrounding Ryburn Valley. "
        "It also owns 1,214 supported and housing for older people homes, and 37 high-rise residential "
        "buildings of 18 metres or more. Brackenmoor was formed in 2001 by a stock transfer from Calderholt "
        "Council."
    ),
    P(
        "This judgement was made following a planned inspection, which took place between January and March "
        "2026. The inspection was brought forward after Brackenmoor made a self-referral to us in October 2025, "
        "reporting that it did not hold a valid electrical installation condition report (EICR) for a large "
        "number of its homes."
    ),
    h1("Consumer standards"),
    h2("Safety and Quality Standard"),
    P(
        "Our inspection found that Brackenmoor does not have an accurate and up-to-date understanding of the "
        "condition of its homes. At the time of the inspection, the stock condition data for 4,105 homes (24%) "
        "was more than five years old, and Brackenmoor had begun a programme of stock condition surveys, the "
        "Brackenmoor Home Check, which it does not expect to complete until March 2028. Brackenmoor reported that "
        "1,448 homes (8.6%) did not meet the Decent Homes Standard, but without up-to-date stock condition "
        "information it cannot be assured that this figure is accurate."
    ),
    P(
        "We found serious failings in Brackenmoor's management of fire safety. While 96% of the fire risk "
        "assessments it needs were in date, there were 1,318 overdue remedial actions arising from fire risk "
        "assessments, of which 214 were classified by Brackenmoor as high risk. Some of these high-risk actions "
        "had been overdue for more than 12 months, including actions to replace fire doors in high-rise "
        "buildings."
    ),
    P(
        "Brackenmoor had not carried out electrical safety checks on all of its homes within the required "
        "timescales. At the time of the inspection, 2,460 homes (15%) did not have a valid EICR completed in the "
        "last five years. Brackenmoor had a plan to complete the outstanding checks by September 2026. Gas safety "
        "compliance was good, with 99.7% of homes with a gas supply having a valid landlord gas safety record."
    ),
    P(
        "Brackenmoor has a significant backlog of repairs. At the end of January 2026, it had 5,920 open "
        "non-emergency repairs, of which 2,130 were outside its target timescales. The proportion of "
        "non-emergency responsive repairs completed within target in 2024/25 was 71.3%."
    ),
    P(
        "Brackenmoor's approach to damp and mould was not effective. It had 612 open cases of damp and mould at "
        "the time of our inspection, and 137 of these had been open for more than 90 days. Tenants told us about "
        "repeated visits that did not resolve the problem. Brackenmoor set up a specialist damp and mould team in "
        "2025, but it was not yet fully staffed."
    ),
    h2("Transparency, Influence and Accountability Standard"),
    P(
        "Brackenmoor collects and publishes its tenant satisfaction measures. In 2024/25, overall tenant "
        "satisfaction with the services provided by Brackenmoor was 61.4%, and satisfaction with the repairs "
        "service was 59.8%. Both were lower than in 2023/24."
    ),
    P(
        "Brackenmoor has a Tenant Voice Panel of 24 tenants, which scrutinises its services and reports to the "
        "board. We found evidence that the panel had influenced changes to Brackenmoor's repairs appointment "
        "system. However, tenants on the panel told us that they had not been told about the scale of the "
        "electrical safety issue until it was reported to us."
    ),
    P(
        "Brackenmoor's handling of complaints needs to improve. It received 1,906 stage one complaints in "
        "2024/25, and 78% were responded to within the timescales of the Housing Ombudsman's Complaint Handling "
        "Code. The Housing Ombudsman made three findings of severe maladministration against Brackenmoor in "
        "2024/25, each relating to damp and mould."
    ),
    h2("Neighbourhood and Community Standard"),
    P(
        "We did not identify evidence of material non-compliance with the Neighbourhood and Community Standard. "
        "Brackenmoor works with Calderholt Council and the police to tackle anti-social behaviour, and its "
        "Neighbourhood Pledge sets out the standards that tenants can expect for communal areas and estate "
        "services. Satisfaction with the approach to handling anti-social behaviour was 57.1% in 2024/25."
    ),
    h2("Tenancy Standard"),
    P(
        "We did not identify evidence of material non-compliance with the Tenancy Standard. Brackenmoor lets its "
        "homes in a fair and transparent way through the Calderholt Choice Homes scheme, and it has a clear "
        "approach to tenancy sustainment."
    ),
    h1("Governance"),
    P(
        "Brackenmoor's board did not have sufficient oversight of the landlord's compliance with the consumer "
        "standards. Reports to the board on health and safety compliance focused on gas safety and did not give "
        "a full picture of overdue fire remedial actions or electrical safety. The board did not seek sufficient "
        "assurance about the quality of the data it received."
    ),
    P(
        "Since the self-referral, the board has taken action. It has established a Safety and Compliance "
        "Committee, appointed an independent member with expertise in building safety, and commissioned an "
        "independent review of governance by Halden Associates, which is due to report in July 2026. It has "
        "approved an improvement plan with clear milestones and is receiving monthly reports on progress."
    ),
    P(
        "Brackenmoor has had an interim chief executive since September 2025. The board told us it expects to "
        "appoint a permanent chief executive by the summer of 2026."
    ),
    h1("Viability"),
    P(
        "Brackenmoor has sufficient liquidity and a reasonable level of headroom against its loan covenants. Its "
        "EBITDA MRI interest cover was 96% in 2024/25, and its business plan forecasts that interest cover will "
        "average 112% over the next five years."
    ),
    P(
        "Brackenmoor's business plan includes £214m of investment in its existing homes over the next five "
        "years, an increase of £61m on its previous plan. The results of the Brackenmoor Home Check surveys may "
        "increase this further. This represents a material financial exposure, and Brackenmoor will need to "
        "continue to stress test its plans and maintain adequate mitigations."
    ),
    h1("What happens next"),
    P(
        "We will work with Brackenmoor as it delivers its improvement plan. We expect Brackenmoor to complete its "
        "outstanding electrical safety checks by September 2026 and to clear all high-risk overdue fire remedial "
        "actions by the end of June 2026. We will continue to engage intensively with Brackenmoor until it can "
        "demonstrate that it is delivering the outcomes of the consumer standards."
    ),
    h1("Scope of the inspection"),
    P(
        "Our inspection looked at Brackenmoor's delivery of the outcomes of the consumer standards and at its "
        "governance and viability. We reviewed more than 300 documents, met with the chair of the board and four "
        "other board members, interviewed 31 members of staff, and met with 18 tenants, including members of the "
        "Tenant Voice Panel. We also visited a sample of homes and two high-rise buildings."
    ),
    h1("Annex: Our grading definitions"),
    table(
        [
            ["Grade", "Definition"],
            ["C1", "The landlord is delivering the outcomes of the consumer standards."],
            ["C2", "There are some weaknesses in the landlord delivering the outcomes of the consumer standards "
                   "and improvement is needed."],
            ["C3", C3],
            ["C4", "There are very serious failings in the landlord delivering the outcomes of the consumer "
                   "standards. The landlord must make fundamental changes so that improvement happens."],
            ["G1", "The landlord meets our governance requirements."],
            ["G2", G2],
            ["G3", "The landlord does not meet our governance requirements. There are issues of serious "
                   "regulatory concern and in agreement with us the landlord is working to improve its "
                   "position."],
            ["G4", "The landlord does not meet our governance requirements. There are issues of serious "
                   "regulatory concern and the landlord is subject to regulatory intervention or enforcement "
                   "action."],
            ["V1", "The landlord meets our viability requirements and has the financial capacity to deal with "
                   "a wide range of adverse scenarios."],
            ["V2", V2],
            ["V3", "The landlord does not meet our viability requirements. There are issues of serious "
                   "regulatory concern and, in agreement with us, the landlord is working to improve its "
                   "position."],
            ["V4", "The landlord does not meet our viability requirements. There are issues of serious "
                   "regulatory concern and the landlord is subject to regulatory intervention or enforcement "
                   "action."],
        ],
        widths=[20 * mm, 150 * mm],
    ),
    sp(8),
    P(
        "© RSH copyright 2026. This "
        "document is a synthetic example and is not published by the Regulator of Social Housing.",
        SMALL,
    ),
]
build9(
    out,
    s,
    header_left="Regulatory judgement: Brackenmoor Homes Limited - L4417",
    header_right="13 May 2026",
    footer_left="Regulator of Social Housing",
    page_fmt="{n}",
    title="Regulatory judgement: Brackenmoor Homes Limited - L4417",
    author="Regulator of Social Housing",
)
print(out)
