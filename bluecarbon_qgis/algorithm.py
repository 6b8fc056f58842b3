"""The base class of every bluecarbon algorithm (translation, groups, the output guard's hooks, ordered
feedback and removal of partial outputs around processAlgorithm), and engine_errors(), which every algorithm
wraps around its engine calls."""
import functools
import os
from contextlib import contextmanager

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from .engine.errors import BlueCarbonError, Canceled, render
from .engine.tables import notes_to
from .feedback import OrderedFeedback, failure_shown_once
from .i18n import tr
from .output_guard import (
    PART,
    footprint,
    is_folder_output,
    missing_field,
    output_problem,
    output_targets,
    remove_quietly,
    split_source,
    stamp,
    unreadable_input,
)

GROUPS = {
    "habitatmapping": "Habitat mapping",
    "carbonaccounting": "Carbon accounting",
    "mariculture": "Mariculture",
    "reporting": "Reporting",
}


class BlueCarbonAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY, GROUP_ID and HELP, and implement initAlgorithm/processAlgorithm."""

    NAME = ""
    DISPLAY = ""
    GROUP_ID = ""
    HELP = ""

    def tr(self, text):
        return tr(text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return tr(self.DISPLAY)

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def group(self):
        return tr(GROUPS[self.GROUP_ID])

    def shortHelpString(self):  # noqa: N802
        return tr(self.HELP)

    def helpUrl(self):  # noqa: N802
        return "https://github.com/bluecarbon-qgis/bluecarbon#algorithms"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _guarded_process(cls.__dict__["processAlgorithm"])

    def checkParameterValues(self, parameters, context):  # noqa: N802
        problem = unreadable_input(self, parameters, context) or missing_field(self, parameters, context)
        if problem:
            return False, problem
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            problem = output_problem(self, parameters, context)
            if problem:
                return False, problem
        return ok, message

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # checked again here: models and scripts may run an algorithm without checkParameterValues
        problem = output_problem(self, parameters, context) or missing_field(self, parameters, context)
        if problem:
            failure_shown_once(feedback, problem)
            raise QgsProcessingException(problem)
        self._outputs_before = {}
        for param, (path, layer) in output_targets(self, parameters, context):
            if layer is None and not is_folder_output(param):
                self._track_output(path)
        return True

    # the destinations an algorithm resolves (temporary outputs get their file names here) are tracked too,
    # so that a failed run removes every file it created or changed

    def _track_output(self, path, new=False):
        """Remember the files that writing ``path`` may create or change, as they are now (``new``: the file
        was created by this run just now)."""
        before = self.__dict__.setdefault("_outputs_before", {})
        for f in footprint(path) | {os.path.realpath(path + PART)}:
            if f not in before:
                before[f] = None if new else stamp(f)

    def _track_destination(self, dest, new=False):
        target = split_source(dest) if isinstance(dest, str) else None
        if target is not None and target[1] is None and os.path.isabs(target[0]) and not os.path.isdir(target[0]):
            self._track_output(target[0], new)

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):  # noqa: N802
        sink, dest = super().parameterAsSink(parameters, name, context, *args, **kwargs)
        self._track_destination(dest, new=True)  # given paths are known already, with their stamps
        return sink, dest

    def parameterAsOutputLayer(self, parameters, name, context):  # noqa: N802
        dest = super().parameterAsOutputLayer(parameters, name, context)
        self._track_destination(dest)
        return dest

    def parameterAsFileOutput(self, parameters, name, context):  # noqa: N802
        dest = super().parameterAsFileOutput(parameters, name, context)
        self._track_destination(dest)
        return dest

    def add(self, param, help_text=None, advanced=False):
        """Declare a parameter with translated help; ids stay untranslated."""
        if help_text:
            param.setHelp(tr(help_text))
        if advanced:
            param.setFlags(param.flags() | param.FlagAdvanced)
        self.addParameter(param)
        return param


@contextmanager
def engine_errors():
    """Turn the engine's errors, and files that cannot be read or written, into translated
    QgsProcessingExceptions."""
    try:
        yield
    except BlueCarbonError as exc:
        raise QgsProcessingException(exc.render(tr)) from None
    except OSError as exc:
        raise QgsProcessingException(
            tr("Could not read or write {path}: {reason}. Check that the file and its folder exist and that you "
               "may write there.").format(path=exc.filename or "", reason=exc.strerror or exc)) from None


def _table_notes(feedback):
    """The sink of what the table readers say about how a table was read (encoding, separator, decimal
    commas): each message once in the log."""
    said = set()

    def note(template, fields):
        text = render(template, fields, tr)
        if feedback is not None and text not in said:
            said.add(text)
            feedback.pushInfo(text)
    return notes_to(note)


def _guarded_process(process):
    """Wrap processAlgorithm: messages never run into the progress bar and a successful run ends at 100;
    when the run fails, the output files it created or changed are removed (no partial output) and qgis_process
    shows its message once. The log says how each table file was read when it was not plain comma-separated
    UTF-8."""
    @functools.wraps(process)
    def wrapper(self, parameters, context, feedback):
        ordered = OrderedFeedback(feedback) if feedback is not None else None
        try:
            with _table_notes(ordered):
                result = process(self, parameters, context, ordered)
                if ordered is not None and ordered.isCanceled():
                    # canceled after the engine's last look (as its last step reported progress): the run
                    # is canceled all the same, and what it wrote is removed
                    raise QgsProcessingException(Canceled().render(tr))
        except BaseException as exc:
            for path, before in getattr(self, "_outputs_before", {}).items():
                if os.path.isfile(path) and stamp(path) != before:
                    remove_quietly(path)
            if ordered is not None:
                ordered.finish(False)
            if isinstance(exc, QgsProcessingException):
                failure_shown_once(feedback, str(exc), ordered.warnings if ordered is not None else ())
            raise
        if ordered is not None:
            ordered.finish(True)
        return result
    return wrapper
