#!/usr/bin/env python3
"""Word 7-gram overlap of a hand-written set's articles with the shared dev set's and those of the
sets written before it, for the copying check each set's README reports. Prints each shared 7-gram
run (merged) with the files that share it; header lines (Title/Date/URL) are skipped, and only the
set's own words are printed. Each set's `tools/overlap.py` calls `report` with its earlier sets."""
import glob, os, re

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(TESTS, "..", "..", "shared")
N = 7


def words(path):
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if not re.match(r"(Title|Date|URL):", l)]
    return re.findall(r"[a-z0-9£%'.,-]+", " ".join(lines).lower())


def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def runs_of(ws, others):
    """The runs of consecutive 7-grams of `ws` found in `others`: (first, last, sources)."""
    runs, prev = [], None
    for i in range(len(ws) - N + 1):
        g = tuple(ws[i:i + N])
        srcs = [os.path.basename(os.path.dirname(os.path.dirname(q))) + "/" + os.path.basename(q)
                for q, gs in others.items() if g in gs]
        if not srcs:
            continue
        if prev is not None and i == prev + 1:
            runs[-1][1] = i
            runs[-1][2].update(srcs)
        else:
            runs.append([i, i, set(srcs)])
        prev = i
    return runs


def report(set_dir, earlier):
    """Prints the shared runs of `set_dir`'s articles with the dev set and the `earlier` sets."""
    paths = glob.glob(os.path.join(SHARED, "devset", "articles", "*.txt"))
    for d in earlier:
        paths += glob.glob(os.path.join(TESTS, d, "articles", "*.txt"))
    others = {p: grams(words(p)) for p in sorted(paths)}
    total = 0
    for p in sorted(glob.glob(os.path.join(set_dir, "articles", "*.txt"))):
        ws = words(p)
        for a, b, srcs in runs_of(ws, others):
            total += 1
            print(os.path.basename(p), "|", " ".join(ws[a:b + N]), "|", ", ".join(sorted(srcs)))
    print("compared with", len(others), "articles; shared runs:", total)
