#!/usr/bin/env python3
"""Checks this set's gold.jsonl with the shared checks in tests/tools/gold.py (modelled on tests/dev10/tools/check_gold.py)."""
import os, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

# figures in this set's evidence that the shared number pattern does not read
# (number words, a capital M, and one break-even phrasing)
WORDS = {
    "twenty million pounds": Decimal("20000000"),      # w01 presenter's hedged restatement
    "£22.4M": Decimal("22400000"),                     # w01 on-screen graphic
    "£4.9M": Decimal("4900000"),                       # w01 on-screen graphic
    "one per cent": Decimal("1"),                      # w01 the CCG surplus rule
    "twelve million pounds": Decimal("12000000"),      # w03
    "Twelve million": Decimal("12000000"),             # w03 restatement
    "one point eight billion": Decimal("1800000000"),  # w03
    "forty-five million pounds": Decimal("45000000"),  # w03 underlying deficit
    "thirty million pounds": Decimal("30000000"),      # w03 deficit support
    "balanced our books": Decimal("0"),                # w07 break-even in 2016/17
}

gold.check(os.path.dirname(HERE), WORDS)
