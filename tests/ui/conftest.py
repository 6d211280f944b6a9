"""Fixtures for driving the real main window offscreen, with no dialog ever blocking."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from normlab.domain.model import Dimension, RationaleDraft, Stance
from normlab.services.workspace import Workspace
from normlab.ui.editor.editor import Editor
from normlab.ui.shell import language
from normlab.ui.shell.main_window import MainWindow
from normlab.ui.shell.settings import UiSettings
from normlab.ui.widgets import prompts, style

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "ui"


@dataclass
class Dialogs:
    """Stands in for every modal Qt dialog; tests set the answers they expect to be asked for."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel
    paths: list[str] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)
    """Where each file dialog was asked to start (a folder, or a file name in one)."""
    choice: str | None = None
    """The answer to a question with several answers (``prompts.choose``); None is Cancel."""

    def errors(self) -> list[tuple[str, str, str]]:
        return [d for d in self.shown if d[0] == "warning"]

    def _record(self, kind: str) -> Callable[..., Any]:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    def _question(self, _parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        self.shown.append(("question", title, text))
        return self.answer

    def _choose(self, _parent: Any, title: str, text: str, choices: Any, info: str = "") -> str | None:
        self.shown.append(("choose", title, text))
        return self.choice

    def _get_text(self, _parent: Any, title: str, label: str, *args: Any, **kwargs: Any) -> tuple[str, bool]:
        self.shown.append(("text", title, label))
        if not self.texts:
            return "", False
        value = self.texts.pop(0)
        return (value or "", value is not None)

    def _path(self, _parent: Any, title: str, start: str = "", *args: Any, **kwargs: Any) -> tuple[str, str]:
        self.shown.append(("file", title, ""))
        self.starts.append(start)
        return (self.paths.pop(0) if self.paths else "", "")


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    fake = Dialogs()
    for kind in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, fake._record(kind))
    monkeypatch.setattr(QMessageBox, "question", fake._question)
    monkeypatch.setattr(QInputDialog, "getText", fake._get_text)
    for kind in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, kind, fake._path)
    monkeypatch.setattr(prompts, "choose", fake._choose)
    return fake


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The window speaks English, as ``normlab`` starts it: with the English catalogue (its plural
    forms, "1 norm" and "2 norms"), compiled into a folder of the test run instead of the user's cache."""
    folder = tmp_path_factory.mktemp("translations")
    language.cache_folder = lambda: folder  # type: ignore[assignment]
    return language.install("en")


@pytest.fixture(autouse=True)
def ui_settings(tmp_path: Path) -> Iterator[Path]:
    """Each test remembers its window layout in its own folder, never the user's."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def styled(qapp: QApplication) -> QApplication:
    style.apply(qapp)
    return qapp


WindowFactory = Callable[[str], MainWindow]


@pytest.fixture
def open_window(qtbot: Any, styled: QApplication) -> Iterator[WindowFactory]:
    """Open the main window on a database URL, as ``normlab`` does, at 1280×800."""
    editors: list[Editor] = []

    def make(url: str) -> MainWindow:
        editor = Editor(Workspace.open(url))
        editors.append(editor)
        window = MainWindow(editor, UiSettings())
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for editor in editors:
        editor.close()


@pytest.fixture
def window(open_window: WindowFactory, db_url: str) -> MainWindow:
    return open_window(db_url)


def add_exam_story(ws: Workspace, team_id: int) -> int:
    """The seed's worked example: a rule reworded first on the surface only, then for a new reason."""
    norm_id = ws.add_norm(
        team_id,
        "No music or gum in tests",
        setting="tests and exams",
        regulates="pupils",
        rationales=[
            RationaleDraft("Because it's wrong.", Dimension.OPERATIONAL, Stance.HELD, "Year 9 pupil")
        ],
    )
    ws.reword_norm(norm_id, "No music or chewing gum during tests", note="clearer wording")
    rationale = ws.norm(norm_id).rationales[0]
    ws.move_rationale(rationale.id, Dimension.INTERPERSONAL)
    ws.edit_rationale(rationale.id, text="You cannot disturb others in a test.", voice="maths teachers")
    ws.reword_norm(norm_id, "No music in tests", note="agreed at the May department meeting: gum is fine")
    return norm_id


CLASSROOM = "Maths department, Hillside School"


def show_team(window: MainWindow, name: str) -> None:
    team = next(t for t in window.editor.ws.teams() if t.name == name)
    window.sidebar.select_team(team.id)
    assert window.norm_model.team_id == team.id


def make_classroom(ws: Workspace) -> int:
    """A realistic team: the classroom starter set, the exam story and an unexamined norm."""
    from normlab.services.library import copy_starter_set

    team_id = copy_starter_set(ws, "classroom-dialogic-talk", CLASSROOM)
    add_exam_story(ws, team_id)
    ws.add_norm(team_id, "Hands up to answer a question", setting="whole-class discussion")
    ws.create_team("ICU teaching, St Elsewhere")
    ws.create_team("Year 7 tutor group")
    return team_id
