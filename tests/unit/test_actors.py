"""Actors: canonical names, linking within an article, tagger fixes, the seed article."""

import unicodedata
from pathlib import Path

import pytest
from spacy.tokens import Span

from presswatch.nlp import actors, pipeline

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def actor_nlp():
    """A pipeline of its own with the actor component (the shared one may lack it)."""
    return actors.add_components(pipeline.load.__wrapped__())


def parse(nlp, text):
    return next(pipeline.parse(nlp, [text]))


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("U.S.", "GPE", "United States"),
        ("US", "GPE", "United States"),
        ("USA", "GPE", "United States"),
        ("America", "GPE", "United States"),
        ("the United States", "GPE", "United States"),
        ("The United States", None, "United States"),
        ("United States of America", "GPE", "United States"),
        ("the United Kingdom", "GPE", "United Kingdom"),
        ("U.K.", "GPE", "United Kingdom"),
        ("Britain", "GPE", "United Kingdom"),
        ("Russia’s", "GPE", "Russia"),
        ("Nato", "ORG", "NATO"),
        ("the EU", "ORG", "European Union"),
        ("U.N.", "ORG", "United Nations"),
        ("the Kremlin", "ORG", "Kremlin"),
        ("Japan’s Defense Ministry", "ORG", "Japan's Defense Ministry"),
        ("Japan's Defense Ministry", "ORG", "Japan's Defense Ministry"),
        ("West Germany", "GPE", "West Germany"),
        ("Kharkiv", "LOC", "Kharkiv"),
    ],
)
def test_aliases(text, kind, expected):
    assert actors.canonical(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("former U.S. President Donald Trump", "PERSON", "Donald Trump"),
        ("Germany’s Defense Minister, Boris Pistorius", "PERSON", "Boris Pistorius"),
        ("Germany's Defense Minister, Boris Pistorius", None, "Boris Pistorius"),
        ("Defense Minister Boris Pistorius", "PERSON", "Boris Pistorius"),
        ("Mr. Smith", "PERSON", "Smith"),
        ("Gen. Joseph L. Votel", "PERSON", "Joseph L. Votel"),
        ("Facebook creator Mark Zuckerberg", "PERSON", "Mark Zuckerberg"),
        ("Ibrahim al-Jaafari", "PERSON", "Ibrahim al-Jaafari"),
        ("Pope Francis", "PERSON", "Pope Francis"),
        ("BORIS JOHNSON", "PERSON", "Boris Johnson"),
        ("Trump’s", "PERSON", "Trump"),
    ],
)
def test_titles_and_possessives_are_stripped(text, kind, expected):
    assert actors.canonical(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian", "Russians"),
        ("Russians", "Russians"),
        ("Ukrainian", "Ukrainians"),
        ("British", "British"),
        ("Chinese", "Chinese"),
        ("Kurdish", "Kurds"),
        ("Western", "the West"),
    ],
)
def test_nationalities_stay_groups(text, expected):
    assert actors.canonical(text, "NORP") == expected


@pytest.mark.parametrize(
    ("mentions", "option", "expected"),
    [
        ([("Moscow", "GPE")], True, ["Russia"]),
        ([("Kyiv", "GPE"), ("Washington", "GPE")], True, ["Ukraine", "United States"]),
        ([("Moscow", "GPE")], False, ["Moscow"]),
        ([("Moscow", "LOC")], True, ["Moscow"]),  # named as a place
        ([("Kharkiv", "GPE")], True, ["Kharkiv"]),  # not a capital
    ],
)
def test_capitals_option(mentions, option, expected):
    assert actors.canonicalise(mentions, capitals_as_governments=option) == expected


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        (
            [("Boris Pistorius", "PERSON"), ("Pistorius", "ORG")],
            [("Boris Pistorius", "PERSON"), ("Boris Pistorius", "PERSON")],
        ),
        (  # the full name comes later
            [("Pistorius", "PERSON"), ("Boris Pistorius", "PERSON")],
            [("Boris Pistorius", "PERSON"), ("Boris Pistorius", "PERSON")],
        ),
        (  # the nearest full name before wins
            [
                ("Donald Trump", "PERSON"),
                ("Melania Trump", "PERSON"),
                ("Trump", "PERSON"),
            ],
            [
                ("Donald Trump", "PERSON"),
                ("Melania Trump", "PERSON"),
                ("Melania Trump", "PERSON"),
            ],
        ),
        (
            [("President Bashar al-Assad", "PERSON"), ("Assad", "PERSON")],
            [("Bashar al-Assad", "PERSON"), ("Bashar al-Assad", "PERSON")],
        ),
        (
            [("Mr. Scholz", "PERSON"), ("Olaf Scholz", "PERSON")],
            [("Olaf Scholz", "PERSON"), ("Olaf Scholz", "PERSON")],
        ),
        (  # a country is no surname
            [("Michael Jordan", "PERSON"), ("Jordan", "GPE")],
            [("Michael Jordan", "PERSON"), ("Jordan", "GPE")],
        ),
        (
            [("Syria Recovery Trust Fund", "ORG"), ("SRTF", "ORG")],
            [
                ("Syria Recovery Trust Fund", "ORG"),
                ("Syria Recovery Trust Fund", "ORG"),
            ],
        ),
        (  # the acronym before its long form
            [("WFP", "ORG"), ("World Food Programme", "ORG")],
            [("World Food Programme", "ORG"), ("World Food Programme", "ORG")],
        ),
        (
            [("Foreign Secretary", "PERSON"), ("Boris Johnson", "PERSON")],
            [("Boris Johnson", "PERSON"), ("Boris Johnson", "PERSON")],
        ),
    ],
)
def test_linking_within_an_article(mentions, expected):
    assert actors.resolve(mentions) == expected


