"""Sources, accuracy v2: speakers after a quote, interposed participles, group
pronouns, definite descriptions and ministries with their country (invented texts)."""

import pytest

from presswatch.nlp import actors, attribution, pipeline


def extract(nlp, text):
    doc = next(pipeline.parse(nlp, [text]))
    return attribution.attributions(doc, actors.mentions(doc))


def source_of(records, source_text):
    found = [a for a in records if a.source_text == source_text]
    assert found, [(a.cue_text, a.source_text) for a in records]
    return found[-1]


@pytest.mark.parametrize(
    ("text", "source", "actor", "kind"),
    [
        # a surname after a quote is a named person
        ('"The barrier held for a week. Then it broke," Varga said.', "Varga",
         "Varga", "person"),
        ('Elena Varga arrived late. "We were not told," Varga said.', "Varga",
         "Elena Varga", "person"),
        # group pronouns take the organisation or government cited before
        ("The Tisza Watch Group said two drones crossed. They said one fell in a "
         "field.", "They", "Tisza Watch Group", "organisation"),
        ("Officials said the drones crossed. They said one fell in a field.", "They",
         None, "unnamed"),
        # "the alliance" through the alias table's long name of NATO
        ("NATO met in Riga. The alliance said the talks had failed.",
         "The alliance", "NATO", "organisation"),
        # ministries keep their country
        ("Japan protested on Monday. The Defense Ministry said it gave no data.",
         "The Defense Ministry", None, "government"),
        ("Romania sent a note. Romania's defence ministry said the drone fell in a "
         "field. The ministry said no one was hurt.", "The ministry",
         "Romania's Defence Ministry", "government"),
    ],
)  # fmt: skip
def test_sources(nlp, text, source, actor, kind):
    found = source_of(extract(nlp, text), source)
    if actor is not None:
        assert found.actor == actor
    assert found.source_kind == kind


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Iryna Lysenko, asked about the reports, said the talks would continue.",
         "said", "Iryna Lysenko"),
        ("The minister, asked whether troops would go, said no decision was made.",
         "said", "The minister"),
        ("Tomas Berg, pressed on the timing, said the bridge would open in May.",
         "said", "Tomas Berg"),
        ("Marta Kovacs, asked about the leaked letter, said the documents were old.",
         "said", "Marta Kovacs"),
        ("Dr. Lena Voss, asked whether the clinic would close, told reporters it "
         "would not.", "told", "Dr. Lena Voss"),
        ("The spokesman, pressed on the timing, insisted the bridge would open.",
         "insisted", "The spokesman"),
        ("Vera Lind, speaking to reporters in Riga, said the border would stay "
         "closed.", "said", "Vera Lind"),
        ("Olaf Brandt, who chairs the panel, told reporters the vote was delayed.",
         "told", "Olaf Brandt"),
    ],
)  # fmt: skip
def test_an_interposed_participle_is_no_cue(nlp, text, cue, source):
    """The main verb after the commas is the cue, its speaker the subject before
    them, however the parse hangs the participle."""
    assert [(a.cue_text, a.source_text) for a in extract(nlp, text)] == [
        (cue, source)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker between commas is a cue of its own
        ("The plan, critics warned, would fail within a year.",
         [("warned", "critics")]),
        # a reporting verb in a relative clause keeps its speaker
        ("Tom Hale, who said the plan was dead, resigned on Friday.",
         [("said", "who")]),
        # an opening participle stays an agentless cue
        ("Asked about the strike, the minister declined to comment.",
         [("Asked", None), ("declined", "the minister")]),
    ],
)  # fmt: skip
def test_look_alikes_of_an_interposed_participle(nlp, text, expected):
    assert [(a.cue_text, a.source_text) for a in extract(nlp, text)] == expected


def test_a_ministry_without_owner_takes_the_articles_country(nlp):
    text = (
        "Japan protested on Monday. Japan said the Defense Ministry had no part in it."
    )
    mentions = actors.mentions(next(pipeline.parse(nlp, [text])))
    assert {m.actor for m in mentions if "Ministry" in m.text} == {
        "Japan's Defense Ministry"
    }


