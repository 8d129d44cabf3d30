#!/usr/bin/env python3
"""Checks this set's gold.jsonl with the shared checks in tests/tools/gold.py (modelled on tests/dev14/tools/check_gold.py)."""
import os, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

# figures in this set's evidence that the shared number pattern does not read
WORDS = {
    "forty-one million pounds": Decimal("41000000"),      # b02 the union's restatement of the CIP, in words
    "half a billion pounds": Decimal("500000000"),        # b12 the STP's gap, in words
    "five per cent": Decimal("5"),                        # b02 the CIP as a share of spending
    "eight per cent": Decimal("8"),                       # b11 the CIP as a share of costs
    "£27M": Decimal("27000000"),                          # b02 the splash headline, in capitals
    "broken even": Decimal("0"),                          # b07 break-even in 2018/19
}

gold.check(os.path.dirname(HERE), WORDS)
