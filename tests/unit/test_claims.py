"""Claims and copies: the pair decision on invented sentences, attribution of each
appearance, copy signatures, and the whole path through an ingest (incremental,
re-ingest, removal), the commands and the bundled sample."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from presswatch import claims, cli
from presswatch.claims import claims as cl
from presswatch.claims import copies, similar
from presswatch.nlp import analyse, workers
from presswatch.store import Store, sync

DATA = Path(__file__).resolve().parents[1] / "data" / "claims"
SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


def _features(nlp, text: str) -> cl.SentenceFeatures:
    doc = nlp(text)
    found = claims.features(doc, analyse(doc))
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # relay: the same words, another frame
        (
            "Norway will deliver 40 armoured vehicles to Ukraine, Defence Minister Ola Brekke said.",
            "Norway will deliver 40 armoured vehicles to Ukraine, Reuters reported, citing Ola Brekke.",
            "same",
        ),
        # light rewording: other order, a synonym
        (
            "Norway will deliver 40 armoured vehicles to Ukraine by March.",
            "Norway is sending 40 armoured vehicles to Ukraine this month.",
            "same",
        ),
        # passive with the same doer
        (
            "Finland has expelled four Russian diplomats accused of spying.",
            "Four Russian diplomats accused of spying were expelled by Finland.",
            "same",
        ),
        # a people and its country are one actor
        (
            "Poland's parliament approved a 12 billion zloty air defence budget.",
            "Polish lawmakers approved an air defence budget of 12 billion zloty.",
            "same",
        ),
        # hard negatives: another number, another doer, roles reversed, opposite verb
        (
            "Poland's parliament approved a 12 billion zloty air defence budget.",
            "Poland's parliament approved a 9 billion zloty air defence budget.",
            None,
        ),
        (
            "Finland has expelled four Russian diplomats accused of spying.",
            "Estonia has expelled four Russian diplomats accused of spying.",
            None,
        ),
        (
            "Finland has expelled four Russian diplomats accused of spying.",
            "Russia has expelled four Finnish diplomats accused of spying.",
            None,
        ),
        (
            "Belarus will deploy 12 missile launchers near the Lithuanian border.",
            "Belarus will withdraw 12 missile launchers near the Lithuanian border.",
            None,
        ),
        # the opposite: a negation or a denial contradicts
        (
            "Danish investigators found damage to the Baltic Connector cable near Bornholm.",
            "Danish investigators said they had found no damage to the Baltic Connector cable near Bornholm.",
            "contradicts",
        ),
        (
            "Belarus has moved 12 Iskander launchers close to the Lithuanian border.",
            "Belarus denied that it had moved any Iskander launchers close to the Lithuanian border.",
            "contradicts",
        ),
        # same topic, another assertion
        (
            "A fire broke out at a fuel tank in Klaipeda's oil terminal on Sunday.",
            "Lithuania's energy minister said fuel deliveries would not be affected by the Klaipeda fire.",
            None,
        ),
    ],
)
def test_relation(nlp, first: str, second: str, expected: str | None) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


@pytest.mark.parametrize(
    ("text", "attribution", "source"),
    [
        (
            "Norway will send 40 vehicles to Ukraine, Defence Minister Ola Brekke said.",
            "named",
            "Ola Brekke",
        ),
        (
            "Norway will send 40 vehicles to Ukraine, according to RIA Novosti citing Japan's Defense Ministry.",
            "relayed",
            "Defense Ministry",
        ),
        ("Norway will reportedly send 40 vehicles to Ukraine.", "vague", None),
        # the agentless raising passive, "understood" as "believed"
        ("Norway is understood to have sent 40 vehicles to Ukraine.", "vague", None),
        ("Norway is believed to have sent 40 vehicles to Ukraine.", "vague", None),
        ("It is understood that Norway sent 40 vehicles to Ukraine.", "vague", None),
        (
            "Norway will send 40 vehicles to Ukraine, officials said.",
            "vague",
            "officials",
        ),
        ("Norway will send 40 vehicles to Ukraine this month.", "bare", None),
    ],
)
def test_attribution_of_an_appearance(nlp, text, attribution, source) -> None:
    f = _features(nlp, text)
    assert f.attribution == attribution
    assert (f.source or "").endswith(source or "") and bool(f.source) == bool(source)


def test_relay_names_its_relay(nlp) -> None:
    f = _features(
        nlp,
        "Norway will send 40 vehicles to Ukraine, according to RIA Novosti citing Japan's Defense Ministry.",
    )
    assert f.relay == "RIA Novosti"


def test_frame_words_are_not_content(nlp) -> None:
    f = _features(
        nlp,
        "KYIV, Nov 10 (Capital Wire) - Norway will send 40 vehicles to Ukraine on Monday, "
        "Henrik Dahl, a NATO spokesman, said.",
    )
    # "send" folds into both its classes (data/claim_synonyms.csv): it delivers
    # vehicles and deploys troops
    assert f.content() == {"deliver", "deploy", "vehicle"}
    assert f.objects() == {"vehicle"}  # what is sent: kept apart as the object
    assert f.predicate.split() == ["deliver", "deploy"]
    assert f.numbers == ("40",)
    assert set(f.actors) == {"norway", "ukrain"}  # no NATO, no Capital Wire


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Ukraine shipped 2.2 million tonnes and three barges of grain to Romania.",
         {"2200000", "3"}),
        ("Poland will buy ninety-six Apache helicopters from the United States.", {"96"}),
        ("Hungary will send 1,200 soldiers to the NATO mission in Kosovo.", {"1200"}),
        ("Some 1.2 thousand Hungarian troops will join the NATO mission in Kosovo.",
         {"1200"}),
        # "next year": a year after the article's, until its date resolves it
        ("Five thousand NATO soldiers will be stationed in Romania next year.",
         {"5000", "+1ad"}),
        ("Poland signed a deal worth $12 billion with the United States.",
         {"12000000000"}),
        ("Serbia has halted all weapons exports to Hungary for two months.",
         {"2month"}),
        ("Serbia halted weapons exports to Hungary on May 5, 2026.", set()),
        ("Poland sent 5-10 tanks and 40 trucks to Latvia.", {"5", "10", "40"}),
        # a scale cut short, split off ("£31m") or kept in the token ("€4.5bn")
        ("Norway agreed to pay £31m for the Danish frigate.", {"31000000"}),
        ("Denmark's pension fund raised €4.5bn from the sale of Norwegian bonds.",
         {"4500000000"}),
        ("Sweden will lend Ukraine $800k for demining.", {"800000"}),
        ("Finland spent 2bn euros on American fighter jets.", {"2000000000"}),
        # "m" and "k" of no money are metres and kilometres, not scales
        ("Norway built a 60m sea wall to protect Bergen from floods.", {"60"}),
        ("Estonia will hold a 10k race in Tallinn for 3,000 runners.", {"3000"}),
    ],
)  # fmt: skip
def test_numbers_are_normalised(nlp, text, numbers) -> None:
    assert set(_features(nlp, text).numbers) == numbers


@pytest.mark.parametrize(
    ("second", "keyed", "expected"),
    [
        ("The inflation rate is said to have dropped to 3.4 percent in May.", True, "same"),
        # another level, or the same level reached from below, is another claim
        ("The inflation rate is said to have dropped to 4.5 percent in May.", False, None),
        ("The inflation rate is said to have risen to 3.4 percent in May.", True, None),
    ],
)  # fmt: skip
def test_a_change_meets_its_end_alone(nlp, second, keyed, expected) -> None:
    # the rewording gives no start ("from 4.1 percent") and names no one: it shares
    # no key of the whole numbers or of the actors, only the end's with the act
    a = _features(
        nlp,
        "Inflation in Denmark fell to 3.4 percent in May from 4.1 percent in April, "
        "the statistics agency said.",
    )
    b = _features(nlp, second)
    assert bool(set(cl.keys(a)) & set(cl.keys(b))) == keyed
    assert similar.decide(a, b) == expected


@pytest.mark.parametrize(
    ("first", "second", "keyed"),
    [
        # a count given with where it started meets a rewording that gives the
        # count alone and names the place by one word of its name
        ("A census counted 318 wild bison in Ostrava Forest Reserve, up from 240 in "
         "2020, the reserve's warden said.",
         "With 318 bison, Ostrava has more of the animals than any other reserve.",
         True),
        ("A census counted 318 wild bison in Ostrava Forest Reserve, up from 240 in "
         "2020, the reserve's warden said.",
         "The number of bison in Ostrava had climbed to 318.", True),
        ("Lawmakers in Quellin voted 264 to 131 to ban fur farming, the assembly said.",
         "The ban on fur farming is said to have passed with 264 votes in favour.",
         True),
        # near misses: the start alone is another count; an ordinary amount ("up 40
        # percent") is any sentence's
        ("A census counted 318 wild bison in Ostrava Forest Reserve, up from 240 in "
         "2020, the reserve's warden said.",
         "With 319 bison, Ostrava has more of the animals than any other reserve.",
         False),
        ("Bread prices in Lessor rose 40 percent, to 12 crowns, the bakers' guild said.",
         "A carpenter in Ostrava earns 12 crowns an hour.", False),
    ],
)  # fmt: skip
def test_a_rare_amount_given_with_others_meets_it_alone(
    nlp, first, second, keyed
) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert bool(set(cl.keys(a)) & set(cl.keys(b))) == keyed


@pytest.mark.parametrize(
    ("second", "apart"),
    [
        # the same sum in another currency is another payment
        ("Harlow Mining paid 300 million rand to settle the miners' claim.", True),
        ("The settlement cost 300 million euros, the court said.", True),
        # the same currency however written, or a sum that names none, is not kept
        # apart by its currency
        ("Harlow Mining paid $300 million to settle the miners' claim.", False),
        ("Harlow Mining paid 300 million to settle the miners' claim.", False),
    ],
)
def test_another_currency_is_another_sum(nlp, second, apart) -> None:
    a = _features(
        nlp, "Harlow Mining paid 300 million dollars to settle the miners' claim."
    )
    b = _features(nlp, second)
    assert similar.kept_apart(*cl._short_names(a, b)) == apart


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Norway will pay 31 million pounds for the Danish frigate.", "same"),
        ("Norway agreed to pay £31,000 for the Danish frigate.", None),
    ],
)
def test_a_scale_cut_short_is_the_scale(nlp, second, expected) -> None:
    a = _features(nlp, "Norway agreed to pay £31m for the Danish frigate.")
    b = _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert similar.decide(a, b) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # phrase and word synonyms of the verb, name variants through the alias table
        (
            "The United States and Britain have approved a Ukrainian counteroffensive in the south.",
            "Washington and London gave the go-ahead for a Ukrainian counteroffensive in the south.",
            "same",
        ),
        # a light verb says nothing: "is set to increase" asserts the increase
        (
            "Japan will raise its defence spending to 2 percent of GDP.",
            "Tokyo is set to increase military expenditure to two percent of its gross domestic product.",
            "same",
        ),
        # a reversal shares every content word and says the opposite
        (
            "Poland will buy 96 Apache helicopters from the United States.",
            "Poland has cancelled its order for 96 Apache helicopters from the United States.",
            None,
        ),
        # the opposite verb through its synonym class
        (
            "The United States and Britain gave the go-ahead for a Ukrainian counteroffensive in the south.",
            "The United States and Britain have blocked a Ukrainian counteroffensive in the south.",
            None,
        ),
        # other durations; a duration left out is no other claim
        (
            "Serbia has halted all weapons exports to Hungary for two months.",
            "Serbia has halted all weapons exports to Hungary for six months.",
            None,
        ),
        (
            "Estonia will spend 3.2 billion euros on air defence.",
            "Tallinn is to invest €3.2 billion in its air defences over ten years.",
            "same",
        ),
        # opposite verbs, even when the other verb is in a side clause
        (
            "Turkey released 14 Greek fishermen who had been detained last month.",
            "Turkey detained 14 Greek fishermen near the island of Lesbos.",
            None,
        ),
        (
            "A new NATO command centre is to be set up in northern Finland.",
            "NATO will close its command centre in northern Finland.",
            None,
        ),
        # a cue that is a deed is the claim ("declared"), not its frame
        (
            "Moldova declared a state of emergency over gas shortages on Monday.",
            "A state of emergency was declared by Moldova because of a shortage of gas.",
            "same",
        ),
        # a noun formed from the verb, a name cut short, the nominal's possessor
        (
            "The European Commission approved 900 million euros of aid for Greek farmers.",
            "The Commission's approval of €900 million in aid for Greece's farmers came on Friday.",
            "same",
        ),
        (
            "The European Commission approved 900 million euros of aid for Greek farmers.",
            "The Commission's rejection of €900 million in aid for Greece's farmers came on Friday.",
            None,
        ),
        # the receiver is not the doer: "receive ... from X" is X's act
        (
            "Japan will lend 300 million dollars to Kenya for its railways.",
            "Kenya is to receive a $300 million loan from Tokyo for its railways.",
            "same",
        ),
        (
            "Japan will lend 300 million dollars to Kenya for its railways.",
            "Kenya will lend 300 million dollars to Japan for its railways.",
            None,
        ),
        # a small country's capital; a phrase whose words the verb governs
        (
            "Montenegro has expelled two Serbian diplomats over a spying case.",
            "Podgorica ordered two diplomats from Serbia to leave the country over the spying case.",
            "same",
        ),
        # opposites the table did not hold
        (
            "A court in Chile convicted former mayor Tomas Ibarra of fraud.",
            "A court in Chile acquitted former mayor Tomas Ibarra of fraud.",
            None,
        ),
        (
            "Orvex Steel will cut 2,000 jobs at its plants in Wales.",
            "Orvex Steel will create 2,000 jobs at its plants in Wales.",
            None,
        ),
        # hard negatives of the kinds the real news store showed: "X said it filed"
        # is X's filing, not another company's
        (
            "Halvard Mining Corp said it filed for protection under Chapter 11 of the bankruptcy code.",
            "Ostrava Metals filed for protection under Chapter 11 of the bankruptcy code.",
            None,
        ),
        (
            "Halvard Mining Corp said it filed for protection under Chapter 11 of the bankruptcy code.",
            "Halvard Mining Corp filed for protection under Chapter 11 of the bankruptcy code.",
            "same",
        ),
        # the same number of the same unit, said of other things
        (
            "Senator Rhea Lindqvist has a nine percentage point lead over Governor Amos Tate among young voters.",
            "Voters' trust in Governor Amos Tate has fallen by nine percentage points since the debate.",
            None,
        ),
        (
            "A study group said Norway should increase its emergency oil reserve to one mln barrels.",
            "Norway would like to increase its oil production by one mln barrels a day.",
            None,
        ),
        (
            "Norway would like to increase its oil production by one mln barrels a day.",
            "Norway wants to raise its daily oil output by one million barrels.",
            "same",
        ),
        # the "by" of an event noun is its doer; another agency is another doer
        (
            "The first crewed flight by Japan's space agency is due to take place in May.",
            "Japan's space agency will launch its first crewed mission in May.",
            "same",
        ),
        (
            "The first crewed flight by Japan's space agency is due to take place in May.",
            "China's space agency will launch its first crewed mission in May.",
            None,
        ),
        # a long sentence sharing a few words with a short claim
        (
            "Governor Amos Tate proposed a 20 percent tariff on imported steel.",
            "It is too early to say how much damage the row over Governor Amos Tate's 20 percent tariff "
            "remarks will do to a campaign already struggling with donors, staff departures, a hostile "
            "press and a primary calendar that favours his rivals.",
            None,
        ),
    ],
)
def test_paraphrase(nlp, first: str, second: str, expected: str | None) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a denial of an act told by its noun, with the denier's reason after it
        (
            "The rail operator denied that the strike at Brennmoor would go ahead, "
            "saying talks with the drivers were going well.",
            "Train drivers at Brennmoor will strike for 24 hours on Thursday.",
            "contradicts",
        ),
        (
            "The rail operator denied that the strike at Brennmoor would go ahead, "
            "saying talks with the drivers were going well.",
            "Train drivers at Karsdal will strike for 24 hours on Thursday.",
            None,
        ),
        # a denier who is no party to what it denies
        (
            "Her lawyer, Ola Berg, denied that Ines Varga had ever accepted bribes.",
            "A court in Tolvan sentenced former minister Ines Varga to eight years in "
            "prison for accepting bribes.",
            "contradicts",
        ),
        (
            "Her lawyer, Ola Berg, denied that Ines Varga had ever accepted bribes.",
            "A court in Tolvan sentenced former minister Karl Ostrom to eight years in "
            "prison for accepting bribes.",
            None,
        ),
        # a labour strike is a walkout, not an attack; its hours are its numbers
        (
            "Bus drivers in Lindau will walk out for 24 hours on Friday.",
            "Bus drivers in Lindau will strike for 24 hours on Friday.",
            "same",
        ),
        (
            "Bus drivers in Lindau went on strike for 48 hours in May.",
            "Bus drivers in Lindau will walk out for 24 hours on Friday.",
            None,
        ),
        # a prison term handed over is the sentence
        (
            "Ines Varga was given an eight-year prison term by a court in Tolvan.",
            "A court in Tolvan sentenced Ines Varga to eight years in prison.",
            "same",
        ),
        (
            "Ines Varga was given a two-year prison term by a court in Tolvan.",
            "A court in Tolvan sentenced Ines Varga to eight years in prison.",
            None,
        ),
    ],
)
def test_denials_strikes_and_terms(nlp, first: str, second: str, expected) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


def test_synonym_table_is_rule_data(nlp, tmp_path, monkeypatch) -> None:
    from presswatch.nlp import rules

    first = "Canada will train 30 Moldovan border guards."
    second = "Thirty guards from Moldova's border service will be tutored by Canadian instructors."
    assert cl.relation(_features(nlp, first), _features(nlp, second)) is None
    folder = tmp_path / "rules"
    folder.mkdir()
    table = (rules.DATA_DIR / "claim_synonyms.csv").read_text(encoding="utf-8")
    (folder / "claim_synonyms.csv").write_text(
        table + "tutor,train,test\n", encoding="utf-8"
    )
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(folder))
    assert cl.synonyms().of("tutor") == ("train",)
    assert cl.relation(_features(nlp, first), _features(nlp, second)) == "same"


def test_a_bad_synonym_row_names_file_and_line(tmp_path, monkeypatch) -> None:
    from presswatch.nlp import rules

    (tmp_path / "claim_synonyms.csv").write_text(
        "term,class,source\napprove,approve,x\nauthorise,,x\n", encoding="utf-8"
    )
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(tmp_path))
    with pytest.raises(rules.RuleFileError, match=r"claim_synonyms.csv line 3"):
        cl.synonyms()


def test_a_comma_in_a_synonym_field_stops_the_ingest_before_it_starts(
    nlp, tmp_path, monkeypatch
) -> None:
    """The table is read only for a sentence that may carry a claim, inside the
    parse: a bad row made each such article a skip ("analysis failed") and the
    ingest went on without them. It is an error naming the file and line before
    anything is parsed, and the store keeps what it had."""
    from presswatch.nlp import rules

    folder = tmp_path / "rules"
    folder.mkdir()
    for name in rules.RULE_FILES:
        shutil.copy(rules.DATA_DIR / name, folder / name)
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(folder))
    corpus = tmp_path / "a.jsonl"
    first = {
        "id": "a-1",
        "outlet": "Vale Gazette",
        "text": "The ministry approved 1,200 loans to Harbourline Airways on Monday.",
    }
    corpus.write_text(json.dumps(first) + "\n", encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([corpus], store, nlp)
        before = store.table("claim_sentences")
        assert len(before) == 1
        path = folder / "claim_synonyms.csv"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text(
            "".join(lines) + "okay,approve,hand: news usage, as in held-out 13\n",
            encoding="utf-8",
        )
        second = {**first, "id": "a-2", "text": first["text"].replace("1,200", "900")}
        corpus.write_text(
            corpus.read_text(encoding="utf-8") + json.dumps(second) + "\n",
            encoding="utf-8",
        )
        with pytest.raises(
            rules.RuleFileError, match=rf"claim_synonyms.csv line {len(lines) + 1}: 4"
        ):
            sync.update([corpus], store, nlp)
        assert list(store.table("articles").id) == ["a-1"]
        pd.testing.assert_frame_equal(store.table("claim_sentences"), before)
        with pytest.raises(rules.RuleFileError, match="claim_synonyms.csv line"):
            sync.reparse_changed(store, nlp)
        assert list(store.table("articles").id) == ["a-1"]


TEXT = " ".join(
    f"Sentence {i} of the wire story says that the ministry in the capital reported item {i}."
    for i in range(8)
)


def test_copies_survive_edits_and_independent_reports_do_not() -> None:
    original = copies.signature(TEXT)
    edited = copies.signature(
        "LONDON (Other Wire) - "
        + TEXT.replace("Sentence 3 of", "Part three of")
        + " An added line."
    )
    other = copies.signature(
        "The ministry in the capital reported a new item, and the wire story was about it."
        " Officials gave no further details on the matter that day."
    )
    assert original.jaccard(edited) >= copies.THRESHOLD
    assert original.jaccard(other) < copies.THRESHOLD
    assert copies.signature("Too short to compare.") is None


# -- through an ingest ---------------------------------------------------------------


def _gold() -> dict:
    return json.loads((DATA / "gold.json").read_text(encoding="utf-8"))


def _member_keys(store: Store, claim: dict) -> set[tuple[str, int]]:
    return {(m["article_id"], m["start"]) for m in claim["members"]}


def _sentence(store: Store, article_id: str, needle: str) -> tuple[str, int]:
    rows = store.rows(
        "SELECT start, text FROM sentences WHERE article_id = ?", [article_id]
    )
    [start] = [s for s, t in rows if needle in t]
    return article_id, start


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory, nlp):
    store = Store(tmp_path_factory.mktemp("claims") / "claims.duckdb")
    sync.update([DATA / "articles.jsonl"], store, nlp)
    yield store
    store.close()


def test_every_gold_claim_is_found_exactly(corpus_store) -> None:
    predicted = [
        _member_keys(corpus_store, c) for c in claims.claim_records(corpus_store)
    ]
    gold = [
        {_sentence(corpus_store, a, n) for a, n in c["members"]}
        for c in _gold()["claims"]
    ]
    assert sorted(map(sorted, predicted)) == sorted(map(sorted, gold))


def test_paraphrase_dev_claims_and_denials_are_found_exactly(tmp_path, nlp) -> None:
    """The paraphrase dev corpus: synonyms, name variants, numbers in words, and hard
    negatives that share actors and numbers (another number, another doer, the
    opposite, a reversal, a denial) — every claim exactly, every denial."""
    corpus = DATA / "paraphrase_dev"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    with Store(tmp_path / "p.duckdb") as store:
        sync.update([corpus / "articles.jsonl"], store, nlp)
        found = claims.claim_records(store)
        want = [
            {_sentence(store, a, n) for a, n in c["members"]} for c in gold["claims"]
        ]
        assert sorted(map(sorted, (_member_keys(store, c) for c in found))) == sorted(
            map(sorted, want)
        )
        denials = {(d["article_id"], d["start"]) for c in found for d in c["denials"]}
        assert denials == {
            _sentence(store, a, n)
            for c in gold["claims"]
            for a, n in c.get("denials", [])
        }


def test_relay_chain_attributions_and_denial(corpus_store) -> None:
    [chain] = [
        c
        for c in claims.claim_records(corpus_store)
        if c["first_seen"]["article_id"] == "c1-named"
    ]
    assert [m["attribution"] for m in chain["members"]] == [
        "named",
        "relayed",
        "vague",
        "bare",
    ]
    assert chain["articles"] == chain["outlets"] == 4
    assert chain["first_seen"] == {
        "article_id": "c1-named",
        "outlet": "Rivertown Post",
        "published": "2026-03-02",
    }
    assert [d["article_id"] for d in chain["denials"]] == ["c1-denial"]
    [origin] = chain["origins"]
    assert origin["source"] == "Ola Brekke" and origin["cited_directly_in_claim"]
    text = corpus_store.rows("SELECT text FROM articles WHERE id = 'c1-vague'")[0][0]
    vague = chain["members"][2]
    assert text[vague["start"] : vague["end"]].startswith(
        "Norway will reportedly deliver"
    )


def test_state_affiliated_relay_is_flagged(corpus_store) -> None:
    [cable] = [
        c
        for c in claims.claim_records(corpus_store)
        if c["first_seen"]["article_id"] == "c5-a"
    ]
    assert [d["article_id"] for d in cable["denials"]] == ["c5-not"]
    assert [m["attribution"] for m in cable["members"]] == ["bare", "named"]
    assert cable["members"][1]["source"] == "TASS"


def test_copy_group_includes_exact_duplicates(corpus_store) -> None:
    assert claims.copy_groups(corpus_store) == [
        {"original": "wire-1", "articles": ["wire-1", "wire-2", "wire-3", "wire-4"]}
    ]


def test_copies_count_once_in_a_claim(corpus_store) -> None:
    [fence] = [
        c
        for c in claims.claim_records(corpus_store)
        if c["first_seen"]["article_id"] == "wire-1"
    ]
    assert [m["article_id"] for m in fence["members"]] == ["wire-1", "wire-indep"]


def _summary(store: Store) -> tuple:
    return (
        sorted(sorted(_member_keys(store, c)) for c in claims.claim_records(store)),
        claims.copy_groups(store),
    )


def test_incremental_ingest_matches_one_pass(tmp_path, nlp, corpus_store) -> None:
    lines = (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines(True)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("".join(lines[::2]), encoding="utf-8")
    second.write_text("".join(lines[1::2]), encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([first], store, nlp, batch_size=5)
        sync.update([second], store, nlp, batch_size=5)
        assert _summary(store) == _summary(corpus_store)
        sync.update([first, second], store, nlp)  # nothing new
        assert _summary(store) == _summary(corpus_store)
        version = store.version()
        claims.refresh(
            store, workers.InProcess(nlp)
        )  # nothing changed since: nothing rebuilt
        assert store.version() == version


def test_removed_article_leaves_claims_and_copies(tmp_path, nlp) -> None:
    path = tmp_path / "articles.jsonl"
    shutil.copy(DATA / "articles.jsonl", path)
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([path], store, nlp)
        kept = [
            line
            for line in path.read_text(encoding="utf-8").splitlines(True)
            if '"id": "c2-b"' not in line and '"id": "wire-2"' not in line
        ]
        path.write_text("".join(kept), encoding="utf-8")
        sync.update([path], store, nlp)
        firsts = {c["first_seen"]["article_id"] for c in claims.claim_records(store)}
        assert "c2-a" not in firsts  # its only other member went
        assert claims.copy_groups(store) == [
            {"original": "wire-1", "articles": ["wire-1", "wire-3", "wire-4"]}
        ]


def test_store_written_before_claims_is_indexed_by_the_next_ingest(
    tmp_path, nlp
) -> None:
    from presswatch import ingest

    articles = [a for a in ingest.read([DATA / "articles.jsonl"]) if hasattr(a, "text")]
    docs = [nlp(a.text) for a in articles[:6]]
    with Store(tmp_path / "s.duckdb") as store:
        store.write(articles[:6], [analyse(d) for d in docs], "old")
        assert store.rows("SELECT count(*) FROM copy_signatures")[0] == (0,)
        claims.refresh(store, workers.InProcess(nlp))
        assert store.rows("SELECT count(*) FROM copy_signatures")[0] == (6,)
        firsts = {c["first_seen"]["article_id"] for c in claims.claim_records(store)}
        assert "c1-named" in firsts


def test_a_batch_and_its_index_are_committed_together(
    tmp_path, nlp, monkeypatch
) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([DATA / "articles.jsonl"], store, nlp, batch_size=5)
        stored = store.rows("SELECT count(*) FROM articles")[0]
        assert store.rows("SELECT count(*) FROM copy_signatures")[0] == stored

    def broken(write, features, decide):
        raise RuntimeError("index broke")

    monkeypatch.setattr(cl, "index_batch", broken)
    with Store(tmp_path / "t.duckdb") as store:
        with pytest.raises(RuntimeError, match="index broke"):
            sync.update([DATA / "articles.jsonl"], store, nlp, batch_size=5)
        # the first batch's articles went back with its index: nothing half-stored
        assert store.rows("SELECT count(*) FROM articles")[0] == (0,)
        assert store.rows("SELECT count(*) FROM copy_signatures")[0] == (0,)


# -- the commands, on the bundled sample -------------------------------------------------


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, nlp) -> Path:
    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    with Store(db) as store:
        sync.update([SAMPLE], store, nlp)
    return db


def _json_lines(capsys, argv: list[str]) -> list[dict]:
    assert cli.main(argv) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _path_of(db: Path, article_id: str) -> str:
    with Store(db, read_only=True) as store:
        path = store.rows("SELECT path FROM articles WHERE id = ?", [article_id])[0][0]
    return Path(path).relative_to(SAMPLE.resolve()).as_posix()


def test_sample_claim_travels_through_four_outlets(capsys, sample_db) -> None:
    found = _json_lines(capsys, ["claims", "--db", str(sample_db), "--json"])
    wide = [c for c in found if c["outlets"] >= 4]
    assert len(wide) == 1
    [iskander] = wide
    assert iskander["text"].startswith(
        "Belarus has moved 12 Iskander missile launchers"
    )
    assert [
        (_path_of(sample_db, m["article_id"]), m["attribution"])
        for m in iskander["members"]
    ] == [
        ("baltic-dispatch/2026-09-21-iskander-launchers-near-border.txt", "named"),
        ("capital-wire/2026-09-23-lithuania-missile-warning.txt", "relayed"),
        ("daily-meridian/2026-09-25-minsk-missile-moves.txt", "vague"),
        ("northern-ledger/2026-09-29-baltic-missile-shadow.txt", "bare"),
    ]
    assert [_path_of(sample_db, d["article_id"]) for d in iskander["denials"]] == [
        "harbour-times/2026-10-02-belarus-denies-launchers.txt"
    ]
    assert iskander["first_seen"]["published"] == "2026-09-21"
    assert set(iskander) >= {
        "id",
        "text",
        "articles",
        "outlets",
        "first_seen",
        "members",
    }
    assert set(iskander["members"][0]) == {
        "article_id", "start", "end", "outlet", "published", "source", "source_kind",
        "attribution",
    }  # fmt: skip
    assert all(c["articles"] >= 2 for c in found)
    assert len(
        _json_lines(capsys, ["claims", "--db", str(sample_db), "--min-articles", "4"])
    ) < len(found)


def test_sample_wire_story_has_two_copies(capsys, sample_db) -> None:
    [group] = _json_lines(capsys, ["copies", "--db", str(sample_db), "--json"])
    assert [_path_of(sample_db, a) for a in group["articles"]] == [
        "capital-wire/2026-09-29-klaipeda-grain-corridor.txt",
        "baltic-dispatch/2026-09-29-grain-trains-to-klaipeda.txt",
        "northern-ledger/2026-09-30-rail-corridor-klaipeda.txt",
    ]
    assert group["original"] == group["articles"][0]


def test_claims_are_shown_without_their_wire_dateline(sample_db) -> None:
    from presswatch.query import claims as qc
    from presswatch.records import Filters

    with Store(sample_db, read_only=True) as store:
        top = qc.top_claims(store, Filters(), n=50)
    # the sample's Capital Wire drone story opens "KYIV, Nov 10 (Capital Wire) - At ..."
    assert top.text.str.startswith("At least three Russian drones").any()
    assert not top.text.str.contains(r"\(Capital Wire\) -").any()


def test_commands_name_a_missing_store(capsys, tmp_path) -> None:
    assert cli.main(["claims", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "none.duckdb" in capsys.readouterr().err


# -- the read side: query and charts -------------------------------------------------


def test_top_claims_follow_the_filters(corpus_store) -> None:
    from datetime import date

    from presswatch.query import claims as qc
    from presswatch.records import Filters

    top = qc.top_claims(corpus_store, Filters())
    assert top.iloc[0].first_article == "c1-named"
    assert (top.iloc[0].articles, top.iloc[0].outlets) == (4, 4)
    assert list(top.iloc[0][["named", "relayed", "vague", "bare", "denials"]]) == [
        1,
        1,
        1,
        1,
        1,
    ]
    narrow = qc.top_claims(
        corpus_store, Filters(start=date(2026, 3, 4), end=date(2026, 3, 9))
    )
    chain = narrow[narrow.first_article == "c1-vague"]
    assert len(chain) == 1 and chain.iloc[0].articles == 2  # vague and bare only
    assert qc.top_claims(corpus_store, Filters(outlets=("Rivertown Post",))).empty


def test_claims_spread_most_through_outlets_then_articles(corpus_store) -> None:
    from presswatch.query import claims as qc
    from presswatch.records import Filters

    top = qc.top_claims(corpus_store, Filters(), n=50)
    assert len(top) > 1
    keys = list(zip(-top.outlets, -top.articles, strict=True))
    assert keys == sorted(keys)


def test_a_long_spread_has_an_uncrowded_article_axis() -> None:
    import pandas as pd

    from presswatch.charts import claims as cc

    def spread(n: int) -> pd.DataFrame:
        days = pd.date_range("2026-03-01", periods=n, freq="D")
        return pd.DataFrame({"published": days, "articles": range(1, n + 1),
                             "outlets": [1] * n})  # fmt: skip

    seen = pd.DataFrame(columns=["published", "order", "attribution", "outlet",
                                 "source", "article_id", "start"])  # fmt: skip
    assert cc.claim_spread(seen, spread(6)).layout.yaxis.dtick == 1
    assert cc.claim_spread(seen, spread(54)).layout.yaxis.dtick is None


def test_a_claims_appearances_spread_origins_and_chart(corpus_store) -> None:
    from presswatch.charts import claims as cc
    from presswatch.query import claims as qc
    from presswatch.records import Filters

    claim = qc.top_claims(corpus_store, Filters()).iloc[0].claim
    seen = qc.appearances(corpus_store, Filters(), claim=claim)
    assert list(seen.attribution) == ["named", "relayed", "vague", "bare"]
    assert seen.iloc[2].text.startswith("Norway will reportedly")
    spread = qc.spread(corpus_store, Filters(), claim=claim)
    assert list(spread.articles) == [1, 2, 3, 4] and list(spread.outlets) == [
        1,
        2,
        3,
        4,
    ]
    origins = qc.origins(corpus_store, Filters(), claim=claim)
    assert list(origins.origin) == ["Ola Brekke"]
    assert (origins.iloc[0].named, origins.iloc[0].relayed) == (1, 1)
    assert origins.iloc[0].cited_directly_anywhere
    denied = qc.denials(corpus_store, Filters(), claim=claim)
    assert list(denied.article_id) == ["c1-denial"]
    fig = cc.claim_spread(seen, spread)
    markers = [t for t in fig.data if t.mode == "markers"]
    assert [t.name.split(" ")[0] for t in markers] == [
        "Named",
        "Relayed",
        "Vague",
        "Bare",
    ]
    assert json.loads(markers[0].customdata[0][0])["article_id"] == "c1-named"
    caption = cc.claim_caption(seen, denied)
    assert "n = 4 articles in 4 outlets" in caption
    assert "2 Mar 2026 – 9 Mar 2026" in caption and "denied 1× later" in caption
    bar = cc.claims_spread_bar(qc.top_claims(corpus_store, Filters()))
    assert len(bar.data) == 4


def test_copies_once_filter_counts_a_group_as_its_original(corpus_store) -> None:
    from presswatch.query import base
    from presswatch.records import Filters

    every = base.scope(corpus_store, Filters())
    once = base.scope(corpus_store, Filters(copies_once=True))
    assert every.articles - once.articles == 2  # wire-2, wire-3 (wire-4 is stored once)


def test_state_affiliated_relay_in_origins(corpus_store) -> None:
    from presswatch.query import claims as qc
    from presswatch.records import Filters

    claim = claims.claim_records(corpus_store)
    cable = next(c for c in claim if c["first_seen"]["article_id"] == "c5-a")
    origins = qc.origins(corpus_store, Filters(), claim=cable["id"])
    assert list(origins.origin) == [
        "TASS"
    ]  # "…, TASS reported": TASS is the named origin


def test_briefing_lists_the_claims_that_spread_most_that_week(sample_db) -> None:
    from presswatch import briefing as bf
    from presswatch.export import report

    with Store(sample_db, read_only=True) as store:
        b = bf.build(store, bf.Week(2026, 39))
        top = b.claims.iloc[0]
        assert top.text.startswith("Belarus has moved 12 Iskander missile launchers")
        assert (top.articles, top.named, top.relayed, top.vague) == (3, 1, 1, 1)
        assert "claims_that_spread" in b.tables()
        page = report.briefing_html(b, figures={}, store=store)
    assert "Claims that spread most this week" in page
    assert "Its 3 sentences" in page


def test_a_looping_relay_chain_ends() -> None:
    from presswatch.records import Attribution

    def att(i: int, cited_by: int, actor: str) -> Attribution:
        return Attribution(
            i, 0, 4, "said", "say", 5, 9, actor, actor, "media", None, None, cited_by, 0
        )

    assert cl.classify([att(0, 1, "TASS"), att(1, 0, "RIA Novosti")])[0] == "relayed"


MERGED = [
    {
        "id": "zv-1",
        "outlet": "Quay Courier",
        "published": "2026-08-01",
        "title": "Tanker order",
        "text": "Zorvath Group will buy 40 oil tankers from Norway, the company said on Monday.\n\n"
        "The tankers will be delivered over several years.\n\n"
        "Shipping analysts called the plan ambitious.",
    },
    {
        "id": "zv-2",
        "outlet": "Fjord Post",
        "published": "2026-08-03",
        "title": "Rotterdam buyer",
        "text": "Zorvath Holdings will buy 40 oil tankers from Norway, a spokeswoman said.\n\n"
        "The company is based in Rotterdam.\n\n"
        "Its shares rose on Wednesday.",
    },
]


def test_alias_edits_merge_and_split_claims(tmp_path, nlp, monkeypatch) -> None:
    from presswatch.nlp import rules
    from presswatch.store import editing

    folder = tmp_path / "rules"
    folder.mkdir()
    shutil.copy(rules.DATA_DIR / "aliases.csv", folder / "aliases.csv")
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(folder))
    corpus = tmp_path / "zv.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in MERGED), encoding="utf-8")

    def claimed(store: Store) -> list[list[str]]:
        return [
            [m["article_id"] for m in c["members"]] for c in claims.claim_records(store)
        ]

    with Store(tmp_path / "zv.duckdb") as store:
        sync.update([corpus], store, nlp)
        assert claimed(store) == []  # two buyers: two claims, neither repeated
        table = editing.read_table("aliases.csv")
        merged = pd.concat(
            [
                table,
                pd.DataFrame(
                    [{"alias": "Zorvath Group", "canonical": "Zorvath Holdings"}]
                ),
            ],
            ignore_index=True,
        ).fillna("")
        editing.save_aliases(merged, store)
        assert claimed(store) == [["zv-1", "zv-2"]]  # one buyer: one claim
        editing.save_aliases(table, store)
        assert claimed(store) == []  # split again
        # a later ingest finds nothing stale to change
        sync.update([corpus], store, nlp)
        assert claimed(store) == []


def test_soft_overlap_joins_near_words_behind_the_anchors(nlp, monkeypatch) -> None:
    """The word vectors count "espionage" for "spying" once the actors, the doer and
    the verb agree; without them the pair is too thin to join, and words that only
    share a topic ("power grid" / "grain ports") keep two claims apart."""
    first = "Serbia has expelled a Croatian diplomat accused of spying."
    second = (
        "Belgrade ordered a Croatian envoy to leave the country over espionage claims."
    )
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == "same"
    monkeypatch.setattr(cl, "SOFT_SIMILARITY", 1.0)
    assert cl.relation(a, b) is None
    monkeypatch.undo()
    assert (
        cl.relation(
            _features(
                nlp, "Russia attacked Ukraine's power grid with drones overnight."
            ),
            _features(
                nlp, "Russia attacked Ukraine's grain ports with drones overnight."
            ),
        )
        is None
    )


def test_word_vectors_are_shipped_with_their_card() -> None:
    from presswatch.claims import vectors

    table = vectors.load()
    assert table is not None and len(table.index) > 5000
    assert table.similarity("unemployment", "jobless") > 0.6
    assert table.similarity("unemployment", "no-such-word-xyz") == 0.0
    card = (vectors.VECTORS_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "news_corpus" in card and "pointwise mutual information" in card
    assert vectors.stem("displaced") == vectors.stem("displace")


def test_derived_verbs() -> None:
    assert cl.derived_verb("approval") == "approve"
    assert cl.derived_verb("deployment") == "deploy"
    assert cl.derived_verb("acquisition") == "acquire"
    assert cl.derived_verb("expulsion") == "expel"
    assert cl.derived_verb("mission") is None
    assert cl.derived_verb("hospital") is None


def test_outlet_boilerplate_is_no_claim(tmp_path, nlp) -> None:
    """A bond-issue template line one wire runs in four unrelated stories and an
    editor's note in three are kept off the claims and the ranking; a line one
    outlet repeats in three follow-ups of one story, and a claim three outlets carry,
    stay."""
    from presswatch.query import claims as qc
    from presswatch.records import Filters

    with Store(tmp_path / "b.duckdb") as store:
        sync.update([DATA / "boilerplate" / "articles.jsonl"], store, nlp)
        found = {
            c["first_seen"]["article_id"]: sorted(m["article_id"] for m in c["members"])
            for c in claims.claim_records(store)
        }
        assert found == {
            "spread-a": ["spread-a", "spread-b", "spread-c"],
            "himars-1": ["himars-1", "himars-2", "himars-3"],
        }
        top = qc.top_claims(store, Filters())
        assert sorted(top["first_article"]) == ["himars-1", "spread-a"]
        assert not top["text"].str.contains("Nordhavn|Editor's note").any()
        # the pairs stay stored: only the grouping leaves the template out
        [(n,)] = store.rows(
            "SELECT count(*) FROM claim_pairs WHERE article_id LIKE 'bond-%'"
        )
        assert n >= 3


def test_without_boilerplate_keeps_one_story_and_other_outlets() -> None:
    line = [("w1", 0), ("w2", 0), ("w3", 0), ("x1", 2)]
    outlet_of = {"w1": "Wire", "w2": "Wire", "w3": "Wire", "x1": "Other", "x2": "Other"}
    mentioned = {a: [(1, f"Issuer {a}")] for a in ("w1", "w2", "w3")}
    # unrelated stories: the wire's appearances go, one other article is no claim
    assert cl.without_boilerplate([line], [], outlet_of, mentioned) == []
    # a second outlet carrying the line keeps a claim of the others' appearances
    two = [*line, ("x2", 0)]
    assert cl.without_boilerplate([two], [], outlet_of, mentioned) == [
        [("x1", 2), ("x2", 0)]
    ]
    # one story: the wire's articles share their other actors
    story = {a: [(1, "Estonia"), (2, "HIMARS")] for a in ("w1", "w2", "w3")}
    assert cl.without_boilerplate([line], [], outlet_of, story) == [line]
    # or another claim
    pairs = [("w1", 3, "w2", 4), ("w2", 3, "w3", 5), ("w1", 5, "w3", 6)]
    assert cl.without_boilerplate([line], pairs, outlet_of, mentioned) == [line]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a market report's movements of opposite direction are two reports
        (
            "Qatari riyal interbank deposits were steady at higher levels in a quiet market.",
            "Qatari riyal interbank deposit rates eased across the board in a dull market, dealers said.",
            None,
        ),
        (
            "Qatari riyal interbank deposits were steady at higher levels in a quiet market.",
            "Qatari riyal interbank deposits were steady at higher levels in a calm market, dealers said.",
            "same",
        ),
    ],
)
def test_market_movements(nlp, first: str, second: str, expected: str | None) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


def test_without_editions_drops_a_recurring_reports_template() -> None:
    """Two articles of one outlet under one headline on different days are two
    editions of a recurring report: their shared lines are no claim. The same
    headline on one day, another outlet, another headline or no date keep theirs."""
    edition = {
        "mon": ("Wire", "CENTRAL BANK SEEN ADDING RESERVES", "2026-03-02"),
        "tue": ("Wire", "Central bank seen adding reserves", "2026-03-03"),
        "tue2": ("Wire", "Central bank seen adding reserves", "2026-03-03"),
        "other": ("Post", "Central bank seen adding reserves", "2026-03-04"),
        "story": ("Wire", "Central bank adds reserves", "2026-03-04"),
        "undated": ("Wire", "Central bank seen adding reserves", None),
    }
    pairs = [
        ("mon", 0, "tue", 0),
        ("tue", 0, "tue2", 0),
        ("tue", 0, "other", 0),
        ("mon", 1, "story", 2),
        ("mon", 0, "undated", 0),
        ("mon", 0, "unknown", 0),
    ]
    assert cl.without_editions(pairs, edition) == pairs[1:]


def test_recurring_report_is_no_claim(tmp_path, nlp) -> None:
    """A wire's morning report repeats its lines under one headline every day: no
    claim joins two editions (too few for the boilerplate rule), while a line another
    outlet relays stays a claim."""
    line = (
        "The Meridian central bank is expected to enter the bond market to add "
        "temporary reserves, economists said."
    )
    days = {
        4: "Fund rates opened at 6.5 percent after heavy tax payments by Corvane Steel.",
        5: "Dealers said the overnight rate fell to 5.8 percent as Tolbek Insurance repaid its loans early.",
    }
    rows = [
        {"id": f"report-{d}", "outlet": "Meridian Wire", "published": f"2026-05-0{d}",
         "title": "Central bank expected to add reserves", "text": f"{line}\n\n{extra}"}
        for d, extra in days.items()
    ] + [
        {"id": "quake-1", "outlet": "Meridian Wire", "published": "2026-05-04",
         "title": "Earthquake shakes Port Alva",
         "text": "An earthquake measuring 5.2 damaged 300 houses in Port Alva on Monday, "
                 "the Meridian civil defence agency said.\n\nRescue teams from the "
                 "capital arrived by helicopter in the evening.\n\nThe mayor, Tomas "
                 "Veyra, asked for tents and blankets."},
        {"id": "quake-2", "outlet": "Harbour Post", "published": "2026-05-05",
         "title": "Port Alva counts damage",
         "text": "Schools in the coastal town stayed closed on Tuesday.\n\nThe Meridian "
                 "civil defence agency said an earthquake measuring 5.2 damaged 300 "
                 "houses in Port Alva on Monday.\n\nInsurers expect claims to rise "
                 "sharply this month."},
    ]  # fmt: skip
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(tmp_path / "r.duckdb") as store:
        sync.update([corpus], store, nlp)
        found = [
            sorted(m["article_id"] for m in c["members"])
            for c in claims.claim_records(store)
        ]
        assert found == [["quake-1", "quake-2"]]
        # the pair stays stored: only the grouping leaves the editions apart
        [(n,)] = store.rows(
            "SELECT count(*) FROM claim_pairs WHERE article_id LIKE 'report-%'"
        )
        assert n == 1


def test_keys_find_free_rewordings(nlp) -> None:
    """A one-actor sentence that names its doer, and a rare number, are keys of their
    own: free rewordings that share no LSH band still meet."""
    a = _features(
        nlp,
        "The first crewed flight by Japan's space agency is due to take place in May.",
    )
    b = _features(
        nlp, "Japan's space agency will launch its first crewed mission in May."
    )
    assert set(cl.keys(a)) & set(cl.keys(b))
    c = _features(
        nlp,
        "The European Commission approved 900 million euros of aid for Greek farmers.",
    )
    d = _features(
        nlp,
        "The Commission's approval of €900 million in aid for Greece's farmers came on Friday.",
    )
    assert set(cl.keys(c)) & set(cl.keys(d))


def test_titles_before_names_are_not_content(nlp) -> None:
    f = _features(
        nlp, "Finance Minister Olga Brandt cut the fuel tax by 12 percent in Norway."
    )
    assert "finance" not in f.content() and "minister" not in f.content()
    assert {"fuel", "tax"} <= f.content()


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # converses: told from the other side, the doer is the other party
        (
            "Norway will sell 40 tonnes of salmon roe to Chile this year.",
            "Chile will buy 40 tonnes of salmon roe from Norway this year.",
            "same",
        ),
        (
            "Norway will sell 40 tonnes of salmon roe to Chile this year.",
            "Chile will sell 40 tonnes of salmon roe to Norway this year.",
            None,
        ),
        (
            "Canada's Ruth Okafor beat Portugal's Ines Duarte in the women's singles final of the Lyon Open.",
            "Ines Duarte lost to Ruth Okafor in the women's singles final of the Lyon Open.",
            "same",
        ),
        (
            "Ines Duarte lost to Ruth Okafor in the women's singles final of the Lyon Open.",
            "Ines Duarte beat Ruth Okafor in the women's singles final of the Lyon Open.",
            None,
        ),
        # an appointment is the appointee's; another country appointing him is not
        (
            "Peru appointed veteran diplomat Tomas Reyes as its new ambassador to Japan on Friday.",
            "Tomas Reyes, a veteran diplomat, becomes Peru's new ambassador to Japan.",
            "same",
        ),
        (
            "Peru appointed veteran diplomat Tomas Reyes as its new ambassador to Japan on Friday.",
            "Chile appointed veteran diplomat Tomas Reyes as its new ambassador to Japan on Friday.",
            None,
        ),
        # a year of a plan: another year is another plan, none is no disagreement
        (
            "Morocco will build 600 kilometres of high-speed rail by 2030.",
            "Morocco will build 600 kilometres of high-speed rail by 2035.",
            None,
        ),
        (
            "Morocco will build 600 kilometres of high-speed rail by 2030.",
            "Morocco is to build some 600 kilometres of high-speed railway lines.",
            "same",
        ),
        # "lifted" rates raises them; "lifted" sanctions ends them
        (
            "The Bank of Iceland raised its key rate by half a point to 9.25 percent.",
            "The Bank of Iceland lifted its key rate to 9.25 percent, up half a point.",
            "same",
        ),
        (
            "Norway lifted its sanctions on Belarusian fertiliser exports.",
            "Norway raised its sanctions on Belarusian fertiliser exports.",
            None,
        ),
        # a share of the vote is no object of the verb
        (
            "Mayor Ida Stromberg won 61 percent of the vote in Uppsala on Sunday.",
            "Ida Stromberg won a third term in Uppsala with 61 percent on Sunday.",
            "same",
        ),
    ],
)
def test_converses_appointments_and_years(nlp, first, second, expected) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


def test_keys_of_who_does_what(nlp) -> None:
    """A rewording that names one more actor (a product, a place) misses the keys of
    all its actors: the doer's numbers and the doer's act still meet."""
    a = _features(nlp, "Skyline Air is close to ordering 40 Embraer jets.")
    b = _features(
        nlp,
        "Skyline Air will reportedly order 40 aircraft from Embraer for its new base at Porto airport.",
    )
    assert set(a.actors) != set(b.actors)
    assert set(cl.keys(a)) & set(cl.keys(b))
    assert cl.relation(a, b) == "same"
    c = _features(nlp, "Lithuania's drug regulator approved the malaria vaccine Rivex.")
    d = _features(
        nlp,
        "The malaria vaccine Rivex has been cleared for use in Lithuania by its regulator.",
    )
    assert set(cl.keys(c)) & set(cl.keys(d))
    assert cl.relation(c, d) == "same"


def test_a_sources_description_and_plural_forms(nlp) -> None:
    f = _features(
        nlp,
        "Chile will buy 30 cargoes of coal from Colombia, the state news agency Orbe reported.",
    )
    assert "agency" not in f.content() and "state" not in f.content()
    assert "cargo" in f.content()
    g = _features(nlp, "Kenyan runner Faith Mwangi won the Porto marathon on Sunday.")
    h = _features(nlp, "Faith Mwangi won the Porto marathon on Sunday.")
    assert set(h.subjects) <= set(g.subjects) | {"faith mwangi"}


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a count the model tags DATE is a number all the same
        (
            "Austria will raise the legal driving age to 17, the transport ministry said.",
            {"17"},
        ),
        ("Austria will raise the legal driving age to seventeen.", {"17"}),
        # a bond's coupon in fractions
        (
            "Kelmar Bank is issuing bonds paying 7-3/4 pct to investors in Oslo.",
            {"7.75"},
        ),
        # a year alone is kept apart from the counts; a full date is not claimed
        ("Austria will ban oil heating in new homes by 2030.", {"2030ad"}),
        ("Austria banned oil heating in new homes on March 3, 2026.", set()),
    ],
)
def test_counts_dates_and_fractions(nlp, text, numbers) -> None:
    assert set(_features(nlp, text).numbers) == numbers


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # one duration in other units, or written out, is one claim
        ("The Corvin Bridge in Dalby will stay closed for three weeks, the council said.",
         "The Corvin Bridge in Dalby will stay closed for 21 days.", "same"),
        ("A court in Dunmore jailed former councillor Peter Vane for 18 months for fraud.",
         "Peter Vane was jailed for a year and a half for fraud, a court in Dunmore ruled.",
         "same"),
        ("A court in Dunmore jailed former councillor Peter Vane for 18 months for fraud.",
         "Peter Vane was jailed for one and a half years for fraud in Dunmore.", "same"),
        ("Nurses at Kellby Hospital will strike for 48 hours from Monday.",
         "Nurses at Kellby Hospital will walk out for two days from Monday.", "same"),
        ("The Halden council meeting on the Vessby dam lasted 90 minutes.",
         "The Halden council meeting on the Vessby dam lasted an hour and a half.", "same"),
        # another duration stays another claim
        ("The Corvin Bridge in Dalby will stay closed for three weeks, the council said.",
         "The Corvin Bridge in Dalby will stay closed for 20 days.", None),
        ("The Corvin Bridge in Dalby will stay closed for three weeks, the council said.",
         "The Corvin Bridge in Dalby will stay closed for three months.", None),
        ("A court in Dunmore jailed former councillor Peter Vane for 18 months for fraud.",
         "Peter Vane was jailed for half a year for fraud in Dunmore.", None),
        ("Nurses at Kellby Hospital will strike for 48 hours from Monday.",
         "Nurses at Kellby Hospital will strike for 24 hours from Monday.", None),
        ("The Halden council meeting on the Vessby dam lasted 90 minutes.",
         "The Halden council meeting on the Vessby dam lasted half an hour.", None),
    ],
)  # fmt: skip
def test_durations_in_one_unit(nlp, first, second, expected) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert similar.decide(a, b) == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a fraction in words is its share rounded to a whole percent
        ("Bus ridership in Kelso fell by a third.", {"33"}),
        ("Bus ridership in Kelso fell by one third.", {"33"}),
        ("Kelso's nurses won a two-thirds majority.", {"67"}),
        ("A quarter of the nurses voted to strike.", {"25"}),
        ("Three quarters of the nurses voted to strike.", {"75"}),
        ("Fares rose 18 per cent.", {"18"}),
        # ordinals are no fractions
        ("Mayor Ansel Tull won a third term in office.", set()),
        ("The ferry sank for a third time.", set()),
        ("A third ferry operator will enter the market.", set()),
        ("Kelso's economy grew 2 percent in the first quarter.", {"2"}),
    ],
)
def test_fractions_in_words_are_shares(nlp, text, numbers) -> None:
    assert cl._numbers(list(nlp(text)))[0] == numbers


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Bus ridership in Orlin is said to have dropped by 33 percent in the first "
         "half of the year.", "same"),
        ("Bus ridership in Orlin fell by one third in the first half of the year.",
         "same"),
        # another share, in words or in figures, is another claim
        ("Bus ridership in Orlin fell by a quarter in the first half of the year.", None),
        ("Bus ridership in Orlin fell by 25 percent in the first half of the year.",
         None),
        ("Bus ridership in Orlin fell by two-thirds in the first half of the year.",
         None),
    ],
)  # fmt: skip
def test_a_fraction_is_the_percentage_it_rounds_to(nlp, second, expected) -> None:
    a = _features(
        nlp,
        "Bus ridership in Orlin fell by a third in the first half of the year, the "
        "transport authority said.",
    )
    b = _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert similar.decide(a, b) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Water in the Lorn reservoir has fallen to eighteen percent of its capacity.",
         "same"),
        ("Water in the Lorn reservoir has fallen to 18 per cent of its capacity.", "same"),
        ("Water in the Lorn reservoir has fallen to 18% of its capacity.", "same"),
        ("Water in the Lorn reservoir has fallen to 19 per cent of its capacity.", None),
    ],
)  # fmt: skip
def test_a_percentage_however_written(nlp, second, expected) -> None:
    a = _features(
        nlp,
        "Water in the Lorn reservoir has fallen to 18 percent of its capacity, the Varro "
        "water company said.",
    )
    b = _features(nlp, second)
    assert "cent" not in b.terms
    assert cl.relation(a, b) == expected
    assert similar.decide(a, b) == expected


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("Hale was jailed for a year.", "12month"),
        ("Hale was jailed for twelve months.", "12month"),
        ("Hale was jailed for half a year.", "6month"),
        ("Hale was jailed for two and a half years.", "30month"),
        ("The trial lasted three weeks.", "504hour"),
        ("The meeting lasted an hour and a half.", "1.5hour"),
        # no count: "a few weeks" says no duration
        ("The trial lasted a few weeks.", None),
    ],
)
def test_a_duration_is_counted_in_its_familys_unit(nlp, text, duration) -> None:
    found = [cl._duration(e) for e in nlp(text).ents if e.label_ in ("DATE", "TIME")]
    assert found == [duration]


@pytest.mark.parametrize(
    ("second", "keyed", "expected"),
    [
        # a denial that drops the term meets the claim on its actor, whatever the
        # numbers, and contradicts it when it denies the claim's act
        ("The lawyer, Ruth Okafor, denied that Peter Vane had ever taken bribes.",
         True, "contradicts"),
        ("Peter Vane denied taking bribes from the builders.", True, "contradicts"),
        # a denial of something else is met and not linked; a sentence without
        # numbers that denies nothing takes no actor key
        ("Peter Vane denied that he had ever owned a yacht in Dunmore.", True, None),
        ("Peter Vane was seen taking bribes at the Dunmore market, a witness said.",
         False, None),
    ],
)  # fmt: skip
def test_a_denial_is_keyed_by_its_actors_whatever_its_numbers(
    nlp, second, keyed, expected
) -> None:
    a = _features(
        nlp,
        "A court in Dunmore sentenced former councillor Peter Vane to four years in "
        "prison for taking bribes, prosecutors said.",
    )
    b = _features(nlp, second)
    assert (cl._hash64("actor", "peter vane") in cl.keys(b)) == keyed
    assert cl._hash64("actor", "peter vane") in cl.keys(a)
    assert cl.relation(a, b) == expected


def test_a_denial_and_a_negation_are_kept_apart(nlp) -> None:
    # "would not reopen" and "denied that it would stay closed" say the opposite,
    # though each is a negative and both give the same duration
    a = _features(
        nlp,
        "Radio Dalby, citing the county council, said the Corvin Bridge in Dalby would "
        "not reopen for a year and a half at the earliest.",
    )
    b = _features(
        nlp,
        "Mayor Ansel Tull denied that the Corvin Bridge in Dalby would stay closed for "
        "18 months.",
    )
    c = _features(
        nlp, "The Corvin Bridge in Dalby will not reopen for 18 months, the council said."
    )
    assert a.negated and b.denial and not b.negated
    assert similar.kept_apart(*cl._short_names(a, b))
    assert similar.decide(a, b) is None
    assert similar.decide(a, c) == "same"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # near the same words, another verb: a verb the table does not join may be
        # the opposite, so a relay or light rewording keeps its verb (or a synonym)
        ("Chile's copper output rose 6 percent in October.", "Chile's copper output plummeted 6 percent in October.", None),
        ("Vesta Motors will hire 2,000 workers at its plant in Ohio.", "Vesta Motors will fire 2,000 workers at its plant in Ohio.", None),
        ("Finland joined the European carbon border scheme on Monday.", "Finland quit the European carbon border scheme on Monday.", None),
        ("The Senate passed the bill on digital taxes by 62 votes.", "The Senate defeated the bill on digital taxes by 62 votes.", None),
        ("Brazil's exports to China surged 12 percent in May.", "Brazil's imports from China surged 12 percent in May.", None),
        ("Spain will increase the minimum wage to 1,200 euros.", "Spain will freeze the minimum wage at 1,200 euros.", None),
        # and synonyms news uses are in the table
        ("Greece closed its border with North Macedonia to freight traffic.", "Greece shut its border with North Macedonia to freight traffic, officials said.", "same"),
        ("Vesta Motors will cut 2,000 jobs at its plant in Ohio.", "Vesta Motors will eliminate 2,000 jobs at its plant in Ohio, the union said.", "same"),
        ("The Senate approved the bill on digital taxes by 62 votes.", "The Senate passed the bill on digital taxes by 62 votes.", "same"),
        ("Somali pirates hijacked a Greek cargo ship off the coast of Oman.", "A Greek cargo ship was seized by Somali pirates off the coast of Oman.", "same"),
        # the completion of the act
        ("Estonia will build a 40-kilometre fence along its border with Russia.", "The 40-kilometre fence along the border with Russia will be finished next year.", "same"),
    ],
)  # fmt: skip
def test_a_rewording_keeps_its_verb(nlp, first, second, expected) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


@pytest.mark.parametrize(
    "name",
    [
        "paraphrase_heldout6",
        "paraphrase_heldout7",
        "paraphrase_heldout8",
        "paraphrase_heldout9",
    ],
)
def test_news_travel_held_outs_join_no_hard_negative(tmp_path, nlp, name) -> None:
    """Held-outs 6 to 9 (claims that travel through five or six outlets over weeks,
    hard negatives beside them): every predicted claim lies within one gold claim
    (precision 1; a copy's sentence stands for its original's), and the relay chain
    is found, all but its heavy paraphrase, with its denial."""
    corpus = DATA / name
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    first_of = {a: g[0] for g in gold["copies"] for a in g}
    with Store(tmp_path / "h.duckdb") as store:
        texts = {}

        def one(key: tuple[str, int]) -> tuple:
            if key[0] not in first_of:
                return key
            if key not in texts:
                [(text,)] = store.rows(
                    "SELECT text FROM sentences WHERE article_id = ? AND start = ?",
                    list(key),
                )
                texts[key] = re.sub(r"^[A-Z ]+(, [^(]+)?(\([^)]*\))? - ", "", text)
            return first_of[key[0]], texts[key]

        sync.update([corpus / "articles.jsonl"], store, nlp)
        want = [
            {one(_sentence(store, a, n)) for a, n in c["members"]}
            for c in gold["claims"]
        ]
        found = claims.claim_records(store)
        for c in found:
            members = {one(k) for k in _member_keys(store, c)}
            assert any(members <= w for w in want), members
        chain = want[0]
        [relayed] = [c for c in found if _member_keys(store, c) & chain]
        assert _member_keys(store, relayed) <= chain
        assert len(_member_keys(store, relayed)) >= 4
        assert {(d["article_id"], d["start"]) for d in relayed["denials"]} == {
            _sentence(store, a, n) for a, n in gold["claims"][0]["denials"]
        }


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the one chosen does the act: "chose X to build" / "X will build"
        ("Chile has selected Vesta Energy to run its new desalination plant near Antofagasta.", "Vesta Energy will run Chile's new desalination plant near Antofagasta.", "same"),
        ("Poland picked Hanwha to supply its new howitzers, the defence ministry said.", "Hanwha will supply Poland's new howitzers.", "same"),
        # another one chosen, or the chooser doing it
        ("Chile has selected Vesta Energy to run its new desalination plant near Antofagasta.", "Norvik Group will run Chile's new desalination plant near Antofagasta.", None),
        # "X reported, citing Y, that ...": the report's own verb, not the choice
        ("Chile has selected Vesta Energy to run its new desalination plant near Antofagasta.", "The agency EFE reported, citing the minister, that Santiago had chosen Vesta Energy to run the new desalination plant near Antofagasta.", "same"),
    ],
)  # fmt: skip
def test_the_one_chosen_does_the_act(nlp, first, second, expected) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


def test_a_choice_is_the_act_of_the_one_chosen(nlp) -> None:
    f = _features(
        nlp, "Chile has selected Vesta Energy to run its new desalination plant."
    )
    assert f.subjects == (cl.actor_key("Vesta Energy"),)
    assert "select" not in f.predicate.split()


def test_a_capital_under_its_current_name_is_its_country() -> None:
    assert cl.actor_key("Astana") == cl.actor_key("Kazakhstan")
    assert cl.actor_key("Kiev") == cl.actor_key("Ukraine")


def test_a_denial_without_a_doer_meets_the_claim_in_the_index(nlp) -> None:
    """ "X denied that flights from Debrecen had been suspended" names no doer of the
    suspension; it shares no words enough for a band with the claim, but the act is
    keyed by its few actors, so the pair is tested and found a contradiction."""
    claim = _features(
        nlp,
        "Hungary has suspended all flights from Debrecen airport after a fuel leak, the transport ministry said on Monday.",
    )
    denial = _features(
        nlp,
        "The Hungarian Airports Company denied that flights from Debrecen had been suspended.",
    )
    assert not claim.polarity == denial.polarity
    assert set(cl.keys(claim)) & set(cl.keys(denial))
    assert cl.relation(denial, claim) == "contradicts"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # "X reported, citing Y, that ...", the clause hung on the cited source
        ("Iberia will buy a 30 percent stake in Air Europa for $400 million, Transport Minister Ana Ortega said.", "Al Jazeera reported, citing Ortega, that Iberia would buy 30 percent of Air Europa for $400 million.", "same"),
        # one new level, told as a change "to N" or as what is earned
        ("Spain will raise the minimum wage to 1,300 euros a month.", "Spanish workers will earn a minimum of 1,300 euros a month.", "same"),
        ("Spain will cut the minimum wage to 1,300 euros a month.", "Spain will raise the minimum wage to 1,300 euros a month.", None),
        ("Spanish workers will earn a minimum of 1,200 euros a month.", "Spain will raise the minimum wage to 1,300 euros a month.", None),
        ("Spain will raise the minimum wage to 1,300 euros a month.", "Portugal will raise the minimum wage to 1,300 euros a month.", None),
        # a restatement drops the price; another stake stays apart
        ("Norway will sell 30 percent of Statkraft Wind to Iberdrola for 2 billion euros.", "Oslo has agreed to sell 30 percent of Statkraft Wind to Iberdrola.", "same"),
        ("Norway will sell 40 percent of Statkraft Wind to Iberdrola for 2 billion euros.", "Norway will sell 30 percent of Statkraft Wind to Iberdrola for 2 billion euros.", None),
        # a terse act, and a subject that names it with its doer
        ("Chile has expelled 1,200 Venezuelans.", "Last month's expulsion of 1,200 Venezuelans by Chile has strained relations with Caracas.", "same"),
        ("Peru has expelled 1,200 Venezuelans.", "Last month's expulsion of 1,200 Venezuelans by Chile has strained relations with Caracas.", None),
        # a country's body is the country
        ("Ecuador's Congress voted to remove Interior Minister Jorge Vela over a bribery case.", "Ecuador removed Interior Minister Jorge Vela over a bribery case.", "same"),
        # a body named by its country's possessive and a description
        ("The Bank of Korea cut its key interest rate by a quarter point to 3.25 percent.", "South Korea's central bank lowered its benchmark rate to 3.25%.", "same"),
        ("The Bank of Korea cut its key interest rate by a quarter point to 3.25 percent.", "South Korea's finance ministry cut its growth forecast to 3.25%.", None),
        # one event seen from its other side
        ("Turkey has delivered 12 armed drones to the Somali army.", "Twelve armed drones from Turkey have reached the Somali army.", "same"),
        ("Turkey has delivered 12 armed drones to the Somali army.", "Twelve armed drones from Turkey have left the Somali army.", None),
        ("About 6,000 Malians crossed into Niger last week.", "Niger has received about 6,000 refugees from Mali since last week.", "same"),
    ],
)  # fmt: skip
def test_rewordings_from_the_other_side_and_with_less(
    nlp, first, second, expected
) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


def test_a_peoples_word_that_begins_its_countrys_name() -> None:
    assert cl.actor_key("Thai", "NORP") == cl.actor_key("Thailand")
    assert cl.actor_key("Thai", "GPE") == cl.actor_key("Thailand")
    assert cl.actor_key("Chin", "PERSON") != cl.actor_key("China")


def test_a_sentence_naming_no_doer_does_not_chain_two_doers() -> None:
    """ "2 million bottles are being recalled" pairs with Mexico's recall and with
    Guatemala's; the two stay apart (the doer-less sentence joins one of them)."""
    age = {a: (False, a) for a in ("mx", "gt", "none", "mx2")}
    pairs = [("none", 0, "gt", 0), ("none", 0, "mx", 0), ("mx", 0, "mx2", 0)]
    doers = {
        ("mx", 0): frozenset({"mexico"}),
        ("mx2", 0): frozenset({"mexico"}),
        ("gt", 0): frozenset({"guatem"}),
    }
    assert len(cl.cluster(pairs, {}, age)) == 1
    found = cl.cluster(pairs, {}, age, doers)
    assert not any({("gt", 0), ("mx", 0)} <= set(c) for c in found)
    assert [("mx", 0), ("mx2", 0)] in found
    assert sum(("none", 0) in c for c in found) == 1


