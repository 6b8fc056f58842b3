"""Transition map: class maps of several dates turned into one value per from → to pair, with two cleaning
steps, read and written strip by strip (memory does not grow with the raster).

Coding of the transition raster (other tools read it: keep it exactly):

- one band, for the first date → the last date; values 1..n numbered in the order of the sorted
  (from_class, to_class) pairs that occur, stable pairs (from = to) included; 0 = nodata (no class on the
  first or on the last date);
- beside it, the same name with ``.csv``: ``value,from_class,to_class,from_year,to_year,change,label``
  (``change`` 1 when from != to; ``label`` "mangrove → tidal flat" when every class is one of the plugin's
  classes, else "3 → 5");
- the same table as JSON (a list of objects with those keys) in the GeoTIFF metadata item
  ``BLUECARBON_TRANSITIONS``, and as a raster attribute table where GDAL keeps one (the .aux.xml file);
- a QML style beside it (paletted: stable pairs in a light shade of the class's colour, changes in
  distinct colours).

Cleaning, in this order; each can be switched off:

1. Temporal rule (three or more dates). Dates are taken from the oldest; a middle date k whose class B differs
   from the classes of dates k − 1 and k + 1, which agree (A → B → A), is an error of date k and gets A. Date
   k − 1 is compared as already cleaned, date k + 1 as mapped; the first and last dates are never changed;
   a pixel without a class on any of the three dates is left as it is. A → B → B and A → B → C are kept.
2. Minimum mapping unit for change. For each interval (k − 1, k), from the oldest: the pixels whose class
   changes form patches (8-connected: diagonal neighbours join); a patch of fewer than ``min_pixels``
   pixels goes back to no change (date k takes date k − 1's class there), so the next interval sees the
   cleaned date. Patches are measured whole across strip edges (``raster/components.py``).

The cleaned class maps of every date can be written (one GeoTIFF per date and InVEST's snapshot table,
``snapshots.csv``), which ``carbonchange`` reads as its snapshot table.

Areas: the whole map's, per transition, are measured by the plugin's one zonal code (``raster/zonal.py``)
on each strip's transition values as they are written; per polygon, by the same code on the written raster.
"""
import csv
import json
import os
from contextlib import ExitStack
from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

import numpy as np
from osgeo import gdal, gdal_array

from ..classes import NAMES, colour_of
from ..errors import InputError, N_
from ..raster.components import label_strip, merge_edges, small_patches, strip_edges
from ..raster.executor import row_strips, run_strips
from ..raster.rasterout import OutputRaster, bounded_block_cache, strip_rows
from . import change

METADATA_ITEM = "BLUECARBON_TRANSITIONS"
COLUMNS = ("value", "from_class", "to_class", "from_year", "to_year", "change", "label")
SNAPSHOT_TABLE = "snapshots.csv"
CELLS_PER_SECOND = 30e6  # one core, cells x dates per second of one pass (for the small-job rule)
M2_PER_HA = 10_000.0
ARROW = " → "
# distinct colours for change pairs (Kelly's colours of maximum contrast, without white, black and grey)
CHANGE_COLOURS = ("#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#46f0f0", "#f032e6",
                  "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#800000", "#aaffc3", "#808000",
                  "#ffd8b1", "#000075")


@dataclass
class Job:
    """What every strip of every pass needs (sent once to each worker)."""
    grids: list
    dtype: str                 # numpy type the classes are handled in (common to all dates)
    min_pixels: int = 0
    temporal: bool = True
    merged: list = field(default_factory=list)  # per cleaned interval, per strip: components.merge_edges entry


# ---------------------------------------------------------------------------------------------- one strip

def _change(arrays, valid, k):
    return valid[k - 1] & valid[k] & (arrays[k - 1] != arrays[k])


def _cleaned(strip, job):
    """The classes of every date in one strip (job.dtype), where each has a class, and the pixels each rule
    changed per date, after the temporal rule and the minimum mapping unit of the intervals in job.merged."""
    i, r0, n = strip
    width = job.grids[0].width
    arrays, missing = change._encoder(job.grids).window(0, r0, width, n, dtype=None)
    dtype = np.dtype(job.dtype)
    arrays = [a.astype(dtype, copy=False) for a in arrays]
    valid = [~m for m in missing]
    temporal = [0] * len(arrays)
    mmu = [0] * len(arrays)
    if job.temporal:
        for k in range(1, len(arrays) - 1):
            before, here = arrays[k - 1], arrays[k]
            flip = valid[k - 1] & valid[k] & valid[k + 1] & (before == arrays[k + 1]) & (here != before)
            here[flip] = before[flip]
            temporal[k] = int(np.count_nonzero(flip))
    for k, merged in enumerate(job.merged, start=1):
        small = small_patches(label_strip(_change(arrays, valid, k)), merged[i], job.min_pixels)
        arrays[k][small] = arrays[k - 1][small]
        mmu[k] = int(np.count_nonzero(small))
    return arrays, valid, temporal, mmu


