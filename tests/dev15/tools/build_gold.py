#!/usr/bin/env python3
"""Build gold.jsonl for dev15 from the compact table below (modelled on tests/dev14/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

CHR = ("The Christie NHS Foundation Trust", "trust")
MOR = ("Moray Council", "council")
MIJB = ("Moray Integration Joint Board", "other")
STO = ("Stockton-on-Tees Borough Council", "council")
RJAH = ("The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust", "trust")
NUH = ("Newham University Hospital NHS Trust", "trust")
DEN = ("Denbighshire County Council", "council")
HAR = ("Harrow Council", "council")
NIC = ("Northern Ireland councils", "aggregate")
CCG_ = ("Causeway Coast and Glens Borough Council", "council")
FOD = ("Fermanagh and Omagh District Council", "council")
AND = ("Ards and North Down Borough Council", "council")
LCC = ("Lisburn and Castlereagh City Council", "council")
HRCH = ("Hounslow and Richmond Community Healthcare NHS Trust", "trust")
HCCG = ("NHS Hounslow CCG", "ccg")
MID = ("Midlothian Council", "council")
SLO = ("Slough Borough Council", "council")
RM = ("The Royal Marsden NHS Foundation Trust", "trust")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"a01_christie_swot_grid.txt": [
 r(CHR, "surplus", "9600000", G, False, "2016-17", "actual", None, R, "The Christie closed 2016/17 with a surplus of £9.6m"),
 r(CHR, "required_surplus", "7200000", G, False, "2016-17", "target", None, R, "NHS Improvement had asked it for a control total of £7.2m"),
 r(CHR, "budget", "300000000", G, True, "2016-17", None, None, O, "Turnover went past £300m for the first time"),
 r(CHR, "budget", "318500000", G, False, "2016-17", None, None, R, "the year's income came to £318.5m"),
 r(CHR, "performance_target", "85", P, False, None, "target", None, R, "85 per cent of patients referred urgently should start treatment within 62 days"),
 r(CHR, "performance_actual", "91.5", P, False, "2016-17", "actual", "March", R, "reached 91.5% in March"),
 r(CHR, "savings_required", "11400000", G, False, "2016-17", "actual", None, R, "The 2016/17 cost improvement programme was £11.4m"),
 r(CHR, "savings_required", "4100000", G, False, "2016-17", "actual", None, O, "£4.1m of it came from non-recurrent measures"),
 r(CHR, "savings_required", "12900000", G, False, "2017-18", "target", None, R, "The savings target for 2017/18 is £12.9m"),
 r(CHR, "savings_required", "4", P, True, "2017-18", "target", None, O, "roughly 4 per cent of what the trust spends"),
 r(CHR, "savings_required", "8300000", G, False, "2017-18", "planned", None, O, "Schemes worth £8.3m are on paper so far"),
 r(CHR, "savings_gap", "4600000", G, False, "2017-18", "actual", None, R, "leaving £4.6m still to be identified"),
 r(CHR, "required_surplus", "6300000", G, False, "2017-18", "target", None, R, "For 2017/18 the regulator's control total for the trust is £6.3m"),
 r(CHR, "surplus", "5100000", G, False, "2017-18", "planned", None, R, "Its own plan is for a surplus of £5.1m"),
 r(CHR, "savings_gap", "4600000", G, False, "2017-18", "actual", None, O, "the £4.6m that has no scheme behind it yet"),
],
"a02_moray_risk_register.txt": [
 r(MOR, "budget", "198600000", G, False, "2018-19", None, None, R, "a net revenue budget of £198.6m for 2018/19"),
 r(MOR, "funding_gap", "11200000", G, False, "2018-19", "forecast", None, R, "the gap between spending and income stood at £11.2m for 2018/19"),
 r(MOR, "savings_required", "6700000", G, False, "2018-19", "planned", None, R, "Savings of £6.7m were agreed at the budget meeting"),
 r(MOR, "funding_gap", "8000000", G, False, "2019-20", "forecast", None, O, "a further gap of between £8m and £10m in 2019/20"),
 r(MOR, "funding_gap", "10000000", G, False, "2019-20", "forecast", None, O, "a further gap of between £8m and £10m in 2019/20"),
 r(MIJB, "overspend", "2400000", G, False, "2017-18", "forecast", None, R, "The Moray Integration Joint Board expects a year-end overspend of £2.4m for 2017/18"),
 r(MOR, "overspend", "900000", G, False, "2017-18", "forecast", None, O, "the council's share of that is £0.9m"),
 r(MOR, "underspend", "1300000", G, False, "2017-18", "forecast", None, R, "the 2017/18 general services budget is on course to underspend by £1.3m"),
],
"a03_stockton_promise_tracker.txt": [
 r(STO, "overspend", "3600000", G, False, "2024-25", "actual", None, R, "finished that year with an overspend of £3.6m"),
 r(STO, "savings_required", "15000000", G, False, "2026-27", "target", None, O, "Smarter working will save £15million"),
 r(STO, "savings_required", "15000000", G, False, "2026-27", "target", None, R, "carries a target of £15m of savings over the three years to 2026/27"),
 r(STO, "savings_required", "9800000", G, False, "2025-26", "actual", "December", O, "£9.8million had been delivered by the end of December"),
 r(STO, "overspend", "7300000", G, False, "2025-26", "forecast", "September", R, "children's services will be £7.3m over budget in 2025/26"),
 r(STO, "overspend", "5900000", G, False, "2025-26", "forecast", "September", R, "the forecast overspend for the year is £5.9m"),
 r(STO, "budget", "212700000", G, False, "2025-26", None, None, R, "The council's net budget for 2025/26 is £212.7m"),
 r(STO, "funding_gap", "21400000", G, False, "2028-29", "forecast", None, R, "puts the funding gap at £21.4m by 2028/29"),
],
"a04_rjah_in_pictures.txt": [
 r(RJAH, "savings_required", "6100000", G, False, "2019-20", "target", None, R, "must make savings of £6.1m this year"),
 r(RJAH, "budget", "120000000", G, True, "2019-20", None, None, R, "Its income is about £120m a year"),
 r(RJAH, "deficit", "3800000", G, False, "2019-20", "forecast", "August", R, "the trust now forecasting a deficit of £3.8m for 2019/20"),
 r(RJAH, "deficit", "2500000", G, False, "2019-20", "planned", None, R, "The plan agreed in April was for a deficit of £2.5m"),
 r(RJAH, "performance_target", "92", P, False, None, "target", None, R, "92 per cent of patients should wait less than 18 weeks"),
 r(RJAH, "performance_actual", "84.7", P, False, "2019-20", "actual", "August", R, "In August the trust managed 84.7%"),
 r(RJAH, "deficit", "1900000", G, False, "2018-19", "actual", None, R, "the trust's books closed with a £1.9m deficit"),
],
"a05_newham_encyclopedia_entry.txt": [
 r(NUH, "surplus", "600000", G, False, "2007-08", "actual", None, R, "a small surplus of £0.6 million in 2007/08"),
 r(NUH, "deficit", "4300000", G, False, "2009-10", "actual", None, R, "The trust reported a deficit of £4.3 million for 2009/10"),
 r(NUH, "deficit", "9700000", G, False, "2010-11", "actual", None, R, "in 2010/11 it reported a deficit of £9.7 million"),
 r(NUH, "deficit", "14000000", G, True, "2010-11", "actual", None, O, "an underlying deficit of around £14 million"),
 r(NUH, "budget", "150000000", G, True, None, None, None, R, "By 2010 its annual income was about £150 million"),
 r(NUH, "savings_required", "11000000", G, False, "2011-12", "target", None, R, "the trust set a cost improvement programme of £11 million"),
 r(NUH, "savings_required", "7", P, True, "2011-12", "target", None, O, "about 7 per cent of its costs"),
 r(NUH, "deficit", "8200000", G, False, "2011-12", "forecast", "December", R, "At month nine of 2011/12 the expected year-end deficit was £8.2 million"),
 r(NUH, "bailout", "10000000", G, False, "2011-12", "actual", None, R, "It received £10 million in temporary financing from the Department of Health"),
 r(NUH, "deficit", "7600000", G, False, "2011-12", "actual", None, R, "Its final accounts, for 2011/12, showed a deficit of £7.6 million"),
 r(NUH, "performance_actual", "94.1", P, False, "2011-12", "actual", None, R, "94.1 per cent of its A&E patients were dealt with inside four hours"),
 r(NUH, "performance_target", "95", P, False, None, "target", None, R, "the national standard was 95 per cent"),
],
"a06_denbighshire_budget_week_diary.txt": [
 r(DEN, "savings_required", "8900000", G, False, "2015-16", "target", None, R, "We need to find £8.9m of savings in 2015/16"),
 r(DEN, "savings_required", "17000000", G, True, "2016-17", "target", None, R, "Over two years the figure is about £17m"),
 r(DEN, "savings_required", "6400000", G, False, "2015-16", "planned", None, O, "together they come to £6.4m"),
 r(DEN, "savings_gap", "2500000", G, False, "2015-16", "actual", None, R, "That leaves £2.5m with no proposal against it"),
 r(DEN, "budget", "186200000", G, False, "2014-15", None, None, R, "The council's net revenue budget this year is £186.2m"),
 r(DEN, "overspend", "1300000", G, False, "2014-15", "forecast", None, R, "heading for an overspend of £1.3m this year"),
 r(DEN, "underspend", "400000", G, False, "2014-15", "forecast", None, O, "Schools are expected to come in £0.4m under budget"),
],
"a07_harrow_three_scenarios.txt": [
 r(HAR, "budget", "176600000", G, False, "2020-21", None, None, R, "a net budget of £176.6m for 2020/21"),
 r(HAR, "savings_required", "7300000", G, False, "2020-21", "planned", None, R, "That budget already assumed savings of £7.3m this year"),
 r(HAR, "overspend", "1800000", G, False, "2019-20", "actual", None, R, "The council finished 2019/20 with an overspend of £1.8m"),
 r(HAR, "bailout", "13200000", G, False, "2020-21", "actual", None, O, "it has received £13.2m of emergency funding from the government"),
 r(HAR, "funding_gap", "9600000", G, False, "2020-21", "forecast", None, O, "left with a gap of £9.6m for 2020/21"),
 r(HAR, "funding_gap", "18400000", G, False, "2020-21", "forecast", None, R, "the council would face a funding gap of £18.4m this year"),
 r(HAR, "funding_gap", "31500000", G, False, "2020-21", "forecast", None, O, "a gap of £31.5m in 2020/21"),
 r(HAR, "funding_gap", "42000000", G, True, "2022-23", "forecast", None, R, "a funding gap of around £42m over the three years to 2022/23"),
 r(HAR, "funding_gap", "26000000", G, False, "2022-23", "forecast", None, R, "compared with £26m before the pandemic"),
],
"a08_ni_councils_statistical_bulletin.txt": [
 r(NIC, "budget", "724600000", G, False, "2015-16", "actual", None, O, "Net expenditure by all eleven councils totalled £724.6m in 2015/16"),
 r(FOD, "overspend", "800000", G, False, "2015-16", "actual", None, R, "Fermanagh and Omagh District Council overspent its budget by £0.8m"),
 r(CCG_, "budget", "52800000", G, False, "2015-16", None, None, R, "Causeway Coast and Glens Borough Council: budget £52.8m"),
 r(CCG_, "underspend", "900000", G, False, "2015-16", "actual", None, R, "variance £0.9m under budget"),
 r(FOD, "budget", "39400000", G, False, "2015-16", None, None, R, "Fermanagh and Omagh District Council: budget £39.4m"),
 r(FOD, "overspend", "800000", G, False, "2015-16", "actual", None, O, "variance £0.8m over budget"),
 r(AND, "budget", "55100000", G, False, "2015-16", None, None, R, "Ards and North Down Borough Council: budget £55.1m"),
 r(AND, "underspend", "800000", G, False, "2015-16", "actual", None, R, "variance £0.8m under budget"),
 r(LCC, "budget", "47600000", G, False, "2015-16", None, None, R, "Lisburn and Castlereagh City Council: budget £47.6m"),
 r(LCC, "underspend", "1500000", G, False, "2015-16", "actual", None, R, "variance £1.5m under budget"),
 r(LCC, "underspend", "1500000", G, False, "2015-16", "actual", None, O, "The council's underspend is therefore £1.5m"),
],
"a09_hounslow_head_to_head.txt": [
 r(HRCH, "deficit", "2300000", G, False, "2015-16", "forecast", None, R, "We expect a deficit of £2.3m this year"),
 r(HRCH, "savings_required", "4200000", G, False, "2015-16", "target", None, R, "we have a cost improvement target of £4.2m to meet"),
 r(HRCH, "performance_target", "95", P, False, None, "target", None, R, "the 95 per cent standard for seeing patients within four hours"),
 r(HRCH, "performance_actual", "99.1", P, False, "2015-16", "actual", None, R, "as we did last quarter with 99.1 per cent"),
 r(HCCG, "budget", "300000000", G, True, "2015-16", None, None, O, "has a budget of more than £300m"),
 r(HRCH, "budget", "90000000", G, True, "2015-16", None, None, R, "Hounslow and Richmond Community Healthcare's income is about £90m a year"),
 r(HRCH, "deficit", "2300000", G, False, "2015-16", "forecast", None, O, "It is forecasting a deficit of £2.3m for 2015/16"),
 r(HCCG, "budget", "331000000", G, False, "2015-16", None, None, R, "NHS Hounslow CCG has a budget of £331m this year"),
 r(HCCG, "savings_required", "14600000", G, False, "2015-16", "target", None, R, "Its QIPP savings requirement for 2015/16 is £14.6m"),
 r(HCCG, "deficit", "1900000", G, False, "2014-15", "actual", None, R, "it ended 2014/15 £1.9m in the red"),
],
"a10_midlothian_kids_explainer.txt": [
 r(MID, "budget", "281400000", G, False, "2024-25", None, None, R, "Midlothian Council plans to spend £281.4 million in a year"),
 r(MID, "savings_required", "14200000", G, False, "2024-25", "target", None, R, "it needs to save £14.2 million next year"),
 r(MID, "savings_required", "9700000", G, False, "2024-25", "planned", None, O, "Council staff have already found ways to save £9.7 million"),
 r(MID, "savings_gap", "4500000", G, False, "2024-25", "actual", None, R, "That leaves a gap of £4.5 million"),
 r(MID, "overspend", "3100000", G, False, "2023-24", "forecast", None, R, "The council thinks it will spend £3.1 million more than planned this year"),
 r(MID, "funding_gap", "38000000", G, True, "2028-29", "forecast", None, R, "will be about £38 million by 2028/29"),
],
"a11_slough_property_listing.txt": [
 r(SLO, "debt", "760000000", G, True, "2023-24", "actual", None, R, "The council's debt stands at about £760m"),
 r(SLO, "bailout", "307000000", G, False, None, "actual", None, O, "to treat £307m of day-to-day costs as capital spending"),
 r(SLO, "budget", "138200000", G, False, "2023-24", None, None, R, "The council's net budget for 2023/24 is £138.2m"),
 r(SLO, "savings_required", "19800000", G, False, "2023-24", "planned", None, R, "councillors agreed savings of £19.8m for this year"),
 r(SLO, "funding_gap", "8700000", G, False, "2024-25", "forecast", None, R, "a funding gap of £8.7m for 2024/25"),
 r(SLO, "overspend", "5600000", G, False, "2022-23", "actual", None, R, "ended 2022/23 with an overspend of £5.6m"),
],
"a12_royal_marsden_press_ruling.txt": [
 r(RM, "surplus", "4700000", G, False, "2010-11", "actual", None, R, "its accounts for 2010/11 showed a surplus of £4.7m"),
 r(RM, "savings_required", "15200000", G, False, "2011-12", "target", None, R, "its savings target for 2011/12 was £15.2m"),
 r(RM, "savings_required", "15200000", G, False, "2011-12", "target", None, O, "The trust's own figure of £15.2m should have been given"),
 r(RM, "surplus", "4700000", G, False, "2010-11", "actual", None, O, "had a surplus of £4.7m in 2010/11"),
 r(RM, "budget", "300000000", G, True, "2010-11", None, None, R, "on income of around £300m"),
 r(RM, "surplus", "3900000", G, False, "2011-12", "planned", None, R, "It plans a surplus of £3.9m in 2011/12"),
 r(RM, "savings_required", "15200000", G, False, "2011-12", "target", None, O, "Its savings target this year is £15.2m"),
 r(RM, "savings_required", "5", P, True, "2011-12", "target", None, O, "about 5 per cent of its costs"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
