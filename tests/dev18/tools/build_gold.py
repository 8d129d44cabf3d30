#!/usr/bin/env python3
"""Build gold.jsonl for dev18 from the compact table below (modelled on tests/dev17/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

PAHT = ("Pennine Acute Hospitals NHS Trust", "trust")
PCFT = ("Pennine Care NHS Foundation Trust", "trust")
GMW = ("Greater Manchester West Mental Health NHS Foundation Trust", "trust")
HMR = ("NHS Heywood, Middleton and Rochdale CCG", "ccg")
PROV = ("NHS providers in England", "aggregate")
ROH = ("The Royal Orthopaedic Hospital NHS Foundation Trust", "trust")
TSH = ("The State Hospitals Board for Scotland", "health_board")
WBC = ("Wokingham Borough Council", "council")
LAM = ("Lambeth Council", "council")
WNL = ("NHS West and North London Integrated Care Board", "icb")
LNW = ("London North West University Healthcare NHS Trust", "trust")
CNWL = ("Central and North West London NHS Foundation Trust", "trust")
WLT = ("West London NHS Trust", "trust")
FW = ("NHS Fylde and Wyre CCG", "ccg")
OX = ("Oxfordshire Primary Care Trust", "other")
SC = ("South Central Strategic Health Authority", "other")
FL = ("Flintshire Local Health Board", "health_board")
NEW = ("North East Wales NHS Trust", "trust")
WL = ("West Lothian Integration Joint Board", "other")
IJBS = ("Integration joint boards in Scotland", "aggregate")
UHD = ("University Hospitals Dorset NHS Foundation Trust", "trust")
WMAS = ("West Midlands Ambulance Service NHS Foundation Trust", "trust")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"d01_greater_manchester_roundup.txt": [
 r(PAHT, "deficit", "31400000", G, False, "2016-17", "forecast", None, R, "now forecasts a deficit of £31.4m for the year"),
 r(PAHT, "deficit", "23900000", G, False, "2016-17", "planned", None, R, "was for a deficit of £23.9m"),
 r(PAHT, "savings_required", "26000000", G, False, "2016-17", "target", None, R, "The programme is worth £26m this year"),
 r(PAHT, "savings_required", "17500000", G, False, "2016-17", "planned", "September", O, "schemes worth only £17.5m had been signed off"),
 r(PAHT, "savings_gap", "8500000", G, False, "2016-17", "actual", "September", R, "leaving £8.5m unidentified"),
 r(PCFT, "surplus", "2200000", G, False, "2016-17", "forecast", None, R, "forecasting surpluses of £2.2m"),
 r(GMW, "surplus", "1100000", G, False, "2016-17", "forecast", None, R, "£1.1m respectively"),
 r(PCFT, "budget", "245000000", G, True, "2016-17", None, None, R, "annual income is around £245m"),
 r(PCFT, "savings_required", "9800000", G, False, "2016-17", "target", None, R, "has to save £9.8 million this year"),
 r(HMR, "budget", "330000000", G, False, "2016-17", None, None, R, "Its budget for 2016/17 is £330m"),
 r(HMR, "savings_required", "12100000", G, False, "2016-17", "target", None, R, "must deliver £12.1m of QIPP savings this year"),
 r(HMR, "savings_gap", "3700000", G, False, "2016-17", "forecast", None, R, "£3.7m is rated high risk"),
 r(HMR, "surplus", "340000", G, False, "2016-17", "forecast", None, R, "It is forecasting a surplus of £340,000"),
 r(HMR, "required_surplus", "3300000", G, False, "2016-17", "target", None, R, "the £3.3m it had been asked to deliver"),
 r(PROV, "deficit", "2450000000", G, False, "2015-16", "actual", None, O, "NHS providers in England closed the 2015/16 books £2.45bn in deficit"),
],
"d02_royal_orthopaedic_accounts.txt": [
 r(ROH, "deficit", "4730000", G, False, "2017-18", "actual", None, R, "recorded a deficit of £4,730,000 for the year to 31 March 2018"),
 r(ROH, "deficit", "2100000", G, False, "2016-17", "actual", None, R, "a deficit of £2.1m in 2016/17"),
 r(ROH, "budget", "88400000", G, False, "2017-18", None, None, R, "income rose to £88.4m"),
 r(ROH, "bailout", "1900000", G, False, "2017-18", "actual", None, O, "£1.9 million of Sustainability and Transformation Fund money"),
 r(ROH, "deficit", "6600000", G, False, "2017-18", "actual", None, R, "the underlying deficit was £6.6m"),
 r(ROH, "savings_required", "5200000", G, False, "2017-18", "target", None, R, "a cost improvement programme of £5.2m for 2017/18"),
 r(ROH, "savings_required", "3900000", G, False, "2017-18", "actual", None, O, "It delivered £3.9m"),
 r(ROH, "savings_gap", "1300000", G, False, "2017-18", "actual", None, R, "falling £1.3m short"),
 r(ROH, "bailout", "3000000", G, False, "2017-18", "actual", "February", R, "drew down £3m of interim revenue support"),
 r(ROH, "debt", "11500000", G, False, "2017-18", "actual", None, R, "taking what it owes the health department to £11.5m"),
 r(ROH, "deficit", "1500000", G, False, "2018-19", "planned", None, R, "it is planning for a deficit of £1.5m"),
 r(ROH, "deficit", "0", G, False, "2018-19", "target", None, O, "under which it would break even"),
 r(ROH, "savings_required", "4600000", G, False, "2018-19", "target", None, R, "it must find £4.6m of savings"),
 r(ROH, "savings_required", "5", P, True, "2018-19", "target", None, O, "about 5 per cent of what it spends"),
],
"d03_state_hospital_audit_scotland.txt": [
 r(TSH, "budget", "37900000", G, False, "2018-19", None, None, R, "a revenue budget of £37.9m in 2018/19"),
 r(TSH, "overspend", "1600000", G, False, "2018-19", "actual", None, R, "It overspent by £1.6m"),
 r(TSH, "bailout", "1600000", G, False, "2018-19", "actual", None, R, "£1.6 million of brokerage"),
 r(TSH, "overspend", "2000000", G, True, "2019-20", "forecast", None, R, "projecting a further overspend of around £2m in 2019/20"),
 r(TSH, "savings_required", "3000000", G, False, "2019-20", "target", None, R, "It needs recurring savings of £3m this year"),
 r(TSH, "savings_required", "8", P, True, "2019-20", "target", None, O, "almost 8 percent of its budget"),
 r(TSH, "savings_required", "1100000", G, False, "2019-20", "planned", "August", O, "only £1.1m of savings had been identified"),
 r(TSH, "savings_gap", "1900000", G, False, "2019-20", "actual", "August", R, "leaving £1.9m without a plan"),
],
"d04_wokingham_budget_night.txt": [
 r(WBC, "budget", "148600000", G, False, "2020-21", None, None, R, "a net budget of £148.6m for 2020/21"),
 r(WBC, "savings_required", "5300000", G, False, "2020-21", "target", None, R, "relies on savings of £5.3 million"),
 r(WBC, "savings_required", "720000", G, False, "2020-21", "planned", None, O, "£720k from shorter library opening hours"),
 r(WBC, "funding_gap", "17700000", G, False, "2022-23", "forecast", None, R, "a funding gap of £17.7m by 2022/23"),
 r(WBC, "overspend", "1800000", G, False, "2019-20", "forecast", None, R, "expects to finish the current year £1.8m over budget"),
 r(WBC, "overspend", "2900000", G, False, "2019-20", "forecast", None, R, "Children's services are heading for a £2.9m overspend"),
 r(WBC, "underspend", "1100000", G, False, "2019-20", "forecast", None, R, "an underspend of £1.1m on interest costs"),
],
"d05_lambeth_mid_year.txt": [
 r(LAM, "overspend", "24500000", G, False, "2023-24", "forecast", None, R, "now expects to overspend by £24.5m this financial year"),
 r(LAM, "overspend", "19800000", G, False, "2023-24", "forecast", "June", R, "up from £19.8m at the end of June"),
 r(LAM, "budget", "343200000", G, False, "2023-24", None, None, R, "net revenue budget for 2023/24 is £343.2m"),
 r(LAM, "overspend", "7", P, True, "2023-24", "forecast", None, O, "about 7 per cent of it"),
 r(LAM, "overspend", "11900000", G, False, "2023-24", "forecast", None, R, "The housing department is forecast to overspend by £11.9m"),
 r(LAM, "overspend", "8700000", G, False, "2023-24", "forecast", None, R, "on course to be £8.7m over budget"),
 r(LAM, "overspend", "6300000", G, False, "2023-24", "forecast", None, R, "adult social care £6.3m"),
 r(LAM, "underspend", "2400000", G, False, "2023-24", "forecast", None, R, "a £2.4m underspend in corporate budgets"),
 r(LAM, "funding_gap", "28000000", G, False, "2024-25", "forecast", None, R, "is staring at a budget gap of £28m"),
 r(LAM, "savings_required", "14500000", G, False, "2024-25", "planned", None, R, "proposals for £14.5m of savings"),
],
"d06_west_north_london_icb.txt": [
 r(WNL, "deficit", "142000000", G, False, "2026-27", "planned", None, R, "a financial plan showing a combined deficit of £142m for 2026/27"),
 r(WNL, "budget", "9600000000", G, False, "2026-27", None, None, R, "It holds an allocation of £9.6bn"),
 r(WNL, "bailout", "118000000", G, False, "2026-27", "planned", None, R, "expect £118m of deficit support from NHS England"),
 r(WNL, "deficit", "24000000", G, False, "2026-27", "planned", None, R, "the system would still be left with a deficit of £24m"),
 r(WNL, "surplus", "15000000", G, False, "2026-27", "planned", None, R, "is planned to show a surplus of £15m"),
 r(WNL, "savings_required", "820000000", G, False, "2026-27", "target", None, R, "must deliver efficiency savings of £820m"),
 r(WNL, "savings_required", "5.5", P, True, "2026-27", "target", None, O, "roughly 5.5 per cent of spending"),
 r(WNL, "savings_required", "21000000", G, True, "2026-27", "target", None, O, "a cut worth about £21m a year"),
 r(LNW, "deficit", "38500000", G, False, "2026-27", "planned", None, R, "It is planning a deficit of £38.5m"),
 r(LNW, "savings_required", "62000000", G, False, "2026-27", "target", None, R, "a cost improvement programme of £62m"),
 r(LNW, "performance_actual", "73.5", P, False, "2026-27", "actual", "April", R, "its emergency departments saw 73.5% of patients within four hours"),
 r(LNW, "performance_target", "82", P, False, "2026-27", "target", None, R, "the national target is 82% by March 2027"),
 r(CNWL, "surplus", "3100000", G, False, "2026-27", "planned", None, R, "plans a surplus of £3.1m"),
 r(WLT, "savings_required", "21400000", G, False, "2026-27", "target", None, R, "must find £21.4m of savings"),
],
"d07_fylde_wyre_ccg.txt": [
 r(FW, "savings_required", "9600000", G, False, "2014-15", "target", None, R, "must save £9.6m this year"),
 r(FW, "budget", "213400000", G, False, "2014-15", None, None, R, "has a budget of £213.4m for 2014/15"),
 r(FW, "required_surplus", "1", P, False, "2014-15", "target", None, R, "a surplus worth one per cent of its allocation"),
 r(FW, "required_surplus", "2100000", G, True, "2014-15", "target", None, O, "(about £2.1m) as a cushion"),
 r(FW, "surplus", "1500000", G, False, "2013-14", "actual", None, R, "finished with a surplus of £1.5m"),
 r(FW, "savings_gap", "3100000", G, False, "2014-15", "actual", None, R, "£3.1m of this year's QIPP programme was still \"to be identified\""),
 r(FW, "overspend", "900000", G, False, "2014-15", "forecast", None, R, "forecast to overspend by £900,000"),
],
"d08_oxfordshire_pct_2007.txt": [
 r(OX, "deficit", "21300000", G, False, "2006-07", "actual", None, R, "ended 2006/07 with a deficit of £21.3m"),
 r(OX, "surplus", "3200000", G, False, "2007-08", "forecast", None, R, "it now forecasts a surplus of £3.2m for 2007/08"),
 r(OX, "surplus", "5500000", G, False, "2007-08", "planned", None, R, "the £5.5 million surplus set out in the plan"),
 r(OX, "deficit", "21000000", G, True, "2006-07", "actual", None, O, "more than £21m in the red"),
 r(OX, "budget", "790000000", G, False, "2007-08", None, None, R, "an allocation of £790m this year"),
 r(OX, "savings_required", "18700000", G, False, "2007-08", "target", None, R, "it must save £18.7m"),
 r(OX, "savings_gap", "4900000", G, True, "2007-08", "actual", None, R, "About £4.9m of those savings have yet to be identified"),
 r(SC, "surplus", "120000000", G, True, "2007-08", "forecast", None, R, "a surplus of around £120m of its own"),
],
"d09_flintshire_lhb_2008.txt": [
 r(FL, "deficit", "3800000", G, False, "2008-09", "forecast", None, R, "is forecasting a deficit of £3.8m for 2008/09"),
 r(FL, "bailout", "2500000", G, False, "2008-09", "planned", None, R, "£2.5m of additional financial support"),
 r(FL, "deficit", "6300000", G, True, "2008-09", "forecast", None, R, "Its underlying deficit, before that support, is close to £6.3m"),
 r(FL, "budget", "230000000", G, True, "2008-09", None, None, R, "spends about £230m a year"),
 r(FL, "savings_required", "4200000", G, False, "2008-09", "target", None, R, "has to make savings of £4.2m"),
 r(FL, "savings_gap", "1000000", G, True, "2008-09", "actual", "November", R, "more than £1m of those savings had still to be found"),
 r(NEW, "deficit", "6100000", G, False, "2008-09", "forecast", None, R, "forecasting a deficit of £6,100,000 this year"),
],
"d10_west_lothian_ijb.txt": [
 r(WL, "budget", "311400000", G, False, "2024-25", None, None, R, "has a budget of £311.4m for 2024/25"),
 r(WL, "overspend", "4600000", G, False, "2023-24", "actual", None, R, "it overspent by £4.6m in 2023/24"),
 r(WL, "funding_gap", "14300000", G, False, "2024-25", "forecast", None, R, "faced a budget gap of £14.3m for 2024/25"),
 r(WL, "savings_required", "11200000", G, False, "2024-25", "planned", None, R, "It has agreed savings of £11.2m"),
 r(WL, "savings_gap", "3100000", G, False, "2024-25", "actual", None, R, "leaving £3.1m without an agreed plan"),
 r(WL, "overspend", "5900000", G, False, "2024-25", "forecast", None, R, "a forecast overspend of £5.9m this year"),
 r(WL, "overspend", "2800000", G, False, "2024-25", "forecast", None, R, "expected to be £2.8m over budget"),
 r(IJBS, "funding_gap", "300000000", G, True, "2024-25", "forecast", None, O, "a combined funding gap of more than £300m"),
],
"d11_dorset_live_blog.txt": [
 r(UHD, "deficit", "19000000", G, True, "2024-25", "forecast", None, O, "nearly £19m in the red"),
 r(UHD, "deficit", "32000000", G, True, "2024-25", "actual", None, R, "underlying deficit, stripping out one-off income and non-recurring savings, was about £32m"),
 r(UHD, "budget", "1100000000", G, True, "2024-25", None, None, R, "has income of about £1.1bn this year"),
 r(UHD, "performance_actual", "74.6", P, False, "2024-25", "actual", "December", R, "74.6% of patients in the trust's emergency departments"),
 r(UHD, "performance_target", "78", P, False, "2024-25", "target", None, R, "The national target for March 2025 is 78%"),
 r(UHD, "savings_required", "41000000", G, False, "2024-25", "target", None, R, "this year's savings programme totals £41m"),
 r(UHD, "savings_required", "29500000", G, False, "2024-25", "actual", "December", O, "only £29.5m had been banked"),
 r(UHD, "savings_gap", "8200000", G, True, "2024-25", "forecast", None, R, "About £8.2m of it is now unlikely to be achieved"),
 r(UHD, "deficit", "18900000", G, False, "2024-25", "forecast", None, R, "the trust is now forecasting an £18.9m deficit for 2024/25"),
 r(UHD, "deficit", "4300000", G, False, "2024-25", "planned", None, R, "was for a deficit of £4.3m"),
],
"d12_west_midlands_ambulance.txt": [
 r(WMAS, "performance_actual", "76.2", P, False, "2015-16", "actual", "July", R, "reached 76.2% of its most urgent Red 1 calls within eight minutes"),
 r(WMAS, "performance_target", "75", P, False, None, "target", None, R, "The national standard is that 75 per cent of these calls"),
 r(WMAS, "performance_actual", "71.9", P, False, "2015-16", "actual", "July", R, "the trust managed 71.9%"),
 r(WMAS, "surplus", "3900000", G, False, "2014-15", "actual", None, R, "It ended 2014/15 with a surplus of £3.9m"),
 r(WMAS, "budget", "275000000", G, False, "2014-15", None, None, R, "on income of £275m"),
 r(WMAS, "surplus", "2600000", G, False, "2015-16", "planned", None, R, "it had planned a surplus of £2.6m"),
 r(WMAS, "surplus", "1200000", G, False, "2015-16", "forecast", None, R, "it now forecasts a surplus of £1.2m"),
 r(WMAS, "savings_required", "9100000", G, False, "2015-16", "target", None, R, "deliver £9.1m of cost improvements in 2015/16"),
 r(WMAS, "savings_required", "3", P, True, "2015-16", "target", None, O, "about 3 per cent of its budget"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
