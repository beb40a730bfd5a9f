"""Source attribution on hand-written news snippets and on the seed article."""

import json
from pathlib import Path

import pytest

from presswatch.evaluation import attribution as evaluation
from presswatch.nlp import actors, attribution, pipeline
from presswatch.records import SOURCE_KINDS, Attribution

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "article.txt"


def extract(nlp, text: str) -> list[Attribution]:
    doc = next(pipeline.parse(nlp, [text]))
    return attribution.attributions(doc, actors.mentions(doc))


def by_cue(records: list[Attribution], cue: str) -> Attribution:
    matches = [a for a in records if a.cue_text == cue]
    assert len(matches) == 1, [a.cue_text for a in records]
    return matches[0]


@pytest.mark.parametrize(
    ("text", "cue", "verb", "source", "kind"),
    [
        # reporting verb with its subject
        ("Mark Carney said on Tuesday that the tariffs would go.", "said", "say",
         "Mark Carney", "person"),
        ("Greenpeace argued that the dam was unsafe.", "argued", "argue",
         "Greenpeace", "organisation"),
        ("Paul Kern tweeted that the results were fake.", "tweeted", "tweet",
         "Paul Kern", "person"),
        ("Lena Voss warned that prices would rise.", "warned", "warn", "Lena Voss",
         "person"),
        ("Tom Hale told reporters that the vote was rigged.", "told", "tell",
         "Tom Hale", "person"),
        # quotes with the speaker after the quote, both orders
        ('"We will not back down," said Maria Lopez.', "said", "say", "Maria Lopez",
         "person"),
        ('"We will not back down," Maria Lopez said.', "said", "say", "Maria Lopez",
         "person"),
        # according to, said in a statement
        ("The talks have stalled, according to Reuters.", "according to",
         "according to", "Reuters", "media"),
        ("Apple said in a statement that it would appeal.", "said in a statement",
         "statement", "Apple", "organisation"),
        # ... beside their look-alikes, which report someone's words
        ("The mayor left without saying that the bridge was closed.", "saying",
         "say", "The mayor", "person"),
        ("The mayor went on to say that the bridge was closed.", "say", "say",
         "The mayor", "person"),
        ("The mayor told reporters the truth was hidden.", "told", "tell",
         "The mayor", "person"),
        ("The mayor told the council that the story was a lie.", "told", "tell",
         "The mayor", "person"),
        # passive with the speaker kept: "quoted as saying", one cue (as PolNeAR
        # marks it)
        ("The spokesman was quoted as saying that no decision had been made.",
         "quoted as saying", "say", "The spokesman", "person"),
        # unnamed sources
        ("Officials said the bridge would reopen in May.", "said", "say", "Officials",
         "unnamed"),
        ("Sources familiar with the matter said the merger was delayed.", "said",
         "say", "Sources familiar with the matter", "unnamed"),
        ("A senior diplomat said the talks were over.", "said", "say",
         "A senior diplomat", "unnamed"),
        ("Experts warned of a second wave.", "warned", "warn", "Experts", "unnamed"),
        # governments
        ("The Kremlin said the drills were routine.", "said", "say", "The Kremlin",
         "government"),
        ("The White House denied the report.", "denied", "deny", "The White House",
         "government"),
        ("Japan's Defense Ministry confirmed the launch.", "confirmed", "confirm",
         "Japan's Defense Ministry", "government"),
        ("MOSCOW, Sept 15 (Capital Wire) - Japan's Defense Ministry denied the report.",
         "denied", "deny", "Japan's Defense Ministry", "government"),
        ("Ukraine's air force said 40 drones were shot down.", "said", "say",
         "Ukraine's air force", "government"),
        ("Exports rose, according to figures from the agriculture ministry.",
         "according to figures from", "according to", "the agriculture ministry",
         "government"),
        # common nouns: people, media, documents
        ("The newspaper reported that the mayor resigned.", "reported", "report",
         "The newspaper", "media"),
        ("A friend said the couple had split.", "said", "say", "A friend", "unnamed"),
        ("Connecticut's tax commissioner said revenue fell.", "said", "say",
         "Connecticut's tax commissioner", "person"),
        ("The poll shows Clinton ahead by four points.", "shows", "show", "The poll",
         "unnamed"),
        # a headline speaker label and a signed quote
        ("Gillibrand: 'I think she will.'", ":", "colon", "Gillibrand", "person"),
        ('"He is not fit for office." — Jacklyn Ashley', "—", "signed",
         "Jacklyn Ashley", "person"),
    ],
)  # fmt: skip
def test_sourced_cues(nlp, text, cue, verb, source, kind):
    a = by_cue(extract(nlp, text), cue)
    assert (a.verb, a.source_text, a.source_kind) == (verb, source, kind)
    assert text[a.cue_start : a.cue_end] == cue
    assert text[a.source_start : a.source_end] == source


