#!/usr/bin/env python3
"""Build gold.jsonl for dev10 from the compact table below (modelled on tests/dev9/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

NMUH = ("North Middlesex University Hospital NHS Trust", "trust")
GHT = ("Gloucestershire Hospitals NHS Foundation Trust", "trust")
GCC = ("Gloucestershire County Council", "council")
GCCG = ("NHS Gloucestershire CCG", "ccg")
CUH = ("Cambridge University Hospitals NHS Foundation Trust", "trust")
CPSTP = ("Cambridgeshire and Peterborough STP", "ics")
FHFT = ("Frimley Health NHS Foundation Trust", "trust")
FICB = ("NHS Frimley Integrated Care Board", "icb")
FAGG = ("NHS in Frimley", "aggregate")
ORK = ("NHS Orkney", "health_board")
IACC = ("Isle of Anglesey County Council", "council")
NIAS = ("Northern Ireland Ambulance Service Health and Social Care Trust", "hsc_trust")
LTHT = ("Leeds Teaching Hospitals NHS Trust", "trust")
CUMB = ("Cumbria County Council", "council")
CUMCCG = ("NHS Cumbria CCG", "ccg")
HDFT = ("Harrogate and District NHS Foundation Trust", "trust")
NDCCG = ("NHS North Derbyshire CCG", "ccg")
HWEICB = ("NHS Hertfordshire and West Essex Integrated Care Board", "icb")
HWEICS = ("Hertfordshire and West Essex ICS", "ics")
ENHT = ("East and North Hertfordshire Teaching NHS Trust", "trust")
HPFT = ("Hertfordshire Partnership University NHS Foundation Trust", "trust")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"v01_north_middlesex_written_answer.txt": [
 r(NMUH, "deficit", "3900000", G, False, "2012-13", "actual", None, R, "reported a deficit of £3.9 million in 2012-13"),
 r(NMUH, "budget", "212000000", G, False, "2012-13", None, None, R, "on a turnover of £212 million"),
 r(NMUH, "deficit", "6400000", G, False, "2013-14", "planned", None, R, "is for a deficit of £6.4 million"),
 r(NMUH, "deficit", "0", G, False, "2015-16", "planned", None, O, "The trust expects to return to break-even in 2015-16"),
 r(NMUH, "savings_required", "13500000", G, False, "2013-14", "target", None, R, "The cost improvement programme for 2013-14 is £13.5 million"),
 r(NMUH, "savings_required", "4.6", P, False, "2013-14", "target", None, O, "equivalent to 4.6 per cent of operating expenditure"),
 r(NMUH, "bailout", "5000000", G, False, "2011-12", "actual", None, R, "£5 million of temporary revenue support in 2011-12"),
 r(NMUH, "bailout", "7500000", G, False, "2012-13", "actual", None, R, "and £7.5 million in 2012-13"),
 r(NMUH, "debt", "10000000", G, False, None, "actual", None, R, "The trust's outstanding borrowing from the Department now stands at £10 million"),
 r(NMUH, "performance_actual", "93.2", P, False, "2013-14", "actual", "June", R, "93.2 per cent of patients attending the trust's accident and emergency department in the quarter to June 2013 left the department, whether admitted, transferred or discharged, inside four hours"),
 r(NMUH, "performance_target", "95", P, False, None, "target", None, R, "The operational standard is 95 per cent"),
],
"v02_gloucestershire_year_in_review.txt": [
 r(GHT, "deficit", "28100000", G, False, "2018-19", "forecast", "January", R, "forecasting in January a deficit of £28.1m for 2018/19"),
 r(GCC, "budget", "460700000", G, False, "2019-20", "planned", None, R, "agreed a budget of £460.7m for 2019/20"),
 r(GCC, "overspend", "5000000", G, True, "2018-19", "forecast", None, R, "adult social care was heading for an overspend of nearly £5m"),
 r(GHT, "deficit", "24600000", G, False, "2018-19", "actual", None, R, "the hospitals trust had ended 2018/19 £24.6 million in the red"),
 r(GHT, "bailout", "9300000", G, False, "2018-19", "actual", None, R, "helped by £9.3m of provider sustainability funding that it qualified for in the final quarter"),
 r(GHT, "deficit", "6300000", G, False, "2019-20", "target", None, R, "a control total of a £6.3m deficit for 2019/20"),
 r(GCCG, "budget", "917000000", G, False, "2019-20", None, None, R, "an allocation of £917m"),
 r(GCCG, "savings_required", "19400000", G, False, "2019-20", "target", None, R, "a savings programme of £19.4m"),
 r(GHT, "performance_actual", "79.6", P, False, "2019-20", "actual", "October", R, "In October just 79.6 per cent of people who came to the emergency departments at Gloucestershire Royal and Cheltenham General were seen and then admitted or discharged in under four hours"),
 r(GCCG, "savings_gap", "3200000", G, False, "2019-20", "actual", "November", R, "By the end of November the CCG reported a £3.2m shortfall against its QIPP target"),
 r(GHT, "deficit", "25000000", G, True, "2018-19", "actual", None, O, "Having come in at almost £25m in deficit last year"),
 r(GHT, "deficit", "6300000", G, False, "2019-20", "target", None, O, "it must now hit its £6.3m target"),
],
"v03_cambridge_broadsheet_analysis.txt": [
 r(CUH, "deficit", "119000000", G, False, "2016-17", "forecast", None, O, "Addenbrooke's and the £119m question: how a celebrated hospital lost control of its money"),
 r(CUH, "deficit", "118600000", G, False, "2016-17", "forecast", None, R, "now puts at £118.6m"),
 r(CUH, "budget", "800000000", G, True, "2016-17", None, None, R, "a turnover which, at a little over £800m"),
 r(CUH, "deficit", "35600000", G, False, "2016-17", "target", None, R, "to hold its deficit to £35.6m"),
 r(CUH, "savings_required", "42000000", G, False, "2016-17", "target", None, R, "a savings programme, set this year at £42m"),
 r(CUH, "savings_required", "5", P, True, "2016-17", "target", None, O, "roughly 5 per cent of turnover"),
 r(CUH, "savings_required", "27900000", G, False, "2016-17", "actual", "January", O, "By the end of January only £27.9m of those savings had been delivered"),
 r(CUH, "savings_gap", "14100000", G, False, "2016-17", "actual", "January", R, "leaving a gap of £14.1m"),
 r(CUH, "deficit", "60000000", G, True, "2017-18", "planned", None, R, "envisages a deficit of between £60m and £75m"),
 r(CUH, "deficit", "75000000", G, True, "2017-18", "planned", None, R, "envisages a deficit of between £60m and £75m"),
 r(CPSTP, "funding_gap", "250000000", G, False, "2020-21", "forecast", None, R, "face a combined funding gap of £250m by 2020/21"),
],
"v04_frimley_business_desk.txt": [
 r(FAGG, "deficit", "42000000", G, False, "2023-24", "forecast", None, O, "Frimley health chiefs face £42m black hole as hospital group plunges deeper into the red"),
 r(FHFT, "budget", "1000000000", G, True, "2023-24", None, None, R, "turns over more than £1bn a year"),
 r(FHFT, "deficit", "24500000", G, False, "2023-24", "forecast", None, R, "now expects to finish 2023/24 £24.5m in the red"),
 r(FHFT, "deficit", "6000000", G, False, "2023-24", "planned", None, R, "Its plan, agreed in the spring, was a deficit of £6m"),
 r(FICB, "deficit", "17800000", G, False, "2023-24", "forecast", None, R, "is forecasting an overspend of £17.8m on its allocation"),
 r(FICB, "budget", "1630000000", G, False, "2023-24", None, None, R, "its allocation of £1.63 billion"),
 r(FICB, "deficit", "0", G, False, "2023-24", "planned", None, O, "having set out to break even"),
 r(FAGG, "deficit", "42300000", G, False, "2023-24", "forecast", None, O, "a combined shortfall of £42.3m"),
 r(FICB, "overspend", "4600000", G, False, "2023-24", "actual", "September", O, "The ICB's prescribing bill alone was running £4.6m over budget by the end of September"),
 r(FHFT, "savings_required", "38400000", G, False, "2023-24", "target", None, R, "The trust's efficiency target for the year is £38.4m"),
 r(FHFT, "savings_required", "29000000", G, False, "2023-24", "planned", None, O, "it has so far found schemes worth £29m"),
 r(FHFT, "savings_gap", "9400000", G, False, "2023-24", "actual", None, R, "a shortfall of £9.4m"),
 r(FHFT, "bailout", "15000000", G, False, "2023-24", "planned", None, R, "asked NHS England for a cash injection of £15m"),
],
"v05_orkney_finance_director_interview.txt": [
 r(ORK, "deficit", "0", G, False, "2017-18", "actual", None, O, "We broke even, but only because the Scottish Government gave us £2.1m of brokerage in March"),
 r(ORK, "bailout", "2100000", G, False, "2017-18", "actual", None, R, "We broke even, but only because the Scottish Government gave us £2.1m of brokerage in March"),
 r(ORK, "budget", "52000000", G, True, "2018-19", None, None, R, "Our revenue budget is about £52m"),
 r(ORK, "savings_required", "3400000", G, False, "2018-19", "target", None, R, "We need to save £3.4m in 2018/19"),
 r(ORK, "savings_required", "6.5", P, False, "2018-19", "target", None, O, "That's six and a half per cent of our budget"),
 r(ORK, "savings_required", "1800000", G, False, "2018-19", "planned", None, O, "We have identified £1.8m of schemes so far"),
 r(ORK, "savings_gap", "1600000", G, False, "2018-19", "actual", None, R, "That leaves £1.6m we can't yet put a name to"),
 r(ORK, "deficit", "900000", G, False, "2018-19", "forecast", None, R, "we are forecasting an overspend of £0.9m for the year"),
 r(ORK, "performance_actual", "98.4", P, False, "2018-19", "actual", "May", R, "In May our emergency department dealt with 98.4 per cent of its patients inside four hours"),
 r(ORK, "performance_target", "95", P, False, None, "target", None, R, "the Scottish standard is 95 per cent"),
],
"v06_anglesey_council_budget.txt": [
 r(IACC, "budget", "142300000", G, False, "2020-21", "planned", None, O, "Anglesey agrees £142.3m budget as social care costs climb / Cyllideb Ynys Môn"),
 r(IACC, "budget", "142300000", G, False, "2020-21", "planned", None, R, "The council agreed a net revenue budget of £142.3m for 2020/21"),
 r(IACC, "funding_gap", "2400000", G, False, "2020-21", "forecast", None, R, "officers had identified a funding gap of £2.4m for the year"),
 r(IACC, "savings_required", "1100000", G, False, "2020-21", "planned", None, R, "Savings of £1.1 million have been approved"),
 r(IACC, "overspend", "1300000", G, False, "2019-20", "forecast", None, R, "adult social care is expected to overspend by £1.3m this year"),
 r(IACC, "overspend", "2100000", G, False, "2019-20", "forecast", None, R, "Children's services are forecast to overspend by £2.1m"),
 r(IACC, "funding_gap", "4000000", G, True, "2021-22", "forecast", None, R, "the gap for 2021/22 could be as much as £4m"),
 r(IACC, "savings_required", "1100000", G, False, "2020-21", "planned", None, O, "with savings of £1.1 million and a council tax rise"),
],
"v07_ni_ambulance_consultation.txt": [
 r(NIAS, "savings_required", "3600000", G, False, "2015-16", "target", None, O, "Ambulance service opens consultation on £3.6m savings plan"),
 r(NIAS, "savings_required", "3600000", G, False, "2015-16", "target", None, R, "to make savings of £3.6m in 2015/16"),
 r(NIAS, "savings_required", "5", P, True, "2015-16", "target", None, O, "this is around 5 per cent of the trust's annual budget"),
 r(NIAS, "budget", "72400000", G, False, "2015-16", None, None, R, "the trust's annual budget of £72.4m"),
 r(NIAS, "surplus", "200000", G, False, "2014-15", "actual", None, R, "The trust ended 2014/15 with a small surplus of £0.2m"),
 r(NIAS, "savings_required", "1100000", G, False, "2015-16", "planned", None, O, "is expected to save £1.1m"),
 r(NIAS, "savings_required", "800000", G, False, "2015-16", "planned", None, O, "would save £0.8m"),
 r(NIAS, "savings_required", "900000", G, False, "2015-16", "planned", None, O, "would save £0.9m"),
 r(NIAS, "savings_required", "2800000", G, False, "2015-16", "planned", None, O, "Together these come to £2.8m"),
 r(NIAS, "savings_gap", "800000", G, False, "2015-16", "actual", None, R, "leaving £0.8m that no proposal yet covers"),
 r(NIAS, "deficit", "500000", G, False, "2015-16", "forecast", None, R, "the trust projects a deficit of £0.5m for the year"),
 r(NIAS, "performance_actual", "61.4", P, False, "2015-16", "actual", "July", R, "In July, 61.4 per cent of Category A calls, those judged immediately life-threatening, were reached inside eight minutes"),
 r(NIAS, "performance_target", "72.5", P, False, None, "target", None, R, "The target is 72.5 per cent"),
],
"v08_leeds_board_five_things.txt": [
 r(LTHT, "deficit", "0", G, False, "2022-23", "planned", None, O, "The trust set a budget this spring that would break even in 2022/23"),
 r(LTHT, "deficit", "23600000", G, False, "2022-23", "forecast", None, R, "the trust is now forecasting a deficit of £23.6m for the year"),
 r(LTHT, "deficit", "9800000", G, False, "2022-23", "actual", "month 5", R, "At the end of month five it was £9.8m in deficit"),
 r(LTHT, "overspend", "6100000", G, False, "2022-23", "actual", "month 5", R, "£6.1m worse than its plan for that point of the year"),
 r(LTHT, "budget", "1700000000", G, True, "2022-23", None, None, R, "The trust's income for the year is expected to be about £1.7bn"),
 r(LTHT, "savings_required", "67000000", G, False, "2022-23", "target", None, R, "The efficiency target for 2022/23 is £67m"),
 r(LTHT, "savings_required", "3.9", P, True, "2022-23", "target", None, O, "about 3.9 per cent of spending"),
 r(LTHT, "savings_gap", "12400000", G, False, "2022-23", "forecast", None, R, "£12.4m is rated high risk"),
 r(LTHT, "performance_actual", "71.2", P, False, "2022-23", "actual", "August", R, "Only 71.2 per cent of people arriving at A&E at St James's and the LGI in August were dealt with inside four hours"),
 r(LTHT, "performance_target", "95", P, False, None, "target", None, R, "The standard is 95 per cent"),
],
"v09_cumbria_leader_budget_speech.txt": [
 r(CUMB, "budget", "392100000", G, False, "2015-16", None, None, R, "Our net budget this year, 2015/16, is £392.1 million"),
 r(CUMB, "budget", "378400000", G, False, "2016-17", "planned", None, R, "Next year this council will spend £378.4 million on services"),
 r(CUMB, "savings_required", "169000000", G, False, None, "actual", None, O, "Since 2011 we have taken £169 million out of our costs"),
 r(CUMB, "savings_required", "24800000", G, False, "2016-17", "target", None, R, "we must make savings of £24.8 million"),
 r(CUMB, "funding_gap", "82500000", G, False, "2019-20", "forecast", None, R, "a budget gap of £82.5 million by 2019/20"),
 r(CUMB, "overspend", "3800000", G, True, "2015-16", "forecast", None, R, "adult social care will overspend by around £3.8 million this year"),
 r(CUMCCG, "deficit", "29000000", G, False, "2015-16", "forecast", None, R, "is itself forecasting a deficit of £29 million this year"),
],
"v10_harrogate_monitor_letter.txt": [
 r(HDFT, "deficit", "1300000", G, False, "2012-13", "actual", "quarter 1", O, "Regulator writes to Harrogate hospital trust after £1.3m first-quarter deficit"),
 r(HDFT, "surplus", "2400000", G, False, "2012-13", "planned", None, R, "The Trust's annual plan for 2012/13 projected a surplus of £2.4m"),
 r(HDFT, "budget", "197600000", G, False, "2012-13", "planned", None, R, "on planned income of £197.6m"),
 r(HDFT, "deficit", "1300000", G, False, "2012-13", "actual", "quarter 1", R, "At the end of quarter 1 the Trust reported a deficit of £1.3m"),
 r(HDFT, "overspend", "1900000", G, False, "2012-13", "actual", "quarter 1", R, "which is £1.9m behind plan"),
 r(HDFT, "deficit", "800000", G, False, "2012-13", "forecast", None, R, "The Trust now forecasts a deficit of £0.8m for the year as a whole"),
 r(HDFT, "savings_required", "8700000", G, False, "2012-13", "target", None, R, "the Trust's cost improvement plan for the year is £8.7m"),
 r(HDFT, "savings_required", "4.4", P, False, "2012-13", "target", None, O, "4.4% of operating expenses"),
 r(HDFT, "savings_gap", "2100000", G, False, "2012-13", "actual", None, R, "of which £2.1m had not been identified at the time of the return"),
],
"v11_north_derbyshire_ccg_minutes.txt": [
 r(NDCCG, "budget", "468200000", G, False, "2014-15", None, None, R, "the CCG's allocation for 2014/15 was £468.2m"),
 r(NDCCG, "required_surplus", "1", P, False, "2014-15", "target", None, O, "required the CCG to deliver a surplus of 1%, equal to £4.7m"),
 r(NDCCG, "required_surplus", "4700000", G, False, "2014-15", "target", None, R, "required the CCG to deliver a surplus of 1%, equal to £4.7m"),
 r(NDCCG, "surplus", "2900000", G, False, "2014-15", "forecast", "month 6", R, "At month 6 the CCG was forecasting a surplus of £2.9m"),
 r(NDCCG, "overspend", "3100000", G, False, "2014-15", "forecast", "month 6", R, "an overspend of £3.1m on acute contracts"),
 r(NDCCG, "overspend", "2200000", G, False, "2014-15", "forecast", "month 6", R, "a forecast overspend of £2.2m on continuing healthcare"),
 r(NDCCG, "savings_required", "13600000", G, False, "2014-15", "target", None, R, "The QIPP target for 2014/15 was £13.6m"),
 r(NDCCG, "savings_required", "9900000", G, False, "2014-15", "actual", "month 6", O, "At month 6, £9.9m had been delivered"),
 r(NDCCG, "savings_required", "11200000", G, False, "2014-15", "forecast", "month 6", O, "The forecast outturn for QIPP delivery was £11.2m"),
 r(NDCCG, "savings_gap", "2400000", G, False, "2014-15", "forecast", "month 6", R, "a shortfall of £2.4m against the target"),
],
"v12_herts_west_essex_thread.txt": [
 r(HWEICB, "deficit", "0", G, False, "2025-26", "planned", None, O, "The ICB itself plans to break even in 2025/26"),
 r(HWEICB, "budget", "3200000000", G, False, "2025-26", None, None, R, "on an allocation of £3.2bn"),
 r(HWEICS, "deficit", "26800000", G, False, "2025-26", "planned", None, R, "has submitted a plan with a deficit of £26.8m"),
 r(HWEICS, "bailout", "21000000", G, False, "2025-26", "planned", None, R, "The system plan assumes £21m of deficit support money from NHS England"),
 r(HWEICS, "savings_required", "182000000", G, False, "2025-26", "target", None, R, "the system needs to find £182m this year"),
 r(HWEICS, "savings_required", "5.6", P, True, "2025-26", "target", None, O, "That's about 5.6% of what it spends"),
 r(ENHT, "deficit", "14900000", G, False, "2025-26", "planned", None, R, "It is planning a deficit of £14.9m for 2025/26"),
 r(ENHT, "savings_required", "31200000", G, False, "2025-26", "target", None, R, "ENHT's own cost improvement programme is £31.2m"),
 r(ENHT, "savings_gap", "8300000", G, False, "2025-26", "actual", None, R, "£8.3m of that is still unidentified"),
 r(ENHT, "performance_actual", "74.1", P, False, "2024-25", "actual", "March", R, "at Lister, 74.1% of A&E patients were seen within 4 hours in March"),
 r(ENHT, "performance_target", "78", P, False, None, "target", None, R, "The national target for March 2026 is 78%"),
 r(HPFT, "deficit", "0", G, False, "2025-26", "planned", None, O, "Hertfordshire Partnership University NHS Foundation Trust, the mental health trust, plans to break even again"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
