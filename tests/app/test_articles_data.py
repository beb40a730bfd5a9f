"""AppTest of the Articles and Data pages on a temporary store of invented articles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from presswatch import DATA_DIR
from presswatch.markup import escape_markdown
from presswatch.store import Store, editing, sync, uploads

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = 'Hostile <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=1">'

# Invented articles (fictional outlets and people) written for these tests.
ARTICLES = [
    {
        "id": "quay-1",
        "title": "Port authority may delay the harbour bridge",
        "outlet": "Quay Courier",
        "date": "2026-03-02",
        "text": "The port authority may delay the new harbour bridge, its chair Mara Lind "
        "said on Monday. According to two officials, the budget is likely to rise.",
    },
    {
        "id": "quay-2",
        "title": "Ferry strike ends after talks",
        "outlet": "Quay Courier",
        "date": "2026-03-09",
        "text": "The ferry strike in Norwick ended on Friday, the union confirmed. "
        "Mayor Tomas Berg said the talks had clearly succeeded.",
    },
    {
        "id": "vale-1",
        "title": "Vale Gazette: council approves the river park",
        "outlet": "Vale Gazette",
        "date": "2026-03-04",
        "text": "The Norwick council approved the river park on Tuesday. Councillor Ada "
        "Frost said the work would start in May, according to the Vale Gazette.",
    },
    {
        "id": "hostile-1",
        "title": '=HYPERLINK("http://x") <b>not bold</b>',
        "outlet": "Vale Gazette",
        "date": "2026-03-05",
        "text": f"{HOSTILE}. The mayor said the text above is only text.",
    },
]


@pytest.fixture(scope="module")
def app_store(tmp_path_factory, nlp):
    """A store with the invented articles; the app is pointed at it and at copies of
    the data files, and starts with empty caches."""
    tmp = tmp_path_factory.mktemp("app")
    corpus = tmp / "articles.jsonl"
    corpus.write_text(
        "\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8"
    )
    db = tmp / "store.duckdb"
    data_copy = tmp / "data"
    data_copy.mkdir()
    for name in editing.REQUIRED:
        if (DATA_DIR / name).exists():
            shutil.copy(DATA_DIR / name, data_copy / name)
    with Store(db) as store:
        sync.update([corpus], store, nlp)
    patch = pytest.MonkeyPatch()
    patch.setenv("PRESSWATCH_DB", str(db))
    patch.setenv("PRESSWATCH_DATA_DIR", str(data_copy))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield {"db": db, "data": data_copy}
    st.cache_resource.clear()
    st.cache_data.clear()
    patch.undo()


def _page_under_filters(page: str) -> None:
    """The shared sidebar filters, then a page: the frame's part that matters here.
    (AppTest's switch_page runs a page of st.navigation without its frame.)"""
    import runpy

    from ui import filters

    filters.sidebar()
    runpy.run_path(page, run_name="__main__")


def run_page(name: str, query: dict[str, str] | None = None) -> AppTest:
    """Page `name` under the shared sidebar filters."""
    page = str(ROOT / "pages" / f"{name}.py")
    at = AppTest.from_function(_page_under_filters, args=(page,), default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def html_bodies(at: AppTest) -> list[str]:
    return [element.proto.body for element in at.get("html")]


def test_articles_page_lists_every_article(app_store):
    at = run_page("articles")
    assert not at.exception
    table = at.dataframe[0].value
    assert sorted(table["id"]) == sorted(a["id"] for a in ARTICLES)
    assert table.set_index("id").loc["quay-1", "outlet"] == "Quay Courier"
    assert (table["mentions"] > 0).any() and (table["attributions"] > 0).any()


def test_outlet_filter_narrows_the_table(app_store):
    at = run_page("articles")
    assert not at.exception, at.exception
    at.multiselect(key="outlet").set_value(["Vale Gazette"]).run()
    assert not at.exception
    assert sorted(at.dataframe[0].value["id"]) == ["hostile-1", "vale-1"]


def test_hostile_article_is_shown_as_text(app_store):
    at = run_page("articles", {"article": "hostile-1"})
    assert not at.exception
    bodies = "\n".join(html_bodies(at))
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in bodies
    assert "&lt;img src=x onerror=" in bodies
    assert "<script" not in bodies and "<img" not in bodies and "<b>" not in bodies


def test_choosing_another_article_changes_the_text(app_store):
    at = run_page("articles", {"article": "quay-1"})
    assert any("harbour bridge" in b for b in html_bodies(at))
    at.selectbox(key="article_pick").set_value("vale-1").run()
    assert not at.exception
    bodies = "\n".join(html_bodies(at))
    assert "river park" in bodies and "harbour bridge" not in bodies
    assert (
        at.query_params["article"] == ["vale-1"]
        or at.query_params["article"] == "vale-1"
    )


@pytest.mark.parametrize(
    ("layers", "shown", "hidden"),
    [
        (["Actors"], ["pw-actor"], ["pw-cue", "pw-source", "pw-hedge"]),
        (["Cues", "Hedges"], ["pw-cue", "pw-hedge"], ["pw-actor", "pw-source"]),
        ([], [], ["pw-actor", "pw-cue", "pw-source", "pw-hedge"]),
    ],
)
def test_highlight_layers_can_be_switched(app_store, layers, shown, hidden):
    at = run_page("articles", {"article": "quay-1"})
    at.button_group(key="highlight_layers").set_value(layers).run()
    assert not at.exception
    article = next(b for b in html_bodies(at) if 'class="pw-article"' in b)
    for kind in shown:
        assert kind in article
    for kind in hidden:
        assert kind not in article
    assert "harbour bridge" in article


def test_unknown_article_says_so(app_store):
    at = run_page("articles", {"article": "no-such-id"})
    assert not at.exception
    assert "not in the store" in at.warning[0].value


def test_article_tables_show_chains(app_store):
    at = run_page("articles", {"article": "vale-1"})
    tables = [d.value for d in at.dataframe]
    attributions = next(t for t in tables if "chain" in t.columns)
    assert all(chain.startswith("Vale Gazette → ") for chain in attributions["chain"])


def test_data_page_shows_the_corpus(app_store):
    at = run_page("data")
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == str(len(ARTICLES))
    assert metrics["Outlets"] == "2"
    outlets = next(d.value for d in at.dataframe if "outlet" in d.value.columns)
    assert dict(zip(outlets["outlet"], outlets["articles"], strict=True)) == {
        "Quay Courier": 2,
        "Vale Gazette": 2,
    }


def test_saving_the_editors_unchanged_keeps_the_files_byte_for_byte(app_store):
    copy = app_store["data"]
    before = {name: (copy / name).read_bytes() for name in editing.REQUIRED}
    at = run_page("data")
    assert not at.exception
    at.button(key="media_save").click().run()
    assert not at.exception
    assert any("Saved media_outlets.csv" in s.value for s in at.success)
    at.button(key="aliases_save").click().run()
    assert any("re-canonicalised" in s.value for s in at.success)
    assert {name: (copy / name).read_bytes() for name in editing.REQUIRED} == before
    at.button(key="media_reparse").click().run()
    assert any("Every article is up to date" in s.value for s in at.success)


def test_a_broken_data_file_is_named_not_a_traceback(app_store, tmp_path, monkeypatch):
    (tmp_path / "media_outlets.csv").write_text(
        'name,aliases,state_affiliated,country\nA,,no,XX\n"B,,no\n', encoding="utf-8"
    )
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(tmp_path))
    at = run_page("data")
    assert not at.exception
    errors = [e.value for e in at.error]
    assert escape_markdown("media_outlets.csv line 3: unexpected end of data") in errors
    assert not any(str(tmp_path) in e or "Trace" in e for e in errors)


def test_bad_uploads_are_reported_and_stored_data_kept(app_store, nlp):
    good = json.dumps(
        {
            "id": "up-1",
            "title": "Upload",
            "outlet": "Quay Courier",
            "date": "2026-03-20",
            "text": "The harbour master said the quay reopened on Friday.",
        }
    )
    files = [
        uploads.Upload("good.jsonl", (good + "\n{not json\n").encode()),
        uploads.Upload("broken.json", b'{"text": '),
        uploads.Upload("empty.txt", b""),
        uploads.Upload("tool.exe", b"MZ\x90\x00"),
        uploads.Upload(
            "../../escape.txt", b"A river flooded the town of Elmford, officials said."
        ),
        uploads.Upload("huge.txt", b"x" * 2_000_001),
        uploads.Upload("dir/tool.exe", b"MZ"),  # same name as another refused file
    ]
    shares: list[float] = []
    with Store(app_store["db"]) as store:
        before = store.table("articles")
        result = uploads.ingest_uploads(
            files,
            store,
            nlp,
            outlet="My Uploads",
            max_mb=2,
            progress=lambda share, _text: shares.append(share),
        )
        after = store.table("articles")
    assert list(result.files["file"]) == [f.name for f in files]
    rows = result.files.set_index("file")
    assert rows.loc["good.jsonl", "articles"] == 1
    assert "line 2: invalid JSON" in rows.loc["good.jsonl", "problems"]
    assert rows.loc["broken.json", "articles"] == 0
    assert "invalid JSON" in rows.loc["broken.json", "problems"]
    assert "empty" in rows.loc["empty.txt", "problems"]
    assert "tool.exe: unsupported file type (.exe)" in rows.loc["tool.exe", "problems"]
    assert "too large" in rows.loc["huge.txt", "problems"]
    assert rows.loc["../../escape.txt", "articles"] == 1
    assert shares[-1] == 1.0 and shares == sorted(shares)
    # what was stored before is untouched; only the two good articles were added
    kept = after[after["id"].isin(before["id"])].reset_index(drop=True)
    assert kept.drop(columns="fingerprint").equals(before.drop(columns="fingerprint"))
    added = after[~after["id"].isin(before["id"])]
    assert len(added) == 2
    assert set(added["outlet"]) == {"Quay Courier", "My Uploads"}
    assert not (Path(DATA_DIR) / "escape.txt").exists()
    assert uploads.summary(result.report) == (
        "2 articles read: 2 new or changed (parsed), 0 already stored, "
        "0 duplicates recorded; 6 files or records skipped."
    )


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([{"alias": "UN", "canonical": "United Nations"}], []),
        ([{"alias": " ", "canonical": "United Nations"}], ["row 1: 'alias' is empty"]),
        ([{"alias": "UN", "canonical": ""}], ["row 1: 'canonical' is empty"]),
        (
            [
                {"alias": "UN", "canonical": "United Nations"},
                {"alias": "un", "canonical": "X"},
            ],
            ["the alias 'un' names different actors: United Nations, X"],
        ),
        (
            [
                {"alias": "NATO", "canonical": "NATO"},
                {"alias": "Nato", "canonical": "NATO"},
            ],
            [],
        ),
        (
            [
                {"alias": "Kyiv", "canonical": "Ukraine", "type": "capital"},
                {"alias": "Bob", "canonical": "Bob Marsh", "type": "human"},
            ],
            [
                "row 2: type 'human' is not one of PERSON, ORG, GPE, LOC, NORP or capital"
            ],
        ),
    ],
)
def test_alias_edits_are_validated(rows, expected):
    import pandas as pd

    assert editing.problems("aliases.csv", pd.DataFrame(rows)) == expected


