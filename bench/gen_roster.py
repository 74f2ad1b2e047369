#!/usr/bin/env python3
"""Generated school rosters for the roster import benchmark (bench/run.sh bench_roster).

    python3 bench/gen_roster.py DIR --students 1000000 --schools CODE[,CODE...] [--seed 7]
        [--year-start 2025]

Writes DIR/<CODE>.csv for each school (the students split evenly) in the format of
data/import_templates/students.csv (Vietnamese headers, UTF-8): personal id for half of the
students (12 digits, unique, none of the demo data's), full name (realistic frequencies, from gen_match_data.py), birth
date of an upper-secondary student (15 to 17 at the school year's start), sex, class, a guardian
with relation and phone. No two rows of a file share a name (folded) and birth date or an id (the import
refuses such a file). Deterministic for a seed.
"""
import argparse
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_match_data import make_person, strip_marks, weighted, PROVINCES  # noqa: E402

HEADER = "Mã định danh,Họ và tên,Ngày sinh,Giới tính,Lớp,Họ tên cha/mẹ/người giám hộ,Quan hệ,Số điện thoại\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--students", type=int, default=1_000_000)
    ap.add_argument("--schools", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--year-start", type=int, default=2025)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    schools = [s for s in a.schools.split(",") if s]
    os.makedirs(a.dir, exist_ok=True)
    per, extra = divmod(a.students, len(schools))
    serial = {}
    first = dt.date(a.year_start - 17, 9, 6)
    span = (dt.date(a.year_start - 15, 9, 5) - first).days
    for k, code in enumerate(schools):
        n = per + (1 if k < extra else 0)
        seen = set()
        lines = [HEADER]
        for i in range(n):
            while True:
                sex = "Nam" if rng.random() < 0.51 else "Nữ"
                birth = first + dt.timedelta(days=rng.randrange(span))
                name = make_person(rng, sex, birth)
                key = (strip_marks(name).lower(), birth)  # the import compares folded names
                if key not in seen:
                    seen.add(key)
                    break
            pid = ""
            if rng.random() < 0.5:
                prefix = weighted(rng, PROVINCES) + str(2 + (0 if sex == "Nam" else 1)) + f"{birth.year % 100:02d}"
                serial[prefix] = serial.get(prefix, 500000) + 1  # past the demo ids
                pid = prefix + f"{serial[prefix]:06d}"
            grade = 12 - (birth.year - (a.year_start - 17))
            cls = f"{grade}A{rng.randrange(1, 13)}"
            fam = name.split()[0]
            rel, gname = ("Cha", make_person(rng, "Nam", birth).split()) if rng.random() < 0.6 else ("Mẹ", make_person(rng, "Nữ", birth).split())
            if rel == "Cha":
                gname[0] = fam
            phone = "09" + f"{rng.randrange(10**8):08d}"
            lines.append(f"{pid},{name},{birth.day:02d}/{birth.month:02d}/{birth.year},{sex},{cls},{' '.join(gname)},{rel},{phone}\n")
        with open(os.path.join(a.dir, f"{code}.csv"), "w", encoding="utf-8", newline="") as f:
            f.writelines(lines)


if __name__ == "__main__":
    main()
