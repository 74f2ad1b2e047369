#!/usr/bin/env python3
"""The floor of the roster import benchmark (bench/run.sh bench_roster).

    python3 bench/roster_baseline.py sqlite SRC.db DST.db

Reads, from SRC.db (a database `atgt import students` has just filled), the rows the import wrote
for the benchmark's students — students, their search terms, enrolments and guardians, the
batches `cli:...` — into memory (the "pre-parsed rows"). `sqlite` then inserts the same rows
into DST.db (a copy of SRC.db taken before the import: same tables, indexes, triggers and seed) with
bare prepared statements (sqlite3's executemany, one transaction per school as the import
commits), the same pragmas as the server (WAL, synchronous=NORMAL, foreign keys on), and prints
`rows=N seconds=S` (insertion only).
"""
import sqlite3
import sys
import time

TABLES = [
    ("students", "id, personal_id, full_name, name_fold, birth_date, sex, created_at, updated_at, batch_id",
     "SELECT {cols} FROM students WHERE batch_id LIKE 'cli:%' ORDER BY id"),
    ("search_terms", "entity, entity_id, term",
     "SELECT {cols} FROM search_terms WHERE entity = 'student' AND entity_id IN "
     "(SELECT id FROM students WHERE batch_id LIKE 'cli:%') ORDER BY entity_id"),
    ("student_enrolments", "student_id, unit_id, school_year, class_name, updated_at, batch_id",
     "SELECT {cols} FROM student_enrolments WHERE batch_id LIKE 'cli:%' ORDER BY student_id"),
    ("guardians", "id, student_id, name, relation, phone, batch_id",
     "SELECT {cols} FROM guardians WHERE batch_id LIKE 'cli:%' ORDER BY id"),
]


def load(src):
    c = sqlite3.connect(src)
    out = {}
    for table, cols, sql in TABLES:
        out[table] = c.execute(sql.format(cols=cols)).fetchall()
    # The school of each student, to cut the rows into one transaction per school as the import.
    unit = dict(c.execute("SELECT student_id, unit_id FROM student_enrolments WHERE batch_id LIKE 'cli:%'"))
    c.close()
    return out, unit


def main():
    mode, src, dst = sys.argv[1:4]
    rows, unit = load(src)
    # Group by school (student id -> unit), keeping each table's order.
    def unit_of(table, r):
        if table in ("students",):
            return unit[r[0]]
        if table == "search_terms":
            return unit[r[1]]
        return unit[r[0]] if table == "student_enrolments" else unit[r[1]]
    schools = {}
    for table, _, _ in TABLES:
        for r in rows[table]:
            schools.setdefault(unit_of(table, r), {}).setdefault(table, []).append(r)
    c = sqlite3.connect(dst, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA synchronous=NORMAL")
    c.execute("PRAGMA foreign_keys=ON")
    c.execute("PRAGMA temp_store=MEMORY")
    stmts = {t: f"INSERT INTO {t} ({cols}) VALUES ({', '.join('?' * len(cols.split(',')))})" for t, cols, _ in TABLES}
    t0 = time.perf_counter()
    for _, by_table in schools.items():
        c.execute("BEGIN")
        for table, _, _ in TABLES:
            c.executemany(stmts[table], by_table.get(table, []))
        c.execute("COMMIT")
    t1 = time.perf_counter()
    print(f"rows={sum(len(v) for v in rows.values())} students={len(rows['students'])} seconds={t1 - t0:.3f}")


if __name__ == "__main__":
    main()