def test_saving_aliases_writes_the_copy_and_keeps_the_store(app_store):
    import pandas as pd

    real = (
        (DATA_DIR / "aliases.csv").read_bytes()
        if (DATA_DIR / "aliases.csv").exists()
        else None
    )
    table = editing.read_table("aliases.csv")
    if table.empty or "alias" not in table.columns:
        table = pd.DataFrame(columns=["alias", "canonical"])
    extra = {c: "" for c in table.columns} | {
        "alias": "Ada F.",
        "canonical": "Ada Frost",
    }
    table = pd.concat([table, pd.DataFrame([extra])], ignore_index=True)
    with Store(app_store["db"]) as store:
        mentions_before = len(store.table("mentions"))
        editing.save_aliases(table, store)
        assert (
            len(store.table("mentions")) == mentions_before
        )  # re-named, not re-parsed
    copy = app_store["data"] / "aliases.csv"
    saved = pd.read_csv(copy, dtype=str, comment="#")
    assert "Ada F." in set(saved["alias"])
    assert len(saved) == len(table)
    if real is not None:  # the file's explanatory comments survive the edit
        comments = [ln for ln in real.decode().splitlines() if ln.startswith("#")]
        assert [
            ln for ln in copy.read_text().splitlines() if ln.startswith("#")
        ] == comments
    now = (
        (DATA_DIR / "aliases.csv").read_bytes()
        if (DATA_DIR / "aliases.csv").exists()
        else None
    )
    assert now == real
    with pytest.raises(ValueError, match="empty"):
        editing.save_table(
            "aliases.csv", pd.DataFrame([{"alias": "", "canonical": "X"}])
        )


