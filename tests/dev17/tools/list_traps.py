#!/usr/bin/env python3
"""Lists every £ figure, percentage and break-even phrase of this set's articles that lies outside all
gold evidence spans of its article (the candidate traps), and evidence strings that occur more than once
(modelled on tests/dev16/tools/list_traps.py; word forms of this set added)."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
PAT = re.compile(r"£\d[\d,.]*\s*(?:bn|billion|million|m|k)?|\d[\d.]*\s*(?:per cent|percent|%)|\b(?:one|two|three|four|five|six|eight|ten|zero) per ?cent\b|half a (?:million|billion)|(?:twenty|forty-one|a) million(?: pounds)?|£?\d[\d,.]*\s*(?:bn|billion|million)\b|break[- ]even|broke(?:n)? even|\b\d[\d,]{3,}\b", re.I)
for doc in sorted(os.listdir(os.path.join(ROOT, "articles"))):
    t = open(os.path.join(ROOT, "articles", doc), encoding="utf-8").read()
    spans = []
    for g in gold:
        if g["doc"] != doc: continue
        ev = g["evidence"]
        if t.count(ev) > 1: print(doc, "| evidence occurs", t.count(ev), "times:", ev[:60])
        for m in re.finditer(re.escape(ev), t): spans.append((m.start(), m.end()))
    out = [m.group(0) for m in PAT.finditer(t) if not any(a <= m.start() < b for a, b in spans)]
    print(doc, "|", "; ".join(out))