def test_alias_table_is_editable(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text(
        "alias,canonical,type\nThe Firm,Acme Holdings,ORG\n", encoding="utf-8"
    )
    table = actors.load_aliases(path)
    assert actors.canonicalise([("the Firm", "ORG")], table) == ["Acme Holdings"]
    assert actors.canonicalise([("U.S.", "GPE")], table) == ["U.S."]  # not in it
    path.write_text(
        "alias,canonical,type\n# a comment\nThe Firm,Acme Group,ORG\nOslo,Norway,capital\n",
        encoding="utf-8",
    )
    table = actors.load_aliases(path)
    assert actors.canonicalise([("The Firm", "ORG"), ("Oslo", "GPE")], table) == [
        "Acme Group",
        "Norway",
    ]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Germany will deliver two Patriot air defense missile systems to Ukraine.",
            "Patriot",
        ),
        ("The army asked for more Leopard tanks and Javelin missiles.", "Leopard"),
        ("Ukraine received Himars launchers from the United States.", "Himars"),
    ],
)
def test_weapon_names_are_no_actors(nlp, text, absent):
    assert absent not in {m.text for m in actors.mentions(parse(nlp, text))}


@pytest.mark.parametrize(
    ("label", "words", "kept"),
    [
        ("PERSON", (2, 3), False),  # "42"
        ("ORG", (4, 5), False),  # "X"
        ("PERSON", (0, 2), True),  # "Anna Berg"
        ("PERSON", (6, 8), False),  # "the board": lowercase
    ],
)
def test_junk_entities_are_dropped(nlp, label, words, kept):
    doc = parse(nlp, "Anna Berg met 42 X and the board on Monday.")
    doc.ents = [Span(doc, *words, label=label)]
    assert bool(actors.mentions(doc)) == kept


@pytest.mark.parametrize(
    ("text", "mention", "actor", "kind"),
    [
        ("Moscow said on Monday it would respond.", "Moscow", "Russia", "GPE"),
        ("Thousands marched in Moscow on Monday.", "Moscow", "Moscow", "LOC"),
        ("Beijing's response was swift.", "Beijing", "China", "GPE"),
        ("Talks with Moscow resumed on Friday.", "Moscow", "Russia", "GPE"),
        ("Officials in Berlin said the talks resumed.", "Berlin", "Berlin", "LOC"),
        # GeoNames also gives Belgrade to "CS", Serbia and Montenegro, a retired code
        ("Belgrade said the talks had failed.", "Belgrade", "Serbia", "GPE"),
        ("Kosovo accused Belgrade of stoking tension.", "Belgrade", "Serbia", "GPE"),
    ],
)
def test_capital_as_government_or_place(nlp, text, mention, actor, kind):
    found = {(m.text, m.actor, m.type) for m in actors.mentions(parse(nlp, text))}
    assert (mention, actor, kind) in found


