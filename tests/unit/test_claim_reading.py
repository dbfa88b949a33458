"""How a claim is read against a sentence (numbers, shares, negation, direction) and how a question says what
it asks about (verbs, counts, months), each on its own: no index, no encoder."""

from __future__ import annotations

import pytest

from assistant.claims import (
    _direction_differs,
    _names_all,
    _negation_differs,
    _when_differs,
    quantities,
    shares,
    shares_differ,
)
from assistant.everyday_words import is_everyday_verb
from assistant.resolve import inspection_month_named
from assistant.sentences import count_unstated
from ingest.models import DocumentMeta


def test_the_numbers_of_a_share_in_words_count_nothing() -> None:
    assert quantities("Fewer than one in six pupils were entered") == {}
    assert quantities("three quarters of 40 children") == {"children": {40.0}}


def test_a_share_in_figures_is_not_supported_by_a_sentence_without_one() -> None:
    from assistant.claims import _share_unstated

    assert _share_unstated("Fewer than one in six pupils were entered", "Too few pupils study the EBacc.")
    assert not _share_unstated(
        "Fewer than one in six pupils were entered", "Just 14% of pupils were entered."
    )
    # a half may be said in words
    assert not _share_unstated("More than half of the children were seen", "Most children were seen.")


def test_numbers_with_thousands_separators_are_one_number() -> None:
    assert quantities("around 1,500 repeat contacts") == {"contact": {1500.0}}
    assert quantities("over 4,500 repeat contacts in three months")["contact"] == {4500.0}
    # what is counted is the last word describing it: "100 extra public protection posts" counts posts
    assert quantities("added 100 extra public protection posts in 2021") == {"post": {100.0}}


@pytest.mark.parametrize(
    ("claim", "evidence", "differ"),
    [
        ("About three quarters of parents said so", "Less than a quarter of parents reported that", True),
        ("One in five children miss the check", "20% of children do not receive the check", False),
        (
            "98% of children over eight had an advocate",
            "with 98% of children over eight receiving one",
            False,
        ),
        ("Half of the plans were updated", "Over 60% of plans were updated", True),
        # a report's figure is the figure it printed: 14% is not "fewer than one in ten" ...
        ("Fewer than one in ten pupils were entered", "just 14% of pupils were entered", True),
        # ... but a claim's own figure is rounded as people round
        ("Fewer than one in six pupils were entered", "just 14% of pupils were entered", False),
        ("About 15% of pupils were entered", "just 14% of pupils were entered", False),
        # a bare percentage is the figure rounded, no further
        ("99% of dental checks were done on time", "97% of dental checks were completed on time", True),
        ("15% of pupils were entered", "14.6% of pupils were entered", False),
    ],
)
def test_shares_however_written_are_compared_as_ranges(claim: str, evidence: str, differ: bool) -> None:
    assert shares(claim) and shares(evidence)
    assert shares_differ(claim, evidence) is differ


@pytest.mark.parametrize(
    ("claim", "sentence", "differ"),
    [
        # the same denial, put in other words and another order
        (
            "more than 200 children were not having their circumstances reviewed regularly",
            "over 200 children are not having their needs and circumstances regularly reviewed.",
            False,
        ),
        (
            "The force was adequately protecting children",
            "The force wasn't adequately protecting children",
            True,
        ),
        (
            "Inspectors did not find timely return home interviews",
            "When children have been missing, return home interviews are timely.",
            True,
        ),
        # a negation about something else in the sentence denies nothing the claim says
        (
            "The 2021 visit found widespread and systemic failings.",
            "That visit in 2021 found the force wasn't adequately protecting all children who were at risk "
            "because of widespread and systemic failings.",
            False,
        ),
    ],
)
def test_negation_is_compared_on_what_it_denies(claim: str, sentence: str, differ: bool) -> None:
    assert _negation_differs(claim, sentence) is differ


@pytest.mark.parametrize(
    ("claim", "sentence", "differ"),
    [
        (
            "The quality of services had improved overall since the last inspection in 2012.",
            "However, the pace of change where improvement is needed has been too slow and, overall, there has "
            "been a decline in the quality of services since the last inspection in 2012.",
            True,
        ),
        (
            "Suspensions of pupils with SEND were rising.",
            "This is helping to reduce suspensions of pupils.",
            True,
        ),
        (
            "Most plans included a contingency plan.",
            "Very few plans include an explicit contingency plan.",
            True,
        ),
        ("Services had improved since 2019.", "Services have improved substantially since 2019.", False),
        # both ways in one sentence: it decides nothing
        ("Caseloads had risen.", "Caseloads rose in one team and fell in another.", False),
    ],
)
def test_direction_of_change_or_of_quantity(claim: str, sentence: str, differ: bool) -> None:
    assert _direction_differs(claim, sentence) is differ


def test_a_possessive_and_a_month_are_no_part_of_a_name() -> None:
    solihull = DocumentMeta(
        doc_id="d", source="s.pdf", content_hash="h", content_type="pdf", title="t",
        organisation="Solihull Metropolitan Borough Council",
    )  # fmt: skip
    claim = "Solihull's November 2019 Ofsted inspection found over 200 children were waiting."
    assert _names_all(claim, "Over 200 children were waiting.", solihull)
    assert not _names_all("Wendy Williams said so.", "Michelle Skeer said so.", solihull)


@pytest.mark.parametrize(
    ("word", "before", "verb"),
    [
        ("dealt", "", True),  # only ever a verb
        ("fallen", "staff", True),  # a participle, no noun's plural: "had the share of agency staff fallen"
        ("gather", "to", True),
        ("gather", "", False),  # may be a noun: only after "to" or an auxiliary
        ("handles", "team", False),
        ("eating", "", False),  # "eating disorder": an -ing form is as often the thing itself
        ("radicalised", "", False),  # a rare verb names the topic
        ("spent", "", True),
    ],
)
def test_common_verbs_are_what_was_done_not_the_topic(word: str, before: str, verb: bool) -> None:
    assert is_everyday_verb(word, before) is verb


def test_a_count_asked_for_that_no_sentence_gives_is_unstated() -> None:
    question = "How many hotels did the force work with to identify exploitation?"
    assert count_unstated(question, ["proactive work with hotels to identify and report exploitation"])
    assert not count_unstated(question, ["It worked with 12 hotels across the county."])
    # a number that counts something else, or stands in the next sentence, counts nothing asked
    phones = "How many mobile phones were seized at the prison last year?"
    assert count_unstated(
        phones,
        [
            "Men were offered a shower, exercise and a phone call. However, four men had been held for 72 days."
        ],
    )
    assert not count_unstated(phones, ["Staff seized 45 mobile phones in 2025."])


