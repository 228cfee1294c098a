#!/usr/bin/env python3
"""The indexes sqlite3's .expert proposes for the read statements of a torc-index catalog.

Usage: expert-indexes.py DATABASE CATALOG.sql > expert.sql

Each statement without a '-- write' line is given to `sqlite3 DATABASE` after `.expert`; the CREATE INDEX
lines it prints are collected, de-duplicated (by definition) and printed, one per line, with a final ';'.
The database is only read (.expert works on an in-memory copy of the schema).
"""
import re
import subprocess
import sys


def statements(text):
    for block in re.split(r'\n(?=-- name: )', text):
        if not block.startswith('-- name: '):
            continue
        lines = block.split('\n')
        directives = [l for l in lines if l.startswith('-- ')]
        if any(l.strip() == '-- write' for l in directives):
            continue
        body = '\n'.join(l for l in lines[1:] if not re.match(r'^-- [a-z-]+:', l) and l.strip() != '-- write')
        sql = body.split(';\n')[0].strip().rstrip(';').strip()
        if sql.upper().startswith(('SELECT', 'WITH')):
            yield lines[0][len('-- name: '):], sql


def main():
    db, catalog = sys.argv[1], sys.argv[2]
    seen = {}
    for name, sql in statements(open(catalog, encoding='utf-8').read()):
        run = subprocess.run(['sqlite3', '-readonly', db], input='.expert\n' + sql + ';\n', capture_output=True,
                             text=True, timeout=300)
        for line in run.stdout.splitlines():
            m = re.match(r'CREATE INDEX (\S+) ON (\S+)\((.*)\);', line.strip())
            if m:
                key = (m.group(2), m.group(3))
                seen.setdefault(key, line.strip())
    for line in seen.values():
        print(line)
    print('-- %d indexes' % len(seen), file=sys.stderr)


if __name__ == '__main__':
    main()
