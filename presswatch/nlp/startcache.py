"""A per-user cache of what the pipeline derives at start-up from large JSON files
(GeoNames' cities, the cue decision's 9 MB of weights): each takes about 0.25 s of
JSON parsing a process, which every ingest, app and CLI run pays before it parses
anything. The derived value is kept as `marshal` data (plain strings, numbers, bytes;
never pickles) under `$PRESSWATCH_CACHE`, else `$XDG_CACHE_HOME/presswatch` or
`~/.cache/presswatch`, one file per entry, named by a key that changes whenever what
it was derived from changes (the source file's size and time, the deriving code's
own file, the package version). A cache that cannot be read or written is ignored:
the value is derived as without it.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def folder() -> Path:
    """Where the cache lives."""
    root = os.environ.get("PRESSWATCH_CACHE")
    if root:
        return Path(root)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "presswatch"


def file_key(*paths: Path | str) -> str | None:
    """A key that changes when any of the files changes (path, size, modification
    time): the source data and the module that derives from it; None (no caching)
    when one cannot be looked at."""
    parts = []
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            return None
        parts.append(f"{Path(path).resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(parts)


def cached(
    name: str,
    key: str | None,
    build: Callable[[], T],
    *,
    dump: Callable[[T], object] = lambda value: value,
    load: Callable[[object], T] = lambda data: data,  # type: ignore[assignment, return-value]
) -> T:
    """`build()`, or what an earlier run stored for the same `name` and `key`.
    `dump` turns the value into marshal-able data and `load` turns it back; a key
    of None builds without the cache."""
    if key is None:
        return build()
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    path = folder() / f"{name}-{digest}.marshal"
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        data = None
    if isinstance(data, tuple) and len(data) == 2 and data[0] == key:
        try:
            return load(data[1])
        except Exception:  # noqa: BLE001 - a stale or damaged entry: build anew
            pass
    value = build()
    temp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=path.name, delete=False
        ) as f:
            temp = f.name
            f.write(marshal.dumps((key, dump(value))))
        os.replace(temp, path)  # readers see the whole entry or none
    except (OSError, ValueError):
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
    return value
