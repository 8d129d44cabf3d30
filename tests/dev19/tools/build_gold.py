#!/usr/bin/env python3
"""Build gold.jsonl for dev19 from the compact table below (modelled on tests/dev18/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

BTH = ("Bradford Teaching Hospitals NHS Foundation Trust", "trust")
SWK = ("Southwark Council", "council")
NHSS = ("NHS Southwark", "other")
GYW = ("NHS Great Yarmouth and Waveney CCG", "ccg")
CCGS = ("CCGs in England", "aggregate")
RNHRD = ("Royal National Hospital for Rheumatic Diseases NHS Foundation Trust", "trust")
N24 = ("NHS 24", "health_board")
BG = ("Blaenau Gwent County Borough Council", "council")
ANBC = ("Antrim and Newtownabbey Borough Council", "council")
HEY = ("Hull and East Yorkshire Hospitals NHS Trust", "trust")
TSD = ("Torbay and South Devon NHS Foundation Trust", "trust")
SDT = ("NHS South Devon and Torbay CCG", "ccg")
SHR = ("Shropshire Council", "council")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"f01_bradford_teaching_board.txt": [
 r(BTH, "deficit", "19400000", G, False, "2023-24", "forecast", None, R, "is on course for a deficit of £19.4m this year"),
 r(BTH, "deficit", "8700000", G, False, "2023-24", "planned", None, R, "it would run a deficit of £8.7m in 2023/24"),
 r(BTH, "deficit", "12100000", G, False, "2023-24", "actual", "October", R, "it was already £12.1m in the red"),
 r(BTH, "savings_required", "24500000", G, False, "2023-24", "target", None, R, "This year's efficiency target is £24.5m"),
 r(BTH, "savings_required", "4.1", P, True, "2023-24", "target", None, O, "about 4.1 per cent of its spending"),
 r(BTH, "savings_required", "18200000", G, False, "2023-24", "planned", "October", O, "schemes worth £18.2m had been identified by October"),
 r(BTH, "savings_gap", "6300000", G, False, "2023-24", "actual", "October", R, "which leaves £6.3m with nothing yet behind it"),
 r(BTH, "budget", "590000000", G, True, "2023-24", None, None, R, "has a turnover of around £590m"),
 r(BTH, "performance_actual", "68.9", P, False, "2023-24", "actual", "October", R, "68.9% of patients attending A&E"),
 r(BTH, "performance_target", "76", P, False, "2023-24", "target", None, R, "an interim national target of 76% to be reached by March 2024"),
],
"f02_southwark_budget_cuts.txt": [
 r(SWK, "savings_required", "34100000", G, False, "2011-12", "planned", None, R, "takes £34.1 million out of its spending in 2011/12"),
 r(SWK, "savings_required", "90000000", G, True, "2013-14", "target", None, R, "will require savings of around £90m by 2013/14"),
 r(SWK, "budget", "314600000", G, False, "2011-12", None, None, R, "The council's net budget for next year will be £314.6m"),
 r(SWK, "budget", "341000000", G, False, "2010-11", None, None, R, "compared with £341m in the current year"),
 r(SWK, "savings_required", "9800000", G, False, "2011-12", "planned", None, O, "Adult social care will find £9.8m of the savings"),
 r(SWK, "funding_gap", "27000000", G, False, "2012-13", "forecast", None, R, "a gap of £27m remains to be closed in 2012/13"),
 r(SWK, "overspend", "2400000", G, True, "2010-11", "forecast", None, R, "an overspend of about £2.4m"),
 r(NHSS, "savings_required", "20000000", G, False, "2011-12", "target", None, R, "must make savings of £20m in 2011/12"),
],
"f03_great_yarmouth_waveney_ccg.txt": [
 r(GYW, "deficit", "11300000", G, False, "2017-18", "actual", None, R, "ending 2017/18 £11.3m in deficit"),
 r(GYW, "deficit", "0", G, False, "2017-18", "planned", None, O, "when it had planned to break even"),
 r(GYW, "budget", "398000000", G, False, "2018-19", None, None, R, "Its budget for this year is £398m"),
 r(GYW, "savings_required", "14800000", G, False, "2017-18", "target", None, R, "QIPP programme for last year was set at £14.8m"),
 r(GYW, "savings_required", "9100000", G, False, "2017-18", "actual", None, O, "It delivered £9.1m"),
 r(GYW, "savings_gap", "5700000", G, False, "2017-18", "actual", None, R, "a shortfall of £5.7m"),
 r(GYW, "deficit", "6000000", G, False, "2018-19", "target", None, R, "would allow a deficit of no more than £6m"),
 r(GYW, "deficit", "8900000", G, False, "2018-19", "planned", None, R, "shows a deficit of £8.9m"),
 r(GYW, "savings_required", "16200000", G, False, "2018-19", "target", None, R, "must deliver QIPP savings of £16.2m"),
 r(GYW, "savings_required", "4", P, True, "2018-19", "target", None, O, "almost 4 percent of its budget"),
 r(GYW, "savings_gap", "4400000", G, False, "2018-19", "actual", None, R, "£4.4m of that is still unidentified"),
 r(CCGS, "overspend", "150000000", G, True, "2017-18", "actual", None, O, "CCGs ended last year with a combined overspend of around £150m"),
],
"f04_rnhrd_takeover.txt": [
 r(RNHRD, "deficit", "2400000", G, False, "2014-15", "forecast", None, R, "expects to close 2014/15 with a deficit of £2.4m"),
 r(RNHRD, "deficit", "1300000", G, False, "2014-15", "planned", None, R, "had budgeted for a deficit of £1.3m this year"),
 r(RNHRD, "deficit", "1100000", G, False, "2013-14", "actual", None, R, "It recorded a deficit of £1.1m in 2013/14"),
 r(RNHRD, "budget", "22000000", G, True, "2014-15", None, None, R, "has an income of about £22m a year"),
 r(RNHRD, "savings_required", "1200000", G, False, "2014-15", "target", None, R, "This year's cost improvement target stands at £1.2 million"),
 r(RNHRD, "savings_required", "6", P, True, "2014-15", "target", None, O, "close to 6 per cent of its costs"),
 r(RNHRD, "savings_required", "800000", G, False, "2014-15", "forecast", None, O, "Managers now expect to deliver £800k of that"),
 r(RNHRD, "savings_gap", "400000", G, False, "2014-15", "forecast", None, R, "leaving a gap of £400,000"),
 r(RNHRD, "bailout", "1800000", G, True, "2014-15", "planned", None, R, "about £1.8m of temporary cash from the Department of Health"),
],
"f05_nhs24_savings.txt": [
 r(N24, "savings_required", "4300000", G, False, "2016-17", "target", None, R, "must save £4.3m in 2016/17"),
 r(N24, "budget", "66200000", G, False, "2016-17", None, None, R, "will have a budget of £66.2m next year"),
 r(N24, "overspend", "1900000", G, False, "2015-16", "forecast", None, R, "It expects to overspend by £1.9m in the current financial year"),
 r(N24, "bailout", "1500000", G, False, "2015-16", "planned", None, R, "has agreed to lend the board £1.5m in brokerage"),
 r(N24, "savings_required", "4300000", G, False, "2016-17", "target", None, O, "of the £4.3 million savings needed next year"),
 r(N24, "savings_required", "2600000", G, False, "2016-17", "planned", "February", O, "£2.6m had been found by late February"),
 r(N24, "savings_gap", "1700000", G, False, "2016-17", "actual", "February", R, "leaving £1.7m still to be found"),
 r(N24, "savings_required", "6.5", P, True, "2016-17", "target", None, O, "about 6.5 per cent of the board's budget"),
 r(N24, "performance_actual", "88.4", P, False, "2015-16", "actual", "January", R, "answered 88.4% of calls within 30 seconds"),
 r(N24, "performance_target", "90", P, False, None, "target", None, R, "against its target of 90%"),
],
"f06_blaenau_gwent_budget.txt": [
 r(BG, "budget", "138200000", G, False, "2019-20", None, None, R, "has set a budget of £138.2 million for 2019/20"),
 r(BG, "savings_required", "3600000", G, False, "2019-20", "planned", None, R, "with savings of £3.6m"),
 r(BG, "savings_required", "680000", G, False, "2019-20", "planned", None, O, "The savings include £680,000 from merging two day centres"),
 r(BG, "overspend", "1200000", G, False, "2018-19", "forecast", None, R, "social services heading for an overspend of £1.2m this year"),
 r(BG, "underspend", "700000", G, False, "2018-19", "forecast", None, R, "An underspend of £700,000 on capital financing costs"),
 r(BG, "overspend", "500000", G, True, "2018-19", "forecast", None, R, "close to £500,000 over budget"),
 r(BG, "funding_gap", "11400000", G, False, "2022-23", "forecast", None, R, "a funding gap of £11.4m by 2022/23"),
],
"f07_antrim_newtownabbey_rates.txt": [
 r(ANBC, "savings_required", "2400000", G, False, "2020-21", "planned", None, R, "efficiency savings of £2,400,000"),
 r(ANBC, "budget", "60800000", G, False, "2020-21", None, None, R, "The council's net expenditure for the year is set at £60.8m"),
 r(ANBC, "savings_required", "310000", G, False, "2020-21", "planned", None, O, "which will save £310,000"),
 r(ANBC, "underspend", "900000", G, True, "2019-20", "forecast", None, R, "an underspend of around £900,000"),
 r(ANBC, "funding_gap", "3100000", G, False, "2021-22", "forecast", None, R, "a funding gap of £3.1m in 2021/22"),
],
"f08_hull_recovery_plan.txt": [
 r(HEY, "savings_required", "26300000", G, False, "2011-12", "target", None, R, "how it will save £26.3m by March 2012"),
 r(HEY, "deficit", "7800000", G, False, "2009-10", "forecast", None, R, "is now forecasting a deficit of £7.8m for 2009/10"),
 r(HEY, "surplus", "1000000", G, False, "2009-10", "planned", None, R, "It had planned for a surplus of £1m"),
 r(HEY, "savings_required", "15600000", G, False, "2009-10", "target", None, R, "Of this year's £15.6m cost improvement programme"),
 r(HEY, "savings_gap", "4100000", G, False, "2009-10", "forecast", None, R, "£4.1m is now expected to slip into next year"),
 r(HEY, "bailout", "5000000", G, False, "2009-10", "planned", None, R, "has agreed to lend the trust £5m"),
 r(HEY, "budget", "430000000", G, True, "2009-10", None, None, R, "has annual income of around £430m"),
 r(HEY, "performance_actual", "93.2", P, False, "2009-10", "actual", "October", R, "93.2 per cent of patients admitted for treatment"),
 r(HEY, "performance_target", "90", P, False, None, "target", None, R, "a national standard of 90 per cent"),
],
"f09_torbay_followup.txt": [
 r(TSD, "deficit", "14900000", G, False, "2017-18", "forecast", None, R, "expects to finish 2017/18 with a deficit of £14.9m"),
 r(TSD, "deficit", "9600000", G, False, "2017-18", "forecast", "June", R, "up from the £9.6m it forecast in June"),
 r(TSD, "deficit", "5500000", G, False, "2017-18", "planned", None, R, "it was aiming for a deficit of £5.5 million"),
 r(TSD, "budget", "395000000", G, True, "2017-18", None, None, R, "It has income of about £395m a year"),
 r(TSD, "savings_required", "21000000", G, False, "2017-18", "target", None, R, "Its cost improvement programme is worth £21m this year"),
 r(TSD, "savings_gap", "6200000", G, False, "2017-18", "forecast", None, R, "£6.2m is now rated high risk"),
 r(TSD, "savings_required", "1800000", G, False, "2017-18", "planned", None, O, "expected to save £1.8m a year once complete"),
 r(SDT, "savings_required", "18400000", G, False, "2017-18", "target", None, R, "a savings target of its own of £18.4m this year"),
 r(SDT, "deficit", "0", G, False, "2017-18", "forecast", None, O, "says it is forecasting to break even"),
],
"f10_shropshire_council_gap.txt": [
 r(SHR, "savings_required", "41600000", G, False, "2026-27", "planned", None, R, "relies on £41.6m of new savings next year"),
 r(SHR, "funding_gap", "58200000", G, True, "2028-29", "forecast", None, R, "a funding shortfall of almost £58.2m by 2028/29"),
 r(SHR, "budget", "318400000", G, False, "2026-27", None, None, R, "puts the council's net spending for 2026/27 at £318.4m"),
 r(SHR, "overspend", "23700000", G, False, "2025-26", "forecast", None, R, "Its latest forecast is an overspend of £23.7m for 2025/26"),
 r(SHR, "overspend", "31200000", G, False, "2025-26", "forecast", "July", R, "down from £31.2m in July"),
 r(SHR, "overspend", "17900000", G, False, "2025-26", "forecast", None, R, "Adult social care accounts for £17.9m of the overspend"),
 r(SHR, "overspend", "4400000", G, False, "2025-26", "forecast", None, R, "running £4.4m over budget"),
 r(SHR, "savings_required", "38000000", G, False, "2024-25", "actual", None, O, "delivered only £38m"),
 r(SHR, "savings_required", "62500000", G, False, "2024-25", "planned", None, R, "the £62.5m of savings it had planned"),
 r(SHR, "savings_required", "9500000", G, False, "2026-27", "planned", None, O, "The biggest single saving is £9.5m"),
 r(SHR, "bailout", "50000000", G, False, "2026-27", "planned", None, O, "up to £50m of exceptional financial support"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
