#!/usr/bin/env python3
"""Checks this set's gold.jsonl with the shared checks in tests/tools/gold.py (modelled on tests/dev19/tools/check_gold.py)."""
import os, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

# figures in this set's evidence that the shared number pattern does not read
WORDS = {"eight percent": Decimal(8)}   # g10 "almost eight percent of its budget"

gold.check(os.path.dirname(HERE), WORDS)
