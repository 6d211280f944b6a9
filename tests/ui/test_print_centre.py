"""The Print centre: options, live preview of the real PDF, Save PDF… and Print…, offscreen.

Every test here touches the PDF preview, so each has a timeout: a QPdfView once spun at 100% CPU
offscreen, and a hang must fail the test, not the run.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from normlab.domain.model import Dimension, RationaleDraft, Stance
from normlab.printing.ground_rules import Layout
from normlab.printing.tokens import page_count
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from normlab.ui.printing import preview_renderer as preview_renderer_module
from normlab.ui.printing import print_centre as print_centre_module
from normlab.ui.printing.pdf_preview import Fit, page_image, pages_to_print, print_pdf
from normlab.ui.printing.print_centre import PrintCentre, default_file_name
from normlab.ui.printing.rule_list import NO_BECAUSE, RATIONALE_ID
from tests.printing.pdfread import page_sizes, pypdf_text, words

pytestmark = pytest.mark.timeout(60)

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TEAM = "Year 5"
RULES = [
    "Everyone is invited to contribute",
    "Listen to others",
    "Give reasons for what you think",
    "Challenge ideas, not people",
    "Build on each other's ideas",
    "It's fine to change your mind",
    "Ask when you don't understand",
    "Try to agree as a group",
]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    yield ws
    ws.close()


@pytest.fixture
def team_id(workspace: Workspace) -> int:
    return copy_starter_set(workspace, "classroom-dialogic-talk", TEAM)


@pytest.fixture
def centre(qtbot: Any, styled: QApplication, workspace: Workspace, team_id: int) -> PrintCentre:
    dialog = PrintCentre(workspace, team_id)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot, dialog)
    return dialog


def settle(qtbot: Any, dialog: PrintCentre) -> None:
    qtbot.waitUntil(dialog.preview_is_current, timeout=5000)


def text_of(pdf: bytes | None) -> str:
    return words(pypdf_text(pdf)) if pdf else ""


def pages_in(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def non_white_fraction(image: QImage) -> float:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    step = 4
    total = inked = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            if image.pixelColor(x, y).lightness() < 235:
                inked += 1
    return inked / total


def assert_preview_is_drawn(dialog: PrintCentre) -> None:
    """The widget grab may be blank offscreen, so check the document itself draws ink."""
    document = dialog.preview.document
    assert document.status() == document.Status.Ready
    image = page_image(document, 0, 40)
    assert 0.01 < non_white_fraction(image) < 0.95


def row_of(dialog: PrintCentre, text: str) -> int:
    rules = dialog.rules_panel.rules.list
    return next(row for row in range(rules.count()) if rules.item(row).text() == text)


# --- the preview ----------------------------------------------------------------------------------


def test_opens_on_a_ground_rules_sheet_of_every_rule(centre: PrintCentre) -> None:
    assert centre.windowTitle() == "Print centre — Year 5"
    pdf = centre.pdf()
    assert pdf is not None
    assert centre.preview.page_count() == pages_in(pdf) == 1
    assert centre.rules_panel.rules.checked_ids() == centre.rules_panel.rules.default_ids(20)
    text = text_of(pdf)
    for rule in RULES:
        assert words(rule) in text
    assert "year 5" in text and "our ground rules" in text
    assert centre.save_button.isEnabled() and centre.print_button.isEnabled()
    assert centre.banner.isHidden()
    assert centre.info.text().startswith("1 page · A4 portrait · sheet, 8 rules")
    assert_preview_is_drawn(centre)


def test_switching_to_tokens_renders_tokens(centre: PrintCentre, qtbot: Any) -> None:
    rules_pdf = centre.pdf()
    centre.show_tokens()
    settle(qtbot, centre)
    pdf = centre.pdf()
    assert pdf is not None and pdf != rules_pdf
    expected = page_count(centre.options())
    assert centre.preview.page_count() == pages_in(pdf) == expected == 10
    assert "i'd like to say…" in text_of(pdf)
    assert_preview_is_drawn(centre)

    centre.tokens_panel.people.setValue(6)
    assert not centre.preview_is_current()  # debounced: nothing re-rendered yet
    settle(qtbot, centre)
    assert centre.preview.page_count() == page_count(centre.options()) == 2
    assert centre.tokens_panel.summary.text().startswith(
        "42 tokens: 6 sets of 7 (3 talk and 1 of each of 4 response kinds). 24 fit on a page"
    )

    centre.tokens_panel.duplex.setChecked(True)
    settle(qtbot, centre)
    assert centre.preview.page_count() == 4

    centre.show_ground_rules()
    settle(qtbot, centre)
    assert centre.pdf() == rules_pdf


def test_page_navigation_and_zoom_settle(centre: PrintCentre, qtbot: Any) -> None:
    centre.show_tokens()
    settle(qtbot, centre)
    preview = centre.preview
    assert preview.page_label.text() == "Page 1 of 10"
    assert not preview.previous.isEnabled()
    qtbot.mouseClick(preview.next, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1
    assert preview.page_label.text() == "Page 2 of 10"

    fitted = preview.fitted_zoom(Fit.PAGE)
    assert fitted is not None and preview.view.zoomFactor() == pytest.approx(fitted, abs=0.01)
    changes: list[float] = []
    preview.view.zoomFactorChanged.connect(changes.append)
    preview.step_zoom(+1)
    assert preview.view.zoomFactor() > fitted
    preview.set_fit(Fit.WIDTH)
    qtbot.wait(200)  # a fit that fed back on itself would keep changing the zoom here
    assert len(changes) <= 3
    assert preview.view.zoomFactor() == pytest.approx(preview.fitted_zoom(Fit.WIDTH), abs=0.01)


# --- problems, shown calmly -----------------------------------------------------------------------


def test_a_poster_takes_every_rule_and_continues_over_more_pages(centre: PrintCentre, qtbot: Any) -> None:
    panel = centre.rules_panel
    panel.set_layout(Layout.POSTER)
    settle(qtbot, centre)
    assert panel.rules.checked_ids() == panel.rules.default_ids(8)
    assert centre.preview.page_count() > 1  # large type on more pages, never shrunk or refused
    assert centre.banner.isHidden() and centre.save_button.isEnabled()
    assert centre.default_file_name() == "Ground rules poster – Year 5.pdf"

    panel.set_layout(Layout.ONE_PER_PAGE)
    settle(qtbot, centre)
    assert centre.preview.page_count() == 8

    panel.rules.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    panel.set_layout(Layout.SHEET)  # the person chose the rules, so the layout keeps them
    settle(qtbot, centre)
    assert len(panel.rules.checked_ids()) == 7
    assert centre.banner.isHidden() and centre.save_button.isEnabled()


def test_unprintable_title_is_named_before_rendering(
    centre: PrintCentre, qtbot: Any, monkeypatch: pytest.MonkeyPatch, without_fallback_fonts: None
) -> None:
    rendered: list[object] = []
    real_render = preview_renderer_module.render
    monkeypatch.setattr(preview_renderer_module, "render", lambda o: rendered.append(o) or real_render(o))
    centre.rules_panel.title.setText("我们的规则")
    settle(qtbot, centre)
    message = centre.banner.message()
    assert message.startswith("The title has characters no font on this computer can print")
    assert "我 (U+6211)" in message and "们 (U+4EEC)" in message and "normlab[cjk]" in message
    assert rendered == []
    assert not centre.save_button.isEnabled() and not centre.print_button.isEnabled()
    assert centre.save() is None  # Ctrl+S while the banner shows does nothing

    centre.rules_panel.title.setText("Unsere Gesprächsregeln")
    settle(qtbot, centre)
    assert centre.banner.isHidden() and centre.save_button.isEnabled()
    assert "unsere gesprächsregeln" in text_of(centre.pdf())


def test_impossible_token_choices_show_the_reason(centre: PrintCentre, qtbot: Any) -> None:
    centre.show_tokens()
    panel = centre.tokens_panel
    panel.talk.setValue(0)
    panel.respond.setValue(0)
    settle(qtbot, centre)
    assert centre.banner.message() == "There are no tokens to print: give each person at least one token."
    assert not centre.print_button.isEnabled()
    assert panel.summary.text() == "No tokens chosen."

    panel.talk.setValue(1)
    panel.kinds[0].label.setText("")
    settle(qtbot, centre)
    assert centre.banner.message() == "Every token needs a label."


def test_a_team_with_no_norms_can_still_print_tokens(
    qtbot: Any, styled: QApplication, workspace: Workspace
) -> None:
    dialog = PrintCentre(workspace, workspace.create_team("Year 7 tutor group"))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog)
    assert dialog.banner.message() == "There are no rules to print: choose at least one rule."
    assert not dialog.save_button.isEnabled()
    dialog.show_tokens()
    settle(qtbot, dialog)
    assert dialog.banner.isHidden() and dialog.preview.page_count() == 10


# --- the rules chosen change the PDF --------------------------------------------------------------


def test_selection_order_and_because_line_change_the_pdf(centre: PrintCentre, qtbot: Any) -> None:
    rules = centre.rules_panel.rules
    rules.list.item(row_of(centre, "Listen to others")).setCheckState(Qt.CheckState.Unchecked)
    settle(qtbot, centre)
    text = text_of(centre.pdf())
    assert "listen to others" not in text
    assert "everyone is invited to contribute" in text

    rules.list.setCurrentRow(row_of(centre, "Give reasons for what you think"))
    qtbot.mouseClick(rules.up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rules.up, Qt.MouseButton.LeftButton)
    assert rules.list.currentRow() == 0
    settle(qtbot, centre)
    text = text_of(centre.pdf())
    assert text.index("give reasons for what you think") < text.index("everyone is invited to contribute")
    assert "reasons let others agree or disagree" in text  # the default: the first proposed

    held = rules.because.findText("Held · Operational: Teachers always ask you to say 'because'.")
    assert held > 0
    rules.because.setCurrentIndex(held)
    rules.because.activated.emit(held)
    settle(qtbot, centre)
    text = text_of(centre.pdf())
    assert "teachers always ask you to say 'because'" in text
    assert "reasons let others agree or disagree" not in text

    none = rules.because.findData(NO_BECAUSE)
    rules.because.setCurrentIndex(none)
    rules.because.activated.emit(none)
    settle(qtbot, centre)
    assert rules.list.item(0).data(RATIONALE_ID) == NO_BECAUSE
    assert "teachers always ask" not in text_of(centre.pdf())


def test_a_norm_edited_elsewhere_reaches_the_open_print_centre(
    centre: PrintCentre, qtbot: Any, workspace: Workspace, team_id: int
) -> None:
    norm = next(n for n in workspace.team(team_id).norms if n.text == "Listen to others")
    rules = centre.rules_panel.rules
    rules.set_because(1, NO_BECAUSE)  # a choice made before the edit survives it
    workspace.reword_norm(norm.id, "Listen to each other")
    qtbot.waitUntil(lambda: "listen to each other" in text_of(centre.pdf()), timeout=5000)
    assert rules.list.item(1).text() == "Listen to each other"
    assert rules.list.item(1).data(RATIONALE_ID) == NO_BECAUSE

    workspace.add_norm(
        team_id,
        "Take turns to speak",
        rationales=[RationaleDraft("So everyone is heard.", Dimension.DISCUSSIONAL, Stance.PROPOSED)],
    )
    qtbot.waitUntil(lambda: "take turns to speak" in text_of(centre.pdf()), timeout=5000)
    assert "so everyone is heard" in text_of(centre.pdf())


def test_a_team_deleted_elsewhere_leaves_nothing_to_print(
    centre: PrintCentre, qtbot: Any, workspace: Workspace, team_id: int
) -> None:
    workspace.delete_team(team_id)
    qtbot.waitUntil(lambda: "team was deleted" in centre.banner.message(), timeout=5000)
    assert not centre.save_button.isEnabled() and not centre.kind.isEnabled()
    assert centre.save() is None


def test_token_labels_and_colours_are_editable(
    centre: PrintCentre, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args, **kwargs: QColor("#123456"))
    centre.show_tokens()
    settle(qtbot, centre)
    before = centre.pdf()
    talk = centre.tokens_panel.kinds[0]
    qtbot.mouseClick(talk.colour, Qt.MouseButton.LeftButton)
    assert centre.options().talk.colour == "#123456"
    settle(qtbot, centre)
    assert centre.pdf() != before

    talk.label.setText("Ich möchte sagen…")
    centre.tokens_panel.kinds[4].include.setChecked(False)  # no "Can you explain…?" tokens
    settle(qtbot, centre)
    text = text_of(centre.pdf())
    assert "ich möchte sagen…" in text
    assert "can you explain" not in text
    assert len(centre.options().responses) == 3


# --- save and print -------------------------------------------------------------------------------


def test_save_pdf_writes_the_rules(
    centre: PrintCentre, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def get_save_file_name(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "classroom rules"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    qtbot.mouseClick(centre.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == "Ground rules – Year 5.pdf"
    saved = tmp_path / "classroom rules.pdf"
    pdf = saved.read_bytes()
    assert pdf == centre.pdf()
    text = text_of(pdf)
    for rule in RULES:
        assert words(rule) in text
    assert "so we can discuss many ideas and viewpoints" in text
    assert "classroom rules.pdf" in centre.status.text()


def test_save_failure_is_a_calm_message(
    centre: PrintCentre, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "missing" / "x.pdf"), "")
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    assert centre.save() is None
    assert len(shown) == 1 and "does not exist" in shown[0] and "Traceback" not in shown[0]


def test_save_right_after_a_change_saves_the_change(
    centre: PrintCentre, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "now.pdf"), ""))
    centre.rules_panel.title.setText("Talk rules for Year 5")
    saved = centre.save()  # before the debounce fired
    assert saved is not None
    assert "talk rules for year 5" in text_of(saved.read_bytes())


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def test_printing_renders_every_page(centre: PrintCentre, qtbot: Any, tmp_path: Path) -> None:
    centre.show_tokens()
    centre.tokens_panel.people.setValue(15)
    settle(qtbot, centre)
    printer = centre.printer_for_preview()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    assert print_pdf(centre.preview.document, printer) == 5
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert pages_in(printed) == pages_in(centre.pdf() or b"") == 5
    (width, height), *_ = page_sizes(printed)
    assert (width, height) == pytest.approx((595.3, 841.9), abs=1.5)

    document = pypdf.PdfReader(io.BytesIO(printed))
    assert document.pages[0].images, "each page is painted as an image"


def test_print_button_goes_through_the_print_dialog(
    centre: PrintCentre, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FakePrintDialog:
        def __init__(self, printer: QPrinter, _parent: QWidget) -> None:
            self.printer = printer
            self.range: tuple[int, int] | None = None

        def setWindowTitle(self, _title: str) -> None:
            pass

        def setOption(self, *_args: object) -> None:
            pass

        def setMinMax(self, low: int, high: int) -> None:
            self.range = (low, high)
            seen.append(self)

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(tmp_path / "from-dialog.pdf"))
            self.printer.setResolution(100)
            return QDialog.DialogCode.Accepted

    seen: list[FakePrintDialog] = []
    monkeypatch.setattr(print_centre_module, "QPrintDialog", FakePrintDialog)
    centre.rules_panel.landscape.setChecked(True)
    settle(qtbot, centre)
    qtbot.mouseClick(centre.print_button, Qt.MouseButton.LeftButton)
    assert seen[0].range == (1, 1)
    printer = seen[0].printer
    assert printer.pageLayout().orientation() == printer.pageLayout().Orientation.Landscape
    printed = (tmp_path / "from-dialog.pdf").read_bytes()
    assert pages_in(printed) == centre.preview.page_count() == 1
    width, height = page_sizes(printed)[0]
    assert width > height
    assert "Sent 1 page" in centre.status.text()


def test_page_range_and_copies(qapp: QApplication, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "x.pdf")
    assert pages_to_print(printer, 4) == [0, 1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert pages_to_print(printer, 4) == [1, 2]
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert pages_to_print(printer, 4) == [1, 2, 1, 2]
    printer.setCollateCopies(False)
    assert pages_to_print(printer, 4) == [1, 1, 2, 2]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    printer.setCopyCount(1)
    assert pages_to_print(printer, 4, current=3) == [3]


def test_default_file_names_are_safe() -> None:
    from normlab.printing.ground_rules import GroundRulesOptions
    from normlab.printing.tokens import TokenOptions

    assert default_file_name(TokenOptions(), "Maths: 7/8") == "Tokens – Maths- 7-8.pdf"
    assert default_file_name(GroundRulesOptions(), "") == "Ground rules.pdf"


# --- keyboard -------------------------------------------------------------------------------------


def visible_mnemonics(root: QWidget) -> list[str]:
    keys = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        else:
            continue
        if "&" in text.replace("&&", ""):
            keys.append(text[text.index("&") + 1].lower())
    tabs = root.findChild(QTabWidget)
    keys += [tabs.tabText(i)[tabs.tabText(i).index("&") + 1].lower() for i in range(tabs.count())]
    return keys


def test_keyboard_mnemonics_are_unique_and_labels_have_buddies(centre: PrintCentre, qtbot: Any) -> None:
    for page in ("ground-rules", "tokens", "pre-brief", "report"):
        centre.show_page(page)
        keys = visible_mnemonics(centre)
        assert len(keys) == len(set(keys)), (page, sorted(k for k in keys if keys.count(k) > 1))
    for label in centre.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_rules_are_ticked_and_moved_with_the_keyboard(centre: PrintCentre, qtbot: Any) -> None:
    rules = centre.rules_panel.rules
    centre.activateWindow()
    rules.list.setFocus()
    rules.list.setCurrentRow(0)
    qtbot.keyClick(rules.list, Qt.Key.Key_Space)
    assert rules.list.item(0).checkState() == Qt.CheckState.Unchecked
    qtbot.keyClick(rules.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert rules.list.item(1).text() == RULES[0] and rules.list.currentRow() == 1
    assert rules.customised
    settle(qtbot, centre)
    text = text_of(centre.pdf())
    assert words(RULES[0]) not in text and words(RULES[1]) in text


def test_enter_does_not_print_and_escape_closes(
    centre: PrintCentre, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(print_centre_module, "QPrintDialog", lambda *a: opened.append(a))
    centre.rules_panel.title.setFocus()
    qtbot.keyClick(centre.rules_panel.title, Qt.Key.Key_Return)
    assert opened == [] and centre.isVisible()
    qtbot.keyClick(centre.rules_panel.title, Qt.Key.Key_Escape)
    assert not centre.isVisible()
    assert centre.result() == QDialog.DialogCode.Rejected


# --- screenshots ----------------------------------------------------------------------------------


def test_screenshots(centre: PrintCentre, qtbot: Any) -> None:
    """Saved for people to look at; the preview itself is checked by drawing its first page."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def shoot(name: str) -> None:
        settle(qtbot, centre)
        qtbot.wait(300)  # QPdfView draws pages on its own threads
        assert_preview_is_drawn(centre)
        assert centre.grab().save(str(ARTIFACTS / f"print_centre_{name}.png"))

    shoot("sheet")
    centre.rules_panel.set_layout(Layout.POSTER)
    shoot("poster")
    centre.show_tokens()
    centre.tokens_panel.duplex.setChecked(True)
    shoot("tokens")
    centre.show_ground_rules()
    for row in range(centre.rules_panel.rules.list.count()):
        centre.rules_panel.rules.list.item(row).setCheckState(Qt.CheckState.Checked)
    settle(qtbot, centre)
    assert centre.grab().save(str(ARTIFACTS / "print_centre_does_not_fit.png"))


