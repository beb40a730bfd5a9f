"""The shared filters of every view, and the SQL that applies them to the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the collection to. Empty means no restriction."""

    start: date | None = None
    end: date | None = None
    outlets: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    source_kinds: tuple[str, ...] = ()
    search: str = ""

    def article_where(self, alias: str = "a") -> tuple[str, list[object]]:
        """SQL condition on the articles table (aliased `alias`) and its parameters.

        Actor and source-kind filters keep articles that mention one of the actors /
        cite one of the source kinds; the search matches title or text, case-insensitive.
        """
        clauses: list[str] = ["TRUE"]
        params: list[object] = []
        if self.start:
            clauses.append(f"{alias}.published >= ?")
            params.append(self.start)
        if self.end:
            clauses.append(f"{alias}.published <= ?")
            params.append(self.end)
        if self.outlets:
            clauses.append(f"{alias}.outlet IN (SELECT unnest(?))")
            params.append(list(self.outlets))
        if self.actors:
            clauses.append(
                f"{alias}.id IN (SELECT article_id FROM mentions WHERE actor IN (SELECT unnest(?)))"
            )
            params.append(list(self.actors))
        if self.source_kinds:
            clauses.append(
                f"{alias}.id IN (SELECT article_id FROM attributions "
                "WHERE source_kind IN (SELECT unnest(?)))"
            )
            params.append(list(self.source_kinds))
        if self.search.strip():
            clauses.append(
                f"({alias}.title ILIKE ? ESCAPE '\\' OR {alias}.text ILIKE ? ESCAPE '\\')"
            )
            pattern = (
                "%" + self.search.strip().replace("%", r"\%").replace("_", r"\_") + "%"
            )
            params += [pattern, pattern]
        return " AND ".join(clauses), params