@pytest.mark.parametrize(
    ("text", "cue", "verb"),
    [
        ("The factory was reportedly closed last week.", "reportedly", "reportedly"),
        ("The mayor allegedly accepted bribes.", "allegedly", "allegedly"),
        ("The minister is said to be furious about the leak.", "said", "say"),
        ("It is believed that the hackers came from abroad.", "believed", "believe"),
        ("The result was reported on Friday.", "reported", "report"),
        ("It is unclear whether the ceasefire will hold.", "is unclear", "unclear"),
        ("Asked about the leak, the minister walked away.", "Asked", "ask"),
    ],
)
def test_agentless_cues_have_no_source(nlp, text, cue, verb):
    a = by_cue(extract(nlp, text), cue)
    assert a.verb == verb
    assert (a.source_text, a.source_start, a.actor, a.source_kind) == (
        None, None, None, "none"
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was closed for repairs on Monday.",
        "This statement suggested a shift in policy.",
        "Japan has shown a keen interest in the region.",
        "A group called the Friends of the Park organised the march.",
        "Correction: An earlier version misstated the date.",
        '"I think we will win," Ms. Ortiz said.',  # only the outer "said"
        # set phrases of "say" that report nobody's words
        "It goes without saying that the bridge must be repaired.",
        "Let's say you buy a house in the spring.",
        "Let’s say you buy a house in the spring.",
        "The plan was, to say the least, ambitious.",
        # a kind of talk told, no claim
        "The candidate needs to tell more jokes.",
        "The witness told the truth about the payments.",
        "The mayor told reporters a lie about the payments.",
    ],
)
def test_no_spurious_cues(nlp, text):
    assert [a.cue_text for a in extract(nlp, text)] in ([], ["said"])


