#!/usr/bin/env python3
"""Word 7-gram overlap of this set's articles with the shared dev set's (../shared/devset) and those of
tests/dev2, dev3 and dev5-dev19 (the shared logic is in tests/tools/overlap.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import overlap  # noqa: E402

overlap.report(os.path.dirname(HERE), ['dev2', 'dev3', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19'])
