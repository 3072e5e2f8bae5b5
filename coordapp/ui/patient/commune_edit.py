"""The birthplace: search the commune by name, postal code or INSEE code; the INSEE code
the identity needs follows the choice.

A line edit with a completer fed by :mod:`coordapp.services.communes` at each keystroke.
``code()`` is the INSEE code chosen (or typed: ``08105``, ``2A004``, ``99`` followed by
a country code for a person born abroad), "" when nothing valid was chosen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from coordapp.services.communes import Commune, commune_index

SHOWN = 12
_TYPED_CODE = re.compile(r"^(?:\d[\dAB]\d{3})$")
_SHOWN_CODE = re.compile(r"·\s*(\w{5})$")


class CommuneEdit(QLineEdit):
    #: The INSEE code changed (chosen, typed or cleared).
    code_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._shown: list[Commune] = []
        self.setPlaceholderText(self.tr("Commune, code postal ou code INSEE"))
        self.setToolTip(self.tr(
            "Tapez le nom de la commune de naissance, son code postal ou son code INSEE, "
            "puis choisissez-la dans la liste : le code INSEE suit. Pour une personne née "
            "à l'étranger : 99 suivi du code du pays (ex. 99350 pour le Maroc)."))
        self.suggestions = QStringListModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(SHOWN)
        self.setCompleter(self.completer_)
        self.completer_.activated[str].connect(self._on_chosen)
        self.textEdited.connect(self._on_edited)

    # -- values -----------------------------------------------------------------------

    def code(self) -> str:
        return self._code

    def set_code(self, code: str | None) -> None:
        """Show a stored code as its commune (the code alone when it is not one)."""
        code = (code or "").strip().upper()
        commune = commune_index().get(code) if code else None
        self.setText(self.describe(commune) if commune is not None else code)
        self._set(code)

    def describe(self, commune: Commune) -> str:
        parent = commune_index().parent_name(commune)
        name = f"{commune.name}, {parent}" if parent and commune.kind in "DA" else commune.name
        return f"{name} ({commune.department}) · {commune.code}"

    # -- slots ------------------------------------------------------------------------

    def _on_edited(self, text: str) -> None:
        """Each keystroke: the matching communes in the popup; a typed INSEE code counts
        (a postal code does not: choose the commune it serves in the list)."""
        compact = text.strip().upper()
        known = _TYPED_CODE.match(compact) and commune_index().get(compact) is not None
        self._set(compact if known or _is_abroad(compact) else "")
        self._shown = commune_index().search(text, SHOWN) if len(text.strip()) >= 2 else []
        self.suggestions.setStringList([self.describe(c) for c in self._shown])
        if self._shown:
            self.completer_.complete()

    def _on_chosen(self, text: str) -> None:
        found = _SHOWN_CODE.search(text)
        if found:
            self.setText(text)
            self._set(found.group(1))

    def _set(self, code: str) -> None:
        if code != self._code:
            self._code = code
            self.code_changed.emit(code)


def _is_abroad(code: str) -> bool:
    return len(code) == 5 and code.startswith("99") and code.isdigit()
