"""Write resources/licenses/THIRD-PARTY-NOTICES.txt from the installed distributions.

    .venv/bin/python tools/third_party_notices.py        (make notices)

The list is every distribution that ``coordapp`` needs at run time (its requirements,
followed recursively, markers evaluated, the development extras left out), read by
pip-licenses with each licence file and NOTICE file. Qt itself and Python are shipped by
the frozen app and the package too: their licences come after (LGPL-3.0 with the GPL-3.0
it refers to, from Debian's common-licenses; Python's own LICENSE.txt). The result goes
into the wheel, the frozen app and the .deb, and Aide › À propos shows it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt"
COMMON_LICENSES = Path("/usr/share/common-licenses")
#: Distributions whose wheels carry no licence text: the text their metadata names.
STANDARD_TEXTS = {
    "pyside6-essentials": ("LGPL-3", "GPL-3"),
    "shiboken6": ("LGPL-3", "GPL-3"),
}


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "coordapp") -> list[str]:
    """Every distribution that ``root`` needs at run time, sorted, ``root`` left out."""
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue
            key = normal(requirement.name)
            if key not in seen:
                seen.add(key)
                todo.append(requirement.name)
    return sorted(seen)


def pip_licenses(names: list[str]) -> list[dict[str, str]]:
    command = [sys.executable, "-m", "piplicenses", "--from=mixed", "--with-urls",
               "--with-license-file", "--no-license-path", "--with-notice-file",
               "--format=json", "--packages", *names]
    return json.loads(subprocess.run(command, capture_output=True, text=True,
                                     check=True).stdout)


def licence_files(name: str) -> str:
    """Every licence file the distribution declares (License-File, PEP 639), joined."""
    dist = metadata.distribution(name)
    texts = []
    for path in dist.metadata.get_all("License-File") or []:
        candidates = sorted((str(c) for c in dist.files or [] if str(c).endswith(path)),
                            key=lambda c: ".dist-info/" not in c)  # dist-info/licenses first
        file = dist.locate_file(candidates[0]) if candidates else None
        if file is None or not Path(str(file)).is_file():
            continue
        text = Path(str(file)).read_bytes().decode("utf-8", errors="replace")
        if text.strip():
            texts.append(f"--- {path} ---\n{text.strip()}" if texts or "/" in path
                         else text.strip())
    return "\n\n".join(texts)


def licence_name(row: dict[str, str]) -> str:
    return "see the text below" if row["License"] == "UNKNOWN" else row["License"]


def section(title: str, body: str) -> str:
    return f"{'=' * 78}\n{title}\n{'=' * 78}\n\n{body.strip()}\n\n"


def qt_section() -> str:
    version = metadata.version("PySide6-Essentials")
    return section(
        f"Qt {version} (The Qt Company Ltd.), through PySide6 — LGPL-3.0-only",
        "CoordApp uses the Qt libraries under the GNU Lesser General Public License v3 "
        "(the full texts of the LGPL-3.0 and of the GPL-3.0 it refers to are below, "
        "with PySide6). Qt is shipped as separate, replaceable shared libraries: in a "
        "pip install under site-packages/PySide6/Qt/lib, in the frozen app and the .deb "
        "under _internal/PySide6/Qt/lib. You may replace them with a compatible Qt build "
        "of your own. The corresponding source code is published by the Qt Project at "
        "https://download.qt.io/official_releases/qt/ and "
        "https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6).",
    )


def python_section() -> str:
    text = Path(sysconfig.get_paths()["stdlib"], "LICENSE.txt")
    body = text.read_text(encoding="utf-8") if text.exists() else (
        "Python Software Foundation License: https://docs.python.org/3/license.html")
    return section(f"Python {sys.version.split()[0]} (frozen app and .deb) — PSF-2.0", body)


def render() -> str:
    names = runtime_distributions()
    rows = pip_licenses(names)
    parts = [
        "CoordApp — third-party notices / composants tiers\n\n"
        "CoordApp itself is licensed under the EUPL-1.2 (see LICENSE). It uses the "
        "following components, each under its own licence, reproduced below. This file "
        "is generated by tools/third_party_notices.py from the installed distributions; "
        "do not edit it by hand.\n\n"
        + "".join(f"  {row['Name']} {row['Version']} — {licence_name(row)}\n"
                  for row in rows) + "\n",
        qt_section(),
    ]
    for row in rows:
        body = licence_files(row["Name"]) or row.get("LicenseText", "")
        if body in ("", "UNKNOWN"):
            texts = STANDARD_TEXTS.get(normal(row["Name"]), ())
            body = "\n\n".join((COMMON_LICENSES / text).read_text(encoding="utf-8")
                               for text in texts) or f"Licence : {row['License']}"
        notice = row.get("NoticeText", "")
        if notice not in ("", "UNKNOWN"):
            body += "\n\n" + notice
        parts.append(section(f"{row['Name']} {row['Version']} — {licence_name(row)}\n"
                             f"{row.get('URL', '')}", body))
    parts.append(python_section())
    fonts = ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    parts.append(section("DejaVu fonts (resources/fonts) — Bitstream Vera / DejaVu",
                         fonts.read_text(encoding="utf-8")))
    return "".join(parts)


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)} : {OUT.stat().st_size // 1024} Kio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
