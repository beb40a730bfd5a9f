"""Attribution, issue 10: the verb frames and stance adjectives counted on PolNeAR
train, and how the trained tagger's cues and sources join the rules' (invented texts;
the tagger's spans are set by hand where a test must not depend on its weights)."""

import pytest
from spacy.tokens import Span

from presswatch.nlp import actors, attribution, models, pipeline
from presswatch.nlp.attribution import learned
from presswatch.nlp.models import CUE, SOURCE, SPANS_KEY


def parsed(nlp, text):
    doc = next(pipeline.parse(nlp, [text]))
    return doc, actors.mentions(doc)


def rules(nlp, text):
    """The hand-written rules alone (the learned cue decision is tested in
    test_cue_decision.py)."""
    return attribution.rule_attributions(*parsed(nlp, text), decision=False)


def with_tagger_spans(nlp, text, spans):
    """The combined attributions of `text` with the tagger's spans replaced by
    `spans` ((phrase, label), each phrase found in the text)."""
    doc, mentions = parsed(nlp, text)
    doc.spans.pop(learned.SPANS_KEY, None)  # the tagger with the rules alone
    marked = []
    for phrase, label in spans:
        start = doc.text.index(phrase)
        marked.append(Span(doc, *_tokens(doc, start, start + len(phrase)), label=label))
    doc.spans[SPANS_KEY] = marked
    return attribution.attributions(doc, mentions)


def _tokens(doc, start, end):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.start, span.end


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Mayor Ilka Brandt talked about the new flood barriers on Monday.",
         "talked", "Mayor Ilka Brandt"),
        ("The regional council voted to close the old bus depot.", "voted",
         "The regional council"),
        ("Senator Tove Lindqvist was critical of the new harbour tariff.",
         "was critical", "Senator Tove Lindqvist"),
        ("The harbour master is eager to reopen the pier before winter.",
         "is eager", "The harbour master"),
        ("Residents remember the night the dam gave way.", "remember", "Residents"),
    ],
)  # fmt: skip
def test_measured_frames_and_stance_adjectives(nlp, text, cue, source):
    found = [(a.cue_text, a.source_text) for a in rules(nlp, text)]
    assert (cue, source) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "It was critical that the pumps kept running through the night.",
        "The bridge is critical to the valley's trade.",
        "Japan has shown a keen interest in the region.",
    ],
)
def test_a_stance_needs_someone_to_hold_it(nlp, text):
    assert [a.cue_text for a in rules(nlp, text)] == []


THREE = "Three Russian naval vessels have been refused passage through the strait."


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (THREE, "refused"),  # "refuse" is a reporting verb only with an infinitive
        ("Three Russian naval vessels were turned back at the strait.", "turned back"),
    ],
)
def test_a_numeral_is_never_a_tagger_source(nlp, text, cue):
    out = with_tagger_spans(nlp, text, [("Three", SOURCE), (cue, CUE)])
    assert all(a.source_text != "Three" for a in out)
    assert cue not in [a.cue_text for a in out]


@pytest.fixture(scope="module")
def tagged():
    """The pipeline with the shipped tagger on (the base NER)."""
    return pipeline.build(trained={"attribution": models.ATTRIBUTION_DIR, "ner": None})


def test_the_shipped_tagger_gives_no_numeral_source(tagged):
    doc, mentions = parsed(tagged, THREE + " Turkey said the ships were too large.")
    assert SPANS_KEY in doc.spans
    out = attribution.attributions(doc, mentions)
    assert [a.source_text for a in out if a.source_text] == ["Turkey"]


def test_a_missed_cue_with_an_actor_source_is_added_as_a_noun_phrase(nlp):
    text = "Norway’s trade minister, Eirik Dahl, brushed off the tariff threat."
    out = with_tagger_spans(
        nlp,
        text,
        [("Norway’s trade minister, Eirik Dahl,", SOURCE), ("brushed off", CUE)],
    )
    added = next(a for a in out if a.cue_text == "brushed off")
    # the parse's noun phrase of the source's head, without the apposition
    assert added.source_text == "Norway’s trade minister"
    assert text[added.source_start : added.source_end] == added.source_text
    assert added.source_kind in {"person", "government"}


@pytest.mark.parametrize(
    "source",
    [
        "’s trade minister, Eirik Dahl,",  # starts on a clitic: no noun phrase
        "the tariff threat",  # a thing, not someone who could say it
    ],
)
def test_a_tagger_source_that_is_no_actor_drops_the_cue(nlp, source):
    text = "Norway’s trade minister, Eirik Dahl, brushed off the tariff threat."
    out = with_tagger_spans(nlp, text, [(source, SOURCE), ("brushed off", CUE)])
    assert "brushed off" not in [a.cue_text for a in out]


def test_the_variable_switches_the_trained_components(monkeypatch):
    monkeypatch.delenv("PRESSWATCH_TRAINED", raising=False)
    on = {n for n, p in models._chosen().items() if p is not None}
    assert on == set(models.DEFAULT_TRAINED)
    monkeypatch.setenv("PRESSWATCH_TRAINED", "attribution")
    assert models._chosen()["attribution"] == models.ATTRIBUTION_DIR
    monkeypatch.setenv("PRESSWATCH_TRAINED", "none")
    assert all(p is None for p in models._chosen().values())
    monkeypatch.setenv("PRESSWATCH_TRAINED", "")
    assert all(p is None for p in models._chosen().values())
    monkeypatch.setenv("PRESSWATCH_TRAINED", "ner")
    chosen = models._chosen()
    assert chosen["attribution"] is None and chosen["ner"] == models.NER_DIR


@pytest.mark.parametrize(
    ("text", "spans", "cue"),
    [
        # one account: the rules' cue is "stating"
        ("Inspector Halvorsen highlighted the delays, stating that the permits "
         "were late.", [("Inspector Halvorsen", SOURCE), ("highlighted", CUE)],
         "highlighted"),
        # only a poll or a report "shows" a finding
        ("Norway has shown a keen interest in the project.",
         [("Norway", SOURCE), ("shown", CUE)], "shown"),
        # a naming participle
        ("A group called the River Friends organised the march.",
         [("A group", SOURCE), ("called", CUE)], "called"),
        # the anonymity formula
        ("An official, who asked not to be named, gave the figure.",
         [("An official", SOURCE), ("asked", CUE)], "asked"),
    ],
)  # fmt: skip
def test_the_rules_veto_tagger_cues_they_decline_in_context(nlp, text, spans, cue):
    assert cue not in [a.cue_text for a in with_tagger_spans(nlp, text, spans)]


def test_a_reporting_verb_in_a_frame_the_table_leaves_out_is_the_taggers(nlp):
    text = "Councillor Aino Pekkala knows the harbour accounts well."
    assert "knows" not in [a.cue_text for a in rules(nlp, text)]
    out = with_tagger_spans(
        nlp, text, [("Councillor Aino Pekkala", SOURCE), ("knows", CUE)]
    )
    added = next(a for a in out if a.cue_text == "knows")
    assert added.source_text == "Councillor Aino Pekkala"
    assert added.source_kind == "person"