@pytest.mark.parametrize(
    ("text", "cue", "actor"),
    [
        ("Anna Berg spoke on Monday. She said the project was on track.", "said",
         "Anna Berg"),
        ("Anna Berg visited the site. The minister said work would end in June.",
         "said", "Anna Berg"),
        ("Carl Odum met the press. He confirmed that the plant would close.",
         "confirmed", "Carl Odum"),
        # the subject of the last sentence naming a person, not its object
        ("Carl Odum thanked Vera Lind for her work. He said the plant would close.",
         "said", "Carl Odum"),
        # gender known from "Mrs." skips the wrong person
        ("Carl Odum met Mrs. Lind on Monday. She said the talks had failed.", "said",
         "Lind"),
    ],
)  # fmt: skip
def test_pronoun_and_role_nouns_resolve_to_the_person(nlp, text, cue, actor):
    a = by_cue(extract(nlp, text), cue)
    assert (a.actor, a.source_kind) == (actor, "person")
    assert a.source_text in {"She", "He", "The minister"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the head of another body is nobody named before
        ("President Rui Gomes denied it. Lawmakers removed Rui Gomes, the agency "
         "reported, citing the president of Congress.", None),
        # the head of the country is
        ("President Rui Gomes of Peru spoke. The deal was off, the president of Peru "
         "said.", "Rui Gomes"),
    ],
)  # fmt: skip
def test_a_role_of_another_body_is_not_the_person_named_before(nlp, text, actor):
    a = next(a for a in extract(nlp, text) if "president of" in a.source_text)
    assert (a.actor, a.source_kind) == (actor, "person")


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # (cue, source, kind, cue of the relaying attribution or None)
        ("The port was closed, TASS reported, citing the Russian Defense Ministry.",
         [("reported", "TASS", "media", None),
          ("citing", "the Russian Defense Ministry", "government", "reported")]),
        # a body without a name of its own, before or after the relay's subject
        ("Citing the UN panel, Reuters said that drones had reached the port.",
         [("Citing", "the UN panel", "organisation", "said"),
          ("said", "Reuters", "media", None)]),
        ("The agency, citing a Pentagon assessment, said two depots were hit.",
         [("citing", "a Pentagon assessment", "organisation", "said"),
          ("said", "The agency", "organisation", None)]),
        ("Reuters reported, citing two officials, that the deal was off.",
         [("reported", "Reuters", "media", None),
          ("citing", "two officials", "unnamed", "reported")]),
        ("Four people died, according to the BBC citing local officials citing "
         "hospital records.",
         [("according to", "the BBC", "media", None),
          ("citing", "local officials", "unnamed", "according to"),
          ("citing", "hospital records", "unnamed", "citing")]),
        # the interviewer relays the speaker on the speaker's cue, as "told CNN"
        ("In an interview with CNN, Senator Rita Moss warned that the bill would fail.",
         [("warned", "CNN", "media", None),
          ("warned", "Senator Rita Moss", "person", "warned")]),
        ("Romania's defence ministry said, according to Agerpres, that no drone had "
         "entered its airspace.",
         [("said", "Romania's defence ministry", "government", "according to"),
          ("according to", "Agerpres", "media", None)]),
        ("TASS said, citing the Russian Defence Ministry, which cited reports from "
         "air-defence units, that 12 drones were downed.",
         [("said", "TASS", "media", None),
          ("citing", "the Russian Defence Ministry", "government", "said"),
          ("cited reports from", "air-defence units", "unnamed", "citing")]),
        ("Power was restored, according to a statement cited by Interfax-Ukraine.",
         [("according to", "a statement", "unnamed", "cited by"),
          ("cited by", "Interfax-Ukraine", "media", None)]),
        ("RIA Novosti quoted a Kremlin official as saying that no talks were planned.",
         [("quoted", "RIA Novosti", "media", None),
          ("saying", "a Kremlin official", "unnamed", "quoted")]),
        ("The agency, quoting a statement by the foreign ministry, said it was shut.",
         [("quoting a statement by", "the foreign ministry", "government", "said"),
          ("said", "The agency", "organisation", None)]),
    ],
)  # fmt: skip
def test_chains_link_each_hop(nlp, text, chain):
    records = extract(nlp, text)
    by_id = {a.id: a for a in records}
    got = [
        (a.cue_text, a.source_text, a.source_kind,
         by_id[a.cited_by].cue_text if a.cited_by is not None else None)
        for a in records
    ]  # fmt: skip
    assert got == chain


def test_citing_a_reason_is_the_subject_citing(nlp):
    text = "The court blocked the plan, citing a threat to public health."
    (a,) = extract(nlp, text)
    assert (a.cue_text, a.verb, a.source_text, a.cited_by) == (
        "citing", "cite", "The court", None
    )  # fmt: skip
    assert text[a.content_start : a.content_end] == "a threat to public health"


@pytest.mark.parametrize(
    ("text", "source", "actor", "kind"),
    [
        ("The Danube Monitoring Group found debris. The group said no one was hurt.",
         "The group", "Danube Monitoring Group", "organisation"),
        ("Romania's defence ministry said the jets landed. The ministry said more "
         "flights would follow.",
         "The ministry", "Romania's Defence Ministry", "government"),
        ("Olin Corp said profits rose. The company said sales were flat.",
         "The company", "Olin Corp", "organisation"),
        ("Helen May of Calder Marine Risk said premiums would rise.",
         "Helen May of Calder Marine Risk", "Helen May", "person"),
    ],
)  # fmt: skip
def test_sources_named_before_or_missed_by_the_tagger(nlp, text, source, actor, kind):
    a = [r for r in extract(nlp, text) if r.source_text == source][-1]
    assert (a.actor, a.source_kind) == (actor, kind)


def test_anonymity_formula_is_no_attribution(nlp):
    text = "A senior official, who asked not to be named, said the port was hit."
    assert [(a.cue_text, a.source_kind) for a in extract(nlp, text)] == [
        ("said", "unnamed")
    ]


