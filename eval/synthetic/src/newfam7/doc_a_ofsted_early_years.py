import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from common7 import *

out = out_path("ofsted-early-years/EY583921_Tumblewick_Day_Nursery_inspection_report_February_2025.pdf")

s = []
s += [
    Paragraph("Inspection of Tumblewick Day Nursery", TITLE),
    P("Unit 4, Larkspur Mews, Brackenford, Wexmoor BF3 9QT"),
    sp(4),
    table(
        [
            ["Inspection date", "4 February 2025"],
            ["Previous inspection date", "12 July 2019"],
        ],
        widths=[70 * mm, 60 * mm],
        header=False,
    ),
    sp(8),
    table(
        [
            ["Overall effectiveness", "Requires improvement"],
            ["The quality of education", "Requires improvement"],
            ["Behaviour and attitudes", "Good"],
            ["Personal development", "Good"],
            ["Leadership and management", "Requires improvement"],
            ["Overall effectiveness at previous inspection", "Good"],
        ],
        widths=[110 * mm, 55 * mm],
        header=False,
    ),
    sp(8),
    h2("What is it like to attend this early years setting?"),
    h3("The provision requires improvement"),
    P(
        "Children arrive happily and separate from their parents with ease. They are greeted warmly by staff, who know "
        "them well. Babies in the Ladybirds room snuggle in for a cuddle with their key person when they are tired, and "
        "toddlers in the Hedgehogs room confidently ask staff for help. Children behave well. They share resources, take "
        "turns on the trikes and are praised for their kindness. Older children in the Owls pre-school room proudly add "
        "leaves to the 'kindness tree' when they notice a friend helping someone."
    ),
    P(
        "The quality of teaching is too variable across the nursery. In the pre-school room, staff plan interesting "
        "activities that build on what children already know. For example, children use scales to weigh conkers and "
        "count how many they need to balance a pine cone. However, in the baby and toddler rooms, staff do not "
        "consistently model language or extend children's first words. At times, babies sit for long periods with "
        "little interaction, and the noise level in the toddler room makes it hard for children to hear and join in "
        "with conversations."
    ),
    P(
        "Children enjoy being outdoors. Every Wednesday, pre-school children take part in 'Wild Wednesdays', the "
        "nursery's forest school sessions on Brackenford Common, where they build dens, look for minibeasts and learn "
        "to manage risks, such as using a fire circle safely. Children develop their physical skills well."
    ),
    h2("What does the early years setting do well and what does it need to do better?"),
]
s += bullets(
    [
        "The nursery has been through a period of significant change. The current manager took up her post in "
        "September 2024 and is the third manager in 18 months. Nine of the 16 members of staff have joined the nursery "
        "in the past 12 months. The manager has an accurate view of the nursery's strengths and weaknesses and has "
        "begun to make changes, but these have not yet had enough impact on the quality of teaching.",
        "The manager and the provider have designed a curriculum that focuses on children's communication and their "
        "independence, to help them to be ready for the next stage in their learning. In the pre-school room, the "
        "'Chatterbox Corner' programme is used well. Staff introduce two new words each week, such as 'enormous' and "
        "'delicate', and children use these words confidently in their play.",
        "Supervision arrangements for staff are not effective. Staff have regular supervision meetings, but these "
        "focus mainly on attendance and staff well-being rather than on the quality of their teaching. Less "
        "experienced staff, particularly in the baby room, do not receive the coaching they need to support babies' "
        "early communication. As a result, some babies do not make the progress they are capable of in their speaking "
        "and listening.",
        "Staff are not always deployed well enough to meet the ratio requirements. At lunchtime on the day of the "
        "inspection, while other staff took their breaks, one member of staff was left caring for seven two-year-old "
        "children in the Hedgehogs room. This breaches the legal ratio for this age group, and children's needs were "
        "not met while she tried to serve lunch and change a nappy at the same time.",
        "The special educational needs coordinator (SENCo) knows the children well. Six children currently receive "
        "support for special educational needs and/or disabilities (SEND). The SENCo makes timely referrals to other "
        "professionals, such as speech and language therapists, and staff follow the targets set for these children. "
        "Children with SEND make good progress from their starting points.",
        "Leaders use additional funding effectively. The early years pupil premium pays for weekly swimming lessons "
        "at Brackenford Leisure Centre for eligible children, and for extra small-group language sessions.",
        "Mealtimes are sociable occasions. Meals are cooked on site by the nursery's chef, and menus are planned to "
        "meet children's dietary needs and allergies. Older children serve their own food and pour their own drinks, "
        "which supports their independence.",
        "Children's personal development is good. They learn about the wider world through celebrations such as "
        "Diwali and Chinese New Year, and through visits from local people, including a firefighter and a dentist. "
        "Staff help children to manage their feelings, using a 'feelings fan' to help them to name how they feel.",
        "Partnership with parents is variable. Parents speak highly of the caring staff, and they receive daily "
        "updates through the 'Tumblewick Tales' app. However, several parents said they receive little information "
        "about what their children are learning next, and how they can support this at home.",
    ]
)
s += [
    h2("Safeguarding"),
    P("The arrangements for safeguarding are effective."),
    P(
        "Staff know the signs that may indicate that a child is at risk of harm, including the possible signs of "
        "exposure to extreme views. They know who to report any concerns to, including outside the nursery. The "
        "designated safeguarding lead has completed advanced training and makes appropriate referrals to the local "
        "authority's children's services. Leaders follow safer recruitment procedures and check the ongoing "
        "suitability of staff. The premises are secure, and children are supervised closely when they use the garden. "
        "All staff who work directly with children hold a current paediatric first-aid certificate."
    ),
    h2("What does the setting need to do to improve?"),
    P(
        "<b>To meet the requirements of the early years foundation stage and Childcare Register the provider must:</b>"
    ),
    table(
        [
            ["", "Due date"],
            ["ensure that staff are deployed effectively so that the ratio requirements are met at all times, "
             "including when staff take their breaks", "18/02/2025"],
            ["provide staff with effective supervision, coaching and training that focuses on improving the quality of "
             "their teaching, particularly to support babies' communication and language", "04/04/2025"],
        ],
        widths=[135 * mm, 30 * mm],
    ),
    sp(6),
    P("<b>To further improve the quality of the early years provision, the provider should:</b>"),
]
s += bullets(
    [
        "strengthen the information shared with parents about their children's next steps in learning, so that they "
        "can support their children's learning at home",
        "reduce the background noise in the toddler room, so that children can hear and take part in conversations.",
    ]
)
s += [
    h2("Setting details"),
    table(
        [
            ["Unique reference number", "EY583921"],
            ["Local authority", "Wexmoor"],
            ["Inspection number", "10348817"],
            ["Type of provision", "Childcare on non-domestic premises"],
            ["Registers", "Early Years Register, Compulsory Childcare Register, Voluntary Childcare Register"],
            ["Day care type", "Full day care"],
            ["Age range of children at time of inspection", "0 to 4"],
            ["Total number of places", "62"],
            ["Number of children on roll", "87"],
            ["Name of registered person", "Tumblewick Childcare Ltd"],
            ["Registered person unique reference number", "RP583920"],
            ["Telephone number", "01632 960417"],
            ["Date of previous inspection", "12 July 2019"],
        ],
        widths=[80 * mm, 85 * mm],
        header=False,
    ),
    h2("Information about this early years setting"),
    P(
        "Tumblewick Day Nursery registered in 2018. It is one of two nurseries run by Tumblewick Childcare Ltd and is "
        "located in Brackenford, Wexmoor. The nursery employs 16 members of staff. Of these, 10 hold appropriate early "
        "years qualifications at level 3 or above, including the manager, who holds a qualification at level 6. The "
        "nursery opens from Monday to Friday, all year round except for one week at Christmas. Sessions are from "
        "7.30am until 6.30pm. The nursery receives funding to provide free early education for children aged nine "
        "months to four years."
    ),
    h2("Information about this inspection"),
    P("<b>Inspector</b><br/>Philippa Quarrington"),
    h3("Inspection activities"),
]
s += bullets(
    [
        "This was the first routine inspection the provider received since the COVID-19 pandemic began. The inspector "
        "discussed the impact of the pandemic with the provider and has taken that into account in her evaluation of "
        "the provider.",
        "The manager and the inspector completed a learning walk together of all areas of the nursery and discussed "
        "the early years curriculum.",
        "The inspector observed the quality of education during activities indoors and outdoors and assessed the "
        "impact that this was having on children's learning.",
        "The inspector carried out a joint observation of a group activity in the pre-school room with the deputy "
        "manager.",
        "The inspector spoke to several parents during the inspection and took account of their views.",
        "The inspector looked at relevant documentation and reviewed evidence of the suitability of staff working in "
        "the nursery.",
    ]
)
s += [
    P(
        "We carried out this inspection under sections 49 and 50 of the Childcare Act 2006 on the quality and "
        "standards of provision that is registered on the Early Years Register. The registered person must ensure that "
        "this provision complies with the statutory framework for children's learning, development and care, known as "
        "the early years foundation stage.",
        SMALL,
    ),
    P(
        "If you are not happy with the inspection or the report, you can complain to Ofsted. This is a synthetic "
        "report created for testing purposes: Tumblewick Day Nursery, Tumblewick Childcare Ltd, the people named and "
        "all figures are fictional.",
        SMALL,
    ),
]
build7(
    out,
    s,
    footer_left="Inspection report: Tumblewick Day Nursery 4 February 2025",
    page_fmt="Page {n} of 4",
    title="Inspection of Tumblewick Day Nursery - 4 February 2025",
    author="Ofsted",
)
print(out)
