"""Errors are argmap's exceptions with the command line's own text."""

import json
import os

import pytest

import argmap
from conftest import cli

BAD_RULE = "rule broken\n  pattern: (?P<claim>unclosed\n"


def test_a_bad_input_raises_input_error_with_the_cli_message(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"id": "a", "abstract": "We show that X holds.",}\n', encoding="utf-8")
    expected = cli("extract", "--strict", path)
    assert expected.returncode == 1
    with pytest.raises(argmap.InputError) as raised:
        argmap.read(path)
    assert str(raised.value) + "\n" == expected.stderr.decode()
    assert isinstance(raised.value, argmap.Error)


def test_a_missing_file_raises_input_error_with_the_cli_message(tmp_path):
    path = tmp_path / "missing.txt"
    expected = cli("extract", "--strict", path).stderr.decode()
    with pytest.raises(argmap.InputError) as raised:
        argmap.read(path)
    assert str(raised.value) + "\n" == expected


def test_without_strict_bad_records_are_skipped_and_told(tmp_path):
    path = tmp_path / "some.jsonl"
    path.write_text('{"id": "a", "abstract": "We show that X holds. Thus Y."}\n{"id": \n',
                    encoding="utf-8")
    expected = cli("extract", path)
    m = argmap.read(path, strict=False)
    assert m.to_json().encode() == expected.stdout
    assert expected.stderr.decode().startswith(m.diagnostics)
    assert "error:" in m.diagnostics


def test_a_bad_rule_file_raises_rule_error_with_the_cli_message(tmp_path):
    rules = tmp_path / "bad.rules"
    rules.write_text(BAD_RULE, encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("We show that X holds.\n", encoding="utf-8")
    expected = cli("extract", "--add-rules", rules, text)
    assert expected.returncode == 1
    with pytest.raises(argmap.RuleError) as raised:
        argmap.extract("We show that X holds.", add_rules=[rules])
    assert str(raised.value) + "\n" == expected.stderr.decode()


def test_an_unknown_pack_raises_usage_error_with_the_cli_message(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("We show that X holds.\n", encoding="utf-8")
    first_line = cli("extract", "--pack", "clinicl", text).stderr.decode().splitlines()[0]
    with pytest.raises(argmap.UsageError) as raised:
        argmap.extract("We show that X holds.", pack="clinicl")
    assert str(raised.value) == first_line
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda m: m.export("svgg"), "argmap: error: unknown format 'svgg', did you mean 'svg'?"),
        (lambda m: m.to_dot(rankdir="XY"), None),
        (lambda m: m.to_dot(colour="red"), "argmap: error: unknown layout option 'colour'"),
        (lambda m: m.render("map.csv"), None),
    ],
)
def test_bad_options_raise_usage_error(call, message):
    m = argmap.extract("We show that X holds.")
    with pytest.raises(argmap.UsageError) as raised:
        call(m)
    if message is not None:
        assert str(raised.value) == message
    assert str(raised.value).startswith("argmap: error: ")


def test_jobs_out_of_range_raise_usage_error():
    with pytest.raises(argmap.UsageError) as raised:
        argmap.extract("We show that X holds.", jobs=0)
    assert str(raised.value) == "argmap: error: --jobs needs a whole number from 1 to 256, got '0'"


def test_no_abstract_raises_input_error():
    with pytest.raises(argmap.InputError):
        argmap.extract([])
    with pytest.raises(TypeError):
        argmap.extract([42])


TWO_PAPERS = [
    {"id": "a", "abstract": "We argue that open data improves replication. Therefore, journals should require it."},
    {"id": "b", "abstract": "We find that open data rarely improves replication. Thus, journals need not require it."},
]


def _map():
    return argmap.extract(TWO_PAPERS, jobs=1)