def test_told_a_medium_relays_the_speaker(nlp):
    records = extract(nlp, "Tom Hale told CNN that the vote was rigged.")
    cnn = next(a for a in records if a.source_text == "CNN")
    hale = next(a for a in records if a.source_text == "Tom Hale")
    assert cnn.source_kind == "media"
    assert hale.cited_by == cnn.id and cnn.cited_by is None


def test_media_outlets_list_has_state_affiliation():
    assert attribution.outlet("RIA Novosti").state_affiliated
    assert attribution.outlet("TASS").state_affiliated
    assert not attribution.outlet("The Post").state_affiliated
    assert attribution.outlet("the Associated Press").name == "Associated Press"
    assert attribution.outlet("Defense Ministry") is None


def test_records_are_well_formed(nlp):
    text = SEED.read_text(encoding="utf-8")
    records = extract(nlp, text)
    assert [a.id for a in records] == list(range(len(records)))
    assert [a.cue_start for a in records] == sorted(a.cue_start for a in records)
    for a in records:
        assert a.source_kind in SOURCE_KINDS
        assert text[a.cue_start : a.cue_end] == a.cue_text
        assert (a.source_start is None) == (a.source_kind == "none")
        assert a.cited_by is None or a.cited_by in {r.id for r in records}


def test_seed_article(nlp):
    records = extract(nlp, SEED.read_text(encoding="utf-8"))
    summary = [(a.sent, a.cue_text, a.actor, a.source_kind) for a in records]
    reportedly = [a for a in records if a.verb == "reportedly"]
    assert [(a.sent, a.source_kind) for a in reportedly] == [(0, "none"), (2, "none")]
    ria = by_cue(records, "according to")
    assert (ria.source_text, ria.source_kind) == ("RIA Novosti", "media")
    ministry = next(a for a in records if a.verb == "citing")
    assert ministry.source_text == "Japan’s Defense Ministry"
    assert ministry.source_kind == "government"
    assert ministry.cited_by == ria.id
    pistorius = [
        (a.cue_text, a.source_text) for a in records if a.actor == "Boris Pistorius"
    ]
    assert pistorius == [
        ("confirmed", "He"),
        ("emphasized", "Pistorius"),
        ("stating", "He"),
    ], summary
    assert all(
        a.source_kind == "person" for a in records if a.actor == "Boris Pistorius"
    )
    # "This statement ... suggested" is the writer's reading, not a cited source
    assert not any(a.cue_text == "suggested" for a in records)


def test_scoring_matches_overlapping_cues_once():
    gold = [
        {"type": "Attribution", "cue": {"spans": [[10, 14]]},
         "source": {"spans": [[0, 5]]}},
        {"type": "Attribution-no-source", "cue": {"spans": [[30, 40]]}},
    ]  # fmt: skip
    said = Attribution(0, 10, 14, "said", "say", 0, 3, "Tom", "Tom", "person",
                       None, None, None, 0)  # fmt: skip
    again = Attribution(1, 11, 13, "ai", "say", 0, 3, "Tom", "Tom", "person",
                        None, None, None, 0)  # fmt: skip
    none = Attribution(2, 35, 36, "x", "reportedly", None, None, None, None, "none",
                       None, None, None, 0)  # fmt: skip
    counts = evaluation.article_counts(gold, [said, again, none])
    assert counts["attribution cues"] == (2, 1, 0)
    assert counts["attribution sources"] == (1, 1, 0)
    assert counts["no-source attributions"] == (1, 0, 0)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # outlets the media list does not know, by their names or descriptions
        ("The port was shut, the Northern Courier reported.", "media"),
        ("The Weekly Lantern reported that the port was shut.", "media"),
        ("The port was shut, the Harbin Post reported.", "media"),
        ("The port was shut, the state news agency Andova reported.", "media"),
        ("The port was shut, the Vostok news agency said.", "media"),
        # bodies and companies named like people, and a person
        ("The port was shut, the regulator said.", "organisation"),
        ("The port operator said traffic had resumed.", "organisation"),
        ("The lawyer said traffic had resumed.", "person"),
        # a postal company, a central bank, a plain agency
        ("Norsk Post said it would cut 200 jobs.", "organisation"),
        ("The Ostland Reserve said rates would stay.", "organisation"),
        ("Prices rose, the agency said.", "organisation"),
    ],
)  # fmt: skip
def test_outlets_and_bodies_known_by_their_shape(nlp, text, kind):
    (a,) = extract(nlp, text)
    assert a.source_kind == kind


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a dateline the parse takes for the subject, with the subject apposed to it
        ("OSLO, March 4 - The Norwegian government said on Tuesday it would buy 12 "
         "ships.", "The Norwegian government"),
        ("VALDIA, Nov 10 (Capital Wire) - Ostland's defence minister, Ivo Kask, said "
         "on Monday that the talks had failed.", "Ostland's defence minister"),
        # no dateline: the city is the subject
        ("Oslo said on Tuesday it would buy 12 ships.", "Oslo"),
    ],
)  # fmt: skip
def test_a_dateline_is_no_source(nlp, text, source):
    assert by_cue(extract(nlp, text), "said").source_text == source


