#!/usr/bin/env python3
"""Validate the data-driven recogniser cases in tests/data/*.toml.

Stdlib only (Python 3.11+ for tomllib). Run from anywhere:

    python3 tests/data/check_cases.py            # check every case file
    python3 tests/data/check_cases.py -v         # also list cases whose values were not cross-checked
    python3 tests/data/check_cases.py DIR        # check the case files in another folder

What it checks, per file:
  * the file parses as TOML, starts with a one-line `#` comment, and has only the keys
    `kinds` and `case`; `kinds` is a non-empty list drawn from money/percent/points/number;
  * case names are `<prefix>-NNNN`, the prefix fixed per file, numbered in steps that are
    multiples of 10, strictly increasing within the file, and unique across all files;
  * a case has only `name`, `text`, `expected` and optionally `kinds`;
  * an expected mention has only `text`, `value`, `unit`, `approx`, `bound`; `value` is a
    plain decimal (no exponent, no trailing zeros, no leading `+`, no `-0`); `unit` is one of
    GBP/USD/EUR/percent/points or absent (absent = kind `number`); the kind implied by the unit
    is among the case's compared kinds; `approx` is a bool; `bound` is lower/upper and only
    with `approx = true`;
  * each expected `text` occurs in the case text, in order and without overlap, at a word
    boundary (the characters either side are not letters or digits);
  * where the mention text is a form this script can read (digits, spelled numbers, currency
    signs, multipliers, pence, per cent, percentage points), the value read from the text
    equals `value` -- a guard against typos in hand-written values.  The first end of a range
    ("£5" in "£5-7m") may inherit the multiplier of the second end;
  * non_figures.toml cases all expect nothing;
  * each file holds at least the agreed minimum number of cases.

Exit status 0 when everything passes, 1 otherwise; problems go to stderr, the summary to stdout.
"""

from __future__ import annotations

import re
import sys
import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent

# file name -> (case-name prefix, minimum number of cases)
FILES = {
    "money.toml": ("money", 220),
    "percent.toml": ("percent", 80),
    "numbers.toml": ("number", 80),
    "non_figures.toml": ("nonfig", 80),
    "hedges.toml": ("hedge", 60),
}

KINDS = {"money", "percent", "points", "number"}
UNIT_KIND = {"GBP": "money", "USD": "money", "EUR": "money", "percent": "percent", "points": "points"}
FILE_KEYS = {"kinds", "case"}
CASE_KEYS = {"name", "text", "expected", "kinds"}
MENTION_KEYS = {"text", "value", "unit", "approx", "bound"}
BOUNDS = {"lower", "upper"}

NAME_RE = re.compile(r"^([a-z]+)-(\d{4})$")
PLAIN_DECIMAL_RE = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")

# ---------------------------------------------------------------------------------------------
# A small reader of figure texts, used only to cross-check hand-written values.
# ---------------------------------------------------------------------------------------------

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
SHORT_MULT = {
    "k": 10**3, "thousand": 10**3,
    "m": 10**6, "mn": 10**6, "million": 10**6,
    "bn": 10**9, "billion": 10**9,
    "trillion": 10**12,
}
CURRENCY = {"£": "GBP", "gbp": "GBP", "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR"}

DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
MULT = r"(?:k|thousand|mn|m|million|bn|billion|trillion)"