@pytest.mark.parametrize(
    ("text", "pronoun", "actor"),
    [
        # a pronoun after an unnamed source is that source, in its words
        ("Traders said the port would reopen. They said ships were waiting.",
         "They", "traders"),
        ("Traders said the port would reopen. They said ships were waiting. They "
         "added that fuel was short.", "They", "traders"),
        ("A senior diplomat said the talks had stalled. He said both sides were "
         "tired.", "He", "A senior diplomat"),  # as store.rollups labels it
    ],
)  # fmt: skip
def test_a_pronoun_takes_the_unnamed_source_before_it(nlp, text, pronoun, actor):
    found = source_of(extract(nlp, text), pronoun)
    assert (found.actor, found.source_kind) == (actor, "unnamed")


def test_a_named_person_still_wins_over_an_unnamed_source(nlp):
    text = (
        "Tomas Berg met the envoys in Kiel. A senior diplomat said the talks had "
        "stalled. He said both sides were tired."
    )
    he = source_of(extract(nlp, text), "He")
    assert (he.actor, he.source_kind) == ("Tomas Berg", "person")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # an occupation written as a title is no part of the name
        ("Surgeon Amal Haddad has worked at the unit for years. “We have never seen "
         "this,” she said.", "Amal Haddad"),
        ("Economist Lena Dahl spoke at the forum. She said rates would fall.",
         "Lena Dahl"),
        ("Nurse Ana Berg treated the wounded. She said most had burns.", "Ana Berg"),
        # a surname that is a trade keeps it
        ("Frances Farmer arrived late. She said the road was closed.",
         "Frances Farmer"),
    ],
)  # fmt: skip
def test_a_pronoun_takes_the_person_without_the_occupation(nlp, text, actor):
    she = next(a for a in extract(nlp, text) if a.source_text in {"she", "She"})
    assert (she.actor, she.source_kind) == (actor, "person")


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        # a body by a name only the state's bodies have, and its acronym
        ("The Civil Aviation Authority said the airport would reopen.",
         "The Civil Aviation Authority", "government"),
        ("Inspectors of the Rail Safety Authority (RSA) met in May. The RSA said two "
         "lines were unsafe.", "The RSA", "government"),
        ("The Labour Inspectorate said 40 firms had broken the rules.",
         "The Labour Inspectorate", "government"),
        # look-alikes: unnamed authorities, a company with the word inside its name
        ("Local authorities said the road was closed.", "Local authorities",
         "unnamed"),
        ("Nordlys Authority Holdings said profits fell.",
         "Nordlys Authority Holdings", "organisation"),
    ],
)  # fmt: skip
def test_state_bodies_by_their_name(nlp, text, source, kind):
    assert source_of(extract(nlp, text), source).source_kind == kind


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a command's outcome is a deed
        ("Peru's Energy Ministry ordered the refinery shut on Monday.", []),
        ("The court ordered the plant closed.", []),
        ("The governor ordered the schools reopened.", []),
        # look-alikes: a command with an infinitive or "that", a declaration
        ("The general ordered troops to withdraw.", ["ordered"]),
        ("The judge ordered that the plant be closed.", ["ordered"]),
        ("The mayor declared the area safe.", ["declared"]),
    ],
)  # fmt: skip
def test_a_commands_outcome_is_no_cue(nlp, text, cues):
    assert [a.cue_text for a in extract(nlp, text)] == cues


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name right after its description is part of the source
        ("Prices rose, according to the shipping journal Lloyd's Ledger.",
         "the shipping journal Lloyd's Ledger"),
        ("The state news agency Andina said the road was shut.",
         "The state news agency Andina"),
        # look-alike: a name set off by commas is an apposition, left out
        ("The spokesman, Tom Hale, said the plan was dead.", "The spokesman"),
    ],
)  # fmt: skip
def test_a_description_before_the_name(nlp, text, source):
    assert [a.source_text for a in extract(nlp, text)] == [source]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # agents are people who can be cited, after "according to" or a verb
        ("Two ships sank, according to Radio Kestrel, citing shipping agents.",
         "shipping agents"),
        ("The Harbour Ledger reported, citing port agents, that two ships sank.",
         "port agents"),
    ],
)  # fmt: skip
def test_agents_are_cited_people(nlp, text, cited):
    hops = [a for a in extract(nlp, text) if a.cue_text == "citing"]
    assert [a.source_text for a in hops] == [cited]
    assert hops[0].cited_by is not None


