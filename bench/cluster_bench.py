"""`make bench`, cluster part: a coast measured on a real Dask cluster, and the scaling on more machines
modelled from what was measured.

A `dask-scheduler` and 1, 2 and 4 `dask-worker` processes (one thread and a memory limit each, without a
nanny, as README "Running on a cluster" starts them; on 127.0.0.1) run the zonal engine through the plugin's
executor (``Executor("tcp://127.0.0.1:PORT")``, ``zonal_areas``) on a VRT mosaic of 16 generated tiles of
10,980² (``parallel_bench.mosaic``) with 20,000 polygons. Measured: the wall time per worker count (the
fastest run after the first), the time in tasks (the scheduler's task stream) and the workers' CPU time, the
CPU other processes took meanwhile, the cost of one tile, the executor's overhead per task (many empty tasks
through it), the bytes each task moves (its pickled WKB polygons in, its pickled ZoneAreas out), the time in
the calling process, the connection and upload of the engine, and the workers' peak memory (VmHWM) on the
16-tile mosaic and on 4 of its tiles with a quarter of the polygons; once each, 2 workers without the block
cache limit and without OMP_NUM_THREADS=1. The areas of every 20th polygon are checked against the in-process
run (1e-9 relative).

    BENCH_QUICK=1 .venv/bin/python bench/cluster_bench.py   # 16 tiles of 1,372², 2,000 polygons
"""
import inspect
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from parallel_bench import mosaic  # noqa: E402
from run_bench import PLUGINS, QUICK, TILE, WORK, polygons  # noqa: E402

sys.path.insert(0, PLUGINS)
from bluecarbon.bluecarbon_qgis.engine.raster import executor as ex  # noqa: E402
from bluecarbon.bluecarbon_qgis.engine.raster.grid import open_grid  # noqa: E402
from bluecarbon.bluecarbon_qgis.engine.raster.zonal import zonal_class_areas  # noqa: E402

SYSTEM_PYTHON = "/usr/bin/python3"
WORKER_MEMORY = "3GiB"   # --memory-limit of each worker
# each worker's environment, as README "Running on a cluster" starts them: GDAL's block cache in MB (GDAL's
# default is 5 % of the machine's memory per process) and one BLAS/OpenMP thread (without it numpy's thread pool
# adds threads that can spin on another core); each is left out once on 2 workers for comparison
WORKER_ENV = {"GDAL_CACHEMAX": "128", "OMP_NUM_THREADS": "1"}
WORKER_COUNTS = (1, 2, 4)
EMPTY_TASKS = 1000       # empty tasks for the executor's and scheduler's overhead per task
CHECK_EVERY = 20         # every 20th polygon is measured in this process too
RUNS = 3                 # runs per cluster: the first pays for importing the engine on the workers
# the model's assumptions (not measured here)
MODEL_TILES = 200        # Sentinel-2 tiles along China's coast, order of magnitude
MODEL_WORKERS = (1, 8, 32, 128)
NETWORK_MB_S = 125.0     # 1 Gbit/s between the QGIS machine and the cluster
NETWORK_HOPS = 2         # a piece and its result pass through the scheduler: each byte crosses the network twice
PIECES_PER_WORKER = inspect.signature(ex.zonal_areas).parameters["pieces_per_worker"].default


