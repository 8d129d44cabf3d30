#!/usr/bin/env python3
"""Build gold.jsonl for dev16 from the compact table below (modelled on tests/dev14/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

RJAH = ("The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust", "trust")
BHFT = ("Bedfordshire Hospitals NHS Foundation Trust", "trust")
GSTT = ("Guy's and St Thomas' NHS Foundation Trust", "trust")
PROV = ("NHS providers in England", "aggregate")
CHR = ("The Christie NHS Foundation Trust", "trust")
BCH = ("Bridgewater Community Healthcare NHS Foundation Trust", "trust")
SABP = ("Surrey and Borders Partnership NHS Foundation Trust", "trust")
SBUHB = ("Swansea Bay University Health Board", "health_board")
RIJB = ("Renfrewshire Integration Joint Board", "other")
NHSCT = ("Northern Health and Social Care Trust", "hsc_trust")
DOHNI = ("Department of Health (Northern Ireland)", "other")
WFC = ("Westmorland and Furness Council", "council")
SCAS = ("South Central Ambulance Service NHS Foundation Trust", "trust")
MSEICB = ("NHS Mid and South Essex Integrated Care Board", "icb")
MSEFT = ("Mid and South Essex NHS Foundation Trust", "trust")
ESXICB = ("NHS Essex Integrated Care Board", "icb")
NUHT = ("Newham University Hospital NHS Trust", "trust")
NEWPCT = ("NHS Newham", "other")
NHSL = ("NHS London", "other")
SSOT = ("Staffordshire and Stoke on Trent STP", "ics")
SASCCG = ("NHS Stafford and Surrounds CCG", "ccg")
CCCCG = ("NHS Cannock Chase CCG", "ccg")
ESCCG = ("NHS East Staffordshire CCG", "ccg")
SESCCG = ("NHS South East Staffordshire and Seisdon Peninsula CCG", "ccg")
NSCHT = ("North Staffordshire Combined Healthcare NHS Trust", "trust")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"b01_rjah_oswestry_bbc.txt": [
 r(RJAH, "deficit", "7400000", G, False, "2023-24", "forecast", None, R, "now expects a year-end deficit of £7.4m for 2023/24"),
 r(RJAH, "deficit", "3100000", G, False, "2023-24", "planned", None, R, "the trust had set a plan for a deficit of £3.1m"),
 r(RJAH, "deficit", "1200000", G, False, "2022-23", "actual", None, R, "It ended 2022/23 £1.2m in deficit"),
 r(RJAH, "savings_required", "6200000", G, False, "2023-24", "target", None, R, "the trust must make efficiency savings of £6.2m this year"),
 r(RJAH, "savings_required", "4.5", P, True, "2023-24", "target", None, O, "about 4.5% of its budget"),
 r(RJAH, "savings_required", "3900000", G, False, "2023-24", "planned", None, O, "So far schemes worth £3.9m have been found"),
 r(RJAH, "savings_gap", "2300000", G, False, "2023-24", "actual", None, R, "leaving a shortfall of £2.3m"),
 r(RJAH, "budget", "138000000", G, False, "2023-24", None, None, R, "The hospital's budget for the year is £138m"),
 r(RJAH, "performance_actual", "52.4", P, False, "2023-24", "actual", "September", R, "In September, 52.4% of the hospital's patients"),
 r(RJAH, "performance_target", "92", P, False, None, "target", None, R, "The national standard is 92%"),
],
"b02_bedfordshire_hospitals_splash.txt": [
 r(BHFT, "deficit", "27000000", G, True, "2022-23", "actual", None, O, "HOSPITALS NEARLY £27M IN THE RED"),
 r(BHFT, "deficit", "26800000", G, False, "2022-23", "actual", None, R, "ended the 2022/23 financial year £26.8 million in the red"),
 r(BHFT, "deficit", "9500000", G, False, "2022-23", "planned", None, R, "The trust had planned for a deficit of £9.5m"),
 r(BHFT, "deficit", "18400000", G, False, "2023-24", "planned", None, R, "a planned deficit of £18,400,000 for 2023/24"),
 r(BHFT, "savings_required", "41000000", G, False, "2023-24", "target", None, R, "a cost improvement programme of £41m this year"),
 r(BHFT, "savings_required", "5", P, True, "2023-24", "target", None, O, "around five per cent of everything it spends"),
 r(BHFT, "overspend", "12000000", G, False, "2022-23", "actual", None, R, "ran £12m over budget in 2022/23"),
 r(BHFT, "budget", "800000000", G, True, "2023-24", None, None, R, "The trust has a turnover of more than £800m"),
 r(BHFT, "savings_required", "41000000", G, False, "2023-24", "target", None, O, "forty-one million pounds of savings"),
],
"b03_gstt_underlying_deficit_trade.txt": [
 r(GSTT, "deficit", "170000000", G, True, "2024-25", "actual", None, R, "is running an underlying deficit of around £170m"),
 r(GSTT, "budget", "3100000000", G, False, "2024-25", None, None, R, "which has a turnover of £3.1bn"),
 r(GSTT, "deficit", "52700000", G, False, "2023-24", "actual", None, R, "The trust ended 2023-24 with a deficit of £52.7m"),
 r(GSTT, "deficit", "45300000", G, False, "2024-25", "planned", None, R, "for a deficit of £45.3m"),
 r(GSTT, "bailout", "35000000", G, False, "2024-25", "planned", None, R, "That plan assumes £35m of deficit support from NHS England"),
 r(GSTT, "deficit", "29600000", G, False, "2024-25", "actual", "July", R, "the trust reported a year-to-date deficit of £29.6m"),
 r(GSTT, "savings_required", "149000000", G, False, "2024-25", "target", None, R, "The trust's cost improvement target for 2024-25 stands at £149m"),
 r(GSTT, "savings_required", "5.3", P, False, "2024-25", "target", None, O, "equivalent to 5.3 per cent of its operating costs"),
 r(GSTT, "savings_required", "98000000", G, False, "2024-25", "planned", "July", O, "By the end of July £98m of schemes had been identified"),
 r(GSTT, "savings_gap", "41000000", G, False, "2024-25", "forecast", "July", O, "of which £41m were rated high risk"),
 r(GSTT, "savings_gap", "51000000", G, False, "2024-25", "actual", "July", R, "The remaining £51m has not yet been matched to named schemes"),
],
"b04_trusts_deficits_broadsheet.txt": [
 r(PROV, "deficit", "1200000000", G, False, "2024-25", "actual", None, O, "Last year NHS providers in England recorded a combined deficit of £1.2bn"),
 r(CHR, "deficit", "8700000", G, False, "2025-26", "forecast", None, R, "Its latest forecast is a deficit of £8.7m for the year"),
 r(CHR, "deficit", "0", G, False, "2025-26", "planned", None, O, "having planned to break even"),
 r(CHR, "savings_required", "21000000", G, False, "2025-26", "target", None, R, "The trust must save £21m"),
 r(CHR, "savings_required", "6", P, True, "2025-26", "target", None, O, "roughly 6 per cent of its costs"),
 r(BCH, "deficit", "2100000", G, False, "2025-26", "actual", "August", R, "was £2.1m in deficit after five months"),
 r(BCH, "deficit", "4500000", G, False, "2025-26", "forecast", None, R, "expects to end the year £4.5m in the red"),
 r(SABP, "budget", "330000000", G, True, "2025-26", None, None, R, "has a budget of around £330m"),
 r(SABP, "savings_gap", "6300000", G, False, "2025-26", "actual", None, R, "a £6.3m gap"),
 r(SABP, "savings_required", "19800000", G, False, "2025-26", "target", None, R, "its £19.8m savings programme"),
 r(SABP, "deficit", "3900000", G, False, "2025-26", "forecast", None, R, "on track for a £3.9m deficit at the year end"),
],
"b05_swansea_bay_audit_wales.txt": [
 r(SBUHB, "deficit", "80300000", G, False, "2022-23", "actual", None, R, "a cumulative deficit of £80.3m over the three years to 2022-23"),
 r(SBUHB, "deficit", "24400000", G, False, "2022-23", "actual", None, R, "The board recorded a deficit of £24.4m in 2022-23 alone"),
 r(SBUHB, "deficit", "57900000", G, False, "2023-24", "forecast", None, R, "forecasting a year-end deficit of £57.9m for 2023-24"),
 r(SBUHB, "deficit", "43800000", G, False, "2023-24", "target", None, R, "set the board a target of reducing that to £43.8m"),
 r(SBUHB, "bailout", "25000000", G, False, "2022-23", "actual", None, R, "£25m of strategic cash assistance"),
 r(SBUHB, "budget", "1500000000", G, True, "2023-24", None, None, R, "an annual budget of around £1.5 billion"),
 r(SBUHB, "savings_required", "31200000", G, False, "2023-24", "target", None, R, "instructed to save £31.2 million this year"),
 r(SBUHB, "savings_required", "22700000", G, False, "2023-24", "planned", "January", O, "Schemes worth £22.7m have been identified so far"),
 r(SBUHB, "savings_gap", "8500000", G, False, "2023-24", "actual", "January", R, "The remaining £8.5m has no plan behind it"),
 r(SBUHB, "performance_actual", "54", P, False, "2023-24", "actual", "November", R, "In November, 54 per cent of patients started cancer treatment"),
 r(SBUHB, "performance_target", "75", P, False, None, "target", None, R, "The Welsh Government's target is 75 per cent"),
],
"b06_renfrewshire_ijb_budget.txt": [
 r(RIJB, "budget", "301600000", G, False, "2023-24", None, None, R, "approved a budget of £301.6m for 2023/24"),
 r(RIJB, "budget", "191200000", G, False, "2023-24", None, None, O, "£191.2m passed to the board by NHS Greater Glasgow and Clyde"),
 r(RIJB, "budget", "110400000", G, False, "2023-24", None, None, O, "£110.4m from Renfrewshire Council"),
 r(RIJB, "funding_gap", "8400000", G, False, "2023-24", "forecast", None, R, "the board faced a funding gap of £8.4m next year"),
 r(RIJB, "savings_required", "5100000", G, False, "2023-24", "planned", None, R, "Savings of £5.1m have been agreed"),
 r(RIJB, "funding_gap", "6000000", G, True, "2024-25", "forecast", None, O, "another gap of at least £6m in 2024/25"),
 r(RIJB, "overspend", "2700000", G, False, "2022-23", "forecast", "January", R, "a projected overspend of £2.7m in 2022/23 on prescribing"),
 r(RIJB, "overspend", "1200000", G, False, "2022-23", "forecast", None, R, "A further £1.2m overspend is expected on care homes"),
 r(RIJB, "underspend", "910000", G, False, "2021-22", "actual", None, R, "The IJB underspent by £910,000 in 2021/22"),
],
"b07_northern_trust_ni_savings.txt": [
 r(NHSCT, "savings_required", "20000000", G, True, "2019-20", "target", None, O, "a savings target of almost £20m this year"),
 r(NHSCT, "savings_required", "19700000", G, False, "2019-20", "target", None, R, "to find £19.7m of savings in 2019/20"),
 r(NHSCT, "deficit", "0", G, False, "2018-19", "actual", None, O, "it had broken even in 2018/19"),
 r(NHSCT, "bailout", "14000000", G, False, "2018-19", "actual", None, R, "£14m of additional in-year funding from the department"),
 r(NHSCT, "deficit", "11200000", G, False, "2019-20", "forecast", None, R, "the trust faces a deficit of £11.2m by March"),
 r(NHSCT, "budget", "850000000", G, True, "2019-20", None, None, R, "The trust's yearly budget is just over £850m"),
 r(NHSCT, "overspend", "4200000", G, False, "2019-20", "actual", "May", R, "already running £4.2m over budget"),
 r(NHSCT, "performance_actual", "61.3", P, False, "2019-20", "actual", "April", R, "In April, 61.3% of patients attending its emergency departments"),
 r(NHSCT, "performance_target", "95", P, False, None, "target", None, R, "The target is 95%"),
 r(DOHNI, "funding_gap", "100000000", G, False, "2019-20", "forecast", None, O, "it needs £100m more than it has been allocated this year"),
],
"b08_westmorland_furness_budget.txt": [
 r(WFC, "budget", "317200000", G, False, "2025-26", None, None, R, "net revenue budget for 2025/26 will be £317.2m"),
 r(WFC, "savings_required", "18900000", G, False, "2025-26", "target", None, R, "savings and efficiencies of £18.9m over the coming year"),
 r(WFC, "savings_required", "14000000", G, False, "2024-25", "actual", None, O, "the £14m it has taken out since it was created in April 2023"),
 r(WFC, "overspend", "9800000", G, False, "2024-25", "forecast", None, R, "heading for an overspend of £9.8m in 2024/25"),
 r(WFC, "overspend", "5400000", G, False, "2023-24", "actual", None, R, "Last year's overspend was £5.4m"),
 r(WFC, "overspend", "7600000", G, False, "2024-25", "forecast", None, R, "forecast to overspend by £7.6m this year"),
 r(WFC, "overspend", "3100000", G, False, "2024-25", "forecast", None, R, "expected to end the year £3.1m over budget"),
 r(WFC, "funding_gap", "42000000", G, True, "2027-28", "forecast", None, R, "a gap of nearly £42m by 2027/28"),
 r(WFC, "funding_gap", "17300000", G, False, "2026-27", "forecast", None, R, "the shortfall in 2026/27 alone put at £17.3m"),
],
"b09_scas_ambulance_deficit.txt": [
 r(SCAS, "deficit", "11600000", G, False, "2022-23", "forecast", "October", R, "is forecasting a year-end deficit of £11.6m for 2022/23"),
 r(SCAS, "deficit", "0", G, False, "2022-23", "planned", None, O, "The trust had planned to break even"),
 r(SCAS, "surplus", "400000", G, False, "2021-22", "actual", None, R, "a small surplus of £400k in 2021/22"),
 r(SCAS, "savings_required", "9200000", G, False, "2022-23", "target", None, R, "The trust has a savings target of £9.2m this year"),
 r(SCAS, "savings_required", "5800000", G, False, "2022-23", "actual", "October", O, "it had delivered £5.8m"),
 r(SCAS, "savings_gap", "3400000", G, True, "2022-23", "forecast", "October", R, "around £3.4m of the remaining schemes were at risk"),
 r(SCAS, "budget", "290000000", G, True, "2022-23", None, None, R, "which has annual income of about £290m"),
 r(SCAS, "performance_target", "95", P, False, None, "target", None, R, "95 per cent of calls to be answered within 60 seconds"),
 r(SCAS, "performance_actual", "38.7", P, False, "2022-23", "actual", "October", R, "the trust answered 38.7 per cent of calls"),
],
"b10_mid_south_essex_icb_merger.txt": [
 r(MSEICB, "deficit", "48000000", G, False, "2025-26", "forecast", None, R, "the local health system is forecasting a deficit of £48m for 2025/26"),
 r(MSEICB, "deficit", "0", G, False, "2025-26", "planned", None, O, "against a plan to break even"),
 r(MSEFT, "deficit", "39500000", G, False, "2025-26", "forecast", None, R, "is on course for a £39.5m deficit this year"),
 r(MSEFT, "deficit", "61200000", G, False, "2024-25", "actual", None, R, "Its 2024/25 accounts showed a deficit of £61.2m"),
 r(MSEFT, "bailout", "40000000", G, False, "2025-26", "actual", None, R, "The trust has received £40m of deficit support funding this year"),
 r(MSEFT, "savings_required", "92000000", G, False, "2025-26", "target", None, R, "a savings programme of £92m"),
 r(MSEFT, "savings_required", "5.5", P, False, "2025-26", "target", None, O, "equivalent to 5.5 per cent of its costs"),
 r(MSEICB, "budget", "3100000000", G, False, "2025-26", None, None, R, "The ICB's own allocation for 2025/26 is £3.1bn"),
 r(ESXICB, "budget", "5600000000", G, True, "2026-27", None, None, R, "will have an allocation of around £5.6bn in 2026/27"),
 r(ESXICB, "savings_required", "150000000", G, False, "2026-27", "forecast", None, O, "savings of £150m-£180m in its first year"),
 r(ESXICB, "savings_required", "180000000", G, False, "2026-27", "forecast", None, O, "savings of £150m-£180m in its first year"),
 r(MSEFT, "deficit", "100000000", G, True, "2023-24", "actual", None, O, "Two years ago our underlying deficit was well over £100m"),
],
"b11_newham_2011_pct_qipp.txt": [
 r(NUHT, "deficit", "14600000", G, False, "2011-12", "forecast", None, R, "is forecasting a deficit of £14.6m for this financial year"),
 r(NUHT, "deficit", "9800000", G, False, "2010-11", "actual", None, R, "a deficit of £9.8m in 2010/11"),
 r(NUHT, "debt", "23000000", G, False, None, "actual", None, R, "It has built up debts of £23m in loans from the Department of Health"),
 r(NUHT, "savings_required", "12400000", G, False, "2011-12", "target", None, R, "a cost improvement programme of £12.4million this year"),
 r(NUHT, "savings_required", "8", P, True, "2011-12", "target", None, O, "about eight per cent of its spending"),
 r(NUHT, "savings_required", "9100000", G, False, "2011-12", "actual", "August", O, "£9.1m had been achieved"),
 r(NEWPCT, "budget", "520000000", G, False, "2011-12", None, None, R, "has a budget of £520m this year"),
 r(NEWPCT, "savings_required", "26300000", G, False, "2011-12", "target", None, R, "must deliver QIPP savings of £26.3m"),
 r(NHSL, "savings_required", "1500000000", G, False, "2014-15", "target", None, O, "they must between them find £1.5bn by 2014/15"),
 r(NUHT, "performance_actual", "96.2", P, False, "2011-12", "actual", "August", R, "In August, 96.2 per cent of A&E patients"),
 r(NUHT, "performance_target", "95", P, False, None, "target", None, R, "above the 95 per cent standard"),
],
"b12_staffordshire_stp_control_total.txt": [
 r(SSOT, "funding_gap", "500000000", G, True, "2020-21", "forecast", None, O, "a funding gap of more than half a billion pounds by 2020/21"),
 r(SSOT, "funding_gap", "542000000", G, False, "2020-21", "forecast", None, R, "faces a gap of £542m by 2020/21"),
 r(SASCCG, "deficit", "9800000", G, False, "2016-17", "forecast", None, R, "NHS Stafford and Surrounds CCG is forecasting a deficit of £9.8m this year"),
 r(CCCCG, "deficit", "7100000", G, False, "2016-17", "forecast", None, R, "expects to end 2016/17 £7.1m in the red"),
 r(ESCCG, "savings_required", "14000000", G, False, "2017-18", "target", None, R, "make QIPP savings of £14m in 2017/18"),
 r(SESCCG, "savings_required", "18000000", G, True, "2017-18", "target", None, R, "a savings target of around £18m for the same year"),
 r(NSCHT, "required_surplus", "1100000", G, False, "2017-18", "target", None, R, "a £1.1m surplus control total for 2017/18"),
 r(NSCHT, "bailout", "1400000", G, False, "2017-18", "planned", None, O, "eligible for £1.4m of Sustainability and Transformation Fund money"),
 r(NSCHT, "savings_required", "6200000", G, False, "2017-18", "target", None, R, "its cost improvement programme for next year was £6.2m"),
 r(NSCHT, "savings_required", "5", P, True, "2017-18", "target", None, O, "around 5 per cent of its budget"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
