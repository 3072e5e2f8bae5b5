"""The main window's commands, with their shortcuts, its menus and its sidebar."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenuBar, QStyle, QWidget

#: The pages of the main window, in sidebar order.
PAGES = ("todo", "caseload", "directory", "sync")
SIDEBAR_WIDTH_CHARS = 23


class MainActions(QObject):
    """Every command of the main window; ``window`` owns the actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        style = window.style()

        def action(text: str, shortcut: str | QKeySequence.StandardKey | None = None,
                   tip: str = "", icon: QIcon | None = None) -> QAction:
            made = QAction(text, window)
            if icon is not None:
                made.setIcon(icon)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            if tip:
                made.setStatusTip(tip)
                made.setToolTip(tip)
            return made

        self.new_case = action(
            self.tr("&Nouvelle demande…"), "Ctrl+N",
            self.tr("Enregistrer une demande d'appui pour une nouvelle personne"))
        self.find = action(self.tr("&Rechercher un patient"), "Ctrl+F",
                           self.tr("Chercher dans la file active"))
        self.print_reviews = action(
            self.tr("&Imprimer les PPCS à réviser…"), QKeySequence.StandardKey.Print,
            self.tr("Les PPCS de mes patients à réviser dans les 7 jours, ou en retard"))
        self.export_calendar = action(
            self.tr("Exporter l'&agenda de mes patients (.ics)…"), None,
            self.tr("Les échéances des actions et des révisions, pour votre agenda"))
        self.export_shared_calendar = action(
            self.tr("Exporter l'agenda &partagé, sans noms (.ics)…"), None,
            self.tr("Les mêmes échéances avec les initiales et le numéro court du dossier, "
                    "pour un agenda d'équipe"))
        self.activity_report = action(
            self.tr("Rapport d'a&ctivité…"), None,
            self.tr("Le rapport anonyme de l'activité sur une période, en PDF ou en CSV"))
        self.gp_seekers = action(
            self.tr("Personnes cherchant un &médecin traitant…"), None,
            self.tr("La liste par priorité, les propositions de médecins et leurs réponses"))
        self.info_sheet = action(
            self.tr("Fiche d'&information sur les ressources…"), None,
            self.tr("Une page pour le demandeur : les services qui répondent au besoin"))
        self.import_caseload = action(
            self.tr("Importer une &file active (tableur)…"), None,
            self.tr("Reprendre les patients suivis depuis un classeur .xlsx, .ods ou CSV"))
        self.import_directory = action(
            self.tr("Importer un a&nnuaire (tableur)…"), None,
            self.tr("Ajouter des professionnels et des structures depuis un tableur"))
        self.import_fhir = action(
            self.tr("Importer un &dossier FHIR…"), None,
            self.tr("Le dossier d'une personne reçu d'un autre logiciel (Bundle FHIR, FR Core)"))
        self.lock = action(self.tr("&Verrouiller"), "Ctrl+L",
                           self.tr("Fermer la base et masquer les dossiers"))
        self.quit = action(self.tr("&Quitter"), "Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        icons = {
            "todo": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "caseload": style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            "directory": style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
            "sync": style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
        }
        self.pages = {
            "todo": action(self.tr("À &faire"), "Ctrl+1",
                           self.tr("Actions en retard, révisions, demandes sans réponse"),
                           icons["todo"]),
            "caseload": action(self.tr("File &active"), "Ctrl+2",
                               self.tr("Les patients suivis"), icons["caseload"]),
            "directory": action(self.tr("A&nnuaire"), "Ctrl+3",
                                self.tr("Professionnels et structures"), icons["directory"]),
            "sync": action(self.tr("&Synchronisation"), "Ctrl+4",
                           self.tr("Échanger les dossiers avec les collègues, conflits à revoir"),
                           icons["sync"]),
        }
        self.page_group = QActionGroup(window)
        self.page_group.setExclusive(True)
        for page in self.pages.values():
            page.setCheckable(True)
            self.page_group.addAction(page)
        self.preferences = action(self.tr("&Préférences…"), None,
                                  self.tr("Langue de l'interface"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.guide = action(self.tr("&Guide d'utilisation"), QKeySequence.StandardKey.HelpContents)
        self.restore = action(self.tr("&Restaurer une sauvegarde…"), None,
                              self.tr("Remettre en place une sauvegarde chiffrée"))
        self.about = action(self.tr("À &propos de CoordApp"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def build_menus(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.addAction(self.new_case)
        file_menu.addAction(self.find)
        file_menu.addSeparator()
        file_menu.addAction(self.print_reviews)
        file_menu.addAction(self.export_calendar)
        file_menu.addAction(self.export_shared_calendar)
        file_menu.addAction(self.activity_report)
        file_menu.addSeparator()
        file_menu.addAction(self.import_caseload)
        file_menu.addAction(self.import_directory)
        file_menu.addAction(self.import_fhir)
        file_menu.addSeparator()
        file_menu.addAction(self.lock)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        view_menu = bar.addMenu(self.tr("&Affichage"))
        for page in self.pages.values():
            view_menu.addAction(page)
        tools_menu = bar.addMenu(self.tr("&Outils"))
        tools_menu.addAction(self.gp_seekers)
        tools_menu.addAction(self.info_sheet)
        tools_menu.addAction(self.preferences)
        tools_menu.addAction(self.restore)
        help_menu = bar.addMenu(self.tr("Ai&de"))
        help_menu.addAction(self.guide)
        help_menu.addAction(self.about)

    def build_sidebar(self) -> QListWidget:
        """One item per page, named and drawn as its "Affichage" menu command."""
        sidebar = QListWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setIconSize(QSize(20, 20))
        sidebar.setSpacing(2)
        sidebar.setFixedWidth(sidebar.fontMetrics().averageCharWidth() * SIDEBAR_WIDTH_CHARS)
        sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
        sidebar.setStyleSheet("#sidebar::item { padding: 8px 6px; }")
        for key in PAGES:
            action = self.pages[key]
            item = QListWidgetItem(action.icon(), action.text().replace("&", ""))
            item.setToolTip(f"{action.toolTip()} ({action.shortcut().toString()})")
            sidebar.addItem(item)
        return sidebar

    def set_unlocked(self, unlocked: bool) -> None:
        """Commands that need the open workspace follow the lock."""
        for action in (self.new_case, self.find, self.print_reviews, self.export_calendar,
                       self.export_shared_calendar, self.activity_report,
                       self.gp_seekers, self.info_sheet, self.import_caseload,
                       self.import_directory, self.import_fhir, self.restore,
                       self.lock, *self.pages.values()):
            action.setEnabled(unlocked)
