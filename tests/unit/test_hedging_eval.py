"""Scoring hedging: the out-of-domain rows (BioScope, SFU) and the cross-validated
choice of lexicon rows, on invented rows."""

import json

import pytest

from presswatch.evaluation import hedging as hedging_eval
from presswatch.evaluation import lexicon
from presswatch.evaluation.lexicon import OFF, UNRULED, Sentence
from presswatch.nlp import hedging, pipeline
from presswatch.nlp.hedging import Candidate
from presswatch.records import BOOSTER


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


def test_detokenised_joins_clitics_and_punctuation():
    text, spans = hedging_eval.detokenised(
        ["It", "could", "n't", "work", "(", "they", "'re", "sure", ")", "."]
    )
    assert text == "It couldn't work (they're sure)."
    assert [text[s:e] for s, e in spans][1:3] == ["could", "n't"]


def test_sfu_row_gives_character_cues():
    row = {"tokens": ["This", "might", "be", "fine", ",", "I", "guess", "."],
           "cues": [{"type": "speculation", "id": "1", "tokens": [1], "text": "might"},
                    {"type": "speculation", "id": "2", "tokens": [5, 6],
                     "text": "I guess"}]}  # fmt: skip
    out = hedging_eval.sfu_row(row)
    assert out["text"] == "This might be fine, I guess."
    assert [out["text"][c["start"] : c["end"]] for c in out["cues"]] == [
        "might",
        "I guess",
    ]


def test_non_hedge_words_follow_szeged_majority_type():
    rows = [{"cues": [{"text": "If", "type": "speculation_hypo_condition _"},
                      {"text": "whether", "type": "speculation_hypo_investigation _"},
                      {"text": "would", "type": "speculation_hypo_condition _"},
                      {"text": "would", "type": "speculation_hypo_condition _"},
                      {"text": "would", "type": "speculation_modal_probable_"},
                      {"text": "may", "type": "speculation_modal_probable_"},
                      {"text": "could", "type": "speculation_hypo_condition _"},
                      {"text": "could", "type": "speculation_modal_possible_"},
                      {"text": "could", "type": "speculation_modal_probable_"}]}]  # fmt: skip
    words = hedging_eval.non_hedge_words(rows)
    assert words == {"if", "whether", "would"}
    is_hedge = hedging_eval.speculation_cue(words)
    assert is_hedge({"type": "speculation", "text": "May"})
    assert is_hedge({"type": "speculation", "text": "could"})
    assert not is_hedge({"type": "speculation", "text": "if"})
    assert not is_hedge({"type": "speculation", "text": "would  n't"})
    assert not is_hedge({"type": "negation", "text": "not"})


def test_out_of_domain_rows_score_speculation_not_conditions(nlp, tmp_path):
    szeged = tmp_path / "szeged_uncertainty"
    szeged.mkdir()
    (szeged / "x.sentences.jsonl").write_text(
        json.dumps({"cues": [{"text": "if", "type": "speculation_hypo_condition _"}]})
        + "\n"
    )
    bio = tmp_path / "bioscope"
    bio.mkdir()
    rows = [
        {"text": "The protein may bind the receptor.",
         "cues": [{"start": 12, "end": 15, "text": "may", "type": "speculation"}]},
        {"text": "If cells divide, the gene is copied.",
         "cues": [{"start": 0, "end": 2, "text": "If", "type": "speculation"}]},
        {"text": "The gene is not expressed.",
         "cues": [{"start": 12, "end": 15, "text": "not", "type": "negation"}]},
    ]  # fmt: skip
    for part in hedging_eval.BIOSCOPE:
        with (bio / f"{part}.sentences.jsonl").open("w") as f:
            for row in rows:
                f.write(json.dumps(row) + "\n")
    sent, cue = hedging_eval.out_of_domain_scores(tmp_path, nlp)  # no SFU folder here
    assert sent.dataset == "bioscope"
    assert (sent.tp, sent.fp, sent.fn) == (2, 0, 0)  # two copies of the one hedge


def test_candidates_give_what_hedges_gives(nlp):
    doc = nlp("The plan may fail, officials said, and it is almost certainly late.")
    matches = hedging.candidates(doc)
    assert hedging.resolved(doc, matches) == hedging.hedges(doc)
    assert [h.text for h in hedging.hedges(doc)] == ["may", "almost certainly"]


def test_candidates_keep_the_rule_free_reading(nlp):
    doc = nlp("Sales rose faster than expected.")
    assert hedging.hedges(doc) == []
    (group,) = hedging.candidates(doc)
    assert [c.found for c in group] == [None]
    assert group[0].unruled == (4, 5, "epistemic_verb")  # the rule says "than expected"