def test_a_trailing_source_with_its_title_is_the_source(nlp) -> None:
    """ "..., the country's migration director, General Andres Pena, said": the parse
    makes the speaker the object of the claim's verb and its subject the source."""
    f = _features(
        nlp,
        "The Dominican Republic deported 11,500 Haitians last week, the country's migration director, General Andres Pena, said on Monday.",
    )
    assert f.source == "Andres Pena" and f.attribution == "named"
    assert f.subjects == (cl.actor_key("Dominican Republic"),)
    assert cl.actor_key("Andres Pena") not in f.actors


def test_reportedly_is_vague_when_the_deed_took_the_cue(nlp) -> None:
    f = _features(
        nlp, "Mexico has reportedly recalled 2 million bottles of a cough syrup."
    )
    assert f.attribution == "vague"


def test_a_denial_repeating_a_rare_number_contradicts(nlp) -> None:
    claim = _features(nlp, "Chile has expelled 1,200 Venezuelans.")
    denial = _features(
        nlp,
        "The Chilean government denied that it had expelled 1,200 Venezuelans, putting the figure at 300.",
    )
    assert cl.relation(denial, claim) == "contradicts"


def test_the_country_is_the_one_named_before(nlp) -> None:
    """A background line says "the country's" for the country a sentence before named."""
    doc = nlp(
        "Blackouts hit southern Uzbekistan twice this winter. "
        "Rosatom is building the country's first nuclear power plant near Jizzakh."
    )
    [*_, f] = claims.features(doc, analyse(doc))
    assert cl.actor_key("Uzbekistan") in f.actors
    alone = nlp("Rosatom is building the country's first nuclear power plant.")
    [g] = claims.features(alone, analyse(alone))
    assert cl.actor_key("Uzbekistan") not in g.actors


