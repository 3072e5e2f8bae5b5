"""Before the desktop app starts Qt (``make run``): are the system libraries of the display
platform there?

Qt aborts (``qt.qpa.plugin: Could not load the Qt platform plugin "xcb"``) when one library
of its platform plug-in is missing, with no word on what to install. This check runs
``ldd`` on PySide6's plug-in (``libqxcb.so`` for X11, ``libqwayland.so`` in a Wayland
session) without loading Qt. When something is missing it installs the packages with
``apt-get`` as root on Debian/Ubuntu, and otherwise prints the one command to run for the
distribution's family (apt, dnf, zypper, pacman) and exits with code 1.

``python -m coordapp.cli.display_check [--plugin FILE] [--no-install]``. Never imports Qt.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_MISSING, EXIT_USAGE = 0, 1, 2
FAMILIES = ("apt", "dnf", "zypper", "pacman")
PLUGINS = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
#: Platforms that need no system display library.
NO_DISPLAY_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs"}

#: soname → package, per family (apt, dnf, zypper, pacman): what Qt's xcb and wayland
#: plug-ins link. The xcb extensions of libxcb itself are handled by ``_libxcb_package``.
PACKAGES: dict[str, tuple[str, str, str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "libxcb-cursor0",
                           "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "libxcb-keysyms1",
                            "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil",
                                "libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "libxcb-util1", "xcb-util"),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11-0",
                              "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11", "libX11-6", "libx11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libX11-xcb1", "libx11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libEGL1", "libglvnd"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libGL1", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl", "libOpenGL0", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "libfreetype6", "freetype2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "libdbus-1-3", "dbus"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "libglib-2_0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2", "libgthread-2_0-0", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client",
                               "libwayland-client0", "wayland"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor",
                               "libwayland-cursor0", "wayland"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl", "libwayland-egl1", "wayland"),
}
LIBXCB_EXTENSION = re.compile(r"^libxcb-(?P<name>[a-z0-9]+)\.so\.(?P<major>\d+)$")
INSTALL = {
    "apt": "sudo apt-get install {packages}",
    "dnf": "sudo dnf install {packages}",
    "zypper": "sudo zypper install {packages}",
    "pacman": "sudo pacman -S --needed {packages}",
}


def missing_libraries(plugin: Path) -> list[str]:
    """The sonames that ``ldd`` reports as "not found" for this file (empty: all there)."""
    result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                            env={**os.environ, "LC_ALL": "C"}, check=False)
    missing = []
    for line in result.stdout.splitlines():
        name, _arrow, target = line.strip().partition("=>")
        if target.strip() == "not found":
            soname = Path(name.strip()).name
            if soname not in missing:
                missing.append(soname)
    return missing


def package_for(soname: str, family: str) -> str | None:
    """The package holding this library in this family; None when not known."""
    index = FAMILIES.index(family)
    if soname in PACKAGES:
        return PACKAGES[soname][index]
    extension = LIBXCB_EXTENSION.match(soname)
    if extension:  # libxcb-randr.so.0, libxcb-shm.so.0…: libxcb's own extensions
        apt_name = f"libxcb-{extension['name']}{extension['major']}"
        return (apt_name, "libxcb", apt_name, "libxcb")[index]
    return None


def distribution_family(os_release: Path = Path("/etc/os-release")) -> str | None:
    """apt, dnf, zypper or pacman, from ``ID`` and ``ID_LIKE``; None when unknown."""
    try:
        text = os_release.read_text(encoding="utf-8")
    except OSError:
        return None
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    ids = " ".join(fields.get(key, "").strip('"') for key in ("ID", "ID_LIKE")).split()
    for family, names in (("apt", {"debian", "ubuntu"}),
                          ("dnf", {"fedora", "rhel", "centos"}),
                          ("zypper", {"suse", "opensuse", "sles"}),
                          ("pacman", {"arch"})):
        if names.intersection(ids):
            return family
    return None


def install_command(family: str, missing: Sequence[str]) -> str:
    """The one command that installs these libraries on this family."""
    packages = []
    for soname in missing:
        package = package_for(soname, family)
        if package is not None and package not in packages:
            packages.append(package)
    return INSTALL[family].format(packages=" ".join(packages)) if packages else ""


def wanted_platform(environ: dict[str, str]) -> str | None:
    """The platform Qt will load: QT_QPA_PLATFORM, else wayland in a Wayland session,
    else xcb; None when no display library is needed."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return None if chosen in NO_DISPLAY_PLATFORMS else chosen
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def plugin_path(platform: str) -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations or platform not in PLUGINS:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / "Qt" / "plugins" / "platforms" / PLUGINS[platform]


