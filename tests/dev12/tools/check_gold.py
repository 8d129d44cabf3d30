#!/usr/bin/env python3
"""Checks this set's gold.jsonl with the shared checks in tests/tools/gold.py (modelled on tests/dev11/tools/check_gold.py)."""
import os, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

# figures in this set's evidence that the shared number pattern does not read
# (a number in words, a capital M, and one break-even phrasing)
WORDS = {
    "£30M": Decimal("30000000"),                        # x05 the tabloid's capitalised splash
    "balanced position": Decimal("0"),                  # x07 break-even in 2022/23
    "Sixty-five million pounds": Decimal("65000000"),   # x10 a member's spoken restatement
}

gold.check(os.path.dirname(HERE), WORDS)