@pytest.mark.parametrize(
    ("page", "message"),
    [("articles", "No articles match"), ("data", "The store is empty")],
)
def test_pages_on_an_empty_store_say_so(tmp_path, monkeypatch, page, message):
    monkeypatch.setenv("PRESSWATCH_DB", str(tmp_path / "empty.duckdb"))
    at = run_page(page)
    assert not at.exception
    assert any(message in i.value for i in at.info)


def test_data_page_shows_the_saved_evaluation(app_store, tmp_path, monkeypatch):
    from presswatch.evaluation import Score, saved

    path = tmp_path / "evaluation.json"
    saved.save([Score("attribution cues", "polnear-dev", 3, 1, 1)], tmp_path, path)
    monkeypatch.setattr(saved, "SAVED", path)
    at = run_page("data")
    assert not at.exception
    table = next(d.value for d in at.dataframe if "f1" in d.value.columns)
    assert list(table["task"]) == ["attribution cues"]
    assert table["f1"].iloc[0] == 0.75


def _ingest(app_store, nlp, files, **kwargs):
    with Store(app_store["db"]) as store:
        return uploads.ingest_uploads(files, store, nlp, **kwargs)


def test_upload_outcomes_say_what_happened(app_store, nlp):
    good = json.dumps({"id": "oc-1", "title": "Quay", "outlet": "Quay Courier",
                       "date": "2026-03-21", "text": "The quay reopened, officials said."})  # fmt: skip
    success = uploads.outcome(
        _ingest(app_store, nlp, [uploads.Upload("a.jsonl", good.encode())])
    )
    assert success.kind == uploads.SUCCESS and not success.problems
    assert success.message.startswith("Added: the file read. 1 article read")
    bad = [uploads.Upload("x.json", b'{"text": '), uploads.Upload("y.exe", b"MZ"),
           uploads.Upload("z.csv", b"title,body\n")]  # fmt: skip
    result = _ingest(app_store, nlp, bad)
    failure = uploads.outcome(result)
    assert failure.kind == uploads.FAILURE
    assert (
        failure.message
        == "Nothing was added: no article could be read from the 3 files."
    )
    assert "Done" not in failure.message and "ingested" not in failure.message
    reasons = dict(failure.problems)
    assert set(reasons) == {"x.json", "y.exe"}  # z.csv: a header, no rows, no error
    assert reasons["y.exe"] == ["y.exe: unsupported file type (.exe)"]
    assert list(result.files.outcome) == ["not read", "not read", "no articles in it"]
    mixed = [uploads.Upload("b.jsonl", (good.replace("oc-1", "oc-2") + "\n{oops\n").encode()),
             uploads.Upload("c.exe", b"MZ")]  # fmt: skip
    partial = uploads.outcome(_ingest(app_store, nlp, mixed))
    assert partial.kind == uploads.PARTIAL
    assert partial.message.startswith(
        "Partly added: 0 of 2 files read whole; 2 files could not be read in full"
    )
    assert any("line 2: invalid JSON" in r for r in dict(partial.problems)["b.jsonl"])