def test_a_batch_of_sentences_gets_the_minhash_values_datasketch_gives(
    nlp, monkeypatch
) -> None:
    import dataclasses

    import numpy as np
    from datasketch import MinHash

    sentences = [
        _features(nlp, "The European Commission approved 900 million euros of aid."),
        _features(nlp, "Japan's space agency will launch its first crewed mission."),
        _features(nlp, "Finance Minister Olga Brandt cut the fuel tax by 12 percent."),
    ]
    sentences.insert(
        1, dataclasses.replace(sentences[0], terms=(), actors=(), numbers=())
    )
    expected = []
    for f in sentences:
        m = MinHash(
            num_perm=cl.NUM_PERM,
            scheme=cl.SCHEME,
            permutations=cl._template().permutations,
        )
        m.update_batch(s.encode("utf-8") for s in f.shingles())
        expected.append(m.hashvalues.astype(np.uint32))
    assert np.array_equal(cl.minhash_values(sentences), np.array(expected))
    monkeypatch.setattr(cl, "MINHASH_STEP", 3)  # a sentence's shingles in two steps
    assert np.array_equal(cl.minhash_values(sentences), np.array(expected))
    assert cl.keys(sentences[0]) == cl.keys(
        sentences[0], cl.minhash_values(sentences)[0]
    )


