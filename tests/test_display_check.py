"""``make run``'s display check: ldd of Qt's platform plug-in before Qt starts, the one
command to run per distribution family, an install as root on Debian, never a Qt abort.

A plug-in with a missing library is a real shared object built here with the C compiler,
linked to a copy of ``libxcb-cursor.so.0`` that is then deleted; the real PySide6 plug-in
is checked with libxcb-cursor hidden in a private mount namespace (root only)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coordapp.cli import display_check
from coordapp.cli.display_check import (
    distribution_family,
    install_command,
    missing_libraries,
    plugin_path,
    wanted_platform,
)


@pytest.fixture
def broken_plugin(tmp_path: Path) -> Path:
    """libqxcb.so that needs libxcb-cursor.so.0, which is gone."""
    if shutil.which("gcc") is None:
        pytest.fail("gcc is needed (.ci/run installs it)")
    (tmp_path / "dep.c").write_text("int cursor(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int cursor(void);\nint f(void) { return cursor(); }\n")
    (tmp_path / "gone").mkdir()
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", "gone/libxcb-cursor.so.0", "dep.c"],
                   cwd=tmp_path, check=True)
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", "libqxcb.so", "plugin.c",
                    "gone/libxcb-cursor.so.0"], cwd=tmp_path, check=True)
    shutil.rmtree(tmp_path / "gone")
    return tmp_path / "libqxcb.so"


def run_check(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coordapp.cli.display_check", *args],
                          capture_output=True, text=True, env={**os.environ, **env},
                          check=False, cwd="/")


def test_the_missing_library_is_found(broken_plugin: Path):
    assert missing_libraries(broken_plugin) == ["libxcb-cursor.so.0"]


def test_one_exact_command_per_family():
    missing = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
               "libxcb-randr.so.0"]
    assert install_command("apt", missing) == (
        "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-randr0")
    assert install_command("dnf", missing) == (
        "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms libxcb")
    assert install_command("zypper", missing) == (
        "sudo zypper install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-randr0")
    assert install_command("pacman", missing) == (
        "sudo pacman -S --needed xcb-util-cursor xcb-util-wm xcb-util-keysyms libxcb")


def test_family_from_os_release(tmp_path: Path):
    cases = {'ID=ubuntu\nID_LIKE=debian\n': "apt", 'ID="fedora"\n': "dnf",
             'ID="opensuse-leap"\nID_LIKE="suse opensuse"\n': "zypper", "ID=arch\n": "pacman",
             'ID=linuxmint\nID_LIKE="ubuntu debian"\n': "apt", "ID=gentoo\n": None}
    for text, family in cases.items():
        (tmp_path / "os-release").write_text(text)
        assert distribution_family(tmp_path / "os-release") == family, text
    assert distribution_family(tmp_path / "absent") is None


def test_platform_follows_the_session():
    assert wanted_platform({"DISPLAY": ":0"}) == "xcb"
    assert wanted_platform({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}) == "wayland"
    assert wanted_platform({"XDG_SESSION_TYPE": "wayland"}) == "wayland"
    assert wanted_platform({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}) == "xcb"
    assert wanted_platform({"QT_QPA_PLATFORM": "offscreen"}) is None  # make test
    assert wanted_platform({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"
    for platform in ("xcb", "wayland"):
        path = plugin_path(platform)
        assert path is not None and path.is_file(), platform


def test_a_missing_library_prints_the_command_and_exits_1(broken_plugin: Path):
    result = run_check("--plugin", str(broken_plugin), "--no-install")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr
    assert "il manque des bibliothèques système d'affichage (libxcb-cursor.so.0)" in (
        result.stderr)
    family = distribution_family()
    if family is None:
        assert "sudo dnf install xcb-util-cursor" in result.stderr
    else:
        assert install_command(family, ["libxcb-cursor.so.0"]) in result.stderr


def test_a_complete_plugin_passes():
    xcb = plugin_path("xcb")
    assert xcb is not None
    result = run_check("--plugin", str(xcb.with_name("libqoffscreen.so")))
    assert result.returncode == 0 and result.stderr == ""


def test_a_wayland_session_checks_the_wayland_plugin():
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    plugin = plugin_path("wayland")
    assert plugin is not None and missing_libraries(plugin) == []
    result = subprocess.run(["env", "-u", "QT_QPA_PLATFORM", "-u", "DISPLAY", sys.executable,
                             "-m", "coordapp.cli.display_check"], capture_output=True, text=True,
                            env={**os.environ, **env}, check=False)
    assert result.returncode == 0, result.stderr


def test_no_display_at_all_is_a_clear_message():
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")}
    result = subprocess.run([sys.executable, "-m", "coordapp.cli.display_check"],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 1 and "aucun écran graphique" in result.stderr
    assert run_check(QT_QPA_PLATFORM="offscreen").returncode == 0


#: The environment of an X11 desktop session (the test suite's own is offscreen).
X11_SESSION = "env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY -u XDG_SESSION_TYPE DISPLAY=:0"


def without_libxcb_cursor(tmp_path: Path, command: str) -> subprocess.CompletedProcess[str]:
    """Run ``command`` as on a machine without libxcb-cursor0: in a private mount
    namespace, the library folder gets an overlay in which the library is deleted (the
    real system is not touched)."""
    libdir = "/usr/lib/x86_64-linux-gnu"
    if not list(Path(libdir).glob("libxcb-cursor.so.0*")):
        pytest.fail("libxcb-cursor0 is needed to hide it (.ci/run installs it)")
    over = tmp_path / "overlay"
    script = (f"mkdir -p {over} && mount -t tmpfs none {over} && mkdir {over}/u {over}/w && "
              f"mount -t overlay overlay -o lowerdir={libdir},upperdir={over}/u,"
              f"workdir={over}/w {libdir} && rm {libdir}/libxcb-cursor.so.0* && {command}")
    return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                          text=True, check=False, cwd="/")


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("apt-get") is None,
                    reason="hides a system library in a mount namespace: root, Debian")
def test_as_root_on_debian_apt_get_runs_then_the_check_is_repeated(tmp_path: Path):
    """The real PySide6 plug-in, libxcb-cursor hidden: apt-get install runs for real (dpkg
    still lists the package, so it changes nothing), the check runs again and fails."""
    result = without_libxcb_cursor(tmp_path,
                                   f"{X11_SESSION} {sys.executable} -m coordapp.cli.display_check")
    assert "installation des bibliothèques manquantes : libxcb-cursor0" in result.stderr
    assert result.returncode == 1
    assert "sudo apt-get install libxcb-cursor0" in result.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="hides a system library in a mount namespace")
def test_without_libxcb_cursor_the_command_is_printed(tmp_path: Path):
    result = without_libxcb_cursor(
        tmp_path, f"{X11_SESSION} {sys.executable} -m coordapp.cli.display_check --no-install")
    assert result.returncode == 1, result.stderr
    assert "(libxcb-cursor.so.0)" in result.stderr
    assert ("installez-les avec cette commande, puis relancez : sudo apt-get install "
            "libxcb-cursor0") in result.stderr


def test_module_never_imports_qt():
    code = ("import sys, coordapp.cli.display_check as d;"
            " d.missing_libraries(d.plugin_path('xcb'));"
            " print(any(name.startswith('PySide6') for name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
    assert display_check.EXIT_MISSING == 1
