#!/usr/bin/env python3
"""Lists every £ figure, percentage and break-even phrase of this set's articles that lies outside all
gold evidence spans of its article (the candidate traps), and evidence strings that occur more than once
(the shared logic is in tests/tools/traps.py; the figure forms are this set's)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import traps  # noqa: E402

PAT = re.compile(r"£\d[\d,.]*\s*(?:bn|billion|million|m|k)?|\d[\d.]*\s*(?:per cent|percent|%)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|zero) per ?cent\b|half a (?:million|billion)|hundreds of millions(?: of pounds)?|(?:a|one) (?:tenth|fifth|quarter|third|half)\b|two thirds|three quarters|more than half|\b(?:six|three) in (?:every )?(?:ten|four)\b|£?\d[\d,.]*\s*(?:bn|billion|million)\b|break[- ]even|broke(?:n)? even|\b\d[\d,]{3,}\b", re.I)
traps.report(os.path.dirname(HERE), PAT)
