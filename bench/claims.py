"""Claims and copies: pairwise precision / recall / F1 on invented gold corpora, and
their cost against parsing on the news corpus.

    python bench/claims.py                       # score every corpus in tests/data/claims
    python bench/claims.py --corpus DIR          # score one folder (articles.jsonl + gold.json)
    python bench/claims.py --cost --n 3000       # time claims+copies vs parse (news_corpus)

Scoring. Copies: pairs of article ids in one predicted group against pairs in one gold
group. Claims: pairs of member sentences (article id, sentence start) in one predicted
claim against pairs in one gold claim (a sentence of a gold copy group's article is its
group's first article with the sentence's words, so a claim may show any copy); gold claims list every claim of the corpus, so
any other predicted pair is a false positive. Denials: (claim, sentence) links.
Attribution: the share of gold members whose predicted attribution matches.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from presswatch import claims  # noqa: E402
from presswatch.claims import claims as claims_module  # noqa: E402
from presswatch.nlp import pipeline  # noqa: E402
from presswatch.store import Store, sync  # noqa: E402

GOLD = ROOT / "tests/data/claims"
# dev corpora (the rules are tuned on them), then the held-out ones (never tuned on)
GOLD_DIRS = [
    GOLD,
    GOLD / "paraphrase_dev",
    GOLD / "paraphrase_dev2",
    GOLD / "heldout",
    GOLD / "paraphrase_heldout",
    GOLD / "paraphrase_heldout2",
    GOLD / "paraphrase_heldout3",
    GOLD / "paraphrase_heldout4",
    GOLD / "paraphrase_heldout5",
    GOLD / "paraphrase_heldout6",
    GOLD / "paraphrase_heldout7",
    GOLD / "paraphrase_heldout8",
    GOLD / "paraphrase_heldout9",
    GOLD / "paraphrase_heldout10",
    GOLD / "paraphrase_heldout11",
    GOLD / "paraphrase_heldout12",
    GOLD / "paraphrase_heldout13",
    GOLD / "paraphrase_heldout14",
    GOLD / "paraphrase_heldout15",
    GOLD / "paraphrase_heldout16",
    GOLD / "paraphrase_heldout17",
    GOLD / "paraphrase_heldout18",
    GOLD / "paraphrase_heldout19",
    GOLD / "paraphrase_heldout20",
    GOLD / "paraphrase_heldout21",
    GOLD / "precision",
]


def prf(predicted: set, gold: set) -> tuple[float, float, float]:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# "REYKJAVIK - ", "MERROW - - " (a doubled dash is one)
_BARE_DATELINE = re.compile(r"^[A-Z][A-Z .'’]+\s(?:[-–—]\s+)+")


def _pairs(groups: list[list]) -> set[frozenset]:
    return {frozenset(p) for g in groups for p in itertools.combinations(set(g), 2)}


def sentence_at(store: Store, article_id: str, needle: str) -> tuple[str, int]:
    """(article id, start) of the stored sentence containing `needle`."""
    rows = store.rows(
        "SELECT start, text FROM sentences WHERE article_id = ? ORDER BY sent",
        [article_id],
    )
    for start, text in rows:
        if needle in text:
            return article_id, start
    raise ValueError(f"{article_id}: no sentence contains {needle!r}")


def score(corpus: Path, nlp: object) -> dict[str, float]:
    """Pairwise scores of claims, copies and denials on one gold corpus folder."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.duckdb") as store:
        sync.update([corpus / "articles.jsonl"], store, nlp)
        predicted = claims.claim_records(store)
        gold_claims = [
            [sentence_at(store, a, n) for a, n in c["members"]] for c in gold["claims"]
        ]
        # a copy's sentence stands for its original's: whichever article of a gold
        # copy group a claim shows (the earliest, ties by id), it is one appearance
        first_of = {a: g[0] for g in gold["copies"] for a in g}
        text_at = {
            (a, start): _BARE_DATELINE.sub("", claims_module.without_dateline(text))
            for a, start, text in store.rows(
                "SELECT article_id, start, text FROM sentences"
            )
        }

        def one(member: tuple[str, int]) -> tuple:
            if member[0] not in first_of:
                return member
            return first_of[member[0]], text_at.get(member)

        claim_p = prf(
            _pairs(
                [
                    [one((m["article_id"], m["start"])) for m in c["members"]]
                    for c in predicted
                ]
            ),
            _pairs([[one(m) for m in c] for c in gold_claims]),
        )
        copy_p = prf(
            _pairs([g["articles"] for g in claims.copy_groups(store)]),
            _pairs(gold["copies"]),
        )
        # denials and attributions, matched through the claim holding the gold members
        denials_pred, denials_gold, right, total = set(), set(), 0, 0
        for c, members in zip(gold["claims"], gold_claims, strict=True):
            denials_gold |= {
                (members[0], sentence_at(store, a, n)) for a, n in c.get("denials", [])
            }
            match = next(
                (
                    p
                    for p in predicted
                    if members[0]
                    in {(m["article_id"], m["start"]) for m in p["members"]}
                ),
                None,
            )
            if match:
                denials_pred |= {
                    (members[0], (d["article_id"], d["start"]))
                    for d in match["denials"]
                }
            for member, want in zip(members, c.get("attributions", []), strict=False):
                total += 1
                got = {
                    (m["article_id"], m["start"]): m["attribution"]
                    for m in (match or {"members": []})["members"]
                }
                right += got.get(member) == want
        # denials predicted for claims that are not gold claims are false positives
        for p in predicted:
            for d in p["denials"]:
                key = (p["members"][0]["article_id"], p["members"][0]["start"])
                if not any(key in members for members in gold_claims):
                    denials_pred.add((key, (d["article_id"], d["start"])))
        denial_p = prf(denials_pred, denials_gold)
    return {
        "claims_p": claim_p[0], "claims_r": claim_p[1], "claims_f1": claim_p[2],
        "copies_p": copy_p[0], "copies_r": copy_p[1], "copies_f1": copy_p[2],
        "denials_p": denial_p[0], "denials_r": denial_p[1], "denials_f1": denial_p[2],
        "attribution_acc": right / total if total else 1.0,
    }  # fmt: skip