def test_a_sum_for_something_else_is_no_answer_to_how_much() -> None:
    from assistant.sentences import money_unstated

    repairs = "She said the association would spend an extra £12m on repairs this year."
    assert money_unstated("how much is the chief executive paid", [repairs])
    assert not money_unstated("how much extra is it putting into repairs this year", [repairs])
    # a question with nothing but money words is answered by any sum
    assert not money_unstated("how much funding did the council get", ["It received £2m from the DfE."])
    # counted in other words: people are people
    question = "How many care leavers aged 21 and over had no personal adviser?"
    assert not count_unstated(question, ["there were over 200 young people in this category"])
    # what is counted is the phrase's head: files, not children
    question = "How many child protection case files did inspectors review?"
    assert count_unstated(question, ["creating 100 posts - 41 specific to child protection - in 2023"])
    # a share answers a count
    question = "How many children who went missing had a return home interview?"
    assert not count_unstated(question, ["All are offered a return home interview and two thirds have one."])


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Who promised to work with the inspectorate after the March visit?", 3),
        ("what did the watchdog find when it inspected in May", 5),
        ("during the september inspection", 9),
        ("the inspectors may visit again", None),
        ("visited in March 2023", None),  # a year with it: the year decides
    ],
)
def test_a_month_naming_which_inspection(text: str, month: int | None) -> None:
    assert inspection_month_named(text) == month


def test_a_rank_before_a_title_is_another_title() -> None:
    force = DocumentMeta(
        doc_id="d", source="n.txt", content_hash="h", content_type="text", title="t",
        organisation="Staffordshire Police",
    )  # fmt: skip
    sentence = (
        "Staffordshire's Assistant Chief Constable Becky Riggs said the force was committed to improvement"
    )
    assert not _names_all("Becky Riggs, Staffordshire's Chief Constable, responded.", sentence, force)
    assert _names_all("Assistant Chief Constable Becky Riggs responded.", sentence, force)


def test_a_year_the_sentence_counts_from_is_another_time() -> None:
    sentence = (
        "She said the force had improved since the 2021 visit but some issues were not fully addressed."
    )
    assert _when_differs("The 2021 visit found the force had improved.", sentence)
    assert not _when_differs("Since its 2021 visit, the force had improved.", sentence)


def test_meeting_a_target_or_falling_below_it() -> None:
    claim = "Meetings were held within 28 days for nine in ten children, meeting the partnership's target."
    sentence = "Meetings were held within 28 days for only 71% of children, below the partnership's own target of 90%."
    assert _direction_differs(claim, sentence)
    assert shares("nine in ten children") == [(85.0, 95.0)]


def test_a_time_to_come_or_an_overall_grade_no_sentence_gives_is_unstated() -> None:
    from assistant.sentences import next_time_unstated, overall_grade_unstated

    question = "When is HMICFRS next due to inspect the force's child protection work?"
    assert next_time_unstated(
        question, ["The force will provide an action plan within the next eight weeks."]
    )
    assert not next_time_unstated(question, ["The next inspection will be within approximately three years."])
    # what comes next need not be a visit: a plan due to be republished is given its time
    republished = "When is the revised offer for care leavers due to be republished?"
    assert not next_time_unstated(
        republished, ["The offer is being revised and due to be republished in early 2025."]
    )
    assert next_time_unstated(republished, ["The offer is being revised with care leavers."])
    question = "What overall PEEL grade did HMICFRS give the force?"
    assert overall_grade_unstated(
        question, ["It was found to be good at working with safeguarding partners."]
    )
    assert not overall_grade_unstated(question, ["The force was rated good overall."])


def test_questions_that_open_with_an_auxiliary_and_past_visits_are_read_as_such() -> None:
    from assistant.question_terms import subject_terms
    from assistant.scope import Scope
    from assistant.sentences import next_time_unstated

    terms = subject_terms(Scope(question="Was knife crime among young people raised as a worry?"))
    assert "knife" not in terms.actions  # the subject, not "was knifed"
    assert "rais" in terms.actions
    # a visit that happened is no time still to come
    assert not next_time_unstated(
        "When did HMICFRS visit the force for the 2023 re-inspection?", ["It visited."]
    )
    assert next_time_unstated("When will inspectors return to the force?", ["It visited in March 2023."])


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "Re-referral rates in Richmond were high compared with similar areas.",
            "Re-referral rates are low in comparison to other similar local authority areas.",
        ),
        (
            "Foster carer recruitment and approvals were subject to delays.",
            "Foster carer recruitment, training and approvals are timely and effective.",
        ),
        (
            "Milton Keynes had strong arrangements to help and protect privately fostered children.",
            "There are substantial weaknesses in the arrangements to help and protect privately fostered children.",
        ),
    ],
)
def test_a_level_or_how_well_it_works_the_other_way(claim: str, sentence: str) -> None:
    assert _direction_differs(claim, sentence)


def test_a_strength_claimed_where_the_sentence_says_it_must_be_better() -> None:
    assert _direction_differs(
        "The inspection singled out the force's investigation of online child sexual exploitation as a strength.",
        "It needed to be better at investigating online child sexual exploitation, said HMICFRS.",
    )


def test_who_a_statement_is_put_in_the_mouth_of() -> None:
    from assistant.claims import _same_person, _speaker

    assert (
        _speaker("HM Inspector Wendy Williams said the force had improved its training.") == "Wendy Williams"
    )
    assert _speaker(
        "Staffordshire's Assistant Chief Constable, Becky Riggs, said the force had improved"
    ) == ("Becky Riggs")
    assert _speaker("Staffordshire Police said it will provide an action plan.") is None  # a body, no person
    assert _speaker("The force said it had made changes.") is None
    assert not _same_person("Wendy Williams", "Becky Riggs")


def test_the_same_count_at_another_time_is_compared() -> None:
    from assistant.claims import _counts_agree

    claim = quantities("The force added 100 extra posts in 2021.")
    assert _counts_agree(claim, quantities("It created an additional 100 posts in 2023."))
    assert not _counts_agree(claim, quantities("It created an additional 80 posts in 2023."))
    assert _when_differs("The force added 100 extra posts in 2021.", "It created 100 posts in 2023.")


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        # a reflexive pronoun and a time frame are how the question is put, never its topic
        ("what timeframe did the force give itself for the action plan?", {"itself", "timefram"}),
        # a clause after the topic's noun ("given to staff") is worded otherwise in the documents
        ("What did the assistant chief constable say about the training given to staff?", set()),
    ],
)
def test_words_of_the_question_form_are_no_topic(question: str, absent: set[str]) -> None:
    from assistant.corpus_profile import word_stem
    from assistant.question_terms import subject_terms
    from assistant.scope import Scope

    terms = subject_terms(Scope(question=question))
    assert not {word_stem(w) for w in absent} & terms.stems
    assert "training given to staff" not in terms.phrases