def test_appositive_role_is_the_person(nlp):
    doc = parse(nlp, "The Foreign Secretary, Boris Johnson, said the talks had failed.")
    found = {(m.text, m.actor) for m in actors.mentions(doc)}
    assert ("Foreign Secretary", "Boris Johnson") in found
    assert ("Boris Johnson", "Boris Johnson") in found
    without = {(m.text, m.actor) for m in actors.mentions(doc, roles=False)}
    assert without == {("Boris Johnson", "Boris Johnson")}


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Boris Pistorius visited Kyiv. Pistorius said Moscow had failed.",
        "The U.S., the UK and Japan met. America's envoy, Jane Doe, spoke to the EU.",
        "PUTIN WARNS NATO\n\nRussian President Vladimir Putin warned NATO on Monday.",
    ],
)
def test_stored_mentions_recanonicalise_the_same(nlp, text):
    found = actors.mentions(parse(nlp, text))
    assert [m.actor for m in found] == actors.canonicalise(
        [(m.text, m.type) for m in found]
    )


def test_caps_headline_names_found(actor_nlp):
    text = (
        "MERKEL AND MACRON MEET IN BERLIN\n\n"
        "German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin."
    )
    found = actors.mentions(parse(actor_nlp, text))
    headline = {m.actor for m in found if m.end <= text.index("\n")}
    assert {"Angela Merkel", "Emmanuel Macron"} <= headline


def test_alias_names_the_model_misses(actor_nlp):
    text = "Fighters of the Islamic State of Iraq and the Levant (ISIL) left the town."
    found = actors.mentions(parse(actor_nlp, text))
    assert {m.actor for m in found} == {"Islamic State"}
    assert len(found) == 2


@pytest.mark.parametrize("pipe", ["nlp", "actor_nlp"])
def test_seed_article(request, pipe):
    doc = parse(request.getfixturevalue(pipe), SEED.read_text(encoding="utf-8"))
    found = actors.mentions(doc)
    by_actor: dict[str, list] = {}
    for m in found:
        by_actor.setdefault(m.actor, []).append(m)
    assert {
        "United States",
        "United Kingdom",
        "Russia",
        "Ukraine",
        "RIA Novosti",
        "Japan's Defense Ministry",
        "Germany",
        "West Germany",
        "Boris Pistorius",
        "Donald Trump",
        "NATO",
        "Japan",
        "China",
        "North Korea",
        "Kharkiv",
        "Russians",
    } <= set(by_actor)
    assert sorted(m.text for m in by_actor["United States"]) == sorted(
        ["United States", "United States", "U.S.", "U.S.", "U.S."]
    )
    assert {m.text for m in by_actor["Boris Pistorius"]} >= {
        "Boris Pistorius",
        "Pistorius",
    }
    assert {m.text for m in by_actor["Donald Trump"]} == {"Donald Trump", "Trump"}
    assert {m.type for m in by_actor["Boris Pistorius"] + by_actor["Donald Trump"]} == {
        "PERSON"
    }
    assert by_actor["Japan's Defense Ministry"][0].type == "ORG"
    assert "Patriot" not in {m.text for m in found}
    assert all(m.type in actors.ACTOR_TYPES for m in found)
    text = doc.text
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Kowalczyk chairs the board. On Monday the board backed Kowalczyk.",
            ["Anna Kowalczyk", "Kowalczyk"],
        ),
        (  # a surname as a sentence's first common word is no repeat
            "Tom Price met reporters. Price rises hit farmers, and Price said so.",
            ["Tom Price", "Price"],
        ),
    ],
)
def test_names_repeated_where_the_model_missed_them(nlp, text, expected):
    doc = parse(nlp, text)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]  # only the first name tagged
    found = actors.mentions(doc)
    assert [m.text for m in found] == expected
    assert {m.actor for m in found} == {expected[0]}
    assert found[-1].start == text.rindex(expected[-1])


def test_role_title_is_no_organisation(nlp):
    doc = parse(nlp, "U.S. Secretary of State Antony Blinken met him in Kyiv.")
    doc.ents = [Span(doc, 3, 4, label="ORG"), Span(doc, 4, 6, label="PERSON")]
    assert [m.text for m in actors.mentions(doc)] == ["Antony Blinken"]


def test_dateline_and_capital_tagged_as_person(nlp):
    text = "KYIV (Reuters) - President Volodymyr Zelenskiy said that Kyiv would not cede land."
    found = {(m.text, m.type, m.actor) for m in actors.mentions(parse(nlp, text))}
    assert ("KYIV", "LOC", "Kyiv") in found
    assert not any(kind == "PERSON" and "Kyiv" in actor for _, kind, actor in found)


