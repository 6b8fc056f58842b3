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
