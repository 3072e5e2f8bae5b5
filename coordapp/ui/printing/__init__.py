"""Printing and exports from the screens: the print preview (PDFium), the weekly round of
PPCS to review, the activity report, and the commands that open them."""

from coordapp.ui.printing.main_commands import MainPrintCommands
from coordapp.ui.printing.patient_commands import PatientPrintCommands
from coordapp.ui.printing.preview_dialog import PrintPreviewDialog
from coordapp.ui.printing.report_dialog import ActivityReportDialog
from coordapp.ui.printing.review_print_dialog import ReviewPrintDialog

__all__ = ["ActivityReportDialog", "MainPrintCommands", "PatientPrintCommands",
           "PrintPreviewDialog", "ReviewPrintDialog"]
