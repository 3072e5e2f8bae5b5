"""Printing rounds: the PPCS of several people rendered in turn and merged into one
document, ready for the print preview (nothing is recorded until it is printed or saved).

``render`` takes the usual ``progress(done, total, message)`` callable and ``cancel()``
predicate; it checks ``cancel`` between documents and while the workers render, and
raises :class:`PrintCancelled`: nothing is produced, no file is written.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from coordapp.documents.plan import PlanDocument
from coordapp.errors import CoordAppError, NotFound
from coordapp.export.pdf_merge import merge_pdfs
from coordapp.export.pdf_pool import Cancelled, render_document, render_many, warm
from coordapp.services.exports import Audience, ExportService, PrintedPlan
from coordapp.services.patient.consent import SharingRefused, objecting_among
from coordapp.services.plans.follow_up import PlanFollowUpService
from coordapp.services.views import ReviewDueView
from coordapp.services.workspace import Workspace

#: Plans whose review is due within this many days (or overdue) make the weekly round.
REVIEW_WINDOW_DAYS = 7

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class PrintCancelled(CoordAppError):
    default_message = "Préparation annulée : aucun document n'a été produit."


class LeftOut(enum.StrEnum):
    """Why a person of a round is not in the document."""

    #: Objected to sharing: no PPCS for the team (the refusal is in the audit trail).
    OBJECTION = "objection"
    #: The plan (or the file) was removed since the list was shown.
    NO_PLAN = "no_plan"


@dataclass(frozen=True)
class PlanToPrint:
    patient_id: str
    plan_id: str | None = None  # the current plan when None
    title: str = ""  # the bookmark of this person's part (a name: never recorded)


@dataclass(frozen=True)
class PrintBatch:
    """A rendered document and the PPCS it holds, in page order."""

    data: bytes
    documents: tuple[PrintedPlan, ...]
    #: People of the round left out, by reason (an objection to sharing: each refusal is
    #: in the audit trail).
    left_out_by_reason: Mapping[LeftOut, int] = field(default_factory=dict)

    @property
    def left_out(self) -> int:
        return sum(self.left_out_by_reason.values())

    @property
    def pages(self) -> int:
        return sum(doc.pages for doc in self.documents)

    def printed(self, page_indexes: Iterable[int]) -> list[PrintedPlan]:
        """The people whose pages are among ``page_indexes`` (from 0), each with the
        number of their pages printed."""
        chosen = set(page_indexes)
        found = []
        for doc in self.documents:
            count = len(chosen & set(range(doc.first_page, doc.first_page + doc.pages)))
            if count:
                found.append(PrintedPlan(doc.patient_id, doc.audience, count, doc.first_page))
        return found


class PrintBatchService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.exports = ExportService(workspace)

    def due_for_review(self, today: dt.date | None = None,
                       days: int = REVIEW_WINDOW_DAYS) -> list[ReviewDueView]:
        """The validated plans of this coordinator's patients to review by ``today +
        days`` (overdue ones included), soonest first."""
        if not self.ws.user_id:
            return []
        before = (today or dt.date.today()) + dt.timedelta(days=days)
        return PlanFollowUpService(self.ws).reviews_due(before, referent_id=self.ws.user_id)

    def left_out_of(self, patient_ids: Sequence[str],
                    audience: Audience | str) -> dict[LeftOut, int]:
        """Who of ``patient_ids`` a round for ``audience`` will leave out, by reason,
        before rendering (the same rule as :meth:`render`; nothing is audited)."""
        if Audience(audience) != Audience.TEAM or not patient_ids:
            return {}
        with self.ws.reading() as uow:
            objecting = objecting_among(uow.session, list(patient_ids))
        return {LeftOut.OBJECTION: len(objecting)} if objecting else {}

    def prepare(self) -> None:
        """A round of several plans may follow: start the rendering workers meanwhile."""
        warm()

    def render_one(self, patient_id: str, audience: Audience | str,
                   plan_id: str | None = None) -> PrintBatch:
        """One person's PPCS (``NotFound`` when there is no plan)."""
        pdf = self.exports.render_plan_pdf(patient_id, audience, plan_id)
        return PrintBatch(pdf.data, (PrintedPlan(patient_id, Audience(audience), pdf.pages),))

    def render(self, plans: Sequence[PlanToPrint], audience: Audience | str, *,
               progress: Progress | None = None, cancel: Cancel | None = None,
               title: str | None = None) -> PrintBatch:
        """Every plan of ``plans``, then one merged document. Plans are read here in
        turn and rendered meanwhile by the worker processes (``coordapp.export.pdf_pool``:
        one per core), which receive the plan's data only and write nothing."""
        if not plans:
            raise CoordAppError("Aucun PPCS choisi : rien à imprimer.")
        audience = Audience(audience)
        total = len(plans)
        left_out: dict[LeftOut, int] = {}

        def jobs() -> Iterator[tuple[PlanDocument, str] | None]:
            for plan in plans:
                try:
                    doc = self.exports.printable_document(plan.patient_id, audience,
                                                          plan.plan_id)
                except SharingRefused:  # a team round goes on without that person
                    left_out[LeftOut.OBJECTION] = left_out.get(LeftOut.OBJECTION, 0) + 1
                    yield None
                    continue
                except NotFound:  # removed since the list was shown (a colleague's bundle)
                    left_out[LeftOut.NO_PLAN] = left_out.get(LeftOut.NO_PLAN, 0) + 1
                    yield None
                    continue
                yield doc, audience.value

        def done(count: int) -> None:
            if progress is not None:
                progress(count, total, "PPCS")

        try:
            if total == 1:  # one document: no process to start
                if cancel is not None and cancel():
                    raise Cancelled()
                rendered = [None if job is None else render_document(*job) for job in jobs()]
                done(1)
            else:
                rendered = render_many(jobs(), done=done, cancel=cancel)
        except Cancelled as exc:
            raise PrintCancelled() from exc
        if cancel is not None and cancel():
            raise PrintCancelled()
        parts: list[bytes] = []
        documents: list[PrintedPlan] = []
        titles: list[str] = []
        first = 0
        for plan, pdf in zip(plans, rendered, strict=True):
            if pdf is None:
                continue
            parts.append(pdf.data)
            titles.append(plan.title)
            documents.append(PrintedPlan(plan.patient_id, audience, pdf.pages, first))
            first += pdf.pages
        if not parts and set(left_out) == {LeftOut.OBJECTION}:
            raise CoordAppError("Les personnes choisies se sont opposées au partage de leurs "
                                "informations : aucun PPCS pour l'équipe à imprimer.")
        if not parts:
            raise CoordAppError("Les PPCS choisis ne peuvent plus être imprimés (supprimés "
                                "depuis, ou opposition au partage) : rien à imprimer.")
        if len(parts) == 1:
            return PrintBatch(parts[0], tuple(documents), left_out)
        merged = merge_pdfs(parts, titles, title)
        return PrintBatch(merged.data, tuple(documents), left_out)
