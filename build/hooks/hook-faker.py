"""Faker, limited to what ``Faker("fr_FR")`` loads (replaces the contrib hook).

pyinstaller-hooks-contrib's hook ships every provider of every locale (~90 of them),
both compiled and as source. Faker finds its providers and locales in a frozen app by
globbing ``sys._MEIPASS/faker/providers/*/__init__.py`` (faker.utils.loading), so the
``__init__.py`` of each provider and locale package it uses must exist on disk; the
code itself is imported from the PYZ archive like any other module.

The list is measured, not guessed: a child interpreter creates ``Faker(LOCALE)`` and
reports the ``faker.providers`` modules it imported (fr_FR where Faker has it, the
provider's default locale, usually en_US, where it does not).
"""

from pathlib import Path

from PyInstaller import isolated
from PyInstaller.utils.hooks import get_module_file_attribute

#: The locales CoordApp asks Faker for (coordapp/services/demo/base.py).
LOCALES = ("fr_FR",)


@isolated.decorate
def _loaded_modules(locales):
    import sys

    from faker import Faker

    for locale in locales:
        Faker(locale).name()
    return sorted(name for name in sys.modules if name.startswith("faker"))


_modules = _loaded_modules(LOCALES)
hiddenimports = [name for name in _modules if name.startswith("faker.providers")]

_root = Path(get_module_file_attribute("faker")).parent.parent  # site-packages
datas = []
for _name in hiddenimports:
    _init = _root.joinpath(*_name.split("."), "__init__.py")
    if _init.is_file():  # a package: provider or locale
        datas.append((str(_init), str(Path(*_name.split(".")))))
