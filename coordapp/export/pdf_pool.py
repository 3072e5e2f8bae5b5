"""Rendering many PPCS on every core: a pool of worker processes kept for the session.

The caller reads each plan (``PlanDocument``, plain frozen data) and hands it over; the
document travels to a worker pickled through the pool's pipe and the PDF comes back the
same way, as bytes. Workers never open the database, never write a file and never log a
text of the plan: they only turn data into PDF bytes, exactly as ``render_document``
does in the calling process (``tests/test_print_pool.py`` compares both).

Workers are started with ``spawn`` (a fresh interpreter: no copy of the parent's open
database connection, keys or Qt state) the first time a batch is rendered, then kept
until the process ends, so a second round pays nothing to start them.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from coordapp.documents.plan import PlanDocument
from coordapp.export.pdf_common import RenderedPdf

#: The three printed versions: the team's PPCS, the person's copy, in large print.
KINDS = ("team", "person", "person_large")
#: How often (seconds) a wait for the workers looks at the cancel predicate.
POLL_S = 0.05

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


class Cancelled(Exception):
    """``cancel()`` answered true: the documents not rendered yet were dropped."""


def render_document(doc: PlanDocument, kind: str) -> RenderedPdf:
    """One plan as a PDF, in this process (the worker's job, also used for one PDF)."""
    if kind == "team":
        from coordapp.export.pdf_team import team_pdf

        return team_pdf(doc)
    if kind not in KINDS:
        raise ValueError(f"unknown PPCS version {kind!r}")
    from coordapp.export.pdf_person import person_pdf

    return person_pdf(doc, large_print=kind == "person_large")


def _warm_up() -> None:
    """Worker start: the renderers and their fonts loaded once, before any document."""
    from coordapp.export import pdf_person, pdf_team  # noqa: F401
    from coordapp.export.fonts import register_fonts

    register_fonts()


def workers() -> int:
    """Worker processes: one per core (at least one)."""
    return max(1, min(os.cpu_count() or 1, 8))


def pool() -> ProcessPoolExecutor:
    """The session's pool, started on first use."""
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=workers(),
                                        mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_warm_up)
        return _pool


def warm() -> None:
    """Start the workers now, without waiting for them (a round is about to be chosen):
    the first round then does not pay for their start."""
    executor = pool()
    for _ in range(workers()):
        executor.submit(_warm_up)


def shutdown() -> None:
    """Stop the workers (at exit; also after a worker died, so the next batch restarts)."""
    global _pool
    with _lock:
        current, _pool = _pool, None
    if current is not None:
        current.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown)


def render_many(
    jobs: Iterable[tuple[PlanDocument, str] | None],
    *,
    done: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[RenderedPdf | None]:
    """The PDF of each job, in the order of ``jobs`` (``None`` stays ``None``: a plan
    left out by the caller). Jobs are sent to the workers as ``jobs`` yields them, so
    reading the next plan overlaps with rendering the previous ones.

    ``done(n)`` is called each time a job is over (``n`` so far, left-out ones included);
    ``cancel()`` is checked between jobs and while waiting: when it answers true, the
    documents not started are dropped, and :class:`Cancelled` is raised.
    """
    executor = pool()
    futures: list[Future[RenderedPdf] | None] = []
    finished = 0

    def check() -> None:
        if cancel is not None and cancel():
            _drop(futures)
            raise Cancelled()

    def count_finished() -> None:
        nonlocal finished
        now = sum(1 for f in futures if f is None or f.done())
        if done is not None:
            for n in range(finished + 1, now + 1):
                done(n)
                finished = n
                check()  # two finished at once: the second is not reported after a cancel
        finished = now

    try:
        for job in jobs:
            check()
            futures.append(None if job is None else executor.submit(render_document, *job))
            count_finished()
        pending = {f for f in futures if f is not None}
        while pending:
            check()
            _ready, pending = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
            count_finished()
        check()
        return [None if f is None else f.result() for f in futures]
    except BrokenProcessPool:
        shutdown()  # a worker died (killed, out of memory): the next batch starts afresh
        raise
    except BaseException:
        _drop(futures)
        raise


def _drop(futures: list[Future[RenderedPdf] | None]) -> None:
    for future in futures:
        if future is not None:
            future.cancel()
