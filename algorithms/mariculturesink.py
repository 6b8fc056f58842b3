"""bluecarbon:mariculturesink — yearly carbon removed by harvested shellfish and seaweed, per farm."""
import math

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..bluecarbon_qgis.algorithm import BlueCarbonAlgorithm, engine_errors
from ..bluecarbon_qgis.dependencies import ENGINE, require
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.feedback import progress_callback
from ..bluecarbon_qgis.geometries import read_geometries
from ..bluecarbon_qgis.i18n import tr
from ..bluecarbon_qgis.rasters import class_raster
from ..bluecarbon_qgis.scheduler import add_scheduler_parameter, open_executor, start_workers_early

NEW_FIELDS = ("farm_id", "species_key", "area_ha", "yield_t", "tc_per_t", "removal_tc_yr", "removal_tco2e_yr",
              "removal_tco2e_yr_lo", "removal_tco2e_yr_hi", "method", "coef_source", "coef_verified")
METHODS = (N_("Shell + tissue carbon (Chinese marine-industry accounting)"),
           N_("Tissue carbon only (conservative)"),
           N_("Tissue − ψ × shell carbon: calcification as a CO2 source (Munari et al. 2013, Filgueira et al. 2015)"))


def farm_label(feat, id_field):
    """How a farm is named in messages: its id field's value, else its feature id."""
    if id_field:
        value = feat[id_field]
        if value is not None and str(value) not in ("", "NULL"):
            return str(value)
    return tr("feature {fid}").format(fid=feat.id())


def _yield_value(feat, field, what, label):
    value = feat[field]
    if value is None or str(value) in ("", "NULL") or (hasattr(value, "isNull") and value.isNull()):
        raise QgsProcessingException(tr("Farm {farm} has no {what}: field {field} is empty. Give its {what} (0 if "
                                        "nothing was harvested) or leave the farm out of the layer.")
                                     .format(farm=label, what=what, field=field))
    try:
        number = float(str(value))
    except (TypeError, ValueError):
        raise QgsProcessingException(tr("Farm {farm}: the {what} '{value}' in field {field} is not a number.")
                                     .format(farm=label, what=what, value=value, field=field)) from None
    if number < 0 or number != number or math.isinf(number):
        raise QgsProcessingException(tr("Farm {farm}: the {what} in field {field} is negative or not finite "
                                        "({value}).").format(farm=label, what=what, value=number, field=field))
    return number


def check_geographic_extent(source, what):
    """Coordinates outside the valid range of a geographic CRS mean the layer's CRS is wrong: refuse."""
    crs = source.sourceCrs()
    if not crs.isValid() or not crs.isGeographic():
        return
    box = source.sourceExtent()
    if box.isEmpty() and box.width() == 0 and box.height() == 0 and box.xMinimum() == 0:
        return
    if box.xMinimum() < -360 or box.xMaximum() > 360 or box.yMinimum() < -90 or box.yMaximum() > 90:
        raise QgsProcessingException(tr(
            "{what} has coordinates from ({x0:.0f}, {y0:.0f}) to ({x1:.0f}, {y1:.0f}), outside the range of its "
            "geographic CRS {crs} (longitude −180…180, latitude −90…90). The layer's CRS is probably wrong: "
            "projected coordinates (such as UTM metres) declared as {crs}. Set the right CRS (Layer Properties › "
            "Source, or Assign Projection) and run again.").format(
            what=what, x0=box.xMinimum(), y0=box.yMinimum(), x1=box.xMaximum(), y1=box.yMaximum(),
            crs=crs.authid() or crs.description()))


