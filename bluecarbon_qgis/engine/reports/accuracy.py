"""The accuracy assessment report (``bluecarbon:accuracyassessment`` OUTPUT_REPORT)."""
import datetime
import math

from .html import esc, fmt, page, table


def _pm(value, half, digits=3):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if half is None or (isinstance(half, float) and math.isnan(half)):
        return "{} (±–)".format(fmt(value, digits))
    return "{} ± {}".format(fmt(value, digits), fmt(half, digits))


def mapped_vs_adjusted_svg(labels, mapped, adjusted, half, width=680):
    """Paired bars per class: mapped area, and adjusted area with its 95% interval."""
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


def accuracy_report(*, inputs, result, names, skipped, notes, tr=lambda s: s, lang="en"):
    classes = result.classes
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
    sections.append((tr("Inputs and sampling design"), table([tr("Item"), tr("Value")], info, numeric_from=99)
                     + "<p>{}</p>".format(esc(tr(
                         "The estimators assume a stratified random sample with the map classes as strata, as "
                         "drawn by the sampling design tool; mapped areas are true areas on the ellipsoid.")))))
    rows = []
    for i, c in enumerate(classes):
        rows.append([label[i]] + [int(v) for v in result.counts[i]] + [int(result.counts[i].sum())])
    rows.append([tr("Total")] + [int(v) for v in result.counts.sum(axis=0)] + [int(result.counts.sum())])
    sections.append((tr("Error matrix in sample counts (rows: map, columns: reference)"),
                     table([tr("Map \\ reference")] + label + [tr("Total")], rows)))
    rows = []
    for i, c in enumerate(classes):
        rows.append([label[i]] + [fmt(v, 4) for v in result.proportions[i]] + [fmt(result.proportions[i].sum(), 4)])
    rows.append([tr("Total")] + [fmt(v, 4) for v in result.proportions.sum(axis=0)] + [fmt(1.0, 4)])
    sections.append((tr("Error matrix in estimated area proportions"),
                     table([tr("Map \\ reference")] + label + [tr("Total")], rows)))
    rows = []
    for i, c in enumerate(classes):
        rows.append([label[i], fmt(result.mapped_ha[i]), _pm(result.adjusted_ha[i], result.adjusted_ha_ci95[i], 2),
                     _pm(result.users[i], result.users_ci95[i]), _pm(result.producers[i], result.producers_ci95[i])])
    sections.append((tr("Accuracy and area-adjusted areas (± 95% confidence interval)"),
                     table([tr("Class"), "mapped_ha", "adjusted_ha", tr("User's accuracy"),
                            tr("Producer's accuracy")], rows)
                     + "<p><b>{}</b> {}</p>".format(esc(tr("Overall accuracy:")),
                                                    esc(_pm(result.overall, result.overall_ci95)))))
    sections.append((tr("Mapped and adjusted area"), mapped_vs_adjusted_svg(
        label, list(result.mapped_ha), list(result.adjusted_ha), list(result.adjusted_ha_ci95))))
    sections.append((tr("Formulas"), '<p class="formula">p_ij = W_i · n_ij / n_i· ; O = Σ p_jj ; U_i = p_ii / p_i· ; '
                     'P_j = p_jj / p_·j<br>V(O) = Σ W_i² U_i (1 − U_i)/(n_i· − 1) ; V(U_i) = U_i (1 − U_i)/(n_i· − 1)'
                     '<br>adjusted area_j = A · p_·j ; SE(p_·j) = √ Σ W_i² (n_ij/n_i·)(1 − n_ij/n_i·)/(n_i· − 1) ; '
                     '95% = 1.96 · SE</p><p class="small">Olofsson, P. et al. (2014) Good practices for estimating '
                     'area and assessing accuracy of land change. Remote Sensing of Environment 148: 42–57 '
                     '(eqs. 4–7, 10, 13).</p>'))
    if notes:
        sections.append((tr("Warnings"), "".join('<p class="warn">{}</p>'.format(esc(n)) for n in notes)))
    return page(tr("Map accuracy and area-adjusted class areas"), sections, lang=lang)