def test_a_figure_that_stands_for_the_count_states_it() -> None:
    question = "How many children were matched with permanent carers in 2021, compared with 28 in March 2020?"
    sentence = (
        "In March 2020, 28 children were matched to permanent carers, while this month the figure is 141."
    )
    assert not count_unstated(question, [sentence])
    assert count_unstated(question, ["In March 2020, 28 children were matched to permanent carers."])


def test_an_ing_form_with_an_object_is_a_verb_not_a_topic() -> None:
    from assistant.question_terms import subject_terms
    from assistant.scope import Scope

    handing = subject_terms(
        Scope(question="How long did the force give itself for handing HMICFRS its plan?")
    )
    assert "hand" in handing.actions
    eating = subject_terms(Scope(question="What did inspectors say about eating disorders?"))
    assert not eating.actions


def test_a_verb_after_an_inverted_auxiliary_is_what_is_done() -> None:
    from assistant.corpus_profile import word_stem
    from assistant.question_terms import subject_terms
    from assistant.scope import Scope

    terms = subject_terms(Scope(question="How many people does the unit supervise?"))
    assert word_stem("supervise") in terms.actions


def test_a_recommendation_says_what_ought_to_be_not_what_is() -> None:
    from assistant.claims import _ASKED_TO, _PRESCRIPTIVE

    sentence = (
        "The force should ensure that an appropriate adult is present whenever a child is strip-searched."
    )
    assert _PRESCRIPTIVE.search(sentence)
    assert not _ASKED_TO.search("Not every child who was strip-searched had an appropriate adult present.")
    assert _ASKED_TO.search("The force was told to make sure an appropriate adult is present.")


def test_the_year_a_claim_cites_its_report_by_is_not_the_time_of_what_it_claims() -> None:
    sentence = (
        "Between 2011/12 and 2012/13 the number open to the Youth Offending Team reduced from 60 to 36."
    )
    assert not _when_differs("Ofsted's 2013 Medway report said the number rose from 36 to 60.", sentence)
    assert not _when_differs("In 2013 Ofsted reported that the number rose.", sentence)
    # a year of the claimed event still differs
    assert _when_differs("The number rose in 2015, according to the 2016 inspection.", sentence)


def test_a_sentence_going_both_ways_never_supports_a_claim_going_one() -> None:
    from assistant.claims import _goes_both_ways

    sentence = "While most care leavers are offered a copy of their health summary, only a small number take this up."
    assert _goes_both_ways("Most care leavers take up the offer of their health summary.", sentence)
    assert not _goes_both_ways("Most care leavers are offered their health summary.", "Most are offered one.")
    # a figure of change said alike ("40% more") is the same statement, whatever else the sentence says
    recruited = (
        "Planning has resulted in the recruitment of 40% more frontline social workers, reducing caseloads."
    )
    assert not _goes_both_ways("Oakmere recruited 40% more frontline social workers.", recruited)
    assert _goes_both_ways("Oakmere recruited more social workers.", recruited)


def test_what_a_claim_says_is_in_reply_to_is_framing() -> None:
    from assistant.claims import _claim_words

    words = _claim_words(
        "Stourfield council says it is recruiting 16 social workers in response to the CQC assessment."
    )
    assert "recruiting" in words and not {"response", "assessment"} & words


def test_which_report_and_when_a_claim_speaks_of_is_framing() -> None:
    from assistant.claims import _claim_words

    words = _claim_words(
        "Families face a waiting list for short breaks, according to the area SEND inspection published in 2025."
    )
    assert {"waiting", "list", "breaks"} <= words and not {"according", "published"} & words
    words = _claim_words("At the time of the 2020 inspection, no cases had been in proceedings for 18 weeks.")
    assert "proceedings" in words and "time" not in words
    # "time" that is what the claim says stays
    assert "time" in _claim_words("Children waited a long time for an assessment.")


def test_a_sentence_with_shares_of_several_things_never_supports_one() -> None:
    from assistant.claims import _shares_of_several_things

    sentence = (
        "In the vast majority of cases (93%) contact is made, but only 40% of children agree to an interview."
    )
    assert _shares_of_several_things(
        "93% of children who went missing agreed to a return interview.", sentence
    )
    assert not _shares_of_several_things("93% of children agreed.", "In 93% of cases children agreed.")


def test_a_claim_that_dates_the_visit_keeps_its_date() -> None:
    sentence = "The report was published in January 2022."
    # the claim is about when inspectors came: the month it gives is what it claims
    assert _when_differs("Ofsted inspected Bedford in November 2021.", sentence)


def test_above_a_comparator_is_contradicted_by_lower_than_it_and_by_level_with_it() -> None:
    from assistant.claims import _direction_differs, _level_differs

    lower = (
        "The rate of children on plans is 34.5 per 10,000, which is lower than the England average of 47.4."
    )
    assert _direction_differs("The rate of children on plans was above the England average.", lower)
    assert not _direction_differs("The rate of children on plans was below the England average.", lower)
    level = "The number in education, employment or training, at 55%, is in line with national comparators."
    assert _level_differs("The rate in education, at 55%, was well below national comparators.", level)
    assert not _level_differs("The rate in education, at 55%, was in line with national comparators.", level)
    assert _level_differs(
        "The rate was similar to the national average.", "It was well above the national average."
    )
    # a level that is not against a comparator says nothing of this
    assert not _level_differs(
        "The rate was below the national average.", "Staffing is in line with the plan."
    )


def test_most_in_a_claim_is_a_share_a_small_figure_contradicts() -> None:
    from assistant.claims import shares_differ

    evidence = "Only 10% came from agencies other than the police."
    assert shares_differ("Most referrals came from agencies other than the police.", evidence)
    assert not shares_differ(
        "Most referrals came from agencies other than the police.", "In 85% of cases, yes."
    )
    assert shares_differ("A minority of children had a plan.", "In 90% of cases children had a plan.")
    # a figure in the claim is its share; the words around it are not weighed
    assert not shares_differ("Most of the 10% of referrals came from schools.", evidence)


def test_a_term_starts_with_what_it_names() -> None:
    from assistant.question_terms import subject_terms
    from assistant.scope import Scope

    terms = subject_terms(Scope(question="How many allegations-against-staff cases were in the backlog?"))
    # "allegations against" may be a term of the field (a report may say it with "about": extractive.py)
    assert ("allegations", "against") in terms.pairs and ("against", "staff") not in terms.pairs
    assert ("staying", "put") in subject_terms(
        Scope(question="Is staying put offered to care leavers?")
    ).pairs


