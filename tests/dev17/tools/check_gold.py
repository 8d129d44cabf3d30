#!/usr/bin/env python3
"""Checks this set's gold.jsonl with the shared checks in tests/tools/gold.py (modelled on tests/dev16/tools/check_gold.py)."""
import os, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

# figures in this set's evidence that the shared number pattern does not read
WORDS = {
    "one per cent": Decimal("1"),          # c07 Chiltern CCG's required surplus
    "five percent": Decimal("5"),          # c02 the savings as a share of spending
    "broke even": Decimal("0"),            # c03 break-even in 2023/24
}

gold.check(os.path.dirname(HERE), WORDS)