@pytest.mark.parametrize("size", [(1280, 800), (942, 552)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_option_is_cut_at_the_side(centre: PrintCentre, qtbot: Any, size: tuple[int, int]) -> None:
    """Each option panel gets its whole width (it scrolls only up and down), at the Print centre's
    size over a 1280x800 window and over a 1024x600 one; the preview gives way and keeps room."""
    centre.resize(*size)  # (no smaller than the Print centre's own minimum)
    wanted = size[0] if size[0] >= centre.minimumWidth() else centre.minimumWidth()
    qtbot.waitUntil(lambda: centre.width() == wanted, timeout=2000)
    for index, panel in enumerate(centre.panels):
        centre.kind.setCurrentIndex(index)
        QApplication.processEvents()
        room = panel.parentWidget().width()
        assert panel.width() <= room, f"{type(panel).__name__}: {panel.width()} wide in {room}"
        assert panel.width() >= panel.minimumSizeHint().width()
    assert centre.preview.width() >= 300
    centre.show_tokens()
    panel = centre.tokens_panel
    panel.duplex.setChecked(True)  # its further options make the panel wider: it gets the room
    qtbot.waitUntil(lambda: panel.edge.width() >= panel.edge.minimumSizeHint().width(), timeout=2000)
    assert panel.width() <= panel.parentWidget().width()


def test_preview_image_has_the_page_proportions(centre: PrintCentre) -> None:
    image = page_image(centre.preview.document, 0, 72)
    assert image.size() == QSize(595, 842)


# --- the checks before printing, and the reason chosen per rule -------------------------------------


def test_the_checks_show_above_the_preview_each_a_link_to_its_norm(
    centre: PrintCentre, qtbot: Any, workspace: Workspace
) -> None:
    lines = centre.check_lines()
    assert lines and centre.checks.isVisible()
    assert all("prints without a reason the team agreed" in text or ":" in text for _, text in lines)
    assert "Before you print" in centre.checks.text() and 'href="norm:' in centre.checks.text()
    asked: list[int] = []
    centre.norm_requested.connect(asked.append)
    first_id = lines[0][0]
    centre.checks.linkActivated.emit(f"norm:{first_id}")
    assert asked == [first_id]
    centre.show_tokens()
    assert centre.checks.isHidden()


def test_each_rule_can_print_another_reason_for_this_print_only(centre: PrintCentre, qtbot: Any) -> None:
    rules = centre.rules_panel.rules
    rules.list.setCurrentRow(0)
    labels = [rules.because.itemText(i) for i in range(rules.because.count())]
    assert labels[0].startswith(("Default: ", "As agreed: ")) and labels[1] == "No because-line"
    last = rules.because.count() - 1
    chosen = rules.because.itemData(last, Qt.ItemDataRole.ToolTipRole)
    rules.because.setCurrentIndex(last)
    rules.because.activated.emit(last)
    settle(qtbot, centre)
    assert words(chosen.split(" ", 1)[-1]) in text_of(centre.pdf())