def test_the_same_thing_of_another_kind_never_supports() -> None:
    from assistant.claims import _contrasts_two, _qualified_otherwise

    review = "The vast majority (96%) of child protection review conferences are held on time."
    assert _qualified_otherwise("96% of initial child protection conferences were held on time.", review)
    assert not _qualified_otherwise("96% of child protection review conferences were held on time.", review)
    # whose it is, and words the sentence says elsewhere, leave it the same thing
    assert not _qualified_otherwise(
        "The council's Safer Lives multi-agency service was running.",
        "A more systemic multi-agency service (Safer Lives) is due to start.",
    )
    sentence = (
        "Care leavers living out of borough do not receive support for council tax, unlike those living in the "
        "borough who are exempt from council tax charges."
    )
    assert _contrasts_two("Care leavers living outside the borough are exempt from council tax.", sentence)
    assert not _contrasts_two("Care leavers are exempt from council tax.", "Care leavers are exempt from it.")


def test_a_change_between_two_inspections_is_no_grade_claim() -> None:
    from assistant.claims import _change_between_times

    assert _change_between_times(
        "In November 2017 Ofsted found the council had made steady progress since it was rated inadequate in 2015."
    )
    assert not _change_between_times("Ofsted rated Somerset inadequate in 2015.")
    assert not _change_between_times("Ofsted rated Somerset inadequate in 2015, as it had in 2013.")


def test_the_kind_asked_for_is_no_topic_a_silent_report_lacks() -> None:
    from assistant.question_terms import subject_terms
    from assistant.scope import Scope

    terms = subject_terms(Scope(question="What kind of businesses did the force work with on exploitation?"))
    assert "business" in {t[:8] for t in terms.kinds} and not {
        t for t in terms.kinds if t.startswith("exploit")
    }


def test_a_superlative_a_bound_or_a_time_is_no_share_in_words() -> None:
    from assistant.claims import shares_differ

    at_41 = "Neglect was the most common category of plan, at 41%."
    assert not shares_differ("Neglect was the most common reason for a child protection plan.", at_41)
    assert not shares_differ("Children waited at most a week.", "In 30% of cases children waited.")
    assert not shares_differ(
        "In the first few weeks children were seen.", "In 90% of cases children were seen."
    )
    assert shares_differ("Very few children were seen within a week.", "In 90% of cases children were seen.")


def test_a_length_of_time_is_compared_in_days_whatever_its_unit() -> None:
    from assistant.claims import DURATION, values_meet, without_durations

    assert quantities("delays of up to two weeks")[DURATION] == {14.0}
    # "a year and a half" is "18 months"; "26 weeks" is "six months" near enough
    assert values_meet(
        DURATION, quantities("for a year and a half")[DURATION], quantities("for 18 months")[DURATION]
    )
    assert values_meet(DURATION, quantities("26 weeks")[DURATION], quantities("six months")[DURATION])
    assert not values_meet(DURATION, quantities("two days")[DURATION], quantities("two weeks")[DURATION])
    # a rate is no length of time
    assert DURATION not in quantities("up to £350 a year for each child")
    assert DURATION not in quantities("meets once a year")
    # the words of a length of time are weighed as its value, not as words
    assert without_durations("had not met for a year and a half by then").split() == [
        "had",
        "not",
        "met",
        "by",
        "then",
    ]


def test_a_sentence_that_qualifies_the_one_before_is_read_with_it() -> None:
    from assistant.claims import _ADDRESSES_WHAT_CAME_BEFORE, _PRONOUN_START

    assert _PRONOUN_START.match("Although this is below the national and regional averages, of 61.2% and 57%")
    assert _PRONOUN_START.match("This means that children wait too long.")
    assert _ADDRESSES_WHAT_CAME_BEFORE.search(
        "The council has taken positive action to address this shortfall by commissioning"
    )
    assert not _ADDRESSES_WHAT_CAME_BEFORE.search("Leaders have reduced caseloads this year.")


def test_a_share_goes_with_the_words_that_follow_it() -> None:
    from assistant.claims import _figure_for_another_thing, _shares_of_several_things

    sentence = (
        "Attempts are made to contact all children who have been missing and in the vast majority of cases (93%) "
        "contact is made, but only 40% of children agree to an interview."
    )
    wrong = "93% of children who had gone missing agreed to a return interview."
    right = "40% of children who had gone missing agreed to a return interview."
    assert _figure_for_another_thing(wrong, sentence)
    assert not _figure_for_another_thing(right, sentence)
    assert not _shares_of_several_things(right, sentence)  # the words tell which figure it is
    # words that follow neither figure tell nothing: the sentence neither supports nor contradicts
    assert _shares_of_several_things("93% of cases were closed.", sentence)
    assert not _figure_for_another_thing("93% of cases were closed.", sentence)


def test_a_person_given_a_title_without_the_rank_before_it_has_the_wrong_job() -> None:
    from assistant.claims import _title_differs

    sentence = (
        "Staffordshire's Assistant Chief Constable Becky Riggs said the force was committed to improvement"
    )
    assert _title_differs(
        "Becky Riggs, Staffordshire's Chief Constable, responded to the findings.", sentence
    )
    assert not _title_differs("Assistant Chief Constable Becky Riggs responded to the findings.", sentence)
    assert not _title_differs("Becky Riggs responded to the findings.", sentence)  # no title claimed


def test_ages_however_written_and_a_change_from_one_figure_to_another() -> None:
    from assistant.claims import AGE, ages, change_figures_differ

    assert ages("PAs start work with care leavers around their 18th birthdays") == {18.0}
    assert ages("Seven 19- to 21-year-olds are not in contact") == ages("seven care leavers aged 19 to 21")
    assert ages("when they turn 18") == {18.0} and ages("from the age of 16") == {16.0}
    assert quantities("personal advisers from the age of 16")[AGE] == {16.0}
    # one end of the change the same and the other not: the claim has it wrong
    assert change_figures_differ("cut vacant posts from 39% to 15%", "reducing vacant posts from 39% to 25%")
    assert not change_figures_differ(
        "cut vacant posts from 39% to 25%", "reducing vacant posts from 39% to 25%"
    )
    assert not change_figures_differ("rose from 10% to 30%", "fell from 45% to 20%")  # another change


def test_a_count_next_to_a_short_word_with_a_comma_after_it_is_stated() -> None:
    question = "How many family hubs does Sunderland have?"
    assert not count_unstated(
        question, ["The early help offer is supported by five family hubs, which help."]
    )


