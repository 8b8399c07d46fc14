"""Engines: who runs the plan's partitions.  The plan functions are the same for all.

An engine offers two operations over a list of partitions (picklable items):

* ``map(fn, items)``: ``fn`` on each item, results collected in order;
* ``map_reduce(mapper, items, reducer, partitions)``: ``mapper(item)`` yields
  ``(key, value)`` with an ``int`` key; values are grouped by key into
  ``partitions`` reducer partitions (``key % partitions``); ``reducer(index, groups)``
  runs once per reducer partition on its ``[(key, [values])]`` (keys sorted) and the
  results are collected in partition order.

``serial`` runs in-process (tests, debugging); ``local`` uses a process pool and
spills the shuffle to disk so the driver never holds the shuffled data; ``spark``
uses RDDs (``parallelize`` / ``flatMap`` / ``groupByKey`` / ``mapPartitionsWithIndex``).
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, Protocol

Mapper = Callable[[Any], Iterable[tuple[int, Any]]]
Reducer = Callable[[int, list[tuple[int, list[Any]]]], Any]


class Engine(Protocol):
    name: str

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]: ...

    def map_reduce(self, mapper: Mapper, items: Sequence[Any], reducer: Reducer, partitions: int) -> list[Any]: ...

    def close(self) -> None: ...


def _group(pairs: Iterable[tuple[int, Any]]) -> list[tuple[int, list[Any]]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for k, v in pairs:
        groups[k].append(v)
    return sorted(groups.items())


class SerialEngine:
    """Everything in this process, in order: the reference the other engines must match."""

    name = "serial"

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        return [fn(x) for x in items]

    def map_reduce(self, mapper: Mapper, items: Sequence[Any], reducer: Reducer, partitions: int) -> list[Any]:
        shards: list[list[tuple[int, Any]]] = [[] for _ in range(partitions)]
        for x in items:
            for k, v in mapper(x):
                shards[k % partitions].append((k, v))
        return [reducer(r, _group(s)) for r, s in enumerate(shards)]

    def close(self) -> None:
        pass


def _spill_map(mapper: Mapper, partitions: int, spill: str, task: tuple[int, Any]) -> list[str | None]:
    """Run ``mapper`` on one item and write its output, one pickle file per reducer partition."""
    index, item = task
    shards: list[list[tuple[int, Any]]] = [[] for _ in range(partitions)]
    for k, v in mapper(item):
        shards[k % partitions].append((k, v))
    paths: list[str | None] = []
    for r, s in enumerate(shards):
        if not s:
            paths.append(None)
            continue
        p = os.path.join(spill, f"m{index:06d}-r{r:05d}.pkl")
        with open(p, "wb") as fh:
            pickle.dump(s, fh, protocol=pickle.HIGHEST_PROTOCOL)
        paths.append(p)
    return paths


def _spill_reduce(reducer: Reducer, task: tuple[int, list[str]]) -> Any:
    r, paths = task
    pairs: list[tuple[int, Any]] = []
    for p in paths:
        with open(p, "rb") as fh:
            pairs += pickle.load(fh)
        os.unlink(p)
    return reducer(r, _group(pairs))


class LocalEngine:
    """A process pool on this machine (``workers`` processes, default: CPU count)."""

    name = "local"

    def __init__(self, workers: int | None = None, spill_dir: Path | None = None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._pool = ProcessPoolExecutor(max_workers=self.workers)
        self._spill_root = spill_dir

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        return list(self._pool.map(fn, items, chunksize=1))

    def map_reduce(self, mapper: Mapper, items: Sequence[Any], reducer: Reducer, partitions: int) -> list[Any]:
        if self._spill_root is not None:
            self._spill_root.mkdir(parents=True, exist_ok=True)
        spill = tempfile.mkdtemp(prefix="shuffle-", dir=self._spill_root)
        try:
            written = self.map(partial(_spill_map, mapper, partitions, spill), list(enumerate(items)))
            tasks = [(r, [w[r] for w in written if w[r]]) for r in range(partitions)]
            return self.map(partial(_spill_reduce, reducer), tasks)
        finally:
            shutil.rmtree(spill, ignore_errors=True)

    def close(self) -> None:
        self._pool.shutdown()


class SparkEngine:
    """Apache Spark through pyspark: ``master`` is ``local[*]`` or a cluster URL (``spark://host:7077``).

    An existing SparkSession is reused (e.g. under ``spark-submit``).  Paths the tasks
    read and write (inputs, output folder) must be visible from every executor.
    """

    name = "spark"

    def __init__(self, master: str | None = None, workers: int | None = None) -> None:
        try:
            from pyspark.sql import SparkSession
        except ImportError as exc:  # pragma: no cover - depends on the optional extra
            raise RuntimeError("the spark engine needs pyspark: pip install 'recoupe[spark]'") from exc
        # local masters: the Python workers must be this interpreter (it has recoupe); on a
        # cluster, PYSPARK_PYTHON names the executors' Python (see docs/scale.md)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        from pyspark import SparkConf

        conf = SparkConf()  # under spark-submit it already holds --master
        if master:
            conf.setMaster(master)
        elif not conf.contains("spark.master"):
            conf.setMaster(f"local[{workers}]" if workers else "local[*]")
        self.spark = SparkSession.builder.appName("recoupe-scale").config(conf=conf).getOrCreate()
        self.sc = self.spark.sparkContext

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        if not items:
            return []
        return self.sc.parallelize(list(items), len(items)).map(fn).collect()

    def map_reduce(self, mapper: Mapper, items: Sequence[Any], reducer: Reducer, partitions: int) -> list[Any]:
        if not items:
            return [reducer(r, []) for r in range(partitions)]

        def reduce_partition(index: int, it: Iterable[tuple[int, Iterable[Any]]]) -> list[Any]:
            return [reducer(index, sorted((k, list(v)) for k, v in it))]

        return (
            self.sc.parallelize(list(items), len(items))
            .flatMap(mapper)
            .groupByKey(partitions, partitionFunc=lambda k: k)
            .mapPartitionsWithIndex(reduce_partition)
            .collect()
        )

    def close(self) -> None:
        pass  # the session may be shared (spark-submit); Spark stops it at exit


def make_engine(name: str, workers: int | None = None, *, spill_dir: Path | None = None,
                master: str | None = None) -> Engine:
    """``serial``, ``local`` or ``spark`` (``master`` may also be given as ``spark:URL``)."""
    if name == "serial":
        return SerialEngine()
    if name == "local":
        return LocalEngine(workers, spill_dir)
    if name == "spark" or name.startswith("spark:"):
        return SparkEngine(master or (name.split(":", 1)[1] if ":" in name else None), workers)
    raise ValueError(f"unknown engine {name!r}: serial, local or spark")
