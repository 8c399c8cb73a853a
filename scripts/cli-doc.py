#!/usr/bin/env python3
"""Fills docs/cli.md's help blocks from the argmap binary's own help output.

    scripts/cli-doc.py ARGMAP [--check]

A help block is a fenced block whose first line is "$ argmap help",
"$ argmap help kinds" or "$ argmap COMMAND --help": the rest of the block
becomes what that command prints, which comes from the subcommand and option
tables in src/cli. A block opening with "$ argmap rules check" or "$ argmap rules
test" is filled the same way, so the built-in pack's counts stay true. Every subcommand must have such a block. Other blocks (the
worked examples) are left alone. With --check nothing is written: the exit
status is 1, with a diff, when docs/cli.md is not what the binary prints.
"""
import difflib
import os
import re
import subprocess
import sys

HELP = re.compile(r"^\$ argmap (help|help kinds|[a-z]+ --help|rules check|rules test)$")


def help_text(argmap, command):
    out = subprocess.run([argmap] + command.split(), capture_output=True, text=True, check=True)
    return out.stdout.rstrip("\n").split("\n")


def fill(argmap, lines):
    out, seen, i = [], set(), 0
    while i < len(lines):
        out.append(lines[i])
        if lines[i].startswith("```") and i + 1 < len(lines) and HELP.match(lines[i + 1]):
            command = lines[i + 1][len("$ argmap "):]
            seen.add(command)
            out.append(lines[i + 1])
            out.extend(help_text(argmap, command))
            i += 2
            while i < len(lines) and not lines[i].startswith("```"):
                i += 1
            continue
        i += 1
    return out, seen


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    argmap, check = sys.argv[1], "--check" in sys.argv[2:]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "cli.md")
    with open(path, encoding="utf-8") as f:
        old = f.read().split("\n")
    new, seen = fill(argmap, old)
    commands = [line.split()[0] for line in help_text(argmap, "help")
                if line.startswith("  ") and line.split()]
    missing = [c for c in commands if c not in ("help", "version") and c + " --help" not in seen]
    if missing:
        sys.exit("docs/cli.md has no '$ argmap %s --help' block" % missing[0])
    if new == old:
        print("docs/cli.md is current")
        return
    if check:
        sys.stdout.writelines(l + "\n" for l in difflib.unified_diff(
            old, new, "docs/cli.md", "argmap's help", lineterm="", n=1))
        sys.exit("docs/cli.md differs from argmap's help: run scripts/cli-doc.py build/argmap")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(new))
    print("docs/cli.md updated")


if __name__ == "__main__":
    main()