def _edges_strip(strip, job):
    """Pass 1 of the minimum mapping unit for the interval after those in job.merged: the strip's change patches
    at its edges."""
    arrays, valid, _, _ = _cleaned(strip, job)
    return strip_edges(label_strip(_change(arrays, valid, len(job.merged) + 1)))


def _pair_keys(a, b):
    """One int64 per pixel for (a, b)."""
    return (a.astype(np.int64) << 32) | (b.astype(np.int64) & 0xFFFFFFFF)


def _unpair(keys):
    keys = np.asarray(keys, dtype=np.int64)
    return keys >> 32, ((keys & 0xFFFFFFFF) ^ 0x80000000) - 0x80000000


def _pairs(a, b, ok):
    """{(from, to): pixels} where ``ok``."""
    if a.dtype == np.uint8:  # the common case: a histogram of 65,536 bins
        counts = np.bincount(((a.astype(np.uint16) << 8) | b)[ok], minlength=65536)
        keys = np.flatnonzero(counts)
        return dict(zip(zip((keys >> 8).tolist(), (keys & 255).tolist()), counts[keys].tolist()))
    keys, counts = np.unique(_pair_keys(a[ok], b[ok]), return_counts=True)
    f, t = _unpair(keys)
    return dict(zip(zip(f.tolist(), t.tolist()), counts.tolist()))


def _scan_strip(strip, job):
    """The pairs (first → last date) of one strip with their pixels, the classes of each date, the pixels each
    rule changed and the pixels without a class on the first or the last date."""
    arrays, valid, temporal, mmu = _cleaned(strip, job)
    ok = valid[0] & valid[-1]
    codes = [set(np.unique(a[v]).tolist()) if a.dtype != np.uint8 else
             set(np.flatnonzero(np.bincount(a[v], minlength=256)).tolist()) for a, v in zip(arrays, valid)]
    return _pairs(arrays[0], arrays[-1], ok), codes, temporal, mmu, int(ok.size - np.count_nonzero(ok))


@dataclass
class Coding:
    """The transition values of the pairs that occur, and how the outputs are written."""
    pairs: list            # sorted [(from, to)]; value = position + 1
    out_type: int          # GDAL type of the transition raster
    cleaned: bool = False  # write the cleaned class maps too
    nodata: list = None    # per date, the cleaned map's nodata value (None: none)

    def values(self, a, b, ok):
        np_type = {gdal.GDT_Byte: np.uint8, gdal.GDT_UInt16: np.uint16}.get(self.out_type, np.uint32)
        if a.dtype == np.uint8:
            lut = np.zeros(65536, np_type)
            for v, (f, t) in enumerate(self.pairs, start=1):
                lut[(f << 8) | t] = v
            out = lut[(a.astype(np.uint16) << 8) | b]
        else:
            keys = _pair_keys(np.array([f for f, _ in self.pairs]), np.array([t for _, t in self.pairs]))
            order = np.argsort(keys)
            keys = keys[order]
            key = _pair_keys(a, b)
            pos = np.clip(np.searchsorted(keys, key), 0, keys.size - 1)
            out = np.where(keys[pos] == key, order[pos] + 1, 0).astype(np_type)
        out[~ok] = 0
        return out


def _write_strip(strip, job, coding):
    """The strip's transition values, its cleaned class maps (or None) and the ellipsoidal area of each value
    (raster/zonal.py on the values just computed)."""
    from shapely.geometry import box

    from ..raster.zonal import ZonalReader

    _, r0, n = strip
    arrays, valid, _, _ = _cleaned(strip, job)
    values = coding.values(arrays[0], arrays[-1], valid[0] & valid[-1])
    g = job.grids[0]

    def read(c0, row, ncols, nrows):
        # the window of the strip's box may take in a row beyond the strip (at rounding); its cells have no
        # area in the box
        block = np.zeros((nrows, ncols), values.dtype)
        lo, hi = max(row, r0), min(row + nrows, r0 + n)
        block[lo - row:hi - row] = values[lo - r0:hi - r0, c0:c0 + ncols]
        return block, block == 0

    areas = ZonalReader(g, read=read).areas(box(*g.window_bounds(0, r0, g.width, n)))
    cleaned = None
    if coding.cleaned:
        cleaned = []
        for a, v, nd in zip(arrays, valid, coding.nodata):
            if nd is not None:
                a[~v] = nd
            cleaned.append(a)
    return values, cleaned, areas


