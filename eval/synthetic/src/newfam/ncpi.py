import sys

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from pdflib import build

OUT = (
    __import__("os").environ["SYNTHETIC_OUT"]
    + "/hmicfrs-child-protection/national-child-protection-inspection-northshire-constabulary-2025.pdf"
)
B = [
    ("title", "Northshire Constabulary<br/>National child protection inspection"),
    ("sp", 8),
    ("meta", "His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services"),
    ("meta", "Inspection dates: 2 to 13 June 2025"),
    ("meta", "Published: 23 October 2025"),
    ("meta", "Lead inspector: Rebecca Thornley"),
    ("meta", "HM Inspector of Constabulary: Joanna Whitcombe"),
    ("sp", 70),
    (
        "small",
        "This is a synthetic document created for testing purposes. Northshire Constabulary, its people and all figures in this report are fictional.",
    ),
    ("pb",),
    ("h1", "Contents"),
    (
        "bullets",
        [
            "1. Introduction",
            "2. Summary of findings",
            "3. Causes of concern and recommendations",
            "4. Areas for improvement",
            "5. Leadership and management",
            "6. Initial contact",
            "7. Assessment and help",
            "8. Investigation",
            "9. Decision-making",
            "10. Managing those who pose a risk to children",
            "11. Police detention",
            "Annex A: Case audit results",
        ],
    ),
    ("h1", "1. Introduction"),
    (
        "np",
        "1.1",
        "This inspection is one of a rolling programme of inspections of all police forces in England and Wales. It examines how well the police protect children at risk of harm. We assess the effectiveness of decisions made by officers and staff from the first point of contact to the conclusion of the case, and we examine how well the force works with other organisations to protect children. We don’t give graded judgments in national child protection inspections.",
    ),
    (
        "np",
        "1.2",
        "Northshire Constabulary serves a population of about 1.3 million people, of whom approximately 276,000 are children. The force works with four local authorities: Northshire County Council, Kettleby City Council, Ashbridge Borough Council and Marsholt Borough Council. Each area has its own multi-agency safeguarding arrangements, overseen by the Northshire Safeguarding Children Partnership.",
    ),
    (
        "np",
        "1.3",
        "During our fieldwork, between 2 and 13 June 2025, we examined 84 cases in which the police had been involved in protecting children. We spoke to more than 120 officers and staff, and to representatives of the four local authorities, health services and schools. The results of our case audit are in Annex A.",
    ),
    ("h1", "2. Summary of findings"),
    (
        "np",
        "2.1",
        "The force is committed to improving its services for children, and we found many officers and staff who are dedicated to keeping children safe. The force manages registered sex offenders who pose a risk to children well, and its online child abuse team responds promptly to the highest-risk referrals.",
    ),
    (
        "np",
        "2.2",
        "However, we found that too many children don’t receive the service they should. Of the 84 cases we examined, we assessed the police response as good in 21, as requiring improvement in 37, and as inadequate in 26. Practice was weakest in cases involving children detained in police custody overnight and domestic abuse incidents where children were present.",
    ),
    (
        "np",
        "2.3",
        "We have identified two causes of concern and made two recommendations. We have also identified five areas for improvement. The force’s response to our 2023–25 PEEL inspection, in which we graded it as requires improvement at protecting vulnerable people, is at an early stage.",
    ),
    ("h1", "3. Causes of concern and recommendations"),
    ("h2", "Cause of concern 1: Children detained in police custody overnight"),
    (
        "np",
        "3.1",
        "Too many children are held in police custody overnight after being charged. In the 12 months to 31 March 2025, 147 children were detained overnight after charge and refused bail. The local authority provided alternative accommodation, as required by section 38(6) of the Police and Criminal Evidence Act 1984, for only 9 of them. Custody officers didn’t always challenge the local authority or record why a transfer hadn’t taken place.",
    ),
    ("h3", "Recommendation 1"),
    (
        "np",
        "3.2",
        "Within six months, the chief constable should work with the four local authorities to make sure that children who are charged and refused bail are transferred to local authority accommodation, and that the reasons why a transfer doesn’t take place are recorded and reviewed by an inspector.",
    ),
    ("h2", "Cause of concern 2: Delays in the public protection hub"),
    (
        "np",
        "3.3",
        "At the time of our inspection, there was a backlog of 612 child concern notifications awaiting research in the force’s public protection hub at the Kettleby MASH. The oldest had been waiting for 23 days. This means that information about risks to children isn’t being shared with children’s social care promptly, and some children may be left at risk of harm.",
    ),
    ("h3", "Recommendation 2"),
    (
        "np",
        "3.4",
        "Within three months, the chief constable should make sure that child concern notifications are researched, risk-assessed and shared with partner agencies within 24 hours, or within 72 hours where the force has assessed the risk as standard, and that supervisors monitor the backlog daily.",
    ),
    ("h1", "4. Areas for improvement"),
    ("np", "4.1", "We identified the following areas for improvement. The force should:"),
    (
        "bullets",
        [
            "make sure that officers record the voice, views and behaviour of children at incidents, which we found in only 43 percent of the cases where it was relevant;",
            "improve the quality and consistency of return home interview information shared about missing children;",
            "make sure the police attend, and contribute to, every child exploitation panel and strategy discussion;",
            "make sure all frontline officers and staff complete its Child Centred Policing training; and",
            "make sure that the use of police protection powers is reviewed by a designated officer and that this review is recorded.",
        ],
    ),
    ("h1", "5. Leadership and management"),
    (
        "np",
        "5.1",
        "The chief officer team has made child protection a priority in the force’s control strategy. Assistant Chief Constable Priya Desai is the force lead for public protection and chairs a monthly vulnerability board. Leaders are visible and frontline officers told us they felt able to raise concerns about children’s welfare.",
    ),
    (
        "np",
        "5.2",
        "The child abuse investigation unit (CAIU) has an establishment of 46 detective posts. At the time of our inspection, 11 of these posts were vacant, and detectives each had an average of 19 open investigations. Some detectives told us that their workloads prevented them from carrying out timely investigations.",
    ),
    (
        "np",
        "5.3",
        "In April 2024, the force launched its Child Centred Policing training programme. At the time of our inspection, only 58 percent of frontline officers and staff had completed it. Those who had completed the training spoke positively about it, and we saw better practice in the cases they dealt with.",
    ),
    (
        "np",
        "5.4",
        "The force uses a performance dashboard to monitor child protection activity, but it doesn’t routinely audit the quality of practice. The force’s own audit of 30 domestic abuse cases in early 2025 found similar weaknesses to those we identified.",
    ),
    ("h1", "6. Initial contact"),
    (
        "np",
        "6.1",
        "Call handlers in the force control room generally identified children at risk and prioritised calls appropriately. In most cases, officers attended incidents involving children promptly. However, we found cases in which officers attending domestic abuse incidents didn’t speak to the children present, or didn’t record what the children had seen or heard.",
    ),
    (
        "np",
        "6.2",
        "In the 12 months to 31 March 2025, the force recorded 3,870 missing episodes involving 1,104 children. The force uses the Philomena Protocol with children’s homes and foster carers, which means that key information is ready when a child goes missing. Officers carried out prevention interviews for children who had been found, but the information from independent return home interviews wasn’t always shared with the police.",
    ),
    ("h1", "7. Assessment and help"),
    (
        "np",
        "7.1",
        "All police concerns about children are sent to the public protection hub in the Kettleby MASH. Staff in the hub are experienced and knowledgeable, but there aren’t enough of them to deal with the volume of work. As set out in cause of concern 2, we found a backlog of 612 child concern notifications.",
    ),
    (
        "np",
        "7.2",
        "Strategy discussions generally took place promptly when children were at risk of significant harm, and the police attended them in most cases. But the police were absent from 9 of the 27 child exploitation panels held in the three months before our inspection.",
    ),
    (
        "np",
        "7.3",
        "The force has a dedicated child exploitation team, <i>Operation Harbour</i>, which works with partners to identify and disrupt those who exploit children. In 2024 the team issued 23 child abduction warning notices and secured 6 sexual risk orders.",
    ),
    ("h1", "8. Investigation"),
    (
        "np",
        "8.1",
        "Investigations into child abuse were generally thorough, but too many were delayed. The average time from the recording of a child sexual abuse offence to a charging decision was 387 days. Victims and their families weren’t always kept informed of progress.",
    ),
    (
        "np",
        "8.2",
        "The online child abuse team, <i>Project Sentinel</i>, acts on referrals from the National Crime Agency. The force assesses each referral using the KIRAT risk assessment tool. It acted on all very high-risk referrals within 24 hours, but the average time from referral to the execution of a warrant for medium-risk referrals was 43 days.",
    ),
    (
        "np",
        "8.3",
        "Achieving best evidence (ABE) interviews were carried out by trained officers in suitable facilities. The force has two specialist interview suites, in Kettleby and Marsholt, and has an intermediary available for children with communication needs.",
    ),
    ("h1", "9. Decision-making"),
    (
        "np",
        "9.1",
        "Officers used police protection powers under section 46 of the Children Act 1989 on 63 occasions in the 12 months to 31 March 2025. In most of the cases we examined, the use of the power was appropriate. However, a review by a designated officer was recorded in only 6 of the 10 cases we examined, and in two cases children were taken to a police station when a safer place was available.",
    ),
    (
        "np",
        "9.2",
        "Supervisors didn’t always record their rationale when deciding to take no further action in child protection investigations.",
    ),
    ("h1", "10. Managing those who pose a risk to children"),
    (
        "np",
        "10.1",
        "The force manages registered sex offenders well. There were no overdue risk assessments or visits at the time of our inspection. Officers worked with probation and children’s social care to share information about offenders who had contact with children, and made good use of disclosures under the Child Sex Offender Disclosure Scheme (Sarah’s Law), of which the force made 58 in 2024.",
    ),
    ("h1", "11. Police detention"),
    (
        "np",
        "11.1",
        "Custody staff treated children with care and made sure an appropriate adult was present. The force has a liaison and diversion service in each of its three custody suites. But, as set out in cause of concern 1, too many children were held overnight after charge. In the eight custody cases we examined, we assessed none as good.",
    ),
    (
        "np",
        "11.2",
        "The force had no agreement with the local authorities about the provision of secure accommodation, and we found that Kettleby City Council had only one bed available for children who needed to be moved from custody.",
    ),
    ("h1", "Annex A: Case audit results"),
    ("p", "The table below shows our assessment of the 84 cases we examined."),
    (
        "table",
        [
            ["Case type", "Cases examined", "Good", "Requires improvement", "Inadequate"],
            ["Children at risk of exploitation", "12", "2", "5", "5"],
            ["Missing children", "10", "3", "4", "3"],
            ["Online child abuse", "8", "3", "4", "1"],
            ["Domestic abuse incidents with children present", "14", "2", "6", "6"],
            ["Child sexual abuse investigations", "12", "3", "5", "4"],
            ["Police protection (section 46)", "10", "3", "5", "2"],
            ["Children detained in custody overnight", "8", "0", "3", "5"],
            ["Registered sex offenders with access to children", "10", "5", "5", "0"],
            ["Total", "84", "21", "37", "26"],
        ],
        [62, 26, 20, 34, 26],
    ),
    ("p", "<b>Joanna Whitcombe</b><br/>His Majesty’s Inspector of Constabulary"),
]
if __name__ == "__main__":
    import os

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    build(
        OUT, B, header="National child protection inspection: Northshire Constabulary", footer_left="HMICFRS"
    )
    print(OUT)
