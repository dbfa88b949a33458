"""A joint inspection led by HM Inspectorate of Probation, with HMICFRS and Ofsted, of a youth justice partnership's
work on child criminal exploitation, in the layout HM Inspectorate of Probation uses for its joint and thematic
reports: the cover, the contents, the foreword by HM Chief Inspector of Probation, the ratings of three domains
on the four-point scale (inadequate / requires improvement / good / outstanding), key findings (strengths and
areas for improvement), eight recommendations to named bodies, the introduction with the area's context and the
methodology (fieldwork dates, the case sample, who inspectors spoke with), findings for each domain with
figures, and an annex with the inspection team in a table; page-number footers. Ashendene, its youth justice
partnership, the police force, the NHS bodies, the people and all figures are fictional."""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common16 import *  # noqa: F401,F403

out = out_path("hmi-probation-joint/Joint-inspection-child-criminal-exploitation-Ashendene-January-2026.pdf")

COVER = ParagraphStyle("jicover", parent=TITLE, fontSize=24, leading=30)
TITLE_SHORT = "A joint inspection of the response to child criminal exploitation in Ashendene"
RATING_COLOURS = {"Outstanding": "#b7dfc0", "Good": "#d3ecd0", "Requires improvement": "#fbe3b3",
                  "Inadequate": "#f2b8b5"}

TOC = [
    "Foreword",
    "Ratings",
    "Key findings",
    "Recommendations",
    "1. Introduction",
    "2. Strategic leadership and partnership working",
    "3. Identifying and assessing children at risk of exploitation",
    "4. Protecting children and disrupting exploitation",
    "Annex 1: The inspection team",
    "Annex 2: Glossary",
]


