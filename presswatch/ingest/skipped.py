"""What `read` gives for a file, line or row that yields no article."""

from __future__ import annotations

from dataclasses import dataclass

from presswatch.records import Article

# Every `Skipped.reason`, so a caller can count by them.
SKIP_REASONS = (
    "not found",
    "no files match",
    "not a regular file",
    "link outside the folder",  # a symbolic link in a folder, to a file elsewhere
    "unsupported file type",
    "unreadable",
    "too large",
    "empty",
    "binary file",
    "invalid front matter",
    "invalid JSON",
    "not a JSON object",
    "invalid CSV",
    "wrong number of fields",
    "no text column",
    "no text",
    "invalid record",  # a JSON or CSV record that broke the reader (odd types)
    "analysis failed",  # set by the store update: the rules broke on this article
)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file, line or row that gave no article, and why."""

    path: str
    line: int | None
    reason: str  # one of SKIP_REASONS
    detail: str = ""

    @property
    def message(self) -> str:
        """One line for a log: 'data/x.jsonl line 7: invalid JSON (Expecting ...)'."""
        where = self.path if self.line is None else f"{self.path} line {self.line}"
        return f"{where}: {self.reason}" + (f" ({self.detail})" if self.detail else "")


Record = Article | Skipped
