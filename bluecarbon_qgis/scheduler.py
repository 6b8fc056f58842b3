"""The SCHEDULER parameter shared by the heavy algorithms: where their work runs."""
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
