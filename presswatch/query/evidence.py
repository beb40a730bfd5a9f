"""The one evidence builder: the sentences behind a chart element or a briefing change."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd

from presswatch.query import base
from presswatch.records import BOOSTER, Filters
from presswatch.store import Store
from presswatch.vocab import OTHER, UNATTRIBUTED

COLUMNS = (
    "article_id", "title", "outlet", "published", "sent", "sentence",
    "source", "cue", "hedge", "total",
)  # fmt: skip

# What made a sentence count, each in its own column: its sources (as the charts name
# them), their attribution cues ("said", "according to"), its hedges (boosters marked).
_COUNTED = f"""(SELECT string_agg(DISTINCT {base.source_label("t")}, '; ')
               FROM attributions t WHERE t.article_id = s.article_id AND t.sent = s.sent)
               AS source,
           (SELECT string_agg(DISTINCT trim(t.cue_text), '; ')
               FROM attributions t WHERE t.article_id = s.article_id AND t.sent = s.sent
               AND trim(t.cue_text) <> '') AS cue,
           (SELECT string_agg(DISTINCT trim(h.text)
                   || CASE WHEN h.category = '{BOOSTER}' THEN ' (booster)' ELSE '' END, '; ')
               FROM hedges h WHERE h.article_id = s.article_id AND h.sent = s.sent) AS hedge"""


def sentences(
    store: Store,
    filters: Filters,
    *,
    actor: str | None = None,
    actor_b: str | None = None,
    actor_type: str | None = None,
    outlet: str | None = None,
    period: str | date | None = None,
    freq: str = "week",
    source: str | None = None,
    source_kind: str | Sequence[str] | None = None,
    source_actor: str | None = None,
    relay: str | None = None,
    origin: str | None = None,
    through: str | None = None,
    verb: str | None = None,
    cue: str | None = None,
    category: str | None = None,
    hedged: bool | None = None,
    claim: str | None = None,
    attribution: str | None = None,
    article_id: str | None = None,
    start: int | None = None,
    oldest_first: bool = False,
    limit: int = 200,
) -> pd.DataFrame:
    """The sentences behind a chart element or a briefing change, newest first (or
    oldest first): every given condition must hold in the sentence (`outlet` and
    `period` on its article). With no sentence-level
    condition, each matching article's first sentence stands for the article.

    `source_kind` "unattributed" means sentences with no attribution, several kinds
    any of them; `source_actor` is a source's canonical actor; `relay`/`origin`
    are source labels as in `attribution_chains` (origin "(direct)" means not relayed);
    `through` keeps claims whose source or relaying source contains that text (as
    `attribution_chains(through=...)` finds them);
    `category` "booster" selects boosters, any other category or `cue` hedges;
    `claim` keeps a claim's appearances (`attribution`: those so attributed, see
    presswatch.claims), `article_id` and `start` one sentence (by its offset).

    Columns: article_id, title, outlet, published, sent, sentence, source, cue and
    hedge (what counted in the sentence: its sources, attribution cues and hedges,
    "; "-joined, NULL if none), total (all matches).
    """
    cte, params = base.filtered_articles(filters)
    conds: list[str] = []
    args: list[object] = []
    sentence_level = False

    def mention(name: str | None, kind: str | None = None) -> None:
        nonlocal sentence_level
        clause = "m.actor = ?" if name else "TRUE"
        if kind:
            clause += " AND m.type = ?"
        conds.append(
            "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = s.article_id "
            f"AND m.sent = s.sent AND {clause})"
        )
        args.extend([v for v in (name, kind) if v])
        sentence_level = True

    if actor or actor_type:
        mention(actor, actor_type)
    if actor_b:
        mention(actor_b)
    if outlet and outlet != OTHER:
        conds.append("fa.outlet = ?")
        args.append(outlet)
    if period is not None:
        conds.append(f"{base.period(freq)} = CAST(? AS DATE)")
        args.append(str(period)[:10])
    att = "EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = s.article_id AND t.sent = s.sent AND {})"
    if source_kind == UNATTRIBUTED:
        conds.append(
            "NOT EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = s.article_id "
            "AND t.sent = s.sent)"
        )
        sentence_level = True
    elif source_kind or source or source_actor or verb:
        parts, part_args = [], []
        if isinstance(source_kind, str):
            parts.append("t.source_kind = ?")
            part_args.append(source_kind)
        elif source_kind:
            parts.append("t.source_kind IN (SELECT unnest(?))")
            part_args.append(list(source_kind))
        if source_actor:
            parts.append("t.actor = ?")
            part_args.append(source_actor)
        if source:
            parts.append(f"{base.source_label('t')} = ?")
            part_args.append(source)
        if verb:
            parts.append("lower(t.verb) = ?")
            part_args.append(verb.lower())
        conds.append(att.format(" AND ".join(parts)))
        args.extend(part_args)
        sentence_level = True
    if relay or origin:
        if origin == "(direct)":
            conds.append(
                att.format(
                    f"{base.source_label('t')} = ? AND t.cited_by IS NULL AND NOT EXISTS ("
                    "SELECT 1 FROM attributions x WHERE x.article_id = t.article_id "
                    "AND x.cited_by = t.id)"
                )
            )
            args.append(relay)
        else:
            parts = ["t.cited_by IS NOT NULL"]
            part_args = []
            if origin:
                parts.append(f"{base.source_label('t')} = ?")
                part_args.append(origin)
            if relay:
                parts.append(
                    "EXISTS (SELECT 1 FROM attributions r WHERE r.article_id = t.article_id"
                    f" AND r.id = t.cited_by AND {base.source_label('r')} = ?)"
                )
                part_args.append(relay)
            conds.append(att.format(" AND ".join(parts)))
            args.extend(part_args)
        sentence_level = True
    if through and through.strip():
        conds.append(
            att.format(
                f"({base.contains(base.source_label('t'))} OR EXISTS (SELECT 1 FROM "
                "attributions r WHERE r.article_id = t.article_id AND r.id = t.cited_by "
                f"AND {base.contains(base.source_label('r'))}))"
            )
        )
        args += [base.like(through)] * 2
        sentence_level = True
    if cue or category:
        parts = []
        if cue:
            parts.append("lower(trim(h.text)) = ?")
            args.append(cue.lower().strip())
        if category:
            parts.append("h.category = ?")
            args.append(category)
        else:
            parts.append(f"h.category <> '{BOOSTER}'")
        conds.append(
            "EXISTS (SELECT 1 FROM hedges h WHERE h.article_id = s.article_id "
            f"AND h.sent = s.sent AND {' AND '.join(parts)})"
        )
        sentence_level = True
    if hedged is not None:
        conds.append(
            ("" if hedged else "NOT ")
            + "EXISTS (SELECT 1 FROM hedges h WHERE h.article_id = s.article_id "
            f"AND h.sent = s.sent AND h.category <> '{BOOSTER}')"
        )
        sentence_level = True
    if claim:
        conds.append(
            "EXISTS (SELECT 1 FROM claims c JOIN claim_sentences cs ON "
            "cs.article_id = c.article_id AND cs.sent = c.sent WHERE c.claim = ? "
            "AND c.article_id = s.article_id AND c.sent = s.sent"
            + (" AND cs.attribution = ?)" if attribution else ")")
        )
        args += [claim, attribution] if attribution else [claim]
        sentence_level = True
    if article_id is not None:
        conds.append("s.article_id = ?")
        args.append(article_id)
        if start is not None:
            conds.append("s.start = ?")
            args.append(int(start))
        sentence_level = True
    if not sentence_level:
        conds.append(
            "s.sent = (SELECT min(f.sent) FROM sentences f WHERE f.article_id = s.article_id)"
        )
    where = " AND ".join(conds) or "TRUE"
    order = (
        "a.published NULLS LAST, a.outlet, a.title, s.sent, s.article_id"
        if oldest_first
        else "a.published DESC NULLS LAST, s.article_id, s.sent"
    )
    # Two steps on one snapshot: the matches are found, counted and ordered on their
    # keys; only the page shown reads its texts and what counted in it (on a large
    # store most matches are never shown, and their texts are most of the bytes).
    with store.snapshot():
        page = base.run(
            store,
            f"""WITH {cte}
            SELECT s.article_id, s.sent, count(*) OVER () AS total
            FROM sentences s JOIN fa ON s.article_id = fa.id
            JOIN articles a ON a.id = fa.id
            WHERE {where}
            ORDER BY {order} LIMIT ?""",
            [*params, *args, limit],
        )
        if page.empty:
            return pd.DataFrame(columns=list(COLUMNS))
        ids = sorted(set(page.article_id))
        keys = list(zip(page.article_id, page.sent.astype(int), strict=True))
        holes = ", ".join(["?"] * len(ids))  # a literal list: filtered in the scans
        shown = base.run(
            store,
            f"""WITH s AS (SELECT * FROM sentences WHERE article_id IN ({holes})
                           AND article_id || ':' || sent IN (SELECT unnest(?)))
            SELECT s.article_id, a.title, a.outlet, a.published, s.sent,
                   s.text AS sentence, {_COUNTED}
            FROM s JOIN articles a ON a.id = s.article_id
            WHERE a.id IN ({holes})""",
            [*ids, [f"{k}:{n}" for k, n in keys], *ids],
        )
    out = page.merge(shown, on=["article_id", "sent"], how="left")
    return out[list(COLUMNS)]
