"""An Ofsted inspection report on a voluntary adoption agency under the social care common inspection framework
(SCCIF), in the layout Ofsted uses: the agency's name, inspection dates, the judgements table on the four-point
scale (outstanding / good / requires improvement to be good / inadequate) with the three SCCIF judgements, date
of last inspection, overall judgement at last inspection and enforcement action, information about the agency,
inspection judgements (overall experiences and progress of service users; how well children, young people and
adults are helped and protected; the effectiveness of leaders and managers), what the agency needs to do to
improve (statutory requirements in a table with due dates, recommendations), information about this inspection,
the agency's details (URN, registered provider, responsible individual, registered manager) and the inspectors;
Ofsted's own footer with the page number. Hollybeck Adoption, Adopt Thornvale, the people and all figures are
fictional."""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common15 import *  # noqa: F401,F403

out = out_path("ofsted-vaa/Hollybeck-Adoption-SC398215-inspection-report-November-2025.pdf")

GRADE_COLOURS = {"Outstanding": "#b7dfc0", "Good": "#d3ecd0", "Requires improvement to be good": "#fbe3b3",
                 "Inadequate": "#f2b8b5"}
HEAD = ParagraphStyle("vaahead", parent=TITLE, fontSize=22, leading=27)

s = [
    P("<b>Ofsted</b>", SUB),
    sp(20),
    Paragraph("Hollybeck Adoption", HEAD),
    P("Inspection of this voluntary adoption agency", SUB),
    sp(6),
    kv([("Inspection dates", "3 to 7 November 2025")], widths=(55 * mm, 115 * mm)),
    sp(8),
    shaded([
        ["Judgement", "Grade"],
        ["Overall experiences and progress of service users, taking into account", "Good"],
        ["How well children, young people and adults are helped and protected", "Requires improvement to be good"],
        ["The effectiveness of leaders and managers", "Requires improvement to be good"],
    ], widths=[115 * mm, 55 * mm], col=1, colours=GRADE_COLOURS),
    sp(8),
    P("The voluntary adoption agency is not yet delivering good help and care for children, young people and "
      "adults. Children and families receive good services, but there are weaknesses in safeguarding practice "
      "and in leaders' oversight of the agency."),
    sp(4),
    kv([
        ("Date of last inspection", "11 October 2021"),
        ("Overall judgement at last inspection", "Outstanding"),
        ("Enforcement action since last inspection", "None"),
    ], widths=(75 * mm, 95 * mm)),
    sp(10),
    P("This is a synthetic report created for testing purposes. Hollybeck Adoption, Adopt Thornvale, the adopters, "
      "staff and all figures in this report are fictional.", SMALL),
    h1("This voluntary adoption agency"),
    P("Hollybeck Adoption is a registered charity and voluntary adoption agency based in Stourleigh. It recruits, "
      "prepares, assesses and supports adoptive families, and provides adoption support services to adoptive "
      "families and to adults who were adopted, including access to birth records counselling and an "
      "intermediary service. The agency is a partner in Adopt Thornvale, the regional adoption agency for four "
      "local authorities, which places most children with the agency's adopters."),
    P("Since the last inspection, the agency has approved 34 adoptive households, and 47 children have been "
      "placed with its adopters. At the time of this inspection, nine households were being assessed and 212 "
      "families were receiving adoption support."),
    P("The registered manager has been in post since June 2023."),
    h1("Inspection judgements"),
    h2("Overall experiences and progress of service users: good"),
    P("Children who are placed with the agency's adopters make good progress. Adopters told inspectors that the "
      "agency 'feels like family' and that their social workers were 'always at the end of the phone'. Children "
      "are helped to understand their histories through well-written later life letters and life story books, "
      "which are completed before the adoption order is made."),
    P("Preparation training is thorough and realistic. Prospective adopters attend a four-day course, followed "
      "by the agency's 10-week Connected Parenting course, which helps them to understand the effect of early "
      "trauma on children. One adopter said: 'Nothing was sugar-coated, and I'm glad it wasn't.'"),
    P("Assessments are of good quality, but some take too long. Stage one of the assessment took an average of "
      "nine weeks, and stage two an average of 19 weeks, longer than the four months that the statutory guidance "
      "expects. Three households waited more than eight months from registration of interest to approval. The "
      "agency has recently appointed an additional assessing social worker to reduce delay."),
    P("Matching is careful and well considered. Since the last inspection, two placements have ended before the "
      "adoption order was made. In both cases the agency supported the adopters and the children well, and it "
      "commissioned an independent review of each disruption to learn from it."),
    P("Adoption support is a strength. Families have access to therapeutic parenting support, a support group "
      "for adoptive dads, and a young people's group, Hollybeck Horizons, which meets monthly. Adopted adults "
      "who use the birth records counselling service receive a timely and sensitive service."),
    h2("How well children, young people and adults are helped and protected: requires improvement to be good"),
    P("Social workers understand the risks that children who have experienced trauma may face, and adopters "
      "are helped to keep children safe, including online. Children's safety is considered throughout "
      "assessment and matching."),
    P("However, the agency did not notify Ofsted of an allegation made against an approved adopter until 23 days "
      "after it was received. The allegation was referred to the local authority designated officer (LADO) "
      "promptly and was managed well, but Ofsted was not told without delay, as the regulations require."),
    P("Recruitment checks on staff are thorough. However, the enhanced Disclosure and Barring Service checks "
      "for four of the 11 members of the adoption panel's central list had not been renewed within three years, "
      "as the agency's own policy requires. This was put right during the inspection."),
    P("Safeguarding training is up to date for all but two members of staff."),
    h2("The effectiveness of leaders and managers: requires improvement to be good"),
    P("Leaders are ambitious for children and families, and staff say they feel valued. The trustees are "
      "committed and well informed about the agency's finances. The agency's services are valued by Adopt "
      "Thornvale and by the local authorities it works with."),
    P("However, leaders' oversight of practice is not robust enough. The registered manager did not identify "
      "the delays in assessments or the overdue checks on panel members. Five of the 14 members of staff had "
      "gaps of three months or more between supervision sessions, and records of supervision were often brief."),
    P("The adoption panel is well chaired and its recommendations are clear. The agency decision-maker made "
      "decisions within seven working days of the panel in all but two cases. However, panel minutes were not "
      "always sent to the decision-maker promptly."),
    P("The agency's statement of purpose has not been reviewed since 2022, and it does not describe the "
      "agency's current adoption support services accurately."),
    h1("What does the voluntary adoption agency need to do to improve?"),
    h2("Statutory requirements"),
    P("This section sets out the actions that the registered person(s) must take to meet the Care Standards Act "
      "2000, the Voluntary Adoption Agencies and the Adoption Agencies (Miscellaneous Amendments) Regulations "
      "2003 and the national minimum standards. The registered person(s) must comply within the given "
      "timescales."),
    table([
        ["Requirement", "Due date"],
        ["The registered person must notify HMCI without delay of any allegation that a person approved as "
         "suitable to be an adoptive parent has harmed a child, and of the outcome of any investigation. "
         "(Regulation 18(1) and Schedule 3)", "5 December 2025"],
        ["The registered person must ensure that the enhanced criminal record certificates of members of the "
         "adoption panel's central list are renewed in line with the agency's policy. (Regulation 3(6) of the "
         "Adoption Agencies Regulations 2005)", "5 December 2025"],
        ["The registered person must ensure that all persons employed by the agency receive appropriate "
         "supervision. (Regulation 12(2)(a))", "30 January 2026"],
    ], widths=[135 * mm, 35 * mm]),
    sp(6),
    h2("Recommendations"),
]
s += bullets([
    "The registered person should ensure that prospective adopters' assessments are completed within the "
    "timescales set out in the statutory guidance, and that the reasons for any delay are recorded. "
    "('Adoption: national minimum standards', 10.2)",
    "The registered person should ensure that the minutes of the adoption panel are sent to the agency "
    "decision-maker within 10 working days of the panel meeting. ('Adoption: national minimum standards', 17.5)",
    "The registered person should review the statement of purpose at least once a year and revise it where "
    "appropriate. ('Adoption: national minimum standards', 18.2)",
    "The registered person should ensure that the registered manager has effective systems to monitor the "
    "quality of assessments and the timeliness of checks. ('Adoption: national minimum standards', 25.2)",
])
s += [
    h1("Information about this inspection"),
    P("Inspectors have looked closely at the experiences and progress of children, young people and adults. "
      "Inspectors considered the quality of work and the differences made to the lives of children, young people "
      "and adults. They watched how professional staff work with children, young people and adults and each "
      "other and what difference they make. They looked at the effectiveness of help and care provided to "
      "children and young people, adults and families. They checked that the service's leaders and managers "
      "ensure that the agency meets its statutory obligations."),
    P("Using the 'Social care common inspection framework', this inspection was carried out under the Care "
      "Standards Act 2000 to assess the effectiveness of the service, how it meets the core functions of the "
      "service as set out in legislation, and to consider how well it complies with the relevant regulations "
      "and meets the national minimum standards."),
    P("During the inspection, inspectors spoke with 16 adoptive families, five adopted adults, nine members of "
      "staff, the panel chair, the agency decision-maker and two trustees."),
    h1("Voluntary adoption agency details"),
    kv([
        ("Unique reference number", "SC398215"),
        ("Registration date", "2 April 2009"),
        ("Registered provider", "Hollybeck Adoption"),
        ("Registered provider address", "14 Mill Yard, Stourleigh"),
        ("Responsible individual", "Daniel Ofori"),
        ("Registered manager", "Caroline Aske"),
        ("Telephone number", "01632 960814"),
        ("Email address", "info@hollybeck-adoption.example"),
    ]),
    sp(8),
    h1("Inspectors"),
    table([
        ["Name", "Role"],
        ["Louise Prendergast", "Social Care Inspector (lead)"],
        ["Tariq Bellamy", "Social Care Inspector"],
    ], widths=[70 * mm, 100 * mm]),
    sp(12),
    P("The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to "
      "achieve excellence in the care of children and young people, and in education and skills for learners of "
      "all ages.", SMALL),
    P("This report is synthetic and was not produced by Ofsted.", SMALL),
]
build15(out, s, header_left="Ofsted", header_right="Inspection report: Hollybeck Adoption",
        footer_left="Inspection report for voluntary adoption agency: Hollybeck Adoption  3 to 7 November 2025",
        page_fmt="{n}", title="Hollybeck Adoption: Inspection of this voluntary adoption agency", author="Ofsted")
print(out)