def digits_value(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def words_value(s: str) -> Decimal | None:
    """Spelled numbers: 'twenty-five', 'three hundred and twenty', 'a million',
    'half a million', 'a quarter of a billion', '1.2 million'."""
    s = s.lower().strip()
    frac = re.fullmatch(r"(half|a quarter of) an? (hundred|thousand|million|billion|trillion)", s)
    if frac:
        f = Decimal("0.5") if frac.group(1) == "half" else Decimal("0.25")
        return f * (100 if frac.group(2) == "hundred" else SCALES[frac.group(2)])
    if frac := re.fullmatch(r"half an?", s):
        return Decimal("0.5")
    m = re.fullmatch(rf"({DIGITS})\s*{MULT}?", s)
    if m:
        mult = re.fullmatch(rf"({DIGITS})\s*({MULT})?", s)
        v = digits_value(mult.group(1))
        if mult.group(2):
            v *= SHORT_MULT[mult.group(2)]
        return v
    s = re.sub(r"\band a half\b", "+half", s)
    tokens = [t for t in re.split(r"[\s-]+", s) if t]
    if not tokens:
        return None
    total, current, seen = Decimal(0), Decimal(0), False
    last_scale = None
    for i, t in enumerate(tokens):
        if t == "and":
            continue
        if t == "+half" and seen:  # "three and a half billion"
            current += Decimal("0.5")
        elif t in ("a", "an") and i == 0:
            current, seen = 1, True
        elif t in ONES:
            current += ONES[t]
            seen = True
        elif t in TENS:
            current += TENS[t]
            seen = True
        elif t == "hundred":
            current = (current or 1) * 100
            seen = True
        elif t in SCALES:
            if last_scale is not None and SCALES[t] > last_scale and not current:
                total *= SCALES[t]  # "three thousand million"
            else:
                total += (current or 1) * SCALES[t]
            last_scale = SCALES[t]
            current, seen = 0, True
        else:
            return None
    return total + current if seen else None


def read_money(text: str) -> tuple[Decimal, str] | None:
    """Return (value, unit) for the money texts this checker understands, else None."""
    t = text.strip()
    sign = 1
    m = re.match(r"^(-|\u2212|minus\s+)", t, re.I)
    if m:
        sign = -1
        t = t[m.end():]
    low = t.lower()
    # currency sign or code first: £4.8m, £ 5m, US$2.5bn, GBP 5m, EUR 12 million
    m = re.fullmatch(rf"(£|us\$|\$|€|gbp|usd|eur)\s?({DIGITS})\s?({MULT})?", low)
    if m:
        v = digits_value(m.group(2))
        if m.group(3):
            v *= SHORT_MULT[m.group(3)]
        return sign * v, CURRENCY[m.group(1)]
    # pence: 80p, 80 pence, ten pence
    m = re.fullmatch(r"(.+?)\s?(p|pence)", low)
    if m:
        v = words_value(m.group(1))
        if v is not None:
            return sign * v / 100, "GBP"
    # ... pounds / pound after a number: 60 million pounds, half a million pounds
    m = re.fullmatch(r"(.+?)\s(pounds|pound)", low)
    if m:
        v = words_value(m.group(1))
        if v is not None:
            return sign * v, "GBP"
    return None


def read_percent(text: str) -> tuple[Decimal, str] | None:
    low = text.lower().strip()
    m = re.fullmatch(r"(.+?)\s?(percentage points?)", low)
    if m:
        v = words_value(m.group(1))
        return (v, "points") if v is not None else None
    m = re.fullmatch(r"(.+?)\s?(%|per cent|per-cent|percent|pc)", low)
    if m:
        v = words_value(m.group(1))
        return (v, "percent") if v is not None else None
    return None


def read_value(text: str, unit: str | None) -> Decimal | None:
    """Read a value from a mention text; None when the text is beyond this reader."""
    if unit is None:
        return words_value(text)
    if unit in ("GBP", "USD", "EUR"):
        r = read_money(text)
        if r is None and re.fullmatch(rf"{DIGITS}\s?{MULT}", text.lower()):
            # second end of a range written without its currency sign: "£5-7m", "$2-3bn"
            r = (words_value(text), unit)
    else:
        r = read_percent(text)
        if r is None:  # range first end: "2" in "2-3%"
            v = words_value(text)
            r = (v, unit) if v is not None else None
    if r is None or r[1] != unit:
        return None
    return r[0]


def multiplier_of(text: str) -> int:
    m = re.search(rf"\d\s?({MULT})\b", text.lower())
    if m:
        return SHORT_MULT[m.group(1)]
    for word, mult in SCALES.items():
        if word in text.lower():
            return mult
    return 1


# ---------------------------------------------------------------------------------------------


def is_word_char(c: str) -> bool:
    return c.isalnum()


def find_at_boundary(hay: str, needle: str, start: int) -> int:
    """First index >= start where needle occurs with non-alphanumerics either side."""
    i = hay.find(needle, start)
    while i != -1:
        before = hay[i - 1] if i > 0 else " "
        after = hay[i + len(needle)] if i + len(needle) < len(hay) else " "
        ok_before = not (is_word_char(before) and is_word_char(needle[0]))
        ok_after = not (is_word_char(after) and is_word_char(needle[-1]))
        if ok_before and ok_after:
            return i
        i = hay.find(needle, i + 1)
    return -1


def check_value_string(v: object) -> str | None:
    if not isinstance(v, str):
        return f"value must be a string, got {type(v).__name__}"
    if not PLAIN_DECIMAL_RE.match(v):
        return f"value {v!r} is not a plain decimal (no exponent, sign '+', leading or trailing zeros)"
    try:
        d = Decimal(v)
    except InvalidOperation:
        return f"value {v!r} does not parse as a decimal"
    if format(d, "f") != v or v == "-0":
        return f"value {v!r} does not round-trip (Decimal gives {format(d, 'f')!r})"
    return None


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    dirs = [a for a in argv if not a.startswith("-")]
    data_dir = Path(dirs[0]) if dirs else DATA_DIR
    errors: list[str] = []
    seen_names: dict[str, str] = {}
    summary = []
    unchecked: list[str] = []

    def err(where: str, msg: str) -> None:
        errors.append(f"{where}: {msg}")

    for fname, (prefix, minimum) in FILES.items():
        path = data_dir / fname
        if not path.exists():
            err(fname, "missing")
            continue
        raw = path.read_text(encoding="utf-8")
        if not raw.startswith("# "):
            err(fname, "must start with a one-line '# ' comment saying what the file checks")
        try:
            doc = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as e:
            err(fname, f"TOML does not parse: {e}")
            continue
        for k in doc:
            if k not in FILE_KEYS:
                err(fname, f"unknown top-level key {k!r}")
        file_kinds = doc.get("kinds")
        if not (isinstance(file_kinds, list) and file_kinds and set(file_kinds) <= KINDS):
            err(fname, f"kinds must be a non-empty list drawn from {sorted(KINDS)}")
            file_kinds = []
        cases = doc.get("case", [])
        if not isinstance(cases, list):
            err(fname, "'case' must be an array of tables ([[case]])")
            continue
        last_num = -1
        n_mentions = 0
        per_unit: dict[str, int] = {}
        approx_n = 0
        bounds_n = {"lower": 0, "upper": 0}
        empty_n = 0
        for idx, case in enumerate(cases):
            where = f"{fname}: case #{idx + 1}"
            for k in case:
                if k not in CASE_KEYS:
                    err(where, f"unknown key {k!r}")
            name = case.get("name")
            if not isinstance(name, str):
                err(where, "missing name")
                continue
            where = f"{fname}: {name}"
            m = NAME_RE.match(name)
            if not m:
                err(where, "name must look like '<prefix>-NNNN'")
            else:
                if m.group(1) != prefix:
                    err(where, f"name prefix must be {prefix!r} in {fname}")
                num = int(m.group(2))
                if num % 10:
                    err(where, "name number must be a multiple of 10 (leave gaps)")
                if num <= last_num:
                    err(where, "names must increase within the file")
                last_num = max(last_num, num)
            if name in seen_names:
                err(where, f"duplicate name (also in {seen_names[name]})")
            seen_names[name] = fname
            text = case.get("text")
            if not isinstance(text, str) or not text.strip():
                err(where, "text must be a non-empty string")
                continue
            if text != text.strip():
                err(where, "text has leading or trailing whitespace")
            kinds = case.get("kinds", file_kinds)
            if not (isinstance(kinds, list) and kinds and set(kinds) <= KINDS):
                err(where, f"kinds must be a non-empty list drawn from {sorted(KINDS)}")
                kinds = file_kinds
            expected = case.get("expected")
            if not isinstance(expected, list):
                err(where, "expected must be a list (use [] for none)")
                continue
            if fname == "non_figures.toml" and expected:
                err(where, "non_figures cases must expect nothing")
            if not expected:
                empty_n += 1
            pos = 0
            for j, ment in enumerate(expected):
                mw = f"{where}: expected[{j}]"
                if not isinstance(ment, dict):
                    err(mw, "must be an inline table")
                    continue
                for k in ment:
                    if k not in MENTION_KEYS:
                        err(mw, f"unknown key {k!r}")
                mtext = ment.get("text")
                if not isinstance(mtext, str) or not mtext or mtext != mtext.strip():
                    err(mw, "text must be a non-empty string without surrounding spaces")
                    continue
                verr = check_value_string(ment.get("value"))
                if verr:
                    err(mw, verr)
                unit = ment.get("unit")
                if unit is not None and unit not in UNIT_KIND:
                    err(mw, f"unit {unit!r} not one of {sorted(UNIT_KIND)}")
                kind = UNIT_KIND.get(unit) if unit is not None else "number"
                if kind is not None and kind not in kinds:
                    err(mw, f"kind {kind!r} (from unit {unit!r}) is not compared in this case {kinds}")
                approx = ment.get("approx", False)
                if not isinstance(approx, bool):
                    err(mw, "approx must be true or false")
                bound = ment.get("bound")
                if bound is not None:
                    if bound not in BOUNDS:
                        err(mw, f"bound {bound!r} not one of {sorted(BOUNDS)}")
                    elif approx is not True:
                        err(mw, "bound given without approx = true")
                    else:
                        bounds_n[bound] += 1
                if approx is True:
                    approx_n += 1
                at = find_at_boundary(text, mtext, pos)
                if at == -1:
                    if text.find(mtext) == -1:
                        err(mw, f"text {mtext!r} does not occur in the case text")
                    else:
                        err(mw, f"text {mtext!r} does not occur at a word boundary after the "
                                f"previous mention (order or overlap)")
                else:
                    pos = at + len(mtext)
                n_mentions += 1
                per_unit[unit or "(number)"] = per_unit.get(unit or "(number)", 0) + 1
                # cross-check the hand-written value against the text
                if verr is None and (unit is None or unit in UNIT_KIND):
                    got = read_value(mtext, unit)
                    want = Decimal(ment["value"])
                    if got is None:
                        unchecked.append(f"{mw}: {mtext!r}")
                    elif got != want:
                        nxt = expected[j + 1] if j + 1 < len(expected) else None
                        inherits = (
                            bound == "lower"
                            and isinstance(nxt, dict)
                            and nxt.get("bound") == "upper"
                            and got * multiplier_of(nxt.get("text", "")) == want
                        )
                        if not inherits:
                            err(mw, f"value {ment['value']} but the text {mtext!r} reads as "
                                    f"{format(got.normalize(), 'f')}")
        if len(cases) < minimum:
            err(fname, f"{len(cases)} cases, fewer than the agreed minimum {minimum}")
        units = ", ".join(f"{u} {n}" for u, n in sorted(per_unit.items()))
        summary.append(
            f"{fname:18} {len(cases):4} cases  {n_mentions:4} mentions  "
            f"{empty_n:3} expect none  approx {approx_n:3} (lower {bounds_n['lower']}, "
            f"upper {bounds_n['upper']})  [{units}]"
        )

    print("\n".join(summary))
    print(f"{'total':18} {len(seen_names):4} cases (unique names)")
    if unchecked:
        print(f"{len(unchecked)} mention values not cross-checked (text beyond the checker's reader)")
        if verbose:
            print("\n".join("  " + u for u in unchecked))
    if errors:
        for e in errors:
            print(f"check_cases: {e}", file=sys.stderr)
        print(f"check_cases: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
