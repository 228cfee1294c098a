#!/usr/bin/env bash
# Runs every bad input of docs/reliability.md against the jar and prints the table's rows: the command, its
# exit code, the first line it printed, and whether the files it was pointed at are byte for byte unchanged.
# Usage: docs/scripts/bad-inputs.sh   (needs python3 for the fixtures; root for the full-disk row, which mounts a
# small tmpfs; builds the jar first if needed)
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
"$root/torc-index" --version >/dev/null || exit 4
jar="$root/cli/target/torc-index.jar"
DIR=$(mktemp -d); cd "$DIR"
ti() { java -jar "$jar" "$@"; }

# Fixtures
ti init --db good.db >/dev/null
ti generate --out gen.db --workflows 2 --jobs 2000 --quiet >/dev/null
mkdir rodir outdir; : > empty.db; echo "hello" > text.db; mkfifo fifo
head -c 3000 good.db > truncated.db
cp good.db corrupt.db; python3 - <<'PY'
import sqlite3
f=open('corrupt.db','r+b'); f.seek(4096*3); f.write(b'\xff'*4096); f.close()
c=sqlite3.connect('other.db'); c.execute('create table invoice(id)'); c.commit()
PY
cp good.db missingtable.db; python3 -c "import sqlite3; c=sqlite3.connect('missingtable.db'); c.execute('PRAGMA foreign_keys=OFF'); c.execute('drop table event'); c.commit()"
cp good.db ro.db; chmod a-w ro.db
cp good.db stale.db; python3 -c "import sqlite3; c=sqlite3.connect('stale.db'); c.execute(\"UPDATE DATABASECHANGELOGLOCK SET LOCKED=1, LOCKGRANTED='2026-11-26 10:00:00', LOCKEDBY='crashed-host (10.0.0.9)' WHERE ID=1\"); c.commit()"
cp good.db locked.db; python3 -c "import sqlite3; sqlite3.connect('locked.db').execute('PRAGMA journal_mode=DELETE')"
python3 -c "
import sqlite3,time
c=sqlite3.connect('locked.db', isolation_level=None); c.execute('BEGIN EXCLUSIVE'); open('locked.ready','w').close(); time.sleep(60)" &
locker=$!
while [ ! -e locked.ready ]; do sleep 0.1; done
cat > rebuild.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
  <changeSet id="drop-col" author="ops"><dropColumn tableName="job" columnName="command"/></changeSet>
</databaseChangeLog>
XML
sed 's#<changeSet id="drop-col" author="ops"><dropColumn tableName="job" columnName="command"/></changeSet>#<changeSet id="tidy" author="ops"><sql>DELETE FROM result</sql></changeSet>#' rebuild.xml > delete.xml
printf -- '-- name: a\nSELEC 1;\n' > syntax.sql
touch advice.xml

row() {  # row "what" file-to-check -- command...
  local what=$1 file=$2; shift 3
  local before="" after
  [ -f "$file" ] && before=$(sha256sum "$file" | cut -c1-64)
  ti "$@" > out.txt 2> err.txt; local code=$?
  [ -f "$file" ] && after=$(sha256sum "$file" | cut -c1-64)
  local msg; msg=$(head -n 1 err.txt)
  # A finding (exit 1) is in the report: show the failing statement and why, not the report's header.
  [ -z "$msg" ] && msg=$(grep -A1 -m1 '^FAIL' out.txt | tr -s ' \n' ' ')
  [ -z "$msg" ] && msg=$(head -n 1 out.txt)
  local same="unchanged"; [ "$before" != "${after:-}" ] && same="CHANGED"
  [ -z "$before" ] && same="-"
  printf '| %s | `torc-index %s` | %s | %s | %s |\n' "$what" "$*" "$code" "${msg//$DIR/DIR}" "$same"
}

