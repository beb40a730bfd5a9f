"""The claims views: which claims spread most under the filters, and each one's
appearances, spread over time, origins and denials.

A claim counts the filtered articles it appears in (copies counted once: a claim holds
one sentence per copy group). Every frame carries article ids and sentence offsets, so
each number leads back to its sentences. A store ingested before claims existed has no
claims tables: every function then returns an empty frame.
"""

from __future__ import annotations

import pandas as pd

from presswatch.claims import ATTRIBUTIONS, indexed
from presswatch.claims.claims import without_dateline
from presswatch.query import base
from presswatch.records import Filters
from presswatch.store import Store

CLAIM_COLUMNS = [
    "claim", "text", "articles", "outlets", "first_published", "first_outlet",
    "first_article", "last_published", *ATTRIBUTIONS, "denials",
]  # fmt: skip
APPEARANCE_COLUMNS = [
    "claim", "article_id", "title", "outlet", "published", "start", "end", "text",
    "attribution", "source", "source_kind", "relay", "relay_state_affiliated",
]  # fmt: skip


def _filtered(filters: Filters) -> tuple[str, list[object]]:
    where, params = base.article_where(filters, "a")
    return f"fa AS (SELECT a.id FROM articles a WHERE {where})", params


def top_claims(
    store: Store, filters: Filters, *, n: int = 20, min_articles: int = 2
) -> pd.DataFrame:
    """The claims that spread most among the filtered articles, through the most
    outlets first, then the most articles (a line one outlet repeats in many of its
    own stories, boilerplate, ranks below a claim several outlets carry): text (first
    appearance), articles, outlets, first and last date, appearances per attribution,
    later denials."""
    if not indexed(store):
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    cte, params = _filtered(filters)
    counts = ", ".join(
        f"count(*) FILTER (WHERE m.attribution = '{a}') AS {a}" for a in ATTRIBUTIONS
    )
    top = store.query(
        f"""WITH {cte},
        m AS (SELECT c.claim, c.article_id, a.outlet, a.published, s.attribution,
                     substr(a.text, s.start + 1, s."end" - s.start) AS text,
                     row_number() OVER (PARTITION BY c.claim
                         ORDER BY a.published NULLS LAST, c.article_id) AS nth
              FROM claims c JOIN fa ON fa.id = c.article_id
              JOIN articles a ON a.id = c.article_id
              JOIN claim_sentences s ON s.article_id = c.article_id AND s.sent = c.sent)
        SELECT m.claim, any_value(m.text) FILTER (WHERE nth = 1) AS text,
               count(DISTINCT m.article_id) AS articles,
               count(DISTINCT m.outlet) AS outlets,
               min(m.published) AS first_published,
               any_value(m.outlet) FILTER (WHERE nth = 1) AS first_outlet,
               any_value(m.article_id) FILTER (WHERE nth = 1) AS first_article,
               max(m.published) AS last_published, {counts},
               (SELECT count(*) FROM claim_denials d WHERE d.claim = m.claim) AS denials
        FROM m GROUP BY m.claim
        HAVING count(DISTINCT m.article_id) >= ?
        ORDER BY outlets DESC, articles DESC, first_published, m.claim
        LIMIT ?""",
        [*params, min_articles, n],
    )[CLAIM_COLUMNS]
    return top.assign(text=top.text.map(without_dateline))


def appearances(store: Store, filters: Filters, *, claim: str) -> pd.DataFrame:
    """Every appearance of a claim (in the filtered articles), in order of
    publication: outlet, date, sentence and offsets, attribution, source, relay."""
    if not indexed(store):
        return pd.DataFrame(columns=APPEARANCE_COLUMNS)
    cte, params = _filtered(filters)
    return store.query(
        f"""WITH {cte}
        SELECT c.claim, c.article_id, a.title, a.outlet, a.published, s.start, s."end",
               substr(a.text, s.start + 1, s."end" - s.start) AS text,
               s.attribution, s.source, s.source_kind, s.relay,
               s.relay_state_affiliated
        FROM claims c JOIN fa ON fa.id = c.article_id
        JOIN articles a ON a.id = c.article_id
        JOIN claim_sentences s ON s.article_id = c.article_id AND s.sent = c.sent
        WHERE c.claim = ?
        ORDER BY a.published NULLS LAST, c.article_id""",
        [*params, claim],
    )[APPEARANCE_COLUMNS]