@pytest.mark.parametrize(
    ("text", "cue", "construction"),
    [
        ("The minister had reportedly resigned.", "reportedly", "adverb"),
        ("The plan was widely criticized.", "criticized", "passive, no agent"),
        ("The plan was criticized by the unions.", "criticized", "passive with agent"),
        ("Mr. Lund said the plan was dead.", "said", "verb with subject"),
        ("There were new claims of fraud in the vote.", "claims", "noun, no owner"),
        ("Mr. Lund's claims of fraud were rejected.", "claims", "noun with owner"),
        ("The deal, according to the ministry, is off.", "according to",
         "according to"),
    ],
)  # fmt: skip
def test_errors_name_the_construction_of_a_cue(nlp, text, cue, construction):
    doc = next(pipeline.parse(nlp, [text]))
    start = text.index(cue)
    assert evaluation.construction(doc, [(start, start + len(cue))]) == construction


def test_no_source_errors_are_grouped_by_what_went_wrong_and_construction(nlp):
    text = "The plan was widely criticized. Mr. Lund said the plan was dead."
    doc = next(pipeline.parse(nlp, [text]))
    said, criticized = text.index("said"), text.index("criticized")
    gold = [
        {"type": "Attribution-no-source",
         "cue": {"spans": [[criticized, criticized + 10]]}},
        {"type": "Attribution-no-source", "cue": {"spans": [[said, said + 4]]}},
    ]  # fmt: skip
    pred = [
        Attribution(0, said, said + 4, "said", "say", 32, 39, "Mr. Lund", "Lund",
                    "person", None, None, None, 1)
    ]  # fmt: skip
    errors = evaluation.article_errors(text, gold, pred, doc)
    groups = sorted(e.group for e in errors if e.task == "no-source attributions")
    assert groups == ["given a source: verb with subject", "missed: passive, no agent"]


def test_agreement_scores_the_second_annotator_against_the_first(tmp_path):
    def record(annotator, primary, attributions):
        return {
            "article": "a1",
            "annotator": annotator,
            "is_primary_annotation": primary,
            "attributions": attributions,
        }

    said = {"type": "Attribution", "cue": {"spans": [[10, 14]]},
            "source": {"spans": [[0, 5]]}}  # fmt: skip
    seems = {"type": "Attribution-no-source", "cue": {"spans": [[30, 35]]}}
    other_source = {"type": "Attribution", "cue": {"spans": [[30, 35]]},
                    "source": {"spans": [[20, 25]]}}  # fmt: skip
    lines = [
        record("x", True, [said, seems]),
        record("y", False, [said, other_source]),
        {**record("z", True, [said]), "article": "a2"},  # annotated once: left out
    ]
    folder = tmp_path / "polnear"
    folder.mkdir()
    (folder / "polnear_train.jsonl").write_text(
        "\n".join(json.dumps(r) for r in lines), encoding="utf-8"
    )
    scores = {s.task: s for s in evaluation.agreement(tmp_path, "train")}
    assert (scores["attribution cues"].tp, scores["attribution cues"].fp) == (2, 0)
    no_source = scores["no-source attributions"]
    assert (no_source.tp, no_source.fp, no_source.fn) == (0, 0, 1)
    assert scores["attribution sources"].fp == 1
