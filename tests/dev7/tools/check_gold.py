#!/usr/bin/env python3
"""Checks this set's gold.jsonl with the shared checks in tests/tools/gold.py."""
import os, sys
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

# figures written in words in this set's evidence (s05 transcript, s06, s07, s11)
WORDS = {"six and a half million": Decimal("6500000"), "one point two million": Decimal("1200000"),
         "nineteen million": Decimal("19000000"), "three hundred million": Decimal("300000000"),
         "four million pounds": Decimal("4000000"), "three point nine million": Decimal("3900000"),
         "ninety-one point five per cent": Decimal("91.5"), "ninety-five per cent": Decimal("95"),
         "five percent": Decimal("5"), "five per cent": Decimal("5"), "one per cent": Decimal("1")}

gold.check(os.path.dirname(HERE), WORDS)
