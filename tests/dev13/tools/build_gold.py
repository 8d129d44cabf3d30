#!/usr/bin/env python3
"""Build gold.jsonl for dev13 from the compact table below (modelled on tests/dev12/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

WCC = ("Worcestershire County Council", "council")
WAHT = ("Worcestershire Acute Hospitals NHS Trust", "trust")
AWP = ("Avon and Wiltshire Mental Health Partnership NHS Trust", "trust")
NWAS = ("North West Ambulance Service NHS Trust", "trust")
WVT = ("Wye Valley NHS Trust", "trust")
HCCG = ("NHS Herefordshire CCG", "ccg")
HCC = ("Herefordshire Council", "council")
CCGS = ("CCGs in England", "aggregate")
IJB = ("Aberdeenshire Integration Joint Board", "other")
NHSG = ("NHS Grampian", "health_board")
OX = ("Oxleas NHS Foundation Trust", "trust")
HHFT = ("Hampshire Hospitals NHS Foundation Trust", "trust")
BEX = ("NHS Bexley CCG", "ccg")
BRO = ("NHS Bromley CCG", "ccg")
PHA = ("Public Health Agency", "other")
DOHNI = ("Department of Health (Northern Ireland)", "other")
TOR = ("Torfaen County Borough Council", "council")
PK = ("Perth and Kinross Council", "council")
SWFT = ("South Warwickshire University NHS Foundation Trust", "trust")
TRUSTS = ("NHS trusts in England", "aggregate")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"y01_worcestershire_scrutiny_action_log.txt": [
 r(WCC, "budget", "335900000", G, False, "2019-20", None, None, R, "the net revenue budget Worcestershire County Council proposes for 2019/20 is £335.9m"),
 r(WCC, "overspend", "6400000", G, False, "2018-19", "forecast", "December", R, "adult social care is on course to overspend by £6.4m in 2018/19"),
 r(WCC, "savings_required", "24700000", G, False, "2019-20", "target", None, R, "Savings of £24.7m are required across the council in 2019/20"),
 r(WCC, "savings_required", "8200000", G, False, "2019-20", "target", None, O, "Adult services are expected to contribute £8.2m of that total"),
 r(WCC, "savings_required", "21600000", G, False, "2019-20", "actual", None, O, "Proposals worth £21.6m have been identified"),
 r(WCC, "savings_gap", "3100000", G, False, "2019-20", "actual", None, R, "so £3.1m of savings remains unidentified"),
 r(WCC, "funding_gap", "55000000", G, True, "2021-22", "forecast", None, R, "a funding gap of around £55m by 2021/22"),
 r(WAHT, "deficit", "47500000", G, False, "2018-19", "forecast", None, R, "Worcestershire Acute Hospitals NHS Trust expects to end 2018/19 with a deficit of £47.5m"),
 r(WAHT, "performance_actual", "76.8", P, False, "2018-19", "actual", "December", R, "the trust had seen 76.8% of patients within four hours in December"),
 r(WCC, "savings_required", "8200000", G, False, "2019-20", "target", None, O, "a breakdown of the £8.2m adult services savings"),
 r(WCC, "savings_gap", "3100000", G, False, "2019-20", "actual", None, O, "the £3.1m of savings not yet found"),
],
"y02_awp_union_branch_bulletin.txt": [
 r(AWP, "savings_required", "11200000", G, False, "2017-18", "target", None, R, "the trust has to find £11.2m of cost improvements this year"),
 r(AWP, "deficit", "3800000", G, False, "2016-17", "actual", None, R, "AWP's 2016/17 accounts show a deficit of £3.8m"),
 r(AWP, "budget", "250000000", G, True, "2017-18", None, None, R, "Its income is about £250m a year"),
 r(AWP, "required_surplus", "1400000", G, False, "2017-18", "target", None, R, "control total for the trust is a £1.4m surplus"),
 r(AWP, "savings_required", "11200000", G, False, "2017-18", "target", None, O, "The £11.2m cost improvement programme is roughly 4.5 per cent"),
 r(AWP, "savings_required", "4.5", P, True, "2017-18", "target", None, O, "The £11.2m cost improvement programme is roughly 4.5 per cent"),
 r(AWP, "overspend", "2900000", G, False, "2017-18", "actual", "July", R, "Spending on out-of-area beds is running £2.9m over budget"),
 r(AWP, "performance_target", "95", P, False, None, "target", None, R, "The target is that 95 per cent of people discharged"),
 r(AWP, "performance_actual", "93.4", P, False, "2017-18", "actual", "June", R, "In June the trust managed 93.4 per cent"),
],
"y03_nwas_radio_phone_in.txt": [
 r(NWAS, "budget", "450000000", G, True, "2023-24", None, None, R, "the trust's budget this year is just over £450m"),
 r(NWAS, "deficit", "0", G, False, "2022-23", "actual", None, O, "It broke even last year, 2022/23"),
 r(NWAS, "savings_required", "17300000", G, False, "2023-24", "target", None, R, "the service has to save £17.3m in 2023/24"),
 r(NWAS, "budget", "450000000", G, True, "2023-24", None, None, O, "Our presenter worked out that £450m"),
 r(NWAS, "deficit", "5900000", G, False, "2023-24", "forecast", "August", R, "the latest forecast, at the end of August, was a deficit of £5.9m for the year"),
 r(NWAS, "deficit", "0", G, False, "2023-24", "planned", None, O, "The plan is still to get back to break-even by March"),
 r(NWAS, "savings_required", "17300000", G, False, "2023-24", "target", None, O, "Of the £17.3m of savings"),
 r(NWAS, "savings_required", "12800000", G, False, "2023-24", "actual", "August", O, "£12.8m had been found by the end of August"),
 r(NWAS, "savings_gap", "4500000", G, False, "2023-24", "actual", "August", R, "leaving £4.5m without a plan behind it"),
 r(NWAS, "performance_target", "95", P, False, None, "target", None, R, "The service's target is to pick up 95 per cent of 999 calls within five seconds"),
 r(NWAS, "performance_actual", "88.1", P, False, "2023-24", "actual", "September", R, "it had managed 88.1 per cent in September"),
],
"y04_herefordshire_week_in_numbers.txt": [
 r(WVT, "deficit", "14600000", G, False, "2014-15", "forecast", None, R, "£14.6m\nThe deficit Wye Valley NHS Trust now expects for 2014/15"),
 r(WVT, "deficit", "11900000", G, False, "2014-15", "forecast", "September", R, "At the end of September the trust was forecasting £11.9m"),
 r(WVT, "performance_actual", "91.5", P, False, "2014-15", "actual", "October", R, "91.5%\nThe share of A&E patients the trust saw within four hours in October"),
 r(WVT, "performance_target", "95", P, False, None, "target", None, R, "The standard is 95%"),
 r(HCCG, "savings_required", "4800000", G, False, "2014-15", "target", None, R, "£4.8million\nThe savings NHS Herefordshire CCG has to make this year"),
 r(HCCG, "savings_gap", "1300000", G, False, "2014-15", "forecast", None, R, "schemes worth £1.3m are \"red-rated\", meaning they are unlikely to deliver"),
 r(CCGS, "required_surplus", "1", P, False, "2014-15", "target", None, O, "One per cent\nThe surplus every CCG is expected to hold"),
 r(HCCG, "required_surplus", "1", P, False, "2014-15", "target", None, O, "One per cent\nThe surplus every CCG is expected to hold"),
 r(HCCG, "required_surplus", "2100000", G, True, "2014-15", "target", None, R, "For Herefordshire that is about £2.1m"),
 r(HCC, "budget", "152300000", G, False, "2015-16", None, None, R, "£152.3m\nThe net budget Herefordshire Council is proposing for 2015/16"),
 r(HCC, "savings_required", "33000000", G, False, "2016-17", "target", None, R, "£33m\nThe savings the council says it must find over the three years to 2016/17"),
],
"y05_aberdeenshire_ijb_budget.txt": [
 r(IJB, "savings_gap", "3500000", G, False, "2020-21", "actual", None, O, "Aberdeenshire care partnership sets budget with £3.5m still to find"),
 r(IJB, "savings_gap", "3500000", G, False, "2020-21", "actual", None, O, "£3.5m of the savings needed to balance it have yet to be identified"),
 r(IJB, "budget", "390400000", G, False, "2020-21", None, None, R, "Members approved a budget of £390.4m for 2020/21"),
 r(IJB, "budget", "251600000", G, False, "2020-21", None, None, O, "NHS Grampian is contributing £251.6m"),
 r(IJB, "budget", "138800000", G, False, "2020-21", None, None, O, "Aberdeenshire Council is contributing £138.8m"),
 r(NHSG, "savings_required", "37000000", G, False, "2020-21", "target", None, R, "NHS Grampian, which has to save £37m across the whole of its own budget this year"),
 r(IJB, "funding_gap", "9700000", G, False, "2020-21", "forecast", None, R, "the IJB faced a funding gap of £9.7m for 2020/21"),
 r(IJB, "savings_required", "6200000", G, False, "2020-21", "planned", None, O, "savings proposals totalling £6.2m"),
 r(IJB, "savings_gap", "3500000", G, False, "2020-21", "actual", None, R, "That leaves £3.5m of savings that have yet to be identified"),
 r(IJB, "overspend", "2400000", G, False, "2019-20", "forecast", "January", R, "The partnership is forecast to overspend by £2.4m in 2019/20"),
],
"y06_oxleas_annual_report_foreword.txt": [
 r(OX, "surplus", "4700000", G, False, "2012-13", "actual", None, R, "We delivered a surplus of £4.7 million"),
 r(OX, "budget", "253600000", G, False, "2012-13", None, None, R, "on income of £253.6 million"),
 r(OX, "surplus", "5200000", G, False, "2012-13", "planned", None, R, "the trust had planned for £5.2m"),
 r(OX, "savings_required", "13200000", G, False, "2012-13", "target", None, R, "Our cost improvement target for the year was £13.2 million"),
 r(OX, "savings_required", "11900000", G, False, "2012-13", "actual", None, O, "we delivered £11.9 million of that"),
 r(OX, "savings_gap", "1300000", G, False, "2012-13", "actual", None, R, "that is a shortfall of £1.3m"),
 r(OX, "performance_actual", "97.2", P, False, "2012-13", "actual", None, R, "Our community teams follow up 97.2 per cent of people within seven days"),
 r(OX, "performance_target", "95", P, False, None, "target", None, R, "comfortably above the 95 per cent national standard"),
 r(OX, "surplus", "3000000", G, False, "2013-14", "planned", None, R, "Our plan for 2013/14 is a surplus of £3.0 million"),
 r(OX, "savings_required", "12400000", G, False, "2013-14", "target", None, R, "we must deliver savings of £12.4 million"),
 r(OX, "savings_required", "4", P, True, "2013-14", "target", None, O, "equivalent to about 4 per cent of our costs"),
 r(OX, "savings_required", "24000000", G, True, None, "target", None, O, "efficiency savings of more than £24m over the two years"),
],
"y07_hampshire_hospitals_recovery_plan.txt": [
 r(HHFT, "deficit", "9600000", G, False, "2025-26", "planned", None, R, "The plan agreed in March was for a deficit of £9.6m in 2025/26"),
 r(HHFT, "bailout", "22500000", G, False, "2025-26", "planned", None, R, "after £22.5m of deficit support"),
 r(HHFT, "deficit", "21300000", G, False, "2025-26", "forecast", "August", R, "the trust was forecasting a deficit of £21.3m for the year"),
 r(HHFT, "savings_required", "34800000", G, False, "2025-26", "target", None, R, "The original cost improvement target for 2025/26 is £34.8m"),
 r(HHFT, "savings_required", "4.8", P, False, "2025-26", "target", None, O, "equivalent to 4.8 per cent of the trust's operating costs"),
 r(HHFT, "savings_required", "11700000", G, False, "2025-26", "target", None, R, "The recovery plan asks for additional actions worth £11.7m"),
 r(HHFT, "savings_required", "4200000", G, False, "2025-26", "target", None, O, "| Temporary staffing | £4.2m | £3.1m | Amber |"),
 r(HHFT, "savings_required", "3100000", G, False, "2025-26", "actual", "August", O, "| Temporary staffing | £4.2m | £3.1m | Amber |"),
 r(HHFT, "savings_required", "2600000", G, False, "2025-26", "target", None, O, "| Theatre productivity | £2.6m | £2.6m | Green |"),
 r(HHFT, "savings_required", "2600000", G, False, "2025-26", "actual", "August", O, "| Theatre productivity | £2.6m | £2.6m | Green |"),
 r(HHFT, "savings_required", "1900000", G, False, "2025-26", "target", None, O, "| Procurement and non-pay | £1.9m | £0.8m | Red |"),
 r(HHFT, "savings_required", "800000", G, False, "2025-26", "actual", "August", O, "| Procurement and non-pay | £1.9m | £0.8m | Red |"),
 r(HHFT, "savings_required", "3000000", G, False, "2025-26", "target", None, O, "| Corporate services | £3.0m | £1.7m | Amber |"),
 r(HHFT, "savings_required", "1700000", G, False, "2025-26", "actual", "August", O, "| Corporate services | £3.0m | £1.7m | Amber |"),
 r(HHFT, "savings_required", "11700000", G, False, "2025-26", "target", None, O, "| Total | £11.7m | £8.2m | |"),
 r(HHFT, "savings_required", "8200000", G, False, "2025-26", "actual", "August", O, "| Total | £11.7m | £8.2m | |"),
 r(HHFT, "savings_gap", "3500000", G, False, "2025-26", "actual", "August", R, "That leaves £3.5m of recovery actions still to be identified"),
 r(HHFT, "performance_actual", "73.4", P, False, "2025-26", "actual", "August", R, "In August the trust saw 73.4% of its A&E patients inside four hours"),
 r(HHFT, "performance_target", "78", P, False, None, "target", None, R, "The national standard for March 2026 is 78%"),
 r(HHFT, "savings_gap", "3500000", G, False, "2025-26", "actual", "August", O, "note the £3.5m still to be found"),
],
"y08_bexley_bromley_two_ccgs.txt": [
 r(BRO, "budget", "431200000", G, False, "2015-16", None, None, R, "Its allocation for 2015/16 is £431.2 million"),
 r(BEX, "budget", "283500000", G, False, "2015-16", None, None, R, "against £283.5m for Bexley"),
 r(BRO, "surplus", "4400000", G, False, "2014-15", "forecast", None, R, "Bromley expects to finish 2014/15 with a surplus of £4.4m"),
 r(CCGS, "required_surplus", "1", P, False, "2014-15", "target", None, O, "the one per cent every CCG is asked to hold"),
 r(BEX, "deficit", "3600000", G, False, "2014-15", "forecast", "January", R, "Bexley, by contrast, is forecasting a deficit of £3.6m for 2014/15"),
 r(BRO, "surplus", "4300000", G, False, "2015-16", "planned", None, R, "Bromley's plan is for a surplus of £4.3m in 2015/16"),
 r(BRO, "savings_required", "14600000", G, False, "2015-16", "target", None, R, "it needs QIPP savings of £14.6m"),
 r(BRO, "savings_gap", "2200000", G, False, "2015-16", "actual", None, R, "it has yet to identify £2.2m of them"),
 r(BEX, "deficit", "0", G, False, "2015-16", "planned", None, O, "Bexley's plan for 2015/16 is to break even"),
 r(BEX, "savings_required", "9800000", G, False, "2015-16", "target", None, R, "Its QIPP target is £9.8m"),
 r(BEX, "savings_required", "3.5", P, True, "2015-16", "target", None, O, "or about 3.5 per cent of its allocation"),
 r(BRO, "budget", "431200000", G, False, "2015-16", None, None, O, "- Allocation 2015/16: Bromley £431.2m; Bexley £283.5m."),
 r(BEX, "budget", "283500000", G, False, "2015-16", None, None, O, "- Allocation 2015/16: Bromley £431.2m; Bexley £283.5m."),
 r(BRO, "surplus", "4400000", G, False, "2014-15", "forecast", None, O, "- 2014/15 position: Bromley surplus £4.4m; Bexley deficit £3.6m."),
 r(BEX, "deficit", "3600000", G, False, "2014-15", "forecast", None, O, "- 2014/15 position: Bromley surplus £4.4m; Bexley deficit £3.6m."),
 r(BRO, "surplus", "4300000", G, False, "2015-16", "planned", None, O, "- 2015/16 plan: Bromley surplus £4.3m; Bexley break even."),
 r(BEX, "deficit", "0", G, False, "2015-16", "planned", None, O, "- 2015/16 plan: Bromley surplus £4.3m; Bexley break even."),
 r(BRO, "savings_required", "14600000", G, False, "2015-16", "target", None, O, "- QIPP 2015/16: Bromley £14.6m (£2.2m unidentified); Bexley £9.8m."),
 r(BRO, "savings_gap", "2200000", G, False, "2015-16", "actual", None, O, "- QIPP 2015/16: Bromley £14.6m (£2.2m unidentified); Bexley £9.8m."),
 r(BEX, "savings_required", "9800000", G, False, "2015-16", "target", None, O, "- QIPP 2015/16: Bromley £14.6m (£2.2m unidentified); Bexley £9.8m."),
],
"y09_ni_public_health_agency_cuts.txt": [
 r(PHA, "savings_required", "6800000", G, False, "2022-23", "target", None, O, "Screening and prevention work at risk as health agency told to cut £6.8m"),
 r(PHA, "savings_required", "6800000", G, False, "2022-23", "target", None, R, "was told to make savings of £6.8m before the end of March"),
 r(PHA, "savings_required", "5.2", P, False, "2022-23", "target", None, O, "The cut is equivalent to 5.2 per cent of what the agency spends each year"),
 r(PHA, "budget", "130000000", G, True, "2022-23", None, None, R, "It has a budget of around £130m for 2022/23"),
 r(PHA, "budget", "45000000", G, False, "2021-22", None, None, O, "the organisation was also paid £45m of ring-fenced money"),
 r(PHA, "underspend", "900000", G, False, "2021-22", "actual", None, R, "the agency finished 2021/22 with an underspend of £900,000"),
 r(PHA, "overspend", "2100000", G, False, "2022-23", "forecast", "August", R, "it is now forecasting an overspend of £2.1m"),
 r(PHA, "performance_target", "60", P, False, None, "target", None, R, "Its target is for 60 per cent of those invited to complete a bowel screening kit"),
 r(PHA, "performance_actual", "57.3", P, False, None, "actual", "June", R, "In the year to June, uptake was 57.3 per cent"),
 r(DOHNI, "funding_gap", "400000000", G, True, "2022-23", "forecast", None, O, "a funding gap in the region of £400m"),
],
"y10_torfaen_budget_consultation.txt": [
 r(TOR, "budget", "204600000", G, False, "2024-25", None, None, R, "the net revenue budget it proposes for 2024/25 comes to £204.6m"),
 r(TOR, "budget", "63100000", G, False, "2024-25", None, None, O, "Of the total, £63.1m is passed directly to schools"),
 r(TOR, "savings_required", "11200000", G, False, "2024-25", "target", None, R, "To balance the books the council says it must save £11.2m in 2024/25"),
 r(TOR, "savings_required", "7400000", G, False, "2024-25", "planned", None, O, "Proposals worth £7.4m are listed in the consultation pack"),
 r(TOR, "savings_gap", "3800000", G, False, "2024-25", "actual", None, R, "leaving £3.8m still to find"),
 r(TOR, "funding_gap", "26000000", G, True, "2026-27", "forecast", None, R, "the gap over the next three years could be around £26m"),
 r(TOR, "overspend", "5300000", G, False, "2023-24", "forecast", "December", R, "the council expects an overspend of £5.3m in 2023/24"),
 r(TOR, "savings_required", "7400000", G, False, "2024-25", "planned", None, O, "with the full £7.4m of savings"),
],
"y11_perth_kinross_budget_preview.txt": [
 r(PK, "budget", "327500000", G, False, "2012-13", None, None, R, "a net revenue budget of £327.5m for 2012/13"),
 r(PK, "savings_required", "8900000", G, False, "2012-13", "target", None, R, "the council must save £8.9m in 2012/13"),
 r(PK, "savings_required", "24300000", G, False, "2014-15", "target", None, R, "£24.3m over the three years to 2014/15"),
 r(PK, "funding_gap", "6100000", G, False, "2013-14", "forecast", None, R, "the papers project a funding gap of £6.1m in 2013/14"),
 r(PK, "underspend", "1200000", G, False, "2011-12", "forecast", "December", R, "the council expects to underspend by £1.2m in 2011/12"),
 r(PK, "performance_actual", "88", P, False, None, "actual", None, R, "the report says 88 per cent of people assessed as needing a care package received it within six weeks last year"),
 r(PK, "performance_target", "90", P, False, None, "target", None, R, "against the council's own target of 90 per cent"),
],
"y12_south_warwickshire_myth_buster.txt": [
 r(SWFT, "deficit", "4200000", G, False, "2024-25", "actual", None, R, "Our 2024/25 accounts show a deficit of £4.2m"),
 r(SWFT, "bailout", "9100000", G, False, "2024-25", "actual", None, R, "we received £9.1m of deficit support in 2024/25 from the NHS"),
 r(SWFT, "deficit", "0", G, False, "2025-26", "planned", None, O, "For 2025/26 we planned to break even"),
 r(SWFT, "deficit", "6700000", G, False, "2025-26", "forecast", "December", R, "At the end of December it was forecasting a deficit of £6.7m for 2025/26"),
 r(SWFT, "budget", "400000000", G, True, "2025-26", None, None, R, "Our income is nearly £400m a year"),
 r(SWFT, "savings_required", "19800000", G, False, "2025-26", "target", None, R, "This year we must deliver savings of £19.8m"),
 r(SWFT, "savings_required", "5", P, True, "2025-26", "target", None, O, "about 5 per cent of our costs"),
 r(SWFT, "savings_required", "14100000", G, False, "2025-26", "actual", "December", O, "By the end of December £14.1m had been delivered"),
 r(SWFT, "savings_gap", "5700000", G, False, "2025-26", "actual", "December", R, "that leaves a gap of £5.7m"),
 r(SWFT, "performance_actual", "76.2", P, False, "2025-26", "actual", "January", R, "In January we saw 76.2% of patients in our emergency department within four hours"),
 r(SWFT, "performance_target", "78", P, False, None, "target", None, R, "The standard the NHS has set for March 2026 is 78%"),
 r(TRUSTS, "bailout", "1200000000", G, True, "2024-25", "actual", None, O, "NHS trusts were given around £1.2bn of deficit support last year"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
