"""argmap.extract, read and iter_extract give the command line's maps."""

import importlib.util
import json

import pytest

import argmap
from conftest import cli, needs

# Made-up abstracts (the shared data is read, never copied).
ABSTRACTS = [
    "We argue that open data improves replication. Because shared code lets others rerun "
    "analyses, errors are found sooner. Therefore, journals should require data sharing.",
    "This paper examines whether tariffs protect jobs. We find that tariffs raise prices. "
    "Thus, tariffs do not protect jobs in the long run.",
    "Results suggest that sleep improves memory. However, the effect may be small.",
    "We propose a method for tagging claims. It is fast and it is accurate.",
    "The purpose of this study is to test whether rain lowers turnout. We conclude that it does.",
]


def test_read_gives_the_cli_json_byte_for_byte(seeds, tmp_path):
    expected = cli("extract", seeds)
    assert expected.returncode == 0, expected.stderr
    assert argmap.read(seeds).to_json().encode("utf-8") == expected.stdout


def test_every_text_format_is_the_cli_output(seeds):
    m = argmap.read(seeds)
    for fmt in ["jsonl", "dot", "explain", "summary", "graphml", "aif", "argdown", "mermaid",
                "outline"]:
        expected = cli("extract", "--format", fmt, seeds)
        assert m.export(fmt).encode("utf-8") == expected.stdout, fmt


def test_layout_options_are_the_cli_options(seeds):
    expected = cli("extract", "--format", "dot", "--rankdir", "LR", "--wrap", "20", seeds)
    assert argmap.read(seeds).to_dot(rankdir="LR", wrap=20).encode("utf-8") == expected.stdout


def test_records_map_as_the_file_of_them_does(seeds):
    records = [json.loads(line) for line in seeds.read_text(encoding="utf-8").splitlines()]
    from_file = argmap.read(seeds)
    from_records = argmap.extract(records)
    assert from_records.nodes == from_file.nodes
    assert from_records.edges == from_file.edges


def test_a_text_is_one_abstract_with_a_default_id():
    m = argmap.extract(ABSTRACTS[0])
    assert [d["id"] for d in m.documents] == ["abstract#1"]
    assert m.nodes and all(n["doc"] == "abstract#1" for n in m.nodes)
    assert len(m) == 1


def test_a_text_maps_as_the_cli_maps_it_from_standard_input(tmp_path):
    path = tmp_path / "abstract.txt"
    path.write_text(ABSTRACTS[1] + "\n", encoding="utf-8")
    expected = json.loads(cli("extract", path).stdout)
    m = argmap.extract(ABSTRACTS[1])
    strip = lambda xs: [{k: v for k, v in x.items() if k not in ("id", "doc", "source", "target")}
                        for x in xs]
    assert strip(m.nodes) == strip(expected["nodes"])
    assert strip(m.edges) == strip(expected["edges"])


def test_threads_give_the_map_of_one():
    one = argmap.extract(ABSTRACTS * 4, jobs=1).to_json()
    assert argmap.extract(ABSTRACTS * 4, jobs=3).to_json() == one
    assert [m.to_json() for m in argmap.iter_extract(ABSTRACTS, jobs=1)] == [
        m.to_json() for m in argmap.iter_extract(ABSTRACTS, jobs=3)
    ]


def test_iter_extract_gives_one_map_per_abstract_with_the_nodes_of_extract():
    whole = argmap.extract(ABSTRACTS, jobs=2)
    maps = list(argmap.iter_extract(iter(ABSTRACTS), jobs=2, batch=2))
    assert [len(m) for m in maps] == [1] * len(ABSTRACTS)
    assert [m.documents[0]["id"] for m in maps] == ["abstract#%d" % (i + 1) for i in range(5)]
    assert [n for m in maps for n in m.nodes] == whole.nodes
    assert [e for m in maps for e in m.edges] == whole.edges


def test_iter_extract_is_lazy():
    def endless():
        while True:
            yield ABSTRACTS[0]

    stream = argmap.iter_extract(endless(), batch=3, jobs=1)
    first = [next(stream) for _ in range(4)]
    assert [m.documents[0]["id"] for m in first] == ["abstract#1", "abstract#2", "abstract#3",
                                                     "abstract#4"]


