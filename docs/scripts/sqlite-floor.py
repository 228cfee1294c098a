#!/usr/bin/env python3
"""SQLite's own cost of the rows `torc-index generate` writes: every table of a generated database copied into
an empty copy of its schema with INSERT ... SELECT ... WHERE 1 (row by row, as any loader inserts them, but with
no binding and no row building), then with plain INSERT ... SELECT * (SQLite's transfer optimisation, which
copies records without decoding them), under the generator's settings (journal off, synchronous off, 256 MiB
cache, exclusive locking, one transaction). See docs/generator.md.

Usage: docs/scripts/sqlite-floor.py GENERATED.db SCRATCH_FOLDER
"""
import os
import sqlite3
import sys
import time

src, scratch = sys.argv[1], sys.argv[2]
schema = [r[0] for r in sqlite3.connect(src).execute(
    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
    "AND name NOT LIKE 'DATABASECHANGELOG%' ORDER BY type DESC")]
for mode, where in (("row by row (INSERT ... SELECT ... WHERE 1)", " WHERE 1"), ("transfer (INSERT ... SELECT *)", "")):
    dst = os.path.join(scratch, "sqlite-floor.db")
    if os.path.exists(dst):
        os.remove(dst)
    con = sqlite3.connect(dst, isolation_level=None)
    for p in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-262144", "locking_mode=EXCLUSIVE", "foreign_keys=OFF"):
        con.execute("PRAGMA " + p)
    for s in schema:
        con.execute(s)
    con.execute("ATTACH ? AS s", (src,))
    tables = [r[0] for r in con.execute("SELECT name FROM s.sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'DATABASECHANGELOG%'")]
    con.execute("BEGIN")
    took = {}
    for t in tables:
        t0 = time.time()
        con.execute(f'INSERT INTO main."{t}" SELECT * FROM s."{t}"{where}')
        took[t] = time.time() - t0
    con.execute("COMMIT")
    con.close()
    os.remove(dst)
    top = ", ".join(f"{t} {s * 1000:.0f} ms" for t, s in sorted(took.items(), key=lambda x: -x[1])[:5])
    print(f"{mode}: {sum(took.values()):.2f} s ({top}, ...); SQLite {sqlite3.sqlite_version}")
