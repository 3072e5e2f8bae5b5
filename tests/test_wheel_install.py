"""A pip/pipx install is whole: the wheel built from this checkout, installed into a
fresh virtual environment, finds its guide (F1), fonts, plan templates, structures
directory, translations, icon and licences inside site-packages, never in the checkout.

The fresh venv gets the wheel only (``--no-deps``); its dependencies come from this
project's venv through a ``.pth`` line, so that the test needs no download and the
``coordapp`` it imports is the installed wheel's (the project's editable install is not
activated: .pth files of a path added that way are not read)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CHECK = r"""
import json, sys
from pathlib import Path
import coordapp
from coordapp import paths, licences
from coordapp.services.plans import templates
from coordapp.ui import guide_window
package = Path(coordapp.__file__).resolve().parent
found = {
    "package": str(package),
    "guide": str(guide_window.guide_path()),
    "screenshot": str(guide_window.guide_path().parent / "screenshots" / "a-faire.png"),
    "fonts": str(paths.resource_path("fonts", "DejaVuSans.ttf")),
    "templates": str(templates.shipped_dir() / "no_gp.json"),
    "structures": str(paths.resource_path("structures-directory.csv")),
    "translation": str(paths.resource_path("i18n", "coordapp_en.qm")),
    "icon": str(paths.resource_path("icons", "coordapp.png")),
    "licence": str(licences.own_licence()),
    "notices": str(licences.third_party_notices()),
}
print(json.dumps(found))
"""


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--wheel-dir", str(work), str(ROOT)], check=True, capture_output=True)
    wheel = next(work.glob("coordapp-*.whl"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"),
                    "install", "--quiet", "--no-deps", str(wheel)], check=True,
                   capture_output=True)
    site = Path(subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()"
         "['purelib'])"], capture_output=True, text=True, check=True).stdout.strip())
    (site / "project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def test_the_wheel_carries_the_guide_and_the_licences(fresh_venv: Path):
    wheel = next(fresh_venv.parent.glob("coordapp-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("coordapp/_docs/guide.md", "coordapp/_docs/screenshots/a-faire.png",
                 "coordapp/_resources/licenses/LICENSE",
                 "coordapp/_resources/licenses/THIRD-PARTY-NOTICES.txt",
                 "coordapp/_resources/i18n/coordapp_en.qm",
                 "coordapp/_resources/fonts/DejaVuSans.ttf"):
        assert name in names, name


def test_every_file_is_found_inside_the_installed_package(fresh_venv: Path):
    import json

    result = subprocess.run([str(fresh_venv / "bin" / "python"), "-c", CHECK],
                            capture_output=True, text=True, check=True, cwd="/")
    found = {key: Path(value) for key, value in json.loads(result.stdout).items()}
    package = found.pop("package")
    assert package.is_relative_to(fresh_venv), package  # the wheel, not the checkout
    for key, path in found.items():
        assert path.is_relative_to(package), (key, path)
        assert path.exists(), (key, path)


def test_the_installed_guide_opens_in_the_help_window(fresh_venv: Path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv)\n"
        "from coordapp.ui.guide_window import GuideWindow\n"
        "window = GuideWindow()\n"
        "text = window.browser.toPlainText()\n"
        "print(\"pas été trouvé\" not in text and len(text) > 1000)\n"
    )
    result = subprocess.run([str(fresh_venv / "bin" / "python"), "-c", code],
                            capture_output=True, text=True, check=False, cwd="/",
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "True", result.stderr
    version = subprocess.run([str(fresh_venv / "bin" / "coordapp"), "--version"],
                             capture_output=True, text=True, check=True)
    assert version.stdout.startswith("CoordApp ")
