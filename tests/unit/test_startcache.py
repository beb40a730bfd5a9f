"""The start-up cache (presswatch.nlp.startcache): a value derived once is read back
while what it came from is unchanged, and rebuilt when it changes or the entry is
damaged; a cache that cannot be written is no error."""

import numpy as np

from presswatch.nlp import gazetteer, models, startcache
from presswatch.nlp.attribution import learned


def test_a_value_is_built_once_per_key_and_rebuilt_when_its_source_changes(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("PRESSWATCH_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("one", encoding="utf-8")
    builds = []

    def build():
        builds.append(1)
        return {"text": source.read_text(encoding="utf-8"), "n": 3}

    first = startcache.cached("t", startcache.file_key(source), build)
    again = startcache.cached("t", startcache.file_key(source), build)
    assert first == again == {"text": "one", "n": 3} and len(builds) == 1
    source.write_text("two!", encoding="utf-8")  # another size: another key
    assert startcache.cached("t", startcache.file_key(source), build)["text"] == "two!"
    assert len(builds) == 2
    for entry in (tmp_path / "cache").iterdir():
        entry.write_bytes(b"\x00damaged")
    assert startcache.cached("t", startcache.file_key(source), build)["text"] == "two!"
    assert len(builds) == 3


def test_a_cache_that_cannot_be_written_is_ignored(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("PRESSWATCH_CACHE", str(blocked / "cache"))
    assert startcache.cached("t", "k", lambda: [1, 2]) == [1, 2]
    # a source that cannot be looked at gives no key: built, never cached
    monkeypatch.setenv("PRESSWATCH_CACHE", str(tmp_path / "cache"))
    assert startcache.file_key(tmp_path / "missing") is None
    assert startcache.cached("t", None, lambda: [3]) == [3]
    assert not (tmp_path / "cache").exists()


def test_cached_cities_and_cue_weights_are_what_the_sources_give(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSWATCH_CACHE", str(tmp_path))
    weights = models.CUES_DIR / models.CUES_WEIGHTS
    for _ in range(2):  # built and stored, then read back
        gazetteer.cities.cache_clear()
        learned.load.cache_clear()
        assert list(gazetteer.cities().items()) == list(gazetteer._cities().items())
        model, read = learned.load(weights), learned._read(weights)
        assert list(model.index.items()) == list(read.index.items())
        for name in ("matrix", "bias", "dense"):
            assert np.array_equal(getattr(model, name), getattr(read, name))
        assert (model.add_at, model.drop_below, model.unsourced_at) == (
            read.add_at,
            read.drop_below,
            read.unsourced_at,
        )
    assert len(list(tmp_path.iterdir())) == 2
    gazetteer.cities.cache_clear()
    learned.load.cache_clear()