# Each bad value with the exception and the whole message: option values out of
# range carry the command's message (the validators of src/options); a str that
# is not text says so; no message names a C++ or pybind11 type.
BAD_VALUES = [
    (lambda: argmap.compare(TWO_PAPERS, threshold=5), argmap.UsageError,
     "argmap: error: --threshold needs a number from 0 to 1, not '5'"),
    (lambda: argmap.compare(TWO_PAPERS, threshold=float("nan")), argmap.UsageError,
     "argmap: error: --threshold needs a number from 0 to 1, not 'nan'"),
    (lambda: argmap.compare(TWO_PAPERS, threshold=-3), argmap.UsageError,
     "argmap: error: --threshold needs a number from 0 to 1, not '-3'"),
    (lambda: argmap.compare(TWO_PAPERS, threshold=1.1), argmap.UsageError,
     "argmap: error: --threshold needs a number from 0 to 1, not '1.1'"),
    (lambda: argmap.compare(TWO_PAPERS, threshold=0), argmap.UsageError,
     "argmap: error: --threshold needs a number above 0 and at most 1, not '0'"),
    (lambda: argmap.compare(TWO_PAPERS, max_links=0), argmap.UsageError,
     "argmap: error: --max-links needs a whole number (1 or more), not '0'"),
    (lambda: argmap.compare(TWO_PAPERS, max_links=-1), argmap.UsageError,
     "argmap: error: --max-links needs a whole number (1 or more), not '-1'"),
    (lambda: argmap.compare([_map()], jobs=0), argmap.UsageError,
     "argmap: error: --jobs needs a whole number from 1 to 256, got '0'"),
    (lambda: argmap.compare([_map()], jobs=-1), argmap.UsageError,
     "argmap: error: --jobs needs a whole number from 1 to 256, got '-1'"),
    (lambda: argmap.compare([_map()], jobs=2**40), argmap.UsageError,
     "argmap: error: --jobs needs a whole number from 1 to 256, got '1099511627776'"),
    (lambda: argmap.compare([_map()]).report(top=-1), argmap.UsageError,
     "argmap: error: --top needs a whole number (0 or more), not '-1'"),
    (lambda: argmap.extract("We show that X holds.", jobs=-1), argmap.UsageError,
     "argmap: error: --jobs needs a whole number from 1 to 256, got '-1'"),
    (lambda: argmap.extract("We show that X holds.", jobs=257), argmap.UsageError,
     "argmap: error: --jobs needs a whole number from 1 to 256, got '257'"),
    (lambda: argmap.read("missing.txt", jobs=0), argmap.UsageError,
     "argmap: error: --jobs needs a whole number from 1 to 256, got '0'"),
    (lambda: list(argmap.iter_extract(["We show that X holds."], jobs=0)), argmap.UsageError,
     "argmap: error: --jobs needs a whole number from 1 to 256, got '0'"),
    (lambda: list(argmap.iter_extract(["We show that X holds."], batch=-1)), argmap.UsageError,
     "argmap: error: batch needs a whole number (0 or more), not '-1'"),
    (lambda: argmap.train("missing.jsonl", cost=0), argmap.UsageError,
     "argmap: error: --cost needs a number from 0.0001 to 10000, not '0'"),
    (lambda: argmap.train("missing.jsonl", cost=float("nan")), argmap.UsageError,
     "argmap: error: --cost needs a number from 0.0001 to 10000, not 'nan'"),
    (lambda: argmap.train("missing.jsonl", cost=1e-5), argmap.UsageError,
     "argmap: error: --cost needs a number from 0.0001 to 10000, not '1e-05'"),
    (lambda: _map().export("svg", dpi=0), argmap.UsageError,
     "argmap: error: --dpi needs a whole number from 36 to 600, not '0'"),
    # The wrong type of value: a TypeError naming the option.
    (lambda: argmap.compare(TWO_PAPERS, max_links=2.5), TypeError,
     "argmap: max_links is an int, not float"),
    (lambda: argmap.compare(TWO_PAPERS, threshold="0.2"), TypeError,
     "argmap: threshold is a number, not str"),
    (lambda: argmap.extract("We show that X holds.", jobs="2"), TypeError,
     "argmap: jobs is an int, not str"),
    (lambda: argmap.extract("We show that X holds.", jobs=True), TypeError,
     "argmap: jobs is an int, not bool"),
    (lambda: list(argmap.iter_extract(["We show that X holds."], batch=None)), TypeError,
     "argmap: batch is an int, not NoneType"),
    (lambda: argmap.extract("We show that X holds.", pack=5), TypeError,
     "argmap: pack is a str, not int"),
    (lambda: argmap.train("missing.jsonl", cost=None), TypeError,
     "argmap: cost is a number, not NoneType"),
    (lambda: _map().export(3), TypeError, "argmap: format is a str, not int"),
    # A str holding a lone surrogate, which UTF-8 cannot carry.
    (lambda: argmap.extract("We show that X \udc80 holds."), argmap.InputError,
     "abstract:1: error: the record is not text: it holds the lone surrogate '\\udc80', "
     "which UTF-8 cannot carry"),
    (lambda: list(argmap.iter_extract(["We show that X holds."] * 3 + ["Y \ud800."], batch=2)),
     argmap.InputError,
     "abstract:4: error: the record is not text: it holds the lone surrogate '\\ud800', "
     "which UTF-8 cannot carry"),
    (lambda: argmap.extract("We show that X holds.", pack="clin\udce9"), argmap.UsageError,
     "argmap: error: pack is not text: it holds the lone surrogate '\\udce9', "
     "which UTF-8 cannot carry"),
    (lambda: argmap.extract("We show that X holds.", input_format="\ud800"), argmap.UsageError,
     "argmap: error: input_format is not text: it holds the lone surrogate '\\ud800', "
     "which UTF-8 cannot carry"),
    (lambda: argmap.read("a\ud800.txt"), argmap.UsageError,
     "argmap: error: path is not text: it holds the lone surrogate '\\ud800', "
     "which UTF-8 cannot carry"),
    (lambda: argmap.read("missing.txt", encoding="latin\udc80"), argmap.UsageError,
     "argmap: error: encoding is not text: it holds the lone surrogate '\\udc80', "
     "which UTF-8 cannot carry"),
    (lambda: _map().export("svg", rankdir="L\udc80R"), argmap.UsageError,
     "argmap: error: rankdir is not text: it holds the lone surrogate '\\udc80', "
     "which UTF-8 cannot carry"),
    (lambda: _map().export("sv\udc80"), argmap.UsageError,
     "argmap: error: format is not text: it holds the lone surrogate '\\udc80', "
     "which UTF-8 cannot carry"),
]


