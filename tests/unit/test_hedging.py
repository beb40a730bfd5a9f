"""Hedge and booster cues: categories, look-alikes, offsets, sentences, seed article."""

from pathlib import Path

import pytest

from presswatch.evaluation import hedging as hedging_eval
from presswatch.nlp import hedging, pipeline
from presswatch.records import BOOSTER, HEDGE_CATEGORIES

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "article.txt"
if (
    not SEED.exists()
):  # the copy bundled with the sample corpus (same body, with a header)
    SEED = ROOT / "data" / "sample" / "seed" / "article.txt"


def cues(nlp, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.category) for h in hedging.hedges(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reporting distance
        (
            "The general was reportedly killed in the strike.",
            [("reportedly", "reporting")],
        ),
        ("The firm allegedly hid the losses.", [("allegedly", "reporting")]),
        (
            "The letter was purportedly signed by the king.",
            [("purportedly", "reporting")],
        ),
        ("The minister is said to be furious.", [("is said to", "reporting")]),
        (
            "The ministry is widely believed to have leaked the memo.",
            [("is widely believed to", "reporting")],
        ),
        ("It is thought that the tanker sank.", [("It is thought", "reporting")]),
        ("The ship was rumoured to carry arms.", [("was rumoured to", "reporting")]),
        ("Rivals accused him of fraud.", [("accused", "reporting")]),
        # epistemic modals
        ("The talks may collapse before Friday.", [("may", "modal")]),
        ("The strike might have killed dozens.", [("might", "modal")]),
        ("The delivery could take weeks.", [("could", "modal")]),
        ("The reform should help exporters.", [("should", "modal")]),
        ("The vote may or may not go ahead.", [("may or may not", "modal")]),
        # epistemic verbs
        (
            "The data suggest that inflation has peaked.",
            [("suggest", "epistemic_verb")],
        ),
        ("The attack appears to have been planned.", [("appears", "epistemic_verb")]),
        ("The minister seemed nervous.", [("seemed", "epistemic_verb")]),
        ("I believe this is a turning point.", [("believe", "epistemic_verb")]),
        ("I think the talks will fail.", [("think", "epistemic_verb")]),
        ("The firm is expected to report losses.", [("expected", "epistemic_verb")]),
        (
            "The ministry estimated that 2,000 had fled.",
            [("estimated", "epistemic_verb")],
        ),
        ("The scheme is considered a success.", [("considered", "epistemic_verb")]),
        ("The vote is seen as a test for the cabinet.", [("seen", "epistemic_verb")]),
        ("Analysts predict a slowdown.", [("predict", "epistemic_verb")]),
        # adverbs
        ("The president will probably veto the bill.", [("probably", "adverb")]),
        ("The outbreak will likely spread.", [("likely", "adverb")]),
        ("Perhaps the tone has changed.", [("Perhaps", "adverb")]),
        ("The gunman apparently acted alone.", [("apparently", "adverb")]),
        (
            "The decision will almost certainly be appealed.",
            [("almost certainly", "adverb")],
        ),
        # adjectives
        ("The outbreak is likely to spread.", [("likely", "adjective")]),
        ("A possible ceasefire was discussed.", [("possible", "adjective")]),
        ("The envoy warned of potential consequences.", [("potential", "adjective")]),
        ("The claims remain unconfirmed.", [("unconfirmed", "adjective")]),
        ("The alleged plot was uncovered.", [("alleged", "adjective")]),
        ("Police arrested the suspected gunman.", [("suspected", "adjective")]),
        ("It is not clear whether the truce holds.", [("not clear", "adjective")]),
        ("A deal is unlikely this year.", [("unlikely", "adjective")]),
        # boosters
        ("Officials confirmed that two soldiers died.", [("confirmed", BOOSTER)]),
        ("The army clearly lost control.", [("clearly", BOOSTER)]),
        ("In fact, the vote was never held.", [("In fact", BOOSTER)]),
        ("The results were definitely rigged.", [("definitely", BOOSTER)]),
        ("There is no doubt that the vote was rigged.", [("no doubt", BOOSTER)]),
        ("It is clear that the plan has failed.", [("clear", BOOSTER)]),
        ("The theory was proven wrong.", [("proven", BOOSTER)]),
        ("The minister undoubtedly knew.", [("undoubtedly", BOOSTER)]),
        ("Tests proved that the water was poisoned.", [("proved", BOOSTER)]),
        ("There is little doubt that he knew.", [("little doubt", BOOSTER)]),
        ("Many doubt that the truce will hold.", [("doubt", "epistemic_verb")]),
        # nouns take the category of their verb or adjective
        ("There were fears that the dam would burst.", [("fears", "epistemic_verb")]),
        ("He left open the possibility of a deal.", [("possibility", "adjective")]),
        (
            "The strike has the potential to halt supplies.",
            [("potential", "adjective")],
        ),
        # nouns with a that-clause: what someone believes or fears
        (
            "Investors voiced concerns that the bank would fail.",
            [("concerns", "epistemic_verb")],
        ),
        (
            "The plan rests on the assumption that prices will fall.",
            [("assumption", "epistemic_verb")],
        ),
        (
            "There are signs that the ceasefire is fraying.",
            [("signs", "epistemic_verb")],
        ),
        ("Critics hold the view that the tax is unfair.", [("view", "epistemic_verb")]),
        ("There is a risk that the talks will collapse.", [("risk", "adjective")]),
        ("Farmers worry that the river will flood.", [("worry", "epistemic_verb")]),
        (
            "Analysts wonder whether the merger will close.",
            [("wonder", "epistemic_verb")],
        ),
        (
            "It looks like the strike will spread.",
            [("looks", "epistemic_verb")],
        ),
        # a negated booster adjective is a hedge
        (
            "It is not yet clear whether the port will reopen.",
            [("clear", "adjective")],
        ),
        ("It was not certain that the envoy would come.", [("certain", "adjective")]),
        ("That claim is far from clear.", [("clear", "adjective")]),
        (
            "The guards would not say it, but it is clear that they knew.",
            [("clear", BOOSTER)],
        ),
        (
            "It was not immediately known whether anyone was hurt.",
            [("known", "adjective")],
        ),
        ("The cause of the fire is not yet known.", [("known", "adjective")]),
        # a booster adjective toned down to a probability is a hedge
        (
            "The vote is almost certain to be delayed.",
            [("almost certain", "adjective")],
        ),
        (
            "It is fairly clear that the plan has failed.",
            [("fairly clear", "adjective")],
        ),
        ("It is quite clear that the plan has failed.", [("clear", BOOSTER)]),
        # an approximate number is no hedge (FactBank: the event is not in doubt)
        ("Around 4,000 people fled the town on Sunday.", []),
        ("Nearly half of the vessels were damaged in the storm.", []),
        # "suggest" of evidence stays a hedge with a present-tense clause; a modal
        # perfect with no condition weighs what may have happened
        (
            "Studies suggest that patients stay longer in hospital.",
            [("suggest", "epistemic_verb")],
        ),
        (
            "The polls suggested that voters favour the opposition.",
            [("suggested", "epistemic_verb")],
        ),
        (
            "The minister suggested that the plan had failed.",
            [("suggested", "epistemic_verb")],
        ),
        ("The ship might have been hit by a mine.", [("might", "modal")]),
        ("The storm may have caused the outage.", [("may", "modal")]),
        ("Prices are predicted to rise.", [("predicted", "epistemic_verb")]),
        ("I can confirm that the talks failed.", [("confirm", BOOSTER)]),
    ],
)
def test_cues_and_categories(nlp, text, expected):
    assert cues(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "May" the month or a name
        "The summit was held in May.",
        "The ceasefire began on May 5.",
        "Prices rose sharply last May.",
        "Theresa May said the deal was done.",
        "Prime Minister Theresa May met the envoy.",
        # inability and ability, never hedges
        "The ministry could not reach the village.",
        "Officials couldn't reach the village.",
        "The government cannot guarantee the supply.",
        "The army can deploy within hours.",
        # nouns
        "Russia's military might has grown.",
        "The rebels fought with all their might.",
        "Growth potential remains strong.",
        # "appear" as show up
        "He appeared in court on Monday.",
        "The minister appeared on television to defend the plan.",
        "The suspect appeared before a judge.",
        # "suggest" as propose
        "She suggested a meeting on Friday.",
        "The mayor suggested meeting the protesters.",
        # "expect", "estimate", "possible" without a hedge
        "Profits were higher than expected.",
        "As expected, the bank raised rates.",
        "An estimated 2,000 people joined the march.",
        "We will respond as soon as possible.",
        "The new bridge made the trade possible.",
        # "think", "consider", "see" in other senses
        "He thought about resigning.",
        "The board is considering a takeover bid.",
        "He saw the attack from his window.",
        # reporting that is attribution, not hedging
        "The minister said the vote was rigged.",
        # look-alike boosters: not asserted, or not predicative
        "Officials declined to confirm the report.",
        "Certain areas remain closed.",
        "Heavy fire would mean almost certain death.",
        "He did not believe his father.",
        "Many voters believe in God.",
        "The plan was well thought out.",
        # "prove" as a linking verb, or not asserted
        "The plan has proved controversial.",
        "He has yet to prove his fitness.",
        "Fears of a wider war grew on Monday.",
        "Smoke could be seen from the coast.",
        "No one should doubt our resolve.",
        # condition, not hedge
        "If the talks could resume, prices would fall.",
        "The deal could collapse if the bank withdraws.",
        "If he is convicted, he could face ten years in prison.",
        # nouns and verbs without the clause that makes them a belief
        "A sign of the times hung over the door.",
        "The plant posed a health risk.",
        "Residents raised concerns about noise.",
        "It was a good idea to leave early.",
        "The fort looks like a castle.",
        "The market looks cheap if you ignore the debt.",
        "She wondered why the lights were off.",
        "The only foreseen cost is fuel.",
        "The cause of the fire is known.",
        "The mayor is not known for his patience.",
        "It is not widely known that the mayor paints.",
        "Police did not stop the march, although some were known to be armed.",
        # proposals in the subjunctive
        "The minister suggested that he resign.",
        "She suggested that the talks be delayed.",
        "Nurses suggested that visitors wear masks.",
        # "predict" as "expect": a comparison with a forecast
        "Turnout was lower than predicted.",
        "As predicted, the bank cut rates.",
        # counterfactual: a modal perfect with a condition
        "The ship might have been saved if the crew had been warned.",
        "The team could have won if the referee had seen the foul.",
        # a booster asked for or weighed, not asserted
        "The prosecutor must prove that the minister knew.",
        "The audit would confirm the losses.",
        "Officials must confirm the figures before the vote.",
    ],
)
def test_look_alikes_are_not_cues(nlp, text):
    assert cues(nlp, text) == []


