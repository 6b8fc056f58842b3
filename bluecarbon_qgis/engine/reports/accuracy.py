"""The accuracy assessment report (``bluecarbon:accuracyassessment`` OUTPUT_REPORT)."""
import datetime
import math

from .html import esc, fmt, page, table


FORMULAS = (
    '<p class="formula">p_ij = W_i · n_ij / n_i· ; O = Σ p_jj ; U_i = p_ii / p_i· ; P_j = p_jj / p_·j<br>'
    'V(O) = Σ W_i² U_i (1 − U_i)/(n_i· − 1) ; V(U_i) = U_i (1 − U_i)/(n_i· − 1)<br>'
    'adjusted area_j = A · p_·j ; SE(p_·j) = √ Σ W_i² (n_ij/n_i·)(1 − n_ij/n_i·)/(n_i· − 1) ; 95% = 1.96 · SE<br>'
    'Wilson: (U + z²/2n ± z √(U(1 − U)/n + z²/4n²)) / (1 + z²/n), z = 1.96<br>'
    'cell-area weights a_k: n_ij/n_i· becomes Σ a_k [ref = j] / Σ a_k over the stratum</p>'
    '<p class="small">Olofsson, P. et al. (2014) Good practices for estimating area and assessing accuracy of '
    'land change. Remote Sensing of Environment 148: 42–57 (eqs. 4–7, 10, 13). Brown, L. D., Cai, T. T., '
    'DasGupta, A. (2001) Interval estimation for a binomial proportion. Statistical Science 16: 101–133. '
    'Cochran, W. G. (1977) Sampling Techniques, 3rd ed., Wiley (ch. 5, 6).</p>')


STRATA_FORMULAS = (
    '<p class="formula">strata h are not the map classes: W_h = A_h / A ; ȳ_h = mean of y_u over the units of '
    'stratum h<br>'
    'O: y_u = [map = ref] ; area share of j: y_u = [ref = j] ; estimate Σ W_h ȳ_h, V = Σ W_h² s²_yh / n_h<br>'
    'U_i: y_u = [map = i = ref], x_u = [map = i] ; P_j: y_u = [map = j = ref], x_u = [ref = j] ; '
    'R = Σ W_h ȳ_h / Σ W_h x̄_h<br>'
    'V(R) = (1 / X̂²) Σ W_h² (s²_yh + R² s²_xh − 2 R s_xyh) / n_h , X̂ = Σ W_h x̄_h</p>'
    '<p class="small">Stehman, S. V. (2014) Estimating area and map accuracy for stratified random sampling when '
    'the strata are different from the map classes. International Journal of Remote Sensing 35: 4923–4939 '
    '(eqs. 2, 25, 27, 28; without the finite population correction, as above).</p>')