def make_story(pages):
    s = [
        P("<b>HM Inspectorate of Probation</b>", SUB),
        P("HM Inspectorate of Constabulary and Fire &amp; Rescue Services  |  Ofsted", BODY),
        sp(50),
        Paragraph("A joint inspection of the response to child criminal exploitation in Ashendene", COVER),
        sp(8),
        P("An inspection of the Ashendene Youth Justice Partnership and its partners by HM Inspectorate of "
          "Probation, HM Inspectorate of Constabulary and Fire &amp; Rescue Services and Ofsted", SUB),
        sp(24),
        P("<b>January 2026</b>", SUB),
        sp(150),
        P("This is a synthetic report created for testing purposes. It was not produced by HM Inspectorate of "
          "Probation, HMICFRS or Ofsted. Ashendene, Ashendene City Council, the Ashendene Youth Justice "
          "Partnership, Ashendene and Fenmoor Police, the NHS bodies, the children, the staff and all figures "
          "in this report are fictional.", SMALL),
        PageBreak(),
        h1("Contents"),
        contents(TOC, pages),
        sp(10),
        P("Published: 15 January 2026", SMALL),
        PageBreak(),
        h1("Foreword"),
        P("Child criminal exploitation destroys childhoods. Children as young as 12 are groomed, coerced and "
          "threatened into carrying and selling drugs, holding weapons and moving money for adults who see them "
          "as expendable. Too often, the system that should protect them treats them as offenders first and "
          "children second."),
        P("This inspection looked at how well agencies in Ashendene work together to identify, protect and "
          "support children who are being criminally exploited, and to disrupt the adults who exploit them. We "
          "found committed practitioners who know these children well, and an assessment of risk that is "
          "better than we see in many areas. The Ashendene Exploitation Screening Tool, used by every agency, "
          "means that the warning signs are being spotted earlier."),
        P("But identifying children at risk is only the first step. Once a child has been identified, the "
          "response in Ashendene is too often slow, fragmented and focused on the child's offending rather "
          "than the harm being done to them. Fewer than half of the children who went missing were offered a "
          "return home interview within 72 hours. Children found running county lines were still, in many "
          "cases, treated as suspects, and the tools available to the police to disrupt the adults exploiting "
          "them were hardly used. That is why we have judged the work to protect children and disrupt "
          "exploitation as inadequate."),
        P("We have made eight recommendations. The most important is for the partnership to agree a single "
          "strategy, owned by all agencies, so that every child at risk has one plan and one lead professional. "
          "I am grateful to the children and parents who spoke with us so openly, and to the staff of all the "
          "agencies who helped us."),
        P("<b>Graham Pettifer</b><br/>HM Chief Inspector of Probation"),
        h1("Ratings"),
        P("Inspectors rated each of the three domains of this inspection on a four-point scale: outstanding, "
          "good, requires improvement or inadequate."),
        shaded([
            ["Domain", "Rating"],
            ["1. Strategic leadership and partnership working", "Requires improvement"],
            ["2. Identifying and assessing children at risk of exploitation", "Good"],
            ["3. Protecting children and disrupting exploitation", "Inadequate"],
        ], widths=[120 * mm, 50 * mm], col=1, colours=RATING_COLOURS),
        sp(6),
        h1("Key findings"),
        h2("Strengths"),
    ]
    s += bullets([
        "Practitioners across agencies know the children at risk of exploitation well and are committed to "
        "them. Children told us that their youth justice workers 'stick with you'.",
        "The Ashendene Exploitation Screening Tool is used consistently by the youth justice service, "
        "children's social care, schools and the police, and it helps practitioners to recognise the signs of "
        "exploitation early.",
        "Assessments of children's risk of exploitation were sufficient in 22 of the 30 cases we inspected.",
        "The multi-agency child exploitation (MACE) panel meets every two weeks, and the right agencies attend.",
        "The Turning Point Navigators, youth workers based in the custody suite at Ashendene Central police "
        "station and in the emergency department at Ashendene Royal Infirmary, engage children at a "
        "'reachable moment' and most children accept their help.",
    ])
    s += [h2("Areas for improvement")]
    s += bullets([
        "There is no single partnership strategy for tackling child criminal exploitation, and agencies do not "
        "share a dataset or a common set of outcome measures.",
        "Education is not represented at a senior level on the Youth Justice Partnership Board, and 38% of "
        "the children on the exploitation tracker were permanently excluded or in alternative provision.",
        "Only 48% of children who were reported missing were offered a return home interview within 72 hours.",
        "Police officers treated children found in county lines activity as suspects rather than potential "
        "victims in 11 of the 17 relevant cases we inspected.",
        "Disruption tools are rarely used against the adults who exploit children. Only three child abduction "
        "warning notices were issued in 2024-25.",
        "Children wait too long for National Referral Mechanism decisions, an average of 14 months for a "
        "conclusive grounds decision.",
        "Support stops abruptly at 18. There is no transitional safeguarding offer for young adults who are "
        "still being exploited.",
    ])
    s += [h1("Recommendations")]
    s += [h3("The Ashendene Youth Justice Partnership Board should:")]
    s += numbered([
        "agree, by June 2026, a single multi-agency child criminal exploitation strategy, with a shared dataset "
        "and outcome measures, that is owned by all partner agencies",
        "make sure that every child on the exploitation tracker has a named lead professional and a single "
        "multi-agency plan",
    ], start=1)
    s += [h3("Ashendene City Council should:")]
    s += numbered([
        "make sure that every child who has been missing is offered a return home interview within 72 hours, "
        "and that the information from the interviews is used to inform the MACE panel",
        "commission a transitional safeguarding service for young adults aged 18 to 25 who are at risk of, or "
        "experiencing, exploitation",
    ], start=3)
    s += [h3("Ashendene and Fenmoor Police should:")]
    s += numbered([
        "make sure that officers treat children found in county lines activity as potential victims of "
        "exploitation, and consider a National Referral Mechanism referral in every case",
        "make greater use of child abduction warning notices, slavery and trafficking risk orders and other "
        "disruption tools against adults who exploit children",
    ], start=5)
    s += [h3("NHS Ashendene and Fenmoor Integrated Care Board should:")]
    s += numbered([
        "secure funding for the Turning Point Navigators in the emergency department at Ashendene Royal "
        "Infirmary beyond March 2026",
    ], start=7)
    s += [h3("The Home Office should:")]
    s += numbered([
        "reduce the time it takes to make conclusive grounds decisions for children referred to the National "
        "Referral Mechanism, and consider including Ashendene in the devolved decision-making pilot for child "
        "victims",
    ], start=8)
    s += [PageBreak(), h1("1. Introduction")]
    N1 = Numberer("1")
    s += [h2("Why this inspection")]
    s += N1([
        "Child criminal exploitation occurs where an individual or group takes advantage of an imbalance of "
        "power to coerce, control, manipulate or deceive a child into criminal activity. The most widely known "
        "form is county lines, in which children are used to move and sell drugs from cities into other areas.",
        "HM Inspectorate of Probation, HMICFRS and Ofsted agreed to inspect the response to child criminal "
        "exploitation in Ashendene after the youth justice service's last inspection, in 2023, found that "
        "the number of children open to the service who were at risk of exploitation had doubled in two years.",
    ])
    s += [h2("Context")]
    s += N1([
        "Ashendene is a city of about 310,000 people in the east of England, served by Ashendene City Council, "
        "a unitary authority. It lies on a main rail line, and Ashendene and Fenmoor Police estimate that nine "
        "county lines were operating into or out of the city in 2024-25.",
        "The Ashendene Youth Justice Partnership brings together the council's youth justice service, "
        "children's social care, education, Ashendene and Fenmoor Police, the Probation Service, and health "
        "services commissioned by NHS Ashendene and Fenmoor Integrated Care Board. The partnership board is "
        "chaired by the council's Director of Children's Services, Dawn Hollister.",
        "At the time of our fieldwork, 142 children were on the partnership's exploitation tracker, of whom 88 "
        "were assessed as at high risk of criminal exploitation. The youth justice service was working with "
        "186 children. Black and mixed heritage children made up 31% of the children on the tracker, but 12% "
        "of the city's child population.",
        "In 2024-25, agencies in Ashendene made 57 referrals of children to the National Referral Mechanism, the "
        "framework for identifying and supporting victims of modern slavery. By the time of our fieldwork, 19 "
        "of these children had received a positive conclusive grounds decision.",
    ])
    s += [h2("How we inspected")]
    s += N1([
        "Our fieldwork took place from 8 to 19 September 2025. We inspected the records of 30 children who had "
        "been identified as at risk of criminal exploitation, and interviewed the practitioners working with "
        "them.",
        "We held meetings and focus groups with 112 staff and managers from all the partner agencies. We spoke "
        "with 14 children and nine parents and carers. We also observed two MACE panel meetings and a meeting "
        "of the Youth Justice Partnership Board, and read the partnership's policies, plans and data.",
        "The inspection was led by HM Inspectorate of Probation. HMICFRS inspected the work of Ashendene and "
        "Fenmoor Police, and Ofsted inspected the work of children's social care and education.",
    ])
    s += [h1("2. Strategic leadership and partnership working")]
    s += [P("<b>Rating: Requires improvement</b>")]
    N2 = Numberer("2")
    s += N2([
        "Leaders in Ashendene recognise the scale of the problem and are committed to tackling it. The Youth "
        "Justice Partnership Board, the Safeguarding Children Partnership and the Community Safety Partnership "
        "have each identified child criminal exploitation as a priority.",
        "However, there is no single strategy that brings the work of these boards together. Each board has "
        "its own plan, and leaders could not tell us which board was accountable for the overall response. "
        "Agencies keep their own data on the children at risk, and there is no shared dataset, so leaders "
        "cannot see whether children are safer as a result of their work.",
        "Education is not represented at a senior level on the Youth Justice Partnership Board. The board's "
        "education member had not attended since February 2025. This matters because 38% of the children on "
        "the exploitation tracker had been permanently excluded or were in alternative provision, and several "
        "of the children we spoke with said that they were first approached while out of school.",
        "The partnership has used Serious Violence Duty funding of £410,000 a year well, to pay for the "
        "Turning Point Navigators and for detached youth work in the city centre. The navigators in the "
        "emergency department are funded only until March 2026.",
        "Leaders have not done enough to understand or address the over-representation of Black and mixed "
        "heritage children among those identified as at risk. A disproportionality action plan was agreed in "
        "2024, but most of its actions had not been completed.",
    ])
    s += [h1("3. Identifying and assessing children at risk of exploitation")]
    s += [P("<b>Rating: Good</b>")]
    N3 = Numberer("3")
    s += N3([
        "The Ashendene Exploitation Screening Tool was introduced in 2023 and is now used by all agencies. It "
        "helps practitioners to recognise the signs of exploitation, such as a child going missing, having "
        "unexplained money or new phones, or being found in another area. In the cases we inspected, risk was "
        "identified early in most cases.",
        "Assessments of the risk of exploitation were sufficient in 22 of the 30 cases we inspected. The best "
        "assessments drew on information from the police, school and family, and considered the places and "
        "peer groups where children were at risk, in line with a contextual safeguarding approach.",
        "The MACE panel meets every two weeks and discusses children at high risk. Attendance is good, and "
        "the police share intelligence well. However, the panel spends most of its time reviewing individual "
        "children, and it rarely looks at the places and people that pose a risk to several children.",
        "Youth justice workers use the AssetPlus assessment well to understand children's lives, and in most "
        "cases they recognised when a child's offending was linked to exploitation. Children told us that their "
        "workers understood the pressure they were under.",
        "In eight cases, assessments did not take enough account of the risks to the child's siblings, or of "
        "the threats made to the family by the people exploiting the child.",
    ])
    s += [h1("4. Protecting children and disrupting exploitation")]
    s += [P("<b>Rating: Inadequate</b>")]
    N4 = Numberer("4")
    s += N4([
        "Once children have been identified as at risk, too many do not receive the help they need quickly "
        "enough. Thirteen of the 30 children whose cases we inspected had more than one plan, from different "
        "agencies, and in nine cases it was not clear who was leading the work.",
        "Children who go missing are at particular risk. In 2024-25, only 48% of children who had been missing "
        "were offered a return home interview within 72 hours, and the information from the interviews was not "
        "routinely shared with the MACE panel.",
        "In 11 of the 17 cases we inspected where a child had been found in county lines activity, the police "
        "treated the child as a suspect rather than as a potential victim. In these cases a National Referral "
        "Mechanism referral was rarely considered. One child told us: 'They arrested me, took my phone and "
        "let me go. The next day the same people were waiting for me.'",
        "The police make little use of the powers available to them to disrupt adults who exploit children. "
        "Only three child abduction warning notices were issued in 2024-25, and no slavery and trafficking risk "
        "orders were applied for. Operation Harrier, the force's county lines taskforce, has had success in "
        "closing lines, but its work is not linked to the safeguarding of the children involved.",
        "Children wait too long for decisions under the National Referral Mechanism. The average time for a "
        "conclusive grounds decision for children referred from Ashendene was 14 months, and some children's "
        "cases went to court before a decision had been made.",
        "The Turning Point Navigators are an effective service. In 2024-25, they engaged with 164 children in "
        "the custody suite and the emergency department, and 71% of these children accepted ongoing support.",
        "Support stops abruptly when children reach 18. There is no transitional safeguarding service, and the "
        "Probation Service told us that young adults who were still being exploited were transferred to it "
        "with little information about the risks they faced.",
    ])
    s += [PageBreak(), h1("Annex 1: The inspection team")]
    s += [
        table([
            ["Role", "Name", "Inspectorate"],
            ["Lead inspector", "Diane Oyelaran", "HM Inspectorate of Probation"],
            ["Inspector", "Martin Royce", "HM Inspectorate of Probation"],
            ["Inspector", "Lucy Fenwick-Hart", "HM Inspectorate of Probation"],
            ["Inspection officer", "Gavin Tranter", "HMICFRS"],
            ["Her Majesty's Inspector", "Farah Qureshi", "Ofsted"],
            ["Research officer", "Leanne Holt", "HM Inspectorate of Probation"],
            ["Editor", "Sam Whitlock", "HM Inspectorate of Probation"],
            ["Assistant Chief Inspector", "Joe Ravensworth", "HM Inspectorate of Probation"],
        ], widths=[50 * mm, 50 * mm, 70 * mm]),
        sp(10),
        h1("Annex 2: Glossary"),
        table([
            ["Term", "Meaning"],
            ["AssetPlus", "The assessment and planning framework used by youth justice services"],
            ["Child abduction warning notice", "A notice issued by the police to an adult, telling them that "
                                               "they have no permission to associate with a named child"],
            ["Conclusive grounds decision", "The final decision under the National Referral Mechanism on "
                                            "whether a person is a victim of modern slavery"],
            ["County lines", "Gangs and organised criminal networks that export illegal drugs into other areas, "
                             "using dedicated mobile phone lines and often exploiting children"],
            ["MACE panel", "Multi-agency child exploitation panel"],
            ["National Referral Mechanism (NRM)", "The framework for identifying and referring potential victims "
                                                  "of modern slavery and making sure they receive support"],
            ["Transitional safeguarding", "An approach that continues to protect young people from harm as "
                                          "they move from childhood into adulthood"],
        ], widths=[55 * mm, 115 * mm]),
        sp(10),
        P("This report is synthetic and was not produced by HM Inspectorate of Probation, HMICFRS or Ofsted.",
          SMALL),
    ]
    return s


build_with_contents(out, make_story, header_left="HM Inspectorate of Probation",
                    footer_left=TITLE_SHORT, page_fmt="{n}", title=TITLE_SHORT,
                    author="HM Inspectorate of Probation")
print(out)
