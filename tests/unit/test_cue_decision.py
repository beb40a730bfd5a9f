"""The learned cue decision (presswatch.nlp.attribution.learned) on invented texts.

The mechanics are tested with small hand-made models, so that they do not depend on
the shipped weights; the shipped model is tested on phenomena it must get right.
"""

import json
from pathlib import Path

import numpy as np
import pytest

from presswatch.nlp import actors, attribution, models, pipeline
from presswatch.nlp.attribution import learned
from presswatch.nlp.attribution.lexicons import reporting_verbs
from presswatch.train import cues as train_cues


@pytest.fixture(scope="module")
def bare():
    """The pipeline without the cue decision, so the tests pass their own model."""
    return pipeline.build(trained={"cues": None, "attribution": None})


def parsed(nlp, text):
    doc = next(pipeline.parse(nlp, [text]))
    return doc, actors.mentions(doc)


def model(weights, *, add_at=0.5, drop_below=0.0, unsourced_at=1.0):
    """A model that says "no cue" unless one of `weights` (feature -> class) fires."""
    lifted = {name: [0.0, 0.0, 0.0] for name in weights}
    for name, cls in weights.items():
        lifted[name][cls] = 20.0
    return learned.Model.of(lifted, [10.0, 0.0, 0.0], add_at, drop_below, unsourced_at)


def cues_of(records):
    return [(a.cue_text, a.source_text) for a in records]


def test_a_predicate_the_rules_miss_is_added_with_the_parse_subject(bare):
    doc, mentions = parsed(bare, "Senator Ilse Brandt championed the new ferry law.")
    assert cues_of(attribution.rule_attributions(doc, mentions, decision=False)) == []
    m = model({"lemma=champion": 1})
    out = attribution.rule_attributions(doc, mentions, decision=m)
    assert cues_of(out) == [("championed", "Senator Ilse Brandt")]
    assert out[0].source_kind == "person"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the owner of a noun the model adds, as for the rules' report nouns
        ("He ignored repeated warnings from his lawyer about the deal.", "his lawyer"),
        ("Ms. Varga's warnings about the deal went unheeded.", "Ms. Varga"),
        ("Republican warnings about the deal went unheeded.", "Republican"),
        # look-alikes: no one's
        ("He ignored repeated warnings from the start about the deal.", None),
        ("Repeated warnings about the deal went unheeded.", None),
    ],
)
def test_a_noun_the_model_adds_has_its_owner_for_source(bare, text, source):
    doc, mentions = parsed(bare, text)
    m = model({"lemma=warning": 2 if source is None else 1}, unsourced_at=0.5)
    out = attribution.rule_attributions(doc, mentions, decision=m)
    assert cues_of(out) == [("warnings", source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "it" standing for the clause after it: no one's account
        ("It is hard to imagine a calmer crossing than this one.", []),
        ("It was odd that the ferry sailed so early.", []),
        # look-alikes: a subject that can hold the view
        ("The mayor is sure that the ferry will sail.", [("is", "The mayor")]),
        ("She was glad that the ferry sailed early.", [("was", "She")]),
    ],
)
def test_the_model_adds_no_cue_with_an_expletive_it_for_source(bare, text, expected):
    doc, mentions = parsed(bare, text)
    m = model({"lemma=be": 1})
    assert cues_of(attribution.rule_attributions(doc, mentions, decision=m)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ilse Brandt tried to win the port vote.", []),
        ("Senator Ilse Brandt began courting the dock unions.", []),
        # look-alike: a verb of no phase the model marks is added
        ("Senator Ilse Brandt championed the port vote.",
         [("championed", "Senator Ilse Brandt")]),
    ],
)  # fmt: skip
def test_the_model_adds_no_phase_or_attempt_verb(bare, text, expected):
    doc, mentions = parsed(bare, text)
    m = model({"lemma=try": 1, "lemma=begin": 1, "lemma=champion": 1})
    assert cues_of(attribution.rule_attributions(doc, mentions, decision=m)) == expected


def test_a_rule_cue_the_model_rejects_is_dropped(bare):
    doc, mentions = parsed(bare, "Officials said the bridge would reopen in May.")
    keep = model({}, drop_below=0.0)
    drop = model({}, drop_below=0.5)
    assert cues_of(attribution.rule_attributions(doc, mentions, decision=keep)) == [
        ("said", "Officials")
    ]
    assert attribution.rule_attributions(doc, mentions, decision=drop) == []


