#!/usr/bin/env python3
"""Build gold.jsonl for dev5-draft from the compact table below.
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

BARTS = ("Barts Health NHS Trust", "trust")
MEDWAY = ("Medway NHS Foundation Trust", "trust")
BRAD = ("Bradford Council", "council")
SFH = ("Sherwood Forest Hospitals NHS Foundation Trust", "trust")
RUH = ("Royal United Hospitals Bath NHS Foundation Trust", "trust")
BSW = ("Bath and North East Somerset, Swindon and Wiltshire ICS", "ics")
BSWCCG = ("NHS Bath and North East Somerset, Swindon and Wiltshire CCG", "ccg")
SALIS = ("Salisbury NHS Foundation Trust", "trust")
GWH = ("Great Western Hospitals NHS Foundation Trust", "trust")
CTM = ("Cwm Taf Morgannwg University Health Board", "health_board")
VEL = ("Velindre NHS Trust", "trust")
AA = ("NHS Ayrshire and Arran", "health_board")
SCOT = ("Scottish health boards", "aggregate")
NAIJB = ("North Ayrshire Integration Joint Board", "other")
STH = ("Southern Health and Social Care Trust", "hsc_trust")
NIHSC = ("HSC trusts in Northern Ireland", "aggregate")
DOHNI = ("Department of Health (Northern Ireland)", "other")
BRIS = ("NHS Bristol", "other")
SHA = ("NHS South West", "other")
NBT = ("North Bristol NHS Trust", "trust")
BLMK = ("Bedfordshire, Luton and Milton Keynes STP", "stp")
LD = ("Luton and Dunstable University Hospital NHS Foundation Trust", "trust")
MK = ("Milton Keynes University Hospital NHS Foundation Trust", "trust")
BEDCCG = ("NHS Bedfordshire CCG", "ccg")
BC = ("Black Country ICS", "ics")
RWT = ("The Royal Wolverhampton NHS Trust", "trust")
SWB = ("Sandwell and West Birmingham Hospitals NHS Trust", "trust")
FTS = ("NHS foundation trusts in England", "aggregate")
HWP = ("Heatherwood and Wexham Park Hospitals NHS Foundation Trust", "trust")
BURTON = ("Burton Hospitals NHS Foundation Trust", "trust")
KGH = ("Kettering General Hospital NHS Foundation Trust", "trust")
RBCH = ("The Royal Bournemouth and Christchurch Hospitals NHS Foundation Trust", "trust")
NGH = ("Northampton General Hospital NHS Trust", "trust")
NCC = ("Northamptonshire County Council", "council")
GEH = ("George Eliot Hospital NHS Trust", "trust")
WNCCG = ("NHS Warwickshire North CCG", "ccg")
PHT = ("Portsmouth Hospitals NHS Trust", "trust")
PCCG = ("NHS Portsmouth CCG", "ccg")
CHFT = ("Calderdale and Huddersfield NHS Foundation Trust", "trust")
CALCCG = ("NHS Calderdale CCG", "ccg")
GHCCG = ("NHS Greater Huddersfield CCG", "ccg")
SBC = ("Swindon Borough Council", "council")
SWCCG = ("NHS Swindon CCG", "ccg")
DCH = ("Dorset County Hospital NHS Foundation Trust", "trust")
DCCG = ("NHS Dorset CCG", "ccg")
DORSET = ("NHS in Dorset", "aggregate")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"p01_barts_wire_brief.txt": [
 r(BARTS, "deficit", "97000000", G, False, "2015-16", "forecast", None, O, "Barts Health forecasts £97m deficit"),
 r(BARTS, "deficit", "97400000", G, False, "2015-16", "forecast", None, R, "expects to end 2015/16 with a deficit of £97.4 million"),
 r(BARTS, "deficit", "62000000", G, False, "2015-16", "planned", None, R, "The trust had planned for a shortfall of £62m"),
 r(BARTS, "deficit", "93600000", G, False, "2014-15", "actual", None, R, "It finished 2014/15 £93.6m in the red"),
 r(BARTS, "savings_required", "52000000", G, False, "2015-16", "target", None, R, "Barts must deliver cost improvements of £52 million this year"),
 r(BARTS, "savings_required", "31000000", G, False, "2015-16", "planned", None, O, "Schemes worth £31m have so far been identified"),
 r(BARTS, "bailout", "40000000", G, True, "2015-16", "planned", None, R, "agreed interim cash support of up to £40m"),
],
"p02_medway_longform.txt": [
 r(MEDWAY, "debt", "183000000", G, False, None, "actual", None, O, "how Medway's hospital ran up £183m of debt"),
 r(MEDWAY, "debt", "180000000", G, True, None, "actual", None, O, "owes the Department of Health and Social Care more than £180m"),
 r(MEDWAY, "deficit", "4600000", G, False, "2011-12", "actual", None, R, "recorded a deficit of £4.6m"),
 r(MEDWAY, "bailout", "12000000", G, False, "2013-14", "actual", None, R, "the first of a string of so-called revenue support loans arrived: £12m"),
 r(MEDWAY, "deficit", "46200000", G, False, "2016-17", "actual", None, R, "the trust's 2016-17 accounts showed a deficit of £46.2m"),
 r(MEDWAY, "deficit", "21500000", G, False, "2016-17", "target", None, R, "against a control total of £21.5m"),
 r(MEDWAY, "savings_required", "95000000", G, True, None, "actual", None, O, "Cost improvement programmes have taken some £95m out of the trust's spending since 2015"),
 r(MEDWAY, "deficit", "16400000", G, False, "2019-20", "target", None, R, "the trust has accepted a control total of £16.4m"),
 r(MEDWAY, "bailout", "11300000", G, False, "2019-20", "planned", None, O, "Hitting it would unlock £11.3m from the provider sustainability and financial recovery funds"),
 r(MEDWAY, "debt", "183400000", G, False, None, "actual", None, R, "The loans themselves now stand at £183.4m"),
],
"p03_bradford_executive_report.txt": [
 r(BRAD, "overspend", "73600000", G, False, "2023-24", "forecast", "December", R, "forecasting an overspend of £73.6m on its 2023/24 revenue budget"),
 r(BRAD, "overspend", "44900000", G, False, "2023-24", "forecast", "December", O, "Children's social care, delivered through Bradford Children and Families Trust, accounts for £44.9m of that figure"),
 r(BRAD, "funding_gap", "86200000", G, False, "2024-25", "forecast", None, R, "a budget gap of £86.2m is projected for next year"),
 r(BRAD, "savings_required", "32500000", G, False, "2024-25", "planned", None, R, "Officers propose savings of £32,500,000"),
 r(BRAD, "funding_gap", "53700000", G, False, "2024-25", "forecast", None, R, "which would leave £53.7m still to be closed"),
 r(BRAD, "bailout", "220000000", G, True, None, None, None, O, "exceptional financial support of up to £220m over two years"),
 r(BRAD, "budget", "492100000", G, False, "2024-25", "planned", None, R, "set a net revenue budget of £492.1m for 2024/25"),
],
"p04_sherwood_board_digest.txt": [
 r(SFH, "deficit", "6800000", G, False, "2022-23", "actual", "month 7", R, "reports a year-to-date deficit of £6.8m"),
 r(SFH, "deficit", "4100000", G, False, "2022-23", "planned", "month 7", R, "The plan for the same point was £4.1m"),
 r(SFH, "overspend", "2700000", G, False, "2022-23", "actual", "month 7", R, "the trust is £2.7m behind plan"),
 r(SFH, "deficit", "7900000", G, False, "2022-23", "forecast", None, R, "The forecast outturn for 2022/23 is still the planned deficit of £7.9m"),
 r(SFH, "savings_required", "14200000", G, False, "2022-23", "target", None, R, "The cost improvement target for the year is £14.2m"),
 r(SFH, "savings_required", "3", P, True, "2022-23", "target", None, O, "described as around 3 per cent of turnover"),
 r(SFH, "savings_required", "7300000", G, False, "2022-23", "actual", "month 7", O, "Savings of £7.3m have been delivered so far"),
 r(SFH, "performance_actual", "71.8", P, False, "2022-23", "actual", "October", R, "In October, 71.8% of patients in the emergency department were admitted, transferred or sent home inside four hours"),
],
"p05_ruh_bath_trade_press.txt": [
 r(RUH, "deficit", "19000000", G, False, "2021-22", "forecast", None, O, "RUH Bath flags £19m underlying deficit"),
 r(RUH, "deficit", "19200000", G, False, "2021-22", "forecast", None, R, "carrying an underlying deficit of £19.2m in 2021-22"),
 r(RUH, "deficit", "0", G, False, "2021-22", "forecast", None, O, "The acute FT is forecasting break-even for the year"),
 r(BSW, "budget", "1020000000", G, False, "2021-22", None, None, R, "The system envelope for H2, covering October to March, is £1.02bn"),
 r(RUH, "savings_required", "6800000", G, False, "2021-22", "target", None, R, "RUH's own CIP for H2 is £6.8m"),
 r(RUH, "savings_required", "2900000", G, False, "2021-22", "planned", None, O, "of which £2.9m is recurrent"),
 r(RUH, "deficit", "3500000", G, False, "2019-20", "actual", None, R, "in 2019-20 it recorded a deficit of £3.5m"),
 r(RUH, "overspend", "2100000", G, False, "2019-20", "actual", None, R, "after missing its control total by £2.1m"),
 r(RUH, "bailout", "4400000", G, False, "2019-20", "actual", None, O, "forfeited £4.4m of PSF and FRF"),
 r(BSWCCG, "savings_required", "21500000", G, False, "2021-22", "target", None, R, "BSW CCG's QIPP programme for the year is £21.5m"),
 r(BSWCCG, "savings_gap", "7900000", G, False, "2021-22", "actual", "month 6", R, "with £7.9m still unidentified at month 6"),
 r(SALIS, "deficit", "0", G, False, "2021-22", "forecast", None, O, "Salisbury NHS Foundation Trust and Great Western Hospitals are both forecasting break-even for H2"),
 r(GWH, "deficit", "0", G, False, "2021-22", "forecast", None, O, "Salisbury NHS Foundation Trust and Great Western Hospitals are both forecasting break-even for H2"),
],
"p06_cwm_taf_morgannwg.txt": [
 r(CTM, "deficit", "112000000", G, False, "2023-24", "forecast", None, O, "Cwm Taf Morgannwg health board heads for £112m deficit"),
 r(CTM, "deficit", "112400000", G, False, "2023-24", "forecast", None, R, "is forecasting a deficit of £112.4m for 2023-24"),
 r(CTM, "deficit", "54000000", G, False, "2023-24", "target", None, R, "the £54m target deficit set for it by the Welsh Government"),
 r(CTM, "savings_required", "37300000", G, False, "2023-24", "target", None, R, "Its savings target for this year is £37.3m"),
 r(CTM, "savings_required", "3.4", P, False, "2023-24", "target", None, O, "equivalent to 3.4 per cent of its annual budget"),
 r(CTM, "savings_required", "26800000", G, False, "2023-24", "planned", None, O, "Schemes totalling £26.8m have been identified so far"),
 r(CTM, "savings_gap", "9000000", G, True, "2023-24", "forecast", None, R, "a savings shortfall of between £9m and £12m by March"),
 r(CTM, "savings_gap", "12000000", G, True, "2023-24", "forecast", None, R, "a savings shortfall of between £9m and £12m by March"),
 r(CTM, "performance_actual", "64.9", P, False, "2023-24", "actual", "September", R, "only 64.9% of patients attending the board's emergency departments were dealt with inside four hours"),
 r(CTM, "performance_target", "95", P, False, None, "target", None, R, "against the Welsh Government target of 95%"),
 r(VEL, "deficit", "0", G, False, "2023-24", "forecast", None, O, "is on course to break even this year"),
],
"p07_ayrshire_ijb.txt": [
 r(AA, "funding_gap", "63000000", G, False, "2025-26", "forecast", None, O, "Ayrshire health board warns of £63m gap"),
 r(AA, "funding_gap", "63400000", G, False, "2025-26", "forecast", None, R, "a financial gap of £63.4m for 2025/26"),
 r(AA, "budget", "1000000000", G, True, "2024-25", None, None, R, "which has an annual budget of just over £1bn"),
 r(AA, "savings_required", "25100000", G, False, "2025-26", "planned", None, R, "a savings plan worth £25.1m for the coming year"),
 r(AA, "deficit", "38300000", G, False, "2025-26", "forecast", None, R, "that would still leave a forecast deficit of £38.3m"),
 r(SCOT, "savings_required", "3", P, False, "2025-26", "target", None, R, "they must deliver recurring savings of 3 per cent in 2025/26"),
 r(AA, "savings_required", "3", P, False, "2025-26", "target", None, O, "they must deliver recurring savings of 3 per cent in 2025/26"),
 r(AA, "deficit", "21700000", G, False, "2024-25", "forecast", None, R, "the board heads for a deficit of £21.7m in the current year"),
 r(AA, "bailout", "17000000", G, False, "2024-25", None, None, O, "seeking brokerage of £17m from Holyrood"),
 r(NAIJB, "overspend", "4900000", G, False, "2024-25", "actual", "January", R, "reported an overspend of £4.9m at the end of January"),
 r(NAIJB, "overspend", "3200000", G, False, "2024-25", "actual", "October", R, "up from £3.2m in October"),
 r(AA, "deficit", "38000000", G, False, "2025-26", "forecast", None, O, "A £38m hole is not something that savings alone can fix"),
],
"p08_southern_trust_ni.txt": [
 r(STH, "deficit", "34800000", G, False, "2022-23", "forecast", None, O, "Southern Trust faces £34.8m deficit"),
 r(STH, "deficit", "34800000", G, False, "2022-23", "forecast", None, R, "heading for a deficit of £34.8 million this year"),
 r(STH, "budget", "983000000", G, False, "2022-23", None, None, R, "The trust's budget this year is £983 million"),
 r(NIHSC, "savings_required", "2", P, False, "2022-23", "target", None, R, "the department has asked every trust to draw up plans for savings of 2 per cent"),
 r(STH, "savings_required", "2", P, False, "2022-23", "target", None, O, "the department has asked every trust to draw up plans for savings of 2 per cent"),
 r(STH, "savings_required", "12600000", G, False, "2022-23", "planned", None, O, "has so far identified £12.6 million of savings"),
 r(STH, "deficit", "0", G, False, "2021-22", "actual", None, O, "Last year the trust broke even"),
 r(STH, "bailout", "20300000", G, False, "2021-22", "actual", None, R, "receiving £20.3 million of Covid-19 funding"),
 r(DOHNI, "funding_gap", "400000000", G, True, "2022-23", "forecast", None, R, "the Department of Health faces a shortfall of up to £400 million this year"),
 r(STH, "performance_actual", "38.2", P, False, "2022-23", "actual", "August", R, "In August, just 38.2% of patients at Craigavon's emergency department were treated and admitted or sent home inside four hours"),
 r(STH, "performance_target", "95", P, False, None, "target", None, R, "the target is 95%"),
],
"p09_nhs_bristol_pct.txt": [
 r(BRIS, "savings_required", "34500000", G, False, "2011-12", "target", None, O, "NHS Bristol must find £34.5m"),
 r(BRIS, "savings_required", "34500000", G, False, "2011-12", "target", None, R, "ordered to save £34.5million in 2011/12"),
 r(BRIS, "budget", "786400000", G, False, "2011-12", None, None, R, "will receive an allocation of £786.4million for next year"),
 r(BRIS, "surplus", "3900000", G, False, "2010-11", "forecast", None, R, "forecasting a surplus of £3.9million for the current year"),
 r(BRIS, "required_surplus", "1", P, False, "2011-12", "target", None, O, "expects it to hold a 1 per cent surplus next year"),
 r(BRIS, "required_surplus", "7800000", G, True, "2011-12", "target", None, R, "about £7.8million"),
 r(SHA, "savings_required", "1200000000", G, False, None, "target", None, R, "the NHS must find £1.2bn of efficiency savings by 2014-15"),
 r(NBT, "deficit", "2600000", G, False, "2010-11", "forecast", None, R, "expects a deficit of £2.6million this year"),
],
"p10_blmk_stp.txt": [
 r(BLMK, "funding_gap", "308000000", G, False, "2020-21", "forecast", None, O, "plan to close £308m gap"),
 r(BLMK, "funding_gap", "300000000", G, False, "2020-21", "forecast", None, O, "Health chiefs face £300m black hole"),
 r(BLMK, "funding_gap", "308000000", G, False, "2020-21", "forecast", None, R, "a \"do nothing\" funding gap of £308m by 2020/21"),
 r(BLMK, "budget", "1700000000", G, True, "2016-17", None, None, R, "health and care spending of about £1.7bn a year"),
 r(BLMK, "funding_gap", "259000000", G, False, "2020-21", "forecast", None, O, "£259m falls on the NHS"),
 r(BLMK, "funding_gap", "49000000", G, False, "2020-21", "forecast", None, O, "£49m on council social care"),
 r(LD, "required_surplus", "1900000", G, False, "2016-17", "target", None, R, "a control total of a £1.9m surplus"),
 r(MK, "deficit", "23600000", G, False, "2016-17", "forecast", None, R, "is forecasting a deficit of £23.6m"),
 r(MK, "deficit", "16900000", G, False, "2016-17", "target", None, R, "against a control total deficit of £16.9m"),
 r(MK, "bailout", "5800000", G, False, "2016-17", "planned", None, O, "it will receive £5.8m from the sustainability and transformation fund"),
 r(BEDCCG, "deficit", "10100000", G, False, "2016-17", "forecast", None, R, "expects to overspend its allocation by £10.1m this year"),
 r(BEDCCG, "savings_required", "18300000", G, False, "2016-17", "target", None, R, "has a QIPP target of £18.3m"),
],
"p11_black_country_icb.txt": [
 r(BC, "bailout", "58000000", G, False, "2025-26", "actual", None, O, "only with £58m of support"),
 r(BC, "deficit", "0", G, False, "2025-26", "planned", None, O, "signed off a plan to break even in 2025/26"),
 r(BC, "bailout", "58400000", G, False, "2025-26", "actual", None, R, "after being handed £58.4m of deficit support funding by NHS England"),
 r(BC, "deficit", "71200000", G, False, "2024-25", "actual", None, R, "the system ended 2024/25 with a deficit of £71.2m"),
 r(BC, "savings_required", "186000000", G, False, "2025-26", "target", None, R, "the system must make efficiency savings of £186m this year"),
 r(BC, "savings_required", "5.1", P, True, "2025-26", "target", None, O, "around 5.1 per cent of its spending"),
 r(RWT, "surplus", "3500000", G, False, "2025-26", "planned", None, R, "is planning a surplus of £3.5m"),
 r(SWB, "savings_required", "42000000", G, False, "2025-26", "target", None, R, "has set a cost improvement programme of £42m"),
 r(SWB, "savings_gap", "13500000", G, False, "2025-26", "actual", None, R, "of which £13.5m has yet to be identified"),
],
"p12_ft_roundup_2014.txt": [
 r(FTS, "deficit", "106000000", G, False, "2013-14", "actual", None, R, "ended 2013-14 with a combined deficit of £106m"),
 r(FTS, "deficit", "57000000", G, False, "2013-14", "planned", None, R, "the £57m that they had planned"),
 r(FTS, "deficit", "500000000", G, True, "2014-15", "forecast", None, R, "to reach around half a billion pounds in 2014-15"),
 r(FTS, "savings_required", "1800000000", G, False, "2014-15", "planned", None, R, "planning cost savings of £1.8bn this year"),
 r(FTS, "savings_required", "4", P, True, "2014-15", "planned", None, O, "roughly 4 per cent of their spending"),
 r(HWP, "deficit", "21800000", G, False, "2013-14", "actual", None, R, "posted the largest deficit in the sector at £21.8m"),
 r(BURTON, "deficit", "12300000", G, False, "2013-14", "actual", None, R, "ended the year £12.3m in the red"),
 r(KGH, "deficit", "8000000", G, True, "2013-14", "actual", None, R, "reported a deficit of nearly £8m"),
 r(RBCH, "surplus", "1100000", G, False, "2013-14", "actual", None, R, "reported a surplus of £1.1m"),
],
"p13_northampton_general_quotes.txt": [
 r(NGH, "deficit", "15900000", G, False, "2017-18", "actual", None, R, "We finished 2017/18 with a deficit of £15.9 million"),
 r(NGH, "underspend", "720000", G, False, "2017-18", "actual", None, R, "£720k better than our plan"),
 r(NGH, "deficit", "8100000", G, False, "2018-19", "target", None, R, "Our control total for 2018/19 is a deficit of £8.1 million"),
 r(NGH, "savings_required", "17000000", G, False, "2018-19", "target", None, R, "we must deliver £17 million of efficiencies"),
 r(NGH, "bailout", "10400000", G, False, "2018-19", "planned", None, O, "we get £10.4 million from the provider sustainability fund"),
 r(NGH, "deficit", "8000000", G, False, "2018-19", "target", None, O, "an eight million pound deficit is still money we have to borrow"),
 r(NCC, "funding_gap", "35000000", G, False, None, "forecast", None, R, "Our own black hole is £35 million"),
 r(NGH, "performance_actual", "88.6", P, False, "2018-19", "actual", "May", R, "We got 88.6 per cent of patients through A&E inside four hours in May"),
 r(NGH, "performance_target", "95", P, False, None, "target", None, R, "The target is 95 per cent"),
],
"p14_george_eliot_passive.txt": [
 r(GEH, "deficit", "5900000", G, False, "2013-14", "forecast", None, O, "Deficit of £5.9m forecast at George Eliot Hospital"),
 r(GEH, "deficit", "5900000", G, False, "2013-14", "forecast", None, R, "A deficit of £5.9m is now forecast by George Eliot Hospital NHS Trust for 2013/14"),
 r(GEH, "deficit", "1500000", G, False, "2013-14", "planned", None, R, "A deficit of £1.5m had been planned for the year"),
 r(GEH, "deficit", "3800000", G, False, "2013-14", "actual", "month 5", R, "a deficit of £3.8m had been recorded"),
 r(GEH, "overspend", "2600000", G, False, "2013-14", "actual", "month 5", R, "an adverse variance of £2.6m is reported against the year-to-date plan"),
 r(GEH, "savings_required", "7200000", G, False, "2013-14", "target", None, R, "Savings of £7.2m are required to be made"),
 r(GEH, "savings_required", "4400000", G, False, "2013-14", "planned", None, O, "Schemes worth £4.4m have so far been identified"),
 r(GEH, "savings_gap", "2800000", G, False, "2013-14", "forecast", None, R, "a gap of £2.8m is acknowledged"),
 r(GEH, "bailout", "3000000", G, False, "2013-14", None, None, O, "Cash support of £3m has been requested"),
 r(WNCCG, "surplus", "1800000", G, False, "2013-14", "forecast", None, R, "A surplus of £1.8m is expected to be delivered this year by NHS Warwickshire North CCG"),
],
"p15_queen_alexandra_site.txt": [
 r(PHT, "deficit", "34000000", G, False, "2017-18", "forecast", None, O, "QA Hospital heading for £34m deficit"),
 r(PHT, "deficit", "34200000", G, False, "2017-18", "forecast", None, R, "Queen Alexandra Hospital in Cosham is heading for a deficit of £34.2m this year"),
 r(PHT, "deficit", "12700000", G, False, "2017-18", "target", None, R, "The trust's control total for 2017/18 is a deficit of £12.7m"),
 r(PHT, "deficit", "25000000", G, False, "2017-18", "forecast", "October", R, "as recently as October the forecast was £25m"),
 r(PHT, "bailout", "9100000", G, False, "2017-18", "forecast", None, O, "it will not receive £9.1m of sustainability and transformation funding"),
 r(PHT, "savings_required", "26500000", G, False, "2017-18", "target", None, R, "The trust's savings programme for this year is worth £26.5m"),
 r(PHT, "savings_required", "17900000", G, True, "2017-18", "actual", None, O, "Around £17.9m has been delivered so far"),
 r(PHT, "performance_actual", "77.3", P, False, "2017-18", "actual", "December", R, "In December, 77.3 per cent of patients at QA's emergency department were seen within four hours"),
 r(PHT, "performance_target", "95", P, False, None, "target", None, R, "The national standard is 95 per cent"),
 r(PCCG, "deficit", "0", G, False, "2017-18", "forecast", None, O, "NHS Portsmouth CCG expects to break even this year"),
],
"p16_calderdale_percentages.txt": [
 r(CHFT, "deficit", "8", P, True, "2016-17", "forecast", None, R, "its deficit this year will equal about 8 percent of its income"),
 r(CALCCG, "required_surplus", "1", P, False, "2016-17", "target", None, R, "required by NHS England to keep a 1 per cent surplus on their allocations"),
 r(GHCCG, "required_surplus", "1", P, False, "2016-17", "target", None, R, "required by NHS England to keep a 1 per cent surplus on their allocations"),
 r(GHCCG, "savings_required", "2", P, False, "2016-17", "target", None, R, "must make QIPP savings of two per cent of its allocation"),
 r(CHFT, "performance_actual", "91.5", P, False, "2016-17", "actual", "February", R, "In February, 91.5% of patients at the trust's two emergency departments were dealt with inside four hours"),
 r(CHFT, "performance_target", "95", P, False, None, "target", None, R, "against the 95% standard"),
 r(CHFT, "performance_actual", "86.9", P, False, "2016-17", "actual", "February", R, "only 86.9% of people on the trust's waiting list had been on it for less than 18 weeks"),
 r(CHFT, "performance_target", "92", P, False, None, "target", None, R, "against a 92% target"),
 r(CHFT, "deficit", "8", P, False, "2016-17", "forecast", None, O, "A deficit of 8 per cent of income is not sustainable"),
],
"p17_swindon_corrections.txt": [
 r(GWH, "deficit", "14100000", G, False, "2015-16", "forecast", None, R, "The trust's forecast deficit for 2015-16 is £14.1m"),
 r(GWH, "savings_required", "41000000", G, False, None, "target", None, R, "The figure of £41m is the total amount of savings the trust must make over the next three years"),
 r(SBC, "underspend", "620000", G, False, "2014-15", "actual", None, R, "In fact the council underspent by £620,000 that year"),
 r(SWCCG, "budget", "240500000", G, False, "2015-16", None, None, R, "The correct figure is £240.5m"),
 r(SWCCG, "savings_required", "9700000", G, False, "2015-16", "target", None, R, "the CCG must make QIPP savings of £9.7m this year"),
 r(GWH, "performance_actual", "89.4", P, False, None, "actual", "May", R, "The correct figure for May was 89.4 per cent"),
 r(GWH, "performance_target", "95", P, False, None, "target", None, R, "against the 95 per cent national standard"),
],
"p18_dorset_headline_mismatch.txt": [
 r(DORSET, "funding_gap", "50000000", G, False, "2018-19", "forecast", None, O, "Dorset NHS faces £50m gap"),
 r(DCH, "deficit", "12400000", G, False, "2018-19", "planned", None, R, "a plan for 2018/19 that includes a deficit of £12.4m"),
 r(DCH, "deficit", "2600000", G, False, "2018-19", "target", None, R, "a control total of a £2.6m deficit"),
 r(DCH, "deficit", "5300000", G, False, "2017-18", "actual", None, R, "Last year the trust ended with a deficit of £5.3m"),
 r(DCCG, "funding_gap", "37800000", G, False, "2018-19", "forecast", None, R, "a financial gap of £37.8m in 2018/19"),
 r(DCCG, "savings_required", "29900000", G, False, "2018-19", "planned", None, R, "It has set a QIPP programme of £29.9m"),
 r(DCCG, "savings_gap", "7900000", G, False, "2018-19", "forecast", None, R, "leaving £7.9m still to be found"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
