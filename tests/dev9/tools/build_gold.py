#!/usr/bin/env python3
"""Build gold.jsonl for dev9 from the compact table below (modelled on tests/dev8/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

LAN = ("NHS Lanarkshire", "health_board")
GGC = ("NHS Greater Glasgow and Clyde", "health_board")
NHC = ("Northumbria Healthcare NHS Foundation Trust", "trust")
SYAGG = ("South Yorkshire hospital trusts", "aggregate")
STH = ("Sheffield Teaching Hospitals NHS Foundation Trust", "trust")
DBH = ("Doncaster and Bassetlaw Hospitals NHS Foundation Trust", "trust")
TRFT = ("The Rotherham NHS Foundation Trust", "trust")
SCH = ("Sheffield Children's NHS Foundation Trust", "trust")
NNICB = ("NHS Nottingham and Nottinghamshire Integrated Care Board", "icb")
NNICS = ("Nottingham and Nottinghamshire ICS", "ics")
NUH = ("Nottingham University Hospitals NHS Trust", "trust")
NCC = ("Nottinghamshire County Council", "council")
CCC = ("Carmarthenshire County Council", "council")
SHB = ("Scottish health boards", "aggregate")
NHSSCOT = ("NHS Scotland", "aggregate")
TAY = ("NHS Tayside", "health_board")
WI = ("NHS Western Isles", "health_board")
FV = ("NHS Forth Valley", "health_board")
DHSSPS = ("Department of Health, Social Services and Public Safety", "other")
BEL = ("Belfast Health and Social Care Trust", "hsc_trust")
NHT = ("Northern Health and Social Care Trust", "hsc_trust")
SGH = ("St George's University Hospitals NHS Foundation Trust", "trust")
SWL = ("South West London Health and Care Partnership", "ics")
WHHT = ("West Hertfordshire Hospitals NHS Trust", "trust")
HVCCG = ("NHS Herts Valleys CCG", "ccg")
TAM = ("Tameside Hospital NHS Foundation Trust", "trust")
BOL = ("Bolton NHS Foundation Trust", "trust")
WWL = ("Wrightington, Wigan and Leigh NHS Foundation Trust", "trust")
UHSM = ("University Hospital of South Manchester NHS Foundation Trust", "trust")
TRA = ("Trafford Healthcare NHS Trust", "trust")
CAV = ("Cardiff and Vale University Health Board", "health_board")
VOY = ("NHS Vale of York CCG", "ccg")
CCGENG = ("CCGs in England", "aggregate")
YTH = ("York Teaching Hospital NHS Foundation Trust", "trust")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"u01_nhs_lanarkshire_radio_bulletin.txt": [
 r(LAN, "deficit", "4200000", G, False, "2012-13", "forecast", None, O, "NHS Lanarkshire could end the year £4.2m over budget"),
 r(LAN, "deficit", "4200000", G, False, "2012-13", "forecast", None, R, "NHS Lanarkshire has warned it could finish the financial year £4.2 million over budget"),
 r(LAN, "budget", "1200000000", G, True, "2012-13", None, None, R, "has a budget of just under £1.2 billion this year"),
 r(LAN, "savings_required", "31600000", G, False, "2012-13", "target", None, R, "It was asked to make savings of £31.6m in 2012/13"),
 r(LAN, "savings_required", "22900000", G, False, "2012-13", "actual", "October", O, "By the end of October managers had banked £22.9m"),
 r(LAN, "savings_gap", "5000000", G, True, "2012-13", "forecast", "October", R, "roughly £5m of the programme will not be delivered before March"),
 r(LAN, "deficit", "4200000", G, True, "2012-13", "forecast", None, O, "On current trends the board faces an overspend of about £4.2m"),
 r(LAN, "bailout", "4000000", G, True, "2012-13", "planned", None, R, "brokerage - in effect a loan - of up to £4m"),
 r(LAN, "overspend", "3000000", G, False, "2012-13", "actual", None, O, "Prescribing is running three million pounds ahead of budget on its own"),
 r(LAN, "underspend", "300000", G, False, "2011-12", "actual", None, R, "it closed 2011/12 with an underspend of £0.3m"),
 r(LAN, "performance_actual", "94.1", P, False, "2012-13", "actual", "October", R, "In October, 94.1 per cent of people who turned up at the board's three emergency departments were handled inside four hours"),
 r(LAN, "performance_target", "98", P, False, None, "target", None, R, "The Scottish Government's standard is 98 per cent"),
 r(GGC, "deficit", "0", G, False, "2012-13", "forecast", None, O, "said yesterday it still expected to break even this year"),
],
"u02_northumbria_press_release.txt": [
 r(NHC, "surplus", "7300000", G, False, "2015-16", "actual", None, O, "Northumbria Healthcare reports £7.3m surplus for 2015/16"),
 r(NHC, "surplus", "7300000", G, False, "2015-16", "actual", None, R, "We are pleased to report a surplus of £7,300,000 for the year to 31 March 2016"),
 r(NHC, "surplus", "5100000", G, False, "2015-16", "planned", None, R, "ahead of the £5.1m surplus we planned at the start of the year"),
 r(NHC, "budget", "478600000", G, False, "2015-16", None, None, R, "The trust's income for the year was £478.6 million"),
 r(NHC, "savings_required", "21400000", G, False, "2015-16", "actual", None, O, "Its teams delivered £21.4m of efficiency savings during the year"),
 r(NHC, "savings_required", "4.5", P, True, "2015-16", "actual", None, O, "which is about 4.5 per cent of the trust's costs"),
 r(NHC, "savings_required", "20000000", G, False, "2015-16", "target", None, R, "against a target of £20m"),
 r(NHC, "performance_actual", "95.6", P, False, "2015-16", "actual", None, R, "95.6 per cent of emergency patients were treated and either admitted or allowed home within the four hours"),
 r(NHC, "performance_target", "95", P, False, None, "target", None, R, "compared with a national standard of 95 per cent"),
 r(NHC, "required_surplus", "6200000", G, False, "2016-17", "target", None, R, "a control total of a £6.2m surplus"),
 r(NHC, "surplus", "6800000", G, False, "2016-17", "planned", None, R, "Its plan is a surplus of £6.8m"),
 r(NHC, "bailout", "4900000", G, False, "2016-17", "planned", None, R, "which includes £4.9m from the Sustainability and Transformation Fund"),
],
"u03_south_yorkshire_foi.txt": [
 r(SYAGG, "deficit", "37000000", G, True, "2015-16", "forecast", None, O, "Revealed: South Yorkshire hospital trusts heading for deficits of up to £37m"),
 r(SYAGG, "deficit", "37300000", G, True, "2015-16", "forecast", None, O, "combined deficits of as much as £37.3m"),
 r(STH, "budget", "1000000000", G, True, "2015-16", None, None, R, "with a turnover of just over £1bn"),
 r(STH, "deficit", "17400000", G, False, "2015-16", "forecast", None, R, "now expects a deficit of £17.4m"),
 r(STH, "savings_gap", "6300000", G, False, "2015-16", "forecast", None, R, "£6.3m of this year's £38m cost improvement programme was rated as high risk"),
 r(STH, "savings_required", "38000000", G, False, "2015-16", "target", None, R, "this year's £38m cost improvement programme"),
 r(DBH, "deficit", "11000000", G, True, "2015-16", "forecast", None, R, "forecasts a deficit of between £11m and £13m"),
 r(DBH, "deficit", "13000000", G, True, "2015-16", "forecast", None, R, "forecasts a deficit of between £11m and £13m"),
 r(DBH, "deficit", "8200000", G, False, "2015-16", "planned", None, R, "against a planned deficit of £8.2m"),
 r(DBH, "savings_gap", "4100000", G, False, "2015-16", "actual", None, R, "£4,100,000 of savings for which no scheme has yet been found"),
 r(TRFT, "deficit", "6900000", G, False, "2015-16", "forecast", None, R, "expects to finish the year £6.9m in deficit"),
 r(TRFT, "bailout", "5000000", G, False, "2015-16", "planned", None, R, "it had applied to the Department of Health for £5m of interim revenue support"),
 r(SCH, "deficit", "0", G, False, "2015-16", "forecast", None, O, "Sheffield Children's NHS Foundation Trust, the smallest of the four, expects to break even"),
],
"u04_nottinghamshire_councillor_column.txt": [
 r(NNICB, "savings_required", "48700000", G, False, "2024-25", "target", None, O, "Opinion: The ICB's £48.7m savings drive will end up costing us all more"),
 r(NNICB, "savings_required", "48700000", G, False, "2024-25", "target", None, R, "has told its partners it must save £48.7m this year"),
 r(NNICB, "savings_required", "2", P, True, "2024-25", "target", None, O, "That is roughly two per cent of its £2.9bn allocation"),
 r(NNICB, "budget", "2900000000", G, False, "2024-25", None, None, R, "its £2.9bn allocation"),
 r(NNICB, "overspend", "7500000", G, False, "2024-25", "actual", "August", R, "By the end of August the ICB was already overspending by £7.5m on continuing healthcare alone"),
 r(NNICB, "savings_gap", "20300000", G, False, "2024-25", "actual", None, R, "£20.3m of the savings plan still has no named schemes behind it"),
 r(NNICS, "deficit", "35000000", G, False, "2024-25", "planned", None, R, "has agreed a deficit plan of £35m for 2024/25"),
 r(NUH, "deficit", "28000000", G, True, "2024-25", "forecast", None, R, "is forecasting a deficit of around £28m"),
 r(NCC, "overspend", "9200000", G, False, "2024-25", "forecast", None, R, "Our adult social care department is heading for an overspend of £9.2 million this year"),
 r(NCC, "funding_gap", "26600000", G, False, "2025-26", "forecast", None, R, "officers put next year's budget gap at £26.6m before council tax is set"),
],
"u05_carmarthenshire_budget_live_blog.txt": [
 r(CCC, "budget", "384600000", G, False, "2021-22", "planned", None, O, "Live: Carmarthenshire council sets £384.6m budget for 2021/22"),
 r(CCC, "budget", "384600000", G, False, "2021-22", "planned", None, R, "The proposed net revenue budget for 2021/22 is £384.6m"),
 r(CCC, "budget", "131300000", G, False, "2021-22", "planned", None, O, "of which £131.3m will be delegated to schools"),
 r(CCC, "funding_gap", "15700000", G, False, "2021-22", "forecast", None, R, "facing a gap of £15.7m"),
 r(CCC, "savings_required", "6200000", G, False, "2021-22", "planned", None, R, "Savings of £6.2 million are proposed"),
 r(CCC, "savings_required", "4900000", G, False, "2020-21", "forecast", None, O, "The council expects to deliver £4.9m of the £5.6m of savings it agreed for 2020/21"),
 r(CCC, "savings_required", "5600000", G, False, "2020-21", "target", None, R, "the £5.6m of savings it agreed for 2020/21"),
 r(CCC, "overspend", "2300000", G, False, "2020-21", "forecast", None, R, "social services look set to overspend by £2.3m by the end of March"),
 r(CCC, "funding_gap", "12000000", G, True, "2022-23", "forecast", None, R, "next year's gap is likely to be between £12m and £15m"),
 r(CCC, "funding_gap", "15000000", G, True, "2022-23", "forecast", None, R, "next year's gap is likely to be between £12m and £15m"),
],
"u06_audit_scotland_overview.txt": [
 r(SHB, "savings_required", "390000000", G, False, "2016-17", "actual", None, O, "Audit Scotland: boards made record £390m of savings, but three needed help"),
 r(SHB, "savings_required", "389600000", G, False, "2016-17", "actual", None, O, "Scotland's health boards delivered savings of £389.6m in 2016/17"),
 r(SHB, "savings_required", "450000000", G, True, "2017-18", "target", None, R, "boards will need to find almost £450m more in 2017/18"),
 r(SHB, "performance_actual", "92.4", P, False, "2016-17", "actual", "March", R, "In March, emergency departments across Scotland handled 92.4 per cent of patients within four hours"),
 r(SHB, "performance_target", "95", P, False, None, "target", None, R, "below the standard of 95 per cent"),
 r(TAY, "bailout", "13200000", G, False, "2016-17", "actual", None, R, "NHS Tayside needed £13.2m of brokerage from the Scottish Government to break even in 2016/17"),
 r(TAY, "deficit", "0", G, False, "2016-17", "actual", None, O, "NHS Tayside needed £13.2m of brokerage from the Scottish Government to break even in 2016/17"),
 r(TAY, "debt", "45300000", G, False, None, "actual", None, R, "The board now owes £45.3m in total"),
 r(TAY, "deficit", "18900000", G, False, "2017-18", "forecast", None, R, "it is forecasting an overspend of £18.9m this year"),
 r(WI, "savings_required", "4600000", G, False, "2016-17", "target", None, R, "NHS Western Isles missed its savings target of £4.6m by about £1.1m"),
 r(WI, "savings_gap", "1100000", G, True, "2016-17", "actual", None, R, "NHS Western Isles missed its savings target of £4.6m by about £1.1m"),
 r(FV, "surplus", "100000", G, False, "2016-17", "actual", None, R, "It ended the year with a surplus of £0.1m"),
 r(NHSSCOT, "budget", "13000000000", G, True, "2017-18", None, None, O, "health spending would pass £13bn for the first time this year"),
],
"u07_ni_health_department_budget.txt": [
 r(DHSSPS, "funding_gap", "140000000", G, False, "2014-15", "forecast", None, O, "Health department warns of £140m gap as trusts are told to cut"),
 r(DHSSPS, "funding_gap", "140000000", G, True, "2014-15", "forecast", None, R, "faces a funding gap of around £140m this year"),
 r(DHSSPS, "budget", "4650000000", G, False, "2014-15", None, None, R, "The department's budget for 2014/15 is £4.65bn"),
 r(BEL, "savings_required", "25400000", G, False, "2014-15", "target", None, R, "It has been told to find £25.4m of savings"),
 r(BEL, "deficit", "9600000", G, False, "2014-15", "forecast", None, R, "it expects to close the year with a deficit of £9.6m"),
 r(BEL, "deficit", "0", G, False, "2013-14", "actual", None, O, "The trust broke even last year"),
 r(NHT, "savings_required", "13800000", G, False, "2014-15", "target", None, R, "The Northern Health and Social Care Trust must save £13.8 million"),
 r(NHT, "savings_required", "2.5", P, True, "2014-15", "target", None, O, "about 2.5 per cent of its budget"),
 r(NHT, "deficit", "3200000", G, False, "2014-15", "forecast", None, R, "is forecasting a deficit of £3.2m"),
 r(BEL, "performance_actual", "68.4", P, False, "2014-15", "actual", "September", R, "At the Royal Victoria Hospital, 68.4 per cent of patients left the emergency department within four hours of arriving in September"),
 r(BEL, "performance_target", "95", P, False, None, "target", None, R, "far short of the 95 per cent target"),
 r(NHT, "performance_actual", "71.9", P, False, "2014-15", "actual", "September", R, "At Antrim Area the figure was 71.9 per cent"),
],
"u08_st_georges_trade_press.txt": [
 r(SGH, "deficit", "61000000", G, False, "2019-20", "actual", None, O, "St George's underlying deficit reaches £61m as run-rate deteriorates"),
 r(SGH, "deficit", "61200000", G, False, "2019-20", "actual", None, R, "The underlying deficit at St George's University Hospitals NHS Foundation Trust has grown to £61.2m"),
 r(SGH, "deficit", "28400000", G, False, "2018-19", "actual", None, R, "The south London teaching trust reported a deficit of £28.4m for 2018-19"),
 r(SGH, "deficit", "44900000", G, False, "2018-19", "actual", None, R, "Excluding PSF, the 2018-19 deficit was £44.9m"),
 r(SGH, "deficit", "16800000", G, False, "2019-20", "target", None, R, "the trust accepted a control total of a £16.8m deficit excluding PSF, FRF and MRET"),
 r(SGH, "deficit", "14100000", G, False, "2019-20", "actual", "month 3", R, "The normalised position at the end of June was a deficit of £14.1m"),
 r(SGH, "overspend", "2600000", G, False, "2019-20", "actual", "month 3", R, "£2.6m adverse to plan"),
 r(SGH, "deficit", "30000000", G, True, "2019-20", "forecast", None, R, "the trust would end the year with a deficit of £30m-£35m before mitigations"),
 r(SGH, "deficit", "35000000", G, True, "2019-20", "forecast", None, R, "the trust would end the year with a deficit of £30m-£35m before mitigations"),
 r(SGH, "savings_required", "45300000", G, False, "2019-20", "target", None, R, "The CIP for the year is £45.3m"),
 r(SGH, "savings_required", "5.6", P, False, "2019-20", "target", None, O, "equivalent to 5.6 per cent of turnover"),
 r(SGH, "savings_gap", "11800000", G, False, "2019-20", "actual", "month 3", R, "Of that, £11.8m is still unidentified"),
 r(SWL, "deficit", "63500000", G, False, "2019-20", "target", None, R, "The system envelope for south west London - the combined control total of the sector's acute trusts and CCGs - is a £63.5m deficit"),
],
"u09_west_herts_correction.txt": [
 r(WHHT, "deficit", "17600000", G, False, "2017-18", "actual", None, O, "West Hertfordshire hospitals trust ends year £17.6m in the red"),
 r(WHHT, "deficit", "17600000", G, False, "2017-18", "actual", None, O, "the trust's deficit for the year was £17.6m"),
 r(WHHT, "savings_gap", "9500000", G, False, "2017-18", "actual", None, O, "£9.5m is the part of its savings target that was not achieved"),
 r(WHHT, "deficit", "17600000", G, False, "2017-18", "actual", None, R, "has confirmed a deficit of £17.6m for 2017/18"),
 r(WHHT, "deficit", "8700000", G, False, "2017-18", "target", None, R, "the £8.7m deficit it had agreed with NHS Improvement as its control total"),
 r(WHHT, "savings_required", "18300000", G, False, "2017-18", "target", None, R, "The trust set out to save £18.3m during the year but fell short by £9.5m"),
 r(WHHT, "savings_gap", "9500000", G, False, "2017-18", "actual", None, R, "The trust set out to save £18.3m during the year but fell short by £9.5m"),
 r(WHHT, "debt", "64500000", G, False, None, "actual", None, R, "It has borrowed £64.5m from the Department of Health and Social Care since 2015"),
 r(WHHT, "deficit", "11900000", G, False, "2018-19", "planned", None, R, "For 2018/19 the trust plans a deficit of £11.9m"),
 r(WHHT, "savings_required", "20500000", G, False, "2018-19", "target", None, R, "must deliver cost improvements of £20.5m"),
 r(WHHT, "savings_required", "5.7", P, True, "2018-19", "target", None, O, "around 5.7 per cent of its spending"),
 r(WHHT, "performance_actual", "83.7", P, False, "2018-19", "actual", "April", R, "In April, 83.7 per cent of patients at Watford General's emergency department were admitted or discharged within four hours"),
 r(WHHT, "performance_target", "95", P, False, None, "target", None, R, "well below the 95 per cent national standard"),
 r(HVCCG, "deficit", "3100000", G, False, "2017-18", "actual", None, R, "reported a deficit of £3.1m for 2017/18"),
 r(HVCCG, "deficit", "0", G, False, "2018-19", "target", None, O, "it must break even this year"),
],
"u10_greater_manchester_roundup.txt": [
 r(TAM, "deficit", "4500000", G, False, "2011-12", "forecast", None, R, "The Ashton-under-Lyne trust is forecasting a deficit of £4.5m for the year"),
 r(TAM, "performance_actual", "96.1", P, False, "2011-12", "actual", "September", R, "96.1 per cent of patients were seen and treated within four hours between April and September"),
 r(TAM, "performance_target", "95", P, False, None, "target", None, R, "beating the 95 per cent target"),
 r(BOL, "deficit", "0", G, False, "2011-12", "forecast", None, O, "Bolton expects to break even this year"),
 r(BOL, "savings_required", "16000000", G, False, "2011-12", "target", None, R, "The trust must save £16m"),
 r(BOL, "savings_required", "5", P, True, "2011-12", "target", None, O, "about five per cent of its £320m turnover"),
 r(BOL, "budget", "320000000", G, False, "2011-12", None, None, R, "its £320m turnover"),
 r(WWL, "surplus", "3400000", G, False, "2011-12", "forecast", None, R, "It is forecasting a surplus of £3.4m for 2011/12"),
 r(WWL, "surplus", "2600000", G, False, "2011-12", "planned", None, R, "comfortably ahead of the £2.6m it had planned"),
 r(UHSM, "deficit", "1900000", G, False, "2011-12", "actual", "month 6", R, "reported a deficit of £1.9m at month six"),
 r(UHSM, "bailout", "5000000", G, False, "2011-12", "planned", None, R, "for £5m of transitional support"),
 r(TRA, "deficit", "8000000", G, True, "2011-12", "forecast", None, R, "forecasts a deficit of about £8m"),
],
"u11_cardiff_and_vale_written_statement.txt": [
 r(CAV, "deficit", "0", G, False, None, "target", None, O, "every health board in Wales is legally required to break even over a rolling three-year period"),
 r(CAV, "deficit", "71500000", G, False, None, "actual", None, R, "Over the three years to 2023-24 it recorded a cumulative deficit of £71.5 million"),
 r(CAV, "deficit", "24300000", G, False, "2023-24", "actual", None, R, "including a deficit of £24.3m in 2023-24 alone"),
 r(CAV, "budget", "1900000000", G, False, "2024-25", None, None, R, "The health board's revenue allocation this year is £1.9bn"),
 r(CAV, "deficit", "19900000", G, False, "2024-25", "target", None, R, "requiring it to keep its 2024-25 deficit to no more than £19.9m"),
 r(CAV, "deficit", "46200000", G, False, "2024-25", "forecast", None, R, "Its latest monitoring return forecasts a deficit of £46.2m"),
 r(CAV, "savings_required", "40500000", G, False, "2024-25", "target", None, R, "The board's savings target for the year is £40.5m"),
 r(CAV, "savings_required", "2", P, True, "2024-25", "target", None, O, "just over 2 per cent of its allocation"),
 r(CAV, "savings_required", "29100000", G, False, "2024-25", "planned", None, O, "It has identified schemes worth £29.1m"),
 r(CAV, "savings_gap", "11400000", G, False, "2024-25", "actual", None, R, "which leaves £11.4m still to be found"),
 r(CAV, "bailout", "30000000", G, False, "2024-25", "planned", None, R, "I have agreed to provide £30m of strategic cash assistance in 2024-25"),
 r(CAV, "bailout", "22000000", G, False, "2023-24", "actual", None, R, "the £22m of strategic cash assistance it received in 2023-24"),
],
"u12_vale_of_york_ccg_explainer.txt": [
 r(VOY, "deficit", "24500000", G, False, "2016-17", "forecast", None, O, "Vale of York CCG's £24.5m deficit: your questions answered"),
 r(VOY, "deficit", "24500000", G, False, "2016-17", "forecast", None, R, "NHS Vale of York Clinical Commissioning Group expects to end 2016/17 with a deficit of £24.5m"),
 r(VOY, "budget", "420000000", G, True, "2016-17", None, None, R, "Its allocation for the year is about £420m"),
 r(VOY, "deficit", "11200000", G, False, "2015-16", "actual", None, R, "The CCG ended 2015/16 £11.2m in the red"),
 r(VOY, "overspend", "6100000", G, False, "2015-16", "actual", None, O, "The CCG overspent that budget by £6.1m in 2015/16 alone"),
 r(CCGENG, "required_surplus", "1", P, False, "2016-17", "target", None, R, "every CCG should plan to hold back one per cent of its allocation as a surplus"),
 r(VOY, "required_surplus", "1", P, False, "2016-17", "target", None, O, "every CCG should plan to hold back one per cent of its allocation as a surplus"),
 r(VOY, "required_surplus", "4200000", G, True, "2016-17", "target", None, R, "For Vale of York that would mean a surplus of about £4.2m"),
 r(VOY, "savings_required", "19800000", G, False, "2017-18", "target", None, R, "In 2017/18 the CCG must make savings of £19.8 million"),
 r(VOY, "deficit", "13900000", G, False, "2017-18", "planned", None, R, "it plans a deficit of £13.9m for that year"),
 r(VOY, "savings_required", "12700000", G, False, "2017-18", "planned", None, O, "Schemes worth £12.7m have been drawn up so far"),
 r(VOY, "savings_gap", "7100000", G, False, "2017-18", "actual", None, R, "leaving £7.1m still to find"),
 r(VOY, "savings_required", "2300000", G, False, "2017-18", "planned", None, O, "One scheme, worth £2.3m, limits hip and knee operations"),
 r(YTH, "deficit", "9500000", G, True, "2016-17", "forecast", None, R, "which is itself forecasting a deficit of about £9.5m"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