def test_what_an_earlier_inspection_raised_is_looked_back_on_from_later() -> None:
    sentence = (
        "She said the force had improved since the 2021 visit but some issues were still not fully addressed."
    )
    # the claim's 2021 is the issues', not its event's: the later visit may decide it
    assert not _when_differs(
        "The March visit found every issue raised in 2021 had been fully addressed.", sentence
    )


def test_a_figure_the_sentence_gives_nowhere_never_supports() -> None:
    from assistant.claims import _figure_unstated

    claim = quantities("Tumblewick Day Nursery is registered for 87 places.")
    blob = quantities(
        "Registered person reference RP583920 Telephone number 01632 960417 Date of inspection 12 July 2019"
    )
    assert _figure_unstated(claim, blob)
    said = quantities("It was given 15 recommendations by inspectors.")
    assert not _figure_unstated(quantities("The force was given fifteen recommendations."), said)


def test_a_year_that_dates_an_event_not_an_inspection() -> None:
    from assistant.claims import _NAMES_AN_INSPECTION

    assert not _NAMES_AN_INSPECTION.search(
        "The headteacher of Ysgol Maes Derwen has been in post since September 2019."
    )
    assert _NAMES_AN_INSPECTION.search("Ofsted's 2019 inspection found the headteacher new in post.")
    assert _NAMES_AN_INSPECTION.search("The school was rated good in 2019.")


def test_a_claims_word_is_held_in_another_of_its_forms() -> None:
    from assistant.claims import _derived_stems, _share_held

    assert _derived_stems("persistently") & _derived_stems("persistent")
    assert _derived_stems("absence") & _derived_stems("absent")
    assert _derived_stems("re-open") & _derived_stems("reopened")
    assert not _derived_stems("station") & _derived_stems("stat")
    assert _share_held("Children persistently absent from school", {"persistent", "absence", "school"}) == 1.0


def test_how_a_claim_bounds_or_dates_a_figure_is_not_what_it_claims() -> None:
    from assistant.claims import _claim_words

    words = _claim_words(
        "Ofsted's early-2017 report said more than 40% of staff left because of pay, among them 12 under-18s."
    )
    assert {"early", "more", "because", "among"}.isdisjoint(words)
    assert {"staff", "left", "under-18s"} <= words


def test_a_figure_within_the_bounds_a_text_puts_on_it_agrees() -> None:
    from assistant.claims import values_meet

    assert values_meet("time", {412.0}, {400.0}, "412 times", "more than 400 times")
    assert not values_meet("time", {4000.0}, {400.0}, "4,000 times", "more than 400 times")
    # two bounds agree only on the same figure
    assert not values_meet("case", {2000.0}, {200.0}, "more than 2,000 cases", "over 200 cases")
    assert values_meet("child", {38.0}, {40.0}, "38 children", "nearly 40 children")


def test_every_one_is_not_fewer_than_every_one() -> None:
    claim = "Every young person was registered with a dentist."
    assert _direction_differs(claim, "However, only 15 young people were registered with a dentist.")
    assert _direction_differs(claim, "All but one young person are registered with a dentist.")
    assert _direction_differs(claim, "Almost all young people are registered with a dentist.")
    assert not _direction_differs(claim, "All young people are registered with a dentist.")
    assert not _direction_differs(
        "Almost all young people see a dentist.", "Nearly all young people see a dentist."
    )


def test_a_way_things_go_said_in_other_words_is_said() -> None:
    from assistant.claims import _direction_echoed

    echoed = _direction_echoed("Absence was coming down but still high", "Absence is reducing but still high")
    assert {"coming", "down"} <= echoed


def test_the_reports_own_date_is_a_time_its_sentences_speak_of() -> None:
    report = DocumentMeta(
        doc_id="d",
        source="s.pdf",
        content_hash="h",
        content_type="pdf",
        title="t",
        inspection_start="2022-10-03",
        inspection_end="2022-10-14",
    )
    claim = (
        "Services improved substantially between the February 2019 inspection, which found them inadequate, "
        "and Ofsted's October 2022 visit."
    )
    said = "Services have improved substantially since the last inspection in February 2019."
    assert not _when_differs(claim, said, report)
    assert _when_differs(claim, said)  # without the report, October 2022 is a time the sentence does not give
    # a time the sentence gives none of is another event, report or not
    assert _when_differs("The council launched it in 2020.", "The council launched it in 2021.", report)


def test_a_count_of_another_thing_or_a_bound_it_meets_does_not_contradict() -> None:
    from assistant.claims import _counted_alike, values_meet

    # 26 young people in the hospital are not the three moved out of it
    assert not _counted_alike(
        "The paper reported that three young people had been moved from the lodge to other hospitals since February.",
        "At the time of our assessment, 26 young people were in the hospital.",
        {3.0},
    )
    assert _counted_alike(
        "Inspectors found that 40 children had been helped by the team, five of whom entered care.",
        "Approximately 40 children have been helped by the team, with only one child entering care.",
        {40.0},
    )
    # "more than 12 people" is no count that 19 people contradicts
    assert values_meet(
        "people", {19.0}, {12.0}, "found 19 people", "when more than 12 people are held", open_bounds=True
    )
    assert not values_meet("people", {19.0}, {12.0}, "found 19 people", "when more than 12 people are held")


def test_a_thing_said_to_be_done_that_was_still_to_come() -> None:
    from assistant.claims import _same_named_thing, _still_to_come

    claim = "By 2022 the council had appointed an early help coordinator based in its single point of access."
    sentence = "The local authority is in the process of recruiting an early help coordinator who will be based in the SPA."
    assert _still_to_come(claim, sentence)
    assert _same_named_thing(claim, sentence, {"coordinator"})
    assert not _still_to_come(
        "The council plans to appoint a coordinator.", sentence
    )  # the claim says it too
    named = "In 2017 the council's Safer Lives service was already up and running."
    assert _same_named_thing(named, "Safer Lives is due to be implemented in April 2017.", set())
    assert not _same_named_thing(named, "A new edge of care service is due to start.", set())


def test_a_count_in_the_reports_table_of_details_decides_a_claim_of_it() -> None:
    from assistant.claims import ClaimChecker
    from ingest.models import Fact

    nursery = DocumentMeta(
        doc_id="n",
        source="ey/n.pdf",
        content_hash="h",
        content_type="pdf",
        title="Inspection of Tumblewick Day Nursery",
        doc_type="inspection report",
        facts=[Fact("detail", "Total number of places: 62", 3, "Total number of places 62")],
    )
    wrong = ClaimChecker._detail_claim("Tumblewick Day Nursery is registered for 87 places.", [nursery])
    right = ClaimChecker._detail_claim("Tumblewick is registered for 62 places.", [nursery])
    assert wrong is not None and wrong.verdict == "contradicted"
    assert wrong.citations[0].quote == "Total number of places 62"
    assert right is not None and right.verdict == "supported"
    assert ClaimChecker._detail_claim("Tumblewick has 62 staff.", [nursery]) is None  # another count