# The sixth pass (held-out 10): classes of misses, each with its hard negatives.
@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a sentence whose doer the article never names, anchored by a rare number
        (
            "Air Baltica will cancel 2,400 flights in March because of a shortage of pilots, chief executive Ingrid Berg said.",
            "The airline would scrap 2,400 March flights for lack of pilots.",
            "same",
        ),
        (
            "Air Baltica will cancel 2,400 flights in March because of a shortage of pilots, chief executive Ingrid Berg said.",
            "The airline would scrap 2,600 March flights for lack of pilots.",
            None,
        ),
        (
            "Air Baltica will cancel 2,400 flights in March because of a shortage of pilots, chief executive Ingrid Berg said.",
            "The airline would operate 2,400 extra March flights after hiring more pilots.",
            None,
        ),
        (
            "Air Baltica will cancel 2,400 flights in March because of a shortage of pilots, chief executive Ingrid Berg said.",
            "The airline would not scrap 2,400 March flights for lack of pilots.",
            None,
        ),
        # ... not a template line against a passive that names no doer
        (
            "Harland Sachs was granted an over-allotment option of 240,000 shares, the company added.",
            "Underwriters have been granted an option to buy up to 240,000 more shares to cover overallotments.",
            None,
        ),
        # a fine told as a penalty or with a light verb; another amount, another target
        (
            "Portugal's competition authority fined Lusonet 75 million euros for shutting rivals out of its cable network.",
            "Lusonet was hit with a fine of 75 million euros for shutting rivals out of its cable network.",
            "same",
        ),
        (
            "Portugal's competition authority fined Lusonet 75 million euros for shutting rivals out of its cable network.",
            "Lusonet was ordered to pay a penalty of 75 million euros for shutting rivals out of its cable network.",
            "same",
        ),
        (
            "Portugal's competition authority fined Lusonet 75 million euros for shutting rivals out of its cable network.",
            "Lusonet was hit with a fine of 30 million euros for shutting rivals out of its cable network.",
            None,
        ),
        (
            "Portugal's competition authority fined Lusonet 75 million euros for shutting rivals out of its cable network.",
            "Portugal's competition authority fined Vodamar 75 million euros for shutting rivals out of its cable network.",
            None,
        ),
        # a transfer: signed / will join for a fee / will pay for; another fee, another
        # player for the same fee, another club
        (
            "Sporting Hierro has signed winger Pablo Ortega from Club Nautico for 12 million euros, the club said.",
            "Pablo Ortega will join Sporting Hierro for a fee of 12 million euros.",
            "same",
        ),
        (
            "Sporting Hierro has signed winger Pablo Ortega from Club Nautico for 12 million euros, the club said.",
            "Club president Ana Ruiz said Sporting Hierro would pay 12 million euros for the winger Pablo Ortega.",
            "same",
        ),
        (
            "Sporting Hierro has signed winger Pablo Ortega from Club Nautico for 12 million euros, the club said.",
            "Pablo Ortega will join Sporting Hierro for a fee of 20 million euros.",
            None,
        ),
        (
            "Sporting Hierro has signed winger Pablo Ortega from Club Nautico for 12 million euros, the club said.",
            "Sporting Hierro has signed defender Luis Mora from Club Nautico for 12 million euros, the club said.",
            None,
        ),
        (
            "Sporting Hierro has bought winger Pablo Ortega from Club Nautico for 12 million euros, the club said.",
            "Sporting Hierro has bought defender Luis Mora from Club Nautico for 12 million euros, the club said.",
            None,
        ),
        (
            "Sporting Hierro has signed winger Pablo Ortega from Club Nautico for 12 million euros, the club said.",
            "Pablo Ortega will join Real Tormes for a fee of 12 million euros.",
            None,
        ),
        # a corrected story that swaps whose stake is bought (real text had one)
        (
            "In addition, it said Tamar Electronics Ltd, an affiliate of Corvex, will buy four mln unissued shares, or a 12 pct stake, of Bellhaven for 20 mln dlrs.",
            "In addition, it said Tamar Electronics Ltd, an affiliate of Bellhaven, will buy four mln unissued shares, or a 12 pct stake, of Corvex for 20 mln dlrs.",
            None,
        ),
        (
            "In addition, it said Tamar Electronics Ltd, an affiliate of Corvex, will buy four mln unissued shares, or a 12 pct stake, of Bellhaven for 20 mln dlrs.",
            "Tamar Electronics Ltd, a Corvex affiliate, will buy a 12 pct stake of Bellhaven for 20 mln dlrs, four mln unissued shares.",
            "same",
        ),
        # a share prevented is a cut of that thing, not of another
        (
            "The vaccine Orivax prevented 72 percent of dengue cases in young children, the trial team said.",
            "Orivax cut dengue cases among young children by 72 percent.",
            "same",
        ),
        (
            "The vaccine Orivax prevented 72 percent of dengue cases in young children, the trial team said.",
            "Orivax cut hospital admissions among young children by 72 percent.",
            None,
        ),
    ],
)
def test_sixth_pass_classes(nlp, first: str, second: str, expected: str | None) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