echo "| bad input | command | exit | message (first line) | file |"
echo "|---|---|---:|---|---|"
row "missing database file" nope.db -- status --db nope.db
row "directory instead of a file" rodir -- status --db rodir
row "a device" /dev/null -- status --db /dev/null
row "empty file" empty.db -- migrate --db empty.db
row "not an SQLite file" text.db -- migrate --db text.db
row "truncated SQLite file" truncated.db -- migrate --db truncated.db
row "corrupted pages" corrupt.db -- migrate --db corrupt.db
row "SQLite database of another application" other.db -- migrate --db other.db
row "Torc database with a missing table" missingtable.db -- migrate --db missingtable.db
row "read-only database file" ro.db -- migrate --db ro.db
row "database locked by another writer" locked.db -- migrate --db locked.db --to 1 --busy-timeout 500
row "verify on a locked database" locked.db -- verify --db locked.db --busy-timeout 200
row "advise on a locked database" locked.db -- advise --db locked.db --busy-timeout 200
row "stale Liquibase lock of another host" stale.db -- migrate --db stale.db --to 2
row "level out of range" good.db -- migrate --db good.db --to 7
row "level far out of range" good.db -- migrate --db good.db --to 4294967297
row "negative level" good.db -- rollback --db good.db --to -1
row "level not a number" good.db -- migrate --db good.db --to three
row "an option given twice" good.db -- migrate --db good.db --db other.db
row "a level given twice" good.db -- migrate --db good.db --to 3 --to 1
row "advise --markdown (removed: the text report is Markdown)" good.db -- advise --db good.db --markdown
row "unknown command" good.db -- frobnicate
row "catalog: missing source tree" good.db -- catalog --from-source nope-src
row "catalog: --out is an existing file" advice.xml -- catalog --from-source nope-src --out advice.xml
row "verify: query log that does not exist" good.db -- verify --db good.db --queries-from-log nope.log
row "verify: both --queries and --queries-from-log" good.db -- verify --db good.db --queries syntax.sql --queries-from-log nope.log
row "verify: a database given as the query log" good.db -- verify --db good.db --queries-from-log good.db
row "advise: --max-indexes not a number" good.db -- advise --db good.db --max-indexes many
row "report: --out inside a file" advice.xml -- report --in nope-run --out advice.xml/report
row "compare: --with database missing" good.db -- compare --db good.db --with nope.db
row "unknown option" good.db -- status --db good.db --bogus
row "missing required option" good.db -- rollback --db good.db
row "empty --db" good.db -- status --db ""
row "stray argument" good.db -- migrate --db good.db --to 2 extra
row "init over an existing file" good.db -- init --db good.db
row "init with a trailing slash" good.db -- init --db newdir/
row "generate: --out is a device (even with --force)" /dev/null -- generate --out /dev/null --force --workflows 1 --jobs 10
row "generate: --out is a fifo (even with --force)" fifo -- generate --out fifo --force --workflows 1 --jobs 10
row "generate: --out is a folder (even with --force)" outdir -- generate --out outdir --force --workflows 1
row "generate: --out ends with a slash" good.db -- generate --out newdir/ --workflows 1
row "generate: existing --out" good.db -- generate --out good.db --workflows 1
row "generate: more than the disk holds" good.db -- generate --out g.db --workflows 1000000 --jobs 10000
row "query file: syntax error" good.db -- verify --db good.db --queries syntax.sql
row "apply: a changelog that would rebuild a table" gen.db -- apply --db gen.db --changelog rebuild.xml
row "apply: a changelog that deletes rows" gen.db -- apply --db gen.db --changelog delete.xml
row "apply --dry-run of it (refused the same way)" gen.db -- apply --db gen.db --changelog delete.xml --dry-run
row "apply: changelog missing" gen.db -- apply --db gen.db --changelog none.xml
row "advise: --changelog file exists" gen.db -- advise --db gen.db --changelog advice.xml
kill $locker 2>/dev/null; wait $locker 2>/dev/null

if [ "$(id -u)" = 0 ] && mkdir small && mount -t tmpfs -o size=8m tmpfs small 2>/dev/null; then
  cp gen.db small/torc.db
  free=$(df --output=avail -B1 small | tail -1); size=$(stat -c %s small/torc.db)
  head -c $(( free - size / 2 )) /dev/zero > small/filler 2>/dev/null
  row "no room for the backup" small/torc.db -- migrate --db small/torc.db
  rm small/filler; free=$(df --output=avail -B1 small | tail -1)
  head -c $(( free - 65536 )) /dev/zero > small/filler 2>/dev/null
  row "disk full while building an index" small/torc.db -- migrate --db small/torc.db --no-backup
  ls small | grep -q partial && echo "| (a partial file was left in small/) | | | | CHANGED |"
  umount small
fi
rm -rf "$DIR"
