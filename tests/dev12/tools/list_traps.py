#!/usr/bin/env python3
"""Lists every money figure, percentage and number word in the articles that lies outside all gold evidence
of its article (to confirm each one is a deliberate trap), and flags evidence strings that occur more than once."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
PAT = re.compile(r"\(?£[\d,.]+\s*(?:bn|billion|million|m|M|k)?\)?|\b\d[\d.]*p\b|\b\d[\d.]*\s*(?:per cent|percent|%)|"
                 r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy)[- ]?\w*\s+(?:million|billion|per cent|percent)[^.,]*|"
                 r"half a million pounds|a fifth|a quarter|a third|two-thirds|break even|broke even|balanced position",
                 re.I)
for doc in sorted(os.listdir(os.path.join(ROOT, "articles"))):
    text = open(os.path.join(ROOT, "articles", doc), encoding="utf-8").read()
    spans = []
    for g in gold:
        if g["doc"] == doc:
            n = text.count(g["evidence"])
            if n > 1:
                print("  NOTE evidence occurs", n, "times:", doc, repr(g["evidence"]))
            p = text.find(g["evidence"])
            while p >= 0:
                spans.append((p, p + len(g["evidence"])))
                p = text.find(g["evidence"], p + 1)
    out = [m.group(0).strip() for m in PAT.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    print(doc, "|", "; ".join(out))
