#!/usr/bin/env python3
"""The storage floor of the push benchmark (bench/run.sh bench_violations).

    python3 bench/violations_baseline.py SRC.db DST.db

Reads from SRC.db (a database the push benchmark has just filled) the traffic stops and the
violation records it pushed (source system BENCH) into memory, then inserts the same rows into
DST.db (a copy taken before the push: same tables, indexes and triggers) with bare prepared
statements (sqlite3 executemany, one transaction per batch of 500 stops as the push commits per
item), the server's pragmas (WAL, synchronous=NORMAL, foreign keys on), and prints
`rows=N seconds=S` (insertion only). No matching, no notice, no summary row: the floor."""
import sqlite3, sys, time

STOP_COLS = "id, owner_unit_id, occurred_at, local_date, place_unit_id, address, latitude, longitude, officer_name, created_at, created_by"
VIOLATION_COLS = ("id, stop_id, owner_unit_id, role, full_name, birth_date, birth_year, sex, personal_id, school_stated, "
                  "person_address, vehicle_kind, plate, code_id, sanction, fine_amount, impounded, report_number, decision_number, "
                  "status, version, local_date, year_month, age_years, age_band, behaviour, legal_code, place_unit_id, source_system, "
                  "external_id, batch_id, created_at, created_by, updated_at, updated_by")


def main():
    src, dst = sys.argv[1:3]
    c = sqlite3.connect(src)
    violations = c.execute(f"SELECT {VIOLATION_COLS} FROM violations WHERE source_system = 'BENCH' ORDER BY id").fetchall()
    stop_ids = sorted({v[1] for v in violations})
    stops = {}
    for i in range(0, len(stop_ids), 900):
        part = stop_ids[i:i + 900]
        for r in c.execute(f"SELECT {STOP_COLS} FROM traffic_stops WHERE id IN ({','.join('?' * len(part))})", part):
            stops[r[0]] = r
    c.close()
    d = sqlite3.connect(dst, isolation_level=None)
    d.execute("PRAGMA journal_mode=WAL")
    d.execute("PRAGMA synchronous=NORMAL")
    d.execute("PRAGMA foreign_keys=ON")
    stop_sql = f"INSERT INTO traffic_stops ({STOP_COLS}) VALUES ({','.join('?' * 11)})"
    v_sql = f"INSERT INTO violations ({VIOLATION_COLS}) VALUES ({','.join('?' * 35)})"
    t0 = time.perf_counter()
    for i in range(0, len(violations), 500):
        part = violations[i:i + 500]
        d.execute("BEGIN")
        d.executemany(stop_sql, [stops[v[1]] for v in part])
        d.executemany(v_sql, part)
        d.execute("COMMIT")
    s = time.perf_counter() - t0
    print(f"rows={len(violations) + len(stops)} seconds={s:.2f}")


if __name__ == "__main__":
    main()
