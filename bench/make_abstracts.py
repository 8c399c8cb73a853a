#!/usr/bin/env python3
"""Synthesizes abstracts for the `argmap compare` benchmark (bench/compare.sh).

Each abstract is a few consecutive sentences of one real abstract (its "home",
so it keeps a subject) followed by a few sentences drawn from the whole pool,
so papers share some claims and differ in others. The sentences come from
examples/*.txt and from the shared folder's seed, gold and corpus files; the
output goes to the file named by --out (a temporary file: never commit it).
The same --seed gives the same file.

usage: make_abstracts.py --count N --out FILE [--seed S] [--shared DIR]
"""
import argparse
import glob
import json
import os
import random
import re

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


def sentences(text):
    return [s.strip() for s in SENTENCE_END.split(text) if len(s.strip()) > 20]


def abstracts(repo, shared):
    """The texts of every abstract found, as lists of sentences."""
    texts = []
    for path in sorted(glob.glob(os.path.join(repo, "examples", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            texts += [p for p in f.read().split("\n\n") if p.strip()]
    for path in sorted(glob.glob(os.path.join(shared, "seeds", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            first = f.readline()
            try:
                texts.append(json.loads(first)["abstract"])
            except (ValueError, KeyError, TypeError):
                texts += [first] + [line for line in f if line.strip()]
    for path in sorted(glob.glob(os.path.join(shared, "gold", "*.jsonl")) +
                       glob.glob(os.path.join(shared, "corpora", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return [s for s in (sentences(t) for t in texts) if len(s) >= 2]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    args = parser.parse_args()
    homes = abstracts(repo, args.shared)
    pool = [s for home in homes for s in home]
    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8") as out:
        for k in range(1, args.count + 1):
            home = rng.choice(homes)
            start = rng.randrange(len(home))
            body = home[start:start + rng.randint(3, 5)]
            body += rng.sample(pool, rng.randint(2, 4))
            record = {
                "id": "bench-%05d" % k,
                "title": "Synthetic abstract %d" % k,
                "authors": ["Author %d" % (k % 97)],
                "year": str(1990 + k % 34),
                "doi": "10.0000/bench.%d" % k,
                "abstract": " ".join(body),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print("%d abstracts from %d sentences of %d abstracts" % (args.count, len(pool), len(homes)))


if __name__ == "__main__":
    main()
