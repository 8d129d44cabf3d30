#!/usr/bin/env python3
"""Build gold.jsonl for dev14 from the compact table below (modelled on tests/dev13/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

NDHT = ("Northern Devon Healthcare NHS Trust", "trust")
WC = ("Wiltshire Council", "council")
WCCG = ("NHS Wiltshire CCG", "ccg")
SWAS = ("South Western Ambulance Service NHS Foundation Trust", "trust")
SAS = ("Scottish Ambulance Service", "health_board")
SHB = ("Scottish health boards", "aggregate")
PCC = ("Pembrokeshire County Council", "council")
SCC = ("Suffolk County Council", "council")
CEC = ("Cheshire East Council", "council")
LLR = ("NHS Leicester, Leicestershire and Rutland Integrated Care Board", "icb")
MUDC = ("Mid Ulster District Council", "council")
NCC = ("Northumberland County Council", "council")
DHCFT = ("Derbyshire Healthcare NHS Foundation Trust", "trust")
RPH = ("Royal Papworth Hospital NHS Foundation Trust", "trust")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"z01_northern_devon_timeline.txt": [
 r(NDHT, "surplus", "1400000", G, False, "2009-10", "actual", None, R, "The trust finished 2009/10 with a surplus of £1.4m"),
 r(NDHT, "surplus", "700000", G, False, "2010-11", "actual", None, R, "the surplus fell to £700,000"),
 r(NDHT, "budget", "190000000", G, True, "2011-12", None, None, R, "the trust's income rose to around £190m a year"),
 r(NDHT, "deficit", "0", G, False, "2012-13", "actual", None, O, "the trust broke even in 2012/13"),
 r(NDHT, "deficit", "2900000", G, False, "2013-14", "actual", None, R, "the trust recorded a deficit, of £2.9m"),
 r(NDHT, "savings_required", "11400000", G, False, "2013-14", "target", None, R, "Its cost improvement programme asked for £11.4m of savings"),
 r(NDHT, "savings_required", "8700000", G, False, "2013-14", "actual", None, O, "£8.7m was delivered"),
 r(NDHT, "deficit", "4100000", G, False, "2014-15", "planned", None, R, "allowed for a deficit of £4.1m"),
 r(NDHT, "deficit", "6800000", G, False, "2014-15", "actual", None, R, "the trust ended 2014/15 £6.8m in the red"),
 r(NDHT, "deficit", "9500000", G, False, "2015-16", "planned", None, R, "a plan in April for a deficit of £9.5m in the current financial year"),
 r(NDHT, "savings_required", "12600000", G, False, "2015-16", "target", None, R, "the trust will have to make savings of £12.6m"),
 r(NDHT, "savings_required", "6", P, True, "2015-16", "target", None, O, "about 6 per cent of its costs"),
 r(NDHT, "bailout", "8000000", G, True, "2015-16", "forecast", None, R, "the trust expects to need around £8m of emergency cash from the Department of Health"),
],
"z02_wiltshire_leader_column.txt": [
 r(WC, "budget", "312400000", G, False, "2016-17", None, None, R, "Councillors approved a net revenue budget of £312.4m for 2016/17"),
 r(WC, "savings_required", "24600000", G, False, "2016-17", "target", None, R, "The council has to take £24.6m out of its spending in the coming year"),
 r(WC, "savings_required", "21900000", G, False, "2016-17", "planned", None, O, "schemes covering £21.9m of that are \"ready to go\""),
 r(WC, "savings_gap", "2700000", G, False, "2016-17", "actual", None, R, "The rest – £2.7m – has no name attached to it yet"),
 r(WC, "overspend", "3200000", G, False, "2015-16", "forecast", None, R, "Children's social care is forecast to end this year £3.2m over budget"),
 r(WC, "funding_gap", "60000000", G, True, "2019-20", "forecast", None, R, "puts the funding gap at around £60m by 2019/20"),
 r(WCCG, "deficit", "4900000", G, False, "2015-16", "forecast", None, R, "NHS Wiltshire CCG, expects a deficit of £4.9m for 2015/16"),
 r(WCCG, "savings_required", "14200000", G, False, "2016-17", "target", None, R, "it has been told to deliver QIPP savings of £14.2m next year"),
 r(WC, "funding_gap", "60000000", G, False, "2019-20", "forecast", None, O, "which give the £60m figure"),
],
"z03_swasft_leaked_emails.txt": [
 r(SWAS, "deficit", "3400000", G, False, "2017-18", "forecast", "January", R, "we are forecasting a deficit of £3.4m for 2017/18"),
 r(SWAS, "required_surplus", "2100000", G, False, "2017-18", "target", None, R, "Our control total is a surplus of £2.1m"),
 r(SWAS, "savings_required", "14800000", G, False, "2017-18", "target", None, R, "This year's cost improvement programme totals £14.8m"),
 r(SWAS, "savings_required", "11300000", G, False, "2017-18", "actual", "January", O, "We have delivered £11.3m to the end of January"),
 r(SWAS, "savings_required", "12200000", G, False, "2017-18", "forecast", None, O, "I do not expect more than £12.2m by March"),
 r(SWAS, "savings_gap", "2600000", G, False, "2017-18", "forecast", None, R, "which leaves a gap of £2.6m"),
 r(SWAS, "required_surplus", "1500000", G, False, "2018-19", "target", None, R, "a control total of a £1.5m surplus for 2018/19"),
 r(SWAS, "budget", "240000000", G, True, "2018-19", None, None, R, "Our draft budget has income of just under £240m"),
 r(SWAS, "savings_required", "13500000", G, False, "2018-19", "target", None, R, "and CIP of £13.5m"),
 r(SWAS, "savings_required", "5.6", P, False, "2018-19", "target", None, O, "which is 5.6 per cent"),
],
"z04_scottish_ambulance_what_we_know.txt": [
 r(SAS, "budget", "390000000", G, True, "2023-24", None, None, R, "The service has a budget of about £390m this year"),
 r(SAS, "savings_required", "18600000", G, False, "2023-24", "target", None, R, "It has to make £18.6m of savings in 2023/24"),
 r(SAS, "savings_required", "12100000", G, False, "2023-24", "planned", None, O, "£12.1m of schemes have been identified"),
 r(SAS, "savings_gap", "6500000", G, False, "2023-24", "actual", None, R, "That leaves £6.5m without a plan"),
 r(SAS, "overspend", "4300000", G, False, "2023-24", "forecast", "September", R, "The service is forecasting an overspend of £4.3m for 2023/24 as a whole"),
 r(SAS, "overspend", "2800000", G, False, "2023-24", "forecast", "June", R, "Back in June the forecast had been £2.8m"),
 r(SAS, "performance_target", "90", P, False, None, "target", None, R, "The service aims to answer 90 per cent of 999 calls within 10 seconds"),
 r(SAS, "performance_actual", "78.2", P, False, "2023-24", "actual", "September", R, "In September it managed 78.2 per cent"),
 r(SHB, "overspend", "400000000", G, True, "2023-24", "forecast", None, O, "health boards are forecasting a combined overspend of more than £400m"),
 r(SAS, "savings_gap", "6500000", G, False, "2023-24", "actual", None, O, "The £6.5m gap has no named schemes behind it"),
 r(SAS, "savings_required", "20000000", G, False, "2024-25", "forecast", None, O, "at between £20m and £25m"),
 r(SAS, "savings_required", "25000000", G, False, "2024-25", "forecast", None, O, "at between £20m and £25m"),
],
"z05_pembrokeshire_vox_pop.txt": [
 r(PCC, "budget", "218700000", G, False, "2019-20", None, None, R, "The council proposes a net revenue budget of £218.7 million for 2019/20"),
 r(PCC, "budget", "88400000", G, False, "2019-20", None, None, O, "Of that, £88.4m goes directly to schools"),
 r(PCC, "savings_required", "14200000", G, False, "2019-20", "target", None, R, "It must find savings of £14.2m in 2019/20"),
 r(PCC, "savings_required", "11300000", G, False, "2019-20", "planned", None, O, "Proposals worth £11.3m have been drawn up"),
 r(PCC, "savings_gap", "2900000", G, False, "2019-20", "actual", None, R, "leaving £2.9m to be found before the meeting"),
 r(PCC, "underspend", "900000", G, False, "2017-18", "actual", None, R, "The council ended 2017/18 with an underspend of £0.9m"),
 r(PCC, "overspend", "1600000", G, False, "2018-19", "forecast", None, R, "they are forecast to overspend by £1.6m this year"),
 r(PCC, "funding_gap", "38000000", G, True, "2022-23", "forecast", None, R, "puts the shortfall over the next four years at around £38m"),
],
"z06_suffolk_notice_of_motion.txt": [
 r(SCC, "underspend", "6800000", G, False, "2012-13", "actual", None, O, "the council underspent its budget by £6.8m in 2012/13"),
 r(SCC, "savings_required", "22100000", G, False, "2012-13", "actual", None, O, "the council delivered savings of £22.1million in 2012/13"),
 r(SCC, "underspend", "6800000", G, False, "2012-13", "actual", None, R, "The outturn for 2012/13 was an underspend of £6.8m"),
 r(SCC, "underspend", "4500000", G, False, "2012-13", "actual", None, O, "£4.5m arose from one-off vacancy savings"),
 r(SCC, "budget", "505600000", G, False, "2013-14", None, None, R, "The net budget for 2013/14 is £505.6m"),
 r(SCC, "savings_required", "26400000", G, False, "2013-14", "target", None, R, "includes savings of £26.4million"),
 r(SCC, "savings_required", "97000000", G, True, "2016-17", "target", None, R, "savings of around £97m over the four years to 2016/17"),
 r(SCC, "overspend", "2400000", G, False, "2013-14", "forecast", "May", R, "adult and community services are forecast to overspend by £2.4m in 2013/14"),
 r(SCC, "funding_gap", "11300000", G, False, "2014-15", "forecast", None, R, "There remains a funding gap of £11.3m in 2014/15"),
],
"z07_cheshire_east_winners_losers.txt": [
 r(CEC, "budget", "387900000", G, False, "2024-25", None, None, R, "The net revenue budget comes to £387.9m"),
 r(CEC, "savings_required", "9400000", G, False, "2024-25", "target", None, O, "Adult services have to find £9.4m of the overall savings"),
 r(CEC, "savings_required", "25600000", G, False, "2024-25", "target", None, R, "The council has to make savings of £25.6m in 2024/25"),
 r(CEC, "overspend", "13100000", G, False, "2023-24", "forecast", "December", R, "the council expects to overspend by £13.1m in 2023/24"),
 r(CEC, "overspend", "7400000", G, False, "2022-23", "actual", None, R, "That follows an overspend of £7.4m in 2022/23"),
 r(CEC, "deficit", "96300000", G, False, "2023-24", "forecast", None, R, "The deficit on the Dedicated Schools Grant is expected to reach £96.3m by the end of March"),
 r(CEC, "funding_gap", "72000000", G, True, "2027-28", "forecast", None, R, "puts the funding gap at around £72m by 2027/28"),
],
"z08_llr_icb_report_card.txt": [
 r(LLR, "deficit", "38700000", G, False, "2024-25", "actual", None, R, "The local NHS finished 2024/25 £38.7m in deficit"),
 r(LLR, "deficit", "0", G, False, "2025-26", "planned", None, O, "the plan agreed in the spring is to break even"),
 r(LLR, "bailout", "31500000", G, False, "2025-26", "planned", None, R, "That relies on £31.5m of deficit support from NHS England"),
 r(LLR, "savings_required", "172000000", G, False, "2025-26", "target", None, R, "efficiency savings of £172m across the system"),
 r(LLR, "savings_required", "5.4", P, True, "2025-26", "target", None, O, "about 5.4% of what it spends"),
 r(LLR, "savings_required", "18200000", G, False, "2025-26", "actual", "May", O, "By the end of May, £18.2m had been delivered"),
 r(LLR, "budget", "2600000000", G, True, "2025-26", None, None, R, "The board's own allocation is around £2.6bn a year"),
 r(LLR, "performance_target", "78", P, False, None, "target", None, R, "the national standard requires 78% of patients to be seen within four hours"),
 r(LLR, "performance_actual", "70.4", P, False, "2025-26", "actual", "June", R, "In June the system's emergency departments managed 70.4%"),
 r(LLR, "performance_target", "65", P, False, None, "target", None, R, "The target is for 65% of patients waiting for planned treatment"),
 r(LLR, "performance_actual", "58.9", P, False, "2025-26", "actual", "May", R, "In May the figure was 58.9%"),
],
"z09_mid_ulster_press_briefing.txt": [
 r(MUDC, "budget", "58300000", G, False, "2017-18", None, None, R, "The council's net budget for 2017/18 is £58.3m"),
 r(MUDC, "savings_required", "1700000", G, False, "2017-18", "target", None, R, "the council had to make efficiency savings of £1,700,000 in 2017/18"),
 r(MUDC, "savings_required", "1200000", G, False, "2017-18", "actual", None, O, "£1.2m had been \"nailed down\""),
 r(MUDC, "savings_gap", "500000", G, False, "2017-18", "actual", None, R, "The remaining half a million pounds has still to be found"),
 r(MUDC, "underspend", "1100000", G, False, "2015-16", "actual", None, R, "The council finished 2015/16 with an underspend of £1.1m"),
 r(MUDC, "underspend", "300000", G, True, "2016-17", "forecast", None, R, "expects to underspend by around £300,000 this year"),
 r(MUDC, "funding_gap", "2800000", G, True, "2019-20", "forecast", None, R, "a funding gap of around £2.8m by 2019/20"),
],
"z10_northumberland_open_letter.txt": [
 r(NCC, "savings_required", "32900000", G, False, "2011-12", "target", None, R, "this council must make savings of £32.9 million in 2011/12"),
 r(NCC, "savings_required", "24600000", G, False, "2011-12", "planned", None, O, "We have already identified £24.6 million of that"),
 r(NCC, "savings_gap", "8300000", G, False, "2011-12", "actual", None, R, "That still leaves £8.3 million which we have not yet found"),
 r(NCC, "savings_required", "100000000", G, True, "2014-15", "target", None, R, "we will need to save around £100 million over the four years to 2014/15"),
 r(NCC, "funding_gap", "12400000", G, False, "2012-13", "forecast", None, R, "there is a gap of £12.4 million in 2012/13"),
 r(NCC, "overspend", "2300000", G, False, "2010-11", "forecast", None, R, "Our budget for 2010/11 is forecast to overspend by £2.3 million"),
 r(NCC, "budget", "292400000", G, False, "2011-12", None, None, R, "We will set a net revenue budget of £292.4 million for 2011/12"),
 r(NCC, "savings_required", "32900000", G, False, "2011-12", "target", None, O, "Of the £32.9 million of savings"),
],
"z11_derbyshire_healthcare_what_it_means.txt": [
 r(DHCFT, "deficit", "6200000", G, False, "2022-23", "planned", None, R, "The trust is planning a deficit of £6.2m in 2022/23"),
 r(DHCFT, "surplus", "1100000", G, False, "2021-22", "forecast", None, R, "with a surplus of £1.1m"),
 r(DHCFT, "budget", "230000000", G, True, "2021-22", None, None, R, "Its income is around £230m a year"),
 r(DHCFT, "overspend", "4100000", G, False, "2021-22", "actual", "February", R, "spending on these out-of-area placements was running £4.1m over budget"),
 r(DHCFT, "performance_target", "80", P, False, None, "target", None, R, "The trust aims to follow up 80 percent of patients within 72 hours"),
 r(DHCFT, "performance_actual", "83.6", P, False, "2021-22", "actual", "January", R, "In January it managed 83.6 percent"),
 r(DHCFT, "savings_required", "9800000", G, False, "2022-23", "target", None, R, "The trust has to make cost improvements of £9.8m next year"),
 r(DHCFT, "savings_required", "4", P, True, "2022-23", "target", None, O, "roughly 4 per cent of what it spends"),
],
"z12_royal_papworth_finance_profile.txt": [
 r(RPH, "deficit", "12600000", G, False, "2018-19", "actual", None, R, "the year of the move, 2018/19, ended with a deficit of £12.6m"),
 r(RPH, "surplus", "4300000", G, False, "2024-25", "actual", None, R, "In 2024/25 the trust recorded a surplus of £4.3m"),
 r(RPH, "surplus", "2000000", G, False, "2025-26", "planned", None, R, "the plan was for a surplus of £2.0m"),
 r(RPH, "surplus", "3100000", G, False, "2025-26", "forecast", "November", R, "At the end of November the trust was forecasting a surplus of £3.1m"),
 r(RPH, "savings_required", "11800000", G, False, "2025-26", "target", None, R, "The trust's savings target for this year is £11.8m"),
 r(RPH, "savings_required", "8900000", G, False, "2025-26", "actual", "November", O, "by the end of November £8.9m had been delivered"),
 r(RPH, "budget", "330000000", G, True, "2025-26", None, None, R, "Its income is now nearly £330m"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
