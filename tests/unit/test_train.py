"""The training code path on tiny invented data, and the trained components' helpers.

Nothing here reads ../shared/eval: the records are written by the test, in the shape
of the PolNeAR jsonl and CoNLL files, and trained for a handful of steps so that CI
checks conversion, spaCy's trainer, export and loading without retraining the
shipped weights.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from presswatch import cli
from presswatch.evaluation import (
    FALSE_NEGATIVE,
    FALSE_POSITIVE,
    error,
    error_report,
)
from presswatch.evaluation import attribution as attribution_eval
from presswatch.evaluation.actors import alias_kind
from presswatch.nlp import models, pipeline
from presswatch.nlp.models import combine
from presswatch.records import Attribution
from presswatch.train import attribution as train_attribution

SENTENCES = [
    ("Mara Olsen", "said", "the bridge would reopen in May."),
    ("The harbour authority", "announced", "a new ferry timetable."),
    ("Officials", "told", "reporters that the vote was delayed."),
    ("Kvelmarth Vance", "argued", "that the budget was too small."),
    ("A spokeswoman", "confirmed", "the closure of two clinics."),
    ("Residents", "complained", "that the buses were late."),
]


def invented_record(n: int) -> dict:
    """One invented PolNeAR-shaped article: three attributed sentences."""
    text, attributions = "", []
    for k in range(3):
        source, cue, content = SENTENCES[(n + k) % len(SENTENCES)]
        start = len(text)
        sentence = f"{source} {cue} {content}"
        s_end = start + len(source)
        c_start = s_end + 1
        c_end = c_start + len(cue)
        attributions.append(
            {
                "id": f"E{k + 1}",
                "type": "Attribution",
                "has_source": True,
                "source": {"spans": [[start, s_end]], "text": source},
                "cue": {"spans": [[c_start, c_end]], "text": cue},
                "content": {
                    "spans": [[c_end + 1, start + len(sentence)]],
                    "text": content,
                },
            }
        )
        text += sentence + ("\n" if k == 1 else " ")
    text += "Reportedly, the talks ended."
    cue_start = len(text) - len("Reportedly, the talks ended.")
    attributions.append(
        {
            "id": "E4",
            "type": "Attribution-no-source",
            "has_source": False,
            "cue": {"spans": [[cue_start, cue_start + 10]], "text": "Reportedly"},
            "content": {
                "spans": [[cue_start + 12, len(text) - 1]],
                "text": "the talks ended",
            },
        }
    )
    return {
        "article": f"invented_{n:02d}",
        "annotator": "t000",
        "is_primary_annotation": True,
        "text": text,
        "attributions": attributions,
    }


@pytest.fixture
def invented_polnear(tmp_path: Path) -> Path:
    folder = tmp_path / "eval" / "polnear"
    folder.mkdir(parents=True)
    with (folder / "polnear_train.jsonl").open("w", encoding="utf-8") as f:
        for n in range(20):
            f.write(json.dumps(invented_record(n)) + "\n")
            # a second annotator's copy is ignored
            f.write(
                json.dumps({**invented_record(n), "is_primary_annotation": False})
                + "\n"
            )
    return tmp_path / "eval"


def test_bio_tags_follow_the_gold_spans():
    nlp = spacy.blank("en")
    record = invented_record(0)
    doc = nlp.make_doc(record["text"])
    tags = train_attribution.bio_tags(doc, record)
    assert tags[:4] == ["B-SOURCE", "I-SOURCE", "B-CUE", "O"]
    spans = models.bio_spans(doc, tags)
    assert [(s.text, s.label_) for s in spans[:2]] == [
        ("Mara Olsen", "SOURCE"),
        ("said", "CUE"),
    ]
    assert ("Reportedly", "CUE") in [(s.text, s.label_) for s in spans]


def test_bio_spans_start_a_span_at_a_stray_inside_tag():
    doc = Doc(spacy.blank("en").vocab, words=["a", "b", "c", "d", "e"])
    spans = models.bio_spans(doc, ["I-CUE", "I-CUE", "O", "B-SOURCE", "B-SOURCE"])
    assert [(s.start, s.end, s.label_) for s in spans] == [
        (0, 2, "CUE"),
        (3, 4, "SOURCE"),
        (4, 5, "SOURCE"),
    ]


def test_paragraph_docs_cut_at_line_breaks():
    nlp = spacy.blank("en")
    docs = list(train_attribution.paragraph_docs(nlp, invented_record(1)))
    assert len(docs) == 2
    assert all(models.SPANS_KEY in d.spans for d in docs)
    assert [t.tag_ for t in docs[0]][:2] == ["B-SOURCE", "I-SOURCE"]


def test_read_records_names_a_bad_line(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"is_primary_annotation": true, "article": "a"}\n{oops\n')
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        train_attribution.read_records(path)


def test_train_attribution_end_to_end(
    invented_polnear: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.setenv("PRESSWATCH_TRAIN_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "model"
    code = cli.main(
        ["train", "attribution", "--data", str(invented_polnear), "--out", str(out),
         "--max-steps", "6", "--no-eval"]
    )  # fmt: skip
    assert code == 0
    assert models.shipped(out)
    card = (out / "MODEL_CARD.md").read_text()
    assert "seed 0" in card and "at most 6 steps" in card
    info = json.loads((out / "training.json").read_text())
    assert info["articles_train"] == 18 and info["articles_heldout"] == 2
    assert not (out / "tok2vec").exists()  # the base model's tok2vec is not shipped
    # the converted data stayed in the cache, never next to the weights
    assert not list(out.rglob("*.spacy"))
    assert list((tmp_path / "cache" / "attribution").glob("*.spacy"))
    # nor did the training text's vocabulary: only the base model's strings and labels
    strings = json.loads((out / "vocab" / "strings.json").read_text())
    assert "Kvelmarth" not in strings and "B-CUE" in strings

    with_tagger = pipeline.build(trained={"attribution": out, "ner": None})
    without = pipeline.build(trained={"attribution": None, "ner": None})
    assert with_tagger.pipe_names[-1] == models.ATTRIBUTION_PIPE
    doc = next(
        pipeline.parse(with_tagger, ["Mara Olsen said the bridge would reopen."])
    )
    assert models.SPANS_KEY in doc.spans
    assert doc[0].tag_ == "NNP"  # the base model's tags are untouched
    assert pipeline.fingerprint(with_tagger) != pipeline.fingerprint(without)


def test_train_cues_end_to_end(invented_polnear: Path, tmp_path: Path, monkeypatch):
    from presswatch.nlp import attribution
    from presswatch.nlp.attribution import learned

    monkeypatch.setenv("PRESSWATCH_TRAIN_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "cues"
    code = cli.main(
        ["train", "cues", "--data", str(invented_polnear), "--out", str(out),
         "--max-steps", "20", "--no-eval"]
    )  # fmt: skip
    assert code == 0
    info = json.loads((out / "training.json").read_text())
    assert info["articles_heldout"] == 2 and info["task"] == "cues"
    assert "PolNeAR" in (out / "MODEL_CARD.md").read_text()
    nlp = pipeline.build(trained={"cues": out, "attribution": None})
    assert models.CUES_PIPE in nlp.pipe_names
    doc = next(pipeline.parse(nlp, ["Mara Olsen said the bridge would reopen."]))
    assert learned.SPANS_KEY in doc.spans
    assert [a.cue_text for a in attribution.attributions(doc, [])] == ["said"]


def test_cue_decision_cross_validates_over_folds_of_the_training_articles(
    invented_polnear: Path,
):
    from presswatch.train import cues as train_cues

    lines: list[str] = []
    pooled = train_cues.cross_validate(
        invented_polnear, folds=2, epochs=5, log=lines.append
    )
    assert set(pooled) == {"rules", "model", "combined"}
    cues = pooled["combined"]["attribution cues"]
    # 18 of the 20 invented articles are kept (every 10th is held out), each fold
    # scores half of them: the pooled gold is every kept article's cues once
    assert cues["tp"] + cues["fn"] == 18 * len(invented_record(0)["attributions"])
    assert any(line.startswith("fold 2/2") for line in lines)
    with pytest.raises(ValueError, match="at least 2 folds"):
        train_cues.cross_validate(invented_polnear, folds=1)


def test_train_ner_end_to_end(tmp_path: Path, monkeypatch):
    folder = tmp_path / "eval" / "conll2003_en"
    folder.mkdir(parents=True)
    lines = []
    for n in range(12):
        lines += ["-DOCSTART- -X- -X- O", ""]
        lines += ["Teodor NNP B-NP B-PER", "Vance NNP I-NP I-PER", "joined VBD B-VP O",
                  f"Harbour{n} NNP B-NP B-ORG", "Holdings NNP I-NP I-ORG", "in IN B-PP O",
                  "Vilnius NNP B-NP B-LOC", ". . O O", ""]  # fmt: skip
    (folder / "eng.train").write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.setenv("PRESSWATCH_TRAIN_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "ner"
    code = cli.main(
        ["train", "ner", "--data", str(tmp_path / "eval"), "--out", str(out),
         "--max-steps", "2", "--no-eval"]
    )  # fmt: skip
    assert code == 0
    nlp = pipeline.build(trained={"ner": out, "attribution": None})
    assert "ner" in nlp.pipe_names
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("presswatch_actors")
    assert "GPE" in nlp.get_pipe("ner").labels  # the base model's types survive


def test_train_names_a_missing_data_folder(tmp_path: Path, capsys):
    assert cli.main(["train", "attribution", "--data", str(tmp_path / "nope")]) == 2
    assert "no eval data folder" in capsys.readouterr().err


def _doc_with_spans(words: list[str], spans: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc[0].is_sent_start = True
    for t in doc[1:]:
        t.is_sent_start = False
    doc.spans[models.SPANS_KEY] = [
        Span(doc, a, b, label=label) for a, b, label in spans
    ]
    return doc


def _rule(n: int, doc: Doc, cue: tuple[int, int], source: tuple[int, int] | None):
    c = doc[cue[0] : cue[1]]
    s = doc[source[0] : source[1]] if source else None
    return Attribution(n, c.start_char, c.end_char, c.text, c.text, 
                       s.start_char if s else None, s.end_char if s else None,
                       s.text if s else None, None, "person" if s else "none",
                       None, None, None, 0)  # fmt: skip


def test_combine_keeps_the_rules_and_adds_what_they_missed():
    words = ["Olsen", "said", "that", "Vance", "claimed", "it", ",", "reportedly", "."]
    doc = _doc_with_spans(words, [(0, 1, "SOURCE"), (1, 2, "CUE"), (4, 5, "CUE"),
                                  (3, 4, "SOURCE")])  # fmt: skip
    rules = [_rule(0, doc, (1, 2), (0, 1)), _rule(1, doc, (7, 8), None)]
    kind_of = lambda head, span: ("actor " + span.text, "person")  # noqa: E731
    out = combine.combine(doc, rules, kind_of)
    assert [(a.cue_text, a.source_text) for a in out] == [
        ("said", "Olsen"),
        ("claimed", "Vance"),
        ("reportedly", None),
    ]
    assert [a.id for a in out] == [0, 1, 2]
    assert out[1].actor == "actor Vance"
    confirmed = combine.combine(doc, rules, kind_of, trusted=frozenset())
    assert [a.cue_text for a in confirmed] == ["said", "claimed"]


def test_model_pairs_use_each_source_once():
    words = ["Olsen", "said", "and", "added", "."]
    doc = _doc_with_spans(words, [(0, 1, "SOURCE"), (1, 2, "CUE"), (3, 4, "CUE")])
    assert [(c.text, s.text if s else None) for c, s in combine.model_pairs(doc)] == [
        ("said", "Olsen"),
        ("added", None),
    ]


def test_article_errors_group_by_cue_and_source_kind():
    text = "Olsen said it. Vance noted that. Reportedly so."
    gold = [
        {
            "type": "Attribution",
            "cue": {"spans": [[6, 10]]},
            "source": {"spans": [[0, 5]]},
        },
        {
            "type": "Attribution",
            "cue": {"spans": [[21, 26]]},
            "source": {"spans": [[15, 20]]},
        },
    ]
    said = Attribution(0, 6, 10, "said", "say", 11, 13, "it", None, "organisation",
                       None, None, None, 0)  # fmt: skip
    extra = Attribution(1, 33, 43, "Reportedly", "reportedly", None, None, None, None,
                        "none", None, None, None, 0)  # fmt: skip
    errors = attribution_eval.article_errors(text, gold, [said, extra])
    groups = {(e.task, e.kind, e.group) for e in errors}
    assert ("attribution cues", FALSE_NEGATIVE, "noted") in groups
    assert ("attribution cues", FALSE_POSITIVE, "reportedly") in groups
    assert ("attribution sources", FALSE_POSITIVE, "organisation") in groups
    assert ("attribution sources", FALSE_NEGATIVE, "cue found, other source") in groups
    assert ("attribution sources", FALSE_NEGATIVE, "cue missed") in groups


def test_error_report_counts_groups_and_shows_context():
    text = "The minister said so. The mayor said no. Reuters reported it."
    errors = [
        error("cues", "d", FALSE_NEGATIVE, "said", text, 13, 17),
        error("cues", "d", FALSE_NEGATIVE, "said", text, 32, 36),
        error("cues", "d", FALSE_NEGATIVE, "reported", text, 49, 57),
    ]
    report = error_report(errors, per_group=1)
    assert "cues / d: 3 false negatives" in report
    assert report.index("said (2)") < report.index("reported (1)")
    assert "minister [said] so" in report


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Free Syrian Army", "FSA", "acronym"),
        ("Boris Johnson", "Johnson", "short form"),
        ("Daesh", "Islamic State", "other name"),
    ],
)
def test_alias_kind(a, b, kind):
    assert alias_kind(a, b) == kind
