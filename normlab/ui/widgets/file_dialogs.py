"""Open and save dialogs that start where the person last saved or opened a file, else in Documents.

Never in the working directory: started from a menu entry that is some system folder, and a teacher
would have to find their way home. ``FolderMemory`` is what remembers the folder (the window's
settings, so it outlives the session); without one, a memory for this session is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


class FolderMemory(Protocol):
    """Where the last file was saved or opened (None: not yet)."""

    last_folder: str | None


class SessionFolder:
    """A FolderMemory kept only while normlab runs."""

    def __init__(self) -> None:
        self.last_folder: str | None = None


SESSION = SessionFolder()


def documents_folder() -> Path:
    """The person's Documents folder (the platform's idea of it), else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def start_folder(memory: FolderMemory | None = None) -> Path:
    """The folder the last file went to or came from, if it is still there; else Documents."""
    last = (memory or SESSION).last_folder
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember_folder(memory: FolderMemory | None, path: str) -> None:
    (memory or SESSION).last_folder = str(Path(path).parent)


def ask_save_path(
    parent: QWidget | None, title: str, file_name: str, filters: str, memory: FolderMemory | None = None
) -> str | None:
    """Ask where to save ``file_name``; the chosen path, or None if the person cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(memory) / file_name), filters)
    if not path:
        return None
    remember_folder(memory, path)
    return path


def ask_open_path(
    parent: QWidget | None, title: str, filters: str, memory: FolderMemory | None = None
) -> str | None:
    """Ask which file to open; its path, or None if the person cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(memory)), filters)
    if not path:
        return None
    remember_folder(memory, path)
    return path
