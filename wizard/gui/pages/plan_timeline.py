"""The compact timeline above the plan's groups: the dated steps, the filing date and the licence window.

Only what has a date is drawn (plan/milestones.py). A step on the critical path is red; the filing
date is a solid line, or a dashed one where it is only the day filing cannot be before. Clicking a
marker opens its step's field; hovering names it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wizard.core.plan.milestones import Milestone, ahead

from ..access.colours import role_colour  # on the Window colour: the timeline is not filled, the page is behind it
from ..language.i18n import pick, tr

# milestone kind → colour role (colours.py); a step on the critical path is "critical"
ROLES = {"step": "wait", "correction": "blocker", "filing": "blocker", "licence": "ok"}


class PlanTimeline(QWidget):
    activated = Signal(str)  # a step id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: list[Milestone] = []
        self.as_of: dt.date | None = None
        self._hits: list[tuple[QRectF, Milestone]] = []
        self.drawn: list[tuple[str, QColor, QRectF]] = []  # what the last paint drew: (what, colour, where)
        self.setMouseTracking(True)
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(600, 96)

    def show_points(self, points: list[Milestone], as_of: dt.date | None) -> None:
        self.points = ahead(points, as_of or dt.date.today())
        self.as_of = as_of
        dated = ", ".join(f"{pick(p.title)} {p.start.isoformat()}" + (tr("（关键路径）") if p.critical else "")
                          for p in self.points)
        self.setAccessibleName(tr("时间线"))
        self.setAccessibleDescription(dated or tr("没有已确定的日期"))
        self.setVisible(bool(self.points) and as_of is not None)
        self.update()

    def _span(self) -> tuple[dt.date, dt.date]:
        start = self.as_of or dt.date.today()
        end = max([start + dt.timedelta(days=30), *(p.end or p.start for p in self.points)])
        return start, end + dt.timedelta(days=max(3, (end - start).days // 25))

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt override
        if not self.points or self.as_of is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        start, end = self._span()
        left, right = 10.0, float(self.width() - 10)
        axis_y = 34.0

        def x(day: dt.date) -> float:
            return left + (right - left) * (day - start).days / max(1, (end - start).days)

        metrics = QFontMetrics(self.font())
        self.drawn = []
        axis = role_colour("axis", self)
        painter.setPen(QPen(axis, 1.2))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        self.drawn.append(("axis", axis, QRectF(left, axis_y - 1, right - left, 2)))
        today = role_colour("today", self)
        painter.setPen(today)
        today_text = tr("评估日 {date}").format(date=start.isoformat())
        painter.drawText(QPointF(x(start), 14), today_text)
        painter.drawLine(QPointF(x(start), axis_y - 8), QPointF(x(start), axis_y + 8))
        self.drawn.append(("text", today, QRectF(x(start), 14 - metrics.ascent(), metrics.horizontalAdvance(today_text),
                                                 metrics.height())))
        self._hits = []
        for index, point in enumerate(sorted(self.points, key=lambda p: p.start)):
            role = "critical" if point.critical and point.kind == "step" else ROLES.get(point.kind, "muted")
            colour = role_colour(role, self)
            px = x(point.start)
            if point.kind == "licence":
                last = x(point.end) if point.end else px
                painter.fillRect(QRectF(px, axis_y - 5, max(3.0, last - px), 10), colour)
                self.drawn.append(("mark", colour, QRectF(px, axis_y - 5, max(3.0, last - px), 10)))
            elif point.kind == "filing":
                pen = QPen(colour, 1.6, Qt.PenStyle.DashLine if point.lower_bound else Qt.PenStyle.SolidLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(px, axis_y - 14), QPointF(px, axis_y + 14))
                self.drawn.append(("line", colour, QRectF(px - 0.8, axis_y - 14, 1.6, 28)))
            else:
                path = QPainterPath()
                path.moveTo(px, axis_y - 6)
                path.lineTo(px + 6, axis_y)
                path.lineTo(px, axis_y + 6)
                path.lineTo(px - 6, axis_y)
                path.closeSubpath()
                painter.fillPath(path, colour)
                self.drawn.append(("mark", colour, QRectF(px - 6, axis_y - 6, 12, 12)))
            star = "★ " if point.critical and point.kind == "step" else ""  # the critical path not by colour alone
            label = f"{star}{point.start.isoformat()} {pick(point.title)}"
            row = index % 3
            text_y = axis_y + 24 + row * (metrics.height() + 1)
            width = metrics.horizontalAdvance(label)
            text_x = min(max(left, px - 4), right - width)
            painter.setPen(colour)
            painter.drawText(QPointF(text_x, text_y), label)
            self.drawn.append(("text", colour, QRectF(text_x, text_y - metrics.ascent(), width, metrics.height())))
            self._hits.append((QRectF(px - 8, axis_y - 14, 16, 28), point))
            self._hits.append((QRectF(text_x, text_y - metrics.ascent(), width, metrics.height()), point))
        painter.end()
        self.setMinimumHeight(int(axis_y + 30 + 3 * (metrics.height() + 1)))

    def _at(self, position: QPointF) -> Milestone | None:
        return next((point for rect, point in self._hits if rect.contains(position)), None)

    def mouseMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        point = self._at(event.position())
        if point is not None:
            QToolTip.showText(event.globalPosition().toPoint(), f"{point.start.isoformat()}\n{pick(point.title)}", self)
        self.setCursor(Qt.CursorShape.PointingHandCursor if point and point.step else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        point = self._at(event.position())
        if point is not None and point.step:
            self.activated.emit(point.step)
