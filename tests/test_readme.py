"""The README's headless examples run as they stand, in order, in a copy of the checkout (so nothing is
left in the checkout), and its table of required parameters matches the algorithms."""
import os
import re
import shutil
import subprocess

import pytest

from conftest import ROOT, qgis_env

README = os.path.join(ROOT, "README.md")
# data a block needs that may not be in this checkout yet: why its block is skipped
NEEDS = {"sample_data/reference_demo.gpkg": "the labelled demo reference sample (sample_data/reference_demo.gpkg) "
                                            "is not in this checkout yet"}


def headless_section():
    text = open(README, encoding="utf-8").read()
    start = text.index("\n## Headless use")
    return text[start:text.index("\n## ", start + 5)]


BLOCKS = re.findall(r"```bash\n(.*?)```", headless_section(), re.S)


@pytest.fixture(scope="module")
def readme_runs(tmp_path_factory):
    """Copy the checkout's files (tracked ones, as they are in the working tree, times kept), link its .venv,
    and run the blocks in order, each with the export lines of the blocks before it."""
    clone = tmp_path_factory.mktemp("clone") / "bluecarbon"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split("\0")
    for name in filter(None, tracked):
        source = os.path.join(ROOT, name)
        if os.path.isfile(source):
            os.makedirs(os.path.dirname(os.path.join(clone, name)), exist_ok=True)
            shutil.copy2(source, os.path.join(clone, name))
    os.symlink(os.path.join(ROOT, ".venv"), clone / ".venv")
    before = {p for p in clone.rglob("*") if p.is_file()}
    env = qgis_env()  # keeps the temporary QGIS profile: `make plugin` enables the plugin there
    for name in ("QGIS_PLUGINPATH", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"):
        env.pop(name, None)  # the README sets these
    env.pop("GDAL_PAM_ENABLED")  # as a user runs them
    exports, results = [], []
    for block in BLOCKS:
        missing = [NEEDS[f] for f in NEEDS if f in block and not os.path.exists(clone / f)]
        if missing:
            results.append(("skip", missing[0]))
            continue
        script = "set -euo pipefail\n" + "\n".join(exports) + "\n" + block
        proc = subprocess.run(["bash", "-c", script], cwd=clone, env=env, capture_output=True, text=True,
                              timeout=1800)
        results.append((proc.returncode, proc.stdout + proc.stderr))
        exports += [line for line in block.splitlines() if line.startswith("export ")]
    written = sorted(str(p.relative_to(clone)) for p in clone.rglob("*") if p.is_file() and p not in before)
    return results, written


def test_the_headless_section_has_examples_of_every_algorithm():
    from bluecarbon.algorithms import ALGORITHMS

    text = "\n".join(BLOCKS)
    assert BLOCKS[0].splitlines()[0] == "make plugin"
    assert re.search(r"^export .*XDG_RUNTIME_DIR=", BLOCKS[0], re.M)
    for cls in ALGORITHMS:
        assert "bluecarbon:{} ".format(cls.NAME) in text, cls.NAME


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example_runs(readme_runs, index):
    status, output = readme_runs[0][index]
    if status == "skip":
        pytest.skip(output)
    assert status == 0, "{}\n{}".format(BLOCKS[index], output)
    assert "Traceback" not in output
    if index > 0:
        assert "XDG_RUNTIME_DIR not set" not in output


def test_readme_examples_write_only_to_out_and_build(readme_runs):
    """Outputs go to out/, the staged plugin to build/, the compiled translation to i18n/*.qm; besides them
    only the statistics side files (*.aux.xml, ignored by git) that QGIS writes beside any raster it opens."""
    written = readme_runs[1]
    assert written
    assert [p for p in written if not (p.startswith("out/") or p.startswith("build/")
                                       or re.fullmatch(r"i18n/[^/]+\.qm", p)
                                       or re.fullmatch(r"(sample_data|tests/data/[^/]+)/[^/]+\.tif\.aux\.xml", p))
            ] == []
    ignored = subprocess.run(["git", "check-ignore", "--no-index", "sample_data/x.tif.aux.xml", "out/x.tif",
                              "build/x"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert ignored == ["sample_data/x.tif.aux.xml", "out/x.tif", "build/x"]


def required_table():
    rows = re.findall(r"^\| `([a-z]+)` \| (.+) \|$", headless_section(), re.M)
    return {alg: set(re.findall(r"`([A-Z][A-Z0-9_]*)`", cell)) for alg, cell in rows}


LATER = {}  # algorithm: why its row is expected to fail until another area's fix lands


@pytest.mark.parametrize("name", [pytest.param(n, marks=[pytest.mark.xfail(strict=False, reason=LATER[n])]
                                               if n in LATER else []) for n in sorted(required_table())])
def test_required_parameters_in_the_readme_match(provider, name):
    from bluecarbon.algorithms import ALGORITHMS

    table = required_table()
    assert set(table) == {cls.NAME for cls in ALGORITHMS}
    alg = provider.algorithm(name)
    params = {p.name(): p for p in alg.parameterDefinitions()}
    mandatory = {n for n, p in params.items() if not p.flags() & p.FlagOptional and p.defaultValue() is None}
    assert table[name] <= set(params), table[name] - set(params)
    assert mandatory <= table[name], mandatory - table[name]
    # what the README calls required is what QGIS requires, apart from the either/or choices it names
    assert {n for n in table[name] if not params[n].flags() & params[n].FlagOptional} == mandatory
