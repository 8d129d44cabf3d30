#!/usr/bin/env python3
"""Build gold.jsonl for dev12 from the compact table below (modelled on tests/dev11/tools/build_gold.py).
Row: (org, org_type, metric, value, unit, approx, period, status, as_of, optional, evidence)
Rows are sorted by doc, then by the first position of the evidence in the article."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
G, P = "GBP", "percent"
R, O = False, True   # optional flag: R = required, O = optional

HOM = ("Homerton University Hospital NHS Foundation Trust", "trust")
HACK = ("Hackney Council", "council")
DEV = ("Devon County Council", "council")
LHCH = ("Liverpool Heart and Chest Hospital NHS Foundation Trust", "trust")
WALT = ("The Walton Centre NHS Foundation Trust", "trust")
CLAT = ("The Clatterbridge Cancer Centre NHS Foundation Trust", "trust")
LWH = ("Liverpool Women's NHS Foundation Trust", "trust")
AINT = ("Aintree University Hospital NHS Foundation Trust", "trust")
TRUSTS = ("NHS trusts in England", "aggregate")
HRW = ("NHS Hambleton, Richmondshire and Whitby CCG", "ccg")
NFV = ("NHS Forth Valley", "health_board")
RFL = ("Royal Free London NHS Foundation Trust", "trust")
UCLH = ("University College London Hospitals NHS Foundation Trust", "trust")
GOSH = ("Great Ormond Street Hospital for Children NHS Foundation Trust", "trust")
RNOH = ("Royal National Orthopaedic Hospital NHS Trust", "trust")
CAM = ("NHS Camden CCG", "ccg")
BEL = ("Belfast Health and Social Care Trust", "hsc_trust")
DOHNI = ("Department of Health (Northern Ireland)", "other")
BWC = ("Birmingham Women's and Children's NHS Foundation Trust", "trust")
SWALE = ("NHS Swale CCG", "ccg")
KCHFT = ("Kent Community Health NHS Foundation Trust", "trust")
HDD = ("Hywel Dda University Health Board", "health_board")
SNEE = ("NHS Suffolk and North East Essex Integrated Care Board", "icb")
WSFT = ("West Suffolk NHS Foundation Trust", "trust")
ANG = ("Angus Council", "council")

sys.path.insert(0, os.path.join(HERE, "../../tools"))
import gold  # noqa: E402

r = gold.row

DATA = {
"x01_homerton_letters_page.txt": [
 r(HACK, "savings_required", "25000000", G, False, "2014-15", "target", None, O, "it has to find £25m of savings over the next two years"),
 r(HOM, "savings_required", "8000000", G, False, "2012-13", "target", None, O, "Homerton faces £8m savings squeeze"),
 r(HOM, "savings_required", "14500000", G, False, "2012-13", "target", None, R, "the trust's cost improvement programme for 2012/13 is £14.5million"),
 r(HOM, "savings_required", "8000000", G, False, "2012-13", "target", None, O, "The £8m in your headline is the part of the programme due in the second half of the year"),
 r(HOM, "surplus", "3100000", G, False, "2011-12", "actual", None, R, "the trust ended 2011/12 with a surplus of £3.1m"),
 r(HOM, "budget", "240000000", G, True, "2011-12", None, None, R, "on an income of just under £240m"),
 r(HOM, "surplus", "2500000", G, False, "2012-13", "planned", None, R, "its plan for this year is a surplus of £2.5m"),
 r(HACK, "savings_required", "24600000", G, False, "2014-15", "target", None, R, "puts the savings it must make by 2014/15 at £24.6m"),
 r(HACK, "savings_required", "60000000", G, False, None, "actual", None, O, "after £60m of cuts since 2010"),
 r(HOM, "performance_target", "95", P, False, None, "target", None, R, "hospitals are expected to see 95 per cent of patients within that time"),
 r(HOM, "performance_actual", "96.2", P, False, "2012-13", "actual", "August", R, "in August 96.2 per cent of patients at its emergency department were seen"),
],
"x02_devon_dsg_cabinet_report.txt": [
 r(DEV, "deficit", "100000000", G, True, "2022-23", "forecast", None, O, "Devon's special needs deficit to pass £100m, cabinet told"),
 r(DEV, "deficit", "100000000", G, True, "2022-23", "forecast", None, O, "will pass £100m by the end of this financial year"),
 r(DEV, "deficit", "78400000", G, False, "2021-22", "actual", None, R, "the cumulative deficit on the Dedicated Schools Grant stood at £78.4m on 31 March 2022"),
 r(DEV, "deficit", "106500000", G, False, "2022-23", "forecast", None, R, "the forecast cumulative deficit on the Dedicated Schools Grant of £106.5m at 31 March 2023"),
 r(DEV, "overspend", "8200000", G, False, "2025-26", "planned", None, R, "bring the annual overspend on the high needs block down to £8.2m by 2025/26"),
 r(DEV, "budget", "99600000", G, False, "2022-23", None, None, O, "The council's high needs block allocation for 2022/23 is £99.6m"),
 r(DEV, "overspend", "27600000", G, False, "2022-23", "forecast", None, R, "the high needs block is expected to overspend by £27.6m this year"),
 r(DEV, "deficit", "312000000", G, True, "2026-27", "forecast", None, O, "the cumulative deficit could reach some £312m by 2026/27"),
 r(DEV, "budget", "583400000", G, False, "2022-23", None, None, R, "The net revenue budget agreed for 2022/23 is £583.4m"),
 r(DEV, "overspend", "12300000", G, False, "2022-23", "forecast", "September", R, "the general fund was forecast to overspend by £12.3m"),
 r(DEV, "funding_gap", "40100000", G, False, "2026-27", "forecast", None, R, "a funding gap of £40.1m over the four years to 2026/27"),
 r(DEV, "savings_required", "20400000", G, False, "2023-24", "target", None, R, "savings of £20.4m will be needed in 2023/24 alone"),
],
"x03_liverpool_hospitals_league_table.txt": [
 r(AINT, "deficit", "9700000", G, False, "2015-16", "actual", None, O, "Aintree's £9.7m deficit leaves it bottom of Liverpool's hospital league"),
 r(LHCH, "surplus", "5200000", G, False, "2015-16", "actual", None, R, "Liverpool Heart and Chest Hospital NHS Foundation Trust: surplus £5.2m"),
 r(WALT, "surplus", "3900000", G, False, "2015-16", "actual", None, R, "The Walton Centre NHS Foundation Trust: surplus £3.9m"),
 r(CLAT, "surplus", "1400000", G, False, "2015-16", "actual", None, R, "The Clatterbridge Cancer Centre NHS Foundation Trust: surplus £1.4m"),
 r(LWH, "deficit", "6100000", G, False, "2015-16", "actual", None, R, "Liverpool Women's NHS Foundation Trust: deficit £6.1m"),
 r(AINT, "deficit", "9700000", G, False, "2015-16", "actual", None, R, "Aintree University Hospital NHS Foundation Trust: deficit £9.7m"),
 r(LHCH, "surplus", "3.5", P, False, "2015-16", "actual", None, O, "the surplus works out at 3.5 per cent of income"),
 r(WALT, "surplus", "3000000", G, False, "2015-16", "planned", None, R, "had set itself a planned surplus of £3m"),
 r(LWH, "deficit", "4300000", G, False, "2015-16", "planned", None, R, "overshot its planned deficit of £4.3m"),
 r(LWH, "deficit", "2900000", G, False, "2016-17", "target", None, R, "it has agreed a control total of a £2.9m deficit"),
 r(AINT, "budget", "300000000", G, True, "2015-16", None, None, R, "had a turnover of around £300m last year"),
 r(AINT, "performance_actual", "88.4", P, False, "2015-16", "actual", None, R, "Across the season 88.4 per cent of A&E patients got through in under four hours"),
 r(AINT, "performance_target", "95", P, False, None, "target", None, R, "short of the 95 per cent standard"),
 r(AINT, "savings_required", "14000000", G, False, "2016-17", "target", None, R, "it must find £14m of cost improvements"),
 r(TRUSTS, "deficit", "2450000000", G, False, "2015-16", "actual", None, O, "finished 2015/16 a combined £2.45 billion in the red"),
],
"x04_hambleton_gp_newsletter.txt": [
 r(HRW, "budget", "205000000", G, True, "2018-19", None, None, R, "The CCG receives an allocation of around £205m a year"),
 r(HRW, "deficit", "4900000", G, False, "2017-18", "actual", None, R, "Its 2017/18 accounts closed with a deficit of £4.9million"),
 r(HRW, "deficit", "17100000", G, False, None, "actual", None, O, "its deficits since 2014 add up to £17.1m"),
 r(HRW, "deficit", "3200000", G, False, "2018-19", "planned", None, R, "For 2018/19 the CCG's plan is a deficit of £3.2m"),
 r(HRW, "savings_required", "6700000", G, False, "2018-19", "target", None, R, "to deliver QIPP savings (the NHS's name for quality, innovation, productivity and prevention schemes) of £6.7m"),
 r(HRW, "savings_required", "3.3", P, False, "2018-19", "target", None, O, "which is 3.3 per cent of its budget"),
 r(HRW, "savings_gap", "1900000", G, False, "2018-19", "actual", "July", R, "£1.9m of that still had no firm scheme behind it"),
 r(HRW, "deficit", "3500000", G, True, "2018-19", "forecast", None, R, "a likely year-end deficit of between £3.5m and £4m"),
 r(HRW, "deficit", "4000000", G, True, "2018-19", "forecast", None, R, "a likely year-end deficit of between £3.5m and £4m"),
],
"x05_forth_valley_press_review.txt": [
 r(NFV, "funding_gap", "30000000", G, False, "2019-20", "forecast", None, O, "a £30m 'black hole'"),
 r(NFV, "deficit", "0", G, False, "2018-19", "actual", None, O, "confirmation that it \"broke even\" in 2018/19"),
 r(NFV, "budget", "602400000", G, False, "2018-19", None, None, R, "a revenue resource limit of £602.4m"),
 r(NFV, "savings_required", "21300000", G, False, "2018-19", "actual", None, O, "it delivered £21.3m of savings"),
 r(NFV, "savings_required", "24800000", G, False, "2018-19", "target", None, R, "against a target of £24.8m"),
 r(NFV, "savings_gap", "3500000", G, False, "2018-19", "actual", None, R, "leaving it £3.5m short of what it had promised"),
 r(NFV, "bailout", "9500000", G, False, "2017-18", "actual", None, R, "lent the board £9.5m of brokerage"),
 r(NFV, "debt", "6500000", G, False, None, "actual", None, R, "it still owes £6.5m"),
 r(NFV, "funding_gap", "30000000", G, False, "2019-20", "forecast", None, O, "\"£30M BLACK HOLE\""),
 r(NFV, "funding_gap", "18900000", G, False, "2019-20", "forecast", None, R, "the £18.9m gap the board expects to face in 2019/20"),
 r(NFV, "deficit", "11200000", G, False, "2018-19", "actual", None, O, "an underlying deficit of £11.2m"),
 r(NFV, "performance_actual", "88.7", P, False, "2019-20", "actual", "May", R, "88.7% of patients at the emergency department of Forth Valley Royal Hospital in Larbert were seen within four hours during May"),
 r(NFV, "performance_target", "95", P, False, None, "target", None, R, "against the Scottish Government's 95% target"),
],
"x06_north_central_london_pipe_table.txt": [
 r(RFL, "surplus", "6800000", G, False, "2012-13", "actual", None, R, "Royal Free London | £6.8m | £5.0m | £21.6m"),
 r(RFL, "surplus", "5000000", G, False, "2013-14", "planned", None, R, "Royal Free London | £6.8m | £5.0m | £21.6m"),
 r(RFL, "savings_required", "21600000", G, False, "2013-14", "target", None, R, "Royal Free London | £6.8m | £5.0m | £21.6m"),
 r(UCLH, "surplus", "9100000", G, False, "2012-13", "actual", None, R, "UCLH | £9.1m | £8.0m | £33.0m"),
 r(UCLH, "surplus", "8000000", G, False, "2013-14", "planned", None, R, "UCLH | £9.1m | £8.0m | £33.0m"),
 r(UCLH, "savings_required", "33000000", G, False, "2013-14", "target", None, R, "UCLH | £9.1m | £8.0m | £33.0m"),
 r(GOSH, "surplus", "4400000", G, False, "2012-13", "actual", None, R, "Great Ormond Street | £4.4m | £3.5m | £17.2m"),
 r(GOSH, "surplus", "3500000", G, False, "2013-14", "planned", None, R, "Great Ormond Street | £4.4m | £3.5m | £17.2m"),
 r(GOSH, "savings_required", "17200000", G, False, "2013-14", "target", None, R, "Great Ormond Street | £4.4m | £3.5m | £17.2m"),
 r(RNOH, "deficit", "3900000", G, False, "2012-13", "actual", None, R, "RNOH | (£3.9m) | (£1.6m) | £5.8m"),
 r(RNOH, "deficit", "1600000", G, False, "2013-14", "planned", None, R, "RNOH | (£3.9m) | (£1.6m) | £5.8m"),
 r(RNOH, "savings_required", "5800000", G, False, "2013-14", "target", None, R, "RNOH | (£3.9m) | (£1.6m) | £5.8m"),
 r(RNOH, "deficit", "3900000", G, False, "2012-13", "actual", None, O, "The RNOH's deficit of £3.9m in 2012/13 was its second in a row"),
 r(RNOH, "budget", "80000000", G, True, "2012-13", None, None, R, "on a turnover of a little under £80m"),
 r(CAM, "budget", "391700000", G, False, "2013-14", None, None, R, "has an allocation of £391.7m for 2013/14"),
 r(CAM, "surplus", "3900000", G, False, "2013-14", "planned", None, R, "plans a surplus of £3.9m for the year"),
],
"x07_belfast_trust_ask_the_expert.txt": [
 r(BEL, "budget", "2300000000", G, True, "2023-24", None, None, R, "Its budget for 2023/24 is around £2.3bn"),
 r(BEL, "deficit", "0", G, False, "2023-24", "target", None, O, "the trust must break even in 2023/24"),
 r(BEL, "deficit", "0", G, False, "2022-23", "actual", None, O, "The trust reported a balanced position for 2022/23"),
 r(BEL, "bailout", "41000000", G, False, "2022-23", "actual", None, R, "the department allocated it an extra £41m in the final weeks of the year to cover its shortfall"),
 r(BEL, "deficit", "74500000", G, False, "2023-24", "forecast", "July", R, "forecast a deficit of £74.5m for 2023/24"),
 r(BEL, "savings_required", "48000000", G, False, "2023-24", "target", None, R, "It has drawn up savings plans worth £48m"),
 r(DOHNI, "funding_gap", "700000000", G, True, "2023-24", "forecast", None, O, "it faces a gap of around £700m this year"),
 r(BEL, "performance_actual", "41.6", P, False, "2023-24", "actual", "August", R, "only 41.6 per cent of patients at the emergency department of the Royal Victoria Hospital were treated"),
 r(BEL, "performance_target", "95", P, False, None, "target", None, R, "The target is 95 per cent."),
],
"x08_birmingham_childrens_charity_newsletter.txt": [
 r(BWC, "budget", "560000000", G, True, "2021-22", None, None, R, "The trust's income for 2021/22 is expected to be around £560m"),
 r(BWC, "surplus", "1200000", G, False, "2020-21", "actual", None, R, "In 2020/21 it finished the year with a surplus of £1.2m"),
 r(BWC, "deficit", "8700000", G, False, "2021-22", "planned", None, R, "a plan with NHS England for a deficit of £8.7m for the second half of 2021/22"),
 r(BWC, "savings_required", "11400000", G, False, "2021-22", "target", None, R, "it must deliver cost improvements of £11.4m over the full year"),
 r(BWC, "savings_gap", "3600000", G, False, "2021-22", "actual", "October", R, "£3.6m had still to be identified at the end of October"),
],
"x09_swale_health_quiz.txt": [
 r(SWALE, "deficit", "4600000", G, False, "2016-17", "actual", None, O, "b) £4.6m"),
 r(KCHFT, "budget", "230000000", G, True, "2017-18", None, None, O, "b) £230m"),
 r(SWALE, "savings_required", "6200000", G, False, "2017-18", "target", None, O, "b) £6.2m"),
 r(SWALE, "budget", "160000000", G, True, "2017-18", None, None, O, "b) £160m"),
 r(SWALE, "deficit", "4600000", G, False, "2016-17", "actual", None, R, "NHS Swale CCG's deficit for 2016/17 was £4.6m"),
 r(SWALE, "deficit", "0", G, False, "2017-18", "planned", None, O, "Its plan for 2017/18 is to break even"),
 r(KCHFT, "budget", "230000000", G, True, "2017-18", None, None, R, "Kent Community Health NHS Foundation Trust's income is about £230m a year"),
 r(KCHFT, "surplus", "4300000", G, False, "2016-17", "actual", None, R, "A surplus: £4.3m in 2016/17"),
 r(KCHFT, "savings_required", "9600000", G, False, "2017-18", "target", None, R, "The trust's cost improvement programme for 2017/18 is £9.6m"),
 r(KCHFT, "savings_required", "4", P, True, "2017-18", "target", None, O, "or about 4 per cent of its budget"),
 r(SWALE, "savings_required", "6200000", G, False, "2017-18", "target", None, R, "Swale CCG's QIPP target for 2017/18 is £6.2m"),
 r(SWALE, "budget", "163800000", G, False, "2017-18", None, None, R, "The CCG's allocation for 2017/18 is £163.8m"),
],
"x10_hywel_dda_senedd_sketch.txt": [
 r(HDD, "deficit", "65100000", G, False, "2023-24", "actual", None, R, "the board closed 2023/24 with a deficit of £65.1m"),
 r(HDD, "deficit", "46800000", G, False, "2023-24", "target", None, R, "against a ceiling of £46.8m that the Welsh Government had set for it"),
 r(HDD, "deficit", "65000000", G, False, "2023-24", "actual", None, O, "\"Sixty-five million pounds,\" one member repeated slowly"),
 r(HDD, "bailout", "38400000", G, False, "2023-24", "actual", None, R, "the board had received £38.4m of strategic cash assistance from the Welsh Government in March"),
 r(HDD, "deficit", "62400000", G, False, "2024-25", "planned", None, R, "This year's version shows a deficit of £62.4m for 2024/25"),
 r(HDD, "deficit", "27100000", G, False, "2024-25", "target", None, R, "The Welsh Government wants that figure brought down to £27.1m"),
 r(HDD, "budget", "1300000000", G, True, "2024-25", None, None, R, "has a budget of nearly £1.3bn"),
 r(HDD, "savings_required", "32500000", G, False, "2024-25", "target", None, R, "It must make savings of £32.5m this year"),
 r(HDD, "savings_required", "19000000", G, False, "2024-25", "actual", "June", O, "£19m had been identified by the end of June"),
 r(HDD, "savings_gap", "13500000", G, False, "2024-25", "actual", "June", R, "leaving £13.5m still to find"),
 r(HDD, "deficit", "177000000", G, False, None, "actual", None, O, "The board's cumulative deficit over the three years to 2023/24 comes to £177m"),
],
"x11_west_suffolk_jargon_buster.txt": [
 r(SNEE, "budget", "1790000000", G, False, "2025-26", None, None, R, "NHS Suffolk and North East Essex Integrated Care Board's allocation for 2025/26 is £1.79bn"),
 r(WSFT, "deficit", "0", G, False, "2025-26", "planned", None, O, "West Suffolk NHS Foundation Trust's original plan for 2025/26 was to break even"),
 r(WSFT, "savings_required", "21800000", G, False, "2025-26", "target", None, R, "West Suffolk's for 2025/26 is £21.8m"),
 r(WSFT, "savings_required", "4.4", P, True, "2025-26", "target", None, O, "about 4.4 per cent of its spending"),
 r(WSFT, "deficit", "7900000", G, False, "2025-26", "forecast", "December", R, "the trust forecast a deficit of £7.9m for 2025/26"),
 r(WSFT, "bailout", "12500000", G, False, "2024-25", "actual", None, R, "The trust received £12.5m of deficit support in 2024/25"),
 r(WSFT, "performance_target", "78", P, False, None, "target", None, R, "The target set nationally for March 2026 is 78%"),
 r(WSFT, "performance_actual", "74.9", P, False, "2025-26", "actual", "January", R, "The emergency department at West Suffolk Hospital managed 74.9% in January"),
 r(WSFT, "budget", "430000000", G, True, "2025-26", None, None, R, "West Suffolk's income is about £430m a year"),
 r(SNEE, "deficit", "0", G, False, "2025-26", "planned", None, O, "The Suffolk and North East Essex system planned to break even in 2025/26"),
 r(SNEE, "deficit", "34600000", G, False, "2025-26", "forecast", None, R, "is now forecasting a combined deficit of £34.6m"),
 r(WSFT, "deficit", "26000000", G, True, "2025-26", "forecast", None, O, "West Suffolk's is nearer £26m"),
 r(WSFT, "savings_gap", "5200000", G, False, "2025-26", "actual", None, R, "For West Suffolk, £5.2m."),
],
"x12_angus_petition_response.txt": [
 r(ANG, "budget", "248600000", G, False, "2015-16", None, None, R, "The council's net revenue budget for 2015/16, agreed on 12 February, is £248.6m"),
 r(ANG, "budget", "61400000", G, False, "2015-16", None, None, O, "of which £61.4m is for social work and health services"),
 r(ANG, "savings_required", "21900000", G, False, "2017-18", "target", None, R, "Over the three years to 2017/18 the council must make savings of £21.9m"),
 r(ANG, "savings_required", "14200000", G, False, "2017-18", "actual", None, O, "Proposals identified so far total £14.2m"),
 r(ANG, "savings_gap", "7700000", G, False, "2017-18", "actual", None, R, "which leaves a gap of £7.7m still to be closed"),
 r(ANG, "underspend", "1600000", G, False, "2014-15", "forecast", None, R, "We expect to underspend by £1.6m in 2014/15"),
],
}

if __name__ == "__main__":
    gold.build(ROOT, DATA)
