"""compare, eval and train give what the commands print."""

import pytest

import argmap
from conftest import cli


def test_compare_gives_the_cli_report_and_links(seeds):
    comparison = argmap.compare([argmap.read(seeds)])
    assert comparison.report().encode() == cli("compare", seeds).stdout
    expected_json = cli("compare", "--format", "json", seeds).stdout
    assert comparison.export("json").encode() == expected_json
    assert len(comparison.links) == len(comparison)
    for link in comparison.links:
        assert {"source", "target", "stance", "score"} <= set(link)


def test_the_workbook_is_bytes_as_the_cli_writes_them(seeds):
    comparison = argmap.compare([argmap.read(seeds)])
    workbook = comparison.export("xlsx")
    assert isinstance(workbook, bytes)
    assert workbook == cli("compare", "--format", "xlsx", seeds).stdout
    assert workbook.startswith(b"PK\x03\x04")


def test_the_matrix_has_one_row_per_paper(seeds):
    comparison = argmap.compare([argmap.read(seeds)])
    matrix = comparison.matrix()
    assert comparison.export("csv").encode() == cli("compare", "--format", "csv", seeds).stdout
    papers = len(comparison.papers)
    try:
        import pandas
    except ImportError:
        assert len(matrix) == papers
    else:
        assert isinstance(matrix, pandas.DataFrame)
        assert matrix.shape[0] == papers
        assert list(matrix["id"]) == [d["id"] for d in comparison.papers.documents]


def test_compare_maps_texts_first():
    comparison = argmap.compare(["We argue that tariffs protect jobs.",
                                 "We find that tariffs do not protect jobs."])
    assert [d["id"] for d in comparison.papers.documents] == ["abstract#1", "abstract#2"]


def test_a_paper_given_twice_is_compared_once_with_the_cli_warning(seeds):
    m = argmap.read(seeds)
    comparison = argmap.compare([m, m])
    twice = cli("compare", seeds, seeds)
    # The command ends with its count of what it skipped, a line of its own.
    n = len(m.documents)
    tally = f"argmap: mapped {n} abstracts; skipped {n} records for another reason\n"
    assert comparison.papers.diagnostics.encode() + tally.encode() == twice.stderr
    assert comparison.report().encode() == twice.stdout
    assert len(comparison.papers.documents) == len(m.documents)


def test_a_comparison_of_nothing_is_an_input_error():
    with pytest.raises(argmap.InputError):
        argmap.compare([])


def test_eval_gives_the_cli_report_and_its_scores(seeds):
    scores = argmap.eval(seeds)
    assert scores["report"].encode() == cli("eval", seeds).stdout
    assert scores["abstracts"] == 3
    summary = scores["report"].splitlines()[-1]
    assert "%.3f" % scores["core_f1"] in summary
    assert 0 <= scores["relation_f1"] <= 1


def test_train_gives_the_cli_model(seeds, tmp_path):
    out = tmp_path / "m.model"
    text = argmap.train(seeds, output=out)
    assert text.encode() == cli("train", seeds).stdout
    assert out.read_text(encoding="utf-8") == text
    assert argmap.extract("We show that X holds.", model=out).nodes is not None
