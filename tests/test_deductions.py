"""Deductions from net removals, on hand-worked figures: the period's total, the uncertainty deduction, the
allochthonous share, Monte Carlo draws, cumulative issuance with a reversal, and refused values."""
import numpy as np
import pytest

from bluecarbon.bluecarbon_qgis.engine.carbon import deductions as d
from bluecarbon.bluecarbon_qgis.engine.errors import InputError

ORDER = ["stock_change", "allochthonous", "stock_change_net", "leakage", "ner", "uncertainty", "ner_adjusted",
         "buffer", "net"]


def values(result):
    return {ln.key: ln.value for ln in result.lines}


def test_leakage_and_buffer_on_the_period_total_not_year_by_year():
    """Yearly −100, 60, 60, 60 (sum 80), 10 % leakage, 20 % buffer. Year by year (leakage and buffer on each
    year's gain, none on the loss): −100 + 3 × (60 − 6 − 10.8) = 29.6. On the period's total: leakage 8; buffer
    on the stock change (VM0033 as Guardian digitises it) 16, net 56; buffer on the net after leakage: 0.2 × 72 =
    14.4, net 57.6."""
    yearly = [-100, 60, 60, 60]
    by_year = sum(v - d.leakage(v, 10) - d.buffer(v - d.leakage(v, 10), 20) for v in yearly)
    assert by_year == pytest.approx(29.6)
    r = d.period_deductions(sum(yearly), leakage_pct=10, buffer_pct=20, period="2020–2023")
    assert [ln.key for ln in r.lines] == ORDER
    v = values(r)
    assert (v["stock_change"], v["leakage"], v["ner"], v["buffer"], v["net"]) == pytest.approx((80, 8, 72, 16, 56))
    assert v["uncertainty"] == 0 and v["allochthonous"] == 0
    r = d.period_deductions(80, leakage_pct=10, buffer_pct=20, buffer_base="net_after_leakage")
    assert (r.line("buffer").value, r.net.value) == pytest.approx((14.4, 57.6))
    assert "before the uncertainty deduction" in r.line("buffer").text("formula")
    # a net loss over the period: no leakage and no buffer on it, the loss is credited as it is
    r = d.period_deductions(-30, leakage_pct=10, buffer_pct=20)
    assert values(r)["leakage"] == 0 and values(r)["buffer"] == 0 and r.net.value == -30


def test_uncertainty_deduction_by_hand():
    """NER 1000, 90 % interval [820, 1180]: error = 180 / 1000 = 18 % > 10 % allowable → 1000 × (1 − 0.18 + 0.10)
    = 920. linspace(800, 1200, 10001) has its 5th and 95th percentiles at exactly 820 and 1180."""
    draws = np.linspace(800, 1200, 10001)
    assert d.interval(draws, 90) == pytest.approx((820, 1180))
    assert d.relative_error(1000, draws, 90) == pytest.approx(0.18)
    assert d.uncertainty_adjusted(1000.0, 0.18, 0.10) == pytest.approx(920)
    r = d.period_deductions(1000, draws=draws)
    assert r.error == pytest.approx(0.18)
    assert (r.line("uncertainty").value, r.line("ner_adjusted").value, r.net.value) == pytest.approx((80, 920, 920))
    assert r.line("uncertainty").text("formula").startswith("U = NER × (e − a) = NER × (18 % − 10 %)")
    # the same with the error given instead of draws
    r = d.period_deductions(1000, error_pct=18)
    assert r.net.value == pytest.approx(920) and r.error == pytest.approx(0.18)
    # 95 % selectable: [810, 1190] → 19 % → 1000 × 0.91 = 910
    r = d.period_deductions(1000, draws=draws, confidence=95)
    assert r.error == pytest.approx(0.19) and r.net.value == pytest.approx(910)
    assert "95 % interval" in r.line("uncertainty").text("formula")


@pytest.mark.parametrize("draws,error_pct", [(np.linspace(950, 1050, 10001), None), (None, 10), (None, 4.5),
                                             (np.linspace(1000 - 1000 / 9, 1000 + 1000 / 9, 10001), None)])
def test_no_uncertainty_deduction_within_the_allowable_share(draws, error_pct):
    """90 % interval [955, 1045]: error 4.5 %; an error of exactly 10 % (given, or a 90 % interval [900, 1100] of
    the draws): not above the allowable share."""
    r = d.period_deductions(1000, draws=draws, error_pct=error_pct)
    assert r.line("uncertainty").value == 0 and r.net.value == 1000
    assert "does not exceed" in r.line("uncertainty").text("formula")


def test_uncertainty_not_assessed_or_nothing_to_deduct_is_said():
    assert "not assessed" in d.period_deductions(500).line("uncertainty").text("formula")
    r = d.period_deductions(-50, draws=np.linspace(-80, -20, 101))
    assert r.error is None and r.line("uncertainty").value == 0
    assert "not positive" in r.line("uncertainty").text("formula")


