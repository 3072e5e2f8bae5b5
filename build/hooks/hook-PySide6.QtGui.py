"""PySide6.QtGui as upstream PyInstaller collects it, minus the plug-ins CoordApp never loads.

The filtering happens here, in the hook, and not on the finished Analysis: a plug-in left
out at this stage is not scanned, so the system libraries only it needs (the GTK stack of
the gtk3 platform theme, libQt6Pdf for the PDF image format, ...) stay out too.

Kept: the platform plug-ins of the three desktops (xcb and wayland on Linux, windows,
cocoa) plus offscreen and minimal (headless smoke test); the XDG desktop portal theme
(native file dialogs on Linux); compose and ibus input (dead keys, accented letters);
common image formats and SVG icons; the wayland and xcb support plug-ins.
"""

import re
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

_KEPT_TYPES = {
    "platforms", "platforms/darwin", "platformthemes", "platforminputcontexts",
    "imageformats", "iconengines", "xcbglintegrations", "accessiblebridge",
    "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-shell-integration",
}
#: Within a kept type, files that are dropped anyway (matched on the file name).
_DROPPED_FILES = re.compile(
    r"(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay|direct2d"  # platforms: kiosk/embedded
    r"|gtk3"  # platform theme linking GTK 3, which would drag half of the GTK stack in
    r"|virtualkeyboard"  # input context built on QtQuick
    r"|q(pdf|tiff|webp|tga|wbmp|icns))",  # image formats the app never reads
    re.IGNORECASE,
)


def _kept(destination: str, source: str) -> bool:
    parts = PurePath(destination).parts
    if "plugins" not in parts:
        return True
    plugin_type = "/".join(parts[parts.index("plugins") + 1:])
    return plugin_type in _KEPT_TYPES and not _DROPPED_FILES.search(PurePath(source).name)


binaries = [(source, destination) for source, destination in binaries
            if _kept(destination, source)]
