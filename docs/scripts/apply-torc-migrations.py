#!/usr/bin/env python3
"""Applies migration folders to a SQLite database the way sqlx (Torc's migration runner) does: every
VERSION_name.up.sql not yet recorded in _sqlx_migrations, in version order (the first of a version wins across
folders), each in one transaction with foreign_keys on, recorded with its SHA-384 checksum. A database that does
not exist is created (then every migration runs). What Torc's server does at start-up, for rehearsals and for
comparing torc-index's schemas with the ones Torc's migrations build.

Usage: docs/scripts/apply-torc-migrations.py DB MIGRATIONS_DIR [MORE_DIRS...]
(the migrations come from Torc's own repository; they are not part of torc-index)
"""
import glob
import hashlib
import os
import sqlite3
import sys
import time

db, dirs = sys.argv[1], sys.argv[2:]
c = sqlite3.connect(db, isolation_level=None)
c.execute("PRAGMA foreign_keys = ON")
c.execute("PRAGMA journal_mode = WAL")
c.execute("CREATE TABLE IF NOT EXISTS _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, "
          "installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL, "
          "checksum BLOB NOT NULL, execution_time BIGINT NOT NULL)")
done = {v for (v,) in c.execute("SELECT version FROM _sqlx_migrations WHERE success")}
files = {}
for d in dirs:
    for f in glob.glob(os.path.join(d, "*.up.sql")):
        files.setdefault(int(os.path.basename(f).split("_")[0]), f)
applied = 0
for version in sorted(files):
    if version in done:
        continue
    name = os.path.basename(files[version])
    sql = open(files[version], "rb").read()
    start = time.time()
    c.executescript("BEGIN;\n" + sql.decode() + "\n;COMMIT;")
    c.execute("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
              "VALUES (?, ?, 1, ?, ?)", (version, name[len(str(version)) + 1:-len(".up.sql")].replace("_", " "),
                                         hashlib.sha384(sql).digest(), int((time.time() - start) * 1e9)))
    applied += 1
print(f"{applied} migrations applied, newest {max(files)}")
