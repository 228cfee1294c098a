#!/usr/bin/env python3
"""Compares the schemas of two SQLite databases: tables with their columns (in order: name, type, not null,
default, primary key), foreign keys, indexes with their SQL (predicates included), and _sqlx_migrations
(version, description, checksum). Prints one line per aspect; exits 1 if any differs.

Usage: docs/scripts/compare-schemas.py A.db B.db
"""
import sqlite3
import sys


def facts(path):
    c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tables = {n: [(r[1], r[2].upper(), r[3], r[4], r[5]) for r in c.execute(f"PRAGMA table_info('{n}')")]
              for (n,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'DATABASECHANGELOG%'")}
    fks = {n: sorted(tuple(r[2:]) for r in c.execute(f"PRAGMA foreign_key_list('{n}')")) for n in tables}
    indexes = {n: (t, " ".join(s.split())) for n, t, s in c.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND name NOT LIKE 'tix_%' AND name NOT LIKE 'tia_%'")}
    migrations = list(c.execute("SELECT version, description, hex(checksum) FROM _sqlx_migrations ORDER BY version")) \
        if "_sqlx_migrations" in tables else []
    return {"tables and columns": tables, "foreign keys": fks, "indexes": indexes, "_sqlx_migrations": migrations}


a, b = facts(sys.argv[1]), facts(sys.argv[2])
same = True
for aspect in a:
    equal = a[aspect] == b[aspect]
    same &= equal
    detail = ""
    if not equal and isinstance(a[aspect], dict):
        detail = " (differ: " + ", ".join(sorted(k for k in set(a[aspect]) | set(b[aspect])
                                                  if a[aspect].get(k) != b[aspect].get(k))) + ")"
    print(f"{aspect}: {'equal' if equal else 'DIFFER'}{detail}")
sys.exit(0 if same else 1)
