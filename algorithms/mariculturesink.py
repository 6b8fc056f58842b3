"""bluecarbon:mariculturesink — yearly carbon removed by harvested shellfish and seaweed, per farm."""
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

from ..bluecarbon_qgis.algorithm import (
    BlueCarbonAlgorithm, class_raster, engine_errors, progress_callback, read_geometries)
from ..bluecarbon_qgis.dependencies import ENGINE, require
from ..bluecarbon_qgis.engine.errors import N_
from ..bluecarbon_qgis.i18n import tr

NEW_FIELDS = ("species_key", "area_ha", "yield_t", "removal_tc_yr", "removal_tco2e_yr", "removal_tco2e_yr_lo",
              "removal_tco2e_yr_hi")


def _yield_value(feat, field, what):
    value = feat[field]
    try:
        number = float(str(value))
    except (TypeError, ValueError):
        raise QgsProcessingException(tr("Feature {fid}: the {what} '{value}' in field {field} is not a number.")
                                     .format(fid=feat.id(), what=what, value=value, field=field)) from None
    if number < 0 or number != number:
        raise QgsProcessingException(tr("Feature {fid}: the {what} in field {field} is negative ({value}).")
                                     .format(fid=feat.id(), what=what, value=number, field=field))
    return number


class MaricultureSink(BlueCarbonAlgorithm):
    NAME = "mariculturesink"
    DISPLAY = "Mariculture carbon removal (shellfish and seaweed)"
    GROUP_ID = "mariculture"
    HELP = (
        "Yearly carbon removed from the sea by harvested shellfish and seaweed, per farm or marine ranch, from "
        "harvest statistics.\n\n"
        "Bivalves: C = Y × dry/wet ratio × (shell fraction × shell carbon + tissue fraction × tissue carbon). "
        "Seaweed: C = Y × dry/wet ratio × carbon fraction. CO2e = C × 44/12. Y is the harvest in t fresh weight "
        "per year: from a field per zone, or a yield per hectare times the zone's area (its ellipsoidal area, or "
        "with a habitat raster the area of the mariculture classes 6, 7 and 8 inside it, computed exactly as in "
        "the carbon stocks tool).\n\n"
        "Methods: 0 shell + tissue carbon, as in the Chinese marine-industry accounting of shellfish and seaweed "
        "carbon sinks (HY/T 0305-2021); 1 tissue carbon only (conservative); 2 shell + tissue net of the CO2 "
        "released by calcification (shell carbon × (1 − ψ), ψ ≈ 0.6 mol CO2 per mol CaCO3, Frankignoulle et al. "
        "1994). The debate: building a shell turns dissolved bicarbonate into carbonate and releases CO2 to the "
        "water, so shell carbon is not all drawn from the atmosphere; counting it in full (method 0) follows the "
        "Chinese standards, while methods 1 and 2 give conservative figures that many carbon standards prefer.\n\n"
        "Intervals: coefficients with _lo/_hi bounds are drawn as in the carbon stocks tool (normal with sd = "
        "(hi − lo)/3.92, truncated at 0), once per species per iteration. Species names may be Chinese or "
        "English (the table's aliases column)."
    )
    ZONES, SPECIES_FIELD, YIELD_FIELD, YIELD_PER_HA_FIELD = "ZONES", "SPECIES_FIELD", "YIELD_FIELD", "YIELD_PER_HA_FIELD"
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
        self.add(QgsProcessingParameterRasterLayer(self.HABITAT, tr("Habitat raster (optional)"), optional=True),
                 "With a yield per hectare: the area of the mariculture classes (6 seaweed, 7 floating mariculture, "
                 "8 ponds) inside each zone is used instead of the zone's whole area.")
        self.add(QgsProcessingParameterBand(self.BAND, tr("Band"), 1, self.HABITAT, optional=True),
                 "Band of the habitat raster (default 1).")
        self.add(QgsProcessingParameterFile(self.COEFFICIENTS, tr("Coefficient table (CSV)"), extension="csv",
                                            optional=True),
                 "CSV with species, species_latin, group (bivalve/seaweed), aliases, dry_wet_ratio, shell_fraction, "
                 "tissue_fraction, shell_c, tissue_c (bivalves) or c_fraction (seaweed), optional _lo/_hi bounds, "
                 "source. Empty: the shipped table.")
        self.add(QgsProcessingParameterEnum(self.METHOD, tr("Method"), [
            tr("Shell + tissue carbon (HY/T 0305-2021)"), tr("Tissue carbon only (conservative)"),
            tr("Shell + tissue, net of CO2 released by calcification")], defaultValue=0),
            "How shell carbon is counted (see the help).")
        self.add(QgsProcessingParameterNumber(self.CALCIFICATION_RATIO, tr("CO2 released per CaCO3 precipitated (ψ)"),
                                              QgsProcessingParameterNumber.Double, 0.6, minValue=0, maxValue=1),
                 "Mol CO2 released per mol CaCO3 precipitated, used by method 2; 0.6 from Frankignoulle, Canon & "
                 "Gattuso 1994, Limnology and Oceanography 39: 458–462.", advanced=True)
        self.add(QgsProcessingParameterNumber(self.ITERATIONS, tr("Monte Carlo iterations (0 = no interval)"),
                                              QgsProcessingParameterNumber.Integer, 1000, minValue=0,
                                              maxValue=1000000), "Number of draws for the 95% intervals.",
                 advanced=True)
        self.add(QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer, 1,
                                              minValue=0), "Seed of the Monte Carlo draws.", advanced=True)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Removal by zone"), QgsProcessing.TypeVectorPolygon),
                 "The zones with species_key, area_ha, yield_t, removal_tc_yr, removal_tco2e_yr and its 95% interval.")
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Removal by species"),
                                                   QgsProcessing.TypeVector),
                 "One row per species: yield, removal, coefficient and source.")
        for out_id, label in (("TOTAL_YIELD_T", N_("Total harvest (t fresh weight per year)")),
                              ("TOTAL_REMOVAL_TC_YR", N_("Total removal (t C per year)")),
                              ("TOTAL_REMOVAL_TCO2E_YR", N_("Total removal (t CO2e per year)")),
                              ("TOTAL_REMOVAL_TCO2E_YR_LO", N_("Total removal, 95% low (t CO2e per year)")),
                              ("TOTAL_REMOVAL_TCO2E_YR_HI", N_("Total removal, 95% high (t CO2e per year)"))):
            self.addOutput(QgsProcessingOutputNumber(out_id, tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        require(*ENGINE)
        from ..bluecarbon_qgis.engine.carbon import mariculture
        from ..bluecarbon_qgis.engine.classes import MARICULTURE
        from ..bluecarbon_qgis.engine.raster.zonal import geodesic_area_m2, zonal_class_areas

        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        species_field = self.parameterAsString(parameters, self.SPECIES_FIELD, context)
        yield_field = self.parameterAsString(parameters, self.YIELD_FIELD, context)
        per_ha_field = self.parameterAsString(parameters, self.YIELD_PER_HA_FIELD, context)
        if bool(yield_field) == bool(per_ha_field):
            raise QgsProcessingException(tr("Give either the harvest field (t per year) or the yield field (t per ha "
                                            "per year), not both and not neither."))
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        psi = self.parameterAsDouble(parameters, self.CALCIFICATION_RATIO, context)
        with engine_errors():
            table = mariculture.read_coefficients(self.parameterAsFile(parameters, self.COEFFICIENTS, context) or None)
        grid = None
        if per_ha_field and parameters.get(self.HABITAT):
            _, grid = class_raster(self, parameters, self.HABITAT, self.BAND, context)
        target_wkt = grid.crs.to_wkt() if grid is not None else source.sourceCrs().toWkt()
        features, geoms = read_geometries(source, target_wkt, context, feedback, tr("The farm layer"))
        from pyproj import CRS
        crs = grid.crs if grid is not None else CRS.from_wkt(target_wkt)
        names, yields, areas = [], [], []
        with engine_errors():
            for f in features:
                table.lookup(f[species_field])  # unknown species stop the run before any work
            zone_areas = zonal_class_areas(grid, geoms, progress=progress_callback(feedback, 0, 60),
                                           is_canceled=feedback.isCanceled) if grid is not None else None
        for i, (f, g) in enumerate(zip(features, geoms)):
            if zone_areas is not None:
                area_ha = sum(zone_areas[i].classes.get(c, 0.0) for c in MARICULTURE) / 1e4
            else:
                with engine_errors():
                    area_ha = geodesic_area_m2(g, crs) / 1e4 if g is not None else 0.0
            areas.append(area_ha)
            names.append(f[species_field])
            if yield_field:
                yields.append(_yield_value(f, yield_field, tr("harvest")))
            else:
                yields.append(_yield_value(f, per_ha_field, tr("yield per hectare")) * area_ha)
        iterations = self.parameterAsInt(parameters, self.ITERATIONS, context)
        with engine_errors():
            zones, (tot_lo, tot_hi) = mariculture.removals(table, names, yields, method=method, psi=psi,
                                                           iterations=iterations,
                                                           seed=self.parameterAsInt(parameters, self.SEED, context))
        if feedback.isCanceled():
            raise QgsProcessingException(tr("The run was canceled; no output was written."))
        fields = QgsFields()
        kept = [i for i, fd in enumerate(source.fields()) if fd.name().lower() not in NEW_FIELDS]
        for i in kept:
            fields.append(source.fields()[i])
        fields.append(QgsField("species_key", QVariant.String))
        for name in NEW_FIELDS[1:]:
            fields.append(QgsField(name, QVariant.Double, "double", 20, 4))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for f, z, a in zip(features, zones, areas):
            out = QgsFeature(fields)
            out.setGeometry(f.geometry())
            out.setAttributes([f.attributes()[i] for i in kept] + [z.species, a, z.yield_t, z.removal_tc,
                                                                    z.removal_tco2e, z.removal_tco2e_lo,
                                                                    z.removal_tco2e_hi])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        tfields = QgsFields()
        for name, kind in (("species", QVariant.String), ("group", QVariant.String), ("zones", QVariant.Int),
                           ("yield_t", QVariant.Double), ("tc_per_t", QVariant.Double),
                           ("removal_tc_yr", QVariant.Double), ("removal_tco2e_yr", QVariant.Double),
                           ("source", QVariant.String)):
            tfields.append(QgsField(name, kind))
        tsink, tdest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, tfields, QgsWkbTypes.NoGeometry)
        if tsink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        by_species = {}
        for z in zones:
            agg = by_species.setdefault(z.species, [0, 0.0, 0.0])
            agg[0] += 1
            agg[1] += z.yield_t
            agg[2] += z.removal_tc
        for name, (n, y, c) in sorted(by_species.items()):
            s = table.lookup(name)
            row = QgsFeature(tfields)
            row.setAttributes([name, s.group, n, y, float(s.carbon_per_t(method, psi)), c,
                               c * mariculture.CO2_PER_C, s.source])
            tsink.addFeature(row, QgsFeatureSink.FastInsert)
        total_c = sum(z.removal_tc for z in zones)
        feedback.pushInfo(tr("Total removal {c:,.2f} t C = {co2:,.2f} t CO2e per year from {y:,.1f} t of harvest.")
                          .format(c=total_c, co2=total_c * mariculture.CO2_PER_C, y=sum(yields)))
        return {self.OUTPUT: dest, self.OUTPUT_TABLE: tdest, "TOTAL_YIELD_T": sum(yields),
                "TOTAL_REMOVAL_TC_YR": total_c, "TOTAL_REMOVAL_TCO2E_YR": total_c * mariculture.CO2_PER_C,
                "TOTAL_REMOVAL_TCO2E_YR_LO": tot_lo, "TOTAL_REMOVAL_TCO2E_YR_HI": tot_hi}
