"""bluecarbon:transitiontemplate — the transition table to fill for carbonchange, from the snapshots."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.dependencies import ENGINE, require
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.i18n import tr
from .carbonchange import SNAPSHOT_TABLE, SNAPSHOT_YEARS, SNAPSHOTS, snapshot_list


class TransitionTemplate(BlueCarbonAlgorithm):
    NAME = "transitiontemplate"
    DISPLAY = "Transition table template"
    GROUP_ID = "carbonaccounting"
    HELP = (
        "Writes the transition table for 'Carbon stock change over time' (InVEST's format) listing every "
        "from/to class pair that occurs between consecutive snapshots, as InVEST's preprocessor does, with the "
        "pixel count and the true (ellipsoidal) area of each pair and period below the table.\n\n"
        "Cells are pre-filled with InVEST's rule: into a coastal blue carbon habitat 'accum', out of one "
        "'disturb' (replace it with low-, med- or high-impact-disturb), between other classes 'NCC'; except from "
        "one habitat to another (salt marsh to mangrove, say), where the cell is the question 'accum or "
        "disturb?': accum if the new habitat grew without clearing the old one, an impact level if the old one "
        "was cleared (its carbon is emitted). InVEST would pre-fill accum there, so that clearing salt marsh to "
        "plant mangrove emits nothing. A habitat that stays itself is 'accum'. 'Carbon stock change over time' "
        "refuses a table that still holds 'disturb' or 'accum or disturb?'. The notes below the table say the "
        "same. Check every suggestion. Class names and habitat flags come from InVEST's land-cover lookup table (code, lulc-class, "
        "is_coastal_blue_carbon_habitat) or, without one, from the plugin's class scheme (mangrove, salt marsh "
        "and seagrass are habitats)."
    )
    LULC_TABLE, OUTPUT, OUTPUT_PAIRS = "LULC_TABLE", "OUTPUT", "OUTPUT_PAIRS"
    SNAPSHOT_TABLE, SNAPSHOTS, SNAPSHOT_YEARS = SNAPSHOT_TABLE, SNAPSHOTS, SNAPSHOT_YEARS

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFile(self.SNAPSHOT_TABLE, tr("Land-cover snapshot table (InVEST CSV)"),
                                            extension="csv", optional=True),
                 "snapshot_year, raster_path; or the layers and years below.")
        self.add(QgsProcessingParameterMultipleLayers(self.SNAPSHOTS, tr("Land-cover snapshots (class rasters)"),
                                                      QgsProcessing.TypeRaster, optional=True),
                 "Class rasters on one grid, used when no snapshot table is given.")
        self.add(QgsProcessingParameterString(self.SNAPSHOT_YEARS, tr("Snapshot years (comma list, same order)"),
                                              optional=True), "One year per snapshot layer.")
        self.add(QgsProcessingParameterFile(self.LULC_TABLE, tr("Land-cover lookup table (InVEST CSV)"),
                                            extension="csv", optional=True),
                 "code, lulc-class, is_coastal_blue_carbon_habitat. Empty: the plugin's class scheme.")
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Transition table template (CSV)"),
                                                       tr("CSV files (*.csv)")),
                 "InVEST's transition matrix, then the pixel counts and areas of each pair.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_PAIRS, tr("Transitions that occur"),
                                                   QgsProcessing.TypeVector, optional=True, createByDefault=True),
                 "One row per pair and period: from/to code and name, pixels, area_ha, suggested kind.")
        self.addOutput(QgsProcessingOutputNumber("PAIRS", tr("Number of class pairs that occur")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        require(*ENGINE)
        from ..bluecarbon_qgis.engine.carbon import change, invest_tables
        from ..bluecarbon_qgis.engine.classes import NAMES

        snapshots = snapshot_list(self, parameters, context)
        out_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        lulc = self.parameterAsFile(parameters, self.LULC_TABLE, context)
        with engine_errors():
            model = change.prepare(snapshots, invest_tables.Biophysical("", {}), {},
                                   analysis_year=None if len(snapshots) > 1 else snapshots[0][0] + 1)
            traj = change.scan(model, progress=progress_callback(feedback, 0, 90), is_canceled=feedback.isCanceled)
            if lulc:
                lookup = invest_tables.read_lulc_lookup(lulc)
            else:
                lookup = {c: (tr(n), c in invest_tables.STANDARD_HABITATS) for c, n in NAMES.items()}
                feedback.pushInfo(tr("No lookup table: class names and habitats from the plugin's class scheme."))
        present = sorted(set(traj.classes.ravel().tolist()))
        missing = [c for c in present if c not in lookup]
        if missing:
            raise QgsProcessingException(tr(
                "The snapshots have class value(s) {codes} that the lookup table does not name; add a row "
                "(code, lulc-class, is_coastal_blue_carbon_habitat) for each.").format(
                    codes=", ".join(map(str, missing))))
        lookup = {c: v for c, v in lookup.items() if c in present} if not lulc else lookup
        pairs = {}
        for start, end, a, b, _, n, ha in change.transition_summary(model, traj):
            pairs.setdefault((a, b), {})["{}-{}".format(start, end)] = (n, ha)
        with engine_errors():
            invest_tables.write_transition_template(out_path, lookup, pairs, tr)
        results = {self.OUTPUT: out_path, "PAIRS": len(pairs)}
        if parameters.get(self.OUTPUT_PAIRS):
            results[self.OUTPUT_PAIRS] = self._pairs_table(parameters, context, lookup, pairs, invest_tables)
        cells = [invest_tables.suggested_kind(lookup[a][1], lookup[b][1], a == b) for a, b in pairs]
        feedback.pushInfo(tr("{n} class pairs occur; {d} cells marked 'disturb' need the impact level and {q} cells "
                             "marked 'accum or disturb?' need an answer before the table can be used.").format(
                                 n=len(pairs), d=cells.count(invest_tables.DISTURB),
                                 q=cells.count(invest_tables.QUESTION)))
        return results

    def _pairs_table(self, parameters, context, lookup, pairs, invest_tables):
        fields = QgsFields()
        for name, kind in (("from_code", QVariant.Int), ("from_class", QVariant.String), ("to_code", QVariant.Int),
                           ("to_class", QVariant.String), ("period", QVariant.String), ("pixels", QVariant.Int),
                           ("area_ha", QVariant.Double), ("suggested", QVariant.String)):
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_PAIRS, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_PAIRS))
        for (a, b), periods in sorted(pairs.items()):
            for period, (n, ha) in sorted(periods.items()):
                f = QgsFeature(fields)
                f.setAttributes([a, lookup[a][0], b, lookup[b][0], period, n, ha,
                                 invest_tables.suggested_kind(lookup[a][1], lookup[b][1], a == b)])
                sink.addFeature(f, QgsFeatureSink.FastInsert)
        return dest