def test_a_signatures_dash_is_no_predicate_for_the_model(bare):
    # the tagger reads the dash of a signed quote as a verb (VBP here); the rules'
    # cue stays whatever the model makes of predicates (PolNeAR dev: 7 signatures
    # of 18 were dropped)
    doc, mentions = parsed(bare, "“We will rebuild the pier.” ― Marta Gil")
    dash = next(t for t in doc if t.text == "―")
    assert not learned.candidate(dash)
    drop = model({}, drop_below=0.5)
    assert cues_of(attribution.rule_attributions(doc, mentions, decision=drop)) == [
        ("―", "Marta Gil")
    ]


def test_a_cue_without_a_source_needs_the_models_say_so(bare):
    doc, mentions = parsed(bare, "The ferry law was championed at the meeting.")
    sourced = model({"lemma=champion": 1})
    unsourced = model({"lemma=champion": 2}, unsourced_at=0.5)
    assert attribution.rule_attributions(doc, mentions, decision=sourced) == []
    out = attribution.rule_attributions(doc, mentions, decision=unsourced)
    assert cues_of(out) == [("championed", None)]
    assert out[0].source_kind == "none"


def test_a_naming_participle_is_the_models_to_decide(bare):
    from presswatch.nlp.attribution import cues

    doc, mentions = parsed(bare, "The levy, known as the harbour tax, starts in May.")
    known = next(t for t in doc if t.text == "known")
    # the rules decline it ("a group called X" names, it reports nothing) ...
    assert cues.declines(known, reporting_verbs(), [False] * len(doc))
    assert attribution.rule_attributions(doc, mentions, decision=False) == []
    # ... but not for the model, which PolNeAR teaches to take some as cues
    assert not cues.declines(known, reporting_verbs(), [False] * len(doc), naming=False)
    m = model({"lemma=know": 2}, unsourced_at=0.5)
    out = attribution.rule_attributions(doc, mentions, decision=m)
    assert cues_of(out) == [("known", None)]
    assert out[0].source_kind == "none"


def features_of(nlp, text, word):
    doc = next(pipeline.parse(nlp, [text]))
    tok = next(t for t in doc if t.text == word)
    return set(
        learned.features(
            tok, rule=None, quoted=False, governed=False, table=reporting_verbs()
        )
    )


def test_features_tell_a_cue_without_a_source(bare):
    passive = features_of(bare, "The ferry law is widely expected to pass.", "expected")
    assert {"passive_agent=False", "adv=widely", "lemma_adv=expect|widely"} <= passive
    agent = features_of(bare, "The ferry law was praised by the mayor.", "praised")
    assert "passive_agent=True" in agent
    bare_noun = features_of(bare, "Claims of fraud spread in Kiel.", "Claims")
    assert {"noun_owner=False", "noun_prep=of|False", "noun_plural=True"} <= bare_noun
    owned = features_of(bare, "The mayor's claims of fraud spread.", "claims")
    assert "noun_owner=True" in owned
    dummy = features_of(bare, "It seems that the pier will close.", "seems")
    assert "dummy_subj=it" in dummy
    assert "next=that" in dummy


def test_the_decision_left_in_the_doc_is_the_decision(bare):
    text = (
        "Mara Olsen said the harbour would close. Senator Ilse Brandt championed "
        "the new ferry law, citing a report by the port authority."
    )
    doc, mentions = parsed(bare, text)
    m = model({"lemma=champion": 1, "rule": 1, "rule=say": 0}, drop_below=0.5)
    direct = attribution.rule_attributions(doc, mentions, decision=m)
    doc.spans[learned.SPANS_KEY] = learned.annotate(
        doc, attribution.rules_found(doc), m
    )
    assert attribution.rule_attributions(doc, mentions) == direct
    assert "said" not in [a.cue_text for a in direct]
    # the chain survives the renumbering: the report is cited by Brandt's account
    cited = next(a for a in direct if a.verb == "citing")
    assert direct[cited.cited_by].cue_text == "championed"


