#!/usr/bin/env python3
"""Gold files of the hand-written sets (tests/dev5, tests/dev6, tests/dev7): building
gold.jsonl from a set's table, and checking it: JSON, field order, docs
exist, evidence verbatim, sort order, vocabularies, value/evidence agreement
(rough), org names against the reference table."""
import csv, json, os, re
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["doc", "org", "org_type", "metric", "value", "unit", "approx", "period", "status", "as_of", "optional", "evidence"]
METRICS = {"deficit", "surplus", "required_surplus", "savings_required", "savings_gap", "funding_gap", "budget",
           "overspend", "underspend", "performance_target", "performance_actual", "bailout", "debt"}
TYPES = {"ccg", "icb", "ics", "stp", "trust", "health_board", "hsc_trust", "nhs_england", "nhs_england_region",
         "dhsc", "council", "aggregate", "other"}
STATUS = {"actual", "forecast", "planned", "target", None}


def row(org, metric, value, unit, approx, period, status, as_of, optional, evidence):
    """One table row: `org` is a (name, org_type) pair."""
    return (org[0], org[1], metric, value, unit, approx, period, status, as_of, optional, evidence)


def build(ROOT, DATA):
    """Writes ROOT/gold.jsonl from DATA (doc -> rows without the doc), each
    doc's rows sorted by where their evidence first appears."""
    out = []
    for doc in sorted(DATA):
        text = open(os.path.join(ROOT, "articles", doc), encoding="utf-8").read()
        rows = []
        for i, t in enumerate(DATA[doc]):
            pos = text.find(t[-1])
            if pos < 0:
                raise SystemExit(f"{doc}: evidence not found: {t[-1]!r}")
            rows.append((pos, i, dict(zip(FIELDS, (doc,) + t))))
        rows.sort(key=lambda x: (x[0], x[1]))
        out += [r for _, _, r in rows]
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "rows;", sum(not r["optional"] for r in out), "required;", sum(r["optional"] for r in out), "optional")


def check(ROOT, WORDS):
    """Checks ROOT/gold.jsonl; WORDS: the set's figures written in words."""
    errs = []
    ref = {}
    with open(os.path.join(HERE, "../../../shared/reference/nhs_organisations.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for n in [row["name"]] + [x for x in row["other_names"].split(";") if x] + [x for x in row["aliases"].split(";") if x]:
                ref.setdefault(n, row["type"])
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
    texts = {}
    last = ("", -1)
    for n, r in enumerate(rows, 1):
        if list(r) != FIELDS: errs.append(f"{n}: field order {list(r)}")
        p = os.path.join(ROOT, "articles", r["doc"])
        if not os.path.exists(p): errs.append(f"{n}: no doc"); continue
        t = texts.setdefault(r["doc"], open(p, encoding="utf-8").read())
        pos = t.find(r["evidence"])
        if pos < 0: errs.append(f"{n}: evidence not verbatim")
        key = (r["doc"], pos)
        if key < last: errs.append(f"{n}: not sorted")
        last = key
        if r["metric"] not in METRICS: errs.append(f"{n}: metric")
        if r["org_type"] not in TYPES: errs.append(f"{n}: org_type")
        if r["status"] not in STATUS: errs.append(f"{n}: status")
        if r["unit"] not in ("GBP", "percent"): errs.append(f"{n}: unit")
        if not re.fullmatch(r"\d+(\.\d+)?", r["value"]): errs.append(f"{n}: value format")
        if r["period"] is not None and not re.fullmatch(r"20\d\d-\d\d", r["period"]): errs.append(f"{n}: period")
        if not isinstance(r["approx"], bool) or not isinstance(r["optional"], bool): errs.append(f"{n}: bools")
        # value agreement
        v = Decimal(r["value"]); ev = r["evidence"]
        cands = set()
        for m in re.finditer(r"£?(\d[\d,]*(?:\.\d+)?)\s*(bn|billion|million|m|k)?", ev):
            num = Decimal(m.group(1).replace(",", "")); mult = {"bn": 10**9, "billion": 10**9, "million": 10**6, "m": 10**6, "k": 1000}.get(m.group(2), 1)
            cands.add(num * mult)
        for w, val in WORDS.items():
            if w in ev: cands.add(val)
        if "break even" in ev or "break-even" in ev or "broke even" in ev: cands.add(Decimal(0))
        if v not in cands: errs.append(f"{n}: value {r['value']} not in evidence {ev!r}")
        if r["org"] in ref and ref[r["org"]] != r["org_type"]:
            errs.append(f"{n}: org_type {r['org_type']} vs reference {ref[r['org']]} for {r['org']}")
    docs = sorted(os.listdir(os.path.join(ROOT, "articles")))
    missing = [d for d in docs if d not in texts]
    print("rows", len(rows), "required", sum(not r["optional"] for r in rows), "optional", sum(r["optional"] for r in rows))
    print("docs without rows:", missing)
    print("orgs not in reference table:", sorted({r["org"] for r in rows if r["org"] not in ref}))
    print("\n".join(errs) if errs else "no errors")
