"""The coordinator's daily path, played on the real main window of a demo base with real
key and mouse events: "Nouvelle demande" → identity → care circle → journal note →
information → AGGIR → Zarit → proposed PPCS → "Valider et imprimer" → the person's PDF.

Every interaction is counted: a key press or a shortcut is 1, a click is 1, a word or a
line typed is 1 text entry (each character goes to the widget that has the focus at that
moment, as on a keyboard). The test never moves the focus itself: it waits for windows
to open, that is all. It fails above 30 interactions, once with mouse and keyboard, once
with the keyboard alone. The mouse-and-keyboard run saves one screenshot per step at
1366×768 in docs/screenshots/parcours/ (the guide's first chapter shows them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.directory import DirectoryService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.profile import ProfileService
from coordapp.services.workspace import Workspace
from coordapp.ui.i18n import FRENCH
from coordapp.ui.main_window import MainWindow
from coordapp.ui.patient import PatientWindow

LIMIT = 30
SCREEN = (1366, 768)
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "parcours"
FAMILY, GIVEN, BORN = "Vandenbroucke", "Odette", "02051936"
REASON = "Chutes a repetition, vit seule, sa fille est epuisee"
NOTE = "Appel du Dr {gp} : visite a domicile prevue jeudi avec la fille."
#: Ten discriminant variables, then the seven illustrative ones (GIR 3 or so).
AGGIR = "BBBBABBBCB" + "CCCCCBB"
MINI_ZARIT = "SSSPSSP"
AGREEMENT = "Accord oral de Mme Vandenbroucke et de sa fille, plan relu avec elles"


class Walk:
    """Plays and counts the interactions; ``shots`` set: one screenshot per step."""

    def __init__(self, qtbot, shots: Path | None) -> None:
        self.qtbot = qtbot
        self.shots = shots
        self.count = 0
        self.steps: list[tuple[str, int]] = []

    # -- interactions (each counts) ----------------------------------------------------

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
            ) -> None:
        self.count += 1
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        """One text entry: every character to the widget focused at that moment."""
        self.count += 1
        for char in text:
            target = self.focus()
            if char.isascii():
                self.qtbot.keyClick(target, char)
            else:  # QTest knows ASCII keys only: the event a keyboard would send
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier
                                                             .NoModifier, char))

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def tab(self, window: PatientWindow, index: int) -> None:
        """A click on a tab of the patient file."""
        bar = window.tabs.tabBar()
        self.count += 1
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())

    # -- waiting (never counted) -------------------------------------------------------

    def focus(self) -> QWidget:
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def until(self, condition: Callable[[], object]) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=5000)

    def active(self, window: QWidget) -> None:
        self.until(lambda: QApplication.activeWindow() is window)

    def back_to(self, window: QWidget) -> None:
        """A dialog closed: its window is active again. A desktop's window manager does
        it; the offscreen platform of the tests does not always, so it is done here
        (not an interaction: the user does nothing)."""
        try:
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=300)
        except Exception:  # pytest-qt's TimeoutError
            window.activateWindow()
            self.active(window)

    def step(self, name: str, under: QWidget, over: QWidget | None = None, *,
             page: tuple[QTabWidget, int] | None = None) -> None:
        """The step is done: its count, and its screenshot (``over`` on ``under``;
        ``page``: a tab already left, shown again for the picture only, then the tab
        and the focus put back as they were)."""
        self.steps.append((name, self.count))
        if self.shots is None:
            return
        QApplication.processEvents()
        canvas = QPixmap(*SCREEN)
        canvas.fill(Qt.GlobalColor.darkGray)
        painter = QPainter(canvas)
        if page is not None:
            tabs, index = page
            focused, current = QApplication.focusWidget(), tabs.currentIndex()
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            painter.drawPixmap(0, 0, under.grab())
            tabs.setCurrentIndex(current)
            if focused is not None:
                focused.setFocus()
            QApplication.processEvents()
        else:
            painter.drawPixmap(0, 0, under.grab())
        if over is not None:
            spot = QPoint((SCREEN[0] - over.width()) // 2, (SCREEN[1] - over.height()) // 2)
            painter.drawPixmap(spot, over.grab())
        painter.end()
        self.shots.mkdir(parents=True, exist_ok=True)
        assert canvas.save(str(self.shots / f"{len(self.steps):02d}-{name}.png"))


@pytest.fixture(autouse=True)
def french_locale() -> Iterator[None]:
    """French dates and numbers on the screenshots, as ``install_translators`` sets them
    when the app starts; the locale of the other tests put back afterwards."""
    before = QLocale()
    QLocale.setDefault(FRENCH)
    yield
    QLocale.setDefault(before)


@pytest.fixture
def demo(workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
         ) -> tuple[Workspace, str, Path]:
    """A demo base; the name of one GP of its directory; the user's Documents folder."""
    generate_demo(workspace, 15, seed=3)
    ProfileService(workspace).update({"phone": "03 24 56 00 11"})  # printed on the plan
    home = tmp_path / "user"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    directory = DirectoryService(workspace)
    for gp in directory.search_professionals("generaliste", 200):
        if len(directory.search_professionals(gp.family_name, 5)) == 1:
            return workspace, gp.family_name, home / "Documents"
    raise AssertionError("no GP with a unique name in the demo directory")


