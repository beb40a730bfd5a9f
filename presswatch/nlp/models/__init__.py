"""Trained components that ship with PressWatch, and the code that runs them.

Each folder here holds one component's weights, trained by `python -m presswatch train`
from the public data in ../shared/eval (see its MODEL_CARD.md): the training data itself
never enters the project, only the weights.

- `attribution/`: a tagger over BIO tokens (B-CUE, I-CUE, B-SOURCE, I-SOURCE, O) that
  marks attribution cues and their source spans. It reads the vectors the base model's
  tok2vec leaves in `doc.tensor`, so it adds one small network, not another encoder, and
  writes `doc.spans["presswatch_attribution"]` (labels CUE and SOURCE), never the tags.
  `combine.py` merges its cues with the rules'.
- `ner/`: the base model's entity recognizer fine-tuned on CoNLL-2003 with rehearsal;
  it replaces the base `ner` component when shipped.
- `cues/`: the learned cue decision (`presswatch.nlp.attribution.learned`), a logistic
  regression over parse features and the base tok2vec vector of each predicate
  (weights as JSON); the `presswatch_cues` component leaves its verdict on the rules'
  cues in `doc.spans["presswatch_cues"]`, which the attribution extractor reads.

`add_trained` puts whichever are chosen (DEFAULT_TRAINED, or $PRESSWATCH_TRAINED) and
shipped into a pipeline (`pipeline.build`).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.ml.models import MultiHashEmbed
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.pipeline.tagger import Tagger
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from thinc.api import (
    Maxout,
    Model,
    Softmax_v2,
    chain,
    concatenate,
    with_array,
)
from thinc.types import Floats2d

MODELS_DIR = Path(__file__).resolve().parent
ATTRIBUTION_DIR = MODELS_DIR / "attribution"
ATTRIBUTION_PIPE = "presswatch_attribution"
SPANS_KEY = "presswatch_attribution"
CUE, SOURCE = "CUE", "SOURCE"
TENSOR_WIDTH = 96  # en_core_web_sm's tok2vec width


@spacy.registry.layers("presswatch.doc_tensor.v1")
def doc_tensor(width: int = TENSOR_WIDTH) -> Model[list[Doc], list[Floats2d]]:
    """The vectors an upstream tok2vec left in `doc.tensor` (read only, no gradient).

    A Doc with no tensor (as during the shape inference of `initialize`) reads as
    zeros."""

    def forward(model: Model, docs: list[Doc], is_train: bool):
        out = []
        for doc in docs:
            t = doc.tensor
            if t is None or t.size == 0 or t.shape != (len(doc), width):
                out.append(model.ops.alloc2f(len(doc), width))
            else:
                out.append(model.ops.asarray2f(t))
        return out, lambda d_out: []

    return Model("doc_tensor", forward, dims={"nO": width})


@spacy.registry.architectures("presswatch.AttributionTagger.v1")
def attribution_tagger_model(
    width: int = 96,
    depth: int = 2,
    embed_width: int = 64,
    rows: list[int] = (5000, 500, 1000),
    nO: int | None = None,
    window_size: int = 1,
) -> Model[list[Doc], list[Floats2d]]:
    """Base tok2vec vectors + a small own embedding of the word, a CNN of `depth`
    layers each seeing `window_size` tokens each side (so `depth * window_size` tokens
    each side in all, on top of what the base tok2vec saw), a softmax over the BIO
    labels."""
    embed = MultiHashEmbed(
        width=embed_width,
        attrs=["LOWER", "SHAPE", "SUFFIX"],
        rows=list(rows),
        include_static_vectors=False,
    )
    encode = MaxoutWindowEncoder(
        width=width, window_size=window_size, maxout_pieces=3, depth=depth
    )
    return chain(
        concatenate(doc_tensor(), embed),
        with_array(Maxout(width, TENSOR_WIDTH + embed_width, nP=3, normalize=True)),
        encode,
        with_array(Softmax_v2(nO, width, normalize_outputs=False)),
    )


def bio_spans(doc: Doc, tags: list[str]) -> list[Span]:
    """Spans of a BIO tagging ("B-CUE", "I-CUE", "O", ...); an I- after O or after
    another label starts a span."""
    spans: list[Span] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if label is not None and (kind != label or tag.startswith("B-")):
            spans.append(Span(doc, start, i, label=label))
            start, label = None, None
        if kind is not None and label is None:
            start, label = i, kind
    return spans


def _spans_score(examples, **kwargs) -> dict:
    return Scorer.score_spans(
        examples,
        "attr_spans",
        getter=lambda doc, _: doc.spans.get(SPANS_KEY, []),
        **kwargs,
    )


@spacy.registry.scorers("presswatch.attribution_spans_scorer.v1")
def make_spans_scorer():
    return _spans_score


class AttributionTagger(Tagger):
    """A tagger whose BIO labels become spans in `doc.spans[SPANS_KEY]`; the part-of-
    speech tags of the base model are left alone."""

    def set_annotations(self, docs, batch_tag_ids) -> None:
        if isinstance(docs, Doc):
            docs = [docs]
        labels = self.labels
        for doc, tag_ids in zip(docs, batch_tag_ids, strict=True):
            if hasattr(tag_ids, "get"):
                tag_ids = tag_ids.get()
            doc.spans[SPANS_KEY] = bio_spans(doc, [labels[t] for t in tag_ids])


@Language.factory(
    ATTRIBUTION_PIPE,
    default_config={
        "model": {"@architectures": "presswatch.AttributionTagger.v1"},
        "scorer": {"@scorers": "presswatch.attribution_spans_scorer.v1"},
        "label_smoothing": 0.0,
    },
    default_score_weights={
        "attr_spans_f": 1.0,
        "attr_spans_p": 0.0,
        "attr_spans_r": 0.0,
    },
)
def make_attribution_tagger(
    nlp: Language, name: str, model: Model, scorer, label_smoothing: float
) -> AttributionTagger:
    return AttributionTagger(
        nlp.vocab,
        model,
        name,
        overwrite=False,
        scorer=scorer,
        label_smoothing=label_smoothing,
    )


CUES_DIR = MODELS_DIR / "cues"
CUES_PIPE = "presswatch_cues"
CUES_WEIGHTS = "weights.json"


NER_DIR = MODELS_DIR / "ner"
SHIPPED = {"attribution": ATTRIBUTION_DIR, "ner": NER_DIR, "cues": CUES_DIR}


# The trained components loaded when $PRESSWATCH_TRAINED is not set.
DEFAULT_TRAINED = ("ner", "cues")


def _chosen() -> dict[str, Path | None]:
    """The trained components the pipeline loads: those named in $PRESSWATCH_TRAINED
    (comma-separated, e.g. "ner" or "ner,cues,attribution"; "none" for the base model
    alone), DEFAULT_TRAINED when it is not set.

    The fine-tuned NER is on by default: its place names typed PERSON ("Bosphorus")
    are retyped by the gazetteer and the one-type-per-actor vote in `actors`; so is
    the learned cue decision (it costs a few per cent of the parse). The
    attribution tagger stays opt-in: it wins on held-out train articles and on
    PolNeAR dev (see its MODEL_CARD.md), but with it the full analysis takes 1.55
    to 1.75 times the base model's own components (bench/ingest.py --cost-only, by
    the machine's load), over the 1.5 the project allows.
    """
    setting = os.environ.get("PRESSWATCH_TRAINED")
    names = DEFAULT_TRAINED if setting is None else setting.split(",")
    wanted = {w.strip().lower() for w in names} - {"", "none"}
    return {name: (path if name in wanted else None) for name, path in SHIPPED.items()}


def add_trained(
    nlp: Language, folders: dict[str, Path | None] | None = None
) -> Language:
    """Add the trained components to a PressWatch pipeline: the fine-tuned NER in place
    of the base model's, the attribution tagger after everything else. `folders`
    overrides where each is read from (None: leave it out); a component not shipped is
    left out. The weights' digests go into `nlp.meta["presswatch_trained"]`, so the
    pipeline's fingerprint changes with them."""
    chosen = {**_chosen(), **(folders or {})}
    digests: dict[str, str] = {}
    ner = chosen.get("ner")
    if ner is not None and shipped(ner):
        _replace_ner(nlp, ner)
        digests["ner"] = weights_digest(ner)
    cues = chosen.get("cues")
    if cues is not None and shipped(cues):
        nlp.add_pipe(CUES_PIPE, config={"weights": str(cues / CUES_WEIGHTS)})
        digests["cues"] = hashlib.sha256(
            (cues / CUES_WEIGHTS).read_bytes()
        ).hexdigest()[:16]
    tagger = chosen.get("attribution")
    if tagger is not None and shipped(tagger):
        nlp.add_pipe(ATTRIBUTION_PIPE, source=spacy.load(tagger))
        digests["attribution"] = weights_digest(tagger)
    nlp.meta["presswatch_trained"] = digests
    return nlp


def _replace_ner(nlp: Language, folder: Path) -> None:
    """The fine-tuned NER in place of the base model's. Built like the base's (the
    same component config), its weights, labels and moves are read into the base's
    component (0.01 s); else the component is sourced from the folder loaded as a
    pipeline of its own (0.35 s more in every process that loads the model: a
    second tokenizer and vocabulary)."""
    config = spacy.util.load_config(folder / "config.cfg", interpolate=True)
    if config["components"].get("ner") == nlp.config["components"]["ner"]:
        nlp.get_pipe("ner").from_disk(folder / "ner", exclude=["vocab"])
        return
    source = spacy.load(folder)
    after = nlp.pipe_names[nlp.pipe_names.index("ner") - 1]
    nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=source, after=after)


def weights_digest(folder: Path) -> str:
    """A hash of a model folder's files: changes whenever its weights change."""
    h = hashlib.sha256()
    for path in sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix not in (".md", ".json")
    ):
        h.update(str(path.relative_to(folder)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def shipped(folder: Path) -> bool:
    """Whether a trained component is present in `folder`."""
    return (folder / "config.cfg").is_file() or (folder / CUES_WEIGHTS).is_file()