def _say(text: str) -> None:
    print(f"coordapp : {text}", file=sys.stderr)


def _apt_install(packages: list[str]) -> bool:
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    environ = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    _say("installation des bibliothèques manquantes : " + " ".join(packages))
    if subprocess.run(command, env=environ, check=False).returncode == 0:
        return True
    subprocess.run(["apt-get", "update", "-qq"], env=environ, check=False)  # stale lists
    return subprocess.run(command, env=environ, check=False).returncode == 0


def check(plugin: Path, *, may_install: bool, family: str | None) -> int:
    """Check one plug-in; install (root, apt) or print the command. The exit code."""
    if not plugin.is_file():
        _say(f"le module d'affichage de Qt est introuvable ({plugin}) : réinstallez "
             "l'environnement (make clean puis make run).")
        return EXIT_MISSING
    missing = missing_libraries(plugin)
    if not missing:
        return EXIT_OK
    if may_install and family == "apt" and os.geteuid() == 0:
        packages = install_command("apt", missing).split()[3:]
        if packages and _apt_install(packages):
            missing = missing_libraries(plugin)
            if not missing:
                return EXIT_OK
    _say("CoordApp ne peut pas ouvrir sa fenêtre : il manque des bibliothèques système "
         "d'affichage (" + ", ".join(missing) + ").")
    families = [family] if family is not None else list(FAMILIES)
    commands = [(name, install_command(name, missing)) for name in families]
    commands = [(name, command) for name, command in commands if command]
    if not commands:
        _say("aucun paquet connu ne les fournit : demandez à votre référent informatique.")
    elif len(commands) == 1:
        _say(f"installez-les avec cette commande, puis relancez : {commands[0][1]}")
    else:
        _say("installez-les avec la commande de votre distribution, puis relancez :")
        for name, command in commands:
            print(f"  {name:7} {command}", file=sys.stderr)
    return EXIT_MISSING


def main(argv: Sequence[str] | None = None) -> int:
    from coordapp.cli.french import FrenchArgumentParser

    parser = FrenchArgumentParser(
        prog="python -m coordapp.cli.display_check",
        description="Vérifie les bibliothèques système d'affichage de Qt avant de lancer "
                    "CoordApp.")
    parser.add_argument("--plugin", type=Path,
                        help="module d'affichage à vérifier (défaut : celui de PySide6 pour "
                             "la session : xcb ou wayland)")
    parser.add_argument("--no-install", action="store_true",
                        help="ne rien installer, même en root : afficher la commande")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        return EXIT_OK
    plugin = args.plugin
    if plugin is None:
        platform = wanted_platform(dict(os.environ))
        if platform is None:
            return EXIT_OK
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            _say("aucun écran graphique (ni DISPLAY ni WAYLAND_DISPLAY) : lancez CoordApp "
                 "depuis une session de bureau.")
            return EXIT_MISSING
        plugin = plugin_path(platform)
        if plugin is None:
            return EXIT_OK  # a platform we do not know: let Qt report it
    return check(plugin, may_install=not args.no_install, family=distribution_family())


if __name__ == "__main__":
    sys.exit(main())
