"""Look-alike tests for the hedging context rules, one group per phenomenon: variants
that must be cues and variants that must not (written for each fix, as the brief asks;
fictional sentences, none taken from the evaluation data)."""

import pytest

from presswatch.nlp import hedging


def cues(nlp, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.category) for h in hedging.hedges(nlp(text))]


# "suggestions of the inspectors": a proposal noun whose "of" names who proposed it
# (a common noun of people or of a body of them) hedges nothing; "of" a proposition
# keeps its cue, though propositions often end like people nouns ("murder", "error")
SUGGESTION_OF_SOMEONE = [
    "The suggestions of the inspectors were ignored by the board.",
    "The board ignored the suggestions of its engineers.",
    "Suggestions of the experts were published on Monday.",
    "The suggestion of his lawyer was rejected.",
    "The suggestions of economists and historians were collected in a report.",
    "The council adopted the suggestion of the panel.",
]
SUGGESTION_OF_A_PROPOSITION = [
    "There were suggestions of a cover-up at the ministry.",
    "There were suggestions of murder after the fire.",
    "There were suggestions of bribery among the inspectors.",
    "There were suggestions of an error in the count.",
    "There were suggestions of an agreement by Friday.",
]


@pytest.mark.parametrize("text", SUGGESTION_OF_SOMEONE)
def test_suggestion_of_its_proposer_is_no_cue(nlp, text):
    assert cues(nlp, text) == []


@pytest.mark.parametrize("text", SUGGESTION_OF_A_PROPOSITION)
def test_suggestion_of_a_proposition_stays_a_cue(nlp, text):
    assert [c for c, _ in cues(nlp, text)] == ["suggestions"]


# "Staff may not have known": the active perfect of "know" says what someone knew
# (the modal before it is the one cue); the passive or predicative "not known" of a
# fact nobody has established stays a cue
KNOWN_BY_SOMEONE = [
    ("Staff may not have known about the leak.", [("may", "modal")]),
    ("Staff may not have known that the bridge was unsafe.", [("may", "modal")]),
    ("They had not known peace for a decade.", []),
    ("Officials had not known that the dam was weak.", []),
    ("Workers who had not known of the risk were sent home.", []),
]
NOT_KNOWN_AS_A_FACT = [
    "The cause of the fire was not known on Monday.",
    "It has not been known whether the dam held.",
    "It is not yet known whether the pumps failed.",
    "The cause was not immediately known.",
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_BY_SOMEONE)
def test_known_by_someone_is_no_cue(nlp, text, expected):
    assert cues(nlp, text) == expected


@pytest.mark.parametrize("text", NOT_KNOWN_AS_A_FACT)
def test_not_known_of_a_fact_stays_a_cue(nlp, text):
    assert cues(nlp, text) == [("known", "adjective")]


# "beyond reasonable doubt" (l6-04, session 16): a doubt ruled out by "beyond" or
# "without", with words between, or by "no", is a standard of proof or a certainty,
# not a hedge; a doubt raised, cast or held stays one
DOUBT_RULED_OUT = [
    "Prosecutors must prove the charges beyond reasonable doubt.",
    "The jury found him guilty beyond a reasonable doubt.",
    "He accepted the result without any doubt.",
    "There is no reasonable doubt that the dam failed.",
]
DOUBT_HELD = [
    "There are serious doubts about the plan.",
    "Engineers cast doubt on the safety of the bridge.",
    "The minister raised doubts over the figures without giving details.",
    "Some residents doubt that the bridge is safe.",
]


@pytest.mark.parametrize("text", DOUBT_RULED_OUT)
def test_doubt_ruled_out_is_no_cue(nlp, text):
    assert cues(nlp, text) == []


@pytest.mark.parametrize("text", DOUBT_HELD)
def test_doubt_held_stays_a_cue(nlp, text):
    assert [c.lower() for c, _ in cues(nlp, text)] in (["doubts"], ["doubt"])


# "could" as the past of "can": in a relative or adverbial clause of a past-tense
# clause, people doing something ("a hall where residents could charge their phones")
# were able to, no chance is weighed; a thing's chance ("a deal which could save the
# airline"), a present clause, a reported "could", a "be" or a perfect stay hedges
COULD_OF_PAST_ABILITY = [
    "The ferry had a lounge where passengers could rest.",
    "The mayor resigned before reporters could ask him about the loan.",
    "It was the only offer they could accept.",
    "The council opened a hall where residents could charge their phones.",
    "Officials built a website through which voters could check their registration.",
]
COULD_OF_A_CHANCE = [
    "The airline struck a deal which could save it from bankruptcy.",
    "The ministry published rules that could lead to the closure of 40 mines.",
    "The union has a plan that could end the strike.",
    "Inspectors found flaws that could delay the opening.",
    "The visitors were told that they could face delays.",
    "Voters who could have changed the result stayed at home.",
    "The envoy met a man who could be the next president.",
    "Residents can visit a centre where they could find work.",
]


@pytest.mark.parametrize("text", COULD_OF_PAST_ABILITY)
def test_could_of_past_ability_is_no_cue(nlp, text):
    assert cues(nlp, text) == []


