"""Build the example Processing models shipped in models/ (run with the system Python after `make plugin`):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_models.py
"""
import os
import sys

from qgis.core import (QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                       QgsProcessingModelParameter, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber, QgsProcessing)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def mariculture_offset():
    m = QgsProcessingModelAlgorithm("Mariculture sink offsetting an emission", "Blue Carbon examples")
    m.setHelpContent({"ALG_DESC": "Yearly carbon removal of shellfish and seaweed farms (bluecarbon:mariculturesink) "
                                  "set against an emission (bluecarbon:offsetbalance)."})
    m.addModelParameter(QgsProcessingParameterFeatureSource("farms", "Farms", [QgsProcessing.TypeVectorPolygon]),
                        QgsProcessingModelParameter("farms"))
    m.addModelParameter(QgsProcessingParameterField("species", "Species field", None, "farms"),
                        QgsProcessingModelParameter("species"))
    m.addModelParameter(QgsProcessingParameterField("harvest", "Harvest field (t fresh weight per year)", None, "farms",
                                                    QgsProcessingParameterField.Numeric),
                        QgsProcessingModelParameter("harvest"))
    m.addModelParameter(QgsProcessingParameterNumber("emissions", "Emissions (t CO2e)",
                                                     QgsProcessingParameterNumber.Double, 300.0),
                        QgsProcessingModelParameter("emissions"))
    sink = QgsProcessingModelChildAlgorithm("bluecarbon:mariculturesink")
    sink.setChildId("sink")
    sink.setDescription("Mariculture carbon removal")
    sink.addParameterSources("ZONES", [Src.fromModelParameter("farms")])
    sink.addParameterSources("SPECIES_FIELD", [Src.fromModelParameter("species")])
    sink.addParameterSources("YIELD_FIELD", [Src.fromModelParameter("harvest")])
    out = QgsProcessingModelOutput("removal", "Removal by farm")
    out.setChildOutputName("OUTPUT")
    sink.setModelOutputs({"removal": out})
    m.addChildAlgorithm(sink)
    bal = QgsProcessingModelChildAlgorithm("bluecarbon:offsetbalance")
    bal.setChildId("balance")
    bal.setDescription("Offset balance")
    bal.addParameterSources("EMISSIONS_T", [Src.fromModelParameter("emissions")])
    bal.addParameterSources("SINKS", [Src.fromChildOutput("sink", "OUTPUT")])
    rep = QgsProcessingModelOutput("report", "Offset report")
    rep.setChildOutputName("OUTPUT_REPORT")
    bal.setModelOutputs({"report": rep})
    m.addChildAlgorithm(bal)
    path = os.path.join(ROOT, "models", "mariculture_offset.model3")
    assert m.toFile(path), path
    return path


def change_credits():
    """Two dates classified by rules -> net removals of the project (both dates) against its baseline (the first
    date's map kept), both scenarios run together by bluecarbon:carboncredits."""
    from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterRasterLayer
    m = QgsProcessingModelAlgorithm("Blue carbon net removals of two dates", "Blue Carbon examples")
    m.setHelpContent({"ALG_DESC": "Classifies two images of one place (bluecarbon:classifyrules) and states the net "
                                  "removals (bluecarbon:carboncredits) of the project scenario (both dates' maps) "
                                  "against the baseline scenario (the first date's map kept), both run together on "
                                  "the same pixels, years and Monte Carlo draws."})
    for pid, label in (("image1", "Image of the first date"), ("image2", "Image of the second date")):
        m.addModelParameter(QgsProcessingParameterRasterLayer(pid, label), QgsProcessingModelParameter(pid))
    for pid, label, default in (("year1", "Year of the first image", 2019), ("year2", "Year of the second image", 2024),
                                ("last_year", "Last year of the crediting period", 2033)):
        m.addModelParameter(QgsProcessingParameterNumber(pid, label, QgsProcessingParameterNumber.Integer, default),
                            QgsProcessingModelParameter(pid))
    for pid, label in (("biophysical", "Biophysical table (InVEST CSV)"), ("transitions", "Transition table (InVEST CSV)")):
        m.addModelParameter(QgsProcessingParameterFile(pid, label, extension="csv"), QgsProcessingModelParameter(pid))
    m.addModelParameter(QgsProcessingParameterFeatureSource("areas", "Project areas", [QgsProcessing.TypeVectorPolygon],
                                                            optional=True), QgsProcessingModelParameter("areas"))
    for pid, label, default in (("leakage", "Leakage (%)", 0.0), ("buffer", "Non-permanence buffer (%)", 10.0)):
        m.addModelParameter(QgsProcessingParameterNumber(pid, label, QgsProcessingParameterNumber.Double, default),
                            QgsProcessingModelParameter(pid))
    for cid, image in (("classify1", "image1"), ("classify2", "image2")):
        c = QgsProcessingModelChildAlgorithm("bluecarbon:classifyrules")
        c.setChildId(cid)
        c.setDescription("Habitat map of " + image)
        c.addParameterSources("INPUT", [Src.fromModelParameter(image)])
        m.addChildAlgorithm(c)
    c = QgsProcessingModelChildAlgorithm("bluecarbon:carboncredits")
    c.setChildId("credits")
    c.setDescription("Net removals against the baseline")
    for prefix, snaps, years in (("PROJECT_", ["classify1", "classify2"],
                                  "concat(to_string(@year1), ',', to_string(@year2))"),
                                 ("BASELINE_", ["classify1"], "to_string(@year1)")):
        c.addParameterSources(prefix + "SNAPSHOTS", [Src.fromChildOutput(s, "OUTPUT") for s in snaps])
        c.addParameterSources(prefix + "SNAPSHOT_YEARS", [Src.fromExpression(years)])
    for param, source in (("BIOPHYSICAL", "biophysical"), ("TRANSITIONS", "transitions"), ("AREAS", "areas"),
                          ("LAST_YEAR", "last_year"), ("LEAKAGE", "leakage"), ("BUFFER", "buffer")):
        c.addParameterSources(param, [Src.fromModelParameter(source)])
    outs = {}
    for oid, child_out, label in (("net_removals", "OUTPUT", "Net removals by area and year"),
                                  ("periods", "OUTPUT_PERIODS", "Net removals by monitoring period"),
                                  ("statement", "OUTPUT_REPORT", "Statement of net removals"),
                                  ("statement_data", "OUTPUT_DATA", "Statement data (JSON)")):
        o = QgsProcessingModelOutput(oid, label)
        o.setChildOutputName(child_out)
        outs[oid] = o
    c.setModelOutputs(outs)
    m.addChildAlgorithm(c)
    path = os.path.join(ROOT, "models", "change_credits.model3")
    assert m.toFile(path), path
    return path


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, os.path.join(ROOT, "build", "plugins"))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    import bluecarbon
    plugin = bluecarbon.classFactory(None)
    plugin.initProcessing()
    print(mariculture_offset())
    print(change_credits())
