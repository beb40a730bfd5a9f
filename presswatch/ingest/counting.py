"""Reading a feed with a count of its bytes, for a progress bar that knows the total."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path


def open_counted(
    path: Path, encoding: str, newline: str, on_bytes: Callable[[int], None] | None
) -> io.TextIOWrapper:
    """The file as text, as `open` gives it; `on_bytes(n)` hears of each n bytes read."""
    if on_bytes is None:
        return path.open(encoding=encoding, errors="replace", newline=newline)
    raw = CountedFile(path.open("rb", buffering=0), on_bytes)
    return io.TextIOWrapper(
        io.BufferedReader(raw), encoding=encoding, errors="replace", newline=newline
    )


class CountedFile(io.RawIOBase):
    """A binary file that reports the bytes read from it (a feed's progress)."""

    def __init__(self, raw: io.RawIOBase, on_bytes: Callable[[int], None]) -> None:
        self._raw = raw
        self._on_bytes = on_bytes

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int | None:
        n = self._raw.readinto(buffer)
        if n:
            self._on_bytes(n)
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()
