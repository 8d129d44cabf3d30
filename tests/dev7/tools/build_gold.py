#!/usr/bin/env python3
"""Build gold.jsonl for dev7 from the compact table below (modelled on tests/dev6/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

POWYS = ("Powys Teaching Health Board", "health_board")
WHSCT = ("Western Health and Social Care Trust", "hsc_trust")
DOHNI = ("Department of Health (Northern Ireland)", "other")
NIHSC = ("HSC trusts in Northern Ireland", "aggregate")
LCC = ("Leicestershire County Council", "council")
UHL = ("University Hospitals of Leicester NHS Trust", "trust")
WLCCG = ("NHS West Leicestershire CCG", "ccg")
THH = ("The Hillingdon Hospitals NHS Foundation Trust", "trust")
NWLICS = ("North West London ICS", "ics")
NWLICB = ("NHS North West London Integrated Care Board", "icb")
RCHT = ("Royal Cornwall Hospitals NHS Trust", "trust")
KERNOW = ("NHS Kernow CCG", "ccg")
HUTH = ("Hull University Teaching Hospitals NHS Trust", "trust")
HULLCCG = ("NHS Hull CCG", "ccg")
PAH = ("The Princess Alexandra Hospital NHS Trust", "trust")
WECCG = ("NHS West Essex CCG", "ccg")
LSCICS = ("Lancashire and South Cumbria ICS", "ics")
LSCICB = ("NHS Lancashire and South Cumbria Integrated Care Board", "icb")
LTH = ("Lancashire Teaching Hospitals NHS Foundation Trust", "trust")
UHMB = ("University Hospitals of Morecambe Bay NHS Foundation Trust", "trust")
BTH = ("Blackpool Teaching Hospitals NHS Foundation Trust", "trust")
ELHT = ("East Lancashire Hospitals NHS Trust", "trust")
LSCFT = ("Lancashire & South Cumbria NHS Foundation Trust", "trust")
LSCTRUSTS = ("NHS trusts in Lancashire and South Cumbria", "aggregate")
BHRUT = ("Barking, Havering and Redbridge University Hospitals NHS Trust", "trust")
BHRCCGS = ("Barking and Dagenham, Havering and Redbridge CCGs", "aggregate")
PSHFT = ("Peterborough and Stamford Hospitals NHS Foundation Trust", "trust")
NHSPETE = ("NHS Peterborough", "other")
WUTH = ("Wirral University Teaching Hospital NHS Foundation Trust", "trust")
WCCG = ("NHS Wirral CCG", "ccg")
CCGSENG = ("CCGs in England", "aggregate")
BSUH = ("Brighton and Sussex University Hospitals NHS Trust", "trust")
WSHFT = ("Western Sussex Hospitals NHS Foundation Trust", "trust")
SASH = ("Surrey and Sussex Healthcare NHS Trust", "trust")
ESHT = ("East Sussex Healthcare NHS Trust", "trust")
QVH = ("Queen Victoria Hospital NHS Foundation Trust", "trust")
SPFT = ("Sussex Partnership NHS Foundation Trust", "trust")
CWSCCG = ("NHS Coastal West Sussex CCG", "ccg")
BHCCG = ("NHS Brighton and Hove CCG", "ccg")
SXCCGS = ("CCGs in Sussex and East Surrey", "aggregate")
SHCP = ("Sussex Health and Care Partnership", "ics")
SXTRUSTS = ("NHS trusts in Sussex", "aggregate")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"s01_powys_three_year_plan.txt": [
 r(POWYS, "deficit", "32000000", G, False, "2023-24", "forecast", None, O, "Powys health board sets out three-year plan to clear £32m deficit"),
 r(POWYS, "deficit", "32400000", G, False, "2023-24", "forecast", None, R, "expects to finish 2023/24 with a deficit of £32.4 million"),
 r(POWYS, "deficit", "17000000", G, False, "2023-24", "target", None, R, "keep its deficit within £17m this year"),
 r(POWYS, "deficit", "9800000", G, False, "2022-23", "actual", None, R, "Last year Powys reported a deficit of £9.8m"),
 r(POWYS, "budget", "400000000", G, True, "2023-24", None, None, R, "The board spends about £400m a year"),
 r(POWYS, "savings_required", "14600000", G, False, "2023-24", "target", None, R, "must make savings of £14.6m this year"),
 r(POWYS, "savings_required", "3.6", P, False, "2023-24", "target", None, O, "equal to 3.6 per cent of its spending"),
 r(POWYS, "savings_gap", "5100000", G, False, "2023-24", "actual", None, R, "£5.1m of that programme was still to be identified"),
 r(POWYS, "deficit", "20000000", G, False, "2024-25", "planned", None, R, "bring the deficit down to £20m in 2024/25"),
 r(POWYS, "deficit", "0", G, False, "2025-26", "planned", None, O, "to break even in 2025/26"),
 r(POWYS, "bailout", "7500000", G, False, "2023-24", "actual", None, R, "has already given Powys £7.5m of strategic cash assistance"),
],
"s02_western_trust_ni.txt": [
 r(WHSCT, "deficit", "29000000", G, False, "2024-25", "forecast", None, O, "Western Trust warns of £29m overspend as Stormont health budget stretched"),
 r(WHSCT, "deficit", "28700000", G, False, "2024-25", "forecast", None, R, "is forecasting a deficit of £28.7m for 2024/25"),
 r(WHSCT, "budget", "870000000", G, False, "2024-25", None, None, R, "has an annual budget of £870m"),
 r(WHSCT, "savings_required", "21300000", G, False, "2024-25", "target", None, R, "to find savings of £21.3m this year"),
 r(WHSCT, "savings_required", "13900000", G, False, "2024-25", "planned", None, O, "So far schemes worth £13.9m have been agreed"),
 r(WHSCT, "savings_gap", "7400000", G, False, "2024-25", "actual", None, R, "leaving £7.4m with no plan behind it"),
 r(DOHNI, "budget", "7600000000", G, False, "2024-25", None, None, R, "working within a budget of £7.6bn for 2024/25"),
 r(DOHNI, "funding_gap", "500000000", G, True, "2025-26", "forecast", None, R, "a funding gap of around £500m next year"),
 r(NIHSC, "deficit", "190000000", G, False, "2024-25", "forecast", None, R, "together forecast deficits of £190m for this year"),
 r(WHSCT, "deficit", "0", G, False, "2023-24", "actual", None, O, "Last year the Western Trust broke even"),
 r(WHSCT, "bailout", "18200000", G, False, "2023-24", "actual", None, R, "gave it £18.2m of additional in-year funding"),
 r(WHSCT, "performance_actual", "41.3", P, False, "2024-25", "actual", "December", R, "41.3% of patients at Altnagelvin's emergency department were treated and discharged or admitted within four hours"),
 r(WHSCT, "performance_target", "95", P, False, None, "target", None, R, "against a target of 95%"),
],
"s03_leicestershire_social_care.txt": [
 r(LCC, "funding_gap", "12000000", G, False, "2018-19", "forecast", None, O, "Leicestershire faces £12m gap in adult social care as precept rises again"),
 r(LCC, "funding_gap", "12400000", G, False, "2018-19", "forecast", None, R, "a funding gap of £12.4m in the service next year"),
 r(LCC, "budget", "369000000", G, False, "2018-19", "planned", None, R, "a net revenue budget of £369m for 2018/19"),
 r(LCC, "overspend", "3400000", G, False, "2017-18", "forecast", None, R, "is forecast to overspend by £3.4 million this year"),
 r(LCC, "budget", "141500000", G, False, "2017-18", None, None, O, "Its budget for 2017/18 is £141.5m"),
 r(LCC, "savings_required", "18200000", G, False, "2018-19", "planned", None, R, "savings of £18.2 million are built into next year's budget"),
 r(LCC, "funding_gap", "53000000", G, False, "2021-22", "forecast", None, R, "overall funding gap will reach £53m by 2021/22"),
 r(LCC, "savings_required", "200000000", G, True, None, "actual", None, O, "had already made savings of more than £200m since 2010"),
 r(UHL, "deficit", "26700000", G, False, "2017-18", "forecast", None, R, "is forecasting a deficit of £26.7m this year"),
 r(WLCCG, "deficit", "0", G, False, "2017-18", "forecast", None, O, "NHS West Leicestershire CCG expects to break even"),
],
"s04_hillingdon_board_papers.txt": [
 r(THH, "deficit", "9600000", G, False, "2022-23", "actual", "month 7", R, "The trust has a year-to-date deficit of £9.6m"),
 r(THH, "deficit", "6100000", G, False, "2022-23", "planned", "month 7", R, "against a planned deficit of £6.1m for the first seven months"),
 r(THH, "overspend", "3500000", G, False, "2022-23", "actual", "month 7", R, "That leaves it £3.5m adverse to plan"),
 r(THH, "deficit", "10600000", G, False, "2022-23", "planned", None, R, "The full-year plan agreed with the integrated care board is a deficit of £10.6m"),
 r(THH, "deficit", "14000000", G, True, "2022-23", "forecast", None, R, "likely to be a deficit of £14m to £16m"),
 r(THH, "deficit", "16000000", G, True, "2022-23", "forecast", None, R, "likely to be a deficit of £14m to £16m"),
 r(THH, "savings_required", "16400000", G, False, "2022-23", "target", None, R, "The cost improvement programme for 2022/23 is £16.4m"),
 r(THH, "savings_required", "7200000", G, False, "2022-23", "actual", "month 7", O, "So far £7.2m has been delivered"),
 r(THH, "savings_gap", "4100000", G, False, "2022-23", "actual", "month 7", R, "£4.1m of schemes have not yet been identified"),
 r(THH, "performance_actual", "66.5", P, False, "2022-23", "actual", "October", R, "66.5% of patients attending the emergency department at Hillingdon Hospital"),
 r(THH, "performance_target", "95", P, False, None, "target", None, R, "against the national standard of 95%"),
 r(NWLICS, "deficit", "52300000", G, False, "2022-23", "actual", "month 7", R, "reports a system deficit of £52.3m at month 7"),
 r(NWLICS, "deficit", "38900000", G, False, "2022-23", "planned", "month 7", R, "against a plan of £38.9m for the period"),
 r(NWLICB, "budget", "4800000000", G, False, "2022-23", None, None, R, "The ICB has a budget of £4.8bn this year"),
],
"s05_royal_cornwall_radio.txt": [
 r(RCHT, "deficit", "6500000", G, False, "2013-14", "forecast", None, R, "says it is heading for a deficit of £6.5m this year"),
 r(RCHT, "deficit", "6500000", G, False, "2013-14", "forecast", None, O, "six and a half million pounds in the red"),
 r(RCHT, "surplus", "1200000", G, False, "2013-14", "planned", None, R, "We planned to finish this year with a small surplus of one point two million pounds"),
 r(RCHT, "savings_required", "19000000", G, False, "2013-14", "target", None, R, "Our savings target for the year is nineteen million pounds"),
 r(RCHT, "budget", "300000000", G, True, "2013-14", None, None, R, "on a turnover of just over three hundred million"),
 r(RCHT, "savings_gap", "4000000", G, True, "2013-14", "actual", None, R, "there's about four million pounds we haven't found yet"),
 r(KERNOW, "deficit", "3900000", G, True, "2013-14", "forecast", None, R, "expects to overspend its allocation by about three point nine million pounds"),
 r(RCHT, "performance_actual", "91.5", P, False, "2013-14", "actual", "October", R, "we saw ninety-one point five per cent of A&E patients within four hours last month"),
 r(RCHT, "performance_target", "95", P, False, None, "target", None, R, "The target is ninety-five per cent"),
],
"s06_hull_mp_column.txt": [
 r(HUTH, "deficit", "25100000", G, False, "2018-19", "actual", None, R, "ended 2018/19 with a deficit of £25.1m"),
 r(HUTH, "bailout", "17900000", G, False, "2018-19", "actual", None, R, "it received £17.9m of sustainability funding"),
 r(HUTH, "deficit", "12400000", G, False, "2019-20", "planned", None, R, "its plan is a deficit of £12.4m"),
 r(HUTH, "savings_required", "30000000", G, True, "2019-20", "target", None, R, "must find more than £30m of savings in a single year"),
 r(HUTH, "savings_required", "5", P, True, "2019-20", "target", None, O, "savings worth around five percent"),
 r(HUTH, "budget", "610000000", G, False, "2019-20", None, None, R, "its £610m budget"),
 r(HULLCCG, "funding_gap", "12000000", G, False, "2019-20", "forecast", None, R, "it faces a £12m black hole this year"),
 r(HUTH, "performance_actual", "74.2", P, False, None, "actual", "August", R, "just 74.2 per cent of patients at Hull Royal Infirmary's emergency department were seen within four hours"),
 r(HUTH, "performance_target", "95", P, False, None, "target", None, R, "against a national target of 95 per cent"),
],
"s07_princess_alexandra_cqc.txt": [
 r(PAH, "performance_actual", "81.3", P, False, "2016-17", "actual", "September", R, "81.3 per cent of patients in the emergency department were seen within four hours"),
 r(PAH, "performance_target", "95", P, False, None, "target", None, R, "against the national standard of 95 per cent"),
 r(PAH, "deficit", "29800000", G, False, "2016-17", "forecast", None, R, "it expects a deficit of £29.8m in 2016/17"),
 r(PAH, "deficit", "13700000", G, False, "2016-17", "target", None, R, "the control total of £13.7m agreed with NHS Improvement"),
 r(PAH, "deficit", "27300000", G, False, "2015-16", "actual", None, R, "In 2015/16 it posted a deficit of £27.3 million"),
 r(PAH, "budget", "257000000", G, False, "2016-17", None, None, R, "which has an income of £257million"),
 r(PAH, "bailout", "19600000", G, False, "2016-17", "actual", None, R, "has already drawn £19.6m in interim revenue support loans"),
 r(PAH, "savings_required", "13400000", G, False, "2016-17", "target", None, R, "It must also deliver savings of £13.4m this year"),
 r(PAH, "savings_required", "5", P, True, "2016-17", "target", None, O, "around five per cent of its spending"),
 r(PAH, "savings_gap", "4800000", G, False, "2016-17", "forecast", None, R, "£4.8million of schemes are rated high risk"),
 r(WECCG, "surplus", "720000", G, False, "2016-17", "forecast", None, R, "expects to end the year with a surplus of £720,000"),
],
"s08_lancashire_icb_outturn.txt": [
 r(LSCICS, "deficit", "132000000", G, False, "2023-24", "actual", None, O, "Lancashire and South Cumbria NHS ends year £132m in the red"),
 r(LSCICS, "deficit", "132400000", G, False, "2023-24", "actual", None, R, "finished 2023/24 with a combined deficit of £132.4m"),
 r(LSCICS, "overspend", "60000000", G, True, "2023-24", "actual", None, O, "more than £60m worse than planned"),
 r(LSCICS, "deficit", "72100000", G, False, "2023-24", "planned", None, R, "The system had planned for a deficit of £72.1m"),
 r(LSCICS, "overspend", "60300000", G, False, "2023-24", "actual", None, R, "leaving it £60.3m adverse to plan"),
 r(LTH, "deficit", "41600000", G, False, "2023-24", "actual", None, R, "Lancashire Teaching Hospitals NHS Foundation Trust reported a deficit of £41.6m"),
 r(UHMB, "deficit", "38700000", G, False, "2023-24", "actual", None, R, "ended the year £38.7m in the red"),
 r(BTH, "deficit", "32900000", G, False, "2023-24", "actual", None, R, "Blackpool Teaching Hospitals NHS Foundation Trust posted a deficit of £32.9m"),
 r(ELHT, "deficit", "12300000", G, False, "2023-24", "actual", None, R, "East Lancashire Hospitals NHS Trust a deficit of £12.3m"),
 r(LSCFT, "deficit", "0", G, False, "2023-24", "actual", None, O, "Lancashire and South Cumbria NHS Foundation Trust, broke even"),
 r(LSCICB, "budget", "4100000000", G, False, "2023-24", None, None, R, "which holds an allocation of £4.1bn"),
 r(LSCICB, "surplus", "3200000", G, False, "2023-24", "actual", None, R, "recorded a surplus of £3.2m on its own commissioning budget"),
 r(LSCICS, "savings_required", "320000000", G, False, "2023-24", "target", None, R, "The system's efficiency target for 2023/24 was £320m"),
 r(LSCICS, "savings_required", "254000000", G, False, "2023-24", "actual", None, O, "only £254m was delivered"),
 r(LSCICS, "deficit", "175000000", G, False, "2024-25", "planned", None, R, "submitted a plan for a system deficit of £175m"),
 r(LSCTRUSTS, "savings_required", "5", P, True, "2024-25", "target", None, R, "Each trust must deliver savings of at least 5 per cent"),
 r(LSCICS, "deficit", "132000000", G, False, "2023-24", "actual", None, O, "spending £132m a year more than we receive"),
],
"s09_bhrut_leaves_special_measures.txt": [
 r(BHRUT, "deficit", "42100000", G, False, "2014-15", "actual", None, R, "BHRUT recorded a deficit of £42.1m"),
 r(BHRUT, "deficit", "54800000", G, False, "2015-16", "actual", None, R, "the gap grew to £54.8m"),
 r(BHRUT, "deficit", "39600000", G, False, "2016-17", "forecast", None, R, "the trust is forecasting a deficit of £39.6m"),
 r(BHRUT, "deficit", "38200000", G, False, "2016-17", "target", None, R, "the control total of £38.2m it agreed with the regulator"),
 r(BHRUT, "savings_required", "28500000", G, False, "2016-17", "target", None, R, "Its cost improvement programme for the year was set at £28.5m"),
 r(BHRUT, "budget", "570000000", G, True, "2016-17", None, None, R, "The trust has an income of around £570m"),
 r(BHRUT, "debt", "100000000", G, True, None, "actual", None, R, "it has borrowed more than £100m from the Department of Health since 2014"),
 r(BHRUT, "deficit", "18000000", G, True, "2017-18", "planned", None, R, "planning for a deficit of £18m to £20m in 2017/18"),
 r(BHRUT, "deficit", "20000000", G, True, "2017-18", "planned", None, R, "planning for a deficit of £18m to £20m in 2017/18"),
 r(BHRCCGS, "deficit", "29400000", G, False, "2016-17", "forecast", None, R, "Together they forecast a deficit of £29.4m this year"),
],
"s10_peterborough_pfi.txt": [
 r(PSHFT, "deficit", "37600000", G, False, "2011-12", "actual", None, O, "Peterborough hospital's PFI deal leaves trust £37.6m in deficit"),
 r(PSHFT, "deficit", "37600000", G, False, "2011-12", "actual", None, R, "has confirmed a deficit of £37.6m for 2011/12"),
 r(PSHFT, "budget", "240000000", G, False, "2011-12", None, None, R, "The trust's income last year was £240million"),
 r(PSHFT, "deficit", "45000000", G, True, "2012-13", "forecast", None, R, "another deficit, of around £45m, in 2012/13"),
 r(PSHFT, "bailout", "22000000", G, False, "2012-13", "planned", None, R, "agreed to provide £22m of temporary financing"),
 r(PSHFT, "savings_required", "14000000", G, False, "2012-13", "target", None, R, "The trust must save £14m this year"),
 r(PSHFT, "savings_required", "5.8", P, False, "2012-13", "target", None, O, "5.8 per cent of its costs"),
 r(PSHFT, "savings_gap", "7000000", G, True, "2012-13", "actual", None, R, "nearly £7m of that is still to be identified"),
 r(PSHFT, "performance_actual", "91.5", P, False, "2012-13", "actual", "May", R, "91.5% of patients admitted for planned treatment started it within 18 weeks"),
 r(PSHFT, "performance_target", "90", P, False, None, "target", None, R, "against the 90% standard"),
 r(NHSPETE, "surplus", "1200000", G, False, "2012-13", "forecast", None, R, "expects to end 2012/13 with a surplus of £1.2m"),
],
"s11_wirral_correction.txt": [
 r(WUTH, "deficit", "6500000", G, False, "2014-15", "forecast", None, O, "Correction: Wirral hospital trust's deficit is £6.5m, not £16.5m"),
 r(WUTH, "deficit", "6500000", G, False, "2014-15", "forecast", None, R, "The trust is in fact forecasting a deficit of £6.5m for 2014/15"),
 r(WUTH, "savings_required", "18200000", G, False, "2014-15", "target", None, R, "The correct figure is £18.2m"),
 r(WUTH, "savings_gap", "3900000", G, False, "2014-15", "actual", None, R, "£3.9m has not yet been matched to specific schemes"),
 r(WUTH, "budget", "312000000", G, False, "2014-15", None, None, R, "It is £312m."),
 r(WUTH, "performance_actual", "89.1", P, False, None, "actual", None, R, "The correct figure is 89.1 per cent"),
 r(WUTH, "performance_target", "95", P, False, None, "target", None, R, "The national standard is 95 per cent"),
 r(WCCG, "surplus", "4400000", G, False, "2013-14", "actual", None, R, "ended 2013/14 with a surplus of £4.4m"),
 r(CCGSENG, "required_surplus", "1", P, False, "2014-15", "target", None, R, "required to hold a surplus of one per cent of its allocation in 2014/15"),
 r(WCCG, "required_surplus", "1", P, False, "2014-15", "target", None, O, "required to hold a surplus of one per cent of its allocation in 2014/15"),
 r(WCCG, "savings_required", "11900000", G, False, "2014-15", "target", None, R, "The CCG's QIPP savings target for 2014/15 is £11.9m"),
],
"s12_sussex_roundup.txt": [
 r(BSUH, "deficit", "4200000", G, False, "2018-19", "actual", None, R, "Brighton and Sussex University Hospitals: £4.2m deficit"),
 r(WSHFT, "surplus", "1100000", G, False, "2018-19", "actual", None, R, "Western Sussex Hospitals: £1.1m surplus"),
 r(SASH, "surplus", "900000", G, False, "2018-19", "actual", None, R, "Surrey and Sussex Healthcare: £0.9m surplus"),
 r(ESHT, "deficit", "39700000", G, False, "2018-19", "actual", None, R, "East Sussex Healthcare: £39.7m deficit"),
 r(QVH, "deficit", "2300000", G, False, "2018-19", "actual", None, R, "Queen Victoria Hospital: £2.3m deficit"),
 r(SPFT, "deficit", "0", G, False, "2018-19", "actual", None, O, "Sussex Partnership: break even"),
 r(ESHT, "deficit", "17500000", G, False, "2019-20", "planned", None, R, "It has agreed a plan for a deficit of £17.5m in 2019/20"),
 r(ESHT, "savings_required", "21000000", G, False, "2019-20", "target", None, R, "must make savings of £21m to get there"),
 r(BSUH, "deficit", "58100000", G, False, "2016-17", "actual", None, R, "the £58.1m deficit it recorded in 2016/17"),
 r(CWSCCG, "deficit", "19800000", G, False, "2018-19", "actual", None, R, "NHS Coastal West Sussex CCG ended the year with a deficit of £19.8m"),
 r(BHCCG, "surplus", "1600000", G, False, "2018-19", "actual", None, R, "NHS Brighton and Hove CCG reported a surplus of £1.6m"),
 r(SXCCGS, "budget", "2500000000", G, False, "2019-20", None, None, R, "together control a budget of £2.5 billion this year"),
 r(SHCP, "deficit", "60000000", G, True, "2018-19", "actual", None, R, "reported a deficit of more than £60m for 2018/19"),
 r(WSHFT, "performance_actual", "90.4", P, False, "2018-19", "actual", "March", R, "where 90.4 per cent of patients were seen within four hours"),
 r(WSHFT, "performance_target", "95", P, False, None, "target", None, R, "against the 95 per cent standard"),
 r(SXTRUSTS, "savings_required", "1.5", P, True, "2019-20", "target", None, R, "must deliver efficiency savings of at least 1.5 per cent in 2019/20"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
