"""A refusal or a warning reaches the user once: in qgis_process's output (stdout and stderr together, plain and
--json) and in the desktop's logs (the algorithm dialog's log and the QGIS message log).

QGIS 3.22 itself would show a refusal raised while the algorithm runs three times in qgis_process: the run's
handler logs it to the message log, the console feedback prints it as ``ERROR:`` and logs it again, and
qgis_process echoes every critical message of the log on stderr."""
import os
import shutil

import pytest

from conftest import ROOT, qgis_process

SAMPLE = os.path.join(ROOT, "sample_data")
HABITAT = "habitat_demo.tif"
AREAS = "project_areas.gpkg"


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (HABITAT, AREAS):
        shutil.copy(os.path.join(SAMPLE, name), folder / name)
    (tmp_path / "out").mkdir()
    return tmp_path


def carbonstocks(tmp, **changes):
    params = {"HABITAT": str(tmp / "in" / HABITAT), "AREAS": str(tmp / "in" / AREAS), "ID_FIELD": "site_id",
              "ITERATIONS": "50", "OUTPUT": str(tmp / "out" / "carbon.gpkg")}
    params.update(changes)
    return params


def bad_density_table(tmp):
    path = tmp / "in" / "densities.csv"
    path.write_text("class_value,class_name,agb_tc_ha,bgb_tc_ha,dead_tc_ha,soil_tc_ha,seq_tc_ha_yr,source\n"
                    "3,mangrove,1,1,0,abc,1,test\n", encoding="utf-8")
    return str(path)


UNUSED_CLASS = "Expected user's accuracy given for class 33, but the map has no class 33"

# (case, algorithm, parameters, whether the run succeeds, parts of the messages that the user must see once each)
CASES = [
    ("refused-in-checkParameterValues", "carbonstocks",
     lambda tmp: carbonstocks(tmp, OUTPUT_RASTER=str(tmp / "in" / HABITAT)), False,
     ["would overwrite the input Habitat class raster (HABITAT)"]),
    ("refused-in-processAlgorithm", "carbonstocks",
     lambda tmp: carbonstocks(tmp, DENSITIES=bad_density_table(tmp)), False,
     ["Row 2 of the density table, column 'soil_tc_ha': 'abc' is not a number"]),
    ("refused-field-before-the-run", "carbonstocks",
     lambda tmp: carbonstocks(tmp, ID_FIELD="no_such_field"), False,
     ["the layer project_areas has no field no_such_field"]),
    ("warning", "samplingdesign",
     lambda tmp: {"INPUT": str(tmp / "in" / HABITAT), "EXPECTED_UA": "33:0.7", "SAMPLE_SIZE": "60",
                  "OUTPUT": str(tmp / "out" / "sample.gpkg")}, True,
     [UNUSED_CLASS]),
    ("warning-then-refusal", "samplingdesign",
     lambda tmp: {"INPUT": str(tmp / "in" / HABITAT), "EXPECTED_UA": "33:0.7,5:abc", "SAMPLE_SIZE": "60",
                  "OUTPUT": str(tmp / "out" / "sample.gpkg")}, False,
     [UNUSED_CLASS, "Expected user's accuracies must look like '3:0.7, 5:0.6' (class:accuracy); '5:abc' does not"]),
]


@pytest.mark.parametrize("json_output", [False, True], ids=["plain", "json"])
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_qgis_process_shows_a_message_once(inputs, case, json_output):
    _, alg, params, succeeds, messages = case
    argv = ["run", "bluecarbon:" + alg] + (["--json"] if json_output else []) + ["--"]
    argv += ["{}={}".format(k, v) for k, v in params(inputs).items()]
    proc = qgis_process(*argv)
    text = proc.stdout + proc.stderr
    assert (proc.returncode == 0) == succeeds, text
    assert "Traceback" not in text, text
    for message in messages:
        assert text.count(message) == 1, (message, text)
    if not succeeds:
        assert "ERROR:" in text, text  # still marked as an error
        assert os.listdir(inputs / "out") == [], text


