"""The drop-down lists' arrow: written once per colour, and its absence is not an error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QComboBox

from normlab.ui.widgets.chevron import chevron_file
from normlab.ui.widgets.style import stylesheet_for
from normlab.ui.widgets.theme import DARK, LIGHT


def test_the_arrow_is_written_once_in_its_colour(tmp_path: Path) -> None:
    first = chevron_file("#545D69", tmp_path)
    assert first is not None and first.parent == tmp_path
    assert 'stroke="#545D69"' in first.read_text(encoding="utf-8")
    first.write_text("kept", encoding="utf-8")
    assert chevron_file("#545D69", tmp_path) == first
    assert first.read_text(encoding="utf-8") == "kept"
    assert chevron_file("#A9B2BC", tmp_path) != first
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


def test_without_a_writable_folder_the_lists_go_without_an_arrow(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    assert chevron_file("#545D69", blocked / "style") is None
    assert "down-arrow" not in stylesheet_for(LIGHT, None)
    assert "up-arrow" not in stylesheet_for(LIGHT, None)


def test_each_theme_names_its_own_arrows(tmp_path: Path) -> None:
    for theme in (LIGHT, DARK):
        down = chevron_file(theme.muted, tmp_path)
        up = chevron_file(theme.muted, tmp_path, pointing="up")
        assert down is not None and up is not None and down != up
        assert 'd="M1.5 6.5' in up.read_text(encoding="utf-8")
        sheet = stylesheet_for(theme, (down, up))
        assert f'url("{down.as_posix()}")' in sheet and f'url("{up.as_posix()}")' in sheet


def test_a_list_draws_its_arrow_from_a_folder_with_spaces(
    styled: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    """As under "C:/Users/Jane Doe/AppData/Local/normlab/Cache": the arrow is drawn, in its colour."""
    folder = tmp_path / "Jane Doe (school)" / "style"
    down = chevron_file("#FF0000", folder)
    up = chevron_file("#FF0000", folder, pointing="up")
    assert down is not None and up is not None
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setStyleSheet(stylesheet_for(LIGHT, (down, up)))
    combo.addItem("Any status")
    combo.resize(160, 34)
    image = combo.grab().toImage()
    red = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 80
    ]
    assert len(red) >= 5
    assert min(x for x, _ in red) > combo.width() // 2  # at the right, where the arrow belongs
