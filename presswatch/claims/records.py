"""Claims and copy groups as records (the `claims --json` and `copies --json` shapes),
read from the claims tables with SQL only."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pandas as pd

from presswatch.store import Store


def _str(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)


def _iso(value: object) -> str | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date().isoformat()


def _members(store: Store, table: str) -> pd.DataFrame:
    return store.query(
        f"""SELECT c.claim, c.article_id, s.start, s."end", a.outlet, a.published,
                  s.source, s.source_kind, s.attribution, s.relay,
                  s.relay_state_affiliated,
                  substr(a.text, s.start + 1, s."end" - s.start) AS text
           FROM {table} c
           JOIN claim_sentences s ON s.article_id = c.article_id AND s.sent = c.sent
           JOIN articles a ON a.id = c.article_id
           ORDER BY c.claim, a.published NULLS LAST, c.article_id, s.start"""
    )


def records(store: Store, min_articles: int = 2) -> list[dict]:
    """Claims in at least `min_articles` articles, most articles first, then earliest."""
    members = _members(store, "claims")
    denials = _members(store, "claim_denials")
    direct = _directly_cited(store)
    denials_of: dict[str, list[dict]] = defaultdict(list)
    for row in denials.itertuples(index=False):
        denials_of[row.claim].append(
            {
                "article_id": row.article_id,
                "start": int(row.start),
                "end": int(row.end),
                "outlet": row.outlet,
                "published": _iso(row.published),
                "text": row.text,
            }
        )
    out = []
    for claim, group in members.groupby("claim", sort=False):
        if group.article_id.nunique() < min_articles:
            continue
        first = group.iloc[0]
        origins: dict[str, dict] = {}
        for row in group.itertuples(index=False):
            if row.attribution not in ("named", "relayed") or _str(row.source) is None:
                continue
            o = origins.setdefault(
                row.source,
                {
                    "source": row.source,
                    "source_kind": row.source_kind,
                    "cited_directly_in_claim": False,
                    "cited_directly_anywhere": row.source.casefold() in direct,
                    "relays": [],
                },
            )
            if row.attribution == "named":
                o["cited_directly_in_claim"] = True
            elif _str(row.relay) and row.relay not in [r["name"] for r in o["relays"]]:
                o["relays"].append(
                    {
                        "name": row.relay,
                        "state_affiliated": bool(row.relay_state_affiliated),
                    }
                )
        out.append(
            {
                "id": claim,
                "text": first.text,
                "articles": int(group.article_id.nunique()),
                "outlets": int(group.outlet.nunique()),
                "first_seen": {
                    "article_id": first.article_id,
                    "outlet": first.outlet,
                    "published": _iso(first.published),
                },
                "members": [
                    {
                        "article_id": r.article_id,
                        "start": int(r.start),
                        "end": int(r.end),
                        "outlet": r.outlet,
                        "published": _iso(r.published),
                        "source": _str(r.source),
                        "source_kind": _str(r.source_kind),
                        "attribution": r.attribution,
                    }
                    for r in group.itertuples(index=False)
                ],
                "origins": list(origins.values()),
                "denials": denials_of.get(claim, []),
            }
        )
    out.sort(key=lambda c: (-c["articles"], c["first_seen"]["published"] or "9999"))
    return out


def _directly_cited(store: Store) -> set[str]:
    """Sources (casefolded actor or text) cited somewhere with no relay in between."""
    rows = store.rows(
        """SELECT DISTINCT lower(coalesce(actor, trim(source_text))) FROM attributions
           WHERE cited_by IS NULL AND coalesce(actor, source_text) IS NOT NULL
             AND source_kind NOT IN ('unnamed', 'none')"""
    )
    return {r[0] for r in rows}


def _age(published: date | None, article_id: str, stored: bool = True) -> tuple:
    """Sort key: stored articles by earliest publication (undated last), then id."""
    return (not stored, published is None, published or date.min, article_id)


def copy_groups(store: Store) -> list[dict]:
    """Every copy group: {"original": id, "articles": [ids, the original first, then
    by publication]}, groups in order of their original's publication. Exact duplicates
    (stored once, recorded in `duplicates`) are copies of the article kept."""
    original_of = dict(store.rows("SELECT article_id, original FROM copies"))
    published = dict(store.rows("SELECT id, published FROM articles"))
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, original in original_of.items():
        members[original].append(article_id)
    for kept, copy_id in store.rows(
        "SELECT article_id, id FROM duplicates ORDER BY id"
    ):
        original = original_of.get(kept, kept)
        if kept not in members[original]:
            members[original].append(kept)
        members[original].append(copy_id)  # not stored: no date, after the stored

    def age(article_id: str) -> tuple:
        return _age(published.get(article_id), article_id, article_id in published)

    out = [
        {"original": original, "articles": sorted(dict.fromkeys(ids), key=age)}
        for original, ids in members.items()
    ]
    return sorted(out, key=lambda g: age(g["original"]))
