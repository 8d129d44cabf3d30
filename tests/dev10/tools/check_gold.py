#!/usr/bin/env python3
"""Checks this set's gold.jsonl with the shared checks in tests/tools/gold.py (modelled on tests/dev9/tools/check_gold.py)."""
import os, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

# figures in this set's evidence written in words, which the shared number pattern does not read
WORDS = {
    "six and a half per cent": Decimal("6.5"),   # v05 NHS Orkney savings as a share of its budget
}

gold.check(os.path.dirname(HERE), WORDS)