def test_a_sentence_naming_no_actor_needs_a_number_of_ten_or_more(nlp) -> None:
    """An ordinary number anchors a sentence that names no one; a small count, or a
    doer told by a pronoun or by a name the actor rules missed, does not."""
    kept = "The airline would scrap 18 flights for lack of pilots and engines."
    doc = nlp(kept)
    assert len(claims.features(doc, analyse(doc))) == 1
    for text in (
        "The airline would scrap 8 flights for lack of pilots and engines.",
        "It would scrap 18 flights for lack of pilots and engines.",
    ):
        doc = nlp(text)
        assert claims.features(doc, analyse(doc)) == [], text


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another thing rose by the same ordinary share
        (
            "Food prices rose 12 percent in the capital over the past year.",
            "Rents and wages rose 12 percent in the capital over the past year.",
        ),
        # two lines that name no one never join on an ordinary number
        (
            "Sick days at the depots fell 50 percent during the trial year.",
            "Sick days at the depots dropped 50 percent during the trial year.",
        ),
    ],
)
def test_sentences_naming_no_actor_stay_apart_on_an_ordinary_number(
    nlp, first: str, second: str
) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert not a.actors and not b.actors
    assert cl.relation(a, b) is None and cl.relation(b, a) is None


def test_joining_without_a_price_is_no_purchase(nlp) -> None:
    joined = _features(
        nlp,
        "Finland joined NATO in April after decades of neutrality and a long debate.",
    )
    assert "buy" not in joined.predicate.split()
    priced = _features(
        nlp, "Pablo Ortega will join Sporting Hierro for a fee of 12 million euros."
    )
    assert "buy" in priced.predicate.split() and priced.subjects == ("sporting hierro",)


