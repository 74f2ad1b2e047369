#!/usr/bin/env python3
"""Violation records for the push benchmark (bench/run.sh bench_violations).

    python3 bench/gen_violation_push.py ROSTER_DIR OUT_DIR --records 100000 [--seed 12]

Reads the rosters written by bench/gen_roster.py (ROSTER_DIR/<school code>.csv) and writes:
  OUT_DIR/items.jsonl   one pushed stop per line (POST /api/v1/violations/push item: one rider)
  OUT_DIR/roster.csv    the same students in the format of `atgt match --roster`
  OUT_DIR/records.csv   the same persons in the format of `atgt match --records`
Persons: 60% a rostered student typed with every field (half with the personal id), 25% typed
loosely (no marks, no middle name, the birth year only), 15% young people on no roster. Every
record: Decree 168 point 7.2.h, no sanction (the age rules are the form's; here every record
passes), a day of September to November 2025. Deterministic for a seed."""
import argparse, csv, datetime as dt, json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_match_data import make_person, strip_marks  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("roster_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out_dir, exist_ok=True)
    students = []
    for name in sorted(os.listdir(a.roster_dir)):
        if not name.endswith(".csv"):
            continue
        code = name[:-4]
        for i, r in enumerate(csv.DictReader(open(os.path.join(a.roster_dir, name), encoding="utf-8"))):
            d, m, y = r["Ngày sinh"].split("/")
            students.append({"id": f"{code}-{i}", "name": r["Họ và tên"], "birth": f"{y}-{m}-{d}", "sex": r["Giới tính"],
                             "pid": r["Mã định danh"], "school": code, "class": r["Lớp"]})
    with open(os.path.join(a.out_dir, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["student_id", "full_name", "birth_date", "gender", "school_code", "school_name", "class", "personal_id", "plate", "school_year"])
        for s in students:
            w.writerow([s["id"], s["name"], s["birth"], s["sex"], s["school"], "", s["class"], s["pid"], "", "2025-2026"])
    start = dt.date(2025, 9, 8)
    with open(os.path.join(a.out_dir, "items.jsonl"), "w", encoding="utf-8") as items, \
         open(os.path.join(a.out_dir, "records.csv"), "w", encoding="utf-8", newline="") as recs:
        w = csv.writer(recs, lineterminator="\n")
        w.writerow(["record_id", "full_name", "birth_date", "school_name", "personal_id", "violation_date", "place", "plate"])
        for i in range(a.records):
            day = start + dt.timedelta(days=rng.randrange(80))
            p = {"role": "rider", "sanction": "none", "decree": "ND168", "code": "7.2.h", "external_id": f"B{i:07d}"}
            r = rng.random()
            birth, pid = "", ""
            if r < 0.85:
                s = rng.choice(students)
                if r < 0.6:
                    p["full_name"], birth = s["name"], s["birth"]
                    p["birth_date"] = birth
                    if s["pid"] and rng.random() < 0.5:
                        pid = p["personal_id"] = s["pid"]
                else:
                    words = strip_marks(s["name"]).upper().split()
                    p["full_name"] = f"{words[0]} {words[-1]}"
                    p["birth_year"] = int(s["birth"][:4])
                    birth = s["birth"][:4]
            else:
                b = dt.date(2009, 1, 1) + dt.timedelta(days=rng.randrange(900))
                p["full_name"] = make_person(rng, "Nam" if rng.random() < 0.5 else "Nữ", b)
                p["birth_year"] = b.year
                birth = str(b.year)
            item = {"occurred_at": f"{day.isoformat()}T{rng.randrange(6, 19):02d}:{rng.randrange(60):02d}", "address": "Điểm kiểm tra thử", "persons": [p]}
            items.write(json.dumps(item, ensure_ascii=False) + "\n")
            w.writerow([p["external_id"], p["full_name"], birth, "", pid, day.isoformat(), "", ""])


if __name__ == "__main__":
    main()
