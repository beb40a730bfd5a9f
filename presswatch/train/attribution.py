"""Train the attribution tagger on PolNeAR train (primary annotations only).

Each article is tokenised as PressWatch parses it (`pipeline.soft_text`, the base
model's tokenizer), its gold cue and source spans become BIO tags (B-CUE, I-CUE,
B-SOURCE, I-SOURCE, O; each piece of a discontinuous span its own span), and the
article is cut at its line breaks into paragraph Docs. Every 10th article of train
(by name) is held out as the trainer's dev set, so checkpoint selection never sees
PolNeAR dev; PolNeAR dev is only scored at the end.

The trained pipeline is [tok2vec (en_core_web_sm's, frozen), presswatch_attribution];
only the second ships: at run time it reads the base model's own tok2vec output.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from presswatch.nlp import models, pipeline
from presswatch.train import SEED, prune_strings, run_trainer

HOLDOUT_EVERY = 10  # every 10th train article (sorted by name) is the trainer's dev set

CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "en"
pipeline = ["tok2vec","{pipe}"]
batch_size = 64
tokenizer = {{"@tokenizers":"spacy.Tokenizer.v1"}}

[components]

[components.tok2vec]
source = "{package}"

[components.{pipe}]
factory = "{pipe}"
label_smoothing = 0.0

[components.{pipe}.model]
@architectures = "presswatch.AttributionTagger.v1"
width = {width}
depth = {depth}
embed_width = {embed_width}
rows = {rows}
window_size = {window_size}
nO = null

[components.{pipe}.scorer]
@scorers = "presswatch.attribution_spans_scorer.v1"

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
frozen_components = ["tok2vec"]
annotating_components = ["tok2vec"]
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
learn_rate = 0.001

[training.score_weights]
attr_spans_f = 1.0
attr_spans_p = 0.0
attr_spans_r = 0.0

[initialize]
before_init = {{"@callbacks":"presswatch.base_vocab.v1","package":"{package}"}}
"""


@spacy.registry.callbacks("presswatch.base_vocab.v1")
def base_vocab(package: str):
    """Give the training pipeline the base model's lexeme tables, so the frozen
    tok2vec sees the same word norms in training as at run time."""

    def before_init(nlp):
        nlp.vocab.lookups = spacy.load(package).vocab.lookups
        return nlp

    return before_init


def read_records(path: Path) -> list[dict]:
    """The primary-annotation records of a PolNeAR jsonl file, by article name."""
    records = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from e
            if record.get("is_primary_annotation"):
                records.append(record)
    return sorted(records, key=lambda r: r["article"])


def bio_tags(doc: Doc, record: dict) -> list[str]:
    """The BIO tag of each token of `doc` (the record's text) from its gold spans."""
    tags = ["O"] * len(doc)
    for a in record["attributions"]:
        for part, label in (("cue", models.CUE), ("source", models.SOURCE)):
            for start, end in (a.get(part) or {}).get("spans", []):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None or any(
                    tags[i] != "O" for i in range(span.start, span.end)
                ):
                    continue  # univocal data: an overlap is an annotation slip
                tags[span.start] = f"B-{label}"
                for i in range(span.start + 1, span.end):
                    tags[i] = f"I-{label}"
    return tags


def paragraph_docs(nlp, record: dict) -> Iterable[Doc]:
    """The record's text as Docs, one per paragraph, tagged and with gold spans."""
    doc = nlp.make_doc(pipeline.soft_text(record["text"]))
    tags = bio_tags(doc, record)
    start = 0
    for i in range(len(doc) + 1):
        if i == len(doc) or (doc[i].is_space and "\n" in doc[i].text):
            if any(not doc[j].is_space for j in range(start, i)):
                sub = doc[start:i].as_doc()
                part = tags[start:i]
                for tok, tag in zip(sub, part, strict=True):
                    tok.tag_ = tag
                sub.spans[models.SPANS_KEY] = models.bio_spans(sub, part)
                yield sub
            start = i + 1


