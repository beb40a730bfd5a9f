"""The contract of every record: its `text` is `text[start:end]` of the article as
written, on a large invented input (CoNLL-like tables, capitals, line breaks, titles,
possessives, brackets) and on the bundled sample."""

import random

import pytest

from presswatch import DATA_DIR, ingest
from presswatch.nlp import analyse, pipeline

PEOPLE = ["Anna Keller", "Jonas Petraitis", "Iryna Lysenko", "Tobias Renn", "Mr. Olsen"]
TITLES = [
    "Defence Minister",
    "former U.S.\nPresident",
    "Germany’s Foreign Minister,",
    "",
]
PLACES = ["Moldova", "Kharkiv", "the United States", "Japan’s", "NATO’s", "Vilnius"]
ORGS = ["the Danube Monitoring Group (DMG)", "Japan’s Defense Ministry", "RIA Novosti"]


def invented_articles(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        lines = []
        for _ in range(rng.randint(4, 9)):
            kind = rng.random()
            if kind < 0.25:  # a results table in capitals, one row a paragraph
                row = " ".join(rng.choice(["TORONTO", "MINNESOTA", "NEW YORK", "GB"])
                               for _ in range(3))  # fmt: skip
                lines.append(f"{row} {rng.randint(0, 9)} {rng.randint(0, 9)}")
            else:
                who = f"{rng.choice(TITLES)} {rng.choice(PEOPLE)}".strip()
                lines.append(
                    f"{who} said {rng.choice(ORGS)} had warned {rng.choice(PLACES)} "
                    f'forces. "It is late," {rng.choice(PEOPLE).split()[-1]} said.'
                )
        out.append("\n\n".join(lines))
    return out


def check(text: str, analysis) -> list[str]:
    bad = [m.text for m in analysis.mentions if text[m.start : m.end] != m.text]
    bad += [
        a.cue_text
        for a in analysis.attributions
        if text[a.cue_start : a.cue_end] != a.cue_text
    ]
    bad += [
        a.source_text
        for a in analysis.attributions
        if a.source_text is not None
        and text[a.source_start : a.source_end] != a.source_text
    ]
    return bad


def test_offsets_hold_on_a_large_invented_input(nlp):
    texts = invented_articles(120)
    bad = []
    for text, doc in zip(texts, pipeline.parse(nlp, texts), strict=True):
        bad += check(text, analyse(doc))
    assert bad == []


@pytest.mark.parametrize(
    "text", ["GB\n\nNEW YORK 3 TORONTO 2", "former U.S.\nPresident Donald Trump spoke."]
)
def test_no_name_runs_over_a_hard_break(nlp, text):
    analysis = analyse(next(pipeline.parse(nlp, [text])))
    assert check(text, analysis) == []
    assert all("\n\n" not in m.text for m in analysis.mentions)


def test_offsets_hold_on_the_sample(nlp):
    articles = [
        a
        for a in ingest.read([DATA_DIR / "sample"])
        if not isinstance(a, ingest.Skipped)
    ]
    bad = []
    for article, doc in zip(
        articles, pipeline.parse(nlp, [a.text for a in articles]), strict=True
    ):
        bad += check(article.text, analyse(doc))
    assert len(articles) == 57 and bad == []
