"""The date the workspace counts from follows the clock: at midnight "in 3 days" becomes "in 2 days",
and a deadline that has passed drops out, without reopening the window.

A single-shot timer is armed for a second after the next midnight and re-armed whenever it fires
(a machine asleep at midnight fires it late, which is still right: the date is compared, not assumed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

Clock = Callable[[], dt.datetime]


class DayWatch(QObject):
    changed = Signal(object)  # the new date

    def __init__(self, day: dt.date, parent: QObject | None = None, clock: Clock = dt.datetime.now):
        super().__init__(parent)
        self.day, self._clock = day, clock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may be 5% off: over an hour in a day
        self.timer.timeout.connect(self.check)
        self._arm()

    def _arm(self) -> None:
        now = self._clock()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        self.timer.start(int((midnight - now).total_seconds() * 1000) + 1000)

    def check(self) -> None:
        today = self._clock().date()
        if today != self.day:
            self.day = today
            self.changed.emit(today)
        self._arm()
