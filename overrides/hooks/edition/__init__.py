"""The edition's build logic as plain functions, independent of MkDocs.

The hooks in ``overrides/hooks/`` are thin adapters that call into this package; the tests
in ``tests/unit`` call it directly.
"""