@pytest.mark.parametrize(
    ("text", "pronoun", "actor", "kind"),
    [
        # "they"/"we" skip a person to the body named before
        ("The Kestrel Party won 40 seats. Party leader Ana Ruiz spoke first. They "
         "said the result was a mandate.", "They", "Kestrel Party", "organisation"),
        ('Vesta Motors cut 300 jobs. Chief executive Tom Hale met the workers. "We '
         'will rebuild," they said.', "they", "Vesta Motors", "organisation"),
        ("Vesta Motors cut 300 jobs. The cuts were painful. We said in March that "
         "margins would improve.", "We", "Vesta Motors", "organisation"),
        # an unnamed body cited before keeps its kind
        ("The union called a strike on Monday. Its leader Tom Hale met the minister. "
         "They said the talks had failed.", "They", None, "organisation"),
        # a source cited beats another body named in its sentence
        ("Nordlys Freight said it would sue Vesta Motors. They said the deal was "
         "void.", "They", "Nordlys Freight", "organisation"),
        # "it" takes the organisation, not the country it acted in
        ("Nordlys Freight cut jobs in Norway on Monday. CEO Tom Hale met investors. "
         "It said margins would improve.", "It", "Nordlys Freight", "organisation"),
        # look-alikes that stay: a plural unnamed source, unnamed people
        ("Rescue workers said the tunnel had collapsed. They said four miners were "
         "trapped.", "They", "rescue workers", "unnamed"),
        ("Residents of Riga met on Monday. They said the water was dirty.", "They",
         None, "unnamed"),
    ],
)  # fmt: skip
def test_group_pronouns_take_the_body_named_before(nlp, text, pronoun, actor, kind):
    found = source_of(extract(nlp, text), pronoun)
    assert (found.actor, found.source_kind) == (actor, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote signed after a dash, by a name with its role or alone
        ('"We will not give up." — Tom Hale, union leader',
         [("—", "Tom Hale", "person")]),
        ("“Prices will fall by spring.” – Lena Dahl, chief economist at Norvik Bank",
         [("–", "Lena Dahl", "person")]),
        ('"The port is closed." — Ana Ruiz', [("—", "Ana Ruiz", "person")]),
        # a quote whose speaker says so in the next sentence
        ('"We will not give up." Tom Hale said on Tuesday.',
         [("said", "Tom Hale", "person")]),
        # look-alike: names listed after a dash sign nothing
        ("Three people were hurt — Tom Hale, Ana Ruiz and a child.", []),
    ],
)  # fmt: skip
def test_signed_quotes(nlp, text, expected):
    got = [(a.cue_text, a.source_text, a.source_kind) for a in extract(nlp, text)]
    assert got == expected


@pytest.mark.parametrize(
    ("words", "label"),
    [
        ("Officials", "officials"),  # a sentence-initial capital goes
        ("Officials in Kyiv", "officials in Kyiv"),
        ("A senior Western diplomat", "a senior Western diplomat"),
        ("The ministry's spokesman", "the ministry's spokesman"),
        ("Several Opec members", "several Opec members"),
        ("Western diplomats", "western diplomats"),
        # a proper name keeps it (the news store read "european Union ambassadors",
        # "white House officials", "japanese officials", "american officials")
        ("European Union ambassadors", "European Union ambassadors"),
        ("White House officials", "White House officials"),
        ("Japanese officials", "Japanese officials"),
        ("Democratic leaders", "Democratic leaders"),
        ("French officials", "French officials"),
        ("Saudis", "Saudis"),
        ("Ukraine's military", "Ukraine's military"),
    ],
)
def test_an_unnamed_source_keeps_the_capital_of_a_proper_name(words, label):
    import duckdb

    from presswatch.store.rollups import SOURCE_LABEL

    row = "(SELECT NULL AS actor, ? AS source_text, 'unnamed' AS source_kind) t"
    sql = f"SELECT {SOURCE_LABEL.format(t='t')} FROM {row}"
    assert duckdb.connect().execute(sql, [words]).fetchone()[0] == label
