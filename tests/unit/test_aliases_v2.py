"""Aliases, accuracy v2: acronyms defined in the text, ministries keep their country,
roles equated with a name, the curated table's sources, outlet names (invented names)."""

import pytest

from presswatch import DATA_DIR
from presswatch.nlp import actors, pipeline, rules


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # an acronym right after the name it abbreviates, for the rest of the article
        ([("Kurdish Democratic Unity Front", "ORG"), ("KDUF", "ORG"), ("KDUF", "ORG")],
         ["Kurdish Democratic Unity Front"] * 3),
        ([("Brigade of the Northern Hills", "ORG"), ("BNH", "ORG")],
         ["Brigade of the Northern Hills"] * 2),
        # not for a person ("Pistorius (SPD)": his party)
        ([("Anna Keller Brandt", "PERSON"), ("AB", "ORG")],
         ["Anna Keller Brandt", "AB"]),
        # letters that are not the name's initials in order
        ([("Harbour Authority", "ORG"), ("XYZ", "ORG")], ["Harbour Authority", "XYZ"]),
        # ministries keep their country
        ([("Japan", "GPE"), ("Japan’s Defense Ministry", "ORG"),
          ("Defense Ministry", "ORG")], ["Japan", "Japan's Defense Ministry",
                                         "Japan's Defense Ministry"]),
        ([("Russia", "GPE"), ("the Russian Defence Ministry", "ORG"),
          ("Ministry of Defence", "ORG")], ["Russia", "Russia's Defence Ministry",
                                           "Russia's Defence Ministry"]),
        ([("Chile", "GPE"), ("Chile", "GPE"), ("Peru", "GPE"), ("NATO", "ORG"),
          ("Reuters", "ORG"), ("TASS", "ORG"), ("Foreign Ministry", "ORG")],
         ["Chile", "Chile", "Peru", "NATO", "Reuters", "TASS",
          "Chile's Foreign Ministry"]),
        # else the country named just before it, not the article's main one
        ([("Moldova", "GPE"), ("Moldova", "GPE"), ("Ukraine", "GPE"),
          ("agriculture ministry", "ORG")], ["Moldova", "Moldova", "Ukraine",
                                            "Ukraine's Agriculture Ministry"]),
        ([("Norway", "GPE"), ("Its defence ministry", "ORG")],
         ["Norway", "Norway's Defence Ministry"]),
        # two countries named as often: no owner is guessed
        ([("Chile", "GPE"), ("Peru", "GPE"), ("NATO", "ORG"), ("EU", "ORG"),
          ("Reuters", "ORG"), ("Foreign Ministry", "ORG")],
         ["Chile", "Peru", "NATO", "European Union", "Reuters", "Foreign Ministry"]),
        # "the company" is the company before it, not a regulator named between
        ([("Halvorsen Drilling", "ORG"), ("SEC", "ORG"), ("the company", "ORG")],
         ["Halvorsen Drilling", "Securities and Exchange Commission",
          "Halvorsen Drilling"]),
        ([("Halvorsen Drilling", "ORG"), ("Ostland Transport Authority", "ORG"),
          ("the firm", "ORG")],
         ["Halvorsen Drilling", "Ostland Transport Authority", "Halvorsen Drilling"]),
        # curly and straight apostrophes are one character
        ([("Estonia’s Interior Ministry", "ORG"), ("Estonia's Interior Ministry",
                                                   "ORG")],
         ["Estonia's Interior Ministry"] * 2),
    ],
)  # fmt: skip
def test_linking(mentions, expected):
    assert actors.canonicalise(mentions) == expected