# ---------------------------------------------------------------------------------------------- the run

def working_dtype(grids):
    """The numpy type that holds the classes of every date."""
    types = []
    for g in grids:
        ds = gdal.Open(g.path)
        types.append(gdal.GetDataTypeName(ds.GetRasterBand(g.band).DataType))
    dtype = np.result_type(*[np.dtype({"Byte": "uint8"}.get(t, t.lower())) for t in types])
    return np.dtype(np.int16) if dtype == np.int8 else dtype


def label_of(pair, names):
    """"mangrove → tidal flat" (``names``: class names) or "3 → 5"."""
    f, t = pair
    return (names[f] + ARROW + names[t]) if names else "{}{}{}".format(f, ARROW, t)


def plugin_names(codes):
    """The plugin's class names when every code is one of its classes, else None."""
    return dict(NAMES) if codes and set(codes) <= set(NAMES) else None


def transition_table(pairs, years, names):
    """The rows of the coding (dicts with COLUMNS), in value order."""
    return [dict(value=v, from_class=int(f), to_class=int(t), from_year=int(years[0]), to_year=int(years[-1]),
                 change=int(f != t), label=label_of((f, t), names))
            for v, (f, t) in enumerate(pairs, start=1)]


def sidecar_paths(raster_path):
    """The table and the style written beside the transition raster (the table is read back by
    ``accuracy.transitions_table.read_transition_table``, the one reader of this coding)."""
    base = os.path.splitext(raster_path)[0]
    return base + ".csv", base + ".qml"


def _free_nodata(dtype, codes):
    """A value of ``dtype`` that is no class: 0, else the type's largest."""
    info = np.iinfo(dtype)
    for v in (0, info.max, info.min):
        if v not in codes:
            return int(v)
    raise InputError("Every value of the maps' type is a class; no value is left to mark the pixels without a "
                     "class in the cleaned maps.")


def _nodata_warnings(years, grids, codes):
    """Nodata values that are classes elsewhere: (template, fields) warnings."""
    out = []
    nodata = [change._nodata(g) for g in grids]
    for j, nd in enumerate(nodata):
        if nd is None:
            continue
        elsewhere = [years[i] for i in range(len(years)) if i != j and nd in codes[i]]
        if elsewhere:
            out.append((N_("The nodata value {nodata} of the {year} map is a class on the {other} map(s): on {year} "
                           "those pixels are read as no data, so their transitions are missing. Give the {year} "
                           "map a nodata value that is no class (gdal_edit.py -a_nodata <value>) and run again."),
                        dict(nodata=nd, year=years[j], other=", ".join(map(str, elsewhere)))))
    every = set().union(*codes)
    if len(set(nodata)) == 1 and nodata[0] in NAMES and every and every <= set(NAMES):
        out.append((N_("The nodata value {nodata} of every map is the plugin's class {nodata} ({name}): that class "
                       "is read as no data on every date and cannot appear in any transition. If the maps use the "
                       "plugin's classes, set their nodata value to 0 (gdal_edit.py -a_nodata 0) and run again."),
                    dict(nodata=nodata[0], name=NAMES[nodata[0]])))
    return out


def _stage(progress, a, b):
    return (lambda f: progress(a + (b - a) * f)) if progress else None


