"""An article's own outlet is no source of it: "X told Capital Wire" in Capital
Wire's article is X's (named), not X relayed by a medium; the outlet's own reporting
("Capital Wire reported") is attributed to nobody. Invented articles and outlets."""

from __future__ import annotations

import json

import pytest

from presswatch.claims.outlet import published_by
from presswatch.nlp import workers
from presswatch.store import Store, sync

TERMINAL = "that the ferry terminal at Kestrel Quay would reopen in April after repairs"


def _published(nlp, text: str, outlet: str):
    [analysis] = workers.analyse_texts(nlp, [text])
    return published_by(analysis, outlet)


def _sources(analysis) -> list[tuple[str, str | None, str | None]]:
    by_id = {a.id: a for a in analysis.attributions}
    return [
        (
            a.cue_text,
            a.actor or a.source_text,
            by_id[a.cited_by].source_text if a.cited_by is not None else None,
        )
        for a in analysis.attributions
    ]


@pytest.mark.parametrize(
    ("outlet", "text", "sources"),
    [
        (
            "Harbour Times",
            f"Port director Maria Olsen told the Harbour Times {TERMINAL}.",
            [("told", "Maria Olsen", None)],
        ),
        (  # the outlet spelled as a folder gives it
            "harbour-times",
            f"Port director Maria Olsen said in an interview with the Harbour Times "
            f"{TERMINAL}.",
            [("said in an interview", "Maria Olsen", None)],
        ),
        (  # "nyt" is the media list's New York Times
            "nyt",
            "Defence Minister Anna Keller told The New York Times that the frigate "
            "order for the northern fleet would be signed before the summer recess.",
            [("told", "Anna Keller", None)],
        ),
        (
            "Harbour Times",
            "The transport ministry said on Monday, according to the Harbour Times, "
            "that the Kestrel bridge would stay closed to lorries until the spring.",
            [("said", "transport ministry", None)],
        ),
        (  # the outlet's own reporting: nobody's attribution
            "Harbour Times",
            "The ferry operator Nordline will cut two winter routes to the islands "
            "next year, according to the Harbour Times.",
            [],
        ),
        (
            "Harbour Times",
            "According to the Harbour Times, citing two port officials, the dredging "
            "contract for the outer basin was signed with a Danish firm.",
            [("citing", "two port officials", None)],
        ),
        (  # the outlet's own reporting, its name taken for a person's or not
            "Capital Wire",
            "Capital Wire has learned that the ministry will close three border "
            "crossings to lorries next week.",
            [],
        ),
        (  # an outlet named after a country by its folder: the country still speaks
            "ukraine",
            "Ukraine said on Monday that the grain corridor to Odesa would stay open.",
            [("said", "Ukraine", None)],
        ),
        (  # another outlet's article: the Harbour Times relays Olsen there
            "Coastal Post",
            f"Port director Maria Olsen told the Harbour Times {TERMINAL}.",
            [
                ("told", "Maria Olsen", "the Harbour Times"),
                ("told", "Harbour Times", None),
            ],
        ),
    ],
)
def test_own_outlet_is_no_relay(nlp, outlet, text, sources) -> None:
    got = _published(nlp, text, outlet)
    got_sources = [(c, s.removeprefix("The "), r) for c, s, r in _sources(got)]
    assert got_sources == sources


@pytest.mark.parametrize(
    ("outlet", "attribution", "source", "relay"),
    [
        ("Harbour Times", "named", "Maria Olsen", None),
        ("Coastal Post", "relayed", "Maria Olsen", "Harbour Times"),
    ],
)
def test_claim_told_to_own_outlet_is_named(nlp, outlet, attribution, source, relay):
    got = _published(
        nlp, f"Port director Maria Olsen told the Harbour Times {TERMINAL}.", outlet
    )
    [claim] = got.claims
    assert (claim.attribution, claim.source, claim.relay) == (
        attribution,
        source,
        relay,
    )


def test_claim_of_own_reporting_is_bare_and_unnamed_source_vague(nlp) -> None:
    text = (
        "The ferry operator Nordline will cut two winter routes to the islands next "
        "year, according to the Harbour Times.\n\n"
        "A senior port official, who asked not to be named, told the Harbour Times "
        "that smugglers from Kaliningrad had landed cigarettes at the old grain berth "
        "in Kestrel at night."
    )
    got = _published(nlp, text, "Harbour Times")
    assert [(c.attribution, c.source, c.relay) for c in got.claims] == [
        ("bare", None, None),
        ("vague", "A senior port official", None),
    ]


def test_ingest_stores_own_outlet_as_no_source(tmp_path, nlp) -> None:
    path = tmp_path / "articles.jsonl"
    text = f"Port director Maria Olsen told the Harbour Times {TERMINAL}."
    rows = [
        {"id": "own", "outlet": "Harbour Times", "title": "Quay", "text": text},
        # another outlet's copy, its dateline apart (a byte-identical text is a copy)
        {"id": "other", "outlet": "Coastal Post", "title": "Quay", "text": "OSLO - "},
    ]
    rows[1]["text"] += text
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([path], store, nlp)
        stored = store.rows(
            """SELECT article_id, coalesce(actor, source_text), cited_by IS NULL
               FROM attributions ORDER BY article_id, id"""
        )
        claimed = store.rows(
            "SELECT article_id, attribution, relay FROM claim_sentences ORDER BY 1"
        )
    assert stored == [
        ("other", "Maria Olsen", False),
        ("other", "Harbour Times", True),
        ("own", "Maria Olsen", True),
    ]
    assert claimed == [("other", "relayed", "Harbour Times"), ("own", "named", None)]