def _main_window(qtbot, workspace: Workspace, app_paths: AppPaths) -> MainWindow:
    window = MainWindow(workspace, app_paths.default_db, app_paths)

    def drop_open_files(main: MainWindow) -> None:  # a failed run leaves nothing asking
        for file in list(main.patient_windows.windows.values()):
            for dialog in file.findChildren(QDialog):
                dialog.done(0)
            file.discard_and_close()

    qtbot.addWidget(window, before_close_func=drop_open_files)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def play(qtbot, window: MainWindow, gp_name: str, *, mouse: bool, walk: Walk
         ) -> PatientWindow:
    """The whole path; returns the person's file window."""
    alt = Qt.KeyboardModifier.AltModifier
    ctrl = Qt.KeyboardModifier.ControlModifier
    walk.active(window)

    # 1. The request (the caller is the GP, the default kind of requester).
    if mouse:
        walk.click(window.new_case_button)
    else:
        walk.key(Qt.Key.Key_N, ctrl)
    wizard = window.new_case_dialog
    assert wizard is not None
    walk.active(wizard)
    if mouse:
        walk.click(wizard.request_form.reason_edit)
    else:
        walk.key(Qt.Key.Key_M, alt)
    walk.type(REASON)
    walk.step("demande", window, wizard)
    walk.click(wizard.next_button) if mouse else walk.key(Qt.Key.Key_Return, ctrl)

    # 2. Who it is about (a complete birth date moves on to the sex).
    assert wizard.pages.currentIndex() == wizard.PERSON
    walk.type(FAMILY)
    walk.key(Qt.Key.Key_Tab)
    walk.type(GIVEN)
    walk.click(wizard.person_step.birth_edit) if mouse else walk.key(Qt.Key.Key_Tab)
    walk.type(BORN)
    walk.type("F")
    walk.until(lambda: "Aucun dossier existant proche" in wizard.person_step.check_label.text())
    walk.step("personne", window, wizard)
    walk.click(wizard.next_button) if mouse else walk.key(Qt.Key.Key_Return, ctrl)

    # 3. The answer: included, the person informed of the support and of her rights.
    assert wizard.pages.currentIndex() == wizard.ANSWER
    if mouse:
        walk.click(wizard.answer_step.informed_check)
    else:
        walk.key(Qt.Key.Key_D, alt)
    walk.until(wizard.answer_step.informed_check.isChecked)  # Alt: an animated click
    walk.step("information", window, wizard)
    walk.click(wizard.save_button) if mouse else walk.key(Qt.Key.Key_Return, ctrl)
    walk.until(lambda: window.new_case_dialog is None)
    [patient] = CaseloadService(window.workspace).search(FAMILY)
    file = window.patient_windows.windows[patient.id]
    file.resize(*SCREEN)
    walk.active(file)

    # 4. The care circle: the GP from the directory, the daughter as main carer.
    circle = file.care_team_tab
    assert file.tabs.currentWidget() is circle
    if mouse:
        walk.click(circle.directory_button)
    else:
        walk.key(Qt.Key.Key_Space)  # the new file opens with the cursor on this button
    picker = circle.dialog
    assert picker is not None
    walk.active(picker)
    walk.type(gp_name)
    walk.until(lambda: picker.model.rowCount() == 1)
    assert picker.role_combo.currentText() == "Médecin traitant"
    walk.click(picker.ok_button) if mouse else walk.key(Qt.Key.Key_Return)
    walk.until(lambda: circle.dialog is None)
    walk.back_to(file)
    if mouse:
        walk.click(circle.carer_button)
    else:
        walk.key(Qt.Key.Key_R, alt)
    walk.until(lambda: circle.dialog is not None)
    carer = circle.dialog
    assert carer is not None
    walk.active(carer)
    walk.type("Marie Vandenbroucke")
    assert carer.main_check.isChecked()
    walk.click(carer.add_button) if mouse else walk.key(Qt.Key.Key_Return)
    walk.until(lambda: circle.dialog is None and circle.model.rowCount() == 2)
    walk.back_to(file)
    walk.step("cercle-de-soins", file)

    # 5. The journal: what the GP said.
    walk.tab(file, file.JOURNAL) if mouse else walk.key(Qt.Key.Key_J, alt)
    journal = file.journal_tab
    walk.until(journal.text_edit.hasFocus)
    walk.type(NOTE.format(gp=gp_name))
    walk.step("journal", file)
    walk.click(journal.add_button) if mouse else walk.key(Qt.Key.Key_Return, ctrl)
    walk.until(lambda: journal.model.rowCount() >= 1)

    # 6. AGGIR, then the Zarit (the last AGGIR row moves on to it).
    walk.tab(file, file.ASSESSMENT) if mouse else walk.key(Qt.Key.Key_V, alt)
    assessment = file.assessment_tab
    form = assessment.form
    walk.until(form.aggir.pickers["coherence"].hasFocus)
    walk.type(AGGIR)
    assert form.aggir.gir() is not None
    walk.until(lambda: form.pages.currentIndex() == form.ZARIT_PAGE)
    shot_aggir = form.aggir.gir()
    walk.step("aggir", file, page=(form.pages, form.AGGIR_PAGE))
    walk.type(MINI_ZARIT)
    assert form.zarit.result() is not None and form.zarit.result().high_burden
    walk.step("zarit", file)
    walk.click(form.save_button) if mouse else walk.key(Qt.Key.Key_Return, ctrl)

    # 7. The PPCS the assessment proposes, created in one action.
    walk.until(lambda: assessment.proposal_dialog is not None)
    proposal = assessment.proposal_dialog
    assert proposal is not None and shot_aggir is not None
    walk.active(proposal)
    assert proposal.chosen_templates()
    walk.step("ppcs-propose", file, proposal)
    walk.click(proposal.ok_button) if mouse else walk.key(Qt.Key.Key_Return)
    walk.until(lambda: file.tabs.currentWidget() is file.plan_tab)
    walk.back_to(file)
    plan_tab = file.plan_tab
    walk.until(lambda: plan_tab.document is not None and plan_tab.document.plan.needs)
    walk.step("ppcs", file)

    # 8. "Valider et imprimer": the agreement, then the person's PDF saved.
    if mouse:
        walk.click(plan_tab.header.validate_print_button)
    else:
        walk.key(Qt.Key.Key_P, ctrl | Qt.KeyboardModifier.ShiftModifier)
    walk.until(lambda: plan_tab.dialog is not None)
    validate = plan_tab.dialog
    assert validate is not None
    walk.active(validate)
    walk.type(AGREEMENT)
    walk.step("valider-imprimer", file, validate)
    walk.click(validate.ok_button) if mouse else walk.key(Qt.Key.Key_Return, ctrl)
    walk.until(lambda: plan_tab.dialog is None)
    return file


