"""`make bench`, start-up part: what starting the local workers costs, alone and in a whole qgis_process run.

- the start of two local workers from a Python that has the engine imported (system Python, median of 5);
- carbonstocks on W1 (10,980² classes, 1,000 polygons, default parameters) through qgis_process: the default
  executor (local workers started while the polygons are read, the small-job rule deciding) against
  SCHEDULER=none, medians of 3, with the seconds the run waited for its workers (phase ``startup``).

    BENCH_QUICK=1 .venv/bin/python bench/startup_bench.py   # a 2,745² raster, for a fast look
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_bench import PLUGINS, QUICK, TILE, WORK, class_raster, env, measured, polygons  # noqa: E402

START_CODE = """
import sys, time
sys.path.insert(0, {plugins!r})
from bluecarbon.bluecarbon_qgis.engine.raster import local_pool
t = time.perf_counter()
local_pool.pool(2).wait_ready()
print(time.perf_counter() - t)
local_pool.shutdown_local()
"""


def start_seconds(repeats=5):
    times = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", START_CODE.format(plugins=PLUGINS)], capture_output=True,
                             text=True, check=True, env=env())
        times.append(float(out.stdout.split()[-1]))
    return statistics.median(times)


def carbonstocks(raster, areas, scheduler, repeats=3):
    """(median wall seconds, median phase seconds) of carbonstocks with default parameters."""
    walls, phases = [], []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(dir=WORK) as out:
            secs, _, stderr = measured(["qgis_process.bin", "run", "bluecarbon:carbonstocks", "--",
                                        "HABITAT=" + raster, "AREAS=" + areas, "SCHEDULER=" + scheduler,
                                        "OUTPUT=" + os.path.join(out, "o.gpkg")],
                                       dict(env(), BLUECARBON_TIMINGS="1"), output=True)
        walls.append(secs)
        phases += [json.loads(line.split(" ", 2)[2]) for line in stderr.splitlines()
                   if line.startswith("BLUECARBON_TIMINGS ")]
    return statistics.median(walls), {k: statistics.median(p[k] for p in phases) for k in phases[0]}


def main():
    os.makedirs(WORK, exist_ok=True)
    size = TILE // 4 if QUICK else TILE
    raster = class_raster(os.path.join(WORK, "classes_{}.tif".format(size)), size)
    areas = polygons(os.path.join(WORK, "polygons_{}.gpkg".format(size)), size)
    start = start_seconds()
    print("two local workers start in {:.2f} s (median of 5, system Python)".format(start))
    print("BENCH local_workers_start seconds={:.3f} (target < 0.5)".format(start))
    default, d_phases = carbonstocks(raster, areas, "")
    inproc, i_phases = carbonstocks(raster, areas, "none")
    for label, secs, ph in (("default", default, d_phases), ("SCHEDULER=none", inproc, i_phases)):
        print("carbonstocks {0}x{0}, {1}: {2:.2f} s; phases {3}".format(size, label, secs, ", ".join(
            "{} {:.2f} s".format(k, v) for k, v in ph.items())))
    print("BENCH carbonstocks_default_vs_inprocess ratio={:.3f}".format(default / inproc))


if __name__ == "__main__":
    main()
