"""Carbon stocks and yearly uptake from class areas and a density table.

stock_tc  = sum over classes of area_ha x (agb + bgb + dead + soil) [t C/ha]
uptake    = sum over classes of area_ha x seq [t C/ha/yr]
CO2e      = C x 44/12
"""
from dataclasses import dataclass, field

import numpy as np

from .densities import NUMERIC, POOLS, RATE
from ..errors import InputError, N_
from .montecarlo import draw, interval

CO2_PER_C = 44.0 / 12.0
M2_PER_HA = 10_000.0
UNKNOWN_FAIL, UNKNOWN_ZERO = 0, 1


@dataclass
class Account:
    """Carbon account of one zone (or of the union of all zones)."""
    class_ha: dict
    unmapped_ha: float
    pools_tc: dict
    stock_tc: float
    uptake_tc_yr: float
    stock_tco2e_lo: float = None
    stock_tco2e_hi: float = None
    uptake_tco2e_yr_lo: float = None
    uptake_tco2e_yr_hi: float = None
    class_stock_tc: dict = field(default_factory=dict)
    class_uptake_tc_yr: dict = field(default_factory=dict)

    @property
    def area_ha(self):
        return float(sum(self.class_ha.values()))

    @property
    def stock_tco2e(self):
        return self.stock_tc * CO2_PER_C

    @property
    def uptake_tco2e_yr(self):
        return self.uptake_tc_yr * CO2_PER_C


def unknown_classes(table, zone_areas):
    """Classes found inside the zones that the table lacks, sorted."""
    seen = set()
    for z in zone_areas:
        seen.update(k for k, v in z.classes.items() if v > 0)
    return sorted(seen - set(table.rows))


def check_unknown(table, zone_areas, mode):
    missing = unknown_classes(table, zone_areas)
    if missing and mode == UNKNOWN_FAIL:
        raise InputError(
            "The habitat raster has class(es) {missing} inside the areas, but the density table {path} "
            "has no row for them. Add rows for these classes to the table, or set 'Classes missing from "
            "the table' to count them as carbon-free.",
            missing=", ".join(str(m) for m in missing), path=table.path)
    return missing


def _deterministic(table, zone):
    class_ha = {k: v / M2_PER_HA for k, v in sorted(zone.classes.items())}
    pools = {p: 0.0 for p in POOLS}
    class_stock, class_uptake = {}, {}
    uptake = 0.0
    for k, ha in class_ha.items():
        row = table.rows.get(k)
        if row is None:
            class_stock[k], class_uptake[k] = 0.0, 0.0
            continue
        for p in POOLS:
            pools[p] += ha * row.values[p]
        class_stock[k] = ha * row.stock_tc_ha
        class_uptake[k] = ha * row.values[RATE]
        uptake += class_uptake[k]
    return Account(class_ha=class_ha, unmapped_ha=zone.unmapped_m2 / M2_PER_HA, pools_tc=pools,
                   stock_tc=sum(pools.values()), uptake_tc_yr=uptake,
                   class_stock_tc=class_stock, class_uptake_tc_yr=class_uptake)


def density_draws(table, iterations, seed):
    """Per class: (stock density draws, uptake rate draws), each of length ``iterations``.

    Drawn in table order for every row, so a zone's draws do not depend on
    which other zones or classes are in the run.
    """
    rng = np.random.default_rng(seed)
    out = {}
    for k in sorted(table.rows):
        row = table.rows[k]
        d = {c: draw(row.values[c], row.lo.get(c), row.hi.get(c), iterations, rng) for c in NUMERIC}
        out[k] = (sum(d[p] for p in POOLS), d[RATE])
    return out


def account(table, zone_areas, *, unknown_mode=UNKNOWN_FAIL, iterations=1000, seed=1):
    """Accounts for a list of ZoneAreas (zones, and usually their union last)."""
    check_unknown(table, zone_areas, unknown_mode)
    accounts = [_deterministic(table, z) for z in zone_areas]
    if iterations and iterations > 0 and accounts:
        draws = density_draws(table, iterations, seed)
        classes = sorted({k for a in accounts for k in a.class_ha if k in draws})
        if classes:
            area = np.array([[a.class_ha.get(k, 0.0) for k in classes] for a in accounts])
            stock = area @ np.vstack([draws[k][0] for k in classes]) * CO2_PER_C
            rate = area @ np.vstack([draws[k][1] for k in classes]) * CO2_PER_C
            s_lo, s_hi = interval(stock)
            u_lo, u_hi = interval(rate)
        else:
            s_lo = s_hi = u_lo = u_hi = np.zeros(len(accounts))
        for i, a in enumerate(accounts):
            a.stock_tco2e_lo, a.stock_tco2e_hi = float(s_lo[i]), float(s_hi[i])
            a.uptake_tco2e_yr_lo, a.uptake_tco2e_yr_hi = float(u_lo[i]), float(u_hi[i])
    return accounts


@dataclass
class StocksRun:
    zones: list          # Account per zone, in input order
    total: Account       # union of all zones: overlapping ground once
    overlap_ha: float
    unknown: list        # classes inside the zones that the table lacks
    warnings: list


def carbon_stocks(grid, geoms, table, *, unknown_mode=UNKNOWN_FAIL, iterations=1000, seed=1,
                  zone_ids=None, progress=None, is_canceled=None):
    """Class areas, stocks and uptake for each polygon and for their union."""
    from ..raster.zonal import union_totals, zonal_class_areas

    step = (lambda f: progress(0.85 * f)) if progress else None
    per_zone = zonal_class_areas(grid, geoms, progress=step, is_canceled=is_canceled)
    union, overlap_m2 = union_totals(grid, geoms, per_zone, is_canceled=is_canceled)
    if progress:
        progress(0.9)
    accounts = account(table, per_zone + [union], unknown_mode=unknown_mode, iterations=iterations, seed=seed)
    warnings = []
    unknown = unknown_classes(table, per_zone)
    if unknown:
        ha = sum(accounts[-1].class_ha.get(k, 0.0) for k in unknown)
        warnings.append((N_("Class(es) {classes} are not in the density table and were counted as carbon-free "
                         "({ha:.2f} ha)."), dict(classes=", ".join(map(str, unknown)), ha=ha)))
    if overlap_m2 > 0:
        warnings.append((N_("Some areas overlap ({ha:.2f} ha): each area's row counts its whole ground, the grand "
                         "totals count overlapping ground once."), dict(ha=overlap_m2 / M2_PER_HA)))
    for i, z in enumerate(per_zone):
        if geoms[i] is not None and z.total_m2 > 0 and z.mapped_m2 == 0:
            warnings.append((N_("Area {n} does not overlap any mapped pixel of the habitat raster; its carbon is zero."),
                             dict(n=zone_ids[i] if zone_ids else i + 1)))
    if union.unmapped_m2 > 0:
        warnings.append((N_("{ha:.2f} ha of the areas is unmapped (raster nodata or outside the raster) and holds "
                         "no carbon in this account."), dict(ha=union.unmapped_m2 / M2_PER_HA)))
    if progress:
        progress(1.0)
    return StocksRun(zones=accounts[:-1], total=accounts[-1], overlap_ha=overlap_m2 / M2_PER_HA,
                     unknown=unknown, warnings=warnings)