class MaricultureSink(BlueCarbonAlgorithm):
    NAME = "mariculturesink"
    DISPLAY = "Mariculture carbon removal (shellfish and seaweed)"
    GROUP_ID = "mariculture"
    HELP = (
        "Yearly carbon removed from the sea by harvested shellfish and seaweed, per farm or marine ranch, from "
        "harvest statistics.\n\n"
        "Bivalves: C = Y × dry/wet ratio × (shell share × shell carbon + tissue share × tissue carbon). "
        "Seaweed: C = Y × dry/wet ratio × carbon fraction. CO2e = C × 44/12. Y is the harvest in t fresh weight "
        "per year: from a field per farm, or a yield per hectare times the farm's area (its ellipsoidal area, or "
        "with a habitat raster the area of the mariculture classes 6, 7 and 8 inside it, computed exactly as in "
        "the carbon stocks tool). Farms outside the habitat raster get a warning; coordinates outside the range "
        "of a geographic CRS stop the run (the layer's CRS is wrong).\n\n"
        "Methods, each the arithmetic of a named accounting practice: 0 shell + tissue carbon, the Chinese "
        "marine-industry accounting of shellfish and seaweed carbon sinks (carbon removed by harvest: Zhang, Fang "
        "& Tang 2005; Tang, Zhang & Fang 2011; HY/T 0305-2021), which counts shell carbon; 1 tissue carbon only, "
        "the soft-tissue term of method 0 alone (conservative); 2 tissue carbon − ψ × shell carbon, the "
        "calcification literature's practice (Munari, Rossetti & Mistri 2013, Marine Environmental Research 92: "
        "264–267; Filgueira et al. 2015, Marine Ecology Progress Series 518: 281–287): shell carbon comes from "
        "seawater bicarbonate, and precipitating CaCO3 releases ψ mol CO2 per mol (Frankignoulle, Canon & "
        "Gattuso 1994), so shell formation counts as a CO2 source. Method 2 can give a negative removal (a net "
        "source): about −28 t C for 1,000 t of oysters where method 0 gives +96.\n\n"
        "Default coefficients: the shipped table (bivalves and seaweeds of China's fishery statistics, names in "
        "Chinese, English or Latin), every row with its source, how it was verified and where its bounds come "
        "from; species for which no coefficient was published (razor clam 蛏, ark clam 蚶, abalone 鲍) are named "
        "and refused with the reason. A table of your own replaces it row by row.\n\n"
        "Intervals: coefficients with _lo/_hi bounds are drawn by Monte Carlo (the table's dist column: normal "
        "for symmetric 95 % bounds, lognormal for skewed ones, PERT for observed min–max ranges), once per "
        "species per iteration; every coefficient stays within 0–1, and shell and tissue shares that add up to "
        "1 are drawn jointly (tissue = 1 − shell). A species without bounds has no interval, and the log says "
        "so. A seed reproduces the draws only within one NumPy version."
    )
    ZONES, SPECIES_FIELD, YIELD_FIELD, YIELD_PER_HA_FIELD = "ZONES", "SPECIES_FIELD", "YIELD_FIELD", "YIELD_PER_HA_FIELD"
    ID_FIELD = "ID_FIELD"
    HABITAT, BAND, COEFFICIENTS, METHOD = "HABITAT", "BAND", "COEFFICIENTS", "METHOD"
    CALCIFICATION_RATIO, ITERATIONS, SEED = "CALCIFICATION_RATIO", "ITERATIONS", "SEED"
    OUTPUT, OUTPUT_TABLE = "OUTPUT", "OUTPUT_TABLE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.ZONES, tr("Farms or marine ranches"),
                                                     [QgsProcessing.TypeVectorPolygon]),
                 "Polygons of farms or ranches, in any CRS.")
        self.add(QgsProcessingParameterField(self.SPECIES_FIELD, tr("Species field"), None, self.ZONES),
                 "Species farmed in each zone (Chinese or English name, or Latin name).")
        self.add(QgsProcessingParameterField(self.YIELD_FIELD, tr("Harvest field (t fresh weight per year)"), None,
                                             self.ZONES, QgsProcessingParameterField.Numeric, optional=True),
                 "Yearly harvest of the zone in t fresh weight. Give this or the yield per hectare, not both.")
        self.add(QgsProcessingParameterField(self.YIELD_PER_HA_FIELD, tr("Yield field (t per ha per year)"), None,
                                             self.ZONES, QgsProcessingParameterField.Numeric, optional=True),
                 "Yearly harvest per hectare, multiplied by the zone's area.")
        self.add(QgsProcessingParameterField(self.ID_FIELD, tr("Farm id field"), None, self.ZONES, optional=True),
                 "Names each farm in messages and in the farm_id field of the output (default: the feature id).")
        self.add(QgsProcessingParameterRasterLayer(self.HABITAT, tr("Habitat raster (optional)"), optional=True),
                 "With a yield per hectare: the area of the mariculture classes (6 seaweed, 7 floating mariculture, "
                 "8 ponds) inside each zone is used instead of the zone's whole area.")
        self.add(QgsProcessingParameterBand(self.BAND, tr("Band"), 1, self.HABITAT, optional=True),
                 "Band of the habitat raster (default 1).")
        self.add(QgsProcessingParameterFile(self.COEFFICIENTS, tr("Coefficient table (CSV)"), extension="csv",
                                            optional=True),
                 "CSV with species, species_latin, group (bivalve/seaweed), aliases, dry_wet_ratio, shell_fraction, "
                 "tissue_fraction, shell_c, tissue_c (bivalves) or c_fraction (seaweed), optional _lo/_hi bounds "
                 "and dist, source and verified. Empty: the shipped table.")
        self.add(QgsProcessingParameterEnum(self.METHOD, tr("Method"), [tr(m) for m in METHODS], defaultValue=0),
                 "How shell carbon is counted (see the help): 0 Chinese marine-industry accounting, 1 tissue only, "
                 "2 calcification literature.")
        self.add(QgsProcessingParameterNumber(self.CALCIFICATION_RATIO, tr("CO2 released per CaCO3 precipitated (ψ)"),
                                              QgsProcessingParameterNumber.Double, 0.6, minValue=0, maxValue=1),
                 "Mol CO2 released per mol CaCO3 precipitated, used by method 2; 0.6 from Frankignoulle, Canon & "
                 "Gattuso 1994, Limnology and Oceanography 39: 458–462.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.ITERATIONS, tr("Monte Carlo iterations (0 = no interval)"),
                                              QgsProcessingParameterNumber.Integer, 10000, minValue=0,
                                              maxValue=1000000), "Number of draws for the 95% intervals.",
                 advanced=True)
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer, 1,
                                              minValue=0),
                 "Seed of the Monte Carlo draws (reproduces them within one NumPy version).", advanced=True)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Removal by zone"), QgsProcessing.TypeVectorPolygon),
                 "The zones with farm_id, species_key, area_ha, yield_t, tc_per_t, removal_tc_yr, removal_tco2e_yr "
                 "and its 95% interval (empty without bounds), method, and the coefficients' source and verification status.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Removal by species"),
                                                   QgsProcessing.TypeVector, optional=True, createByDefault=True),
                 "One row per species: yield, removal, coefficient, source and verification status (optional).")
        for out_id, label in (("TOTAL_YIELD_T", N_("Total harvest (t fresh weight per year)")),
                              ("TOTAL_REMOVAL_TC_YR", N_("Total removal (t C per year)")),
                              ("TOTAL_REMOVAL_TCO2E_YR", N_("Total removal (t CO2e per year)")),
                              ("TOTAL_REMOVAL_TCO2E_YR_LO", N_("Total removal, 95% low (t CO2e per year)")),
                              ("TOTAL_REMOVAL_TCO2E_YR_HI", N_("Total removal, 95% high (t CO2e per year)"))):
            self.addOutput(QgsProcessingOutputNumber(out_id, tr(label)))
        add_scheduler_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        require(*ENGINE)
        from ..bluecarbon_qgis.engine.carbon import mariculture
        from ..bluecarbon_qgis.engine.classes import MARICULTURE
        from ..bluecarbon_qgis.engine.raster.zonal import geodesic_area_m2

        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        habitat_layer = self.parameterAsRasterLayer(parameters, self.HABITAT, context) \
            if parameters.get(self.HABITAT) else None
        species_field = self.parameterAsString(parameters, self.SPECIES_FIELD, context)
        yield_field = self.parameterAsString(parameters, self.YIELD_FIELD, context)
        per_ha_field = self.parameterAsString(parameters, self.YIELD_PER_HA_FIELD, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        if bool(yield_field) == bool(per_ha_field):
            raise QgsProcessingException(tr("Give either the harvest field (t per year) or the yield field (t per ha "
                                            "per year), not both and not neither."))
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        psi = self.parameterAsDouble(parameters, self.CALCIFICATION_RATIO, context)
        with engine_errors():
            table = mariculture.read_coefficients(self.parameterAsFile(parameters, self.COEFFICIENTS, context) or None)
        what = tr("The farm layer")
        check_geographic_extent(source, what)
        grid = None
        if per_ha_field and habitat_layer is not None:
            _, grid = class_raster(self, parameters, self.HABITAT, self.BAND, context)
            start_workers_early(self, parameters, context, grid.width * grid.height)
        elif habitat_layer is not None:
            feedback.pushInfo(tr("The habitat raster is not used: harvests come from the harvest field, not from a "
                                 "yield per hectare."))
        target_wkt = grid.crs.to_wkt() if grid is not None else source.sourceCrs().toWkt()
        features, geoms = read_geometries(source, target_wkt, context, feedback, what)
        from pyproj import CRS
        crs = grid.crs if grid is not None else CRS.from_wkt(target_wkt)
        labels = [farm_label(f, id_field) for f in features]
        for f, label in zip(features, labels):
            try:
                table.lookup(f[species_field])  # unknown species stop the run before any work
            except mariculture.InputError as exc:
                raise QgsProcessingException(tr("Farm {farm}: {message}").format(farm=label,
                                                                                 message=exc.render(tr))) from None
        zone_areas = None
        if grid is not None:
            from ..bluecarbon_qgis.engine.raster.executor import zonal_areas

            with open_executor(self, parameters, context, feedback) as executor, engine_errors():
                zone_areas = zonal_areas(grid, geoms, executor, progress=progress_callback(feedback, 0, 60),
                                         is_canceled=feedback.isCanceled)
        names, yields, areas = [], [], []
        for i, (f, g, label) in enumerate(zip(features, geoms, labels)):
            if zone_areas is not None:
                za = zone_areas[i]
                area_ha = sum(za.classes.get(c, 0.0) for c in MARICULTURE) / 1e4
                if za.total_m2 > 0 and za.outside_m2 >= za.total_m2 * (1 - 1e-9):
                    feedback.pushWarning(tr("Farm {farm} lies outside the habitat raster: its mariculture area and "
                                            "harvest are 0. Check that the raster covers the farms.").format(farm=label))
                elif za.outside_m2 > 0:
                    feedback.pushWarning(tr("Farm {farm}: {pct:.1f}% of it lies outside the habitat raster; only the "
                                            "part inside counts.").format(farm=label,
                                                                         pct=100 * za.outside_m2 / za.total_m2))
                elif area_ha == 0:
                    feedback.pushWarning(tr("Farm {farm}: the habitat raster maps no mariculture class (6, 7, 8) "
                                            "inside it, so its area and harvest are 0.").format(farm=label))
            else:
                with engine_errors():
                    area_ha = geodesic_area_m2(g, crs) / 1e4 if g is not None else 0.0
            if area_ha != area_ha or math.isinf(area_ha):
                raise QgsProcessingException(tr("Farm {farm}: its area cannot be computed in the CRS {crs}; the "
                                                "layer's CRS is probably wrong. Set the right CRS and run again.")
                                             .format(farm=label, crs=source.sourceCrs().authid()))
            areas.append(area_ha)
            names.append(f[species_field])
            if yield_field:
                yields.append(_yield_value(f, yield_field, tr("harvest"), label))
            else:
                yields.append(_yield_value(f, per_ha_field, tr("yield per hectare"), label) * area_ha)
        iterations = self.parameterAsInt(parameters, self.ITERATIONS, context)
        with engine_errors():
            res = mariculture.removals(table, names, yields, method=method, psi=psi, iterations=iterations,
                                       seed=self.parameterAsInt(parameters, self.SEED, context))
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        fields = QgsFields()
        kept = [i for i, fd in enumerate(source.fields()) if fd.name().lower() not in NEW_FIELDS]
        for i in kept:
            fields.append(source.fields()[i])
        for name in NEW_FIELDS:
            kind = QVariant.String if name in ("farm_id", "species_key", "method", "coef_source", "coef_verified") \
                else QVariant.Double
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        method_name = tr(METHODS[method])
        for f, z, a, label in zip(features, res.zones, areas, labels):
            s = table.lookup(z.species)
            out = QgsFeature(fields)
            out.setGeometry(f.geometry())
            out.setAttributes([f.attributes()[i] for i in kept] + [
                label, z.species, a, z.yield_t, float(s.carbon_per_t(method, psi)), z.removal_tc, z.removal_tco2e,
                z.removal_tco2e_lo, z.removal_tco2e_hi, method_name, s.source, s.verified])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        tdest = None
        if parameters.get(self.OUTPUT_TABLE) not in (None, ""):
            tdest = self._species_table(parameters, context, table, res, method, psi)
        self._log(feedback, res, yields, table, iterations)
        total = res.total
        return {self.OUTPUT: dest, self.OUTPUT_TABLE: tdest, "TOTAL_YIELD_T": sum(yields),
                "TOTAL_REMOVAL_TC_YR": res.total_tc, "TOTAL_REMOVAL_TCO2E_YR": res.total_tco2e,
                "TOTAL_REMOVAL_TCO2E_YR_LO": total.lo if total else None,
                "TOTAL_REMOVAL_TCO2E_YR_HI": total.hi if total else None}

    def _species_table(self, parameters, context, table, res, method, psi):
        from ..bluecarbon_qgis.engine.carbon.mariculture import CO2_PER_C

        tfields = QgsFields()
        for name, kind in (("species", QVariant.String), ("group", QVariant.String), ("zones", QVariant.Int),
                           ("yield_t", QVariant.Double), ("tc_per_t", QVariant.Double),
                           ("removal_tc_yr", QVariant.Double), ("removal_tco2e_yr", QVariant.Double),
                           ("source", QVariant.String), ("verified", QVariant.String),
                           ("bounds_source", QVariant.String)):
            tfields.append(QgsField(name, kind))
        tsink, tdest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, tfields, QgsWkbTypes.NoGeometry)
        if tsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        by_species = {}
        for z in res.zones:
            agg = by_species.setdefault(z.species, [0, 0.0, 0.0])
            agg[0] += 1
            agg[1] += z.yield_t
            agg[2] += z.removal_tc
        for name, (n, y, c) in sorted(by_species.items()):
            s = table.lookup(name)
            row = QgsFeature(tfields)
            row.setAttributes([name, s.group, n, y, float(s.carbon_per_t(method, psi)), c, c * CO2_PER_C, s.source,
                               s.verified, s.bounds_source])
            tsink.addFeature(row, QgsFeatureSink.FastInsert)
        return tdest

    def _log(self, feedback, res, yields, table, iterations):
        from ..bluecarbon_qgis.engine.carbon.mariculture import NO_INTERVAL

        feedback.pushInfo(tr("Total removal {c:,.2f} t C = {co2:,.2f} t CO2e per year from {y:,.1f} t of harvest.")
                          .format(c=res.total_tc, co2=res.total_tco2e, y=sum(yields)))
        if res.total_tco2e < 0:
            feedback.pushWarning(tr("The total is negative: under this method the farms are a net CO2 source."))
        if res.total is not None:
            feedback.pushInfo(tr("95% interval {lo:,.2f}–{hi:,.2f} t CO2e per year (Monte Carlo median {med:,.2f}, "
                                 "{n} iterations); the central value is the point estimate of the coefficients.")
                              .format(lo=res.total.lo, hi=res.total.hi, med=res.total.median, n=res.iterations))
        elif iterations > 0:
            feedback.pushInfo(tr(NO_INTERVAL))
        if res.unbounded and res.total is not None:
            feedback.pushWarning(tr("No interval for {species}: the coefficients have no uncertainty bounds "
                                    "(see the table's bounds_source); they count as fixed in the total's interval.")
                                 .format(species=", ".join(res.unbounded)))
        for name in sorted({z.species for z in res.zones}):
            s = table.lookup(name)
            feedback.pushInfo(tr("{species}: {verified}").format(species=name, verified=s.verified or tr(
                "verification status not given in the coefficient table")))
