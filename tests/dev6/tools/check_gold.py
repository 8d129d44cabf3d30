#!/usr/bin/env python3
"""Checks this set's gold.jsonl with the shared checks in tests/tools/gold.py."""
import os, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

WORDS = {"seven percent": Decimal("7"), "one per cent": Decimal("1"),
         "two per cent": Decimal("2")}

gold.check(os.path.dirname(HERE), WORDS)
