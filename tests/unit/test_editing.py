"""The data-file editors round-trip any text exactly, keep comments and save atomically."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presswatch import DATA_DIR
from presswatch.nlp import actors, attribution, rules
from presswatch.store import editing

# Invented names, each a way a naive CSV reader or writer loses text.
HOSTILE = [
    "#MeToo",
    "Channel #4 News",
    "#",
    '"Quoted" Outlet',
    'He said "no, never"',
    "Smith, Jones and Partners",
    "Two\nlines",
    "Windows\r\nline",
    "Old Mac\rline",
    "  padded  ",
    "الجزيرة الوثائقية",
    "ערוץ החדשות 12",
    "📰 Daily 🗞️ Wire",
    "👩‍👩‍👧 Family Radio",
    "Zoë Ångström",
    "line\u2028separator",
    "tab\there",
    "\\back\\slash",
    "=SUM(A1)",
    "'single'",
]


def hostile_aliases() -> pd.DataFrame:
    rows = [
        {"alias": text, "canonical": f"Actor {i} {text}", "type": "ORG"}
        for i, text in enumerate(HOSTILE)
    ]
    return pd.DataFrame(rows, columns=["alias", "canonical", "type"])


def test_hostile_rows_round_trip_exactly(tmp_path):
    table = hostile_aliases()
    editing.save_table("aliases.csv", table, tmp_path)
    back = editing.read_table("aliases.csv", tmp_path)
    assert back.to_dict("records") == table.to_dict("records")
    # a second save of what was read changes nothing ("#MeToo" vanished after one)
    first = (tmp_path / "aliases.csv").read_bytes()
    editing.save_table("aliases.csv", back, tmp_path)
    assert (tmp_path / "aliases.csv").read_bytes() == first
    assert editing.read_table("aliases.csv", tmp_path).equals(back)


def test_the_extractors_read_what_the_editor_saved(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(tmp_path))
    editing.save_table("aliases.csv", hostile_aliases())
    table = actors.load_aliases()
    assert table.lookup("#MeToo") == ("Actor 0 #MeToo", "ORG")
    assert table.lookup("Channel #4 News") == ("Actor 1 Channel #4 News", "ORG")
    assert table.lookup("الجزيرة الوثائقية")[0] == "Actor 10 الجزيرة الوثائقية"
    media = pd.DataFrame(
        [
            {"name": name, "aliases": "", "state_affiliated": "yes", "country": "XX"}
            for name in ("Channel #4 News", "#Hashtag Daily", "Comma, Inc.")
        ]
    )
    editing.save_table("media_outlets.csv", media)
    assert attribution.outlet("Channel #4 News").name == "Channel #4 News"
    assert attribution.outlet("#Hashtag Daily").state_affiliated
    assert attribution.outlet("Comma, Inc.").country == "XX"
    assert attribution.outlet("Reuters") is None  # the bundled list is not used


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.text(max_size=12), min_size=3, max_size=3),
        min_size=0,
        max_size=6,
    )
)
def test_any_text_round_trips_through_the_table_format(rows):
    table = rules.Table(columns=["a", "b", "c"], rows=rows)
    back = rules.parse_table(rules.format_table(table))
    assert back.rows == rows
    assert back.comments == []


@pytest.mark.parametrize("name", sorted(editing.REQUIRED))
def test_bundled_files_save_unchanged(tmp_path, name):
    shutil.copy(DATA_DIR / name, tmp_path / name)
    editing.save_table(name, editing.read_table(name, tmp_path), tmp_path)
    assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes()


COMMENTED = (
    "# about the file\n"
    "name,aliases,state_affiliated,country\n"
    "# the wire agencies\n"
    "Agency One,,no,AA\n"
    "# a state broadcaster, kept for its #hashtag\n"
    "State TV,,yes,BB\n"
    "Paper,,no,CC\n"
    "# the end\n"
)


def test_comments_stay_where_they_were(tmp_path):
    (tmp_path / "media_outlets.csv").write_text(COMMENTED, encoding="utf-8")
    table = editing.read_table("media_outlets.csv", tmp_path)
    assert list(table["name"]) == ["Agency One", "State TV", "Paper"]
    edited = table.drop(index=1)  # the row after the hashtag comment goes
    edited.loc[3] = ["New #1 Daily", "", "no", "DD"]  # data_editor numbers it on
    edited.loc[0, "country"] = "AB"
    editing.save_table("media_outlets.csv", edited, tmp_path)
    assert (tmp_path / "media_outlets.csv").read_text(encoding="utf-8") == (
        "# about the file\n"
        "name,aliases,state_affiliated,country\n"
        "# the wire agencies\n"
        "Agency One,,no,AB\n"
        "# a state broadcaster, kept for its #hashtag\n"
        "Paper,,no,CC\n"
        "New #1 Daily,,no,DD\n"
        "# the end\n"
    )


def test_first_save_into_the_data_dir_keeps_the_bundled_comments(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(tmp_path))
    table = editing.read_table("aliases.csv")  # the bundled table: none in tmp_path
    editing.save_table("aliases.csv", table)
    assert (tmp_path / "aliases.csv").read_bytes() == (
        DATA_DIR / "aliases.csv"
    ).read_bytes()


def test_blank_rows_are_dropped_and_bad_tables_refused(tmp_path):
    table = pd.DataFrame(
        [
            {"name": "Paper", "aliases": None},
            {"name": " ", "aliases": ""},
            {"name": None, "aliases": None},
        ]
    )
    editing.save_table("media_outlets.csv", table, tmp_path)
    assert editing.read_table("media_outlets.csv", tmp_path).to_dict("records") == [
        {"name": "Paper", "aliases": ""}
    ]
    before = (tmp_path / "media_outlets.csv").read_bytes()
    with pytest.raises(ValueError, match="row 2: 'name' is empty"):
        editing.save_table(
            "media_outlets.csv",
            pd.DataFrame({"name": ["A", " ", ""], "x": "", "y": "1"}),
            tmp_path,
        )
    with pytest.raises(ValueError, match="not an editable"):
        editing.save_table("hedges.csv", table, tmp_path)
    assert (tmp_path / "media_outlets.csv").read_bytes() == before


def test_a_failed_save_leaves_the_file_and_no_temporary(tmp_path, monkeypatch):
    editing.save_table("aliases.csv", hostile_aliases(), tmp_path)
    before = (tmp_path / "aliases.csv").read_bytes()

    def broken(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(editing.os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        editing.save_table("aliases.csv", hostile_aliases().head(2), tmp_path)
    assert (tmp_path / "aliases.csv").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["aliases.csv"]


def test_concurrent_saves_always_leave_a_complete_table(tmp_path):
    """Writers save different versions at once while a reader reads: every read is
    one whole version, and no temporary file is left."""
    versions = {
        n: pd.DataFrame(
            {
                "alias": [f"#{n} {text}" for text in HOSTILE] * (n + 1),
                "canonical": [f"Actor {n}"] * len(HOSTILE) * (n + 1),
                "type": ["ORG"] * len(HOSTILE) * (n + 1),
            }
        )
        for n in range(6)
    }
    path = tmp_path / "aliases.csv"
    editing.save_table("aliases.csv", versions[0], tmp_path)
    expected = {
        n: [list(r) for r in t.itertuples(index=False)] for n, t in versions.items()
    }
    errors: list[BaseException] = []
    seen: set[int] = set()
    done = threading.Event()

    def writer(n: int) -> None:
        try:
            for _ in range(15):
                editing.save_table("aliases.csv", versions[n], tmp_path)
        except BaseException as err:  # noqa: BLE001 - reported by the test
            errors.append(err)

    def reader() -> None:
        try:
            while not done.is_set():
                rows = rules.parse_table(path.read_bytes().decode()).rows
                n = int(rows[0][0].split()[0][1:])
                assert rows == expected[n], f"a partial or mixed version {n}"
                seen.add(n)
        except BaseException as err:  # noqa: BLE001 - reported by the test
            errors.append(err)

    threads = [threading.Thread(target=writer, args=(n,)) for n in versions]
    watcher = threading.Thread(target=reader)
    watcher.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    watcher.join()
    assert not errors, errors[0]
    assert seen
    final = editing.read_table("aliases.csv", tmp_path)
    assert any(final.equals(t) for t in versions.values())
    assert [p.name for p in Path(tmp_path).iterdir()] == ["aliases.csv"]