def test_negated_confirm_is_not_a_booster_nor_could_a_hedge(nlp):
    assert cues(nlp, "The ministry could not confirm the figures.") == []


def test_offsets_and_sentence_indices(nlp):
    text = (
        "The army said it had retaken the town.\n"
        "Rebels reportedly fled east. They may\nregroup, officials said. "
        "Officials confirmed that the road is open."
    )
    doc = next(pipeline.parse(nlp, [text]))
    found = hedging.hedges(doc)
    assert [(h.text, h.category, h.sent) for h in found] == [
        ("reportedly", "reporting", 1),
        ("may", "modal", 2),
        ("confirmed", BOOSTER, 3),
    ]
    for h in found:
        assert text[h.start : h.end] == h.text


def test_multiword_offsets(nlp):
    text = "Sources say the minister is said to be furious, in fact."
    found = hedging.hedges(nlp(text))
    assert [(text[h.start : h.end], h.category) for h in found] == [
        ("is said to", "reporting"),
        ("in fact", BOOSTER),
    ]


def test_a_cue_across_a_soft_line_break_keeps_the_text_as_written(nlp):
    # the Doc reads the line break as a space; the record is the stored text's slice
    text = "The minister is said\nto be furious about the leak."
    doc = next(pipeline.parse(nlp, [text]))
    found = hedging.hedges(doc)
    assert [(h.text, text[h.start : h.end]) for h in found] == [
        ("is said\nto", "is said\nto")
    ]


