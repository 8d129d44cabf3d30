#!/usr/bin/env python3
"""Checks this set's gold.jsonl with the shared checks in tests/tools/gold.py."""
import os, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

# figures in this set's evidence written in words, which the shared number pattern does not read
WORDS = {
    "three million pounds": Decimal("3000000"),   # u01 prescribing overspend
    "two per cent": Decimal("2"),                 # u04 ICB savings as a share of allocation
    "five per cent": Decimal("5"),                # u10 Bolton savings as a share of turnover
    "one per cent": Decimal("1"),                 # u12 CCG surplus rule
}

gold.check(os.path.dirname(HERE), WORDS)
