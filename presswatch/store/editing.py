"""Editing the rule data files a user may change (the alias table and the media list).

A file is read for editing as text columns exactly as written and saved back so that
it reads the same: any text round-trips ("#", quotes, commas, line breaks, right-to-left
text, emoji); comment lines stay where they were, before the row they preceded (before
the next kept row when that row was deleted; comments after the last row stay last);
a save writes a temporary file in the same folder and renames it over the old one, so
a reader, or another save at the same moment, never sees half a file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pandas as pd

from presswatch.nlp import rules
from presswatch.records import ACTOR_TYPES
from presswatch.store import Store, sync

# The editable data files and the columns in each that must never be empty.
REQUIRED = {"aliases.csv": ("alias", "canonical"), "media_outlets.csv": ("name",)}


def source_path(name: str, directory: Path | None = None) -> Path:
    """The file an editable table is read from: in `directory` when given, else the
    rule file in use (see `rules.rule_path`)."""
    return directory / name if directory is not None else rules.rule_path(name)


def target_path(name: str, directory: Path | None = None) -> Path:
    """The file an edited table is saved to: in `directory`, else in `rules.data_dir()`."""
    return (directory if directory is not None else rules.data_dir()) / name


def read_table(name: str, directory: Path | None = None) -> pd.DataFrame:
    """An editable data file as text columns, every cell exactly as written."""
    path = source_path(name, directory)
    if not path.exists():
        return pd.DataFrame(columns=list(REQUIRED.get(name, ())), dtype=str)
    table = rules.read_table(rules.read(path))
    width = len(table.columns)
    rows = [row + [""] * (width - len(row)) for row in table.rows]
    return pd.DataFrame(rows, columns=table.columns, dtype=str)


def problems(name: str, table: pd.DataFrame) -> list[str]:
    """What is wrong with an edited data file; empty when it can be saved."""
    found: list[str] = []
    for column in REQUIRED.get(name, ()):
        if column not in table.columns:
            found.append(f"the column '{column}' is missing")
            continue
        values = table[column].fillna("").astype(str).str.strip()
        for i in values.index[values == ""]:
            found.append(f"row {int(i) + 1}: '{column}' is empty")
    if name == "aliases.csv" and not found:
        found += _alias_conflicts(table)
    return found


def _alias_conflicts(table: pd.DataFrame) -> list[str]:
    """Aliases (matched ignoring case) that name two different actors, and bad types."""
    found: list[str] = []
    keys = table["alias"].astype(str).str.strip().str.casefold()
    canonicals = table["canonical"].astype(str).str.strip()
    for alias, group in canonicals.groupby(keys):
        if group.nunique() > 1:
            names = ", ".join(sorted(set(group)))
            found.append(f"the alias '{alias}' names different actors: {names}")
    if "type" in table.columns:
        allowed = {*ACTOR_TYPES, "CAPITAL", ""}
        types = table["type"].fillna("").astype(str).str.strip().str.upper()
        for i in types.index[~types.isin(allowed)]:
            found.append(
                f"row {int(i) + 1}: type '{table['type'][i]}' is not one of "
                f"{', '.join(ACTOR_TYPES)} or capital"
            )
    return found


def save_table(name: str, table: pd.DataFrame, directory: Path | None = None) -> Path:
    """Write an edited data file atomically (rows of blank cells dropped, every other
    cell as given), keeping the file's comment lines at their places."""
    if name not in REQUIRED:
        raise ValueError(f"{name} is not an editable data file")
    cells = table.astype(object).where(table.notna(), "").astype(str)
    cells = cells[cells.apply(lambda col: col.str.strip() != "").any(axis=1)]
    found = problems(name, cells)
    if found:
        raise ValueError("; ".join(found))
    before = source_path(name, directory)
    out = rules.Table(
        columns=[str(c) for c in cells.columns],
        rows=cells.to_numpy().tolist(),
        comments=_comments_for(before, cells.index) if before.exists() else [],
    )
    path = target_path(name, directory)
    write_atomically(path, rules.format_table(out))
    rules.forget()
    return path


def _comments_for(path: Path, labels: pd.Index) -> list[tuple[int, str]]:
    """The comments of the file at `path`, placed among the rows of an edited table
    whose index labels are the row numbers of the file it was read from (new rows
    have other labels)."""
    old = rules.read_table(rules.read(path))
    pending = sorted(old.comments, key=lambda c: c[0])
    placed = [c for c in pending if c[0] < 0]  # before the column line
    pending = pending[len(placed) :]
    for position, label in enumerate(labels):
        if pd.api.types.is_integer(label) and 0 <= label < len(old.rows):
            while pending and pending[0][0] <= label:
                placed.append((position, pending.pop(0)[1]))
    placed += [(len(labels), text) for _, text in pending]
    return placed


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` in one step: a unique temporary file in the same
    folder, flushed to disk, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_aliases(
    table: pd.DataFrame, store: Store, directory: Path | None = None
) -> Path:
    """Save the alias table and re-canonicalise the stored mentions (no re-parse)."""
    path = save_table("aliases.csv", table, directory)
    sync.recanonicalise(store, path)
    store.set_meta("canonical_fingerprint", sync.canonical_fingerprint())
    return path
