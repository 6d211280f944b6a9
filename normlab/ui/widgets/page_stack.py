"""A stack of pages that asks only for the room of the page it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """Like QStackedWidget, but a hidden page (a tall empty state, say) does not make it taller:
    in a short window the page that is showing gets the room a hidden one would have claimed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policies: dict[int, QSizePolicy] = {}
        self.currentChanged.connect(self._fit)

    def addWidget(self, widget: QWidget) -> int:
        self._policies[id(widget)] = widget.sizePolicy()
        index = super().addWidget(widget)
        self._fit()
        return index

    def _fit(self, _index: int = 0) -> None:
        current = self.currentWidget()
        for i in range(self.count()):
            page = self.widget(i)
            policy = QSizePolicy(self._policies.get(id(page), page.sizePolicy()))
            if page is not current:
                policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy)
        self.updateGeometry()
