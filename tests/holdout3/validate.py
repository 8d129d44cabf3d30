#!/usr/bin/env python3
"""Check dev4-draft: gold format, evidence, order, article headers and body lengths."""
import json, os, re, sys
from decimal import Decimal
D = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["doc", "org", "org_type", "metric", "value", "unit", "approx", "period", "status", "as_of", "optional", "evidence"]
METRICS = {"deficit", "surplus", "required_surplus", "savings_required", "savings_gap", "funding_gap", "budget",
           "overspend", "underspend", "performance_target", "performance_actual", "bailout", "debt"}
TYPES = {"ccg", "icb", "ics", "stp", "trust", "health_board", "hsc_trust", "nhs_england", "nhs_england_region",
         "dhsc", "council", "aggregate", "other"}
STATUS = {"actual", "forecast", "planned", "target", None}
errs = []
arts = sorted(os.listdir(os.path.join(D, "articles")))
texts = {a: open(os.path.join(D, "articles", a), encoding="utf-8").read() for a in arts}
undated = 0
for a, t in texts.items():
    lines = t.split("\n")
    if not lines[0].startswith("Title: "): errs.append(f"{a}: no Title")
    i = 1
    if lines[1].startswith("Date: "):
        if not re.fullmatch(r"Date: \d{4}-\d\d-\d\d", lines[1]): errs.append(f"{a}: bad Date")
        i = 2
    else:
        undated += 1
    if not re.match(r"URL: https://[a-z0-9.-]+\.invalid/", lines[i]): errs.append(f"{a}: bad URL")
    if lines[i + 1] != "": errs.append(f"{a}: no blank line after header")
    if lines[i + 2] != lines[0][len("Title: "):]: errs.append(f"{a}: headline differs from Title")
    body = "\n".join(lines[i + 3:])
    n = len(body.split())
    if not 250 <= n <= 400: errs.append(f"{a}: body has {n} words")
    print(f"{a}: body {n} words, {'dated' if i == 2 else 'undated'}")
rows = []
for n, line in enumerate(open(os.path.join(D, "gold.jsonl"), encoding="utf-8"), 1):
    try:
        x = json.loads(line)
    except json.JSONDecodeError as e:
        errs.append(f"gold:{n}: {e}"); continue
    if list(x) != FIELDS: errs.append(f"gold:{n}: field order {list(x)}")
    if x["doc"] not in texts: errs.append(f"gold:{n}: no doc {x['doc']}"); continue
    if x["evidence"] not in texts[x["doc"]]: errs.append(f"gold:{n}: evidence not in article")
    if not re.fullmatch(r"\d+(\.\d+)?", x["value"]): errs.append(f"gold:{n}: value {x['value']}")
    if x["metric"] not in METRICS: errs.append(f"gold:{n}: metric")
    if x["org_type"] not in TYPES: errs.append(f"gold:{n}: org_type")
    if x["unit"] not in {"GBP", "percent"}: errs.append(f"gold:{n}: unit")
    if x["status"] not in STATUS: errs.append(f"gold:{n}: status")
    if x["period"] is not None and not re.fullmatch(r"\d{4}-\d\d", x["period"]): errs.append(f"gold:{n}: period")
    if not isinstance(x["approx"], bool) or not isinstance(x["optional"], bool): errs.append(f"gold:{n}: bools")
    rows.append((n, x))
keys = [(x["doc"], texts[x["doc"]].find(x["evidence"])) for _, x in rows if x["doc"] in texts]
if keys != sorted(keys): errs.append("gold: not sorted by doc, evidence position")
req = sum(not x["optional"] for _, x in rows)
print(f"{len(rows)} rows, {req} required, {len(rows) - req} optional; {len(texts)} articles, {undated} undated")
print("\n".join(errs) or "OK")
sys.exit(1 if errs else 0)
