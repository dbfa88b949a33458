"""An Ofsted inspection report on a children's centre group under the 2014 framework for children's centre
inspection, in the layout Ofsted used: the group's name, the inspection dates, the local authority and the
centres in the group with their URNs, the judgements table (overall effectiveness this inspection and previous
inspection, access to services by young children and families, the quality of practice and services, the
effectiveness of leadership, governance and management) on the four-point scale 1 outstanding to 4 inadequate,
the summary of key findings for children and families ("It is not outstanding because:"), "What does the group
need to do to improve further?", information about this inspection with the lead inspector and team,
information about the group (reach area, the number of children under five, the target groups), the inspection
findings for each key judgement with reach figures, the children's centre group details and the group's own
footer "Inspection report: ... n of N". Sedgecombe County Council, the Lindenfold group, the centres, the people
and all figures are fictional."""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common16 import *  # noqa: F401,F403

out = out_path("ofsted-childrens-centres/Lindenfold-Childrens-Centre-Group-inspection-report-February-2015.pdf")

HEAD = ParagraphStyle("cchead", parent=TITLE, fontSize=21, leading=26)
GRADE_COLOURS = {"Good 2": "#d3ecd0", "Requires improvement 3": "#fbe3b3", "Outstanding 1": "#b7dfc0",
                 "Inadequate 4": "#f2b8b5"}

