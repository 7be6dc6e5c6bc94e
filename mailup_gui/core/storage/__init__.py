"""Files on disk: atomic writes, damaged files set aside, the SQLite store base, settings.

The lowest layer of core: it imports no other core package.
"""
