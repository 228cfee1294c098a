#!/usr/bin/env python3
"""What one index entry costs a write, in the advisor's unit (one row read).

Usage: write-price.py TORC_DB SCRATCH_FOLDER

Copies TORC_DB (a Torc database with generated workflows; it is only read) into SCRATCH_FOLDER and times, on
the copy, in Torc's own connection settings (WAL, synchronous FULL, as sqlx opens it):
  - a row read by a scan (count of a column no index holds, over the whole `file` table),
  - a row read by a rowid lookup (`file` rows found from `job_output_file`),
  - an index entry written: rows inserted into `file` and status updates of `job`, one row per transaction
    (as Torc's handlers write; synchronous NORMAL there, so that the fsync of every commit, the same with or
    without the index and hundreds of times larger, does not drown the difference) and 20,000 rows in one
    transaction, with and without one more index,
prints each figure (median of 5) and the ratio of an index entry written to a row read.
"""
import os
import shutil
import sqlite3
import statistics
import sys
import time


def median_time(fn, runs=5):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    if len(sys.argv) != 3 or not os.path.isfile(sys.argv[1]) or not os.path.isdir(sys.argv[2]):
        sys.exit("usage: write-price.py TORC_DB SCRATCH_FOLDER (an existing database and folder)")
    source, folder = sys.argv[1], sys.argv[2]
    copy = os.path.join(folder, "write-price.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(copy + suffix):
            os.remove(copy + suffix)
    src = sqlite3.connect("file:" + source + "?mode=ro", uri=True)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()

    db = sqlite3.connect(copy, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    rows = db.execute("SELECT count(*) FROM file").fetchone()[0]
    db.execute("SELECT count(*) FROM file WHERE st_mtime = -1").fetchone()  # warm the cache
    scan = median_time(lambda: db.execute("SELECT count(*) FROM file WHERE st_mtime = -1").fetchone()) / rows
    links = db.execute("SELECT count(*) FROM job_output_file").fetchone()[0]
    lookup_sql = "SELECT count(f.path) FROM job_output_file o CROSS JOIN file f ON f.id = o.file_id"
    db.execute(lookup_sql).fetchone()
    lookup = median_time(lambda: db.execute(lookup_sql).fetchone()) / links
    print(f"SQLite {sqlite3.sqlite_version}; {rows:,} file rows")
    print(f"row read by a scan:   {scan * 1e9:8.1f} ns")
    print(f"row read by a lookup: {lookup * 1e9:8.1f} ns")

    workflow = db.execute("SELECT max(workflow_id) FROM file").fetchone()[0]
    next_id = [db.execute("SELECT max(id) FROM file").fetchone()[0] + 1]

    def insert_files(n, per_transaction):
        def run():
            for start in range(0, n, per_transaction):
                db.execute("BEGIN")
                for i in range(start, min(n, start + per_transaction)):
                    db.execute("INSERT INTO file (id, workflow_id, name, path) VALUES (?, ?, ?, ?)",
                               (next_id[0], workflow, f"new_{next_id[0]}.out",
                                f"/projects/x/run/outputs/stage_{i % 7}/new_{next_id[0]}.out"))
                    next_id[0] += 1
                db.execute("COMMIT")
        return run

    job_ids = [r[0] for r in db.execute("SELECT id FROM job WHERE workflow_id = ? ORDER BY id", (workflow,))]

    def update_jobs(n, per_transaction):
        def run():
            for start in range(0, n, per_transaction):
                db.execute("BEGIN")
                for i in range(start, min(n, start + per_transaction)):
                    db.execute("UPDATE job SET status = ? WHERE id = ?", (2 + i % 4, job_ids[i % len(job_ids)]))
                db.execute("COMMIT")
        return run

    cases = [
        ("insert into file", "CREATE INDEX wp_extra ON file(workflow_id, path)", insert_files),
        ("update job.status", "CREATE INDEX wp_extra ON job(status, workflow_id)", update_jobs),
    ]
    ratios = []
    for label, index_sql, writer in cases:
        for n, per_tx, sync in ((3000, 1, "NORMAL"), (20000, 20000, "FULL")):
            db.execute(f"PRAGMA synchronous={sync}")
            without = median_time(writer(n, per_tx)) / n
            db.execute(index_sql)
            with_index = median_time(writer(n, per_tx)) / n
            db.execute("DROP INDEX wp_extra")
            extra = with_index - without
            ratios.append(extra / scan)
            print(f"{label}, {per_tx:>6} row(s) per transaction (synchronous {sync}): {without * 1e6:8.2f} us a row, "
                  f"{with_index * 1e6:8.2f} us with one more index: {extra * 1e9:9.1f} ns an entry = "
                  f"{extra / scan:7.1f} rows scanned, {extra / lookup:6.1f} lookups")
    db.close()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(copy + suffix):
            os.remove(copy + suffix)
    print(f"index entry written / row scanned: {min(ratios):.1f} to {max(ratios):.1f}")


if __name__ == "__main__":
    main()