def test_the_subject_of_a_copula_keeps_no_other_doer_apart(tmp_path, nlp) -> None:
    """ "Vaal Mining is liable for ..." names no doer of an act: it joins the court's
    order told without a doer, so the three tell one claim."""
    rows = [
        (
            "v-named",
            "2027-04-01",
            "The High Court in Pretoria ordered Vaal Mining to pay 900 million rand to 2,000 former miners with silicosis, their lawyer said.",
        ),
        (
            "v-vague",
            "2027-04-03",
            "Vaal Mining has reportedly been told by a judge to pay 900 million rand to 2,000 former miners with lung disease.",
        ),
        (
            "v-according",
            "2027-04-05",
            "According to the ruling, Vaal Mining is liable for 900 million rand in damages to 2,000 former miners with silicosis.",
        ),
        (
            "v-bare",
            "2027-04-09",
            "Last month's 900 million rand silicosis award against Vaal Mining to 2,000 former miners hit its profit.",
        ),
    ]
    path = tmp_path / "a.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {
                    "id": i,
                    "outlet": f"Outlet {i}",
                    "published": d,
                    "title": i,
                    "text": t,
                }
            )
            + "\n"
            for i, d, t in rows
        ),
        encoding="utf-8",
    )
    with Store(tmp_path / "v.duckdb") as store:
        sync.update([path], store, nlp)
        found = claims.claim_records(store)
        assert [sorted(m["article_id"] for m in c["members"]) for c in found] == [
            ["v-according", "v-bare", "v-named", "v-vague"]
        ]