def test_document_order_and_known_categories(nlp):
    text = (
        "The deal could possibly collapse. Officials clearly expect that "
        "the alleged leak will be investigated, and it may be delayed."
    )
    found = hedging.hedges(nlp(text))
    assert [h.start for h in found] == sorted(h.start for h in found)
    assert {h.category for h in found} <= {*HEDGE_CATEGORIES, BOOSTER}
    assert [h.text for h in found] == [
        "could", "possibly", "clearly", "expect", "alleged", "may",
    ]  # fmt: skip


def test_lexicon_rows_are_valid():
    rows = hedging.lexicon()
    assert len(rows) > 80
    assert {r.category for r in rows} == {*HEDGE_CATEGORIES, BOOSTER}


def test_edited_lexicon_is_used(nlp, tmp_path):
    lexicon = tmp_path / "hedges.csv"
    lexicon.write_text(
        "# a test lexicon\ncue,category,pos,rule,note\nrumour mill,reporting,,,\n",
        encoding="utf-8",
    )
    doc = nlp("The rumour mill says the talks may fail.")
    assert [(h.text, h.category) for h in hedging.hedges(doc, lexicon)] == [
        ("rumour mill", "reporting")
    ]


def test_bad_rule_in_lexicon_is_rejected(tmp_path):
    lexicon = tmp_path / "bad.csv"
    lexicon.write_text("cue,category,pos,rule,note\nmaybe,adverb,,nosuch,\n")
    with pytest.raises(ValueError, match="nosuch"):
        hedging.lexicon(lexicon)


