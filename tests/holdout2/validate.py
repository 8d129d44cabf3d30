#!/usr/bin/env python3
"""Check tests/holdout2: gold.jsonl rows and article headers.

usage: python3 tests/holdout2/validate.py   (from the project root, or any directory)
"""
import json, os, re, sys
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
FIELDS = ["doc", "org", "org_type", "metric", "value", "unit", "approx", "period",
          "status", "as_of", "optional", "evidence"]
ORG_TYPES = {"ccg", "icb", "ics", "stp", "trust", "health_board", "hsc_trust", "nhs_england",
             "nhs_england_region", "dhsc", "council", "aggregate", "other"}
METRICS = {"deficit", "surplus", "required_surplus", "savings_required", "savings_gap",
           "funding_gap", "budget", "overspend", "underspend", "performance_target",
           "performance_actual", "bailout", "debt"}
STATUS = {"actual", "forecast", "planned", "target", None}
errs = []

def err(msg):
    errs.append(msg)

# articles
texts = {}
for fn in sorted(os.listdir(ART)):
    if not fn.endswith(".txt"):
        continue
    t = open(os.path.join(ART, fn), encoding="utf-8").read()
    texts[fn] = t
    lines = t.split("\n")
    if not re.fullmatch(r"k\d\d_[a-z0-9-]+\.txt", fn):
        err(f"{fn}: bad file name")
    if not lines[0].startswith("Title: "):
        err(f"{fn}: no Title line")
    title = lines[0][7:]
    i = 1
    if lines[1].startswith("Date: "):
        if not re.fullmatch(r"Date: (20(1\d|2[0-6]))-\d\d-\d\d", lines[1]):
            err(f"{fn}: bad Date line")
        i = 2
    if not re.fullmatch(r"URL: https://[a-z0-9.-]+\.invalid/\S*", lines[i]):
        err(f"{fn}: bad URL line")
    if lines[i + 1] != "" or lines[i + 2] != title:
        err(f"{fn}: header must be followed by a blank line and the headline")
    body = "\n".join(lines[i + 2:])
    n = len(body.split())
    if not 300 <= n <= 500:
        err(f"{fn}: body has {n} words")

# gold
rows = []
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"gold:{n}: not JSON: {e}")
            continue
        rows.append(r)
        if list(r) != FIELDS:
            err(f"gold:{n}: fields {list(r)}")
            continue
        if r["doc"] not in texts:
            err(f"gold:{n}: unknown doc {r['doc']}")
        elif r["evidence"] not in texts[r["doc"]]:
            err(f"gold:{n}: evidence not in article: {r['evidence']!r}")
        try:
            v = Decimal(r["value"])
            if not re.fullmatch(r"-?\d+(\.\d+)?", r["value"]):
                err(f"gold:{n}: value not a plain decimal: {r['value']}")
        except (InvalidOperation, TypeError):
            err(f"gold:{n}: value {r['value']!r}")
        if r["org_type"] not in ORG_TYPES:
            err(f"gold:{n}: org_type {r['org_type']}")
        if r["metric"] not in METRICS:
            err(f"gold:{n}: metric {r['metric']}")
        if r["status"] not in STATUS:
            err(f"gold:{n}: status {r['status']}")
        if r["unit"] not in ("GBP", "percent"):
            err(f"gold:{n}: unit {r['unit']}")
        if r["period"] is not None:
            m = re.fullmatch(r"20(\d\d)-(\d\d)", r["period"])
            if not m or (int(m.group(1)) + 1) % 100 != int(m.group(2)):
                err(f"gold:{n}: period {r['period']}")
        for k in ("approx", "optional"):
            if not isinstance(r[k], bool):
                err(f"gold:{n}: {k} not boolean")
        if r["as_of"] is not None and not re.fullmatch(
                r"(January|February|March|April|May|June|July|August|September|October|November|December|month \d+)", r["as_of"]):
            err(f"gold:{n}: as_of {r['as_of']!r}")
        if not r["org"].strip():
            err(f"gold:{n}: empty org")

req = sum(not r["optional"] for r in rows)
print(f"{len(texts)} articles, {sum(1 for t in texts.values() if chr(10)+'Date: ' not in t[:200])} undated; "
      f"{len(rows)} rows, {req} required, {len(rows) - req} optional")
for e in errs:
    print("ERROR", e)
sys.exit(1 if errs else 0)