def test_all_of_them_is_not_a_part_counted_of_the_whole() -> None:
    claim = "The Home Office accepted all seven of the recommendations."
    assert _direction_differs(
        claim, "The report made 7 recommendations, of which the Home Office accepted 5."
    )
    assert _direction_differs(
        "All 27 young people were in education.", "21 of the 27 young people were in education."
    )


def test_all_of_a_thing_is_not_some_of_it() -> None:
    from assistant.claims import _all_against_some

    claim = "HMICFRS said Staffordshire Police's progress had been disappointing and slow in all areas."
    assert _all_against_some(claim, "progress had been disappointing and slow in some areas, said HMICFRS.")
    assert not _all_against_some(claim, "Progress had been slow in some respects.")


def test_more_of_one_thing_than_another_against_the_counts_of_both() -> None:
    from assistant.claims import _comparison_differs

    sentence = "There are 106 children waiting for adoption and 59 approved adopters in Manchester."
    assert _comparison_differs(
        "There were more approved adopters than children waiting to be adopted.", sentence
    )
    assert not _comparison_differs("There were fewer approved adopters than children waiting.", sentence)
    assert not _comparison_differs("More children were adopted than last year.", sentence)


def test_a_part_counted_of_a_whole_is_the_count_and_the_whole_apart() -> None:
    claimed = quantities("only six of the 92 children on child protection plans")
    assert claimed["children"] == {6.0} and 92.0 not in claimed["children"]


def test_a_bound_leaves_out_its_own_figure() -> None:
    assert shares_differ("nearly half of families", "Over half of families are diverted from court.")
    assert not shares_differ("more than half of families", "Over half of families are diverted from court.")


def test_a_phrase_and_an_abbreviation_are_said_in_other_words() -> None:
    from assistant.claims import _abbreviated, _phrased_otherwise

    assert {"shut", "down"} <= _phrased_otherwise(
        "led to one hotel being shut down", "resulting in the closure of one establishment"
    )
    defined = [("BWV", ["body", "worn", "video"])]
    assert {"body-worn", "video"} <= _abbreviated(
        "body-worn video had been switched on", "BWV had been activated at the incident", defined
    )
    assert not _abbreviated("body-worn video had been switched on", "Cameras were used.", defined)


def test_the_report_named_by_its_time_is_not_the_time_of_what_it_says() -> None:
    claim = "The number of children looked after in North Tyneside had fallen slightly, to 298, by the 2017 inspection."
    sentence = "The number looked after at the time of the inspection was 298, a slight increase from 291 in 2015–2016."
    assert not _when_differs(claim, sentence)
    assert _direction_differs(claim, sentence)


def test_people_counted_in_everyday_words() -> None:
    question = "how many disabled kids still hadn't had their needs reassessed?"
    assert not count_unstated(question, ["The needs of 40 children still had not been re-assessed."])


def test_a_share_put_with_the_time_the_sentence_gives_another_share() -> None:
    from assistant.claims import _share_for_another_time

    sentence = (
        "In July to September 2026, 63% of IDPs were issued within 12 weeks, compared with 46% in 2025-2026."
    )
    assert _share_for_another_time(
        "The plan says 63% of IDPs were issued within 12 weeks in 2025-2026.", sentence
    )
    assert not _share_for_another_time(
        "The plan says 46% of IDPs were issued within 12 weeks in 2025-2026.", sentence
    )
    assert not _share_for_another_time(
        "attendance rose to 63% in 2021", "it rose from 40% in 2019 to 63% in 2021"
    )


def test_a_length_of_time_asked_for_that_no_sentence_gives_beside_what_lasted() -> None:
    from assistant.sentences import duration_unstated

    story = ["Wendy Williams told the force to provide an updated action plan within six weeks."]
    assert duration_unstated("how long has becky riggs been assistant chief constable?", story)
    report = ["Legal proceedings are concluded in a timely way, with current performance down to 30 weeks."]
    assert not duration_unstated("How long were care proceedings taking?", report)
    assert not duration_unstated("What did inspectors find about care proceedings?", [])


def test_review_cases_of_the_new_checks() -> None:
    from assistant.claims import _all_against_some, _direction_differs, _share_of_same_thing

    # "not all" is itself fewer than every one
    assert not _all_against_some("Not all children were seen", "Some children were not seen.")
    # one word after two shares does not make them shares of one thing
    assert not _share_of_same_thing(
        "About 40% of referrals came from the police", "Only 12% of referrals were repeat referrals."
    )
    # going back home is no decline
    assert not _direction_differs("Outcomes for children have improved", "Most children went back home.")
    # the numbers of a worded share after a part of a whole still count nothing
    assert quantities("Six of the 92 children were seen; one in five families were helped") == {
        "children": {6.0},
        "all told children": {92.0},
    }
    assert quantities("3 of the 2023 recommendations") == {"": {3.0}}


def test_a_time_of_day_the_claim_gives_must_be_the_documents() -> None:
    from assistant.claims import _CLOCK_TIME, grades_in

    assert _CLOCK_TIME.findall("raised at 01:52 and reviewed at 03:40") == ["01:52", "03:40"]
    assert _CLOCK_TIME.findall("seen at 7.40am") == ["7.40am"]
    # a ratings table's row states its grade
    from assistant.claims import _GRADE_STATED

    row = "Leadership and Management Requires significant improvement For further information, see the note."
    assert _GRADE_STATED.search(row) and grades_in(row) == ["requires significant improvement"]


def test_two_words_of_one_topic_are_still_two_kinds() -> None:
    from assistant.claims import _qualified_otherwise

    assert _qualified_otherwise(
        "the parental drug treatment service works with adults",
        "the parental alcohol treatment service works with adults",
    )
    assert not _qualified_otherwise("the biggest child population", "the largest child population in London")


def test_people_counted_in_other_words_and_abbreviations_that_end_no_sentence() -> None:
    assert not count_unstated("How many prisoners were held?", ["The prison held 243 men at the time."])
    assert not count_unstated(
        "How many referrals were there?", ["Referrals rose sharply, e.g. 4,500 in 2023."]
    )


def _story() -> DocumentMeta:
    return DocumentMeta(doc_id="n", source="news/n.txt", content_hash="h", content_type="txt", title="t")


