#!/usr/bin/env python3
"""Build gold.jsonl for dev6 from the compact table below (adapted from tests/dev5/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

RBFT = ("Royal Berkshire NHS Foundation Trust", "trust")
BWCCG = ("NHS Berkshire West CCG", "ccg")
EMAS = ("East Midlands Ambulance Service NHS Trust", "trust")
YAS = ("Yorkshire Ambulance Service NHS Trust", "trust")
TEWV = ("Tees, Esk and Wear Valleys NHS Foundation Trust", "trust")
NENC = ("NHS North East and North Cumbria Integrated Care Board", "icb")
UHNM = ("University Hospitals of North Midlands NHS Trust", "trust")
STOKECCGS = ("NHS Stoke on Trent and North Staffordshire CCGs", "aggregate")
BMBC = ("Barnsley Metropolitan Borough Council", "council")
BHFT = ("Barnsley Hospital NHS Foundation Trust", "trust")
SYICB = ("NHS South Yorkshire Integrated Care Board", "icb")
TEESDUR = ("Teesside and Durham hospital trusts", "aggregate")
STEES = ("South Tees Hospitals NHS Foundation Trust", "trust")
CDDFT = ("County Durham and Darlington NHS Foundation Trust", "trust")
NTHFT = ("North Tees and Hartlepool NHS Foundation Trust", "trust")
SFT = ("Somerset NHS Foundation Trust", "trust")
YDH = ("Yeovil District Hospital NHS Foundation Trust", "trust")
SICB = ("NHS Somerset Integrated Care Board", "icb")
CLUSTER = ("NHS Devon, Plymouth and Torbay cluster", "aggregate")
DEVON = ("NHS Devon", "other")
PLYM = ("NHS Plymouth", "other")
TORB = ("NHS Torbay", "other")
SWPCTS = ("PCTs in the South West", "aggregate")
BORD = ("NHS Borders", "health_board")
SCOT = ("NHS Scotland", "aggregate")
SBIJB = ("Scottish Borders Integration Joint Board", "other")
MCHFT = ("Mid Cheshire Hospitals NHS Foundation Trust", "trust")
CMICS = ("Cheshire and Merseyside ICS", "ics")
AIRE = ("Airedale NHS Foundation Trust", "trust")
AWCCCG = ("NHS Airedale, Wharfedale and Craven CCG", "ccg")
PROV = ("NHS trusts and foundation trusts in England", "aggregate")
ESTH = ("Epsom and St Helier University Hospitals NHS Trust", "trust")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"q01_royal_berkshire_press_release.txt": [
 r(RBFT, "surplus", "1800000", G, False, "2018-19", "actual", None, O, "Royal Berkshire beats its target with £1.8m surplus"),
 r(RBFT, "surplus", "1800000", G, False, "2018-19", "actual", None, R, "finished 2018/19 with a surplus of £1.8 million"),
 r(RBFT, "underspend", "400000", G, False, "2018-19", "actual", None, R, "the result was £400k better than the control total"),
 r(RBFT, "required_surplus", "1400000", G, False, "2018-19", "target", None, R, "required it to make a surplus of £1.4m"),
 r(RBFT, "bailout", "6100000", G, False, "2018-19", "actual", None, R, "includes £6.1m of provider sustainability funding"),
 r(RBFT, "deficit", "4300000", G, True, "2018-19", "actual", None, O, "the trust would have shown a deficit of around £4.3m"),
 r(RBFT, "savings_required", "13200000", G, False, "2018-19", "actual", None, O, "Cost improvements of £13.2million were delivered"),
 r(RBFT, "savings_required", "14500000", G, False, "2018-19", "target", None, R, "against a target of £14.5million"),
 r(RBFT, "performance_actual", "93.1", P, False, "2018-19", "actual", "March", R, "In March, 93.1 per cent of patients who came to the emergency department"),
 r(RBFT, "performance_target", "95", P, False, None, "target", None, R, "against the national standard of 95 per cent"),
 r(BWCCG, "surplus", "2600000", G, False, "2018-19", "actual", None, R, "recording a £2.6m surplus"),
 r(RBFT, "required_surplus", "2200000", G, False, "2019-20", "target", None, R, "a control total of a £2.2m surplus"),
 r(RBFT, "savings_required", "3.5", P, False, "2019-20", "planned", None, O, "plans cost improvements of 3.5 per cent"),
 r(RBFT, "savings_required", "11000000", G, True, "2019-20", "planned", None, R, "or roughly £11m"),
],
"q02_emas_ambulance.txt": [
 r(EMAS, "deficit", "7500000", G, False, "2016-17", "forecast", None, O, "Ambulance service warns of £7.5m deficit"),
 r(EMAS, "deficit", "7500000", G, False, "2016-17", "forecast", None, R, "is heading for a deficit of £7.5m this year"),
 r(EMAS, "deficit", "0", G, False, "2016-17", "planned", None, O, "had planned to break even in 2016/17"),
 r(EMAS, "deficit", "2900000", G, False, "2015-16", "actual", None, R, "Last year it posted a deficit of £2.9m"),
 r(EMAS, "budget", "180000000", G, True, "2016-17", None, None, R, "EMAS has an annual budget of about £180 million"),
 r(EMAS, "savings_required", "9800000", G, False, "2016-17", "target", None, R, "must save £9.8million through its cost improvement programme"),
 r(EMAS, "savings_gap", "3100000", G, False, "2016-17", "forecast", None, R, "schemes worth £3.1million are now rated"),
 r(EMAS, "performance_actual", "68.4", P, False, "2016-17", "actual", "September", R, "just 68.4 per cent of the most urgent Red 1 calls"),
 r(EMAS, "performance_target", "75", P, False, None, "target", None, R, "against a national standard of 75 per cent"),
 r(YAS, "surplus", "1100000", G, False, "2016-17", "forecast", None, R, "forecasts a surplus of £1.1m for the year"),
],
"q03_tewv_mental_health.txt": [
 r(TEWV, "deficit", "19000000", G, False, "2024-25", "planned", None, O, "Mental health trust plans £19m deficit"),
 r(TEWV, "deficit", "19200000", G, False, "2024-25", "planned", None, R, "submitted a plan for a deficit of £19.2 million in 2024/25"),
 r(TEWV, "overspend", "6200000", G, False, "2023-24", "actual", None, R, "an overspend of £6.2m on that budget line"),
 r(TEWV, "deficit", "4700000", G, False, "2023-24", "actual", None, R, "ended 2023/24 with a deficit of £4.7m"),
 r(TEWV, "savings_required", "22500000", G, False, "2024-25", "target", None, R, "Its efficiency target for this year is £22.5mn"),
 r(TEWV, "savings_required", "4.5", P, False, "2024-25", "target", None, O, "equivalent to 4.5 per cent of its income"),
 r(TEWV, "budget", "500000000", G, False, "2024-25", None, None, R, "its income of £500m"),
 r(NENC, "budget", "6900000000", G, False, "2024-25", None, None, R, "has a budget of £6.9bn this year"),
 r(TEWV, "performance_actual", "61", P, False, "2024-25", "actual", "May", R, "only 61 per cent of people referred for a routine assessment were seen within four weeks"),
],
"q04_uhnm_explainer.txt": [
 r(UHNM, "deficit", "52000000", G, False, "2017-18", "forecast", None, O, "why Royal Stoke's owner is £52m in the red"),
 r(UHNM, "deficit", "52600000", G, False, "2017-18", "forecast", None, R, "UHNM is forecasting a deficit of £52.6m for 2017/18"),
 r(UHNM, "deficit", "1000000", G, True, "2017-18", "forecast", None, O, "Roughly £1m a week"),
 r(UHNM, "deficit", "7", P, True, "2017-18", "forecast", None, O, "about seven percent of the trust's annual turnover"),
 r(UHNM, "budget", "760000000", G, False, "2017-18", None, None, R, "which is £760million this year"),
 r(UHNM, "deficit", "27500000", G, False, "2017-18", "target", None, R, "a deficit of £27.5m it was expected to keep within"),
 r(UHNM, "deficit", "24800000", G, False, "2016-17", "actual", None, R, "in 2016/17, it posted a deficit of £24.8m"),
 r(UHNM, "savings_required", "38400000", G, False, "2017-18", "target", None, R, "The trust must save £38.4 million this year"),
 r(UHNM, "savings_gap", "6900000", G, False, "2017-18", "actual", "October", R, "By October, £6.9 million of that target had still to be identified"),
 r(STOKECCGS, "funding_gap", "20000000", G, True, "2018-19", "forecast", None, R, "a funding gap of between £20m and £25m in 2018/19"),
 r(STOKECCGS, "funding_gap", "25000000", G, True, "2018-19", "forecast", None, R, "a funding gap of between £20m and £25m in 2018/19"),
 r(UHNM, "performance_actual", "79.6", P, False, "2017-18", "actual", "October", R, "In October 79.6 per cent of patients were seen within four hours at Royal Stoke"),
 r(UHNM, "performance_target", "95", P, False, None, "target", None, R, "The national standard is 95 per cent"),
],
"q05_barnsley_budget_live.txt": [
 r(BMBC, "budget", "232400000", G, False, "2024-25", "planned", None, R, "The proposed net revenue budget is £232.4m"),
 r(BMBC, "funding_gap", "16500000", G, False, "2024-25", "forecast", None, R, "faced a funding gap of £16.5m for next year"),
 r(BMBC, "savings_required", "9300000", G, False, "2024-25", "planned", None, R, "Savings of £9.3million are proposed"),
 r(BMBC, "overspend", "4100000", G, False, "2023-24", "forecast", None, R, "forecast to overspend by £4,100,000 this year"),
 r(BHFT, "deficit", "8600000", G, False, "2023-24", "forecast", None, R, "expects a deficit of £8.6m for this financial year"),
 r(SYICB, "savings_required", "5", P, False, "2024-25", "target", None, R, "it must make savings of 5 per cent next year"),
],
"q06_foi_tees_durham.txt": [
 r(TEESDUR, "deficit", "72000000", G, False, "2018-19", "actual", None, O, "the £72m hole in Teesside and Durham hospitals' books"),
 r(TEESDUR, "deficit", "72300000", G, False, "2018-19", "actual", None, O, "together the three trusts ran up deficits of £72.3m in 2018/19"),
 r(STEES, "deficit", "39400000", G, False, "2018-19", "actual", None, R, "Its accounts show a deficit of £39.4m"),
 r(STEES, "deficit", "13500000", G, False, "2018-19", "target", None, R, "against a control total of £13.5m set by NHS Improvement"),
 r(STEES, "debt", "98000000", G, False, None, "actual", "31 March", R, "it owed £98m in loans"),
 r(CDDFT, "deficit", "26800000", G, False, "2018-19", "actual", None, R, "recorded a deficit of £26.8m"),
 r(CDDFT, "savings_gap", "5700000", G, False, "2018-19", "actual", None, R, "It fell £5.7m short"),
 r(CDDFT, "savings_required", "21500000", G, False, "2018-19", "target", None, R, "its £21.5m savings target for the year"),
 r(NTHFT, "deficit", "6100000", G, False, "2018-19", "actual", None, R, "had the smallest deficit of the three, at £6.1m"),
 r(NTHFT, "bailout", "13200000", G, False, "2018-19", "actual", None, R, "it needed £13.2m of interim revenue support loans"),
],
"q07_somerset_yeovil_merger.txt": [
 r(SFT, "deficit", "20000000", G, False, "2023-24", "planned", None, O, "New Somerset trust starts life with £20m deficit plan"),
 r(SFT, "deficit", "19800000", G, False, "2023-24", "planned", None, R, "has agreed a plan for a deficit of £19.8m in 2023/24"),
 r(SFT, "budget", "1100000000", G, True, "2023-24", None, None, R, "with an income of around £1.1bn"),
 r(YDH, "deficit", "7300000", G, False, "2022-23", "actual", None, R, "Yeovil District Hospital ended the year with a deficit of £7.3m"),
 r(SFT, "surplus", "400000", G, False, "2022-23", "actual", None, R, "reported a surplus of £0.4m"),
 r(SFT, "savings_required", "41600000", G, False, "2023-24", "target", None, R, "must make efficiency savings of £41.6 million this year"),
 r(SFT, "savings_gap", "15200000", G, False, "2023-24", "actual", None, R, "of which £15.2 million are still to be identified"),
 r(SICB, "budget", "1300000000", G, False, "2023-24", None, None, R, "holds the county's NHS budget of £1.3bn"),
 r(SICB, "deficit", "0", G, False, "2023-24", "forecast", None, O, "said it expected to break even itself"),
],
"q08_devon_pct_cluster.txt": [
 r(CLUSTER, "savings_required", "74000000", G, False, "2011-12", "target", None, O, "Devon health cluster told to find £74m"),
 r(CLUSTER, "savings_required", "74000000", G, False, "2011-12", "target", None, R, "must find £74m of savings between them this year"),
 r(CLUSTER, "budget", "2100000000", G, False, "2011-12", None, None, R, "Together they control a budget of £2.1bn in 2011/12"),
 r(DEVON, "savings_required", "52400000", G, False, "2011-12", "target", None, R, "must deliver QIPP savings of £52.4m"),
 r(DEVON, "deficit", "13800000", G, False, "2011-12", "forecast", None, R, "forecasting a deficit of £13.8m"),
 r(DEVON, "bailout", "10000000", G, False, "2011-12", "planned", None, R, "has agreed to lend it £10m in brokerage"),
 r(PLYM, "savings_required", "14800000", G, False, "2011-12", "target", None, R, "NHS Plymouth has been asked to save £14.8m"),
 r(PLYM, "surplus", "1500000", G, False, "2011-12", "forecast", None, R, "expects to end the year with a surplus of £1.5m"),
 r(TORB, "savings_required", "7000000", G, True, "2011-12", "target", None, R, "NHS Torbay's savings target is nearly £7m"),
 r(SWPCTS, "required_surplus", "1", P, False, "2011-12", "target", None, R, "hold a surplus of one per cent of its allocation"),
],
"q09_nhs_borders_brokerage.txt": [
 r(BORD, "bailout", "10500000", G, False, "2018-19", "planned", None, R, "NHS Borders will need £10.5 million of brokerage"),
 r(BORD, "deficit", "0", G, False, "2018-19", "forecast", None, O, "to break even in 2018/19"),
 r(BORD, "funding_gap", "19200000", G, False, "2018-19", "actual", None, R, "a financial gap of £19.2m before savings"),
 r(BORD, "savings_required", "12400000", G, False, "2018-19", "target", None, R, "It had aimed to save £12.4m"),
 r(BORD, "savings_required", "8700000", G, False, "2018-19", "forecast", None, O, "expects to deliver only £8.7m"),
 r(BORD, "funding_gap", "14000000", G, True, "2019-20", "forecast", None, R, "a gap of more than £14m forecast"),
 r(SCOT, "budget", "14000000000", G, True, "2019-20", "planned", None, O, "a health portfolio budget of more than £14bn"),
 r(SBIJB, "overspend", "2300000", G, False, "2018-19", "forecast", None, R, "is forecasting an overspend of £2.3m this year"),
 r(BORD, "performance_actual", "91.8", P, False, "2018-19", "actual", "December", R, "91.8 per cent of patients at Borders General were seen within four hours"),
 r(BORD, "performance_target", "95", P, False, None, "target", None, R, "against the Scottish Government's 95 per cent target"),
],
"q10_mid_cheshire_month6.txt": [
 r(MCHFT, "deficit", "11200000", G, False, "2023-24", "actual", "month 6", R, "a year-to-date deficit of £11.2m"),
 r(MCHFT, "deficit", "7900000", G, False, "2023-24", "planned", "month 6", R, "against a planned deficit of £7.9m for the period"),
 r(MCHFT, "overspend", "3300000", G, False, "2023-24", "actual", "month 6", R, "£3.3m adverse to plan"),
 r(MCHFT, "deficit", "14600000", G, False, "2023-24", "forecast", None, R, "For the full year, the forecast is still the planned deficit of £14.6m"),
 r(MCHFT, "deficit", "18000000", G, True, "2023-24", "forecast", None, R, "between £18m and £20m"),
 r(MCHFT, "deficit", "20000000", G, True, "2023-24", "forecast", None, R, "between £18m and £20m"),
 r(MCHFT, "savings_required", "17900000", G, False, "2023-24", "target", None, R, "The cost improvement target for 2023/24 is £17.9m"),
 r(MCHFT, "savings_required", "6400000", G, False, "2023-24", "actual", "month 6", O, "So far £6.4m has been delivered"),
 r(MCHFT, "savings_gap", "4800000", G, False, "2023-24", "actual", "month 6", R, "£4.8mn of schemes are still unidentified"),
 r(MCHFT, "bailout", "5000000", G, False, "2023-24", "actual", "September", R, "drew down £5m of revenue cash support"),
 r(MCHFT, "performance_actual", "68.9", P, False, "2023-24", "actual", "October", R, "68.9% of patients in the emergency department were seen within four hours"),
 r(MCHFT, "performance_target", "76", P, False, "2023-24", "target", None, R, "against the interim national target of 76%"),
 r(CMICS, "deficit", "113500000", G, False, "2023-24", "actual", "month 6", R, "is reporting a year-to-date deficit of £113.5m at month six"),
],
"q11_airedale_letter.txt": [
 r(AIRE, "deficit", "4900000", G, False, "2018-19", "actual", None, R, "ended 2018/19 with a deficit of 4.9 million pounds"),
 r(AIRE, "deficit", "3800000", G, False, "2019-20", "planned", None, R, "another deficit, of £3.8m, in 2019/20"),
 r(AWCCCG, "savings_required", "6200000", G, False, "2019-20", "target", None, R, "must find QIPP savings of £6.2m in 2019/20"),
 r(AWCCCG, "budget", "146000000", G, False, "2019-20", None, None, R, "out of a budget of £146 million"),
 r(AWCCCG, "savings_required", "4", P, True, "2019-20", "target", None, O, "more than 4 per cent of everything it spends"),
 r(AIRE, "performance_actual", "88", P, False, None, "actual", "March", R, "met the four-hour A&E target just 88 per cent of the time"),
 r(AIRE, "performance_target", "95", P, False, None, "target", None, R, "the national standard is 95 per cent"),
],
"q12_national_epsom.txt": [
 r(PROV, "deficit", "2450000000", G, False, "2015-16", "actual", None, O, "NHS trusts in England ran up record £2.45bn deficit"),
 r(PROV, "deficit", "2450000000", G, False, "2015-16", "actual", None, R, "ended 2015/16 with a combined deficit of £2.45 billion"),
 r(PROV, "deficit", "822000000", G, False, "2014-15", "actual", None, R, "the £822m deficit the sector recorded in 2014/15"),
 r(PROV, "deficit", "580000000", G, False, "2016-17", "target", None, R, "cut the deficit to £580m in 2016/17"),
 r(PROV, "bailout", "1800000000", G, False, "2016-17", "planned", None, O, "a £1.8bn sustainability and transformation fund"),
 r(ESTH, "deficit", "26300000", G, False, "2015-16", "actual", None, R, "ended the year with a deficit of £26.3m"),
 r(ESTH, "deficit", "27500000", G, False, "2015-16", "forecast", "January", R, "the £27.5m it had forecast in January"),
 r(ESTH, "savings_required", "15400000", G, False, "2016-17", "target", None, R, "must save £15.4 million this year"),
 r(ESTH, "deficit", "9700000", G, False, "2016-17", "target", None, R, "Its control total for 2016/17, agreed with the regulator, is a deficit of £9.7m"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