s = [
    P("<b>Ofsted</b>", SUB),
    sp(14),
    Paragraph("Lindenfold Children's Centre Group", HEAD),
    P("Inspection report for children's centre group", SUB),
    sp(6),
    kv([
        ("Local authority", "Sedgecombe"),
        ("Inspection number", "458317"),
        ("Inspection dates", "3–5 February 2015"),
        ("Lead inspector", "Margaret Ellingham HMI"),
    ], widths=(55 * mm, 115 * mm)),
    sp(8),
    kv([
        ("Centre leader", "Andrea Mellor"),
        ("Date of previous inspection", "Not previously inspected as a group"),
        ("Centre address", "Lindenfold Central Children's Centre, Orchard Way, Lindenfold, Sedgecombe"),
        ("Telephone number", "01632 960 455"),
        ("Email address", "lindenfold.group@sedgecombe.example"),
    ], widths=(55 * mm, 115 * mm)),
    sp(8),
    table([
        ["Centres that form part of this group", "URN"],
        ["Lindenfold Central Children's Centre", "21548"],
        ["Kingsmead Children's Centre", "21549"],
        ["Ashby Cross Children's Centre", "21552"],
    ], widths=[130 * mm, 40 * mm]),
    sp(8),
    P("This inspection: 3–5 February 2015"),
    shaded([
        ["", "This inspection", "Previous inspection"],
        ["Overall effectiveness", "Good 2", "Not previously inspected"],
    ], widths=[70 * mm, 50 * mm, 50 * mm], col=1, colours=GRADE_COLOURS),
    sp(4),
    shaded([
        ["Key judgement", "Grade"],
        ["Access to services by young children and families", "Good 2"],
        ["The quality of practice and services", "Requires improvement 3"],
        ["The effectiveness of leadership, governance and management", "Good 2"],
    ], widths=[120 * mm, 50 * mm], col=1, colours=GRADE_COLOURS),
    sp(10),
    P("This is a synthetic report created for testing purposes. It was not produced by Ofsted. Sedgecombe County "
      "Council, the Lindenfold Children's Centre Group, its centres, the families, the staff and all figures in "
      "this report are fictional.", SMALL),
    PageBreak(),
    h1("Summary of key findings for children and families"),
    P("<b>This is a centre group that is good.</b>"),
]
s += bullets([
    "The group is very successful in getting families with young children to register and to use its services. "
    "Nearly nine in ten families with children under five in the area are registered, and most of those in "
    "the groups the local authority has identified as priorities take part regularly.",
    "Staff work closely with health visitors, midwives and the local authority's early help teams to find "
    "the families who need help most, including those who are new to the area.",
    "The group keeps children safe. Staff know the families well, and they act quickly when they are worried "
    "about a child. Families whose circumstances have made their children vulnerable receive timely and "
    "well-coordinated support.",
    "Leaders and managers know the strengths and weaknesses of the group well. The local authority and the "
    "advisory board hold leaders firmly to account for the group's performance.",
    "Parents speak highly of the support they receive. One parent told inspectors: 'I came here when I had "
    "nobody, and now I volunteer here twice a week.'",
])
s += [P("<b>It is not outstanding because:</b>")]
s += bullets([
    "Not enough children, particularly boys and those from the Kingsmead area, reach a good level of "
    "development by the end of the Reception Year.",
    "Too few of the parents who start adult learning courses at the centres go on to complete them or to "
    "gain a qualification.",
    "The take-up of funded early education places for two-year-olds is not high enough in the Ashby Cross "
    "area.",
    "The group does not yet collect enough information about the difference its services make to families "
    "over time.",
])
s += [
    h1("What does the group need to do to improve further?"),
]
s += bullets([
    "Improve the proportion of children reaching a good level of development at the end of the Early Years "
    "Foundation Stage by working more closely with early years providers and schools, particularly to "
    "improve boys' communication and language skills.",
    "Increase the proportion of eligible two-year-olds in the Ashby Cross area who take up a funded early "
    "education place, so that it matches the rest of the group.",
    "Work with adult learning providers to make sure that more parents complete their courses and gain "
    "qualifications that help them into work.",
    "Make better use of information about the outcomes achieved by families to show the difference the "
    "group's services make, and share this with the advisory board.",
])
s += [
    h1("Information about this inspection"),
    P("The inspection of this children's centre group was carried out under Part 3A of the Childcare Act 2006 "
      "as amended by the Apprenticeships, Skills, Children and Learning Act 2009. It was carried out at the "
      "same time as the inspections of each of the centres in the group."),
    P("This inspection was carried out by one of Her Majesty's Inspectors and two additional inspectors."),
    P("The inspectors held meetings with the centre leader, the group's senior family support workers, "
      "representatives of the local authority, health visitors, midwives, staff from Sedgecombe Adult and "
      "Community Learning, and members of the Lindenfold Advisory Board. They spoke with 43 parents, some on "
      "their own and some in groups."),
    P("The inspectors visited all three centres. They observed 11 activities, some of them jointly with the "
      "centre leader, and looked at a range of documents, including the group's self-evaluation, its "
      "improvement plan, case files, safeguarding policies and records of supervision."),
    h2("Inspection team"),
    table([
        ["Name", "Role"],
        ["Margaret Ellingham", "Her Majesty's Inspector, lead inspector"],
        ["Stephen Quarrie", "Additional inspector"],
        ["Nadira Bhatti", "Additional inspector"],
    ], widths=[70 * mm, 100 * mm]),
    PageBreak(),
    h1("Full report"),
    h2("Information about the group"),
    P("The Lindenfold Children's Centre Group is made up of three children's centres: Lindenfold Central "
      "Children's Centre, Kingsmead Children's Centre and Ashby Cross Children's Centre. The three centres "
      "became a group in April 2013, under a single centre leader and a shared staff team. Lindenfold "
      "Central Children's Centre is the main base for the group. The group is managed directly by Sedgecombe "
      "County Council."),
    P("The group serves the market town of Lindenfold and the surrounding villages. There are 4,812 children "
      "under five living in the group's reach area. About 34% of them live in households that are among the "
      "30% most deprived in England, most of them in the Kingsmead and Ashby Cross wards. About 21% of "
      "children under five live in workless households."),
    P("Most families are of White British heritage. Around 12% of families are from Eastern European "
      "backgrounds, mainly Polish, Lithuanian and Romanian, and this proportion has grown since 2012. Children "
      "typically enter early years provision with skills and knowledge below those typical for their age."),
    P("The group offers stay and play sessions, baby clinics with health visitors, breastfeeding support, "
      "parenting programmes, family support in the home, adult learning courses and employment advice. "
      "There is an early years provider on the Ashby Cross site, which is inspected separately."),
    P("The local authority has identified the following groups as priorities for the group: families living "
      "in the most deprived areas, teenage parents, lone parents, workless households, families from Eastern "
      "European backgrounds, and children with special educational needs or disabilities."),
    h2("Inspection judgements"),
    h3("Access to services by young children and families: Good"),
]
s += bullets([
    "The group has been very effective in registering families. Of the 4,812 children under five in the "
    "reach area, 87% are registered with the group, and 71% of these families have used its services "
    "regularly in the last year. Registration is high in all the priority groups, including 94% of teenage "
    "parents and 88% of families living in the most deprived areas.",
    "Staff use information from health visitors and midwives, shared under a data-sharing agreement, to "
    "know about every new birth in the area. Each new family receives a welcome visit or telephone call from "
    "a family support worker within four weeks of the birth.",
    "Outreach work to families from Eastern European backgrounds is a strength. A bilingual family support "
    "worker runs a weekly session, Rodzina Together, at the Kingsmead centre, and 73% of these families are "
    "now registered, up from 41% in 2013.",
    "The take-up of funded early education by three- and four-year-olds is high, at 96%. Across the group, "
    "79% of eligible two-year-olds take up a funded place. However, in the Ashby Cross area, only 58% of "
    "eligible two-year-olds take up a place.",
    "Fathers are well engaged. The Saturday Dads' Club at Lindenfold Central is popular, and 46% of "
    "registered fathers used the group's services in the last year.",
])
s += [h3("The quality of practice and services: Requires improvement")]
s += bullets([
    "Although many of the group's services are of good quality, children's outcomes at the end of the Early "
    "Years Foundation Stage are not improving quickly enough. In 2014, 54% of children in the reach area "
    "reached a good level of development, below the national figure of 60%. Only 45% of boys and 41% of "
    "children in the Kingsmead area did so.",
    "The group's speech and language sessions, called Little Talkers, are well planned with the local speech "
    "and language therapy service, and children who attend make good progress. However, too few of the "
    "children who need them attend regularly.",
    "Parenting programmes are effective. In the last year, 112 parents completed the Incredible Years "
    "programme, and their evaluations show that most feel more confident in managing their children's "
    "behaviour. The Freedom Programme for women who have experienced domestic abuse is valued highly by "
    "those who attend.",
    "Adult learning requires improvement. In 2013-14, 168 parents started courses at the centres, including "
    "English for speakers of other languages, maths and first aid, but only 52% completed them and only 38% "
    "gained a qualification. The links with Jobcentre Plus are new and it is too soon to see their impact.",
    "Breastfeeding support is good. The proportion of mothers who start breastfeeding is 71%, and the "
    "proportion still breastfeeding at six to eight weeks has risen from 31% to 39% in two years, because of "
    "the group's peer supporters, the Milk Mates.",
    "Family support in the home is well targeted and effective. Family support workers use the common "
    "assessment framework well, and in the 18 case files inspectors examined, support was well matched to "
    "families' needs and had made a clear difference in most.",
])
s += [h3("The effectiveness of leadership, governance and management: Good")]
s += bullets([
    "The centre leader, who has been in post since the group was formed, provides strong and determined "
    "leadership. Staff are proud to work for the group and morale is high despite reductions in the budget. "
    "The group's budget was reduced by 14% in 2014-15.",
    "The local authority knows the group well. Its performance is reviewed through an annual conversation "
    "with the local authority's early years commissioning manager, and the targets it sets are challenging.",
    "The Lindenfold Advisory Board includes parents, health, schools, Jobcentre Plus and the police. It is "
    "chaired by a parent, Kerry Ashdown, and provides effective challenge to leaders. Parents are well "
    "represented, and the Parents' Forum has influenced the timetable, for example by asking for more "
    "sessions at weekends.",
    "Safeguarding arrangements are effective and meet statutory requirements. Staff are well trained and "
    "supervision is regular. Staff work closely with social workers, and children subject to child "
    "protection plans or who are looked after are known to the group and receive appropriate support.",
    "The group's self-evaluation is accurate. However, the group does not yet track the progress of "
    "families over time well enough to show the difference its services make, and leaders rely too much on "
    "counting how many families attend.",
    "Resources are used well. The group has 64 volunteers, many of them parents, and seven former volunteers "
    "have gained paid employment in the last year.",
])
s += [
    h2("The centres in this group"),
    table([
        ["Centre", "Where it is", "Main services"],
        ["Lindenfold Central Children's Centre (URN 21548)", "Orchard Way, Lindenfold town centre; open Monday "
         "to Friday 8.30am to 5pm and on Saturday mornings",
         "Group office; baby clinics; stay and play; Saturday Dads' Club; Incredible Years; adult learning "
         "room; Milk Mates breastfeeding drop-in"],
        ["Kingsmead Children's Centre (URN 21549)", "On the site of Kingsmead Primary School; open Monday to "
         "Friday 9am to 3pm",
         "Rodzina Together; Little Talkers; stay and play; family support; Freedom Programme"],
        ["Ashby Cross Children's Centre (URN 21552)", "Ashby Cross Community Centre, shared with an early "
         "years provider; open Monday to Thursday 9am to 4pm",
         "Baby clinics; stay and play; employment advice with Jobcentre Plus; outreach to villages"],
    ], widths=[50 * mm, 55 * mm, 65 * mm]),
    sp(8),
    h2("What parents told inspectors"),
    P("Parents who spoke with inspectors were overwhelmingly positive about the group. They said that staff "
      "are friendly and approachable, and that the centres are welcoming places where they have made friends. "
      "Several parents said that the group had helped them when they felt isolated after the birth of a baby. "
      "Parents from Eastern European backgrounds said that the bilingual worker had helped them to register "
      "with a GP and a dentist and to understand how the school admissions system works."),
    P("Some parents living in the villages around Ashby Cross said that it was difficult to get to the centre "
      "without a car, and that the bus service had been reduced. The group has started an outreach stay and "
      "play session in two village halls, but this is recent."),
    P("Parents of children with special educational needs or disabilities said that the group had helped them "
      "to get an early assessment and to understand what support was available. A monthly sensory play "
      "session at Lindenfold Central is valued by these families."),
    h2("How well the group has used its resources"),
    P("The group's budget for 2014-15 is £612,000, shared between the three centres. Leaders have made savings "
      "by bringing the three administrative teams together and by sharing a single family support team across "
      "the group, without reducing the number of sessions offered to families. The local authority has "
      "confirmed the group's budget for 2015-16."),
    P("The group makes good use of partners' resources. Health visitors run clinics in all three centres, and "
      "Sedgecombe Adult and Community Learning funds the tutors for the adult learning courses. The group has "
      "secured £18,500 from a local charitable trust to run the Saturday Dads' Club for a further two years."),
    h1("Children's centre group details"),
    kv([
        ("Inspection number", "458317"),
        ("Managed by", "The local authority"),
        ("Approximate number of children under five in the reach area", "4,812"),
        ("Centre leader", "Andrea Mellor"),
        ("Date of previous inspection", "Not previously inspected as a group"),
        ("Telephone number", "01632 960 455"),
        ("Email address", "lindenfold.group@sedgecombe.example"),
    ], widths=(85 * mm, 85 * mm)),
    sp(10),
    h1("What inspection judgements mean"),
    table([
        ["Grade", "Judgement", "Description"],
        ["Grade 1", "Outstanding", "Practice consistently reflects the highest aspirations for children and "
         "their families and, as a result, inequalities are reducing rapidly and gaps are closing."],
        ["Grade 2", "Good", "Practice enables most children and their families to access good quality services "
         "that improve children's wellbeing and achieve the stated outcomes for families."],
        ["Grade 3", "Requires improvement", "Performance is not as good as it might reasonably be expected to be "
         "in one or more key areas."],
        ["Grade 4", "Inadequate", "The needs of children and families in its area are not being met and/or the "
         "leadership and management are not providing sufficient challenge to bring about improvement to the "
         "quality of services."],
    ], widths=[22 * mm, 38 * mm, 110 * mm]),
    sp(10),
    P("Any complaints about the inspection or the report should be made following the procedures set out in "
      "the guidance 'Complaints procedure: raising concerns and making complaints about Ofsted'.", SMALL),
    P("The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to "
      "achieve excellence in the care of children and young people, and in education and skills for learners of "
      "all ages.", SMALL),
    P("This report is synthetic and was not produced by Ofsted.", SMALL),
]
build16(out, s, header_left="Ofsted", header_right="Inspection report: Lindenfold Children's Centre Group",
        footer_left="Inspection report: Lindenfold Children's Centre Group, 3–5 February 2015",
        page_fmt="{n} of {total}", title="Lindenfold Children's Centre Group: inspection report",
        author="Ofsted")
print(out)
