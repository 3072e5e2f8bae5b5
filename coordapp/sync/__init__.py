"""Sync without a server: signed, encrypted bundles and a lossless field-level merge.

Modules: ``format`` (the ``.coordbundle`` file and its limits), ``keys`` (device keys,
peer roster), ``ops`` (operations, their text form and causality), ``fold`` (a record as
a fold of its operations), ``merge`` (writing the fold to the database), ``importer``
(one verified bundle in one transaction), ``select`` (what goes in a bundle), ``context``
(version vectors of local writes), ``conflicts`` (review and resolution), ``errors``
(one refusal, one French sentence). Use cases live in ``coordapp.services.sync.bundles``.
"""