def _nan(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def _pm(value, half, digits=3, missing="–"):
    if _nan(value):
        return missing
    if _nan(half):
        return "{} (±–)".format(fmt(value, digits))
    return "{} ± {}".format(fmt(value, digits), fmt(half, digits))


def _fmt_or(value, digits, missing):
    return missing if _nan(value) else fmt(value, digits)


def mapped_vs_adjusted_svg(labels, mapped, adjusted, half, width=680):
    """Paired bars per class: mapped area, and adjusted area with its 95% interval."""
    keep = [i for i in range(len(labels)) if not _nan(float(adjusted[i]))]
    labels, mapped = [labels[i] for i in keep], [mapped[i] for i in keep]
    adjusted, half = [adjusted[i] for i in keep], [half[i] for i in keep]
    n = len(labels)
    if n == 0:
        return ""
    top = max([m for m in mapped] + [a + (h if h == h else 0) for a, h in zip(adjusted, half)] + [1e-9])
    left, right, bar, gap = 170, 130, 12, 14
    scale = (width - left - right) / top
    height = n * (2 * bar + gap) + 40
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" role="img">'.format(width, height)]
    for i, lab in enumerate(labels):
        y = 10 + i * (2 * bar + gap)
        out.append('<text x="{}" y="{}" font-size="12" text-anchor="end">{}</text>'.format(left - 6, y + bar + 4,
                                                                                          esc(lab)))
        out.append('<rect x="{}" y="{}" width="{:.1f}" height="{}" fill="#bbbbbb"/>'.format(
            left, y, max(mapped[i] * scale, 0.5), bar))
        out.append('<rect x="{}" y="{}" width="{:.1f}" height="{}" fill="{}"/>'.format(
            left, y + bar, max(adjusted[i] * scale, 0.5), bar, "#2b6ca3"))
        if half[i] == half[i]:
            x1, x2 = left + max(adjusted[i] - half[i], 0) * scale, left + (adjusted[i] + half[i]) * scale
            yc = y + 1.5 * bar
            out.append('<line x1="{:.1f}" y1="{}" x2="{:.1f}" y2="{}" stroke="#000"/>'.format(x1, yc, x2, yc))
        end = left + max(mapped[i], adjusted[i] + (half[i] if half[i] == half[i] else 0)) * scale + 5
        out.append('<text x="{:.1f}" y="{}" font-size="11">{} / {} ha</text>'.format(
            end, y + bar + 4, fmt(mapped[i], 1), fmt(adjusted[i], 1)))
    out.append('<rect x="{}" y="{}" width="10" height="10" fill="#bbbbbb"/><text x="{}" y="{}" font-size="11">'
               'mapped</text>'.format(left, height - 20, left + 14, height - 11))
    out.append('<rect x="{}" y="{}" width="10" height="10" fill="#2b6ca3"/><text x="{}" y="{}" font-size="11">'
               'adjusted ± 95%</text>'.format(left + 80, height - 20, left + 94, height - 11))
    out.append("</svg>")
    return "".join(out)


def accuracy_report(*, inputs, result, names, skipped, notes, tr=lambda s: s, lang="en", weighted=False,
                    strata_design=False):
    """``strata_design``: the sample's strata are not the map classes (a buffer stratum), estimated by
    Stehman's (2014) formulas."""
    classes = result.classes
    na = tr("not estimable")
    label = ["{} {}".format(c, tr(names.get(c, ""))).strip() for c in classes]
    sections = []
    info = [
        (tr("Created"), datetime.datetime.now().strftime("%Y-%m-%d %H:%M")),
        (tr("Class map"), inputs["map"]),
        (tr("Reference points"), inputs["reference"]),
        (tr("Reference class field"), inputs["ref_field"]),
        (tr("Reference points used"), int(result.counts.sum())),
        (tr("Reference points skipped"), skipped),
    ]
    design = tr("The estimators assume a stratified random sample with the map classes as strata, as "
                "drawn by the sampling design tool; mapped areas are true areas on the ellipsoid.")
    if strata_design:
        design = tr("The sample is stratified by transition with a buffer stratum of stable pixels next to mapped "
                    "change, so its strata are not the map classes: the estimators are Stehman's (2014) for that "
                    "case. Mapped areas are true areas on the ellipsoid.")
    if weighted:
        design += " " + tr("The map's cells differ in area, so each reference point is weighted by its cell's "
                           "ellipsoidal area (ratio estimator, Cochran 1977, ch. 6).")
    sections.append((tr("Inputs and sampling design"), table([tr("Item"), tr("Value")], info, numeric_from=99)
                     + "<p>{}</p>".format(esc(design))))
    if notes:
        sections.append((tr("Warnings"), "".join('<p class="warn">{}</p>'.format(esc(n)) for n in notes)))
    rows = []
    for i, c in enumerate(classes):
        rows.append([label[i]] + [int(v) for v in result.counts[i]] + [int(result.counts[i].sum())])
    rows.append([tr("Total")] + [int(v) for v in result.counts.sum(axis=0)] + [int(result.counts.sum())])
    sections.append((tr("Error matrix in sample counts (rows: map, columns: reference)"),
                     table([tr("Map \\ reference")] + label + [tr("Total")], rows)))
    rows = []
    p = result.proportions
    # a row's total is its map share W_i, known even where its cells cannot be estimated; the other totals are
    # the sums of the cells shown, so a row that cannot be estimated makes its columns' totals so too
    w = result.mapped_ha / result.mapped_ha.sum()
    if strata_design:   # the map classes' shares are estimated from the strata, like every cell
        w = p.sum(axis=1)
    for i, c in enumerate(classes):
        rows.append([label[i]] + [_fmt_or(v, 4, na) for v in p[i]] + [_fmt_or(w[i], 4, na)])
    rows.append([tr("Total")] + [_fmt_or(v, 4, na) for v in p.sum(axis=0)] + [_fmt_or(w.sum(), 4, na)])
    sections.append((tr("Error matrix in estimated area proportions"),
                     table([tr("Map \\ reference")] + label + [tr("Total")], rows)))
    rows = []
    for i, c in enumerate(classes):
        wil = result.users_wilson[i] if result.users_wilson is not None else (float("nan"), float("nan"))
        wilson = "–" if _nan(float(wil[0])) else "{} – {}".format(fmt(wil[0], 3), fmt(wil[1], 3))
        ua = _pm(result.users[i], result.users_ci95[i], missing=na if result.mapped_ha[i] > 0 else "–")
        if c in result.zero_width:
            ua += " ⚑"
        rows.append([label[i], fmt(result.mapped_ha[i]), _pm(result.adjusted_ha[i], result.adjusted_ha_ci95[i], 2,
                                                             missing=na),
                     ua, wilson, _pm(result.producers[i], result.producers_ci95[i], missing=na)])
    sections.append((tr("Accuracy and area-adjusted areas (± 95% confidence interval)"),
                     table([tr("Class"), "mapped_ha", "adjusted_ha", tr("User's accuracy"),
                            tr("User's accuracy, Wilson 95% interval"), tr("Producer's accuracy")], rows)
                     + "<p><b>{}</b> {}</p>".format(esc(tr("Overall accuracy:")),
                                                    esc(_pm(result.overall, result.overall_ci95, missing=na)))
                     + ('<p class="small">{}</p>'.format(esc(tr(
                         "⚑ a user's accuracy of 0 or 1 gets a 95% half-width of 0 from Olofsson et al.'s formula; "
                         "that is not certainty, so the Wilson score interval (Brown, Cai & DasGupta 2001) is "
                         "given beside it."))) if result.zero_width else "")))
    chart = mapped_vs_adjusted_svg(label, list(result.mapped_ha), list(result.adjusted_ha),
                                   list(result.adjusted_ha_ci95))
    sections.append((tr("Mapped and adjusted area"), chart or "<p>{}: {}</p>".format(
        esc(tr("Area-adjusted areas")), esc(na))))
    sections.append((tr("Formulas"), FORMULAS + (STRATA_FORMULAS if strata_design else "")))
    return page(tr("Map accuracy and area-adjusted class areas"), sections, lang=lang)
