#!/usr/bin/env python3
"""Build gold.jsonl for dev17 from the compact table below (modelled on tests/dev16/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

RBH = ("Royal Brompton & Harefield NHS Foundation Trust", "trust")
FTS = ("NHS foundation trusts in England", "aggregate")
NHFT = ("Nottinghamshire Healthcare NHS Foundation Trust", "trust")
GJ = ("NHS Golden Jubilee", "health_board")
CCC = ("Ceredigion County Council", "council")
DCS = ("Derry City and Strabane District Council", "council")
SECAMB = ("South East Coast Ambulance Service NHS Foundation Trust", "trust")
BUCKS = ("CCGs in Buckinghamshire", "aggregate")
CHIL = ("NHS Chiltern CCG", "ccg")
AVCCG = ("NHS Aylesbury Vale CCG", "ccg")
BRENT = ("Brent Council", "council")
NHSB = ("NHS Brent", "other")
MWL = ("Mersey and West Lancashire Teaching Hospitals NHS Trust", "trust")
LPT = ("Leicestershire Partnership NHS Trust", "trust")
MHT = ("Mental health trusts in England", "aggregate")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"c01_brompton_harefield_trade.txt": [
 r(RBH, "deficit", "6300000", G, False, "2014-15", "forecast", None, R, "now on course for a deficit of £6.3m in 2014-15"),
 r(RBH, "surplus", "2100000", G, False, "2014-15", "planned", None, R, "a plan that promised a surplus of £2.1m"),
 r(RBH, "surplus", "4700000", G, False, "2013-14", "actual", None, R, "reported a surplus of £4.7m for 2013-14"),
 r(RBH, "budget", "380000000", G, True, "2014-15", None, None, R, "an annual turnover of just under £380m"),
 r(RBH, "savings_required", "18500000", G, False, "2014-15", "target", None, R, "The cost improvement programme for the year stands at £18.5m"),
 r(RBH, "savings_required", "4.1", P, False, "2014-15", "target", None, O, "or 4.1 per cent of turnover"),
 r(RBH, "savings_required", "11200000", G, False, "2014-15", "planned", "August", O, "Schemes worth £11.2m had been signed off by the end of August"),
 r(RBH, "savings_gap", "7300000", G, False, "2014-15", "actual", "August", R, "leaving a gap of £7.3m"),
 r(FTS, "deficit", "167000000", G, False, "2014-15", "actual", "June", O, "NHS foundation trusts in England were £167m in deficit at the end of June"),
 r(RBH, "performance_actual", "91.8", P, False, "2014-15", "actual", "August", R, "the trust treated 91.8 per cent of admitted patients within 18 weeks"),
 r(RBH, "performance_target", "90", P, False, None, "target", None, R, "against a target of 90 per cent"),
],
"c02_nottinghamshire_healthcare_local.txt": [
 r(NHFT, "deficit", "5500000", G, False, "2019-20", "forecast", None, R, "now expects to end 2019/20 with a deficit of £5.5 million"),
 r(NHFT, "required_surplus", "1900000", G, False, "2019-20", "target", None, R, "deliver a £1.9m surplus this financial year as its control total"),
 r(NHFT, "budget", "470000000", G, False, "2018-19", None, None, R, "the £470m-a-year trust"),
 r(NHFT, "deficit", "3600000", G, False, "2018-19", "actual", None, R, "closed its 2018/19 accounts £3.6m in deficit"),
 r(NHFT, "overspend", "4200000", G, False, "2019-20", "actual", "June", R, "overshot its budget by £4.2m, three months into the year"),
 r(NHFT, "bailout", "4800000", G, False, "2019-20", "planned", None, O, "it will forfeit £4.8m of Provider Sustainability Fund money"),
 r(NHFT, "savings_required", "22000000", G, False, "2019-20", "target", None, R, "efficiency savings of £22m this year"),
 r(NHFT, "savings_required", "5", P, True, "2019-20", "target", None, O, "roughly five percent of its spending"),
],
"c03_golden_jubilee_scotland.txt": [
 r(GJ, "budget", "131200000", G, False, "2024-25", None, None, R, "has an annual budget of £131.2m"),
 r(GJ, "overspend", "3400000", G, False, "2024-25", "forecast", None, R, "is projected to overspend by £3.4m in 2024/25"),
 r(GJ, "deficit", "0", G, False, "2023-24", "actual", None, O, "it broke even in 2023/24"),
 r(GJ, "bailout", "2100000", G, False, "2023-24", "actual", None, R, "£2.1m of brokerage from the Scottish Government"),
 r(GJ, "savings_required", "6900000", G, False, "2024-25", "target", None, R, "must find £6.9 million of efficiency savings in 2024/25"),
 r(GJ, "savings_required", "5.3", P, True, "2024-25", "target", None, O, "about 5.3 per cent of its budget"),
 r(GJ, "savings_required", "4100000", G, False, "2024-25", "planned", None, O, "plans worth £4.1m have been identified"),
 r(GJ, "savings_gap", "2800000", G, False, "2024-25", "actual", None, R, "with £2.8m still to be found"),
 r(GJ, "performance_actual", "78.4", P, False, "2024-25", "actual", "April", R, "78.4 per cent of Jubilee patients were treated within that time"),
 r(GJ, "performance_target", "100", P, False, None, "target", None, R, "against the legal requirement of 100 per cent"),
],
"c04_ceredigion_council_wales.txt": [
 r(CCC, "budget", "131700000", G, False, "2013-14", None, None, R, "a net revenue budget of £131.7m for 2013-14"),
 r(CCC, "savings_required", "6100000", G, False, "2013-14", "target", None, R, "savings of £6,100,000"),
 r(CCC, "savings_required", "19000000", G, True, "2015-16", "target", None, R, "around £19m of savings in total by the end of 2015-16"),
 r(CCC, "overspend", "1400000", G, False, "2012-13", "forecast", None, R, "on course to overspend by £1.4m in 2012-13"),
 r(CCC, "underspend", "350000", G, False, "2012-13", "forecast", None, R, "forecasting an underspend of £350,000 for the year"),
 r(CCC, "funding_gap", "4300000", G, False, "2014-15", "forecast", None, R, "a budget gap of £4.3m for 2014/15"),
],
"c05_derry_strabane_council_ni.txt": [
 r(DCS, "budget", "58900000", G, False, "2016-17", None, None, R, "set net expenditure of £58.9m for 2016/17"),
 r(DCS, "savings_required", "1600000", G, False, "2016-17", "target", None, R, "efficiency savings of £1.6 million"),
 r(DCS, "funding_gap", "1200000", G, True, "2016-17", "forecast", None, R, "a shortfall of around £1.2m in next year's budget"),
 r(DCS, "overspend", "420000", G, False, "2015-16", "forecast", None, R, "finish the current year £420,000 over budget"),
 r(DCS, "underspend", "720000", G, False, "2015-16", "forecast", None, R, "heading for an underspend of £720k"),
],
"c06_secamb_bbc.txt": [
 r(SECAMB, "deficit", "8000000", G, True, "2016-17", "forecast", None, O, "more than £8m in the red"),
 r(SECAMB, "deficit", "8300000", G, False, "2016-17", "forecast", None, R, "is forecasting a deficit of £8.3m for 2016-17"),
 r(SECAMB, "deficit", "2700000", G, False, "2016-17", "planned", None, R, "It had planned a deficit of £2.7m"),
 r(SECAMB, "budget", "207000000", G, False, "2016-17", None, None, R, "Secamb's income is £207m a year"),
 r(SECAMB, "bailout", "5000000", G, False, "2016-17", "actual", "January", R, "a £5m interim revenue support loan"),
 r(SECAMB, "deficit", "4900000", G, False, "2017-18", "planned", None, R, "the trust plans a deficit of £4.9m"),
 r(SECAMB, "savings_required", "11000000", G, False, "2017-18", "target", None, R, "a cost improvement programme of £11m for the coming year"),
 r(SECAMB, "savings_required", "5", P, True, "2017-18", "target", None, O, "about 5% of its costs"),
 r(SECAMB, "savings_gap", "3000000", G, True, "2017-18", "actual", None, R, "nearly £3m of that has yet to be matched to specific schemes"),
 r(SECAMB, "performance_actual", "62.7", P, False, "2016-17", "actual", "February", R, "62.7% of the most urgent calls were reached within eight minutes"),
 r(SECAMB, "performance_target", "75", P, False, None, "target", None, R, "The national standard is 75%"),
],
"c07_chiltern_aylesbury_ccgs.txt": [
 r(BUCKS, "savings_required", "23500000", G, False, "2015-16", "target", None, O, "must find £23.5m of savings this year"),
 r(CHIL, "savings_required", "14200000", G, False, "2015-16", "target", None, R, "must save £14.2m"),
 r(AVCCG, "savings_required", "9300000", G, False, "2015-16", "target", None, R, "£9.3m respectively in 2015/16"),
 r(CHIL, "budget", "395000000", G, False, "2015-16", None, None, R, "has a budget of £395m this year"),
 r(AVCCG, "budget", "286000000", G, False, "2015-16", None, None, R, "while Aylesbury Vale's is £286m"),
 r(AVCCG, "deficit", "1900000", G, False, "2014-15", "actual", None, R, "ended 2014/15 with a £1.9m deficit"),
 r(CHIL, "required_surplus", "1", P, False, "2015-16", "target", None, R, "must keep back a surplus equal to one per cent of its allocation"),
 r(CHIL, "required_surplus", "3900000", G, True, "2015-16", "target", None, O, "roughly £3.9m"),
 r(CHIL, "savings_gap", "4100000", G, False, "2015-16", "actual", None, R, "£4.1m of Chiltern's QIPP target has no plan behind it yet"),
],
"c08_brent_council_2012.txt": [
 r(BRENT, "savings_required", "28600000", G, False, "2012-13", "target", None, R, "plans to save £28.6m in 2012/13"),
 r(BRENT, "budget", "276500000", G, False, "2012-13", None, None, R, "sets a net budget of £276.5m"),
 r(BRENT, "savings_required", "89000000", G, False, "2014-15", "target", None, O, "the £89m the council says it will have cut over the four years to 2014/15"),
 r(BRENT, "funding_gap", "25000000", G, False, "2014-15", "forecast", None, R, "a further £25m black hole by 2014/15"),
 r(BRENT, "overspend", "3200000", G, False, "2011-12", "forecast", None, R, "Adult social care is on track for an overspend of £3.2m this financial year"),
 r(BRENT, "underspend", "740000", G, False, "2010-11", "actual", None, R, "an underspend of £740,000"),
 r(NHSB, "deficit", "9600000", G, False, "2011-12", "forecast", None, R, "is itself facing a £9.6m deficit this year"),
],
"c09_mersey_west_lancs_2026.txt": [
 r(MWL, "deficit", "27000000", G, True, "2025-26", "forecast", None, O, "more than £27m in the red"),
 r(MWL, "deficit", "27400000", G, False, "2025-26", "forecast", None, R, "it now expects a deficit of £27.4m for 2025/26"),
 r(MWL, "deficit", "0", G, False, "2025-26", "planned", None, O, "The trust had planned to break even"),
 r(MWL, "bailout", "31000000", G, False, "2025-26", "planned", None, R, "The plan had relied on £31m of deficit support"),
 r(MWL, "deficit", "65000000", G, True, "2025-26", "actual", None, R, "the trust's underlying deficit is about £65m"),
 r(MWL, "budget", "1000000000", G, True, "2025-26", None, None, R, "has income of nearly £1bn a year"),
 r(MWL, "savings_required", "48500000", G, False, "2025-26", "target", None, R, "This year's cost improvement programme is £48.5m"),
 r(MWL, "savings_required", "4.8", P, False, "2025-26", "target", None, O, "equal to 4.8% of the trust's costs"),
 r(MWL, "savings_gap", "12600000", G, False, "2025-26", "actual", "December", R, "£12.6m of it had still to be identified"),
 r(MWL, "performance_actual", "71.6", P, False, "2025-26", "actual", "December", R, "71.6% of A&E patients at Whiston and St Helens"),
 r(MWL, "performance_target", "78", P, False, "2025-26", "target", None, R, "against a national target this year of 78%"),
],
"c10_leicestershire_partnership_2021.txt": [
 r(LPT, "deficit", "15000000", G, True, "2021-22", "actual", None, O, "carrying an underlying gap of almost £15m"),
 r(LPT, "deficit", "0", G, False, "2021-22", "forecast", None, O, "is forecast to break even in 2021/22"),
 r(LPT, "deficit", "14800000", G, False, "2021-22", "actual", None, R, "has an underlying deficit of £14.8m once Covid-19 funding is removed"),
 r(LPT, "bailout", "11500000", G, False, "2021-22", "actual", None, O, "It received £11.5m of Covid top-up money"),
 r(MHT, "deficit", "250000000", G, True, "2021-22", "actual", None, O, "a combined underlying deficit of around £250m"),
 r(LPT, "savings_required", "8700000", G, False, "2021-22", "target", None, R, "make efficiency savings of £8.7m in the second half of the year"),
 r(LPT, "overspend", "3900000", G, False, "2021-22", "actual", None, R, "is £3.9m over budget"),
 r(LPT, "budget", "342000000", G, False, "2021-22", None, None, R, "The trust's total budget is £342m for the year"),
 r(LPT, "performance_actual", "71.2", P, False, "2021-22", "actual", "September", R, "71.2 per cent of young people referred"),
 r(LPT, "performance_target", "95", P, False, None, "target", None, R, "the 95 per cent national standard"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