def denials(store: Store, filters: Filters, *, claim: str) -> pd.DataFrame:
    """The later sentences that deny or negate a claim (whatever the filters: a
    denial outside the selection is still a denial)."""
    del filters
    if not indexed(store):
        return pd.DataFrame(columns=APPEARANCE_COLUMNS)
    return store.query(
        """SELECT d.claim, d.article_id, a.title, a.outlet, a.published, s.start, s."end",
                  substr(a.text, s.start + 1, s."end" - s.start) AS text,
                  s.attribution, s.source, s.source_kind, s.relay,
                  s.relay_state_affiliated
           FROM claim_denials d JOIN articles a ON a.id = d.article_id
           JOIN claim_sentences s ON s.article_id = d.article_id AND s.sent = d.sent
           WHERE d.claim = ? ORDER BY a.published NULLS LAST, d.article_id""",
        [claim],
    )[APPEARANCE_COLUMNS]


def spread(store: Store, filters: Filters, *, claim: str) -> pd.DataFrame:
    """Cumulative articles and outlets of a claim by day (filtered appearances)."""
    return spread_of(appearances(store, filters, claim=claim))


def spread_of(appearing: pd.DataFrame) -> pd.DataFrame:
    """Cumulative articles and outlets by day, from a claim's appearances."""
    dated = appearing.dropna(subset=["published"]).sort_values(
        ["published", "article_id"]
    )
    if dated.empty:
        return pd.DataFrame(columns=["published", "articles", "outlets"])
    seen: set[str] = set()
    rows = []
    for day, group in dated.groupby("published", sort=True):
        seen |= set(group.outlet)
        rows.append({"published": day, "new": len(group), "outlets": len(seen)})
    out = pd.DataFrame(rows)
    out["articles"] = out.new.cumsum()
    return out[["published", "articles", "outlets"]]


def origins(store: Store, filters: Filters, *, claim: str) -> pd.DataFrame:
    """The claimed origins (named or relayed sources) of a claim's appearances: how
    often each is named directly or relayed, through whom, whether a relay is
    state-affiliated, and whether the origin is cited directly anywhere in the store."""
    cols = ["origin", "source_kind", "named", "relayed", "relays", "state_affiliated_relay",
            "cited_directly_anywhere"]  # fmt: skip
    appearing = appearances(store, filters, claim=claim)
    claimed = appearing[appearing.attribution.isin(["named", "relayed"])].dropna(
        subset=["source"]
    )
    if claimed.empty:
        return pd.DataFrame(columns=cols)
    direct = {
        r[0]
        for r in store.rows(
            """SELECT DISTINCT lower(coalesce(actor, trim(source_text))) FROM attributions
               WHERE cited_by IS NULL AND source_kind NOT IN ('unnamed', 'none')"""
        )
    }
    rows = []
    for origin, group in claimed.groupby("source", sort=False):
        relays = sorted({r for r in group.relay.dropna() if r})
        state = sorted(
            {
                r
                for r, s in zip(group.relay, group.relay_state_affiliated, strict=True)
                if r and s
            }
        )
        rows.append(
            {
                "origin": origin,
                "source_kind": group.source_kind.iloc[0],
                "named": int((group.attribution == "named").sum()),
                "relayed": int((group.attribution == "relayed").sum()),
                "relays": ", ".join(relays),
                "state_affiliated_relay": ", ".join(state),
                "cited_directly_anywhere": origin.casefold() in direct,
            }
        )
    return pd.DataFrame(rows, columns=cols)


def article_copies(store: Store, filters: Filters, *, article_id: str) -> pd.DataFrame:
    """The other articles of an article's copy group (whatever the filters): id,
    title, outlet, date, and whether it is the group's original."""
    del filters
    cols = ["article_id", "title", "outlet", "published", "original"]
    if not indexed(store):
        return pd.DataFrame(columns=cols)
    return store.query(
        """SELECT a.id AS article_id, a.title, a.outlet, a.published,
                  a.id = c.original AS original
           FROM copies c JOIN articles a ON a.id = c.article_id
           WHERE c.original = (SELECT original FROM copies WHERE article_id = ?)
             AND c.article_id <> ?
           ORDER BY a.published NULLS LAST, a.id""",
        [article_id, article_id],
    )[cols]
