"""The trap listing the dev sets share: every figure of a set's articles that lies outside all gold
evidence spans of its article (the candidate traps, each to be confirmed deliberate), and evidence
strings that occur more than once. Each set's tools/list_traps.py passes its own pattern of figure
forms (the word forms its articles use)."""
import json
import os
import re


def report(root, pat):
    """Prints one line per article of the set at `root` (its `articles/` and `gold.jsonl`): the
    matches of `pat` outside every gold evidence span, after a note for each evidence string that
    occurs more than once in its article."""
    gold = [json.loads(l) for l in open(os.path.join(root, "gold.jsonl"), encoding="utf-8")]
    for doc in sorted(os.listdir(os.path.join(root, "articles"))):
        t = open(os.path.join(root, "articles", doc), encoding="utf-8").read()
        spans = []
        for g in gold:
            if g["doc"] != doc:
                continue
            ev = g["evidence"]
            if t.count(ev) > 1:
                print(doc, "| evidence occurs", t.count(ev), "times:", ev[:60])
            for m in re.finditer(re.escape(ev), t):
                spans.append((m.start(), m.end()))
        out = [m.group(0) for m in pat.finditer(t) if not any(a <= m.start() < b for a, b in spans)]
        print(doc, "|", "; ".join(out))
