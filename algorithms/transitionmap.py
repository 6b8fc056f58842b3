"""bluecarbon:transitionmap — class maps of several dates to a transition map, cleaned, with areas by area."""
import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.dependencies import ENGINE, require
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.geometries import read_geometries
from ..bluecarbon_qgis.i18n import locale_name, tr
from ..bluecarbon_qgis.output_guard import input_sources, output_targets
from ..bluecarbon_qgis.rasters import apply_style_on_load
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor
from .carbonchange import SNAPSHOT_TABLE, SNAPSHOT_YEARS, SNAPSHOTS, snapshot_list

TABLE_FIELDS = (("area_id", QVariant.String), ("value", QVariant.Int), ("from_class", QVariant.Int),
                ("to_class", QVariant.Int), ("change", QVariant.Int), ("label", QVariant.String),
                ("area_ha", QVariant.Double))


class TransitionMap(BlueCarbonAlgorithm):
    NAME = "transitionmap"
    DISPLAY = "Transition map (change between dates)"
    GROUP_ID = "habitatmapping"
    HELP = (
        "Turns class maps of two or more dates (InVEST's snapshot table, or the class rasters with their years) "
        "into a transition map: one value per from → to pair that occurs between the first and the last date, "
        "numbered 1..n in the order of the sorted (from, to) pairs (stable pairs included), 0 where either date "
        "has no class. Beside the raster: a CSV of the values (value, from_class, to_class, from_year, to_year, "
        "change, label), the same table in the GeoTIFF's metadata, and a style whose legend names each pair.\n\n"
        "Two cleaning steps, each can be switched off: the temporal rule (three or more dates: a pixel that "
        "flips A → B → A is an error of the middle date, which gets A) and a minimum mapping unit for change "
        "(change patches of fewer pixels than the minimum, 8-connected, go back to no change). The log and the "
        "report count the pixels each rule changed, date by date.\n\n"
        "The cleaned class maps of every date can be written to a folder with a snapshot table (snapshots.csv) "
        "that 'Carbon stock change over time' reads as it is. Transition areas are true ellipsoidal hectares, "
        "for the whole map and per project area. The maps must share one grid; the message says how to align "
        "one that does not."
    )
    SNAPSHOT_TABLE, SNAPSHOTS, SNAPSHOT_YEARS = SNAPSHOT_TABLE, SNAPSHOTS, SNAPSHOT_YEARS
    MIN_CHANGE_PIXELS, TEMPORAL_RULES = "MIN_CHANGE_PIXELS", "TEMPORAL_RULES"
    AREAS, ID_FIELD = "AREAS", "ID_FIELD"
    OUTPUT, OUTPUT_CLEANED, OUTPUT_TABLE, OUTPUT_REPORT = "OUTPUT", "OUTPUT_CLEANED", "OUTPUT_TABLE", "OUTPUT_REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFile(self.SNAPSHOT_TABLE, tr("Land-cover snapshot table (InVEST CSV)"),
                                            extension="csv", optional=True),
                 "snapshot_year, raster_path (paths relative to the CSV's folder); or the layers and years below.")
        self.add(QgsProcessingParameterMultipleLayers(self.SNAPSHOTS, tr("Land-cover snapshots (class rasters)"),
                                                      QgsProcessing.TypeRaster, optional=True),
                 "Class rasters of two or more dates on one grid, used when no snapshot table is given.")
        self.add(QgsProcessingParameterString(self.SNAPSHOT_YEARS, tr("Snapshot years (comma list, same order)"),
                                              optional=True),
                 "One year per snapshot layer, in the same order, oldest first, e.g. 2015, 2020, 2024.")
        self.add(QgsProcessingParameterNumber(self.MIN_CHANGE_PIXELS, tr("Minimum change patch (pixels; 0 = off)"),
                                              QgsProcessingParameterNumber.Integer, 0, minValue=0),
                 "Change patches (8-connected: pixels touching at a corner join) of fewer pixels than this go back "
                 "to no change, interval by interval. 0 or 1 switches the step off. With 10 m pixels, 5 pixels are "
                 "0.05 ha.")
        self.add(QgsProcessingParameterBoolean(self.TEMPORAL_RULES, tr("Temporal rule (three or more dates)"),
                                               defaultValue=True),
                 "A pixel that flips A → B → A over three consecutive dates is treated as an error of the middle "
                 "date, which gets A. The first and last dates are never changed. Unchecked: off.")
        self.add(QgsProcessingParameterFeatureSource(self.AREAS, tr("Project areas"),
                                                     [QgsProcessing.TypeVectorPolygon], optional=True),
                 "Polygons in any CRS; each gets the area of every transition inside it. The whole map's areas are "
                 "always given.")
        self.add(QgsProcessingParameterField(self.ID_FIELD, tr("Area identifier field"), None, self.AREAS,
                                             optional=True),
                 "Values written as area_id; empty: the feature id.")
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Transition map")),
                 "GeoTIFF of transition values (1..n, 0 = no data), with the table beside it (same name, .csv), "
                 "the table in its metadata (BLUECARBON_TRANSITIONS) and its style (.qml).")
        self.add(QgsProcessingParameterFolderDestination(self.OUTPUT_CLEANED, tr("Cleaned class maps (folder)"),
                                                         optional=True, createByDefault=True),
                 "snapshot_<year>.tif for every date after cleaning, and snapshots.csv listing them: the snapshot "
                 "table of 'Carbon stock change over time'.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Transition areas"),
                                                   QgsProcessing.TypeVector, optional=True, createByDefault=True),
                 "One row per area and transition: area_id, value, from_class, to_class, change, label, area_ha; "
                 "the whole map's rows first; value 0: ground without a transition (no data, or outside the map).")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, tr("Report (HTML)"),
                                                       tr("HTML files (*.html)"), optional=True,
                                                       createByDefault=True),
                 "Inputs, the cleaning rules with the pixels each changed per date, the transitions and their "
                 "areas.")
        self.addOutput(QgsProcessingOutputFile("CLEANED_SNAPSHOT_TABLE",
                                               tr("Snapshot table of the cleaned class maps")))
        for out_id, label in (("TRANSITIONS", N_("Number of transitions (values)")),
                              ("CHANGE_HA", N_("Area that changed class, whole map (ha)")),
                              ("TEMPORAL_PIXELS", N_("Pixels changed by the temporal rule")),
                              ("MMU_PIXELS", N_("Pixels changed by the minimum mapping unit"))):
            self.addOutput(QgsProcessingOutputNumber(out_id, tr(label)))
        add_scheduler_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        require(*ENGINE)
        from ..bluecarbon_qgis.engine.carbon import transitions
        from ..bluecarbon_qgis.engine.reports.html import write_html
        from ..bluecarbon_qgis.engine.reports.transitions import transition_report

        snapshots = snapshot_list(self, parameters, context)
        min_pixels = self.parameterAsInt(parameters, self.MIN_CHANGE_PIXELS, context)
        temporal = self.parameterAsBool(parameters, self.TEMPORAL_RULES, context)
        if min_pixels > 1:
            require("scipy")
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_CLEANED, context) \
            if parameters.get(self.OUTPUT_CLEANED) else None
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else None
        source = self.parameterAsSource(parameters, self.AREAS, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)  # checked before the run
        side = self._side_files(parameters, context, out, folder, snapshots)
        existed = folder is not None and os.path.isdir(folder)
        try:
            results = self._run(parameters, context, feedback, snapshots, out, folder, report_path, source, id_field,
                                min_pixels, temporal, transitions, transition_report, write_html)
        except BaseException:
            if folder and not existed and os.path.isdir(folder) and not os.listdir(folder):
                os.rmdir(folder)
            raise
        apply_style_on_load(out, side[1], context)
        return results

    def _side_files(self, parameters, context, out, folder, snapshots):
        """The files written besides the declared outputs (the table and style beside the raster, the cleaned
        maps): refused, with the raster itself, when one is an input (the snapshot table's rasters included) or
        another output's file; tracked, so that a failed run removes them."""
        from ..bluecarbon_qgis.engine.carbon import transitions

        side = list(transitions.sidecar_paths(out))
        if folder:
            side += [os.path.join(folder, "snapshot_{}.tif".format(y)) for y, _ in snapshots]
            side.append(os.path.join(folder, transitions.SNAPSHOT_TABLE))
        taken = {os.path.realpath(p): (param.name(), p) for param, (p, _) in input_sources(self, parameters, context)}
        taken.update({os.path.realpath(p): (self.SNAPSHOT_TABLE, p) for _, p in snapshots})
        for param, (p, _) in output_targets(self, parameters, context):
            if param.name() != self.OUTPUT:
                taken.setdefault(os.path.realpath(p), (param.name(), p))
        for path in [out] + side:
            clash = taken.get(os.path.realpath(path))
            if clash:
                raise QgsProcessingException(tr(
                    "The transition map would write {path}, which is {name} ({given}); nothing was run. Give the "
                    "transition map or the cleaned maps' folder another name.").format(
                        path=path, name=clash[0], given=clash[1]))
            if path != out:
                self._track_output(path)
        return side

    def _run(self, parameters, context, feedback, snapshots, out, folder, report_path, source, id_field, min_pixels,
             temporal, transitions, transition_report, write_html):
        with open_executor(self, parameters, context, feedback) as executor, engine_errors():
            run = transitions.transition_map(snapshots, out, min_pixels=min_pixels, temporal=temporal,
                                             cleaned_folder=folder, progress=progress_callback(feedback, 0, 85),
                                             is_canceled=feedback.isCanceled, executor=executor)
            geoms = ids = None
            if source is not None:
                features, geoms = read_geometries(source, run["grid"].crs.to_wkt(), context, feedback,
                                                  tr("The project area layer"))
                ids = [str(f[id_field]) if id_field else str(f.id()) for f in features]
            rows = transitions.zone_rows(run, out, geoms, ids, tr("whole raster"), executor=executor,
                                         progress=progress_callback(feedback, 85, 14),
                                         is_canceled=feedback.isCanceled)
        names = run["names"]
        labels = {r["value"]: transitions.label_of((r["from_class"], r["to_class"]),
                                                   {c: tr(n) for c, n in names.items()} if names else None)
                  for r in run["table"]}
        transitions.write_qml(transitions.sidecar_paths(out)[1], run["table"], labels)
        warnings = [tr(t).format(**f) for t, f in run["warnings"]]
        self._log(feedback, run, warnings)
        results = {self.OUTPUT: out, "CLEANED_SNAPSHOT_TABLE": run["snapshot_table"],
                   "TRANSITIONS": len(run["table"]),
                   "CHANGE_HA": sum(m2 for r, m2 in zip(run["table"], run["area_m2"]) if r["change"]) / 1e4,
                   "TEMPORAL_PIXELS": sum(run["temporal_pixels"]), "MMU_PIXELS": sum(run["mmu_pixels"])}
        if folder:
            results[self.OUTPUT_CLEANED] = folder
        if parameters.get(self.OUTPUT_TABLE):
            results[self.OUTPUT_TABLE] = self._write_table(parameters, context, rows)
        if report_path:
            write_html(report_path, transition_report(
                run, rows, inputs={"areas": source.sourceName() if source else None, "output": out}, labels=labels,
                warnings=warnings, tr=tr, lang=locale_name().split("_")[0]))
            results[self.OUTPUT_REPORT] = report_path
        return results

    @staticmethod
    def _log(feedback, run, warnings):
        years = run["years"]
        feedback.pushInfo(tr("{n} transitions between {first} and {last}; {changed:,.4f} ha changed class of "
                             "{mapped:,.4f} ha mapped on both dates.").format(
            n=len(run["table"]), first=years[0], last=years[-1],
            changed=sum(m2 for r, m2 in zip(run["table"], run["area_m2"]) if r["change"]) / 1e4,
            mapped=sum(run["area_m2"]) / 1e4))
        if len(years) >= 3:
            feedback.pushInfo(tr("Temporal rule (A → B → A: the middle date gets A): {state}; pixels changed per "
                                 "date: {counts}.").format(
                state=tr("applied") if run["temporal"] else tr("switched off"),
                counts=", ".join("{} {}".format(y, n) for y, n in zip(years, run["temporal_pixels"]))))
        feedback.pushInfo(tr("Minimum mapping unit for change: {state}; pixels changed per date: {counts}.").format(
            state=tr("applied: {n} pixels").format(n=run["min_pixels"]) if run["min_pixels"] > 1
            else tr("switched off"),
            counts=", ".join("{} {}".format(y, n) for y, n in zip(years, run["mmu_pixels"]))))
        if run["unmapped_pixels"]:
            feedback.pushInfo(tr("{n} pixels have no class on the first or the last date: value 0 (no data) in "
                                 "the transition map.").format(n=run["unmapped_pixels"]))
        for w in warnings:
            feedback.pushWarning(w)

    def _write_table(self, parameters, context, rows):
        fields = QgsFields()
        for name, kind in TABLE_FIELDS:
            fields.append(QgsField(name, kind, "double" if kind == QVariant.Double else "", 20 if
                                   kind == QVariant.Double else 0, 6 if kind == QVariant.Double else 0))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        for row in rows:
            f = QgsFeature(fields)
            f.setAttributes([str(row[0])] + list(row[1:]))
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        return dest