def test_identical_ground_gives_zero_with_zero_width():
    r = d.period_deductions(0.0, draws=np.zeros(1000), leakage_pct=10, buffer_pct=20)
    assert all((ln.value, ln.lo, ln.hi) == (0, 0, 0) for ln in r.lines)


def test_draws_give_the_same_central_values_as_scalars():
    """Each piece works on a number and on an array alike; the statement's values come from the point estimate,
    its intervals from the same joint draws, deduction by deduction (here 0.9 x − 0.2 x = 0.7 x per draw: leakage
    10 %, buffer 20 % on the stock change; the NER's error 1.645 × 0.9 × 2 / 72 ≈ 4 % is within 10 %)."""
    x = np.array([80.0, -20.0, 0.0, 150.0])
    assert np.allclose(d.leakage(x, 10), [d.leakage(float(v), 10) for v in x])
    assert np.allclose(d.buffer(x, 20), [d.buffer(float(v), 20) for v in x])
    assert np.allclose(d.allochthonous(x, 25), [d.allochthonous(float(v), 25) for v in x])
    assert np.allclose(d.uncertainty_adjusted(x, 0.18, 0.10), [d.uncertainty_adjusted(float(v), 0.18, 0.10) for v in x])
    draws = np.random.default_rng(7).normal(80, 2, 20000)
    with_draws = d.period_deductions(80, draws=draws, leakage_pct=10, buffer_pct=20)
    plain = d.period_deductions(80, leakage_pct=10, buffer_pct=20)
    assert values(with_draws) == pytest.approx(values(plain))
    assert with_draws.error < 0.10
    lo, hi = np.percentile(0.7 * draws, [5, 95])
    assert (with_draws.net.lo, with_draws.net.hi) == pytest.approx((min(lo, 56), max(hi, 56)))
    assert with_draws.net.lo < 56 < with_draws.net.hi
    # all draws equal to the estimate: every interval collapses onto the value
    flat = d.period_deductions(80, draws=np.full(50, 80.0), leakage_pct=10, buffer_pct=20)
    assert all(ln.lo == ln.hi == pytest.approx(ln.value) for ln in flat.lines)


def test_allochthonous_share():
    """Stock change 100 t CO2e of which soil 40; 25 % of the soil accumulation is allochthonous: A = 10, ΔC′ = 90,
    leakage 10 % → 9, NER 81; buffer 20 % of ΔC′ = 18; net 63. A soil loss carries no deduction."""
    r = d.period_deductions(100, soil_change=40, allochthonous_pct=25, leakage_pct=10, buffer_pct=20)
    v = values(r)
    assert (v["allochthonous"], v["stock_change_net"], v["leakage"], v["ner"], v["buffer"], v["net"]) == \
        pytest.approx((10, 90, 9, 81, 18, 63))
    assert r.line("allochthonous").text("formula") == "A = 25 % × max(ΔC soil, 0)"
    assert d.period_deductions(100, soil_change=-40, allochthonous_pct=25).line("allochthonous").value == 0
    # on draws the soil part needs its own draws (the same order as the total's)
    total = np.array([90.0, 100.0, 110.0])
    r = d.period_deductions(100, soil_change=40, allochthonous_pct=25, draws=total,
                            soil_draws=np.array([30.0, 40.0, 50.0]))
    assert r.line("allochthonous").draws == pytest.approx([7.5, 10, 12.5])
    with pytest.raises(ValueError):
        d.period_deductions(100, soil_change=40, allochthonous_pct=25, draws=total)


def test_lines_carry_formula_and_source_and_translate():
    r = d.period_deductions(80, leakage_pct=10, buffer_pct=20, buffer_source="Risk report of project X, NPRT v4.2")
    rows = r.as_dicts()
    assert [row["key"] for row in rows] == ORDER
    assert all(row["name"] and row["formula"] and row["source"] for row in rows)
    assert "8.5.2" in r.line("uncertainty").text("source") and "8.5.3" in r.line("buffer").text("source")
    assert "Risk report of project X" in r.line("buffer").text("source")
    assert "AFOLU Non-Permanence Risk Tool v4.2" in d.period_deductions(80).line("buffer").text("source")
    zh = {"Leakage": "泄漏", "L = {leakage} % × max(ΔC′, 0)": "L = {leakage} % × max(ΔC′, 0)（泄漏）"}
    row = r.line("leakage").as_dict(lambda s: zh.get(s, s))
    assert row["name"] == "泄漏" and row["formula"] == "L = 10 % × max(ΔC′, 0)（泄漏）"
    ccer = d.period_deductions(80, leakage_pct=10, standard="CCER")
    assert "CCER" in ccer.line("stock_change").text("source")
    assert "No non-permanence buffer found" in ccer.line("buffer").text("source")


