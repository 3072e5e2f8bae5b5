"""Bring the English catalogue up to date with the screens' French texts.

    .venv/bin/python tools/update_translations.py

``resources/i18n/coordapp_en.ts`` is the source of the English text: a translator edits
it with Qt Linguist (``.venv/bin/pyside6-linguist resources/i18n/coordapp_en.ts``) or
any XML editor. This script

1. runs ``pyside6-lupdate`` over ``coordapp/ui``: texts new in the code enter the
   catalogue as *unfinished* (lupdate proposes the translation of a similar old text
   when it finds one), texts gone from the code leave it, translations already in the
   catalogue stay;
   the catalogue carries no source locations, so that moving code never changes it;
2. compiles ``coordapp_en.qm`` with ``pyside6-lrelease`` (what the app loads);
3. lists the unfinished texts and exits with status 1 while there are any.

``--same-text``: a text that only moved (to another class, another file) keeps the
English it had: an unfinished text takes the translation of the same French text
elsewhere in the catalogue when there is exactly one.

``tests/test_ui_i18n.py`` fails in ``make test`` while the catalogue is not current,
holds an unfinished or obsolete text, or the .qm was not rebuilt.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TS = ROOT / "resources" / "i18n" / "coordapp_en.ts"
QM = TS.with_suffix(".qm")


def ui_sources(root: Path = ROOT) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in (root / "coordapp" / "ui").rglob("*.py"))


def run_lupdate(ts: Path = TS, root: Path = ROOT) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-tr-function-alias", "translate+=_tr",
         "-no-obsolete", "-locations", "none", "-source-language", "fr_FR",
         "-target-language", "en_GB", *ui_sources(root), "-ts", str(ts)],
        cwd=root, check=True, capture_output=True,
    )


def run_lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)


def unfinished(ts: Path = TS) -> list[tuple[str, str]]:
    """(context, French text) of every message without a finished translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                out.append((name, message.findtext("source") or ""))
    return out


def translations_by_text(ts: Path = TS) -> dict[str, set[str]]:
    """French text -> the finished English translations it has in the catalogue."""
    found: dict[str, set[str]] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            continue
        english = ET.tostring(translation, encoding="unicode")
        found.setdefault(message.findtext("source") or "", set()).add(english)
    return found


def carry_same_text(known: dict[str, set[str]], ts: Path = TS) -> int:
    """Finish unfinished texts whose French text had one translation; how many."""
    tree = ET.parse(ts)
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        if len(known.get(source, ())) != 1:
            continue
        new = ET.fromstring(next(iter(known[source])))
        new.tail = translation.tail
        index = list(message).index(translation)
        message.remove(translation)
        message.insert(index, new)
        carried += 1
    if carried:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        run_lupdate(ts)  # back to lupdate's own layout
    return carried


def main() -> int:
    known = translations_by_text() if "--same-text" in sys.argv[1:] else {}
    run_lupdate()
    if known:
        print(f"{carry_same_text(known)} texte(s) déplacé(s) gardent leur traduction.",
              file=sys.stderr)
    run_lrelease()
    missing = unfinished()
    for context, source in missing:
        print(f"à traduire : [{context}] {source!r}", file=sys.stderr)
    if missing:
        print(f"{len(missing)} texte(s) à traduire dans {TS.relative_to(ROOT)} "
              "(pyside6-linguist), puis relancer ce script.", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