@pytest.mark.parametrize("call, exception, message", BAD_VALUES)
def test_bad_values_raise_with_a_clear_message(call, exception, message):
    with pytest.raises(exception) as raised:
        call()
    assert str(raised.value) == message


# The command's own message for the same values (its second line is the hint to --help).
@pytest.mark.parametrize(
    "option, value, keyword",
    [
        ("--threshold", "5", {"threshold": 5}),
        ("--threshold", "nan", {"threshold": float("nan")}),
        ("--threshold", "-3", {"threshold": -3}),
        ("--threshold", "0", {"threshold": 0}),
        ("--max-links", "0", {"max_links": 0}),
        ("--max-links", "-1", {"max_links": -1}),
        ("--jobs", "0", {"jobs": 0}),
    ],
)
def test_compare_options_are_checked_as_the_command_checks_them(tmp_path, option, value, keyword):
    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in TWO_PAPERS), encoding="utf-8")
    expected = cli("compare", option, value, path)
    assert expected.returncode == 2
    with pytest.raises(argmap.UsageError) as raised:
        argmap.compare([argmap.read(path, jobs=1)], **keyword)
    assert str(raised.value) == expected.stderr.decode().splitlines()[0]


def test_a_file_name_that_is_not_utf8_is_read(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")  # as os.listdir gives it: the byte as a surrogate
    path = tmp_path / name
    try:
        path.write_text("We show that X holds. Therefore, Y follows.\n", encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("the file system takes no such name")
    with pytest.raises(argmap.InputError) as raised:
        argmap.read(tmp_path / os.fsdecode(b"caf\xe9-missing.txt"))
    assert os.fsdecode(b"caf\xe9-missing.txt") in str(raised.value)
    assert len(argmap.read(path)) == 1
