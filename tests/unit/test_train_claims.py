"""Fitting the claims linker (presswatch.train.claims) on tiny invented data, and
loading its weights (presswatch.claims.similar)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from presswatch.claims import similar
from presswatch.claims.claims import SentenceFeatures
from presswatch.train import claims as train_claims


def test_fit_recovers_the_part_that_separates_the_pairs():
    # one claim exactly when both give the same rare number; the other parts are noise
    rng = np.random.default_rng(0)
    x = rng.random((200, len(similar.FEATURES)))
    rare = similar.FEATURES.index("rare_number")
    x[:, rare] = rng.integers(0, 2, 200)
    y = x[:, rare].copy()
    weights, bias = train_claims.fit(x, y)
    assert weights["rare_number"] > 3
    assert all(abs(v) < weights["rare_number"] / 2 for k, v in weights.items() if k != "rare_number")  # fmt: skip
    scores = x @ np.array([weights[k] for k in similar.FEATURES]) + bias
    assert ((scores >= 0) == (y == 1)).all()


def _sf(terms, numbers, actors):
    return SentenceFeatures(
        0, 0, 10, tuple(sorted(terms)), tuple(numbers), tuple(actors), tuple(actors),
        "impose", False, False, "bare", None, None, None,
    )  # fmt: skip


def test_the_linker_scores_by_the_weights_it_loads(tmp_path: Path):
    a = _sf({"impose", "toll", "euro", "town"}, ["12"], ["port alder"])
    b = _sf({"impose", "charge", "euro", "town"}, ["12"], ["port alder"])
    path = tmp_path / "linker.json"
    for bias, joined in ((1.0, True), (-9.0, False)):
        path.write_text(json.dumps({"weights": dict.fromkeys(similar.FEATURES, 0.5),
                                    "bias": bias}))  # fmt: skip
        weights, loaded_bias = similar.linker.__wrapped__(path)
        assert weights == dict.fromkeys(similar.FEATURES, 0.5)
        assert (similar.score(a, b, (weights, loaded_bias)) >= 0) is joined
    # the shipped file holds a weight for every part
    assert set(similar.linker()[0]) == set(similar.FEATURES)


def _write_corpus(folder: Path, articles: list[tuple], claims: list[list]) -> None:
    folder.mkdir(parents=True)
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as f:
        for id_, outlet, date, text in articles:
            f.write(json.dumps({"id": id_, "outlet": outlet, "published": date,
                                "title": id_, "text": text}) + "\n")  # fmt: skip
    gold = {"copies": [], "claims": [{"members": m} for m in claims]}
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_train_scores_each_corpus_left_out_and_writes_what_it_fitted(
    tmp_path: Path, nlp
):
    data = tmp_path / "gold"
    _write_corpus(
        data / "first",
        [
            ("a1", "Harbour Post", "2030-03-01",
             "Traffic in the narrow lanes has doubled since 2025. "
             "Port Alder will charge drivers 12 euros a day to enter its old town, "
             "the mayor Lena Brisk said on Monday. Shopkeepers fear fewer visitors."),
            ("a2", "Valley News", "2030-03-03",
             "Commuters in the valley were angry on Wednesday. "
             "Port Alder will charge drivers 12 euros a day to enter its old town, "
             "the Harbour Post reported. Buses will stay free."),
        ],  # fmt: skip
        [[["a1", "12 euros"], ["a2", "12 euros"]]],
    )
    _write_corpus(
        data / "second",
        [
            ("b1", "Harbour Post", "2030-04-01",
             "Metal prices fell for a third month. Kellford Mining will cut 480 jobs "
             "at its Orren smelter, the company said. Unions called a meeting."),
            ("b2", "Valley News", "2030-04-02",
             "The town of Orren depends on one employer. Kellford Mining will cut "
             "480 jobs at its Orren smelter, reports say. The mayor asked for talks."),
        ],  # fmt: skip
        [[["b1", "480 jobs"], ["b2", "480 jobs"]]],
    )
    out = tmp_path / "linker.json"
    info = train_claims.train(data, out, nlp=nlp, blind=("second",), log=lambda _: None)
    assert info["fitted_on"] == ["first"]
    assert info["leave_one_corpus_out"]["first"]["rules"]["r"] == 1.0
    assert info["blind"]["second"]["rules"]["f1"] == 1.0
    weights, bias = similar.linker.__wrapped__(out)
    assert set(weights) == set(similar.FEATURES)
    assert json.loads(out.read_text())["bias"] == bias


def test_a_side_that_names_no_actor_is_not_kept_apart_by_the_actors():
    # "Hallow Water will ban hosepipes for its 1.3 million customers from Friday" /
    # "hosepipes would be banned for 1,300,000 households from Friday": the passive
    # names no actor. A gate on a shared actor lost such pairs (held-out 17's
    # hosepipe ban and passed bill); the fitted linker weighs the rest instead.
    named = _sf({"ban", "hosepipe", "customer", "friday"}, ["1300000"], ["hallow water"])
    passive = _sf({"ban", "hosepipe", "household", "friday"}, ["1300000"], [])
    assert similar.parts(named, passive)["actors"] == 0
    assert similar.same(named, passive)
    # another number still keeps it apart
    other = _sf({"ban", "hosepipe", "household", "friday"}, ["400000"], [])
    assert not similar.same(named, other)