def test_iter_extract_finds_an_id_given_again_in_a_later_batch():
    records = [
        {"id": "a", "abstract": "We argue that quotas raise turnout."},
        {"id": "b", "abstract": "We find that courts constrain rulers."},
        {"id": "a", "abstract": "We show that term limits weaken parties."},
    ]
    message = (
        "abstract:3: error: duplicate id 'a' (first used at abstract:1); record 3 skipped"
    )
    with pytest.raises(argmap.InputError) as raised:
        list(argmap.iter_extract(records, batch=1, jobs=1))
    assert str(raised.value) == message
    with pytest.warns(argmap.InputWarning) as warned:
        maps = list(argmap.iter_extract(records, batch=1, jobs=1, strict=False))
    assert [m.documents[0]["id"] for m in maps] == ["a", "b"]
    assert [str(w.message) for w in warned] == [message]


def test_iter_extract_warns_of_a_skipped_record_even_when_its_batch_yields_no_map():
    records = [{"id": "a", "abstract": "We argue that quotas raise turnout."}, {"id": "b"}]
    with pytest.warns(argmap.InputWarning) as warned:
        maps = list(argmap.iter_extract(records, batch=1, jobs=1, strict=False))
    assert [m.documents[0]["id"] for m in maps] == ["a"]
    assert [str(w.message) for w in warned] == [
        'abstract:2: error: record 2 has no "abstract" or "text" field'
    ]


def test_a_map_file_is_read_back_as_it_is(seeds, tmp_path):
    path = tmp_path / "map.json"
    path.write_bytes(cli("extract", seeds).stdout)
    assert argmap.read(path).to_json().encode("utf-8") == path.read_bytes()


def test_to_networkx_keeps_every_node_and_edge(seeds):
    needs(importlib.util.find_spec("networkx") is not None, "NetworkX (python3-networkx)")
    import networkx as nx

    m = argmap.read(seeds)
    g = m.to_networkx()
    assert sorted(g.nodes) == sorted(n["id"] for n in m.nodes)
    assert g.number_of_edges() == len(m.edges)
    pairs = sorted((e["source"], e["target"], e["type"]) for e in m.edges)
    assert sorted((s, t, d["type"]) for s, t, d in g.edges(data=True)) == pairs
    for n in m.nodes:
        assert g.nodes[n["id"]]["type"] == n["type"]
        assert g.nodes[n["id"]]["text"] == n["text"]
    assert isinstance(g, (nx.DiGraph, nx.MultiDiGraph))


def test_render_draws_with_graphviz(has_dot, tmp_path):
    m = argmap.extract(ABSTRACTS[:2])
    svg = m.render("svg")
    assert svg.startswith("<?xml") and "</svg>" in svg
    assert m._repr_svg_() == svg
    assert m.render("png")[:8] == b"\x89PNG\r\n\x1a\n"
    path = tmp_path / "map.pdf"
    assert m.render(path) == str(path)
    assert path.read_bytes().startswith(b"%PDF")


def test_explain_is_the_cli_explanation(seeds):
    assert argmap.read(seeds).explain().encode() == cli("extract", "--format", "explain",
                                                        seeds).stdout


def test_the_gil_is_released_while_mapping():
    import threading
    import time

    records = ABSTRACTS * 600
    argmap.extract(records[:1], jobs=1)  # the pack is loaded before timing
    span = {}

    def work():
        span["start"] = time.perf_counter()
        argmap.extract(records, jobs=1)
        span["end"] = time.perf_counter()

    worker = threading.Thread(target=work)
    ticks = []
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
    worker.join()
    # This loop ran all along: holding the GIL, the mapping would stop it for its whole duration.
    points = [span["start"]] + [t for t in ticks if span["start"] < t < span["end"]] + [span["end"]]
    longest_stop = max(b - a for a, b in zip(points, points[1:]))
    assert span["end"] - span["start"] > 0.05
    assert longest_stop < (span["end"] - span["start"]) / 2


def test_a_dataframe_maps_a_record_a_row():
    needs(importlib.util.find_spec("pandas") is not None, "pandas (python3-pandas)")
    import pandas

    frame = pandas.DataFrame({"id": ["p1", "p2"], "title": ["One", None],
                              "year": [2020, float("nan")], "abstract": ABSTRACTS[:2]})
    m = argmap.extract(frame)
    records = [{"id": "p1", "title": "One", "year": 2020, "abstract": ABSTRACTS[0]},
               {"id": "p2", "abstract": ABSTRACTS[1]}]
    assert m.to_json() == argmap.extract(records).to_json()
    assert [x.to_json() for x in argmap.iter_extract(frame)] == [
        x.to_json() for x in argmap.iter_extract(records)]