@pytest.mark.parametrize("text", COULD_OF_A_CHANCE)
def test_could_of_a_chance_stays_a_cue(nlp, text):
    assert cues(nlp, text) == [("could", "modal")]


# a proviso is a condition, as "if" is (Szeged types "provided", "providing" so): a
# modal inside one weighs nothing, and "could" with one states a consequence; the
# verb "provided" (a subject, an object, an agent of its own) and "as long as" a
# length are no proviso
MODAL_UNDER_A_PROVISO = [
    "The army was willing to withdraw provided its northern border could be secured.",
    "The merger could go ahead provided that the regulators approve it.",
    "The talks could resume as long as both sides keep the ceasefire.",
    "The ferry could sail so long as the wind stays below gale force.",
]
PROVIDED_AS_A_VERB = [
    ("The firm provided loans that could help farmers.", [("could", "modal")]),
    ("Aid provided by the charity could reach 10,000 families.", [("could", "modal")]),
    ("The hearing could last as long as a week.", [("could", "modal")]),
    ("The talks may resume as long as both sides keep the ceasefire.",
     [("may", "modal")]),
]  # fmt: skip


@pytest.mark.parametrize("text", MODAL_UNDER_A_PROVISO)
def test_modal_under_a_proviso_is_no_cue(nlp, text):
    assert cues(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), PROVIDED_AS_A_VERB)
def test_provided_as_a_verb_keeps_the_modal(nlp, text, expected):
    assert cues(nlp, text) == expected


# "should" of what is wanted: in the that-clause of a verb or adjective of deciding,
# urging or wanting ("decided that the newspaper should close"), or with people as
# its subject ("the judge should vote"), it is a norm; after a verb of saying or
# showing, or with a thing's outcome as its subject, it weighs what is expected
SHOULD_OF_A_NORM = [
    "The board decided that the newspaper should close in May.",
    "Inspectors recommend that the programme should start in autumn.",
    "Ministers were concerned that the currency should not fall further.",
    "The council agreed that the depot should reopen and should employ 40 people.",
    "The judge should vote on the motion.",
    "Critics argue that the league should scrap the rule.",
]
SHOULD_OF_AN_OUTCOME = [
    "The firm said the restructuring should help it meet the new rules.",
    "The move rewards shareholders and should improve the stock's liquidity.",
    "The ministry indicated that exports should recover by June.",
    "The new terminal should ease congestion at the port.",
]


@pytest.mark.parametrize("text", SHOULD_OF_A_NORM)
def test_should_of_a_norm_is_no_cue(nlp, text):
    assert cues(nlp, text) == []


@pytest.mark.parametrize("text", SHOULD_OF_AN_OUTCOME)
def test_should_of_an_outcome_stays_a_cue(nlp, text):
    assert ("should", "modal") in cues(nlp, text)


# "possible" of a limit or ruled out: after "maximum", "minimum" or with a superlative
# on its noun ("the best score possible"), and predicative under a negation ("is not
# possible", "no comparison is possible"), it weighs no chance; "it is possible
# that", "a ceasefire is possible", "possible strikes" stay hedges
POSSIBLE_AS_A_LIMIT = [
    "The ramp gives the maximum possible speed on the descent.",
    "A perfect game is the best score possible in bowling.",
    "Boarding is not possible at the station.",
    "No meaningful comparison is possible without new data.",
]
POSSIBLE_AS_A_CHANCE = [
    "It is possible that the ballots were miscounted.",
    "A ceasefire is possible within days, the envoy said.",
    "The minister warned of possible strikes next month.",
]


@pytest.mark.parametrize("text", POSSIBLE_AS_A_LIMIT)
def test_possible_as_a_limit_is_no_cue(nlp, text):
    assert cues(nlp, text) == []


@pytest.mark.parametrize("text", POSSIBLE_AS_A_CHANCE)
def test_possible_as_a_chance_stays_a_cue(nlp, text):
    assert cues(nlp, text) == [("possible", "adjective")]


# an "as" before a verb of seeing or regarding opens a clause of comparison ("as seen
# in the footage", "as we have seen"): what was seen, no opinion; "is seen as", "is
# regarded by many as" and "thought of as" keep their cue
AS_BEFORE_THE_VERB = [
    "As seen in the footage, the crowd was peaceful.",
    "The dialect is old, as seen in its verb endings.",
    "As we have seen, the plan failed.",
]
AS_AFTER_THE_VERB = [
    ("The minister is seen as a reformer.", [("seen", "epistemic_verb")]),
    ("The ruling is regarded by many as a defeat.", [("regarded", "epistemic_verb")]),
    ("She was thought of as a rising star.", [("thought", "epistemic_verb")]),
]


@pytest.mark.parametrize("text", AS_BEFORE_THE_VERB)
def test_as_before_the_verb_is_no_cue(nlp, text):
    assert cues(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), AS_AFTER_THE_VERB)
def test_as_after_the_verb_keeps_the_cue(nlp, text, expected):
    assert cues(nlp, text) == expected