class Cluster:
    """A dask-scheduler and ``n`` single-threaded dask-worker processes on 127.0.0.1, in a folder of their own."""

    def __init__(self, n, worker_env=WORKER_ENV):
        import distributed

        self.folder = tempfile.mkdtemp(prefix="cluster-", dir=WORK)
        scheduler_file = os.path.join(self.folder, "scheduler.json")
        # the workers get the engine from the executor (Client.upload_file), not from PYTHONPATH
        environ = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", *WORKER_ENV)}
        environ.update(worker_env)
        log = open(os.path.join(self.folder, "cluster.log"), "wb")
        clock = time.perf_counter()
        self.procs = [subprocess.Popen(
            [SYSTEM_PYTHON, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--scheduler-file", scheduler_file], env=environ, stdout=log, stderr=log)]
        while not os.path.exists(scheduler_file):
            if self.procs[0].poll() is not None or time.perf_counter() - clock > 60:
                raise SystemExit("dask-scheduler did not start; see " + log.name)
            time.sleep(0.05)
        time.sleep(0.1)  # the file is complete once written; give the writer its close
        with open(scheduler_file) as f:
            self.address = json.load(f)["address"]
        self.procs += [subprocess.Popen(
            [SYSTEM_PYTHON, "-m", "distributed.cli.dask_worker", self.address, "--nthreads", "1", "--no-nanny",
             "--memory-limit", WORKER_MEMORY, "--host", "127.0.0.1", "--no-dashboard",
             "--local-directory", self.folder], env=environ, stdout=log, stderr=log) for _ in range(n)]
        log.close()
        with distributed.Client(self.address, set_as_default=False) as client:
            client.wait_for_workers(n, timeout=120)
            self.pids = sorted(client.run(os.getpid).values())
        self.start_s = time.perf_counter() - clock

    def peak_rss_mb(self):
        """Each worker's peak resident memory so far (VmHWM), MB."""
        peaks = []
        for pid in self.pids:
            with open("/proc/{}/status".format(pid)) as f:
                peaks += [int(line.split()[1]) / 1024.0 for line in f if line.startswith("VmHWM:")]
        return peaks

    def cpu_s(self):
        """The workers' CPU seconds so far (user and system, all their threads)."""
        ticks = 0
        for pid in self.pids:
            with open("/proc/{}/stat".format(pid)) as f:
                ticks += sum(int(v) for v in f.read().rsplit(")", 1)[1].split()[11:13])
        return ticks / os.sysconf("SC_CLK_TCK")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        # the workers first (a worker whose scheduler is gone keeps trying to reach it), then the scheduler
        for group in (self.procs[1:], self.procs[:1]):
            for p in group:
                p.terminate()
            deadline = time.perf_counter() + 30
            while any(p.poll() is None for p in group) and time.perf_counter() < deadline:
                time.sleep(0.1)
            for p in (p for p in group if p.poll() is None):  # still there after 30 s
                p.kill()
                p.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


class Metered(ex.Executor):
    """The plugin's executor, keeping the last map's pieces, shared arguments and results to weigh them, and
    when the map began and ended (the rest of a run's time is spent in the calling process)."""

    def map(self, fn, pieces, shared=(), **kw):
        self.began = time.perf_counter()
        pieces = list(pieces)
        out = super().map(fn, pieces, shared, **kw)
        self.last = (pieces, shared, out)
        self.ended = time.perf_counter()
        return out

    def weights(self):
        """Pickled bytes of each piece sent, of each result returned and of the shared arguments (sent once to
        every worker)."""
        pieces, shared, out = self.last
        size = lambda obj: len(pickle.dumps(obj, protocol=5))  # noqa: E731
        return [size(p) for p in pieces], [size(r) for r in out], size(shared)


def machine_cpu_s():
    """CPU seconds used on this machine so far, all processes (busy time in /proc/stat, steal included)."""
    with open("/proc/stat") as f:
        user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in f.readline().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def empty(piece):
    return piece


def read_polygons(path):
    from osgeo import ogr
    from shapely import wkb

    ds = ogr.Open(path)
    return [wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())) for f in ds.GetLayer(0)]


def overhead(run, n):
    """(seconds per run, seconds per task) of the executor on empty tasks: the median of three runs of as many
    tasks as zonal_areas makes on ``n`` workers, one run of EMPTY_TASKS, and the slope between them."""
    def seconds(tasks):
        clock = time.perf_counter()
        run.map(empty, range(tasks))
        return time.perf_counter() - clock

    few = PIECES_PER_WORKER * n
    t_few = sorted(seconds(few) for _ in range(3))[1]
    per_task = max((seconds(EMPTY_TASKS) - t_few) / (EMPTY_TASKS - few), 0.0)
    return max(t_few - per_task * few, 0.0), per_task


def on_cluster(n, vrt, geoms, runs=RUNS, measure_overhead=True, worker_env=WORKER_ENV):
    """Measurements of the zonal engine on a fresh cluster of ``n`` workers, and its areas."""
    with Cluster(n, worker_env) as cluster:
        clock = time.perf_counter()
        with Metered(cluster.address) as run:
            res = dict(workers=n, start_s=cluster.start_s, connect_s=time.perf_counter() - clock)
            if measure_overhead:
                res["run_overhead_s"], res["overhead_s"] = overhead(run, n)
            grid = open_grid(vrt)
            run.client.get_task_stream()  # starts the scheduler's record of tasks
            measured = []
            for _ in range(runs):
                since, cpu, busy, clock = time.time(), cluster.cpu_s(), machine_cpu_s(), time.perf_counter()
                areas = ex.zonal_areas(grid, geoms, run)
                wall = time.perf_counter() - clock
                stream = [t for t in run.client.get_task_stream(start=since) if t["key"].startswith("_zonal_piece")]
                computes = [sum(s["stop"] - s["start"] for s in t["startstops"] if s["action"] == "compute")
                            for t in stream]
                cpu = cluster.cpu_s() - cpu
                # others_cores: the CPU of every other process meanwhile (the scheduler and this one included)
                measured.append(dict(wall_s=wall, cpu_s=cpu, others_cores=(machine_cpu_s() - busy - cpu) / wall,
                                     tasks=len(computes), compute_s=sum(computes), task_max_s=max(computes),
                                     client_s=wall - (run.ended - run.began),  # pieces cut, results put together
                                     stream_nbytes=sum(t.get("nbytes", 0) for t in stream)))
            bytes_in, bytes_out, shared = run.weights()
            # the fastest run after the first (which imports the engine on the workers): the least disturbed by
            # other work on a shared machine
            res.update(min(measured[1:] or measured, key=lambda r: r["wall_s"]), walls=[r["wall_s"] for r in measured],
                       bytes_in=bytes_in, bytes_out=bytes_out, shared_bytes=shared, peak_mb=cluster.peak_rss_mb())
            res["cpu_use"] = res["cpu_s"] / (res["wall_s"] * n)  # below 1: the workers waited for a core or data
    return res, areas


def same(a, b, rel=1e-9):
    pairs = [(a.classes.get(k, 0.0), b.classes.get(k, 0.0)) for k in set(a.classes) | set(b.classes)]
    pairs += [(a.nodata_m2, b.nodata_m2), (a.outside_m2, b.outside_m2)]
    return all(abs(x - y) <= rel * max(abs(x), abs(y)) for x, y in pairs)


def duration(secs):
    return "{:.1f} h".format(secs / 3600.0) if secs >= 7200 else (
        "{:.1f} min".format(secs / 60.0) if secs >= 120 else "{:.0f} s".format(secs))


def model(m, tiles, workers):
    """Seconds of the zonal areas of ``tiles`` tiles (``m["polygons_per_tile"]`` polygons each) on ``workers``
    workers, as (total, terms). Measured: ``m``'s per-tile cost, overheads, bytes and client time; assumed:
    perfect balance, reads as fast as here, NETWORK_MB_S between the calling machine and the cluster.

    compute: tiles x the cost of one tile / workers; scheduler: the executor's overhead per run and per task
    x its tasks (PIECES_PER_WORKER per worker); transfer: the bytes per polygon (in and out) and the shared
    arguments (once per worker), NETWORK_HOPS times; client: cutting into pieces and putting the results
    together, per polygon, in the calling process; connect: reaching the scheduler and uploading the engine."""
    polys = tiles * m["polygons_per_tile"]
    terms = dict(compute=tiles * m["tile_s"] / workers,
                 scheduler=m["run_overhead_s"] + m["overhead_s"] * PIECES_PER_WORKER * workers,
                 transfer=NETWORK_HOPS * (polys * m["bytes_per_polygon"] + workers * m["shared_bytes"])
                 / (NETWORK_MB_S * 1e6),
                 client=polys * m["client_s_per_polygon"], connect=m["connect_s"])
    return sum(terms.values()), terms


def inputs(tile, n_poly):
    """(16-tile VRT, its polygons, the VRT of its top-left 4 tiles, a quarter as many polygons over them)."""
    print("Building inputs in bench/work (cached) ...", flush=True)
    vrt, vrt4 = mosaic(WORK, tile), mosaic(WORK, tile, used=2)
    areas = polygons(os.path.join(WORK, "polygons_coast_{}_{}.gpkg".format(4 * tile, n_poly)), 4 * tile, n=n_poly)
    areas4 = polygons(os.path.join(WORK, "polygons_coast_{}_{}.gpkg".format(2 * tile, n_poly // 4)), 2 * tile,
                      n=n_poly // 4)
    return vrt, read_polygons(areas), vrt4, read_polygons(areas4)


def mb(peaks):
    return " / ".join("{:.0f}".format(p) for p in peaks) + " MB"


def measure(vrt, geoms, vrt4, geoms4):
    """The runs on 1, 2 and 4 workers, checked against the in-process areas of every CHECK_EVERY-th polygon;
    the 4-tile run and a run with GDAL's default block cache, both on 2 workers."""
    subset = list(range(0, len(geoms), CHECK_EVERY))
    clock = time.perf_counter()
    reference = zonal_class_areas(open_grid(vrt), [geoms[i] for i in subset])
    inprocess_s = time.perf_counter() - clock
    runs = {}
    for n in WORKER_COUNTS:
        runs[n], areas = on_cluster(n, vrt, geoms)
        assert all(same(reference[k], areas[i]) for k, i in enumerate(subset)), \
            "cluster of {} workers and in-process areas differ".format(n)
        r = runs[n]
        print("{} worker{}: zonal areas {:.1f} s (runs: {}), {} tasks, {:.1f} s computing in all ({:.1f} s of the "
              "workers' CPU, {:.0%} of their cores' time, other processes {:.1f} cores; longest task {:.2f} s), "
              "{:.2f} s in the calling process; cluster start {:.1f} s, connect and engine upload {:.2f} s; executor "
              "overhead on empty tasks {:.0f} ms per run + {:.2f} ms per task; peak worker memory {}".format(
                  n, "s" if n > 1 else "", r["wall_s"], ", ".join("{:.1f} s".format(w) for w in r["walls"]),
                  r["tasks"], r["compute_s"], r["cpu_s"], r["cpu_use"], r["others_cores"], r["task_max_s"],
                  r["client_s"], r["start_s"], r["connect_s"], 1e3 * r["run_overhead_s"], 1e3 * r["overhead_s"],
                  mb(r["peak_mb"])), flush=True)
    print("the areas of {} polygons (every {}th) on 1, 2 and 4 workers equal the in-process run's within 1e-9 "
          "relative (in process: {:.1f} s for them)".format(len(subset), CHECK_EVERY, inprocess_s))
    runs["4tiles"], _ = on_cluster(2, vrt4, geoms4, runs=1, measure_overhead=False)
    without = {k: {n: v for n, v in WORKER_ENV.items() if n != k} for k in WORKER_ENV}
    runs["default_cache"], _ = on_cluster(2, vrt, geoms, runs=2, measure_overhead=False,
                                          worker_env=without["GDAL_CACHEMAX"])
    runs["blas_threads"], _ = on_cluster(2, vrt, geoms, runs=2, measure_overhead=False,
                                         worker_env=without["OMP_NUM_THREADS"])
    print("2 workers, peak memory with GDAL_CACHEMAX={} MB: {} on the 16 tiles, {} on 4 of them ({} polygons, "
          "{:.1f} s); with GDAL's default cache (5 % of this machine's memory): {} on the 16 tiles".format(
              WORKER_ENV["GDAL_CACHEMAX"], mb(runs[2]["peak_mb"]), mb(runs["4tiles"]["peak_mb"]), len(geoms4),
              runs["4tiles"]["wall_s"], mb(runs["default_cache"]["peak_mb"])))
    for key, label in (("default_cache", "GDAL's default cache"), ("blas_threads", "without OMP_NUM_THREADS=1")):
        r = runs[key]
        print("2 workers, {}: {:.1f} s, {:.1f} s of the workers' CPU ({:.0%} of their cores' time, other processes "
              "{:.1f} cores) for {:.1f} s computing".format(label, r["wall_s"], r["cpu_s"], r["cpu_use"],
                                                            r["others_cores"], r["compute_s"]))
    return runs, inprocess_s


def scaling(runs, tile, n_poly):
    """The model's measured inputs (from the 1-worker run), checked against the measured runs, and the model
    for MODEL_TILES tiles on MODEL_WORKERS workers."""
    one = runs[1]
    m = dict(tile_s=one["cpu_s"] / 16, run_overhead_s=one["run_overhead_s"], overhead_s=one["overhead_s"],
             connect_s=one["connect_s"], polygons_per_tile=n_poly / 16.0, shared_bytes=one["shared_bytes"],
             bytes_per_polygon=(sum(one["bytes_in"]) + sum(one["bytes_out"])) / n_poly,
             client_s_per_polygon=one["client_s"] / n_poly,
             task_in=sum(one["bytes_in"]) / len(one["bytes_in"]),
             task_out=sum(one["bytes_out"]) / len(one["bytes_out"]))
    print("per tile of {0}x{0} with {1:.0f} polygons: {2:.2f} s of one worker's CPU ({9:.2f} s of its tasks' time); "
          "per task ({3} tasks per worker) {4:.0f} kB in, {5:.0f} kB out ({6:.0f} bytes per polygon; dask's own "
          "estimate of the results {7:.0f} kB in all); shared arguments {8} bytes per worker".format(
              tile, n_poly / 16.0, m["tile_s"], PIECES_PER_WORKER, m["task_in"] / 1e3, m["task_out"] / 1e3,
              m["bytes_per_polygon"], one["stream_nbytes"] / 1e3, m["shared_bytes"], one["compute_s"] / 16))
    for n in WORKER_COUNTS:
        print("  the model for these 16 tiles on {} worker{}: {:.1f} s; measured {:.1f} s{}".format(
            n, "s" if n > 1 else "", model(m, 16, n)[0], runs[n]["wall_s"],
            " ({} workers on {} cores)".format(n, os.cpu_count()) if n > os.cpu_count() else ""))
    print("Model, not a measurement, for {} tiles of {}x{} ({:.0f} polygons each), from the costs measured "
          "above; assumed: {:.0f} MB/s to the cluster, every byte through the scheduler, perfect balance, reads "
          "from shared storage as fast as here:".format(MODEL_TILES, tile, tile, m["polygons_per_tile"],
                                                        NETWORK_MB_S))
    projection = {}
    for n in MODEL_WORKERS:
        total, terms = model(m, MODEL_TILES, n)
        projection[n] = dict(total_s=total, **terms)
        print("  {} worker{}: {} ({})".format(n, "s" if n > 1 else "", duration(total), ", ".join(
            "{} {:.1f} s".format(k, v) for k, v in terms.items())))
    return m, projection


def main():
    os.makedirs(WORK, exist_ok=True)
    # the executor sends each piece's polygons in its task (measured and printed here as bytes per task)
    warnings.filterwarnings("ignore", message="Large object of size")
    tile = TILE // 8 if QUICK else TILE
    n_poly = 2000 if QUICK else 20000
    vrt, geoms, vrt4, geoms4 = inputs(tile, n_poly)
    print("load before the runs: {}".format(" ".join(open("/proc/loadavg").read().split()[:3])), flush=True)
    runs, inprocess_s = measure(vrt, geoms, vrt4, geoms4)
    m, projection = scaling(runs, tile, n_poly)
    print("load after the runs: {}".format(" ".join(open("/proc/loadavg").read().split()[:3])))

    print("BENCH cluster_zonal_1worker seconds={:.2f}".format(runs[1]["wall_s"]))
    for n in WORKER_COUNTS[1:]:
        print("BENCH cluster_{}workers_vs_1 ratio={:.3f}{}".format(n, runs[n]["wall_s"] / runs[1]["wall_s"], (
            " ({} workers on {} cores)".format(n, os.cpu_count()) if n > os.cpu_count() else "")))
    print("BENCH cluster_tile_seconds value={:.3f}".format(m["tile_s"]))
    print("BENCH cluster_task_overhead_ms value={:.3f}".format(1e3 * m["overhead_s"]))
    print("BENCH cluster_task_bytes in={:.0f} out={:.0f}".format(m["task_in"], m["task_out"]))
    peak16, peak4 = max(runs[2]["peak_mb"]), max(runs["4tiles"]["peak_mb"])
    print("BENCH cluster_worker_memory_16_vs_4_tiles ratio={:.3f} ({:.0f} MB vs {:.0f} MB)".format(
        peak16 / peak4, peak16, peak4))
    with open(os.path.join(WORK, "cluster_results{}.json".format("_quick" if QUICK else "")), "w") as f:
        json.dump(dict(runs={str(k): v for k, v in runs.items()}, model_inputs=m, inprocess_subset_s=inprocess_s,
                       projection={str(k): v for k, v in projection.items()}, tile=tile, polygons=n_poly), f,
                  indent=1)


if __name__ == "__main__":
    main()