def test_a_month_the_sentence_never_gives_is_unsupported() -> None:
    from assistant.claims import _month_unstated

    story = _story()
    claim = "The Courier reports that he died in a police cell in April 2025."
    assert _month_unstated(claim, "He was found unresponsive in a cell at the centre", story)
    assert not _month_unstated(claim, "He died in April 2025 in a cell", story)
    # the month of the report itself names the report, not an event
    report = DocumentMeta(
        doc_id="r",
        source="r.pdf",
        content_hash="h",
        content_type="pdf",
        title="t",
        inspection_start="2022-10-03",
        inspection_end="2022-10-14",
    )
    assert not _month_unstated("Ofsted's October 2022 inspection found drift.", "There is drift.", report)


def test_a_month_is_a_word_of_its_own() -> None:
    from assistant.claims import _month_unstated

    story = _story()
    claim = "Darren Hollis died in December 2024."
    # "dec" of "decision", "may" the verb: no month
    assert _month_unstated(claim, "A decision was made to release him, and he died in custody.", story)
    assert _month_unstated("He died in May 2024.", "He may have died in custody.", story)
    assert not _month_unstated("He died in May 2024.", "He died in May in custody.", story)


def test_a_year_dates_the_words_before_it_not_every_event_of_the_sentence() -> None:
    from assistant.claims import _dates_another_phrase

    sentence = (
        "There have been some changes to leadership posts, including the appointment of a director of education, "
        "learning and skills in 2022 and an interim director of children’s services in July 2024."
    )
    claim = "The council appointed its director of education, learning and skills in 2024, the December 2024 inspection noted."
    assert _dates_another_phrase(claim, sentence)
    assert _when_differs(claim, sentence)
    assert not _dates_another_phrase(
        "It appointed an interim director of children’s services in July 2024.", sentence
    )
    # a year that opens what it dates ("In 2022, ...") is not read backwards
    opening = "In 2022, a director of education was appointed, and in 2024 a new chair joined the board."
    assert not _dates_another_phrase("It appointed a director of education in 2024.", opening)


def test_a_group_of_children_is_said_by_the_heading_or_paragraph_when_the_sentence_names_none() -> None:
    from assistant.claims import _group_of_paragraph
    from assistant.evidence import Sentence
    from ingest.models import Chunk

    def sentence(text: str, paragraph: str, section: str) -> Sentence:
        chunk = Chunk("c", "d", f"{section}\n{paragraph}", 1, 1, section, 0)
        return Sentence(text, 1, chunk)

    claim = "Care leavers at university can go back to their supported lodgings in the holidays."
    unsaid = {"care", "leavers", "back"}
    said = "Young people at university return to their previous supported lodging placements during holidays."
    leavers = sentence(said, f"Young people stay put. {said}", "Experiences and progress of care leavers")
    assert _group_of_paragraph(claim, unsaid, leavers) == {"care", "leavers"}
    # a heading over two groups leaves it to the paragraph; a paragraph over two says nothing
    both = "The experiences and progress of children in care and care leavers"
    assert _group_of_paragraph(claim, unsaid, sentence(said, f"Most care leavers live well. {said}", both))
    mixed = f"Children in care and care leavers are seen. {said}"
    assert not _group_of_paragraph(claim, unsaid, sentence(said, mixed, both))
    # a sentence naming another group is about that group
    other = "Children in care return to their previous placements during holidays."
    assert not _group_of_paragraph(
        claim, unsaid, sentence(other, other, "Experiences and progress of care leavers")
    )


def test_better_than_the_average_is_no_level_with_it_and_its_words_are_the_disagreement() -> None:
    from assistant.claims import _level_differs, _level_words

    claim = "Care leavers aged 17 to 18 were doing better than the national average on education."
    assert _level_differs(claim, "Those aged 17 to 18 in education is in line with national figures.")
    assert {"better", "national", "average"} <= _level_words(claim)


def test_a_quantifier_opening_the_claim_is_no_part_of_a_name() -> None:
    rutland = DocumentMeta(
        doc_id="d", source="s.pdf", content_hash="h", content_type="pdf", title="t", organisation="Rutland",
    )  # fmt: skip
    claim = "Some Rutland children under 16 were living in unregistered children's homes."
    assert _names_all(claim, "No children under 16 are living in unregistered children’s homes.", rutland)


def test_a_when_question_asks_the_time_of_its_less_common_verb() -> None:
    from assistant.sentences import event_stems

    assert event_stems("when did fellside camhs discharge amber back to her gp") == {"discharg"}
    assert event_stems("when did inspectors visit") == set()  # an everyday verb says little
    assert event_stems("what did camhs discharge") == set()


def test_a_question_for_a_period_looks_for_a_time_from_one_date_to_another() -> None:
    from assistant.sentences import answer_type_bonus

    asked = "what period did the frank safeguarding adults review look at"
    span = "The review considered agencies' involvement from 1 April 2023, when a concern was raised, to his death."
    assert answer_type_bonus(asked, span) > answer_type_bonus(asked, "The review considered eleven agencies.")
    covered = "This report presents the findings of the Board for the period 1 April 2025 to 31 March 2026."
    assert answer_type_bonus("what period does the annual report cover", covered) > 0


def test_a_numbered_paragraphs_number_counts_nothing() -> None:
    assert quantities("4.2 The health visiting service had five contacts with the family.") == {
        "contact": {5.0}
    }
    assert quantities("4.5 hours were lost.")["hour"] == {4.5}


def test_the_figures_that_tie_a_sentence_to_a_claim() -> None:
    from assistant.claims import _anchoring_figures, _figures_in

    assert _anchoring_figures("Video was switched on at 73 of the 120 incidents it reviewed in 2024.") == {
        "73",
        "120",
    }
    assert _anchoring_figures("The 2016 report said 74% of children were placed nearby.") == {"74%"}
    assert _anchoring_figures("It had 12 staff in 2023.") == set()  # one small number says too little
    assert {"73", "120"} <= _figures_in("BWV had been activated in 73 of the 120 cases (61%).")


def test_a_sum_paid_to_the_person_the_question_names_is_stated() -> None:
    from assistant.sentences import money_unstated

    question = "how much does the council have to pay mrs x altogether under the remedy"
    assert not money_unstated(question, ["In total, the Council should pay Mrs X £6,950."])
    assert money_unstated(question, ["The council spent £12m on road repairs."])