def transition_map(snapshots, out_path, *, min_pixels=0, temporal=True, cleaned_folder=None, rows=None,
                   progress=None, is_canceled=None, executor=None):
    """The whole run: checks, cleaning, the transition raster with its table, style and metadata, and the cleaned
    maps. Returns a dict (see the keys at the end)."""
    years, grids = change.snapshot_grids(snapshots, least=2)
    g = grids[0]
    job = Job(grids=grids, dtype=working_dtype(grids).name, min_pixels=int(min_pixels or 0),
              temporal=bool(temporal))
    strips = [(i, r0, n) for i, (r0, n) in enumerate(row_strips(g.height, max(int(rows or strip_rows(g.width)), 1)))]
    cells = g.width * g.height * len(grids)
    mmu = job.min_pixels > 1
    passes = (len(grids) - 1 if mmu else 0) + 2
    done = 0

    def run(fn, *shared):
        nonlocal done
        out = change._in_order(executor, fn, strips, (job,) + shared, cells,
                               _stage(progress, done / passes, (done + 1) / passes), is_canceled)
        done += 1
        return out

    with bounded_block_cache():
        if mmu:
            for _ in range(1, len(grids)):
                job.merged.append(merge_edges(run(_edges_strip)))
        pairs, codes = {}, [set() for _ in grids]
        temporal_px, mmu_px, unmapped = [0] * len(grids), [0] * len(grids), 0
        for p, c, t, m, u in run(_scan_strip):
            for key, count in p.items():
                pairs[key] = pairs.get(key, 0) + count
            for k in range(len(grids)):
                codes[k] |= c[k]
                temporal_px[k] += t[k]
                mmu_px[k] += m[k]
            unmapped += u
        warnings = _nodata_warnings(years, grids, codes)
        if not pairs:
            raise InputError("No pixel has a class on both the first ({first}) and the last ({last}) date: every "
                             "pixel is nodata on one of them, so there is no transition to map. Check that the maps "
                             "cover the same place and that their nodata values are not classes.",
                             first=years[0], last=years[-1])
        ordered = sorted(pairs)
        names = plugin_names(set().union(*codes))
        table = transition_table(ordered, years, names)
        dtype = np.dtype(job.dtype)
        coding = Coding(pairs=ordered, out_type=gdal.GDT_Byte if len(ordered) < 256 else
                        gdal.GDT_UInt16 if len(ordered) < 65536 else gdal.GDT_UInt32,
                        cleaned=bool(cleaned_folder),
                        nodata=[change._nodata(gr) if change._nodata(gr) is not None else
                                (_free_nodata(dtype, set().union(*codes)) if gr.mask else None) for gr in grids])
        whole, snapshot_table = _write_outputs(job, coding, strips, years, table, out_path, cleaned_folder,
                                               _stage(progress, done / passes, 1.0), is_canceled, executor)
    pixels = [pairs[p] for p in ordered]
    return dict(years=years, paths=[p for _, p in snapshots], grid=g, table=table, names=names,
                pixels=pixels, area_m2=[whole.classes.get(v, 0.0) for v in range(1, len(ordered) + 1)],
                unmapped_pixels=unmapped, unmapped_m2=whole.nodata_m2, temporal_pixels=temporal_px,
                mmu_pixels=mmu_px, min_pixels=job.min_pixels, temporal=job.temporal, snapshot_table=snapshot_table,
                warnings=warnings)


def _write_outputs(job, coding, strips, years, table, out_path, folder, progress, is_canceled, executor):
    """The write pass: the transition raster (with its metadata), the cleaned maps and their snapshot table,
    then the sidecar table, style and attribute table. Returns the whole map's ZoneAreas and the path of the
    cleaned maps' snapshot table (None when they are not written)."""
    from ..raster.zonal import ZoneAreas

    g = job.grids[0]
    like = gdal.Open(g.path)
    areas = [None] * len(strips)
    cleaned_paths = [os.path.join(folder, "snapshot_{}.tif".format(y)) for y in years] if folder else []
    if folder:
        os.makedirs(folder, exist_ok=True)
    written = []
    try:
        with ExitStack() as stack:
            out = stack.enter_context(OutputRaster(like, out_path, 1, coding.out_type, 0,
                                                   descriptions=["transition {}-{}".format(years[0], years[-1])]))
            out.ds.SetMetadataItem(METADATA_ITEM, json.dumps(table, ensure_ascii=False))
            cleaned_type = gdal_array.NumericTypeCodeToGDALTypeCode(np.dtype(job.dtype))
            outs = [stack.enter_context(OutputRaster(like, p, 1, cleaned_type, nd if nd is not None else 0,
                                                     descriptions=["classes {}".format(y)]))
                    for p, y, nd in zip(cleaned_paths, years, coding.nodata)]
            for o, nd in zip(outs, coding.nodata):
                if nd is None:
                    o.ds.GetRasterBand(1).DeleteNoDataValue()

            def write(strip, result):
                values, cleaned, strip_areas = result
                out.write(1, values, strip[1])
                for o, block in zip(outs, cleaned or []):
                    o.write(1, block, strip[1])
                areas[strip[0]] = strip_areas

            run_strips(executor, _write_strip, strips, (job, coding), write,
                       cells=g.width * g.height * len(job.grids), cells_per_second=CELLS_PER_SECOND,
                       progress=progress, is_canceled=is_canceled)
        written += [out_path] + cleaned_paths
        table_path, qml_path = sidecar_paths(out_path)
        write_table_csv(table_path, table)
        written.append(table_path)
        write_qml(qml_path, table)
        written.append(qml_path)
        write_attribute_table(out_path, table)
        snapshot_table = None
        if folder:
            snapshot_table = os.path.join(folder, SNAPSHOT_TABLE)
            _write_text(snapshot_table, "snapshot_year,raster_path\n" + "".join(
                "{},{}\n".format(y, os.path.basename(p)) for y, p in zip(years, cleaned_paths)))
            written.append(snapshot_table)
    except BaseException:
        for path in written:
            if os.path.exists(path):
                os.remove(path)
        raise
    whole = ZoneAreas()
    for a in areas:
        whole.add(a)
    return whole, snapshot_table