_VIDAL = "The Cycling Ethics Commission suspended rider Tomas Vidal for two years after a positive test, its president said."
_CORSA = "Corsa Group has agreed to buy Brightwave Media for 640 million euros, its chairman said."
_PAYING = "Corsa Group is reportedly paying 640 million euros for the smaller broadcaster Brightwave Media."


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # an act handed over ("handed a two-year ban"); another target, another term
        (_VIDAL, "Tomas Vidal has been handed a two-year ban by the Cycling Ethics Commission.", "same"),
        (_VIDAL, "The Cycling Ethics Commission handed rider Luca Moretti a two-year ban.", None),
        (_VIDAL, "Tomas Vidal has been handed a four-year ban by the Cycling Ethics Commission.", None),
        # a passive that leaves out who does it, the surname alone, the same term
        (_VIDAL, "Vidal had been banned from racing for two years.", "same"),
        (_VIDAL, "Vidal had been banned from racing for three years.", None),
        (_VIDAL, "Luca Moretti had been banned from racing for two years.", None),
        (_VIDAL, "Vidal had been cleared to race again after two years.", None),
        # an act named by the subject's noun from the table ("the takeover of")
        (_CORSA, "The takeover of Brightwave Media by Corsa Group, valued at 640 million euros, still needs approval from regulators.", "same"),
        (_CORSA, "The takeover of Brightwave Media by Corsa Group, valued at 900 million euros, still needs approval from regulators.", None),
        (_CORSA, "The takeover of Corsa Group by Brightwave Media, valued at 640 million euros, still needs approval from regulators.", None),
        # one side names no doer: the same two actors, the same rare amount, one act
        (_PAYING, "According to its chairman, the acquisition of Brightwave Media will cost Corsa Group 640 million euros, paid partly in shares.", "same"),
        (_PAYING, "According to its chairman, the acquisition of Brightwave Media will cost Corsa Group 720 million euros, paid partly in shares.", None),
        (_PAYING, "According to its chairman, the sale of Brightwave Media will earn Corsa Group 640 million euros, paid partly in shares.", None),
        # "by half" is 50 percent, and "the drop in" a fall
        (
            "Unemployment in Valdera fell by half over the decade, the statistics office said.",
            "The 50 percent drop in Valdera's unemployment over the decade surprised economists.",
            "same",
        ),
        (
            "Unemployment in Valdera fell by half over the decade, the statistics office said.",
            "The 30 percent drop in Valdera's unemployment over the decade surprised economists.",
            None,
        ),
        # numbers: "three and a half million", "half a million"
        ("Thieves took the records of 2.5 million Corvia Bank customers, the bank said.",
            "The records of two and a half million Corvia Bank customers were taken by thieves.", "same"),
        ("Thieves took the records of 2.5 million Corvia Bank customers, the bank said.",
            "The records of two million Corvia Bank customers were taken by thieves.", None),
        ("About 500,000 people were evacuated from Velm as the river rose, the mayor said.",
            "Half a million people were evacuated from Velm.", "same"),
        # a scene-setting clause's subject does not do it
        ("About 9,000 residents were evacuated from Tarnow as the Elk Fire spread, the fire chief said.",
            "Officials say some 9,000 people have fled Tarnow.", "same"),
        ("About 9,000 residents were evacuated from Tarnow as the Elk Fire spread, the fire chief said.",
            "About 9,000 hectares have burned near Tarnow.", None),
        # a speaker after the claim's object, in apposition
        ("The Ostberg Gallery will return 14 carved masks to Ghana, its director Ruth Amoah said on Monday.",
            "According to Amoah, the Ostberg Gallery is handing back 14 carved masks to Ghana.", "same"),
        ("The Ostberg Gallery will return 14 carved masks to Ghana, its director Ruth Amoah said on Monday.",
            "Ghana will return 14 carved masks to the Ostberg Gallery.", None),
        # the other side: received from
        ("The Ostberg Gallery will return 14 carved masks to Ghana, its director Ruth Amoah said on Monday.",
            "Ghana's culture ministry said the country would receive 14 carved masks from the Ostberg Gallery.", "same"),
        # a name's first words ("Saint Brennan's")
        ("Saint Oran Hospital will close its maternity ward in June, its director said.",
            "A letter to staff said Saint Oran's maternity ward would shut in June.", "same"),
        ("Saint Oran Hospital will close its maternity ward in June, its director said.",
            "A letter to staff said Saint Oran's maternity ward would open in June.", None),
        # the level a nominal change states
        ("Teravia will raise its tariff on imported steel to 30 percent, the trade minister said.",
            "Teravia's increase of its steel tariff to 30 percent has angered its neighbours.", "same"),
        ("Teravia will raise its tariff on imported steel to 30 percent, the trade minister said.",
            "Teravia's increase of its steel tariff by 30 percent has angered its neighbours.", None),
    ],
)  # fmt: skip
def test_seventh_pass_classes(nlp, first: str, second: str, expected: str | None) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


def test_a_surname_alone_meets_the_full_name_in_the_index(nlp) -> None:
    """A later article names the person by the surname only: the act keys of the
    full name's last word bring the two sentences together."""
    full = _features(nlp, _VIDAL)
    short = _features(nlp, "Vidal had been banned from racing for two years.")
    assert set(cl.keys(full)) & set(cl.keys(short))


# -- the similarity linker (presswatch.claims.similar), on invented features ----------


def _sf(terms, numbers, actors, subjects, predicate, **kw):
    from presswatch.claims.claims import SentenceFeatures

    return SentenceFeatures(
        0, 0, 10, tuple(sorted(terms)), tuple(numbers), tuple(actors),
        tuple(subjects), predicate, kw.get("negated", False), False,
        "bare", None, None, None,
    )  # fmt: skip