def test_the_shipped_decision_is_on_by_default_and_can_be_turned_off(monkeypatch):
    monkeypatch.delenv("PRESSWATCH_TRAINED", raising=False)
    assert models._chosen()["cues"] == models.CUES_DIR
    on = pipeline.build()
    assert models.CUES_PIPE in on.pipe_names
    assert "cues" in on.meta["presswatch_trained"]
    monkeypatch.setenv("PRESSWATCH_TRAINED", "ner")
    assert models.CUES_PIPE not in pipeline.build().pipe_names


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # stances no word list names
        (
            "Senator Ilse Brandt wants a new harbour tax.",
            "wants",
            "Senator Ilse Brandt",
        ),
        ("The mayor vowed to rebuild the old pier.", "vowed", "The mayor"),
    ],
)
def test_the_shipped_model_finds_stances(nlp, text, cue, source):
    doc, mentions = parsed(nlp, text)
    assert (cue, source) in cues_of(attribution.attributions(doc, mentions))


def test_the_shipped_model_leaves_plain_events_alone(nlp):
    doc, mentions = parsed(
        nlp, "The ferry left the harbour at noon and docked in Kiel."
    )
    assert attribution.attributions(doc, mentions) == []


def test_fit_learns_a_separable_toy_problem():
    names = [["bias", "lemma=say"], ["bias", "lemma=eat"]] * 20
    labels = [1, 0] * 20
    vectors = np.zeros((40, 96), dtype=np.float32)
    weights, bias, dense = train_cues.fit(names, labels, vectors, epochs=60)
    m = learned.Model.of(weights, bias, 0.5, 0.0, 1.0, dense)
    assert m.probabilities(["bias", "lemma=say"])[1] > 0.9
    assert m.probabilities(["bias", "lemma=eat"])[0] > 0.9
    # the same seed gives the same weights
    assert train_cues.fit(names, labels, vectors, epochs=60) == (weights, bias, dense)


def test_weights_round_trip(tmp_path: Path):
    path = tmp_path / "weights.json"
    train_cues.write(
        path, {"lemma=say": [0.0, 1.0, 0.0]}, [1.0, 0.0, 0.0], None,
        add_at=0.4, drop_below=0.1, unsourced_at=0.3,
    )  # fmt: skip
    m = learned.load(path)
    assert (m.add_at, m.drop_below, m.unsourced_at) == (0.4, 0.1, 0.3)
    assert m.probabilities(["lemma=say"])[1] > m.probabilities([])[1]
    assert json.loads(path.read_text())["classes"] == ["none", "sourced", "unsourced"]


def test_gold_heads_label_the_root_of_each_cue(bare):
    text = "Mara Olsen refused to endorse the plan. It is expected to pass."
    doc = next(pipeline.parse(bare, [text]))
    record = {
        "attributions": [
            {"type": "Attribution", "cue": {"spans": [[11, 29]]}},
            {"type": "Attribution-no-source", "cue": {"spans": [[43, 54]]}},
        ]
    }
    heads = train_cues.gold_heads(doc, record)
    assert {doc[i].text: label for i, label in heads.items()} == {
        "refused": train_cues.SOURCED,
        "expected": train_cues.UNSOURCED,
    }
    assert reporting_verbs()  # the table the features read is loaded


def test_a_learned_cue_is_the_claim_itself_for_the_claims_index(nlp):
    from presswatch.claims import claims

    text = "Three Russian naval vessels have been refused passage by Turkey."
    doc, mentions = parsed(nlp, text)
    refused = [a for a in attribution.attributions(doc, mentions) if a.verb == "refuse"]
    assert refused and learned.added(doc, refused[0].cue_start, refused[0].cue_end)
    assert not claims._reports(doc, refused[0])
    said, said_mentions = parsed(nlp, "A ministry spokesman said the strait was shut.")
    (a,) = attribution.attributions(said, said_mentions)
    assert not learned.added(said, a.cue_start, a.cue_end)
    assert claims._reports(said, a)


def test_the_extractor_reads_the_rule_cues_the_cue_component_found(nlp):
    text = (
        "The ministry said on Monday that talks had failed, according to Reuters. "
        '"We will not sign," Ana Costa told reporters, citing a report.'
    )
    doc, mentions = parsed(nlp, text)
    assert attribution.rules_kept(doc) is not None  # left by the component, once
    assert attribution.rules_kept(doc) is None
    doc, mentions = parsed(nlp, text)
    from_component = attribution.attributions(doc, mentions)  # takes the kept cues
    assert from_component  # the rules run again on the same Doc: the same records
    assert attribution.attributions(doc, mentions) == from_component
    # every Doc of a batch keeps its own cues, not only the last few
    docs = list(nlp.pipe([text] * 10))
    assert all(attribution.rules_kept(d) is not None for d in docs)