@pytest.mark.parametrize(
    ("text", "role", "person"),
    [
        ("His Chief of Staff is Major General Hassan Rahimi, and his deputy is "
         "Colonel Ali Karim.", "Chief", "Hassan Rahimi"),
        ("The plant was run by his brother Omar Haddad, who would later become the "
         "President of Veloria.", "President", "Omar Haddad"),
        ("Gen. Mark Ellison, U.S. Central Command commander, released a statement.",
         "commander", "Mark Ellison"),
    ],
)  # fmt: skip
def test_roles_equated_with_a_name(nlp, text, role, person):
    found = {
        m.text: m.actor for m in actors.mentions(next(pipeline.parse(nlp, [text])))
    }
    assert found[role] == person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the apposition decides, not the nearest name after the role
        ("Maria Lopes, Portugal's finance minister, and John Smith met in Lisbon.",
         {"finance minister": "Maria Lopes"}),
        ("Maria Lopes, the finance minister, met John Smith in Lisbon. The minister "
         "said rates were too high.",
         {"finance minister": "Maria Lopes", "The minister": "Maria Lopes"}),
        # a copula; "the minister" and "the governor" each the one given that role
        ("The finance minister, Maria Lopes, met John Smith, the central bank "
         "governor. The minister said rates were too high, but the governor disagreed.",
         {"The minister": "Maria Lopes", "the governor": "John Smith"}),
        ("John Smith said the new finance minister is Maria Lopes.",
         {"new finance minister": "Maria Lopes"}),
        ("Ana Costa met the prime minister, Rui Lima. Later the prime minister said "
         "the talks went well.", {"the prime minister": "Rui Lima"}),
    ],
)  # fmt: skip
def test_roles_are_the_person_the_text_equates_them_with(nlp, text, expected):
    found = {
        m.text: m.actor for m in actors.mentions(next(pipeline.parse(nlp, [text])))
    }
    assert {role: found.get(role) for role in expected} == expected


def test_a_role_with_no_one_named_in_it_is_no_mention(nlp):
    text = "The minister said the vote was rigged. Anna Berg, a farmer, disagreed."
    found = [m.text for m in actors.mentions(next(pipeline.parse(nlp, [text])))]
    assert "The minister" not in found
    assert actors.is_description("the minister")


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("IRGC", "ORG", "Islamic Revolutionary Guard Corps"),
        ("Revolutionary Guards", "ORG", "Islamic Revolutionary Guard Corps"),
        ("Russia Today", "ORG", "RT"),
        ("Hashd al-Shaabi", "ORG", "Popular Mobilization Forces"),
        ("the African Union", "ORG", "African Union"),
        ("KCNA", "ORG", "KCNA"),
    ],
)
def test_curated_international_actors(text, kind, expected):
    assert actors.canonical(text, kind) == expected


def test_every_alias_row_says_where_it_came_from():
    table = rules.read_table(rules.read(DATA_DIR / "aliases.csv"))
    assert "source" in table.columns
    missing = [line for line, row in table.records() if not row["source"].strip()]
    assert missing == []


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("nyt", "The New York Times"),
        ("New York Times", "The New York Times"),
        ("huff-post", "The Huffington Post"),
        ("usa-today", "USA Today"),
        ("BBC News", "BBC"),
        ("The Harbour Times", "The Harbour Times"),  # not on the list: as given
        ("", ""),
    ],
)
def test_outlet_names_through_the_media_list(given, expected):
    assert rules.outlet_name(given) == expected


def test_outlet_aliases_are_editable(tmp_path, monkeypatch):
    (tmp_path / "media_outlets.csv").write_text(
        "name,aliases,state_affiliated,country\nQuay Courier,qc|The Courier,no,XX\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(tmp_path))
    rules.forget()
    assert rules.outlet_name("QC") == "Quay Courier"
    assert rules.outlet_name("the-courier") == "Quay Courier"
    assert rules.outlet_name("nyt") == "nyt"


def test_ingest_names_outlets_by_the_media_list(tmp_path):
    from presswatch import ingest

    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "a", "outlet": "nyt", "text": "Officials met on Monday."}\n'
        '{"id": "b", "outlet": "New York Times", "text": "Officials met again."}\n'
        '{"id": "c", "outlet": "Quay Courier", "text": "The ferry ran late."}\n',
        encoding="utf-8",
    )
    outlets = [
        a.outlet for a in ingest.read([path]) if not isinstance(a, ingest.Skipped)
    ]
    assert outlets == ["The New York Times", "The New York Times", "Quay Courier"]