@pytest.mark.parametrize("json_output", [False, True], ids=["plain", "json"])
def test_qgis_process_shows_a_refusal_in_a_model_once(tmp_path, json_output):
    """The model's second step refuses; QGIS adds its own line naming the step that failed."""
    shutil.copy(os.path.join(SAMPLE, "farms_demo.gpkg"), tmp_path / "farms.gpkg")
    argv = ["run", os.path.join(ROOT, "models", "mariculture_offset.model3")] + (["--json"] if json_output else [])
    argv += ["--", "emissions=0", "farms=" + str(tmp_path / "farms.gpkg"), "harvest=harvest_t", "species=species",
             "sink:removal=" + str(tmp_path / "removal.gpkg")]
    proc = qgis_process(*argv)
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0 and "Traceback" not in text, text
    assert text.count("The emission is 0 t CO2e: there is nothing to offset") == 1, text


@pytest.mark.parametrize("json_output", [False, True], ids=["plain", "json"])
def test_qgis_process_shows_a_missing_field_in_a_model_once(tmp_path, json_output):
    """The model's first step is given a harvest field the farms lack: its message names the field and the
    layer's fields once, no traceback, nothing written."""
    shutil.copy(os.path.join(SAMPLE, "farms_demo.gpkg"), tmp_path / "farms.gpkg")
    out = tmp_path / "out"
    out.mkdir()
    argv = ["run", os.path.join(ROOT, "models", "mariculture_offset.model3")] + (["--json"] if json_output else [])
    argv += ["--", "emissions=500", "farms=" + str(tmp_path / "farms.gpkg"), "harvest=no_such_field",
             "species=species", "sink:removal=" + str(out / "removal.gpkg"),
             "balance:report=" + str(out / "balance.html")]
    proc = qgis_process(*argv)
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0 and "Traceback" not in text, text
    assert text.count("the layer farms has no field no_such_field; its fields are: fid, farm_code, 名称, "
                      "species, harvest_t") == 1, text
    assert os.listdir(out) == [], text


class DialogFeedback:
    """Made in the test: a feedback like the algorithm dialog's (QgsProcessingAlgorithmDialogFeedback), which
    shows every message in the dialog's log and does not copy it to the message log."""

    @staticmethod
    def make():
        from qgis.core import QgsProcessingFeedback

        class Recording(QgsProcessingFeedback):
            def __init__(self):
                super().__init__(False)
                self.lines = []

            def reportError(self, error, fatalError=False):  # noqa: N802,N803
                self.lines.append(("error", error))

            def pushWarning(self, warning):  # noqa: N802
                self.lines.append(("warning", warning))

            def pushInfo(self, info):  # noqa: N802
                self.lines.append(("info", info))

        return Recording()


@pytest.fixture
def message_log(qgis_app):
    from qgis.core import QgsApplication

    messages = []

    def record(message, tag, level):
        messages.append(message)

    log = QgsApplication.messageLog()
    log.messageReceived.connect(record)
    yield messages
    log.messageReceived.disconnect(record)


@pytest.mark.parametrize("case", CASES[1:], ids=[c[0] for c in CASES[1:]])
def test_desktop_logs_show_a_message_once(provider, inputs, message_log, case):
    """The algorithm run as the desktop runs it (QgsProcessingAlgorithm.run catches a refusal as the dialog's
    task does: the message log gets it, and the feedback's reportError)."""
    from qgis.core import QgsProcessingContext

    _, alg_id, params, succeeds, messages = case
    feedback = DialogFeedback.make()
    alg = provider.algorithm(alg_id)
    results, ok = alg.run(params(inputs), QgsProcessingContext(), feedback)
    assert ok == succeeds, feedback.lines
    for message in messages:
        shown = [text for _, text in feedback.lines if message in text]
        assert len(shown) == 1, (message, feedback.lines)
    # the message log holds the refusal once (the run's handler logs it), warnings stay in the dialog's log
    refusal = [] if succeeds else [messages[-1]]
    for message in messages:
        logged = [text for text in message_log if message in text]
        assert len(logged) == (1 if message in refusal else 0), (message, message_log)


def test_desktop_check_refusal_is_one_message(provider, inputs):
    """The dialog shows a checkParameterValues refusal in one message box: the message holds it once."""
    from qgis.core import QgsProcessingContext

    _, alg_id, params, _, (message,) = CASES[0]
    ok, text = provider.algorithm(alg_id).checkParameterValues(params(inputs), QgsProcessingContext())
    assert not ok and text.count(message) == 1, text
