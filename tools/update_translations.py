"""Regenerate the English translation of the screens.

    .venv/bin/python tools/update_translations.py

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` text of ``coordapp/ui``
   into ``resources/i18n/coordapp_en.ts`` (French is the source language);
2. each text gets its English translation from ``tools/translations_en.py``;
3. ``pyside6-lrelease`` compiles ``coordapp_en.qm``, loaded at run time.

Texts without a translation are listed and the script exits with status 1 (they stay
French on an English screen until added to the mapping).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from translations_en import EN, EN_BY_CONTEXT  # noqa: E402

BIN = Path(sys.executable).parent
TS = ROOT / "resources" / "i18n" / "coordapp_en.ts"
QM = TS.with_suffix(".qm")


def run_lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "coordapp" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-tr-function-alias", "translate+=_tr",
         "-no-obsolete", "-locations", "relative", "-source-language", "fr_FR",
         "-target-language", "en_GB", *sources, "-ts", str(TS.relative_to(ROOT))],
        cwd=ROOT, check=True,
    )


def english(context: str, source: str) -> str | None:
    return EN_BY_CONTEXT.get((context, source), EN.get(source))


def fill() -> list[tuple[str, str]]:
    """Write the translations into the .ts file; returns the texts left untranslated."""
    tree = ET.parse(TS)
    missing: list[tuple[str, str]] = []
    used: set[str] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            used.add(source)
            translation = message.find("translation")
            assert translation is not None
            text = english(name, source)
            if text is None:
                missing.append((name, source))
                translation.set("type", "unfinished")
                translation.text = None
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                # Plural texts ("%n ligne(s)") take one form per English plural: the
                # translation text carries "(s)" the same way, so both forms are equal.
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for _form in range(2):
                    ET.SubElement(translation, "numerusform").text = text
                continue
            translation.text = text
    unused = set(EN) - used
    if unused:
        print(f"{len(unused)} translation(s) no longer used in translations_en.py",
              file=sys.stderr)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def run_lrelease() -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT,
                   check=True)


def main() -> int:
    run_lupdate()
    missing = fill()
    run_lrelease()
    for context, source in missing:
        print(f"untranslated: [{context}] {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
