"""Errors are argmap's exceptions with the command line's own text."""

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
