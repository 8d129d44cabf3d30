#!/usr/bin/env python3
"""Word 7-gram overlap of this set's articles with /work/shared/devset/articles and the articles of
tests/dev2, dev3 and dev5-dev13. Prints each shared 7-gram run (merged) with the files that share it;
header lines (Title/Date/URL) are skipped. Only this set's own words are printed."""
import glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
N = 7

def words(path):
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if not re.match(r"(Title|Date|URL):", l)]
    return re.findall(r"[a-z0-9£%'.,-]+", " ".join(lines).lower())

def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}

paths = glob.glob("/work/shared/devset/articles/*.txt")
for d in ["dev2", "dev3", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13"]:
    paths += glob.glob(os.path.join(ROOT, "..", d, "articles", "*.txt"))
others = {p: grams(words(p)) for p in sorted(paths)}
total = 0
for p in sorted(glob.glob(os.path.join(ROOT, "articles/*.txt"))):
    ws = words(p)
    hits = []
    for i in range(len(ws) - N + 1):
        g = tuple(ws[i:i + N])
        srcs = [os.path.basename(os.path.dirname(os.path.dirname(q))) + "/" + os.path.basename(q) for q, gs in others.items() if g in gs]
        if srcs:
            hits.append((i, srcs))
    runs, prev = [], None
    for i, srcs in hits:
        if prev is not None and i == prev + 1:
            runs[-1][1] = i
            runs[-1][2].update(srcs)
        else:
            runs.append([i, i, set(srcs)])
        prev = i
    for a, b, srcs in runs:
        total += 1
        print(os.path.basename(p), "|", " ".join(ws[a:b + N]), "|", ", ".join(sorted(srcs)))
print("compared with", len(others), "articles; shared runs:", total)
