"""Shortcuts taken for speed give what the long way gave (invented texts and words):
the linker's word alignment from one matrix product, the number test's early answer
for a plain word, a sentence's text sliced from the Doc's."""

from __future__ import annotations

import numpy as np
import pytest

from presswatch.claims import claims as rules
from presswatch.claims import similar, vectors
from presswatch.nlp import pipeline
from presswatch.nlp.common import sentences


@pytest.fixture(scope="module")
def table():
    loaded = vectors.load()
    if loaded is None:
        pytest.skip("the shipped word vectors are absent")
    return loaded


def test_a_cosine_is_the_stored_rows_product_exactly(table) -> None:
    a, b = "unemployment", "jobless"
    ia, ib = table.index[vectors.stem(a)], table.index[vectors.stem(b)]
    counts = int(np.dot(table.counts[ia].astype(np.int64), table.counts[ib]))
    assert table.similarity(a, b) == counts / vectors.SCALE
    assert table.similarity(a, b) == table.similarity(b, a)
    assert table.similarity(a, b) == pytest.approx(
        float(table.matrix[ia] @ table.matrix[ib]), abs=1e-6
    )


@pytest.mark.parametrize(
    "terms_a, terms_b",
    [
        (("unemployment", "rise", "city"), ("jobless", "fall", "cities", "zzqx")),
        (("rise", "rise", "toll"), ("fall", "charge", "rose")),  # opposites, a repeat
        (("zzqx", "zzqxs"), ("zzqx", "qqqz")),  # unknown words: the same stem only
        (("approve",), ("reject", "approved", "approving")),
    ],
)
def test_the_matrix_alignment_is_near_word_by_word(table, terms_a, terms_b) -> None:
    best_a, best_b = similar._best_matches(table, terms_a, terms_b)
    near = [[similar._near(x, y) for y in terms_b] for x in terms_a]
    assert best_a == [max(row) for row in near]
    assert best_b == [max(col) for col in zip(*near)]


def test_opposites_and_unknown_words_are_never_near(table) -> None:
    best_a, _ = similar._best_matches(table, ("rise", "zzqx"), ("fall", "qqqz"))
    assert best_a == [0.0, 0.0]
    best_a, _ = similar._best_matches(table, ("zzqxs",), ("zzqx",))
    assert best_a == [1.0]  # one stem, though the vectors lack it


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("The council hired a dozen new teachers on Monday.", {"12"}),
        ("Eighteen airmen were rescued from the sea.", {"18"}),
        ("The firm lost 2bn euros and cut 1,200 jobs.", {"2000000000", "1200"}),
        ("Officials said three and a half million people voted.", {"3500000"}),
        ("The mayor opened the new bridge after a long delay.", set()),
        ("The first train left the station at dawn.", set()),
    ],
)
def test_number_words_are_still_read_and_plain_words_never(nlp, text, numbers) -> None:
    doc = next(pipeline.parse(nlp, [text]))
    values, used = rules._numbers(list(doc))
    assert values == numbers
    for tok in doc:  # a word of letters is a number only as a number word
        if tok.is_alpha and not (tok.lower_ in rules._NUMBER_WORDS or tok.like_num):
            assert not rules._is_number(tok)

@pytest.mark.parametrize(
    "text",
    [
        "Ministers met on Monday.  They agreed a plan.\n\nTalks resume on Friday. ",
        "  A leading space.\nA soft break inside\na sentence. And the end.",
    ],
)
def test_a_sentence_span_is_its_text_trimmed(nlp, text) -> None:
    doc = next(pipeline.parse(nlp, [text]))
    for sent, span in zip(sentences(doc), doc.sents, strict=True):
        stripped = span.text.strip()
        lead = len(span.text) - len(span.text.lstrip())
        assert sent.start == span.start_char + lead
        assert sent.end == max(sent.start, sent.start + len(stripped))