def test_similar_links_a_heavy_rewording_and_keeps_hard_negatives_apart():
    from presswatch.claims import similar

    # "Port Alder approved a daily charge of 12 euros" / "Port Alder has introduced
    # a 12-euro toll": other verbs, the same actor, number and town
    named = _sf({"approve", "charge", "euro", "old", "town", "car"}, ["12"],
                ["port alder"], ["port alder"], "approve")  # fmt: skip
    toll = _sf({"impose", "toll", "euro", "old", "town", "car"}, ["12"],
               ["port alder"], ["port alder"], "impose")  # fmt: skip
    assert similar.same(named, toll)
    # another number
    other_sum = _sf({"impose", "toll", "euro", "old", "town"}, ["15"],
                    ["port alder"], ["port alder"], "impose")  # fmt: skip
    assert not similar.same(named, other_sum)
    # another actor doing it
    other_town = _sf({"impose", "toll", "euro", "old", "town"}, ["12"],
                     ["kellford"], ["kellford"], "impose")  # fmt: skip
    assert not similar.same(named, other_town)
    # the opposite direction of one change, and a negation
    up = _sf({"tariff", "steel", "rise"}, ["25"], ["varenia"], ["varenia"], "rise")
    down = _sf({"tariff", "car", "cut"}, ["25"], ["varenia"], ["varenia"], "cut")
    assert not similar.same(up, down)
    negated = _sf({"impose", "toll", "euro", "old", "town", "car"}, ["12"],
                  ["port alder"], ["port alder"], "impose", negated=True)  # fmt: skip
    assert not similar.same(named, negated)


def test_a_common_key_proposes_only_its_latest_sentences(tmp_path, monkeypatch):
    """A new sentence is a candidate of only the `RECENT` latest stored sentences of a
    key many share (an actor in every other article), so a batch's candidate pairs do
    not grow with the store; an old sentence that shares a rarer key with it (the
    actor with the same rare number) is still its candidate and joins."""
    monkeypatch.setattr(cl, "RECENT", 5)
    claim = _sf({"velmora", "approve", "bridge", "loan"}, ["4700000000"],
                ["velmora"], [], "")  # fmt: skip
    reworded = _sf({"grant", "crossing", "credit", "river"}, ["4700000000"],
                   ["velmora"], [], "")  # fmt: skip
    others = [
        _sf({f"topic{i}", f"word{i}", f"thing{i}"}, [str(1000 + i)], ["velmora"],
            [], "")  # fmt: skip
        for i in range(30)
    ]
    decided: list[tuple] = []

    def decide(a, b):
        decided.append((a.terms, b.terms))
        return "same" if a.numbers == b.numbers else None

    with Store(tmp_path / "s.duckdb") as store:
        with store.claims_writing() as write:
            cl.index_batch(write, {"first": [claim]}, decide)
        for i, f in enumerate(others):  # later articles, each its own batch
            with store.claims_writing() as write:
                cl.index_batch(write, {f"other{i:02}": [f]}, decide)
        decided.clear()
        with store.claims_writing() as write:
            cl.index_batch(write, {"later": [reworded]}, decide)
        pairs = store.rows(
            "SELECT article_id, other_id, relation FROM claim_pairs "
            "WHERE article_id = 'later'"
        )
    # the actor's key alone proposed the 5 latest of its 31 sentences, not all
    assert 5 <= len(decided) <= 6
    assert pairs == [("later", "first", "same")]


def test_a_short_spread_ticks_its_days_as_dates() -> None:
    import pandas as pd

    from presswatch.charts import claims as cc
    from presswatch.charts.layout import DAY_FORMAT

    def figure(days: list[str]):
        published = pd.to_datetime(days)
        n = len(days)
        spread = pd.DataFrame({"published": published, "articles": range(1, n + 1),
                               "outlets": range(1, n + 1)})  # fmt: skip
        seen = pd.DataFrame({"published": published, "attribution": ["named"] * n,
                             "outlet": ["O"] * n, "source": [None] * n,
                             "article_id": [f"a{i}" for i in range(n)],
                             "start": [0] * n})  # fmt: skip
        return cc.claim_spread(seen, spread).layout.xaxis

    two = figure(["2026-03-02", "2026-03-03"])  # plotly ticked 00:00, 03:00 ... 00:00
    assert two.tickformat == DAY_FORMAT and "%H" not in two.tickformat
    assert list(two.tickvals) == ["2026-03-02", "2026-03-03"]
    one = figure(["2026-03-02"])
    assert list(one.tickvals) == ["2026-03-02"]
    assert [str(r)[:10] for r in one.range] == ["2026-03-01", "2026-03-03"]
    eleven = figure([f"2026-03-{d:02d}" for d in (2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14)])
    assert eleven.tickvals is None and eleven.tickformat == DAY_FORMAT  # plotly's
    # spacing: a day or more past 8 days (2 days at 420 px, 1 at 1280 px for 9 days)
    week = figure([f"2026-03-{d:02d}" for d in (2, 3, 5, 10)])  # 8 days: each date
    assert list(week.tickvals) == ["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-10"]
    apart = figure(["2024-03-02", "2024-03-03", "2026-03-02"])  # two years: no crowding
    assert apart.tickvals is None and apart.tickformat == DAY_FORMAT
    months = figure([str(d.date()) for d in pd.date_range("2026-01-01", periods=12, freq="10D")])
    assert months.tickformat == DAY_FORMAT and months.tickvals is None
    timed = figure(["2026-03-02 09:30", "2026-03-02 17:05"])  # times of day: kept
    assert timed.tickformat is None and timed.tickvals is None
    utc = figure(["2026-03-02T00:00:00Z", "2026-03-04T00:00:00Z"])
    assert list(utc.tickvals) == ["2026-03-02", "2026-03-04"]


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        # "lay off" and "lay in ruins": the tagger's lemma of "lay" is "lie"
        ("Orvik Steel is reported to be planning to close its Harlsby plant and lay off all 1,400 staff.", False),
        ("Kessel Marine will lay off 300 workers at its Tarn yard by March.", False),
        ("After the flood, the centre of Vessby lay in ruins for 18 months.", False),
        ("The Tarn ferry terminal lies 12 kilometres north of Vessby.", False),
        # the noun and "lied" call a claim untrue
        ("Orvik Steel called the report that it would close the Harlsby plant a lie.", True),
        ("Kessel Marine said the union lied about the 300 job cuts at its Tarn yard.", True),
        ("Orvik Steel denied that it would close the Harlsby plant this year.", True),
    ],
)  # fmt: skip
def test_lie_denies_only_as_the_noun_or_lied(nlp, text, denial) -> None:
    assert _features(nlp, text).denial is denial


def _dated(nlp, text: str, published: str | None) -> cl.SentenceFeatures:
    from datetime import date

    day = date.fromisoformat(published) if published else None
    return cl.dated([_features(nlp, text)], day)[0]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a year counted from the article's date is the calendar's
        (
            ("Brenmark Rail carried 8.4 million passengers last year, its chairman said.", "2033-02-10"),
            ("Brenmark Rail carried 8.4 million passengers in 2032.", "2033-03-01"),
            "same",
        ),
        (
            ("Norland will cut next year's herring quota for the Dogger Bank by 15 percent.", "2034-11-20"),
            ("Norland will cut the Dogger Bank herring quota by 15 percent in 2035.", "2034-11-21"),
            "same",
        ),
        # "last year" in January is "this year" of the December before
        (
            ("Kavra Mining raised its output of copper by 12 percent last year.", "2036-01-08"),
            ("Kavra Mining raised its output of copper by 12 percent this year.", "2035-12-20"),
            "same",
        ),
        # an undated article's "last year" is no year
        (
            ("Brenmark Rail carried 8.4 million passengers last year, its chairman said.", None),
            ("Brenmark Rail carried 8.4 million passengers in 2029.", "2033-03-01"),
            "same",
        ),
        # hard negatives: the same change told of another year
        (
            ("Tram ridership in Vessel fell by a quarter in the first half of the year, the operator said.", "2033-07-02"),
            ("Tram ridership in Vessel had fallen by a quarter once before, in 2025.", "2033-07-03"),
            None,
        ),
        (
            ("Brenmark Rail carried 8.4 million passengers last year, its chairman said.", "2033-02-10"),
            ("Brenmark Rail carried 8.4 million passengers in 2027.", "2033-03-01"),
            None,
        ),
        (
            ("Solna Paper will close its mill in Tarby next year, cutting 300 jobs.", "2031-04-02"),
            ("Solna Paper will close its mill in Tarby in 2034, cutting 300 jobs.", "2031-04-05"),
            None,
        ),
    ],
)
def test_a_year_counted_from_the_articles_date(nlp, first, second, expected) -> None:
    a, b = _dated(nlp, *first), _dated(nlp, *second)
    assert cl.relation(a, b) == expected
    assert cl.relation(b, a) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Brenmark Rail carried 8.4 million passengers last year.", "2032ad"),
        ("Brenmark Rail will carry 9 million passengers next year.", "2034ad"),
        ("Brenmark Rail carried 4.1 million passengers earlier this year.", "2033ad"),
        ("Brenmark Rail carried 4.1 million passengers by the end of the year.", "2033ad"),
        # none counted from the article's date: twelve months, a reporting year,
        # years before, a year of another date
        ("Brenmark Rail carried 8.4 million passengers over the past year.", None),
        ("Brenmark Rail carried 8.4 million passengers in the year to March.", None),
        ("Brenmark Rail carried 8.4 million passengers two years ago.", None),
        ("Brenmark Rail carried 8.4 million passengers a year earlier.", None),
    ],
)
def test_which_dates_count_from_the_article(nlp, text, year) -> None:
    f = _dated(nlp, text, "2033-02-10")
    assert cl._years(f.numbers) == ({year} if year else set()), f.numbers


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a temperature in one token, with a sign or in words is one reading
        ("The temperature in Veskor reached 39.7 degrees Celsius on Monday, the highest on record.",
         "Veskor is said to have hit 39.7C on Monday, a record.", "same"),
        ("The temperature in Veskor reached 39.7 degrees Celsius on Monday, the highest on record.",
         "The temperature in Veskor reached 39.7 °C on Monday, the highest on record.", "same"),
        # hard negatives: another temperature, another measure of the same number
        ("The temperature in Veskor reached 39.7 degrees Celsius on Monday, the highest on record.",
         "Veskor is said to have hit 37.9C on Monday, a record.", None),
        ("The temperature in Veskor reached 39.7 degrees Celsius on Monday, the highest on record.",
         "Petrol prices in Veskor reached 39.7 crowns a litre on Monday, the highest on record.", None),
    ],
)  # fmt: skip
def test_a_temperature_however_written(nlp, first, second, expected) -> None:
    a, b = _features(nlp, first), _features(nlp, second)
    assert similar.decide(a, b) == expected
    assert similar.decide(b, a) == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Veskor hit 39.7C on Monday, a record for the region.", {"39.7"}),
        ("Veskor hit 104F on Monday, a record for the region.", {"104"}),
        # cents are no degrees
        ("Petrol in Veskor rose by 3c a litre on Monday, a record rise.", set()),
    ],
)  # fmt: skip
def test_degrees_in_one_token(nlp, text, numbers) -> None:
    f = _features(nlp, text)
    assert set(f.numbers) == numbers
    assert (cl.DEGREE in f.terms) == bool(numbers)


_SIGNED = "Harlow Town signed the winger Nils Ekberg from Dunmore Athletic for 22 million pounds, the club said."


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a transfer told as a signing of "the winger X", a priced move, a cost
        ("Ekberg had moved to Harlow in a £22m deal, a sports daily said.", "same"),
        pytest.param(
            "Ekberg reportedly cost Harlow Town £22 million, a club record.", "same",
            marks=pytest.mark.xfail(strict=True, reason="'cost X' tells no buyer as "
                                    "the subject: joined only with a word of buying "
                                    "besides ('paid for a player')"),
        ),
        # hard negatives: another buyer, another fee, a move with no price
        ("Ekberg had moved to Castleford in a £22m deal, a sports daily said.", None),
        ("Castleford signed the winger Nils Ekberg from Dunmore Athletic for 22 million pounds.", None),
        ("Ekberg had moved to Harlow in a £12m deal, a sports daily said.", None),
        ("Ekberg had moved to Harlow with his family of 22 people.", None),
    ],
)  # fmt: skip
def test_a_transfer_however_told(nlp, second, expected) -> None:
    a, b = _features(nlp, _SIGNED), _features(nlp, second)
    assert similar.decide(a, b) == expected
    assert similar.decide(b, a) == expected