def test_upload_outcome_colours():
    def script():
        from presswatch.store import uploads as up
        from ui import widgets

        for k in ("success", "partial", "failure"):
            widgets.upload_outcome(
                up.Outcome(k, f"{k} message", [("f.json", ["f.json: bad *JSON*"])])
            )

    at = AppTest.from_function(script, default_timeout=30).run()
    assert not at.exception
    assert [s.value for s in at.success] == ["success message"]
    assert [w.value for w in at.warning] == ["partial message"]
    assert [e.value for e in at.error] == ["failure message"]
    assert all("bad \\*JSON\\*" in m.value for m in at.markdown if "f.json" in m.value)


def test_a_csv_text_column_can_be_chosen(app_store, nlp):
    csv_file = uploads.Upload(
        "stories.csv",
        b"headline,story,outlet\nFerry news,The ferry left port on time today.,Quay Courier\n",
    )
    assert uploads.csv_columns([csv_file]) == ["headline", "story", "outlet"]
    without = uploads.outcome(_ingest(app_store, nlp, [csv_file]))
    assert without.kind == uploads.FAILURE
    assert "no text column" in dict(without.problems)["stories.csv"][0]
    chosen = uploads.outcome(_ingest(app_store, nlp, [csv_file], text_column="story"))
    assert chosen.kind == uploads.SUCCESS, chosen
