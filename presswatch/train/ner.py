"""Fine-tune the base model's NER on CoNLL-2003 train, with rehearsal.

CoNLL marks PER, ORG, LOC and MISC only; the base model also predicts GPE, NORP, DATE,
MONEY and the rest. So each CoNLL document is labelled by merging the two:

- gold PER -> PERSON, ORG -> ORG; gold LOC -> the base model's label for the same
  span when it is GPE, LOC or FAC, else GPE (CoNLL's LOC is mostly countries and cities);
- gold MISC -> the base label of the same span when it is NORP, EVENT, PRODUCT,
  WORK_OF_ART, LAW or LANGUAGE, else unknown (no loss either way);
- a base entity overlapping no gold entity is kept when its type is one CoNLL does not
  annotate (DATE, CARDINAL, MONEY, ...); a base PERSON/ORG/GPE/LOC there is a CoNLL
  "O" and is learnt as such;

and `rehearsal` articles of news_corpus, labelled by the base model alone, are mixed
in so that its other types survive. Every 10th CoNLL train document is held out as the
trainer's dev set; CoNLL testa and re3d are scored only at the end.
"""

from __future__ import annotations

import gzip
import itertools
import json
import shutil
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from presswatch.evaluation.actors import conll_documents
from presswatch.nlp import pipeline
from presswatch.train import SEED, prune_strings, run_trainer
from presswatch.train.attribution import base_vocab  # noqa: F401  (registers the callback)

HOLDOUT_EVERY = 10
GOLD_TYPES = {"PER": "PERSON", "ORG": "ORG"}
LOC_TYPES = {"GPE", "LOC", "FAC"}
MISC_TYPES = {"NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
CONLL_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}

CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "en"
pipeline = ["ner"]
batch_size = 64
tokenizer = {{"@tokenizers":"spacy.Tokenizer.v1"}}

[components]

[components.ner]
source = "{package}"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0

[training]
seed = ${{system.seed}}
gpu_allocator = ${{system.gpu_allocator}}
frozen_components = []
annotating_components = []
dropout = 0.1
accumulate_gradient = 1
patience = {patience}
max_epochs = 0
max_steps = {max_steps}
eval_frequency = {eval_frequency}
train_corpus = "corpora.train"
dev_corpus = "corpora.dev"

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
size = {batch_words}

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = {learn_rate}

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0

