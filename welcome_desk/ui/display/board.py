"""The display's memory: the last few calls and the waiting counts, bounded for weeks of running.

Qt-free. However many calls arrive, the board keeps :data:`KEEP` of them (a
deque with a maximum length) and one count per unit, so a display left on for
weeks uses the same memory on its last day as on its first.
"""

from __future__ import annotations

from collections import deque
from typing import Iterable, Mapping

from welcome_desk.core.calls import Call

KEEP = 8  # the latest call large, the ones before it below


class CallBoard:
    def __init__(self, keep: int = KEEP) -> None:
        self._calls: deque[Call] = deque(maxlen=keep)
        self._waiting: dict[str, int] = {}
        self.last_id = 0  # the newest call seen: the next read asks only for later ones

    def add(self, calls: Iterable[Call]) -> list[Call]:
        """Take new calls (oldest first); returns those not seen before, to announce."""
        fresh = [c for c in calls if c.id > self.last_id]
        for call in fresh:
            for older in [c for c in self._calls if c.ticket == call.ticket and c.unit_id == call.unit_id]:
                self._calls.remove(older)  # a re-call replaces the earlier call of the same ticket
            self._calls.appendleft(call)
            self.last_id = call.id
        return fresh

    def set_waiting(self, counts: Mapping[str, int]) -> None:
        self._waiting = {unit: n for unit, n in counts.items() if n > 0}

    @property
    def keep(self) -> int:
        return self._calls.maxlen or KEEP

    @property
    def latest(self) -> Call | None:
        return self._calls[0] if self._calls else None

    @property
    def previous(self) -> list[Call]:
        return list(self._calls)[1:]

    @property
    def waiting(self) -> dict[str, int]:
        return dict(self._waiting)

    def __len__(self) -> int:
        return len(self._calls)
