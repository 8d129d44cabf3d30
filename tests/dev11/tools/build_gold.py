#!/usr/bin/env python3
"""Build gold.jsonl for dev11 from the compact table below (modelled on tests/dev10/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

UHS = ("University Hospital Southampton NHS Foundation Trust", "trust")
SOTCCG = ("NHS Southampton CCG", "ccg")
CCGS = ("CCGs in England", "aggregate")
SWL = ("South West London STP", "ics")
KING = ("Kingston Hospital NHS Foundation Trust", "trust")
KCCG = ("NHS Kingston CCG", "ccg")
RCCG = ("NHS Richmond CCG", "ccg")
NUTH = ("The Newcastle upon Tyne Hospitals NHS Foundation Trust", "trust")
ECCCG = ("NHS Eastern Cheshire CCG", "ccg")
ECT = ("East Cheshire NHS Trust", "trust")
CHCCG = ("NHS Cheshire CCG", "ccg")
HCC = ("Hampshire County Council", "council")
MEA = ("Mid and East Antrim Borough Council", "council")
SHET = ("NHS Shetland", "health_board")
WHIT = ("Whittington Health NHS Trust", "trust")
ICCG = ("NHS Islington CCG", "ccg")
ISL = ("Islington Council", "council")
MON = ("Monmouthshire County Council", "council")
WMUH = ("West Middlesex University Hospital NHS Trust", "trust")
STFT = ("South Tyneside NHS Foundation Trust", "trust")
STCCG = ("NHS South Tyneside CCG", "ccg")
STC = ("South Tyneside Council", "council")
NHSENG = ("NHS in England", "aggregate")
UHCW = ("University Hospitals Coventry and Warwickshire NHS Trust", "trust")
CWICB = ("NHS Coventry and Warwickshire Integrated Care Board", "icb")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"w01_southampton_tv_news_script.txt": [
 r(UHS, "deficit", "22000000", G, False, "2015-16", "forecast", None, O, "Southampton hospital heading for £22m deficit"),
 r(UHS, "deficit", "20000000", G, True, "2015-16", "forecast", None, O, "more than twenty million pounds in the red"),
 r(UHS, "deficit", "22400000", G, False, "2015-16", "forecast", None, R, "now forecasts a deficit of £22.4million for 2015/16"),
 r(UHS, "deficit", "4900000", G, False, "2015-16", "planned", None, R, "it had planned to end the year £4.9m in deficit"),
 r(UHS, "deficit", "22400000", G, False, "2015-16", "forecast", None, O, "UHS FORECAST DEFICIT 2015/16: £22.4M"),
 r(UHS, "deficit", "4900000", G, False, "2015-16", "planned", None, O, "ORIGINAL PLAN: £4.9M"),
 r(UHS, "budget", "780000000", G, True, "2015-16", None, None, R, "The trust has a turnover of around £780m"),
 r(UHS, "savings_required", "38000000", G, False, "2015-16", "target", None, R, "Its cost improvement programme this year is £38m"),
 r(UHS, "savings_required", "29000000", G, True, "2015-16", "actual", None, O, "just over £29m of that has been delivered so far"),
 r(UHS, "performance_actual", "88.3", P, False, "2015-16", "actual", "January", R, "In January, 88.3% of patients in the emergency department were admitted, transferred or discharged within four hours"),
 r(UHS, "performance_target", "95", P, False, None, "target", None, R, "The national standard is 95%"),
 r(SOTCCG, "deficit", "3100000", G, False, "2015-16", "forecast", None, R, "expects to finish the year £3.1 million in the red"),
 r(SOTCCG, "budget", "341000000", G, False, "2015-16", None, None, R, "on a budget of £341m"),
 r(CCGS, "required_surplus", "1", P, False, None, "target", None, O, "the one per cent surplus that every clinical commissioning group is supposed to keep back"),
],
"w02_south_west_london_think_tank_briefing.txt": [
 r(SWL, "funding_gap", "528000000", G, False, "2023-24", "forecast", None, O, "£528m: the funding gap the South West London STP says it will face by 2023/24"),
 r(SWL, "deficit", "64300000", G, False, "2018-19", "actual", None, O, "£64.3m: the combined deficit of the partnership's NHS organisations in 2018/19"),
 r(SWL, "deficit", "31700000", G, False, "2019-20", "target", None, O, "£31.7m: the combined deficit the partnership has agreed to hold itself to in 2019/20"),
 r(SWL, "deficit", "64300000", G, False, "2018-19", "actual", None, R, "ended 2018/19 with a combined deficit of £64.3m"),
 r(SWL, "deficit", "31700000", G, False, "2019-20", "target", None, R, "a system control total of a £31.7m deficit"),
 r(SWL, "funding_gap", "528000000", G, False, "2023-24", "forecast", None, R, "a funding gap of £528m by 2023/24"),
 r(KING, "surplus", "2100000", G, False, "2018-19", "actual", None, R, "It reported a surplus of £2.1m for 2018/19"),
 r(KING, "savings_required", "11500000", G, False, "2019-20", "target", None, R, "its cost improvement programme for 2019/20 is £11.5m"),
 r(KING, "savings_required", "4", P, True, "2019-20", "target", None, O, "roughly 4 per cent of its costs"),
 r(KCCG, "savings_required", "9200000", G, False, "2019-20", "target", None, R, "NHS Kingston CCG must find £9.2m of QIPP savings this year"),
 r(RCCG, "deficit", "4600000", G, False, "2018-19", "actual", None, R, "NHS Richmond CCG ended 2018/19 with a deficit of £4.6m"),
 r(RCCG, "deficit", "0", G, False, "2019-20", "target", None, O, "has been told to break even in 2019/20"),
],
"w03_newcastle_podcast_transcript.txt": [
 r(NUTH, "deficit", "12000000", G, False, "2024-25", "forecast", None, R, "with a deficit of twelve million pounds"),
 r(NUTH, "budget", "1800000000", G, True, "2024-25", None, None, R, "Its income is about one point eight billion pounds a year"),
 r(NUTH, "deficit", "12000000", G, False, "2024-25", "forecast", None, O, "Twelve million on one point eight billion"),
 r(NUTH, "budget", "1800000000", G, False, "2024-25", None, None, O, "Twelve million on one point eight billion"),
 r(NUTH, "deficit", "45000000", G, True, "2024-25", "forecast", None, O, "the underlying deficit is more like forty-five million pounds"),
 r(NUTH, "bailout", "30000000", G, False, "2024-25", "actual", None, R, "handed over thirty million pounds of deficit support in the autumn"),
 r(NUTH, "deficit", "19500000", G, False, "2025-26", "planned", None, R, "the trust's draft plan is a deficit of £19.5m"),
 r(NUTH, "savings_required", "96000000", G, False, "2025-26", "target", None, R, "they need a cost improvement programme of £96m"),
 r(NUTH, "savings_required", "5", P, True, "2025-26", "target", None, O, "That's about 5 per cent of their spending"),
 r(NUTH, "savings_required", "61000000", G, True, "2025-26", "actual", None, O, "they've identified about £61m of schemes so far"),
 r(NUTH, "savings_gap", "35000000", G, True, "2025-26", "actual", None, R, "there's a gap of roughly £35m still to find"),
 r(NUTH, "performance_actual", "76.4", P, False, "2024-25", "actual", "February", R, "In February, 76.4% of people at the trust's emergency departments were seen within four hours"),
 r(NUTH, "performance_target", "78", P, False, None, "target", None, R, "The target for March is 78%"),
],
"w04_eastern_cheshire_ccg_obituary.txt": [
 r(ECCCG, "budget", "233000000", G, False, "2013-14", None, None, R, "In its first year it was handed a budget of £233m"),
 r(ECCCG, "deficit", "9100000", G, False, "2016-17", "actual", None, R, "it ended that year with a deficit of £9.1m"),
 r(ECCCG, "budget", "280600000", G, False, "2019-20", None, None, R, "With an allocation of £280.6m for 2019/20"),
 r(ECCCG, "deficit", "9800000", G, False, "2019-20", "target", None, R, "a control total of a £9.8m deficit"),
 r(ECCCG, "deficit", "13200000", G, False, "2019-20", "forecast", "March", R, "it was forecasting a deficit of £13.2 million"),
 r(ECCCG, "savings_required", "11400000", G, False, "2019-20", "target", None, R, "was set at £11.4m"),
 r(ECCCG, "savings_gap", "4300000", G, False, "2019-20", "forecast", "March", R, "it expected to fall short of that by £4.3m"),
 r(ECCCG, "deficit", "33600000", G, False, None, "actual", None, O, "the group leaves behind a cumulative deficit of £33.6m"),
 r(ECT, "deficit", "7900000", G, False, "2018-19", "actual", None, R, "The trust ended 2018/19 with a deficit of £7.9m"),
 r(ECT, "bailout", "12600000", G, False, "2018-19", "actual", None, R, "receiving £12.6m of loans in that year alone"),
 r(CHCCG, "deficit", "70000000", G, True, None, None, None, O, "The new body starts life with a combined underlying deficit of nearly £70m"),
],
"w05_hampshire_care_fees_judicial_review.txt": [
 r(HCC, "budget", "711700000", G, False, "2014-15", "planned", None, R, "Hampshire County Council's net revenue budget for 2014/15 is £711.7m"),
 r(HCC, "budget", "273400000", G, False, "2014-15", "planned", None, O, "Adult services account for £273.4m of that"),
 r(HCC, "savings_required", "98000000", G, False, "2015-16", "target", None, R, "the authority must find savings of £98m by 2015/16"),
 r(HCC, "savings_gap", "31000000", G, False, "2015-16", "actual", "February", R, "£31m had yet to be identified"),
 r(HCC, "savings_required", "21500000", G, False, "2014-15", "target", None, O, "The adult services department alone had to deliver £21.5m of savings in the current year"),
 r(HCC, "overspend", "4600000", G, False, "2013-14", "actual", None, R, "the department had overspent by £4.6m in 2013/14"),
 r(HCC, "underspend", "12900000", G, False, "2013-14", "actual", None, R, "the county council underspent by £12.9m in 2013/14"),
],
"w06_mid_east_antrim_bin_strike.txt": [
 r(MEA, "funding_gap", "4800000", G, False, "2023-24", "forecast", None, O, "Bin strike enters third week as council warns of £4.8million gap"),
 r(MEA, "budget", "61300000", G, False, "2022-23", "planned", None, R, "The council's net revenue budget for 2022/23 is £61.3million"),
 r(MEA, "overspend", "1400000", G, False, "2022-23", "forecast", None, R, "the waste and environmental services budget is now forecast to overspend by £1.4m this year"),
 r(MEA, "overspend", "2000000", G, True, "2022-23", "forecast", None, R, "officers expect a year-end overspend of nearly £2m"),
 r(MEA, "funding_gap", "4800000", G, False, "2023-24", "forecast", None, R, "in 2023/24 at £4.8million"),
 r(MEA, "savings_required", "3500000", G, True, "2023-24", "target", None, R, "the council will need to agree savings of £3.5m-£4m"),
 r(MEA, "savings_required", "4000000", G, True, "2023-24", "target", None, R, "savings of £3.5m-£4m, with the rest coming from the district rate"),
],
"w07_nhs_shetland_job_advert.txt": [
 r(SHET, "budget", "47200000", G, False, "2017-18", None, None, R, "We have a revenue budget of £47.2 million in 2017/18"),
 r(SHET, "deficit", "0", G, False, "2016-17", "actual", None, O, "We balanced our books in 2016/17"),
 r(SHET, "bailout", "1900000", G, False, "2016-17", "actual", None, R, "£1.9m of brokerage from the Scottish Government"),
 r(SHET, "savings_required", "3100000", G, False, "2017-18", "target", None, R, "This year our savings target is £3.1m"),
 r(SHET, "savings_required", "7", P, True, "2017-18", "target", None, O, "nearly 7% of our budget"),
 r(SHET, "savings_gap", "1200000", G, False, "2017-18", "actual", None, R, "£1.2m has yet to be identified"),
 r(SHET, "budget", "47200000", G, False, "2017-18", None, None, O, "That money is part of the £47.2 million"),
 r(SHET, "performance_actual", "97.1", P, False, "2016-17", "actual", "February", R, "In February, 97.1% of patients at the Gilbert Bain's emergency department were seen and either admitted or discharged within four hours"),
 r(SHET, "performance_target", "95", P, False, None, "target", None, R, "against the Scottish Government's standard of 95%"),
 r(SHET, "savings_required", "3100000", G, False, "2017-18", "target", None, O, "without the £3.1m of savings"),
],
"w08_islington_archive_column.txt": [
 r(WHIT, "deficit", "9800000", G, False, "2015-16", "forecast", None, R, "it was forecasting a deficit of £9.8 million for 2015/16"),
 r(WHIT, "deficit", "5200000", G, False, "2015-16", "planned", None, R, "against a planned deficit of £5.2 million"),
 r(WHIT, "savings_required", "13600000", G, False, "2015-16", "target", None, R, "Its cost improvement programme for the year was £13.6 million"),
 r(WHIT, "savings_required", "10100000", G, False, "2015-16", "forecast", None, O, "of which it expected to deliver £10.1 million"),
 r(ICCG, "savings_required", "11000000", G, False, "2016-17", "target", None, R, "must make savings of £11m in 2016/17"),
 r(ICCG, "surplus", "3200000", G, False, "2015-16", "planned", None, R, "planning to hold a surplus of £3.2m"),
 r(ISL, "budget", "232900000", G, False, "2021-22", "planned", None, R, "the council planned a net budget of £232.9m"),
 r(ISL, "savings_required", "12400000", G, False, "2021-22", "target", None, R, "would have to make savings of £12.4m"),
 r(ISL, "funding_gap", "21000000", G, False, "2023-24", "forecast", None, R, "a funding gap of £21m over the three years to 2023/24"),
 r(WHIT, "deficit", "6200000", G, False, "2025-26", "forecast", None, R, "the trust forecasting a deficit of £6.2m for 2025/26"),
 r(WHIT, "deficit", "0", G, False, "2025-26", "planned", None, O, "after a plan that had aimed to break even"),
 r(WHIT, "savings_required", "5.3", P, False, "2025-26", "target", None, R, "an efficiency target of 5.3% of its costs"),
 r(WHIT, "performance_actual", "74.8", P, False, "2025-26", "actual", "December", R, "saw 74.8 per cent of patients within four hours in December"),
 r(WHIT, "performance_target", "78", P, False, None, "target", None, R, "against a national target of 78 per cent for March"),
],
"w09_monmouthshire_council_tax_leaflet.txt": [
 r(MON, "budget", "147600000", G, False, "2018-19", "planned", None, R, "Our net revenue budget for 2018/19 is £147.6 million"),
 r(MON, "budget", "57300000", G, False, "2018-19", "planned", None, O, "£57.3 million, goes on schools"),
 r(MON, "budget", "46100000", G, False, "2018-19", "planned", None, O, "Social care and health will receive £46.1m"),
 r(MON, "savings_required", "3234000", G, False, "2018-19", "target", None, R, "To balance this year's budget we must save £3,234,000"),
 r(MON, "funding_gap", "12200000", G, False, "2021-22", "forecast", None, R, "we expect a funding gap of £12.2 million by 2021/22"),
 r(MON, "overspend", "1900000", G, False, "2017-18", "forecast", None, R, "We expect spending on children's services to run £1.9m over budget this year"),
 r(MON, "underspend", "300000", G, False, "2017-18", "forecast", None, R, "a small underspend of £0.3m overall"),
],
"w10_west_middlesex_memoir_review.txt": [
 r(WMUH, "deficit", "6800000", G, False, "2009-10", "actual", None, R, "In 2009/10 the trust posted a deficit of £6.8m"),
 r(WMUH, "budget", "155000000", G, True, "2009-10", None, None, R, "on a turnover of about £155m"),
 r(WMUH, "savings_required", "9600000", G, False, "2011-12", "target", None, R, "The trust needed a cost improvement programme of £9.6m in 2011/12"),
 r(WMUH, "savings_required", "6", P, True, "2011-12", "target", None, O, "around 6 per cent of its costs"),
 r(WMUH, "surplus", "1100000", G, False, "2011-12", "actual", None, R, "ended that year with a surplus of £1.1m"),
 r(WMUH, "bailout", "10500000", G, False, "2010-11", "actual", None, R, "taking a £10.5m working capital loan from the Department of Health in 2010/11"),
 r(WMUH, "debt", "7000000", G, False, None, "actual", None, R, "the trust still owes £7m of that"),
],
"w11_south_tyneside_ward_hustings.txt": [
 r(STFT, "deficit", "3500000", G, False, "2014-15", "forecast", None, R, "expects to report a deficit of £3.5m for 2014/15"),
 r(STFT, "deficit", "6200000", G, False, "2015-16", "planned", None, R, "its plan for 2015/16 is for a deficit of £6.2m"),
 r(STFT, "savings_required", "8000000", G, False, "2015-16", "target", None, R, "The trust has to find £8m of cost improvements this year"),
 r(STCCG, "budget", "302000000", G, False, "2015-16", None, None, R, "has a budget of £302m for 2015/16"),
 r(STCCG, "required_surplus", "1", P, False, "2015-16", "target", None, O, "like every CCG, is expected to hold a surplus of 1 per cent"),
 r(CCGS, "required_surplus", "1", P, False, "2015-16", "target", None, O, "is expected to hold a surplus of 1 per cent, which"),
 r(STCCG, "required_surplus", "3000000", G, False, "2015-16", "target", None, R, "which for South Tyneside means £3m"),
 r(STC, "savings_required", "138000000", G, False, None, "actual", None, O, "had already made cuts of £138m since 2010"),
 r(STC, "savings_required", "22000000", G, False, "2015-16", "target", None, R, "must find a further £22m in 2015/16"),
 r(NHSENG, "funding_gap", "30000000000", G, False, "2020-21", "forecast", None, O, "faced a funding gap of £30bn by 2020/21"),
 r(STFT, "performance_actual", "93.8", P, False, "2014-15", "actual", "March", R, "in March only 93.8 per cent of patients at the district hospital had been seen within four hours"),
 r(STFT, "performance_target", "95", P, False, None, "target", None, R, "against the 95 per cent standard"),
],
"w12_coventry_strike_pay.txt": [
 r(UHCW, "deficit", "20000000", G, True, "2023-24", "planned", None, O, "Walkout adds to pressure on Coventry hospitals' nearly £20m deficit plan"),
 r(UHCW, "deficit", "12900000", G, False, "2022-23", "actual", None, R, "it ended 2022/23 with a deficit of £12.9m"),
 r(UHCW, "deficit", "19800000", G, False, "2023-24", "planned", None, R, "a plan to NHS England for a deficit of £19.8m"),
 r(UHCW, "budget", "900000000", G, True, "2023-24", None, None, R, "on income of nearly £900m"),
 r(UHCW, "savings_required", "47600000", G, False, "2023-24", "target", None, R, "it must deliver a cost improvement programme of £47.6m"),
 r(UHCW, "savings_required", "5.3", P, True, "2023-24", "target", None, O, "about 5.3 percent of its spending"),
 r(UHCW, "savings_gap", "8100000", G, False, "2023-24", "actual", None, R, "£8.1m of that has not yet been matched to specific schemes"),
 r(CWICB, "deficit", "41500000", G, False, "2023-24", "planned", None, R, "has submitted a system plan with a combined deficit of £41.5m for 2023/24"),
 r(CWICB, "budget", "1900000000", G, False, "2023-24", None, None, R, "The integrated care board's own budget is put at £1.9bn"),
 r(UHCW, "performance_actual", "58.4", P, False, "2022-23", "actual", "March", R, "In March, 58.4 per cent of patients on the trust's waiting list had been waiting less than 18 weeks"),
 r(UHCW, "performance_target", "92", P, False, None, "target", None, R, "against the constitutional standard of 92 per cent"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
