#!/usr/bin/env python3
"""Build gold.jsonl for dev8 from the compact table below (modelled on tests/dev7/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

STOCKCCG = ("NHS Stockport CCG", "ccg")
CCGSENG = ("CCGs in England", "aggregate")
STOCKFT = ("Stockport NHS Foundation Trust", "trust")
NHSSTOCK = ("NHS Stockport", "other")
HIGHLAND = ("NHS Highland", "health_board")
WAST = ("Welsh Ambulance Services NHS Trust", "trust")
LYPFT = ("Leeds and York Partnership NHS Foundation Trust", "trust")
SHSTP = ("Surrey Heartlands STP", "ics")
SCC = ("Surrey County Council", "council")
RSCH = ("Royal Surrey County Hospital NHS Foundation Trust", "trust")
ASPH = ("Ashford and St Peter's Hospitals NHS Foundation Trust", "trust")
NWSCCG = ("NHS North West Surrey CCG", "ccg")
WCBC = ("Wrexham County Borough Council", "council")
CRH = ("Chesterfield Royal Hospital NHS Foundation Trust", "trust")
IPS = ("Ipswich Hospital NHS Trust", "trust")
CHUFT = ("Colchester Hospital University NHS Foundation Trust", "trust")
ESNEFT = ("East Suffolk and North Essex NHS Foundation Trust", "trust")
IPSCOL = ("Ipswich and Colchester hospital trusts", "aggregate")
NEECCG = ("NHS North East Essex CCG", "ccg")
IESCCG = ("NHS Ipswich and East Suffolk CCG", "ccg")
SEHSCT = ("South Eastern Health and Social Care Trust", "hsc_trust")
HSCB = ("Health and Social Care Board", "other")
NLAG = ("Northern Lincolnshire and Goole NHS Foundation Trust", "trust")
NELCCG = ("NHS North East Lincolnshire CCG", "ccg")
BCF = ("Barnet and Chase Farm Hospitals NHS Trust", "trust")
NHSBARNET = ("NHS Barnet", "other")
SELICS = ("South East London ICS", "ics")
SELICB = ("NHS South East London Integrated Care Board", "icb")
ICBSENG = ("ICBs in England", "aggregate")
LGT = ("Lewisham and Greenwich NHS Trust", "trust")
NHSE = ("NHS England", "nhs_england")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"t01_stockport_ccg_governing_body.txt": [
 r(STOCKCCG, "savings_gap", "2700000", G, False, "2013-14", "actual", "August", O, "Stockport CCG still £2.7m short on QIPP plan, governing body told"),
 r(STOCKCCG, "savings_required", "13600000", G, False, "2013-14", "target", None, R, "The CCG's QIPP target for 2013/14 is £13.6m"),
 r(STOCKCCG, "savings_required", "10900000", G, False, "2013-14", "planned", "August", O, "Schemes worth £10.9m have been signed off by clinical leads"),
 r(STOCKCCG, "savings_gap", "2700000", G, False, "2013-14", "actual", "August", R, "leaving £2.7m unallocated"),
 r(STOCKCCG, "savings_required", "3200000", G, False, "2013-14", "planned", None, O, "The biggest single scheme, worth £3.2m"),
 r(STOCKCCG, "budget", "386000000", G, False, "2013-14", None, None, R, "which has an allocation of £386m this year"),
 r(STOCKCCG, "overspend", "1100000", G, False, "2013-14", "actual", "month 5", R, "had overspent by £1.1m in the first five months"),
 r(STOCKCCG, "overspend", "900000", G, False, "2013-14", "actual", "month 5", O, "where spending is running £0.9m ahead of budget"),
 r(CCGSENG, "required_surplus", "1", P, False, "2013-14", "target", None, R, "NHS England requires every CCG to plan for a surplus of 1 per cent of its allocation"),
 r(STOCKCCG, "required_surplus", "1", P, False, "2013-14", "target", None, O, "NHS England requires every CCG to plan for a surplus of 1 per cent of its allocation"),
 r(STOCKCCG, "required_surplus", "3900000", G, True, "2013-14", "target", None, R, "For Stockport that means a surplus of about £3.9m"),
 r(STOCKCCG, "surplus", "2400000", G, False, "2013-14", "forecast", None, R, "the paper forecasts a surplus of £2.4m for the year"),
 r(STOCKFT, "deficit", "4800000", G, False, "2013-14", "forecast", None, R, "the trust expects a deficit of £4.8m in 2013/14"),
 r(NHSSTOCK, "surplus", "1900000", G, False, "2012-13", "actual", None, R, "ended 2012/13 with a surplus of £1.9m"),
],
"t02_nhs_highland_committee.txt": [
 r(HIGHLAND, "bailout", "26000000", G, True, "2022-23", "planned", None, O, "NHS Highland will need up to £26m of brokerage, MSPs told"),
 r(HIGHLAND, "bailout", "22000000", G, True, "2022-23", "planned", None, R, "will have to borrow between £22m and £26m from the Scottish Government"),
 r(HIGHLAND, "bailout", "26000000", G, True, "2022-23", "planned", None, R, "will have to borrow between £22m and £26m from the Scottish Government"),
 r(HIGHLAND, "deficit", "25300000", G, False, "2022-23", "forecast", None, R, "the health board now forecasts an overspend of £25.3m for 2022/23"),
 r(HIGHLAND, "budget", "1000000000", G, True, "2022-23", None, None, R, "It has a budget of just over £1bn"),
 r(HIGHLAND, "funding_gap", "81600000", G, False, "2022-23", "actual", "March", R, "a financial gap of £81.6m when it set its budget in March"),
 r(HIGHLAND, "savings_required", "33500000", G, False, "2022-23", "target", None, R, "Its savings target for the year is £33.5m"),
 r(HIGHLAND, "savings_required", "19000000", G, True, "2022-23", "forecast", None, O, "they now expected to deliver about £19m of that"),
 r(HIGHLAND, "overspend", "7200000", G, False, "2022-23", "forecast", None, O, "Adult social care is forecast to overspend by £7.2m within the board's total"),
 r(HIGHLAND, "debt", "12400000", G, False, None, "actual", None, R, "£12.4m of that money remains outstanding"),
 r(HIGHLAND, "performance_actual", "66.4", P, False, "2022-23", "actual", "October", R, "just 66.4 per cent of people arriving at Raigmore Hospital's emergency department in October were admitted, transferred or discharged within four hours"),
 r(HIGHLAND, "performance_target", "95", P, False, None, "target", None, R, "well short of the 95 per cent standard set by ministers"),
],
"t03_welsh_ambulance_audit.txt": [
 r(WAST, "deficit", "0", G, False, None, "target", None, O, "has failed its legal duty to break even over three years"),
 r(WAST, "deficit", "3400000", G, False, None, "actual", None, R, "the trust recorded a cumulative deficit of £3.4m across 2014/15, 2015/16 and 2016/17"),
 r(WAST, "deficit", "1500000", G, False, "2014-15", "actual", None, R, "The trust posted a deficit of £1.5m in 2014/15"),
 r(WAST, "surplus", "200000", G, False, "2015-16", "actual", None, R, "made a small surplus of £0.2m in 2015/16"),
 r(WAST, "deficit", "2100000", G, False, "2016-17", "actual", None, R, "ended 2016/17 with a deficit of £2.1m"),
 r(WAST, "required_surplus", "1900000", G, True, "2017-18", "target", None, R, "the trust would need a surplus of at least £1.9m this year"),
 r(WAST, "budget", "170000000", G, True, "2017-18", None, None, R, "which has an annual income of around £170m"),
 r(WAST, "deficit", "0", G, False, "2017-18", "planned", None, O, "it plans to break even in 2017/18"),
 r(WAST, "savings_required", "7100000", G, False, "2016-17", "target", None, R, "In 2016/17 the trust was asked to make savings of £7.1m"),
 r(WAST, "savings_required", "5800000", G, False, "2016-17", "actual", None, O, "It delivered £5.8m"),
 r(WAST, "savings_gap", "1300000", G, False, "2016-17", "actual", None, R, "a shortfall of £1.3m"),
 r(WAST, "performance_actual", "65.1", P, False, "2016-17", "actual", "March", R, "In March, 65.1 per cent of red calls"),
 r(WAST, "performance_target", "65", P, False, None, "target", None, R, "against a target of 65 per cent"),
],
"t04_leeds_york_annual_report.txt": [
 r(LYPFT, "surplus", "3800000", G, False, "2014-15", "actual", None, R, "finished 2014/15 with a surplus of £3.8m"),
 r(LYPFT, "surplus", "2900000", G, False, "2014-15", "planned", None, R, "had planned a surplus of £2.9m"),
 r(LYPFT, "budget", "151600000", G, False, "2014-15", None, None, R, "Its income for the year was £151.6m"),
 r(LYPFT, "surplus", "2600000", G, False, "2013-14", "actual", None, R, "The result compares with a surplus of £2.6m in 2013/14"),
 r(LYPFT, "savings_required", "7400000", G, False, "2014-15", "actual", None, O, "the trust delivered cost improvements of £7.4m during the year"),
 r(LYPFT, "savings_required", "8100000", G, False, "2014-15", "target", None, R, "against a target of £8.1m"),
 r(LYPFT, "surplus", "1200000", G, False, "2015-16", "planned", None, R, "The trust plans a surplus of £1.2m"),
 r(LYPFT, "savings_required", "9600000", G, False, "2015-16", "target", None, R, "must find savings of £9.6m"),
 r(LYPFT, "savings_required", "6.2", P, False, "2015-16", "target", None, O, "equal to 6.2 per cent of its costs"),
 r(LYPFT, "savings_gap", "2300000", G, True, "2015-16", "actual", "May", R, "about £2.3m of those savings had not been identified"),
 r(LYPFT, "performance_actual", "97.2", P, False, "2014-15", "actual", None, R, "97.2 per cent of patients discharged from inpatient care were followed up within seven days"),
 r(LYPFT, "performance_target", "95", P, False, None, "target", None, R, "against a target of 95 per cent"),
],
"t05_surrey_heartlands_stp_leak.txt": [
 r(SHSTP, "funding_gap", "415000000", G, False, "2020-21", "forecast", None, O, "Leaked plan shows £415m hole in Surrey health and care finances by 2020/21"),
 r(SHSTP, "funding_gap", "414800000", G, False, "2020-21", "forecast", None, R, "face a financial gap of £414.8m by 2020/21 if nothing is done"),
 r(SHSTP, "budget", "1600000000", G, True, "2016-17", None, None, R, "the area's NHS organisations currently spend about £1.6bn a year"),
 r(SHSTP, "funding_gap", "196400000", G, False, "2020-21", "forecast", None, O, "£196.4m sits with the hospital and community trusts"),
 r(SHSTP, "funding_gap", "153600000", G, False, "2020-21", "forecast", None, O, "£153.6m with the three clinical commissioning groups"),
 r(SCC, "funding_gap", "64800000", G, False, "2020-21", "forecast", None, O, "The remaining £64.8m is in adult social care, which is run by Surrey County Council"),
 r(SHSTP, "savings_required", "376800000", G, False, "2020-21", "planned", None, O, "The plan lists schemes worth £376.8m"),
 r(SHSTP, "funding_gap", "38000000", G, False, "2020-21", "forecast", None, R, "a residual gap of £38m remains in 2020/21"),
 r(RSCH, "surplus", "2100000", G, False, "2016-17", "forecast", None, R, "Royal Surrey County Hospital NHS Foundation Trust forecasts a surplus of £2.1m in 2016/17"),
 r(ASPH, "deficit", "8300000", G, False, "2016-17", "forecast", None, R, "Ashford and St Peter's Hospitals NHS Foundation Trust expects a deficit of £8.3m"),
 r(NWSCCG, "deficit", "4600000", G, False, "2016-17", "forecast", None, R, "NHS North West Surrey CCG expects to finish the year £4.6m in deficit"),
],
"t06_wrexham_budget_five_numbers.txt": [
 r(WCBC, "budget", "307900000", G, False, "2024-25", "planned", None, R, "£307.9m - the net budget for 2024/25"),
 r(WCBC, "budget", "96200000", G, False, "2024-25", "planned", None, O, "Schools get £96.2m of it"),
 r(WCBC, "funding_gap", "23700000", G, False, "2024-25", "forecast", None, R, "£23.7m - the gap that had to be closed"),
 r(WCBC, "funding_gap", "16800000", G, False, "2023-24", "actual", None, R, "Last year the council had to close a gap of £16.8m"),
 r(WCBC, "savings_required", "14200000", G, False, "2024-25", "planned", None, R, "£14.2m - cuts and savings"),
 r(WCBC, "funding_gap", "61700000", G, False, "2026-27", "forecast", None, R, "£61.7m - the gap by 2026/27"),
 r(WCBC, "overspend", "4600000", G, False, "2023-24", "forecast", None, R, "Social services are forecast to overspend by £4.6m in 2023/24"),
],
"t07_chesterfield_ceo_message.txt": [
 r(CRH, "overspend", "3100000", G, False, "2023-24", "actual", "month 7", O, "Chesterfield Royal boss tells staff: we are £3.1m behind our financial plan"),
 r(CRH, "deficit", "6800000", G, False, "2023-24", "actual", "month 7", R, "Chesterfield Royal Hospital NHS Foundation Trust had a deficit of £6.8m"),
 r(CRH, "deficit", "3700000", G, False, "2023-24", "planned", "month 7", R, "Our plan for the same point was a deficit of £3.7m"),
 r(CRH, "overspend", "3100000", G, False, "2023-24", "actual", "month 7", R, "we are £3.1m behind where we said we would be"),
 r(CRH, "deficit", "5200000", G, False, "2023-24", "planned", None, R, "Our plan for the whole of 2023/24 is a deficit of £5.2m"),
 r(CRH, "deficit", "9000000", G, True, "2023-24", "forecast", None, R, "we are heading for a deficit of nearly £9m"),
 r(CRH, "savings_required", "14800000", G, False, "2023-24", "target", None, R, "our efficiency target this year is £14.8m"),
 r(CRH, "savings_required", "4.6", P, True, "2023-24", "target", None, O, "about 4.6 per cent of our £322m budget"),
 r(CRH, "budget", "322000000", G, False, "2023-24", None, None, R, "our £322m budget"),
 r(CRH, "savings_required", "6100000", G, False, "2023-24", "actual", "month 7", O, "We have delivered £6.1m"),
 r(CRH, "savings_gap", "2900000", G, False, "2023-24", "actual", "month 7", R, "£2.9m of schemes have still not been found"),
 r(CRH, "performance_actual", "77.3", P, False, "2023-24", "actual", "October", R, "In October, 77.3 per cent of patients urgently referred with suspected cancer"),
 r(CRH, "performance_target", "75", P, False, None, "target", None, R, "against the national standard of 75 per cent"),
],
"t08_ipswich_colchester_merger.txt": [
 r(IPSCOL, "deficit", "42000000", G, False, "2017-18", "forecast", None, O, "Ipswich and Colchester hospitals merger case shows combined £42m deficit"),
 r(IPSCOL, "deficit", "42300000", G, False, "2017-18", "forecast", None, O, "expect to end this year with deficits totalling £42.3m"),
 r(CHUFT, "deficit", "28900000", G, False, "2017-18", "forecast", None, R, "It forecasts a deficit of £28.9m for 2017/18"),
 r(CHUFT, "deficit", "15200000", G, False, "2017-18", "target", None, R, "against a control total of £15.2m agreed with NHS Improvement"),
 r(IPS, "deficit", "13400000", G, False, "2017-18", "forecast", None, R, "Ipswich expects to finish the year £13.4m in deficit"),
 r(IPS, "deficit", "6200000", G, False, "2016-17", "actual", None, R, "after a deficit of £6.2m in 2016/17"),
 r(ESNEFT, "deficit", "35600000", G, False, "2018-19", "planned", None, R, "the merged trust's plan is a deficit of £35.6m"),
 r(ESNEFT, "budget", "690000000", G, True, "2018-19", None, None, R, "on a combined income of around £690m"),
 r(ESNEFT, "deficit", "22500000", G, False, "2018-19", "target", None, R, "a control total of a £22.5m deficit"),
 r(ESNEFT, "savings_required", "29000000", G, False, "2018-19", "planned", None, R, "The case assumes cost improvements of £29m in 2018/19"),
 r(ESNEFT, "savings_required", "4.2", P, False, "2018-19", "planned", None, O, "equal to 4.2 per cent of spending"),
 r(ESNEFT, "savings_required", "12000000", G, False, "2021-22", "planned", None, O, "will add savings of £12m a year by 2021/22"),
 r(ESNEFT, "deficit", "0", G, False, "2021-22", "planned", None, O, "The trust aims to break even by 2021/22"),
 r(NEECCG, "deficit", "6700000", G, False, "2017-18", "forecast", None, R, "is forecasting a deficit of £6.7m this year"),
 r(IESCCG, "deficit", "0", G, False, "2017-18", "forecast", None, O, "NHS Ipswich and East Suffolk CCG expects to break even"),
],
"t09_south_eastern_trust_tabloid.txt": [
 r(SEHSCT, "funding_gap", "30000000", G, False, "2017-18", "forecast", None, O, "TRUST'S £30M BLACK HOLE"),
 r(SEHSCT, "savings_required", "19600000", G, False, "2017-18", "target", None, O, "South Eastern Trust told to find £19.6m of cuts by March"),
 r(SEHSCT, "savings_required", "19600000", G, False, "2017-18", "target", None, R, "ordered to find £19.6 million in savings before the end of March"),
 r(SEHSCT, "funding_gap", "30200000", G, False, "2017-18", "forecast", None, R, "faces a funding gap of £30.2m this year"),
 r(SEHSCT, "deficit", "10600000", G, False, "2017-18", "forecast", None, R, "bosses still forecast a deficit of £10.6m for 2017/18"),
 r(SEHSCT, "deficit", "1100000", G, False, "2016-17", "actual", None, R, "a trust that ended 2016/17 £1.1m in the red"),
 r(SEHSCT, "budget", "600000000", G, True, "2017-18", None, None, R, "The trust has a budget of just over £600m a year"),
 r(HSCB, "budget", "4600000000", G, False, "2017-18", None, None, R, "which holds Northern Ireland's £4.6bn health budget"),
 r(SEHSCT, "performance_actual", "61.2", P, False, "2017-18", "actual", "September", R, "In September just 61.2 per cent of patients who turned up at the Ulster Hospital's A&E were dealt with inside four hours"),
 r(SEHSCT, "performance_target", "95", P, False, None, "target", None, R, "miles off the 95 per cent target"),
 r(SEHSCT, "deficit", "0", G, False, "2017-18", "target", None, O, "The trust has a statutory duty to break even each year"),
],
"t10_northern_lincolnshire_fact_check.txt": [
 r(NLAG, "budget", "390000000", G, True, "2019-20", None, None, R, "which has an income of about £390m"),
 r(NLAG, "debt", "51300000", G, False, None, "actual", "31 March", R, "had £51.3m of loans from the Department of Health and Social Care outstanding at 31 March"),
 r(NLAG, "deficit", "28400000", G, False, "2018-19", "actual", None, R, "The trust's deficit for 2018/19 was £28.4m"),
 r(NLAG, "deficit", "19900000", G, False, "2017-18", "actual", None, R, "The trust posted a deficit of £19.9m in 2017/18"),
 r(NLAG, "deficit", "16100000", G, False, "2019-20", "target", None, R, "a control total of a £16.1m deficit"),
 r(NLAG, "performance_actual", "72.6", P, False, "2019-20", "actual", "October", R, "In October, 72.6 per cent of patients at the trust's emergency departments were seen within four hours"),
 r(NLAG, "performance_target", "95", P, False, None, "target", None, R, "far below the 95 per cent standard"),
 r(NELCCG, "budget", "263500000", G, False, "2019-20", None, None, R, "has a budget of £263.5m for 2019/20"),
 r(NELCCG, "budget", "251200000", G, False, "2018-19", None, None, R, "up from £251.2m last year"),
 r(NELCCG, "savings_required", "8200000", G, False, "2019-20", "target", None, R, "It does have to make QIPP savings of £8.2m this year"),
],
"t11_barnet_chase_farm_timeline.txt": [
 r(BCF, "deficit", "15400000", G, False, "2011-12", "forecast", None, O, "Timeline: how Barnet and Chase Farm's deficit grew to £15.4m"),
 r(BCF, "deficit", "15400000", G, False, "2011-12", "forecast", None, R, "it now expects to end 2011/12 with a deficit of £15.4m"),
 r(BCF, "surplus", "500000", G, False, "2011-12", "planned", "April", R, "The board approves a plan for a small surplus of £0.5m"),
 r(BCF, "savings_required", "21600000", G, False, "2011-12", "target", None, R, "It depends on cost improvements of £21.6m"),
 r(BCF, "budget", "270000000", G, True, "2011-12", None, None, R, "on a turnover of about £270m"),
 r(BCF, "overspend", "2300000", G, False, "2011-12", "actual", "month 2", R, "the trust is already £2.3m behind plan"),
 r(BCF, "deficit", "5000000", G, True, "2011-12", "forecast", "July", R, "The forecast is revised to a deficit of between £5m and £7m"),
 r(BCF, "deficit", "7000000", G, True, "2011-12", "forecast", "July", R, "The forecast is revised to a deficit of between £5m and £7m"),
 r(BCF, "savings_required", "14000000", G, True, "2011-12", "forecast", "October", O, "just over £14m of the savings programme is now likely to be delivered"),
 r(BCF, "savings_gap", "7500000", G, True, "2011-12", "forecast", "October", R, "leaving nearly £7.5m at risk"),
 r(BCF, "bailout", "10000000", G, False, "2011-12", "planned", None, R, "NHS London agrees to provide £10m of cash support"),
 r(NHSBARNET, "deficit", "9000000", G, True, "2011-12", "forecast", None, R, "is itself forecasting a deficit of almost £9m"),
 r(BCF, "deficit", "12000000", G, False, "2011-12", "forecast", "October", R, "the deficit, originally forecast at £12m in October"),
 r(BCF, "deficit", "15400000", G, False, "2011-12", "forecast", None, O, "is now expected to be £15.4m"),
],
"t12_south_east_london_morning_briefing.txt": [
 r(LGT, "savings_required", "41000000", G, False, "2025-26", "target", None, O, "Morning briefing: south-east London's NHS plans to break even, but Lewisham and Greenwich must save £41m"),
 r(SELICS, "deficit", "0", G, False, "2025-26", "planned", None, O, "has submitted a break-even plan for 2025/26"),
 r(SELICS, "bailout", "45600000", G, False, "2025-26", "planned", None, R, "that relies on £45.6m of deficit support funding from NHS England"),
 r(SELICB, "budget", "5400000000", G, False, "2025-26", None, None, R, "holds an allocation of £5.4bn this year"),
 r(ICBSENG, "savings_required", "50", P, False, "2025-26", "target", None, R, "reduce their running costs by 50 per cent by the end of the year"),
 r(SELICB, "savings_required", "17000000", G, True, "2025-26", "target", None, R, "for south-east London that means a saving of about £17m"),
 r(LGT, "deficit", "31700000", G, False, "2024-25", "actual", None, R, "It ended 2024/25 with a deficit of £31.7m"),
 r(LGT, "deficit", "22400000", G, False, "2024-25", "planned", None, R, "against a plan of £22.4m"),
 r(LGT, "savings_required", "41000000", G, False, "2025-26", "target", None, R, "must save £41m this year"),
 r(LGT, "savings_required", "5.9", P, True, "2025-26", "target", None, O, "That is about 5.9 per cent of its £695m budget"),
 r(LGT, "budget", "695000000", G, False, "2025-26", None, None, R, "its £695m budget"),
 r(NHSE, "budget", "192800000000", G, False, "2025-26", None, None, R, "its budget for 2025/26 is £192.8bn"),
 r(LGT, "performance_actual", "70.3", P, False, "2025-26", "actual", "May", R, "70.3 per cent - share of patients at Queen Elizabeth Hospital, Woolwich, seen within four hours in May"),
 r(LGT, "performance_target", "78", P, False, "2025-26", "target", None, R, "against the 78 per cent the trust must reach by March 2026"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
