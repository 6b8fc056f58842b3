"""The SCHEDULER parameter shared by the heavy algorithms: where their work runs."""
import os

from qgis.core import QgsProcessingParameterString

from .algorithm import engine_errors
from .i18n import tr

SCHEDULER = "SCHEDULER"


def add_scheduler_parameter(alg):
    alg.add(QgsProcessingParameterString(SCHEDULER, tr("Where to run (Dask scheduler)"), defaultValue="",
                                         optional=True),
            "Empty: on this machine, one worker process per core (small jobs stay in this process). "
            "tcp://host:8786: on the Dask cluster whose scheduler listens there (its workers must read the input "
            "files at the same paths). 0 or none: in this process, one piece after the other. The environment "
            "variable BLUECARBON_SCHEDULER sets the default for batch runs. The numbers do not depend on it.",
            advanced=True)


def value_of(alg, parameters, context):
    return alg.parameterAsString(parameters, SCHEDULER, context) if SCHEDULER in parameters else ""


def start_workers_early(alg, parameters, context, cells):
    """Start the local workers while the algorithm reads its inputs, when its job of up to ``cells`` raster cells
    could be large enough for them (see the engine's ``start_local_early``)."""
    from .engine.raster.executor import start_local_early

    start_local_early(value_of(alg, parameters, context), cells)


# algorithms whose qgis_process runs start the local workers as the plugin loads: the raster parameters whose
# cells decide whether the job is large enough for them (the small-job rule of start_local_early), and the band
# parameter of a class raster the workers then warm up (warm_workers; None: no warm-up, the algorithm reads its
# rasters otherwise)
EARLY_RASTERS = {"bluecarbon:carbonstocks": (("HABITAT",), "BAND"), "bluecarbon:carbonchange": (("SNAPSHOTS",), None)}


def command_line_run(arguments):
    """(algorithm id, {parameter: [values]}) of a ``qgis_process run ALG [--] NAME=value ...`` command line
    (parameters given as --NAME=value or, after --, NAME=value); None for any other command."""
    args = list(arguments[1:])
    if "run" not in args:
        return None
    args = args[args.index("run") + 1:]
    alg = next((a for a in args if not a.startswith("-")), None)
    if alg is None:
        return None
    params = {}
    for a in args[args.index(alg) + 1:]:
        name, eq, value = a.lstrip("-").partition("=")
        if eq and name:
            params.setdefault(name, []).append(value)
    return alg, params


def start_workers_for_command_line(arguments):
    """In a qgis_process run of an algorithm of EARLY_RASTERS whose rasters are on the command line, start the
    local workers now, as the plugin loads: they import the engine while QGIS starts on the other cores, not
    while the run reads its inputs (the run itself would start them once its inputs are open). The small-job
    rule and the SCHEDULER parameter (or BLUECARBON_SCHEDULER) decide as they do in the run; parameters given
    as JSON on standard input are not seen, and the run starts its workers itself."""
    run = command_line_run(arguments)
    if run is None or run[0] not in EARLY_RASTERS:
        return False
    alg, params = run
    names, band_name = EARLY_RASTERS[alg]
    paths = [v for name in names for v in params.get(name, [])]
    if not paths:
        return False
    if not all(os.path.isfile(p) for p in paths):
        return False   # a layer name or a data source string: the run decides
    from osgeo import gdal   # imported by the run anyway

    cells = 0
    gdal.PushErrorHandler("CPLQuietErrorHandler")   # a file GDAL cannot open is the run's to report
    try:
        for path in paths:
            try:
                ds = gdal.OpenEx(path, gdal.OF_RASTER)
            except RuntimeError:
                ds = None
            if ds is None:
                return False
            cells += ds.RasterXSize * ds.RasterYSize
    finally:
        gdal.PopErrorHandler()
    from .engine.raster.executor import start_local_early, warm_workers

    start_local_early((params.get(SCHEDULER) or [""])[-1], cells)
    if band_name is not None and len(paths) == 1:
        try:
            band = int((params.get(band_name) or ["1"])[-1] or 1) or 1   # as the run reads it
        except ValueError:
            return True
        warm_workers(paths[0], band)
    return True


def open_executor(alg, parameters, context, feedback):
    """The engine's Executor for the SCHEDULER parameter (close it, or use it in a with block)."""
    from .engine.raster.executor import Executor

    value = value_of(alg, parameters, context)

    def log(template, **fields):
        feedback.pushInfo(tr(template).format(**fields))

    with engine_errors():
        run = Executor(value, log=log)
        template, fields = run.description
    if run.kind != "local":  # local workers: the executor says whether they were started for this job
        feedback.pushInfo(tr("Work runs {where}.").format(where=tr(template).format(**fields)))
    return run