def _check_the_result(workspace: Workspace, file: PatientWindow, documents: Path) -> Path:
    # Every tab has been built: the file still fits the 1366×768 screen, nothing cut.
    assert file.minimumSizeHint().height() <= SCREEN[1], file.minimumSizeHint()
    assert file.height() <= SCREEN[1]
    document = PlanVersionService(workspace).show(file.patient_id, audit=False)
    assert document.plan.status == "validated"
    [pdf] = documents.glob("ppcs-*-personne*.pdf")
    assert str(pdf) in file.statusBar().currentMessage()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert FAMILY.upper() in text.upper() and GIVEN in text
    actions = [a for n in document.plan.needs for g in n.goals for a in g.actions]
    assert len(actions) >= 5
    for action in actions:  # every action of the plan is printed for the person
        words = " ".join(action.text.split())
        assert words[:40] in text, words
    members = {m.id for m in file.care_team_tab.model.rows}
    # The GP's and the carer's actions are theirs without a click (the templates' other
    # actions name no role: the coordinator assigns them, or they stay the DAC's).
    assigned = {a.responsible_id for a in actions if a.responsible_id in members}
    assert len(assigned) == 2
    return pdf


def _report(mode: str, walk: Walk) -> str:
    steps = ", ".join(f"{name} {count}" for name, count in walk.steps)
    return f"{mode}: {walk.count} interactions ({steps})"


def test_the_daily_path_with_mouse_and_keyboard(qtbot, demo, app_paths: AppPaths,
                                                capsys) -> None:
    workspace, gp_name, documents = demo
    window = _main_window(qtbot, workspace, app_paths)
    walk = Walk(qtbot, SHOTS)
    file = play(qtbot, window, gp_name, mouse=True, walk=walk)
    pdf = _check_the_result(workspace, file, documents)
    _pdf_page(pdf, SHOTS / f"{len(walk.steps) + 1:02d}-pdf-personne.png")
    with capsys.disabled():
        print("\n" + _report("souris et clavier", walk))
    assert walk.count <= LIMIT, _report("souris et clavier", walk)


def test_the_daily_path_with_the_keyboard_only(qtbot, demo, app_paths: AppPaths,
                                               capsys) -> None:
    workspace, gp_name, documents = demo
    window = _main_window(qtbot, workspace, app_paths)
    walk = Walk(qtbot, None)
    file = play(qtbot, window, gp_name, mouse=False, walk=walk)
    _check_the_result(workspace, file, documents)
    with capsys.disabled():
        print("\n" + _report("clavier seul", walk))
    assert walk.count <= LIMIT, _report("clavier seul", walk)


def _pdf_page(pdf: Path, out: Path) -> None:
    """The PDF's first page as the guide shows it (pdftoppm, as the brief's tools)."""
    import shutil
    import subprocess

    tool = shutil.which("pdftoppm")
    if tool is None:  # the screenshot only; the PDF itself was checked above
        return
    stem = out.with_suffix("")
    subprocess.run([tool, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(stem)], check=True)
    assert out.exists() and re.search(r"\.png$", out.name)