def convert(records: list[dict], out: Path, nlp) -> int:
    """Write records as a DocBin file; returns the number of Docs."""
    db = DocBin(attrs=["ORTH", "TAG", "SPACY"], store_user_data=False)
    for record in records:
        for doc in paragraph_docs(nlp, record):
            db.add(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return len(db)


def split(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """(train, held out): every HOLDOUT_EVERY-th article is held out."""
    held = [r for n, r in enumerate(records) if n % HOLDOUT_EVERY == HOLDOUT_EVERY - 1]
    kept = [r for n, r in enumerate(records) if n % HOLDOUT_EVERY != HOLDOUT_EVERY - 1]
    return kept, held


def train(
    data_dir: Path,
    work: Path,
    target: Path,
    *,
    train_file: str = "polnear_train.jsonl",
    max_steps: int = 1200,
    eval_frequency: int = 200,
    batch_words: int = 2000,
    depth: int = 3,
    width: int = 128,
    embed_width: int = 96,
    rows: tuple[int, ...] = (10000, 1000, 2000),
    window_size: int = 2,
    seed: int = SEED,
    log=print,
) -> dict:
    """Convert, train, and write the component to `target`; returns the training info."""
    package = pipeline.model_package()
    base = spacy.load(package, exclude=["senter"])
    records = read_records(data_dir / "polnear" / train_file)
    kept, held = split(records)
    if not kept or not held:
        raise ValueError(f"{data_dir}: too few PolNeAR train articles to hold some out")
    work.mkdir(parents=True, exist_ok=True)
    n_train = convert(kept, work / "train.spacy", base)
    n_held = convert(held, work / "heldout.spacy", base)
    log(f"converted {len(kept)} articles ({n_train} paragraphs) for training, "
        f"{len(held)} ({n_held}) held out")  # fmt: skip
    output, seconds = run_trainer(
        CONFIG.format(
            seed=seed,
            package=package,
            pipe=models.ATTRIBUTION_PIPE,
            depth=depth,
            width=width,
            embed_width=embed_width,
            rows="[" + ",".join(str(r) for r in rows) + "]",
            window_size=window_size,
            max_steps=max_steps,
            eval_frequency=min(eval_frequency, max_steps),
            patience=max(4 * eval_frequency, 800),
            batch_words=batch_words,
        ),
        work,
    )
    best = spacy.load(output / "model-best")
    best.remove_pipe("tok2vec")
    if target.exists():
        shutil.rmtree(target)
    best.to_disk(target)
    labels = best.get_pipe(models.ATTRIBUTION_PIPE).labels
    prune_strings(
        target, spacy.load(package).vocab.strings, labels
    )  # fresh: no data words
    meta = json.loads((output / "model-best" / "meta.json").read_text(encoding="utf-8"))
    return {
        "articles_train": len(kept),
        "articles_heldout": len(held),
        "max_steps": max_steps,
        "eval_frequency": eval_frequency,
        "batch_words": batch_words,
        "model": {
            "width": width,
            "depth": depth,
            "window_size": window_size,
            "embed_width": embed_width,
            "rows": list(rows),
        },
        "seed": seed,
        "seconds": round(seconds),
        "heldout_spans": {
            k: round(v, 4)
            for k, v in meta.get("performance", {}).items()
            if k.startswith("attr_spans_") and isinstance(v, float)
        },
        "base": package,
    }


def dev_scores(
    data_dir: Path, component: Path, log=print, records: list[dict] | None = None
) -> dict:
    """Rules alone, the trained tagger alone and the two combined on PolNeAR dev (or
    on `records`, such as the held-out train articles)."""
    from presswatch.evaluation.attribution import variant_scores

    # the base NER, so that the table shows the attribution change alone
    nlp = pipeline.build(trained={"attribution": component, "ner": None})
    table = variant_scores(data_dir, nlp, records=records)
    return log_table(table, "PolNeAR dev" if records is None else "held out", log)


def log_table(table: dict, title: str, log=print) -> dict:
    """Print the scores of each variant and return them as card data."""
    out = {}
    log(f"{title:<12} {'task':<24} {'P':>6} {'R':>6} {'F1':>6}")
    for variant, scores in table.items():
        out[variant] = {}
        for s in scores:
            out[variant][s.task] = {
                "p": round(s.precision, 3),
                "r": round(s.recall, 3),
                "f1": round(s.f1, 3),
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
            log(
                f"{variant:<12} {s.task:<24} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
            )
    return out


def score_tables(info: dict) -> list[str]:
    """A model card's score tables: PolNeAR dev and the held-out train articles."""
    lines: list[str] = []
    for key, title in (
        ("dev", "PolNeAR dev"),
        ("heldout", f"Held-out train articles ({info['articles_heldout']})"),
    ):
        if key in info:
            lines += score_table(info[key], title)
    return lines


def score_table(tasks_by_variant: dict, title: str) -> list[str]:
    """A model card's table of cue, source and no-source scores per variant."""
    lines = [
        f"## {title}",
        "",
        "| variant | cue P | cue R | cue F1 | source F1 | source F1 of matched cues "
        "| no-source F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for variant, tasks in tasks_by_variant.items():
        cue = tasks["attribution cues"]
        matched = tasks.get("attribution sources (matched cues)", {}).get("f1")
        lines.append(
            f"| {variant} | {cue['p']:.3f} | {cue['r']:.3f} | {cue['f1']:.3f} | "
            f"{tasks['attribution sources']['f1']:.3f} | "
            + ("" if matched is None else f"{matched:.3f}")
            + f" | {tasks['no-source attributions']['f1']:.3f} |"
        )
    return [*lines, ""]


def model_card(info: dict) -> str:
    """The MODEL_CARD.md of a trained attribution tagger."""
    lines = [
        "# presswatch_attribution: attribution cue and source tagger",
        "",
        "A spaCy tagger over BIO tokens (B-CUE, I-CUE, B-SOURCE, I-SOURCE, O) reading",
        f"`{info['base']}`'s own tok2vec output (`doc.tensor`) plus a small embedding of",
        "its own; it writes `doc.spans['presswatch_attribution']` (CUE, SOURCE spans) and",
        "leaves the part-of-speech tags alone. Code: `presswatch/nlp/models/__init__.py`;",
        "combined with the rules in `presswatch/nlp/models/combine.py`.",
        "",
        "## Data",
        "",
        "PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018; github.com/networkdynamics/PolNeAR,",
        "commit c3eee83), `polnear_train.jsonl`, primary annotations only:",
        f"{info['articles_train']} articles trained on, {info['articles_heldout']} (every",
        f"{HOLDOUT_EVERY}th by name) held out for checkpoint selection. PolNeAR dev was",
        "used only for the scores below. Licence as stated in the data's PROVENANCE.md:",
        "the README states none; the repository's software declares MIT; the article",
        "texts are copyrighted news (7 US outlets) — research use. The data itself is",
        "not shipped; these weights are.",
        "",
        "## Training",
        "",
        f"- command: `{info['command']}`",
        f"- spaCy's trainer on the CPU, seed {info['seed']}, at most {info['max_steps']} steps",
        f"  of ~{info['batch_words']} words, Adam 0.001, dropout 0.1; took {info['seconds']} s",
        "  on a shared 2-core machine",
        f"- network: {info.get('model', {})}",
        f"- held-out span scores (exact CUE/SOURCE spans): {info['heldout_spans']}",
        "",
    ]
    lines += score_tables(info)
    if info.get("notes"):
        lines += ["## Notes", "", *info["notes"], ""]
    return "\n".join(lines)