def test_cumulative_issuance_with_a_reversal():
    """Yearly 100, 50, −120, 40, 100 with 10 % leakage and 20 % buffer (net = 0.7 × cumulative stock change while
    it is positive). Cumulative nets at the years' ends: 70, 105, 21, 49, 119. Periods ending 2021, 2022, 2023,
    2024: issued 105 (vintages 70 + 35); reversal of 84 in 2022 (105 → 21), nothing issued; 2023 still 56 below
    the 105 issued, nothing issued; 2024: 119 − 105 = 14 issued, vintage 2024."""
    years = [2020, 2021, 2022, 2023, 2024]
    periods = d.monitoring_periods(years, [100, 50, -120, 40, 100], [2021, 2022, 2023, 2024],
                                   leakage_pct=10, buffer_pct=20)
    got = [(p.start, p.end, p.cumulative.net.value, p.issued_before, p.issued, p.reversal, p.shortfall)
           for p in periods]
    assert got == [pytest.approx(row) for row in [(2020, 2021, 105, 0, 105, 0, 0), (2022, 2022, 21, 105, 0, 84, 84),
                                                  (2023, 2023, 49, 105, 0, 0, 56), (2024, 2024, 119, 105, 14, 0, 0)]]
    assert periods[0].vintages == pytest.approx({2020: 70, 2021: 35})
    assert periods[3].vintages == pytest.approx({2024: 14})
    assert periods[1].note() == ("Reversal of 84.00 t CO2e in 2022: the cumulative net removals after deductions "
                                 "fell from 105.00 to 21.00 t CO2e, with 105.00 t CO2e issued before; nothing is "
                                 "issued for 2022.")
    assert "still 56.00 t CO2e below" in periods[2].note() and periods[0].note() == ""
    assert "3.2.26" in periods[1].reversal_source
    assert sum(p.issued for p in periods) == pytest.approx(119)


def test_first_period_a_net_loss_then_removals():
    """−100, 60 | 60, 60: the first period ends at −40 (a reversal of 40 below zero, nothing issued); the second
    at 80 × 0.7 = 56, issued whole, vintages 14 (2022: 20 × 0.7) and 42."""
    periods = d.monitoring_periods([2020, 2021, 2022, 2023], [-100, 60, 60, 60], [2021, 2023],
                                   leakage_pct=10, buffer_pct=20)
    assert (periods[0].issued, periods[0].reversal) == (0, pytest.approx(40))
    assert periods[1].issued == pytest.approx(56)
    assert periods[1].vintages == pytest.approx({2022: 14, 2023: 42})


def test_cumulative_issuance_with_draws():
    """Joint draws of the yearly changes are summed draw by draw; the cumulative net's interval is that of the
    summed draws after deductions (0.7 x here)."""
    rng = np.random.default_rng(3)
    draws = np.stack([rng.normal(100, 3, 5000), rng.normal(50, 3, 5000)])
    periods = d.monitoring_periods([2020, 2021], [100, 50], [2021], draws=draws, leakage_pct=10, buffer_pct=20)
    lo, hi = np.percentile(0.7 * draws.sum(axis=0), [5, 95])
    assert periods[0].cumulative.net.value == pytest.approx(105)
    assert (periods[0].cumulative.net.lo, periods[0].cumulative.net.hi) == pytest.approx((lo, hi))


@pytest.mark.parametrize("kwargs,words", [
    ({"leakage_pct": -1}, "leakage"), ({"leakage_pct": 101}, "leakage"), ({"leakage_pct": "ten"}, "leakage"),
    ({"leakage_pct": float("nan")}, "leakage"), ({"buffer_pct": 150}, "non-permanence buffer"),
    ({"allochthonous_pct": -5}, "allochthonous"), ({"allowable_uncertainty_pct": 200}, "allowable uncertainty"),
    ({"confidence": 100}, "confidence level"), ({"buffer_base": "gross"}, "buffer base"),
    ({"standard": "Gold Standard"}, "Unknown standard"), ({"buffer_pct": 20, "buffer_source": " "}, "Name the source"),
    ({"error_pct": -3}, "uncertainty error"), ({"error_pct": "ten"}, "uncertainty error"),
    ({"draws": [1.0, float("nan")]}, "not finite"),
])
def test_bad_values_are_refused_with_a_clear_message(kwargs, words):
    with pytest.raises(InputError) as err:
        d.period_deductions(80, **kwargs)
    assert words in str(err.value)


def test_bad_monitoring_periods_are_refused():
    with pytest.raises(InputError, match="end on years of the accounting"):
        d.monitoring_periods([2020, 2021], [1, 2], [2025])
    with pytest.raises(InputError, match="end on years of the accounting"):
        d.monitoring_periods([2020, 2021], [1, 2], [2021, 2020])
    with pytest.raises(InputError, match="consecutive"):
        d.monitoring_periods([2020, 2022], [1, 2], [2022])
    with pytest.raises(InputError, match="leakage"):
        d.monitoring_periods([2020, 2021], [1, 2], [2021], leakage_pct=120)
