#!/usr/bin/env python3
"""Build gold.jsonl for dev20 from the compact table below (modelled on tests/dev19/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

NEAS = ("North East Ambulance Service NHS Foundation Trust", "trust")
BEH = ("Barnet, Enfield and Haringey Mental Health NHS Trust", "trust")
WAH = ("Weston Area Health NHS Trust", "trust")
NSOM = ("NHS North Somerset CCG", "ccg")
CCGS = ("CCGs in England", "aggregate")
CIOS = ("NHS Cornwall and the Isles of Scilly Integrated Care Board", "icb")
CPFT = ("Cornwall Partnership NHS Foundation Trust", "trust")
MEHT = ("Mid Essex Hospital Services NHS Trust", "trust")
MEPCT = ("NHS Mid Essex", "other")
WSCC = ("West Sussex County Council", "council")
EBC = ("Erewash Borough Council", "council")
INV = ("Inverclyde Council", "council")
VOG = ("Vale of Glamorgan Council", "council")
NIFRS = ("Northern Ireland Fire and Rescue Service", "other")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"g01_neas_deficit_response.txt": [
 r(NEAS, "deficit", "4800000", G, False, "2013-14", "forecast", None, R, "expects to end 2013/14 £4.8million in the red"),
 r(NEAS, "surplus", "1100000", G, False, "2013-14", "planned", None, R, "was to make a surplus of £1.1m"),
 r(NEAS, "deficit", "2900000", G, False, "2013-14", "actual", "September", R, "had already run up a deficit of £2.9m"),
 r(NEAS, "deficit", "1500000", G, False, "2013-14", "forecast", "July", R, "forecasting a deficit of £1.5m for the year"),
 r(NEAS, "budget", "112000000", G, False, "2013-14", None, None, R, "£112m: the trust's income this year"),
 r(NEAS, "savings_required", "7600000", G, False, "2013-14", "target", None, O, "£7.6m: the savings it has to make in 2013/14"),
 r(NEAS, "savings_required", "7600000", G, False, "2013-14", "target", None, R, "The service must save £7.6m this year"),
 r(NEAS, "savings_required", "6900000", G, False, "2012-13", "actual", None, O, "after saving £6.9m in 2012/13"),
 r(NEAS, "savings_gap", "1900000", G, False, "2013-14", "actual", None, R, "£1.9m of this year's savings have yet to be identified"),
 r(NEAS, "performance_actual", "73.8", P, False, "2013-14", "actual", "October", R, "ambulances reached 73.8% of the most urgent calls inside eight minutes"),
 r(NEAS, "performance_target", "75", P, False, None, "target", None, R, "For these calls the national standard is 75%"),
],
"g02_beh_mental_health_deficit.txt": [
 r(BEH, "deficit", "11800000", G, False, "2019-20", "forecast", None, R, "is forecasting a deficit of £11.8 million for 2019/20"),
 r(BEH, "deficit", "3200000", G, False, "2019-20", "target", None, R, "would have limited its deficit to £3.2m"),
 r(BEH, "deficit", "9400000", G, False, "2018-19", "actual", None, R, "It ended last year £9.4m in the red"),
 r(BEH, "overspend", "5300000", G, False, "2019-20", "actual", None, R, "Spending on out-of-area beds is £5.3m over budget"),
 r(BEH, "savings_required", "12500000", G, False, "2019-20", "target", None, R, "needs its cost improvement plan to deliver £12.5m"),
 r(BEH, "savings_required", "5", P, True, "2019-20", "target", None, O, "about 5 per cent of its spending"),
 r(BEH, "savings_gap", "4000000", G, False, "2019-20", "actual", None, R, "£4m of the programme has no plans behind it"),
 r(BEH, "budget", "250000000", G, True, "2019-20", None, None, R, "has an annual income of around £250m"),
 r(BEH, "bailout", "8500000", G, False, "2019-20", "actual", None, R, "it has taken out £8.5m of interim revenue support loans"),
 r(BEH, "performance_actual", "61", P, False, "2019-20", "actual", "August", R, "61% of people with a first episode of psychosis started treatment"),
 r(BEH, "performance_target", "56", P, False, None, "target", None, R, "The national standard is 56 per cent"),
 r(BEH, "deficit", "12000000", G, True, "2019-20", "forecast", None, O, "the trust expects that to be almost £12m"),
],
"g03_weston_hospital_ccg.txt": [
 r(WAH, "deficit", "7900000", G, False, "2016-17", "forecast", None, R, "now expects to finish 2016/17 with a deficit of £7.9m"),
 r(WAH, "deficit", "6300000", G, False, "2016-17", "forecast", "June", R, "reported a forecast deficit of £6.3m"),
 r(WAH, "deficit", "5400000", G, False, "2016-17", "target", None, R, "allows a deficit of £5.4m this year"),
 r(WAH, "savings_required", "5200000", G, False, "2016-17", "target", None, R, "The trust must deliver £5.2m of cost improvements this year"),
 r(WAH, "savings_required", "1800000", G, False, "2016-17", "actual", "September", O, "By the end of September it had delivered £1.8m"),
 r(WAH, "savings_gap", "1400000", G, False, "2016-17", "forecast", None, R, "Another £1.4m is judged to be at high risk"),
 r(WAH, "performance_actual", "81.6", P, False, "2016-17", "actual", "September", R, "81.6% of patients in Weston's emergency department"),
 r(WAH, "performance_target", "95", P, False, None, "target", None, R, "The target set nationally is 95 per cent"),
 r(NSOM, "budget", "238000000", G, False, "2016-17", None, None, R, "has a budget of £238m this year"),
 r(NSOM, "savings_required", "8400000", G, False, "2016-17", "target", None, R, "It must make QIPP savings of £8.4m"),
 r(NSOM, "overspend", "2700000", G, False, "2016-17", "forecast", None, R, "It now expects to overspend by £2.7m"),
 r(CCGS, "required_surplus", "1", P, False, None, "target", None, O, "every CCG should finish the year 1 per cent in surplus"),
 r(WAH, "budget", "105000000", G, True, "2016-17", None, None, R, "It is about £105m a year"),
],
"g04_cornwall_icb_partnership.txt": [
 r(CIOS, "savings_required", "62000000", G, False, "2025-26", "target", None, R, "must make savings of £62m this year"),
 r(CIOS, "deficit", "9700000", G, False, "2025-26", "forecast", None, R, "expects to end 2025/26 with a deficit of £9.7m"),
 r(CIOS, "deficit", "0", G, False, "2025-26", "planned", None, O, "approved in the spring, was to break even"),
 r(CIOS, "savings_gap", "18000000", G, False, "2025-26", "actual", None, R, "£18m of the savings have not yet been found"),
 r(CIOS, "budget", "1400000000", G, False, "2025-26", None, None, R, "£1.4bn: what the ICB will spend on health care in 2025/26"),
 r(CIOS, "savings_required", "62000000", G, False, "2025-26", "target", None, O, "£62m: the savings it must find this year"),
 r(CIOS, "deficit", "6100000", G, False, "2025-26", "forecast", "September", R, "the ICB expected a deficit of £6.1m"),
 r(CPFT, "deficit", "3400000", G, False, "2025-26", "forecast", None, R, "The trust now predicts a £3.4m deficit"),
 r(CPFT, "deficit", "1100000", G, False, "2025-26", "planned", None, R, "It had planned for a deficit of £1.1m"),
 r(CPFT, "savings_required", "8600000", G, False, "2025-26", "target", None, R, "Its cost improvement target is £8.6m"),
 r(CPFT, "savings_gap", "2900000", G, True, "2025-26", "forecast", None, R, "about £2.9m of that is at risk"),
 r(CPFT, "budget", "190000000", G, True, "2025-26", None, None, R, "The trust's income is about £190m a year"),
 r(CIOS, "savings_required", "4200000", G, False, "2025-26", "planned", None, O, "£4.2m of its savings will come from cutting spending on medicines"),
],
"g05_mid_essex_broomfield.txt": [
 r(MEHT, "deficit", "3700000", G, False, "2009-10", "forecast", None, R, "expects to finish 2009/10 with a deficit of £3.7m"),
 r(MEHT, "surplus", "500000", G, False, "2009-10", "planned", None, R, "It had planned a surplus of £500,000"),
 r(MEHT, "deficit", "0", G, False, "2009-10", "forecast", "October", O, "the trust was still expecting to break even"),
 r(MEHT, "savings_required", "13600000", G, False, "2010-11", "target", None, R, "The trust must find savings of £13.6m in 2010/11"),
 r(MEHT, "savings_required", "5", P, True, "2010-11", "target", None, O, "around 5 per cent of its costs"),
 r(MEHT, "budget", "265000000", G, True, "2010-11", None, None, R, "Its income for the year is about £265m"),
 r(MEHT, "performance_actual", "91.5", P, False, "2009-10", "actual", "January", R, "91.5% of patients who needed a hospital operation or stay got it within 18 weeks"),
 r(MEHT, "performance_target", "90", P, False, None, "target", None, R, "The national standard is 90 per cent"),
 r(MEPCT, "budget", "548000000", G, False, "2009-10", None, None, R, "It has a budget of £548m this year"),
 r(MEPCT, "deficit", "4600000", G, False, "2009-10", "forecast", None, R, "It expects a deficit of £4.6m for 2009/10"),
 r(MEPCT, "savings_required", "25000000", G, False, "2012-13", "target", None, R, "The PCT must save £25m over the next three years"),
],
"g06_west_sussex_budget.txt": [
 r(WSCC, "savings_required", "38700000", G, False, "2026-27", "planned", None, R, "a budget that relies on £38.7m of savings in 2026/27"),
 r(WSCC, "budget", "912400000", G, False, "2026-27", None, None, R, "The net budget for 2026/27 is £912.4m"),
 r(WSCC, "overspend", "19200000", G, False, "2025-26", "forecast", None, R, "The council expects to overspend by £19.2m this year"),
 r(WSCC, "funding_gap", "96000000", G, True, "2029-30", "forecast", None, R, "a funding gap of more than £96m by 2029/30"),
 r(WSCC, "overspend", "11400000", G, False, "2025-26", "forecast", None, R, "forecast to be £11.4m over budget"),
 r(WSCC, "overspend", "6900000", G, False, "2025-26", "forecast", None, R, "Adult social care is heading for an overspend of £6.9m"),
 r(WSCC, "overspend", "23500000", G, False, "2025-26", "forecast", "January", R, "the council was forecasting an overspend of £23.5m"),
 r(WSCC, "savings_required", "7500000", G, False, "2026-27", "planned", None, O, "The biggest single saving, £7.5m"),
 r(WSCC, "deficit", "187000000", G, False, "2025-26", "forecast", "March", O, "is expected to reach £187m by the end of March"),
],
"g07_erewash_budget_2009.txt": [
 r(EBC, "savings_required", "720000", G, False, "2009-10", "planned", None, R, "is to cut £720,000 from its spending next year"),
 r(EBC, "budget", "14300000", G, False, "2009-10", None, None, R, "a net budget of £14.3m for 2009/10"),
 r(EBC, "savings_required", "150000", G, False, "2009-10", "planned", None, O, "They include £150,000 from running"),
 r(EBC, "savings_required", "90000", G, False, "2009-10", "planned", None, O, "Another £90,000 will come from sharing a chief executive"),
 r(EBC, "overspend", "260000", G, True, "2008-09", "forecast", None, R, "The council expects to overspend by about £260,000 this year"),
 r(EBC, "funding_gap", "1100000", G, False, "2010-11", "forecast", None, R, "a funding gap of £1.1m in 2010/11"),
 r(EBC, "savings_required", "2000000", G, True, "2011-12", "target", None, R, "it must save around £2m over the next three years"),
 r(EBC, "budget", "14300000", G, False, "2009-10", None, None, O, "£14.3m: net spending planned for 2009/10"),
 r(EBC, "savings_required", "720000", G, False, "2009-10", "planned", None, O, "£720,000: the savings it must make"),
 r(EBC, "savings_required", "1000000", G, False, "2009-10", "forecast", "February", O, "might need to save as much as £1m next year"),
],
"g08_inverclyde_budget.txt": [
 r(INV, "savings_required", "6400000", G, False, "2017-18", "planned", None, R, "has agreed £6.4m of savings as part of its budget for 2017/18"),
 r(INV, "budget", "188900000", G, False, "2017-18", None, None, R, "The council's revenue budget for next year is £188.9m"),
 r(INV, "budget", "184600000", G, False, "2016-17", None, None, R, "up from £184.6m this year"),
 r(INV, "budget", "188900000", G, False, "2017-18", None, None, O, "£188.9m: Inverclyde Council's budget for 2017/18"),
 r(INV, "savings_required", "6400000", G, False, "2017-18", "planned", None, O, "£6.4m: savings agreed for next year"),
 r(INV, "funding_gap", "13500000", G, False, "2019-20", "forecast", None, R, "£13.5m: the gap the council has to close in 2018/19 and 2019/20"),
 r(INV, "savings_required", "1100000", G, True, "2017-18", "planned", None, O, "About £1.1m will come from having fewer council managers"),
 r(INV, "underspend", "1300000", G, False, "2016-17", "forecast", None, R, "The council expects to underspend by £1.3m in 2016/17"),
 r(INV, "funding_gap", "17200000", G, False, "2019-20", "forecast", "December", R, "the council expected a gap of £17.2m over the next three years"),
],
"g09_vale_of_glamorgan_budget.txt": [
 r(VOG, "savings_required", "8200000", G, False, "2015-16", "planned", None, R, "has approved savings of £8.2m for 2015/16"),
 r(VOG, "budget", "213600000", G, False, "2015-16", None, None, R, "net revenue budget for next year will be £213.6m"),
 r(VOG, "budget", "210900000", G, False, "2014-15", None, None, R, "compared with £210.9m in 2014/15"),
 r(VOG, "savings_required", "24000000", G, True, "2017-18", "target", None, R, "it will need to save around £24m by 2017/18"),
 r(VOG, "budget", "213600000", G, False, "2015-16", None, None, O, "£213.6m: the council's net budget for 2015/16"),
 r(VOG, "savings_required", "8200000", G, False, "2015-16", "planned", None, O, "£8.2m: savings in 2015/16"),
 r(VOG, "savings_required", "1900000", G, False, "2015-16", "planned", None, O, "The largest single saving is £1.9m"),
 r(VOG, "overspend", "1600000", G, False, "2014-15", "forecast", None, R, "Social services are on course to overspend by £1.6m in 2014/15"),
 r(VOG, "underspend", "300000", G, False, "2014-15", "forecast", "December", R, "the council expected an overall underspend of £300,000"),
 r(VOG, "savings_required", "7600000", G, False, "2016-17", "target", None, R, "Next year we will have to find another £7.6m"),
 r(VOG, "underspend", "450000", G, False, "2014-15", "forecast", None, R, "its latest forecast for 2014/15 is now an underspend of £450,000"),
],
"g10_nifrs_budget_gap.txt": [
 r(NIFRS, "savings_required", "7400000", G, False, "2022-23", "target", None, R, "must save £7.4m this year, it has been told"),
 r(NIFRS, "budget", "93400000", G, False, "2022-23", None, None, R, "The service's budget for 2022/23 is £93.4m"),
 r(NIFRS, "budget", "90100000", G, False, "2021-22", None, None, R, "Last year it had £90.1m"),
 r(NIFRS, "funding_gap", "11000000", G, True, "2022-23", "forecast", None, R, "That leaves a funding gap of around £11m"),
 r(NIFRS, "savings_required", "8", P, True, "2022-23", "target", None, O, "almost eight percent of its budget"),
 r(NIFRS, "overspend", "1200000", G, False, "2021-22", "actual", None, R, "ended 2021/22 with an overspend of £1.2 million"),
 r(NIFRS, "budget", "93400000", G, False, "2022-23", None, None, O, "£93.4m: the service's budget for 2022/23"),
 r(NIFRS, "savings_required", "5600000", G, False, "2022-23", "target", None, R, "reducing the savings it must make to £5.6m"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