# ---------------------------------------------------------------------------------------------- side files

def _write_text(path, text):
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def write_table_csv(path, table):
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(table)
    os.replace(tmp, path)


def _lighter(colour, share=0.55):
    """The colour mixed with ``share`` of white."""
    rgb = [int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join("{:02x}".format(int(round(c + (255 - c) * share))) for c in rgb)


def style_entries(table, labels=None):
    """[(value, colour, legend label)]: stable pairs in a light shade of the class's colour, changes in
    distinct colours in value order. ``labels``: {value: label} to show in place of the table's."""
    out, k = [], 0
    for row in table:
        if row["change"]:
            colour = CHANGE_COLOURS[k % len(CHANGE_COLOURS)]
            k += 1
        else:
            colour = _lighter(colour_of(row["to_class"]))
        out.append((row["value"], colour, (labels or {}).get(row["value"], row["label"])))
    return out


def write_qml(path, table, labels=None):
    entries = "\n".join('        <paletteEntry value="{}" color="{}" label={} alpha="255"/>'.format(v, c, quoteattr(
        "{} {}".format(v, lab))) for v, c, lab in style_entries(table, labels))
    _write_text(path, """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22" styleCategories="Symbology">
  <pipe>
    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
{}
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeOn="0" grayscaleMode="0"/>
    <rasterresampler maxOversampling="2"/>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
""".format(entries))


def write_attribute_table(path, table):
    """The table as the band's GDAL raster attribute table (kept in the .aux.xml file; nothing when GDAL keeps
    no side files)."""
    rat = gdal.RasterAttributeTable()
    for name in COLUMNS:
        usage = {"value": gdal.GFU_MinMax, "label": gdal.GFU_Name}.get(name, gdal.GFU_Generic)
        rat.CreateColumn(name, gdal.GFT_String if name == "label" else gdal.GFT_Integer, usage)
    rat.SetRowCount(len(table))
    for r, row in enumerate(table):
        for c, name in enumerate(COLUMNS):
            if name == "label":
                rat.SetValueAsString(r, c, row[name])
            else:
                rat.SetValueAsInt(r, c, int(row[name]))
    try:
        ds = gdal.Open(path)
        ds.GetRasterBand(1).SetDefaultRAT(rat)
        ds = None
    except RuntimeError:
        pass  # a format or configuration that keeps no attribute table: the CSV and the metadata hold it


# ---------------------------------------------------------------------------------------------- areas by zone

def zone_rows(run, raster_path, geoms, zone_ids, whole_id, executor=None, progress=None, is_canceled=None):
    """Rows (area_id, value, from_class, to_class, change, label, area_ha): the whole map's (value 0 for its
    pixels without a transition), then each zone's (value 0: its ground without a transition or outside the
    map), measured by raster/zonal.py on the written transition raster."""
    from ..raster.executor import zonal_areas
    from ..raster.grid import open_grid

    def rows_of(zid, classes, unmapped_m2):
        out = [(zid, r["value"], r["from_class"], r["to_class"], r["change"], r["label"],
                classes.get(r["value"], 0.0) / M2_PER_HA) for r in run["table"]]
        if unmapped_m2 > 0:
            out.append((zid, 0, None, None, None, "no data", unmapped_m2 / M2_PER_HA))
        return out

    rows = rows_of(whole_id, dict(zip(range(1, len(run["table"]) + 1), run["area_m2"])), run["unmapped_m2"])
    if geoms is not None:
        zones = zonal_areas(open_grid(raster_path), geoms, executor, progress=progress, is_canceled=is_canceled)
        for zid, z in zip(zone_ids, zones):
            rows += rows_of(zid, z.classes, z.unmapped_m2)
    return rows

