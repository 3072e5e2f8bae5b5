"""Build dist/coordapp_<version>_amd64.deb from the frozen app (make deb).

    .venv/bin/python tools/build_deb.py [--app dist/CoordApp] [--out dist]

Layout of the package (see build/README.md):

    /usr/lib/coordapp/                the one-folder app (dist/CoordApp), unchanged
    /usr/bin/coordapp                 runs it: the desktop app, or any command
    /usr/share/applications/coordapp.desktop          menu entry, opens .coordbundle files
    /usr/share/metainfo/io.github.coordapp.CoordApp.metainfo.xml   AppStream
    /usr/share/mime/packages/coordapp.xml             the application/x-coordbundle type
    /usr/share/icons/hicolor/{16…512}/apps/coordapp.png, scalable/apps/coordapp.svg
    /usr/share/man/man1/coordapp.1.gz, bash and zsh completions (tools/cli_docs.py)
    /usr/share/doc/coordapp/          copyright (EUPL-1.2), changelog, third-party notices

The menu, MIME and icon caches are refreshed by dpkg triggers of desktop-file-utils,
shared-mime-info and hicolor-icon-theme: no maintainer scripts. ``Depends`` lists the
packages of the system libraries that the app links and does not carry (found with ldd
and ``dpkg -S`` on the build machine), with glibc at the version the build requires.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordapp import __version__  # noqa: E402

LINUX = ROOT / "build" / "linux"
APP_ID = "io.github.coordapp.CoordApp"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = os.environ.get("DEB_MAINTAINER", "CoordApp <coordapp@users.noreply.github.com>")
#: Always needed although ldd does not show them: the X11/Wayland stack is dlopen'ed or
#: comes through the platform plug-ins, which the package ships.
BASE_DEPENDS = ["libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libxkbcommon-x11-0",
                "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
                "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1", "libdbus-1-3",
                "libwayland-client0", "libwayland-cursor0", "libwayland-egl1"]
GLIBC = re.compile(rb"GLIBC_(\d+)\.(\d+)")


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_packages(app: Path, elves: list[Path]) -> list[str]:
    """Debian packages of the libraries the app links from the system (not glibc)."""
    dirs = sorted({str(path.parent) for path in elves if ".so" in path.name})
    environ = {**os.environ, "LC_ALL": "C", "LD_LIBRARY_PATH": ":".join(dirs)}
    libraries: set[str] = set()
    for path in elves:
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                                env=environ, check=False)
        for line in result.stdout.splitlines():
            _name, arrow, target = line.partition("=>")
            target = target.split("(")[0].strip()
            if arrow and target.startswith("/") and not target.startswith(str(app)):
                libraries.add(os.path.realpath(target))
    packages: set[str] = set()
    for library in sorted(libraries):
        result = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True,
                                check=False)
        if result.returncode == 0:
            packages.add(result.stdout.split(":", 1)[0])
    packages -= {"libc6"}
    return sorted(packages | set(BASE_DEPENDS))


def glibc_needed(elves: list[Path]) -> str:
    highest = (2, 17)
    for path in elves:
        for major, minor in GLIBC.findall(path.read_bytes()):
            highest = max(highest, (int(major), int(minor)))
    return f"{highest[0]}.{highest[1]}"


def clean_runpaths(elves: list[Path]) -> int:
    """Drop the build machine's absolute RUNPATH entries (a pyenv CPython carries
    /root/.pyenv/…/lib), keeping the $ORIGIN ones; patchelf. The number of files fixed."""
    fixed = 0
    for path in elves:
        result = subprocess.run(["patchelf", "--print-rpath", str(path)], capture_output=True,
                                text=True, check=False)
        entries = [entry for entry in result.stdout.strip().split(":") if entry]
        kept = [entry for entry in entries if entry.startswith("$ORIGIN")]
        if result.returncode == 0 and kept != entries:
            command = (["--set-rpath", ":".join(kept)] if kept else ["--remove-rpath"])
            subprocess.run(["patchelf", *command, str(path)], check=True)
            fixed += 1
    return fixed


def write(path: Path, text: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    path.chmod(mode)


def gzipped(data: str | bytes) -> bytes:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return gzip.compress(raw, compresslevel=9, mtime=0)


def copyright_text() -> str:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    body = "\n".join(" " + (line if line.strip() else ".") for line in licence.splitlines())
    return ("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
            "Upstream-Name: CoordApp\n\n"
            "Files: *\nCopyright: CoordApp contributors\nLicense: EUPL-1.2\n\n"
            "Files: usr/lib/coordapp/_internal/*\n"
            "Copyright: see /usr/share/doc/coordapp/THIRD-PARTY-NOTICES.txt.gz\n"
            "License: various\n see /usr/share/doc/coordapp/THIRD-PARTY-NOTICES.txt.gz "
            "(Qt and PySide6: LGPL-3.0; Python: PSF-2.0; the libraries' own licences)\n\n"
            f"License: EUPL-1.2\n{body}\n")


def changelog_text() -> str:
    from email.utils import formatdate

    epoch = os.environ.get("SOURCE_DATE_EPOCH") or subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True,
        check=False).stdout.strip() or "0"
    date = formatdate(int(epoch), usegmt=False)
    return (f"coordapp ({__version__}) unstable; urgency=medium\n\n"
            "  * Release of CoordApp as a Debian package (frozen app).\n\n"
            f" -- {MAINTAINER}  {date}\n")


def icons(stage: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    sys.path.insert(0, str(ROOT / "build"))
    import make_icon

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    hicolor = stage / "usr/share/icons/hicolor"
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / "coordapp.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        make_icon.draw(size).save(str(target), "PNG")
        target.chmod(0o644)
    write(hicolor / "scalable/apps/coordapp.svg",
          (ROOT / "resources/icons/coordapp.svg").read_bytes())


def stage_package(app: Path, stage: Path) -> None:
    lib = stage / "usr/lib/coordapp"
    shutil.copytree(app, lib, symlinks=True)
    clean_runpaths(elf_files(lib))
    for path in lib.rglob("*"):  # files 644 (755 for ELF executables and scripts), dirs 755
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & 0o111 and ".so" not in path.name
            path.chmod(0o755 if executable else 0o644)
    write(stage / "usr/bin/coordapp",
          "#!/bin/sh\n# CoordApp: the desktop app, or a command (coordapp --help).\n"
          'exec /usr/lib/coordapp/CoordApp "$@"\n', 0o755)
    share = stage / "usr/share"
    write(share / "applications/coordapp.desktop",
          (LINUX / "coordapp.desktop").read_bytes())
    write(share / f"metainfo/{APP_ID}.metainfo.xml",
          (LINUX / f"{APP_ID}.metainfo.xml").read_bytes())
    write(share / "mime/packages/coordapp.xml", (LINUX / "coordapp-mime.xml").read_bytes())
    icons(stage)

    import cli_docs

    write(share / "man/man1/coordapp.1.gz", gzipped(cli_docs.man_page()))
    write(share / "bash-completion/completions/coordapp", cli_docs.completion("bash"))
    write(share / "zsh/vendor-completions/_coordapp", cli_docs.completion("zsh"))
    doc = share / "doc/coordapp"
    write(doc / "copyright", copyright_text())
    write(doc / "changelog.gz", gzipped(changelog_text()))
    write(doc / "THIRD-PARTY-NOTICES.txt.gz",
          gzipped((ROOT / "resources/licenses/THIRD-PARTY-NOTICES.txt").read_bytes()))
    write(share / "lintian/overrides/coordapp",
          (LINUX / "lintian-overrides").read_bytes())


def control(stage: Path, app: Path) -> None:
    elves = elf_files(app)
    depends = [f"libc6 (>= {glibc_needed(elves)})", *system_packages(app, elves)]
    size_kb = sum(p.lstat().st_size for p in stage.rglob("*")
                  if p.is_file() and not p.is_symlink()) // 1024
    write(stage / "DEBIAN/control", (
        "Package: coordapp\n"
        f"Version: {__version__}\n"
        "Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        "Recommends: hicolor-icon-theme, shared-mime-info, desktop-file-utils\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Homepage: https://github.com/coordapp/coordapp\n"
        "Description: care coordination: complex situations and PPCS, offline, encrypted\n"
        " CoordApp is for care coordinators (DAC, CPTS, MSP, ESP) who follow people in\n"
        " complex situations: requests for support, multidimensional assessment and\n"
        " the personalised coordination plan (PPCS). The database is encrypted on the\n"
        " laptop; colleagues synchronise through encrypted, signed bundles.\n"))
    sums = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes()).hexdigest()  # dpkg's md5sums format
            sums.append(f"{digest}  {path.relative_to(stage)}\n")
    write(stage / "DEBIAN/md5sums", "".join(sums))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "CoordApp",
                        help="the frozen one-folder app (make dist)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder")
    args = parser.parse_args(argv)
    app = args.app.resolve()
    if not (app / "CoordApp").is_file():
        print(f"build_deb: {app}/CoordApp is missing: run make dist first", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT / "tools"))
    stage = ROOT / "build" / "work" / "deb" / f"coordapp_{__version__}_amd64"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    stage.chmod(0o755)
    stage_package(app, stage)
    control(stage, app)
    for path in stage.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    out = args.out.resolve() / f"coordapp_{__version__}_amd64.deb"
    out.parent.mkdir(parents=True, exist_ok=True)
    # gzip: seconds for ~190 MB where xz -6 takes minutes (for 15 % less); Debian's dpkg
    # and lintian accept gzip and xz only.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage),
                    str(out)], check=True, stdout=subprocess.DEVNULL)
    print(f"{out.relative_to(ROOT)} : {out.stat().st_size // (1024 * 1024)} Mio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
