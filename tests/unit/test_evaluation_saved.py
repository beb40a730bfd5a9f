"""The saved evaluation table: written by `evaluate --save`, read by the Data page."""

from presswatch.evaluation import Score, saved, task_group


def test_a_run_replaces_only_its_own_task(tmp_path):
    path = tmp_path / "evaluation.json"
    saved.save(
        [
            Score("attribution cues", "polnear-dev", 8, 2, 2),
            Score("entities", "re3d", 1, 1, 0),
        ],
        tmp_path,
        path,
    )
    saved.save([Score("alias pairs", "re3d", 3, 1, 1)], tmp_path, path)
    table = saved.table(path)
    assert list(table.columns) == saved.COLUMNS
    assert list(table.task) == ["attribution cues", "alias pairs"]
    first = table.iloc[0]
    assert (first.precision, first.recall, first.f1, first.gold) == (0.8, 0.8, 0.8, 10)
    assert first.chart.startswith("Sources")
    assert table.iloc[1].chart.startswith("Actors")


def test_no_saved_table_is_an_empty_table(tmp_path):
    assert saved.table(tmp_path / "none.json").empty
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert saved.table(tmp_path / "bad.json").empty


def test_task_groups():
    assert task_group("no-source attributions") == "attribution"
    assert task_group("hedged sentences") == "hedging"
    assert task_group("PER/ORG/LOC entities") == "actors"
