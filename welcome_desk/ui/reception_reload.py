"""The reception controller's centre reload: another desk (or this one) changed the centre, and the visit in hand stays.

A mixin of :class:`~welcome_desk.ui.reception.ReceptionController` (it uses the
controller's workspace, panels, router result and status line), kept apart so the
visit flow stays readable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from welcome_desk.core.queue import QueueService


class ReceptionReload:
    """Reloading the centre without a restart, for the reception controller."""

    def reload_centre(self, centre=None) -> None:
        """Use the centre as now stored (after an edit, import or switch, here or at another desk)
        without a restart, keeping the visit in hand: the typed words, the unit chosen (and whether
        it was taken), the answer to the question, the slip language, the rows selected in the
        queue and the log, and where the keyboard is."""
        if centre is None:
            from welcome_desk.core.centre_store import ensure_active_centre

            centre = ensure_active_centre(self.ws.db)
        chosen = self.current_candidate()
        held = (chosen.unit.id, chosen.concern.id) if chosen else None
        answered, picked, filled = self.answered, self.picked, self.filled_text
        from_button = self.result.concern.id if filled is not None and self.result and self.result.concern else None
        self.ws.use_centre(centre)
        self.p.queue_panel.use_services(QueueService(self.ws.booking), self.ws.router)
        self.textsChanged.emit()
        text = self.p.intake.text()
        if from_button and centre.has_concern(from_button):
            self.result = self.ws.router.route_concern(from_button)
        else:
            self.result = self.ws.router.route(text) if text.strip() else None
            filled = None
        question = self.result.question if self.result else None
        if answered and question is not None and any(a.id == answered for a in question.answers):
            self.result = self.ws.router.answer(self.result, question, answered)
        else:
            answered = None
        candidates = self.result.candidates if self.result else ()
        self.p.suggestions.suggestions.set_candidates(candidates, self.lang)
        row = next((i for i, c in enumerate(candidates) if (c.unit.id, c.concern.id) == held), -1)
        if row < 0 and held is None and candidates and not self.result.uncertain:
            row = 0  # nothing was chosen: as if typed again; a chosen unit that is gone is never replaced by another
        if row >= 0:
            self.p.suggestions.select_row(row)
        elif held is not None:
            self._status(QCoreApplication.translate(
                "MainWindow", "The centre was changed: the unit chosen is no longer offered for this concern — please choose again."), 15_000)
        self.filled_text, self.answered = filled, answered
        self.selection_changed()
        self.picked = picked and row >= 0 and (candidates[row].unit.id, candidates[row].concern.id) == held
        if self.picked:
            self.show_detail()
        self.refresh_log()
