#!/usr/bin/env python3
"""Prints the cue lexicons of the rule files as regexes, one per line, for
`rg -f` (bench/extract.sh times ripgrep's bare scan of a corpus with them).

Lexicons are read as argmap reads them (src/rules/rule_parser.cc): a line
`lexicon NAME: a | b | c`, continued on indented lines, until the next line
that is not indented. Like argmap, entries are split at the '|' outside
brackets (an entry such as `toxicit(?:y|ies)` holds a '|' of its own) and
trimmed, so each is a regex that parses alone. A space in an entry matches any
white space (`\\s+`), as in argmap. Entries
that occur in more than one lexicon are printed once. A count goes to
standard error.

usage: extract_cues.py [RULE_FILE ...]     (default: rules/*.rules)
"""
import glob
import os
import re
import sys


def lexicons(path):
    """(name, [raw pieces between '|']) for each lexicon of one rule file."""
    found = []
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            body = line.strip(" \t")
            if not body or body.startswith("#"):
                continue
            if line[0] in " \t":
                if current is not None:
                    current[1].extend(line.split("|"))
                continue
            current = None
            keyword = re.match(r"[^ \t:]*", body).group(0)
            if keyword == "lexicon" and ":" in body:
                name, rest = body[len(keyword):].split(":", 1)
                current = (name.strip(), rest.split("|"))
                found.append(current)
    return found


def top_level_entries(alternation):
    """Splits a regex alternation at the '|' outside (...) and [...]."""
    entries, start, depth, in_class, i = [], 0, 0, False, 0
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if alternation[i + 1:i + 2] == "]":  # a ']' first in a class is literal
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            entries.append(alternation[start:i])
            start = i + 1
        i += 1
    entries.append(alternation[start:])
    return entries


def expand(entry):
    """A space (or a run of them) matches any white space, as in argmap."""
    return re.sub(r" +", r"\\s+", entry)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "..", "rules", "*.rules")))
    seen, names, total = set(), 0, 0
    for path in paths:
        for _name, pieces in lexicons(path):
            names += 1
            alternation = "|".join(pieces)
            for entry in top_level_entries(alternation):
                entry = expand(entry.strip(" \t"))
                if not entry:
                    continue
                total += 1
                if entry not in seen:
                    seen.add(entry)
                    print(entry)
    print(f"{names} lexicons in {len(paths)} rule files: {total} entries, "
          f"{len(seen)} distinct", file=sys.stderr)


if __name__ == "__main__":
    main()