def _sentence(doc_id: str, gold: bool, *rows: tuple[int, bool]) -> Sentence:
    """A sentence with one single-token match per (lexicon row, rule accepts) pair."""
    groups = [
        [Candidate(row, (i, i + 1, "modal") if ok else None, (i, i + 1, "modal"))]
        for i, (row, ok) in enumerate(rows)
    ]
    return Sentence(doc_id, gold, groups)


def test_learn_switches_off_a_row_that_only_errs():
    sentences = [_sentence(f"d{i}", True, (0, True)) for i in range(6)]
    sentences += [_sentence(f"e{i}", False, (1, True)) for i in range(6)]
    assert lexicon.learn(sentences) == {1: OFF}


def test_learn_drops_a_rule_that_only_costs_recall():
    sentences = [_sentence(f"d{i}", True, (0, False)) for i in range(6)]
    sentences += [_sentence("e", False, (0, False))]
    assert lexicon.learn(sentences) == {0: UNRULED}


def test_learn_keeps_a_row_that_gains_more_than_it_costs():
    sentences = [_sentence(f"d{i}", True, (0, True)) for i in range(6)]
    sentences += [_sentence("e", False, (0, True))]
    assert lexicon.learn(sentences) == {}


def test_boosters_do_not_make_a_sentence_hedged():
    booster = Sentence("d", False, [[Candidate(0, (0, 1, BOOSTER), None)]])
    assert not lexicon.hedged(booster, {})


def test_folds_split_by_document():
    sentences = [_sentence(f"d{i // 3}", True) for i in range(30)]
    folds = lexicon.folds_of(sentences, 5)
    by_doc = {}
    for s, f in zip(sentences, folds, strict=True):
        by_doc.setdefault(s.doc_id, set()).add(f)
    assert all(len(v) == 1 for v in by_doc.values())
    assert sorted(set(folds)) == [0, 1, 2, 3, 4]
    assert lexicon.folds_of(sentences, 5) == folds


def test_cross_validation_sums_held_out_folds():
    sentences = [_sentence(f"d{i}", True, (0, True)) for i in range(10)]
    sentences += [_sentence(f"e{i}", False, (1, True)) for i in range(10)]
    cv = lexicon.cross_validate(sentences, "handmade")
    assert (cv.written.tp, cv.written.fp, cv.written.fn) == (10, 10, 0)
    assert (cv.learned.tp, cv.learned.fp, cv.learned.fn) == (10, 0, 0)
    assert len(cv.per_fold) == 5


def _write_rows(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")


def _eval_folder(tmp_path):
    """An eval folder of invented rows: FactBank, Wikipedia and BioScope."""
    hedged = {"doc_id": "d1", "text": "The talks may fail.",
              "cues": [{"start": 10, "end": 13, "text": "may",
                        "type": "speculation_modal_possible_"}]}  # fmt: skip
    plain = {"doc_id": "d2", "text": "The talks failed.", "cues": []}
    szeged = tmp_path / "szeged_uncertainty"
    _write_rows(szeged / "factbank.sentences.jsonl", [hedged, plain])
    _write_rows(szeged / "wiki.sentences.jsonl", [hedged])
    bio = [{"text": "The gene might bind.",
            "cues": [{"start": 9, "end": 14, "text": "might", "type": "speculation"}]}]  # fmt: skip
    for part in hedging_eval.BIOSCOPE:
        _write_rows(tmp_path / "bioscope" / f"{part}.sentences.jsonl", bio)
    return tmp_path


def test_only_factbank_scores_factbank_and_its_cross_validation(nlp, tmp_path):
    out = hedging_eval.scores(_eval_folder(tmp_path), nlp, only=["factbank"])
    assert {s.dataset for s in out} == {"szeged-factbank"}
    assert [s.task for s in out][:2] == ["hedged sentences", "hedge cues"]
    assert len(out) == 3  # the cross-validated row, not the one learned on Wikipedia
    assert (out[0].tp, out[0].fp, out[0].fn) == (1, 0, 0)


def test_only_out_of_domain_scores_no_szeged_row(nlp, tmp_path):
    out = hedging_eval.scores(_eval_folder(tmp_path), nlp, only=["bioscope"])
    assert {s.dataset for s in out} == {"bioscope"}
    everything = hedging_eval.scores(tmp_path, nlp)
    assert {s.dataset for s in everything} == {"szeged-factbank", "szeged-wiki",
                                               "bioscope"}  # fmt: skip


def test_only_rejects_an_unknown_dataset(nlp, tmp_path):
    with pytest.raises(ValueError, match="factbnk"):
        hedging_eval.scores(_eval_folder(tmp_path), nlp, only=["factbnk"])