def test_person_split_from_a_longer_entity(nlp):
    text = (
        "Minister for the Middle East Tobias Ellwood spoke. Later Tobias Ellwood left."
    )
    doc = parse(nlp, text)
    doc.ents = [Span(doc, 3, 7, label="ORG"), Span(doc, 10, 12, label="PERSON")]
    found = [(m.text, m.type) for m in actors.mentions(doc)]
    assert found == [("Tobias Ellwood", "PERSON")] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Conservative estimates put the cost at $2bn.", []),
        ("Many Conservative MPs voted against it.", ["Conservative Party"]),
    ],
)
def test_one_word_aliases_not_at_sentence_start(actor_nlp, text, expected):
    found = actors.mentions(parse(actor_nlp, text))
    assert [m.actor for m in found if m.type != "NORP"] == expected


def test_a_long_name_repeated_at_the_very_end_of_an_article(nlp):
    """A long name whose first word ends the text: no span may run past the end."""
    doc = nlp("John Smith met Smith Barney executives in London on Monday.\n SMITH")
    assert "Smith Barney" in [m.text for m in actors.mentions(doc)]


# Names a hostile or broken feed writes: implausible text is no actor; invisible
# format characters leave the canonical name, never the mention's own text/offsets.
@pytest.mark.parametrize(
    "blob",
    [
        "A" * 10_006,  # a run of one letter
        "QmFzZTY0" * 9,  # a 72-letter word, as pasted base64
        " ".join(["Maria Lopes Haddad Karimi"] * 7),  # a 181-character "name"
    ],
)
def test_implausible_text_is_no_actor(nlp, blob):
    text = f"Officials said {blob} would attend. Maria Lopes agreed on Monday."
    found = actors.mentions(parse(nlp, text))
    assert all(len(m.text) <= actors.MAX_NAME_CHARS for m in found)
    assert all(len(w) <= actors.MAX_NAME_WORD for m in found for w in m.text.split())
    assert "Maria Lopes" in {m.actor for m in found}
    assert all(m.text == text[m.start : m.end] for m in found)


@pytest.mark.parametrize(
    "name",
    [
        "Muhammad bin Abdulrahman bin Jassim Al Thani",  # long, many words
        "Nordic Institute for Strategic and International Maritime Studies",
        "Abdul-Rahman Al-Khalifa-Hassan",  # hyphenated
    ],
)
def test_long_real_names_stay_plausible(name):
    assert actors._plausible_name(name)


@pytest.mark.parametrize(
    ("text", "plausible"),
    [
        ("Kessel\x07 Brenner", False),  # a bell inside
        ("Kessel\x00Brenner", False),
        ("Kessel\x1bBrenner", False),
        ("Claudia\nBrenner", True),  # a soft line break stays a name
        ("Kessel \u202egnp.exe", True),  # kept, its canonical cleaned
        ("\u200b", False),  # nothing visible
        ("\u202e\u202c", False),
    ],
)
def test_control_characters_make_no_name(text, plausible):
    assert actors._plausible_name(text) is plausible


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kessel \u202egnp.exe", "Kessel gnp.exe"),  # right-to-left override
        ("Claudia Bren\u00adner", "Claudia Brenner"),  # soft hyphen
        ("Claudia\u200b Brenner", "Claudia Brenner"),  # zero-width space
        ("\ufeffClaudia Brenner", "Claudia Brenner"),  # byte-order mark
        ("\u2067Claudia Brenner\u2069", "Claudia Brenner"),  # isolate
        ("Claudia Brenner", "Claudia Brenner"),
        ("Nato", "NATO"),  # the alias table still reads the cleaned name
        ("Na\u00adto", "NATO"),
    ],
)
def test_format_characters_leave_the_canonical_name(text, expected):
    assert actors.canonical(text, "PERSON" if "Brenner" in text else "ORG") == expected


def test_joiners_stay_in_names():
    name = "\u0645\u06cc\u0631\u200c\u062d\u0633\u06cc\u0646"  # ZWNJ inside
    assert "\u200c" in actors.canonical(name, "PERSON")


def test_an_override_in_a_name_keeps_the_mention_as_written(nlp):
    text = "Minister Kessel \u202egnp.exe said on Monday that Berlin would act."
    found = actors.mentions(parse(nlp, text))
    assert all(m.text == text[m.start : m.end] for m in found)
    assert not any(
        unicodedata.category(c) == "Cf" for m in found for c in m.actor
    )
    assert any("\u202e" in m.text for m in found)  # the mention is the article's
    stored = actors.recanonicalised(found, text)
    assert stored == [m.actor for m in found]