def test_seed_article(nlp):
    text = SEED.read_text(encoding="utf-8")
    doc = next(pipeline.parse(nlp, [text]))
    found = hedging.hedges(doc)
    got = [(h.text, h.category) for h in found]
    assert got.count(("reportedly", "reporting")) == 2
    assert ("suggested", "epistemic_verb") in got
    assert got.count(("potential", "adjective")) == 2
    assert ("confirmed", BOOSTER) in got
    coulds = [text[h.start : h.end + 20] for h in found if h.text == "could"]
    assert all(h.category == "modal" for h in found if h.text == "could")
    for phrase in ("could take weeks", "could significantly alter", "could provoke"):
        assert any(c.startswith(phrase) for c in coulds), phrase
    # "can be deployed" (ability) and "must be navigated" (obligation) are not hedges
    assert not {"can", "must"} & {h.text for h in found}
    for h in found:
        assert text[h.start : h.end] == h.text


def test_epistemic_cue_types():
    assert hedging_eval.is_epistemic("speculation_modal_probable_")
    assert hedging_eval.is_epistemic("speculation_modal_possible_")
    assert hedging_eval.is_epistemic("speculation_hypo_doxastic _")
    assert not hedging_eval.is_epistemic("speculation_hypo_condition _")
    assert not hedging_eval.is_epistemic("speculation_hypo_investigation _")


def test_dataset_scores_on_handmade_rows(nlp):
    rows = [
        {"text": "The talks may fail.", "cues": [
            {"start": 10, "end": 13, "type": "speculation_modal_probable_"}]},
        {"text": "If it rains, we stay.", "cues": [
            {"start": 0, "end": 2, "type": "speculation_hypo_condition _"}]},
        {"text": "The vote was held in May.", "cues": []},
        {"text": "He is expected to win.", "cues": []},
    ]  # fmt: skip
    sent, cue = hedging_eval.dataset_scores(rows, nlp, "handmade")
    assert (sent.tp, sent.fp, sent.fn) == (1, 1, 0)
    assert (cue.tp, cue.fp, cue.fn) == (1, 1, 0)