def cost(n: int, corpus: Path, nlp: object) -> None:
    """Parse vs claims+copies on the first n news_corpus articles, in CPU seconds of
    this process (fair on a shared machine; DuckDB's threads count in full)."""
    from presswatch import ingest
    from presswatch.nlp import analyse

    with (
        gzip.open(corpus, "rt", encoding="utf-8") as f,
        tempfile.TemporaryDirectory() as tmp,
    ):
        path = Path(tmp) / "news.jsonl"
        path.write_text("".join(itertools.islice(f, n)), encoding="utf-8")
        articles = [a for a in ingest.read([path]) if not isinstance(a, ingest.Skipped)]
        store = Store(Path(tmp) / "s.duckdb")
        parse_s = features_s = index_s = 0.0
        fp = pipeline.fingerprint(nlp)
        for start in range(0, len(articles), 200):
            batch = articles[start : start + 200]
            t = time.process_time()
            docs = list(pipeline.parse(nlp, (a.text for a in batch)))
            analyses = [analyse(d) for d in docs]
            parse_s += time.process_time() - t
            t = time.process_time()
            found = [claims.features(d, a) for d, a in zip(docs, analyses, strict=True)]
            features_s += time.process_time() - t
            store.write(batch, analyses, fp)
            t = time.process_time()
            claims.index_batch(store, batch, found)
            index_s += time.process_time() - t
            print(
                f"  {start + len(batch)} articles: parse {parse_s:.1f} s, features "
                f"{features_s:.1f} s, index {index_s:.1f} s",
                file=sys.stderr,
                flush=True,
            )
        t = time.process_time()
        claims.refresh(store)
        refresh_s = time.process_time() - t
        n_claims = len(claims.claim_records(store))
        n_groups = len(claims.copy_groups(store))
        store.close()
    total = features_s + index_s + refresh_s
    print(
        f"articles={len(articles)} parse_s={parse_s:.1f} features_s={features_s:.1f} "
        f"index_s={index_s:.1f} refresh_s={refresh_s:.1f} "
        f"claims_share_of_parse={total / parse_s:.3f} claims={n_claims} copy_groups={n_groups}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, action="append", help="gold corpus folder"
    )
    parser.add_argument("--cost", action="store_true", help="time against parsing")
    parser.add_argument("--n", type=int, default=3000, help="news_corpus articles")
    args = parser.parse_args()
    nlp = pipeline.load()
    if args.cost:
        from presswatch.evaluation import DEFAULT_EVAL_DIR

        cost(args.n, DEFAULT_EVAL_DIR / "news_corpus" / "articles.jsonl.gz", nlp)
        return
    for corpus in args.corpus or GOLD_DIRS:
        s = score(corpus, nlp)
        print(corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus)
        print("  " + " ".join(f"{k}={v:.3f}" for k, v in s.items()))


if __name__ == "__main__":
    main()
