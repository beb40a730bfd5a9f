"""Ingest progress: totals known before reading, and reading that reports against them."""

import json
from pathlib import Path

from presswatch import cli, ingest


def feed(tmp_path: Path, n: int = 300) -> Path:
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": f"n{i}", "title": f"Item {i}", "text": f"Storm warning {i}. " * 20}
        for i in range(n)
    ]
    path.write_text(
        "".join(json.dumps(r) + "\n" for r in rows) + "{broken\n", encoding="utf-8"
    )
    return path


def folder(tmp_path: Path) -> Path:
    root = tmp_path / "desk"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("Title: A\n\nThe mayor said so.\n", encoding="utf-8")
    (root / "sub" / "b.md").write_text("The council may vote.\n", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    (root / ".hidden.txt").write_text("never read\n", encoding="utf-8")
    return root


def test_input_size_of_a_folder_counts_the_files_read_will_open(tmp_path):
    root = folder(tmp_path)
    size = ingest.input_size([root, root / "a.txt"])  # named twice, read once
    files = [root / "a.txt", root / "sub" / "b.md", root / "notes.pdf"]
    assert size == (3, sum(f.stat().st_size for f in files), 0)


def test_input_size_of_a_feed_is_its_bytes(tmp_path):
    path = feed(tmp_path)
    assert ingest.input_size(path) == (1, path.stat().st_size, 1)
    assert ingest.input_size([tmp_path / "missing.jsonl"]) == (0, 0, 0)


def test_reading_a_feed_reports_its_bytes_as_it_goes(tmp_path):
    path = feed(tmp_path)  # about 130 kB: read in several buffers
    done = {"files": 0, "bytes": 0}
    seen_at: list[int] = []

    def on_read(files: int, nbytes: int) -> None:
        done["files"] += files
        done["bytes"] += nbytes

    records = []
    for record in ingest.read([path], on_read=on_read):
        seen_at.append(done["bytes"])
        records.append(record)
    assert records == list(ingest.read([path]))  # the same records, counted or not
    assert done == {"files": 1, "bytes": path.stat().st_size}
    assert seen_at == sorted(seen_at)
    assert 0 < seen_at[0] < path.stat().st_size / 2  # progress before the end


def test_reading_a_folder_reports_each_file_once(tmp_path):
    root = folder(tmp_path)
    calls: list[tuple[int, int]] = []
    records = list(ingest.read([root], on_read=lambda f, b: calls.append((f, b))))
    assert len(records) == 3  # two articles and the unsupported PDF
    assert sum(f for f, _ in calls) == 3
    assert sum(b for _, b in calls) == ingest.input_size([root]).bytes


def test_the_ingest_bars_have_totals_a_feed_in_bytes_a_folder_in_files(tmp_path):
    path, root = feed(tmp_path), folder(tmp_path)
    reading, parsing, in_bytes = cli._progress_bars(
        [str(path), str(root)], disable=False
    )
    assert in_bytes
    assert (reading.unit, reading.total) == ("B", ingest.input_size([path, root]).bytes)
    reading.close()
    parsing.close()
    reading, parsing, in_bytes = cli._progress_bars([str(root)], disable=False)
    assert not in_bytes
    assert (reading.unit, reading.total) == (" files", 3)
    reading.close()
    parsing.close()