def test_what_the_review_of_the_session_found_stays_mended() -> None:
    from assistant.claims import _dates_another_phrase, _figures_in, _level_words
    from assistant.scope import asks_of_an_earlier_inspection
    from assistant.understanding import SubjectModel, lists_a_list

    # "last" is the latest inspection to most who say it
    assert not asks_of_an_earlier_inspection("what was luton rated at its last inspection")
    # a year that opens the sentence, and a sentence that tells of the claim's event by its year
    opening = "In 2024 the council appointed a director of education and in 2022 it had appointed a new head."
    assert not _dates_another_phrase("The council appointed a director of education in 2024.", opening)
    directors = (
        "The council has had three directors of children’s services since 2019 and appointed a permanent "
        "director in 2023."
    )
    assert not _dates_another_phrase(
        "The council appointed a new director of children's services in 2023.", directors
    )
    # the measure between "better" and "than" is what the claim is about
    assert _level_words("Children did better in reading and writing than the national average.") == {
        "better",
        "than",
        "national",
        "average",
    }
    assert quantities("2.5 FTE posts were vacant.") == {"post": {2.5}}
    assert _figures_in("In 2019/20, 45% of cases") == {"45%"}
    assert _figures_in("On 3 May 2023, 2 officers attended") == {"2"}
    assert (
        SubjectModel(None).score("who is the chair of luton's corporate parenting board").best != "inspector"
    )
    assert not lists_a_list("what were the main concerns of parents about school transport in kent")


def test_a_sentence_inside_a_quotation_is_told_from_one_that_says_who_speaks() -> None:
    from assistant.claims import _QUOTE_OPENED, _inside_a_quotation

    assert _inside_a_quotation("“We owe it to Rory to make sure every professional acts on it.")
    assert _inside_a_quotation('And we no longer put a risk score on a referral."')
    assert _inside_a_quotation("Our tuition service was turning children away.")
    assert not _inside_a_quotation("One child said, “I like it here.”")  # says who speaks itself
    assert not _inside_a_quotation("The council has paid the £6,950 the Ombudsman recommended.")
    assert _QUOTE_OPENED.search("Professor Lionel Stanbury, the partnership's Independent Scrutineer, said:")
    assert _QUOTE_OPENED.search("Helen Brindley-Shaw, Director of Children's Services, said: “Rory's mother")
    assert not _QUOTE_OPENED.search("The director said the plan was working.")


def test_a_speaker_may_have_a_double_barrelled_name_and_a_description_between_commas() -> None:
    from assistant.claims import _speaker, _speaker_description

    assert _speaker(
        "Helen Brindley-Shaw, Director of Children's Services at Wyndlow Borough Council, said:"
    ) == ("Helen Brindley-Shaw")
    assert _speaker("Professor Lionel Stanbury, the partnership's Independent Scrutineer, said:") == (
        "Lionel Stanbury"
    )
    assert _speaker("according to Mary O'Neill-Smith") == "Mary O'Neill-Smith"
    # what the claim calls its speaker is who, not what was said
    assert {"chief", "executive"} <= _speaker_description(
        "In Fellside's statement, chief executive Graham Stainforth said the trust no longer scores referrals."
    )


def test_an_acronym_in_capitals_is_no_instruction() -> None:
    from assistant.claims import _PRESCRIPTIVE

    assert not _PRESCRIPTIVE.search(
        "Screening using the Malnutrition Universal Screening Tool (MUST) was done"
    )
    assert _PRESCRIPTIVE.search("NHS Ardmuir must ensure that screening is done")


def test_a_name_the_reports_title_gives_need_not_be_repeated() -> None:
    doc = DocumentMeta(
        doc_id="d",
        source="nao/report.pdf",
        content_hash="h",
        content_type="pdf",
        title="Improving children's social care placements: the Homes Closer to Home Programme",
    )
    claim = "The NAO concluded that the Homes Closer to Home Programme has delivered value for money."
    assert _names_all(claim, "However, the programme has not delivered value for money.", doc)


def test_a_quotation_closed_before_a_reports_own_we_is_not_its_speakers() -> None:
    from assistant.claims import _QUOTE_CLOSED, _left_open

    # British style: the full stop after the closing mark
    assert _QUOTE_CLOSED.search("Jane Harper, the director, said: “we accept the findings”.")
    assert not _left_open("Jane Harper, the director, said: “we accept the findings”.")
    assert _left_open("Graham Stainforth, Chief Executive, said: “Amber should have been seen much sooner.")
    assert _left_open("Professor Lionel Stanbury, the partnership's Independent Scrutineer, said:")


def test_a_requirement_in_capitals_is_still_what_ought_to_be() -> None:
    from assistant.claims import _PRESCRIPTIVE

    assert _PRESCRIPTIVE.search(
        "The trust MUST ensure that all staff complete mandatory safeguarding training."
    )
    assert _PRESCRIPTIVE.search("The provider SHOULD ensure that care plans are reviewed every month.")


def test_a_title_name_does_not_stand_for_another_of_its_kind_the_sentence_names() -> None:
    doc = DocumentMeta(
        doc_id="d",
        source="nao/report.pdf",
        content_hash="h",
        content_type="pdf",
        title="Placements: the Homes Closer to Home Programme and the Staying Close Programme",
    )
    assert not _names_all(
        "The Staying Close Programme has not delivered value for money.",
        "The Homes Closer to Home Programme has not delivered value for money.",
        doc,
    )


def test_a_time_or_place_before_a_comma_is_no_speaker_and_a_clause_is_no_description() -> None:
    from assistant.claims import _WHETHER, _speaker, _speaker_description

    assert _speaker("Last September, the chief executive said caseloads had fallen.") is None
    assert _speaker("In Kestermoor, the council said it would act.") is None
    assert "safeguarding" not in _speaker_description(
        "The inspection found improvements in safeguarding which Graham Stainforth said were down to staff."
    )
    # "whether ... or ...": either way, no question asked
    assert not _WHETHER.search("All children, whether in care or living at home, had an up-to-date plan.")
    assert _WHETHER.search("This study examined whether the Department is achieving value for money.")


def test_the_opposite_judgement_in_a_short_word_is_told() -> None:
    from assistant.claims import _evaluation_differs

    assert _evaluation_differs("Attendance at the group was low.", "The group is well attended.")
    assert _evaluation_differs("Take-up was high.", "Take-up was low in 2019.")
    assert not _evaluation_differs("Attendance was low.", "Attendance, as well as punctuality, is monitored.")
    assert not _evaluation_differs("The service was good.", "The service is good.")


def test_more_than_half_of_a_counted_whole_is_checked_against_the_part_the_sentence_counts() -> None:
    from assistant.claims import _part_of_whole_differs

    sentence = "Of 22 children who became looked after in January 2017, only 10 admissions were planned."
    assert _part_of_whole_differs("Most of the 22 children were planned admissions.", sentence)
    assert not _part_of_whole_differs("Fewer than half of the 22 children were planned admissions.", sentence)
    # a part of another thing than the claim names decides nothing
    assert not _part_of_whole_differs("Most of the 22 children were placed with siblings.", sentence)