[initialize]
before_init = {{"@callbacks":"presswatch.base_vocab.v1","package":"{package}"}}
"""


def merged_entities(
    doc: Doc, gold: set[tuple[int, int, str]]
) -> tuple[list[Span], list[Span]]:
    """(entities, unknown spans) of a CoNLL doc already run through the base NER."""
    base = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    ents: list[Span] = []
    unknown: list[Span] = []
    gold_spans = []
    for start, end, kind in sorted(gold):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        gold_spans.append(span)
        guess = base.get((start, end))
        if kind in GOLD_TYPES:
            ents.append(Span(doc, span.start, span.end, label=GOLD_TYPES[kind]))
        elif kind == "LOC":
            label = guess if guess in LOC_TYPES else "GPE"
            ents.append(Span(doc, span.start, span.end, label=label))
        elif guess in MISC_TYPES:
            ents.append(Span(doc, span.start, span.end, label=guess))
        else:
            unknown.append(span)
    for e in doc.ents:
        if e.label_ not in CONLL_TYPES and not any(
            e.start < g.end and g.start < e.end for g in gold_spans
        ):
            ents.append(e)
    return filter_spans(ents), unknown


def conll_docs(path: Path, base) -> list[Doc]:
    """CoNLL documents as Docs with merged gold and base entities."""
    docs = conll_documents(path, ("PER", "ORG", "LOC", "MISC"))
    out = []
    for (_, gold), doc in zip(
        docs, base.pipe(pipeline.soft_text(t) for t, _ in docs), strict=True
    ):
        ents, unknown = merged_entities(doc, gold)
        ent_tokens = {i for e in ents for i in range(e.start, e.end)}
        unknown = [
            u
            for u in unknown
            if not any(i in ent_tokens for i in range(u.start, u.end))
        ]
        doc.set_ents(ents, missing=unknown, default="outside")
        out.append(doc)
    return out


def rehearsal_docs(corpus: Path, n: int, base, skip: int = 0) -> list[Doc]:
    """`n` news_corpus articles labelled by the base model (its own types kept)."""
    if n <= 0:
        return []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, skip, skip + n)]
    return list(base.pipe(pipeline.soft_text(r["text"]) for r in rows))


def _write(docs: list[Doc], path: Path) -> None:
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SPACY"], store_user_data=False)
    for doc in docs:
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


def train(
    data_dir: Path,
    work: Path,
    target: Path,
    *,
    rehearsal: int = 250,
    max_steps: int = 800,
    eval_frequency: int = 200,
    batch_words: int = 1000,
    learn_rate: float = 0.0005,
    seed: int = SEED,
    conll_file: str = "eng.train",
    log=print,
) -> dict:
    """Convert, fine-tune, and write the NER component to `target`."""
    package = pipeline.model_package()
    base = spacy.load(package, exclude=["senter"])
    base.select_pipes(enable=["ner"])
    docs = conll_docs(data_dir / "conll2003_en" / conll_file, base)
    held = [d for n, d in enumerate(docs) if n % HOLDOUT_EVERY == HOLDOUT_EVERY - 1]
    kept = [d for n, d in enumerate(docs) if n % HOLDOUT_EVERY != HOLDOUT_EVERY - 1]
    if not kept or not held:
        raise ValueError(f"{data_dir}: too few CoNLL train documents to hold some out")
    corpus = data_dir / "news_corpus" / "articles.jsonl.gz"
    extra = rehearsal_docs(corpus, rehearsal, base) if corpus.is_file() else []
    held_extra = (
        rehearsal_docs(corpus, rehearsal // 10, base, skip=rehearsal) if extra else []
    )
    work.mkdir(parents=True, exist_ok=True)
    _write(kept + extra, work / "train.spacy")
    _write(held + held_extra, work / "heldout.spacy")
    log(f"converted {len(kept)} CoNLL documents + {len(extra)} rehearsal articles; "
        f"{len(held)} + {len(held_extra)} held out")  # fmt: skip
    output, seconds = run_trainer(
        CONFIG.format(
            seed=seed,
            package=package,
            max_steps=max_steps,
            eval_frequency=min(eval_frequency, max_steps),
            patience=max(4 * eval_frequency, 800),
            batch_words=batch_words,
            learn_rate=learn_rate,
        ),
        work,
    )
    if target.exists():
        shutil.rmtree(target)
    best = spacy.load(output / "model-best")
    best.to_disk(target)
    fresh = spacy.load(package).vocab.strings  # the base strings, before the data
    prune_strings(target, fresh, best.get_pipe("ner").labels)
    meta = json.loads((output / "model-best" / "meta.json").read_text(encoding="utf-8"))
    perf = meta.get("performance", {})
    return {
        "conll_train_documents": len(kept),
        "conll_heldout_documents": len(held),
        "rehearsal_articles": len(extra),
        "max_steps": max_steps,
        "batch_words": batch_words,
        "learn_rate": learn_rate,
        "seed": seed,
        "seconds": round(seconds),
        "heldout_ents": {
            k: round(v, 4)
            for k, v in perf.items()
            if k in ("ents_p", "ents_r", "ents_f")
        },
        "base": package,
    }


def dev_scores(data_dir: Path, component: Path, log=print) -> dict:
    """CoNLL testa (all and per type) and re3d entities, base NER against fine-tuned."""
    from presswatch.evaluation.actors import conll_type_scores, re3d_scores

    out = {}
    testa = data_dir / "conll2003_en" / "eng.testa"
    for variant, folder in (("base", None), ("fine-tuned", component)):
        nlp = pipeline.build(trained={"ner": folder, "attribution": None})
        t0 = time.perf_counter()
        by_type = conll_type_scores(testa, nlp)
        seconds = time.perf_counter() - t0
        tp, fp, fn = (
            sum(getattr(s, k) for s in by_type.values()) for k in ("tp", "fp", "fn")
        )
        from presswatch.evaluation import Score

        rows = {"conll-testa PER/ORG/LOC": Score("all", "conll-testa", tp, fp, fn)}
        rows.update({f"conll-testa {t}": s for t, s in by_type.items()})
        rows["re3d entities"] = re3d_scores(data_dir / "re3d", nlp)[0]
        out[variant] = {
            name: {
                "p": round(s.precision, 3),
                "r": round(s.recall, 3),
                "f1": round(s.f1, 3),
            }
            for name, s in rows.items()
        }
        out[variant]["conll-testa seconds"] = round(seconds, 1)
        for name, s in rows.items():
            log(
                f"{variant:<11} {name:<26} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
            )
    return out


def model_card(info: dict) -> str:
    """The MODEL_CARD.md of a fine-tuned NER."""
    lines = [
        f"# ner: {info['base']}'s entity recognizer fine-tuned on CoNLL-2003",
        "",
        "Replaces the base model's `ner` component (same architecture, its own tok2vec);",
        "labels are the base model's 18 OntoNotes types.",
        "",
        "## Data",
        "",
        "- CoNLL-2003 English `eng.train` (Reuters RCV1 newswire, Tjong Kim Sang & De Meulder",
        "  2003), labels merged with the base model's own as described in",
        f"  `presswatch/train/ner.py`: {info['conll_train_documents']} documents trained on,",
        f"  {info['conll_heldout_documents']} (every {HOLDOUT_EVERY}th) held out for checkpoint",
        "  selection. Licence as stated in the data's PROVENANCE.md: none in the mirror; the",
        "  Reuters RCV1 text is under the Reuters Corpus agreement (research use) and is not",
        "  shipped — only these weights are.",
        f"- rehearsal: {info['rehearsal_articles']} articles of ../shared/eval/news_corpus,",
        "  labelled by the base model itself (no human labels).",
        "",
        "## Training",
        "",
        f"- command: `{info['command']}`",
        f"- spaCy's trainer on the CPU, seed {info['seed']}, at most {info['max_steps']} steps",
        f"  of ~{info['batch_words']} words, Adam {info['learn_rate']}; took {info['seconds']} s",
        "  on a shared 2-core machine",
        f"- held-out scores (all types, merged labels): {info['heldout_ents']}",
        "",
    ]
    if "dev" in info:
        lines += ["## Dev scores (through `actors.mentions`)", "",
                  "| | " + " | ".join(info["dev"]) + " |",
                  "|---|" + "---|" * len(info["dev"])]  # fmt: skip
        names = [
            k for k in next(iter(info["dev"].values())) if k != "conll-testa seconds"
        ]
        for name in names:
            cells = [f"{v[name]['f1']:.3f}" for v in info["dev"].values()]
            lines.append(f"| {name} F1 | " + " | ".join(cells) + " |")
        lines.append("")
    if info.get("notes"):
        lines += ["## Notes", "", *info["notes"], ""]
    return "\n".join(lines)
