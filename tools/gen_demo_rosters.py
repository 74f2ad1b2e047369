#!/usr/bin/env python3
"""Generates data/demo/rosters.csv: the demo rosters of the schools that have demo accounts
(03002 and 03007, THPT; S-11305-THCS under VHXH-11311) for the school years 2022-2023 to
2026-2027. Deterministic (fixed seed): run it again and the file is the same. A student keeps
their identity across years (class grade + 1 each year; the last grade leaves, a new first grade
enters), and a few students move between 03002 and 03007. Names are invented from common
Vietnamese family, middle and given names; personal ids are fictitious (prefix 031 = Hải Phòng,
then sex/century digit, year of birth, and a sequence)."""
import csv, random, sys

SEED = 20251
YEARS = ['2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027']
SCHOOLS = [  # code, level, first grade, last grade, classes per grade, students per class
    ('03002', 'upper_secondary', 10, 12, 2, 8),
    ('03007', 'upper_secondary', 10, 12, 2, 8),
    ('S-11305-THCS', 'lower_secondary', 6, 9, 2, 7),
]
FAMILY = [('Nguyễn', 38), ('Trần', 11), ('Lê', 9), ('Phạm', 7), ('Hoàng', 5), ('Vũ', 4), ('Phan', 4),
          ('Đặng', 2), ('Bùi', 2), ('Đỗ', 2), ('Hồ', 1), ('Ngô', 1), ('Dương', 1), ('Lý', 1), ('Đào', 1)]
MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Gia', 'Anh', 'Tuấn', 'Xuân']
MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Minh', 'Thanh', 'Phương', 'Khánh', 'Bảo', 'Hải', 'Kim']
GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hoàng', 'Huy', 'Khang', 'Khoa', 'Long',
           'Minh', 'Nam', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Thắng', 'Trung', 'Tùng', 'Vinh']
GIVEN_F = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'My',
           'Ngân', 'Ngọc', 'Nhung', 'Phương', 'Quỳnh', 'Thảo', 'Trang', 'Uyên', 'Vy', 'Yến']

rng = random.Random(SEED)
seq = [0]

def family():
    names, weights = zip(*FAMILY)
    return rng.choices(names, weights)[0]

def new_student(grade, first_year):
    male = rng.random() < 0.5
    fam = family()
    name = f"{fam} {rng.choice(MIDDLE_M if male else MIDDLE_F)} {rng.choice(GIVEN_M if male else GIVEN_F)}"
    # Age at the start of the school year: grade + 5 (grade 1 at 6), a few a year older.
    birth_year = first_year - (grade + 5) - (1 if rng.random() < 0.05 else 0)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if month >= 9:  # born after 5 September: still the age of the cohort
        birth_year -= 0
    seq[0] += 1
    pid = f"031{2 if male else 3}{birth_year % 100:02d}{seq[0]:06d}" if rng.random() < 0.7 else ''
    parent_male = rng.random() < 0.5
    pname = f"{fam} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}" if parent_male else \
        f"{family()} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}"
    phone = '09' + ''.join(str(rng.randint(0, 9)) for _ in range(8))
    return {'personal_id': pid, 'full_name': name, 'birth_date': f"{birth_year}-{month:02d}-{day:02d}",
            'sex': 'Nam' if male else 'Nữ', 'guardian_name': pname,
            'guardian_relation': 'Cha' if parent_male else 'Mẹ', 'guardian_phone': phone, 'grade': grade}

def main(out):
    rosters = {code: [] for code, *_ in SCHOOLS}
    rows = []
    for yi, year in enumerate(YEARS):
        first_year = int(year[:4])
        for code, level, g0, g1, classes, per_class in SCHOOLS:
            roster = [s for s in rosters[code] if s['grade'] < g1]
            for s in roster:
                s['grade'] += 1
            if yi == 0:
                roster = [new_student(g, first_year) for g in range(g0, g1 + 1) for _ in range(classes * per_class)]
            else:
                roster += [new_student(g0, first_year) for _ in range(classes * per_class)]
            rosters[code] = roster
        # Movers: from the second year on, two students of grade 11 change THPT school each way.
        if yi > 0:
            a = [s for s in rosters['03002'] if s['grade'] == 11][:2]
            b = [s for s in rosters['03007'] if s['grade'] == 11][:1]
            for s in a + b:  # a mover is known by their personal id at the new school
                if not s['personal_id']:
                    seq[0] += 1
                    s['personal_id'] = f"0312{int(s['birth_date'][2:4]):02d}{seq[0]:06d}"
            for s in a:
                rosters['03002'].remove(s); rosters['03007'].append(s)
            for s in b:
                rosters['03007'].remove(s); rosters['03002'].append(s)
        for code, level, g0, g1, classes, per_class in SCHOOLS:
            by_grade = {}
            for s in rosters[code]:
                by_grade.setdefault(s['grade'], []).append(s)
            for g, ss in sorted(by_grade.items()):
                for i, s in enumerate(ss):
                    cls = f"{g}A{i % classes + 1}"
                    rows.append([code, level, year, s['personal_id'], s['full_name'], s['birth_date'], s['sex'],
                                 cls, s['guardian_name'], s['guardian_relation'], s['guardian_phone']])
    with open(out, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['school_code', 'level', 'school_year', 'personal_id', 'full_name', 'birth_date', 'sex',
                    'class_name', 'guardian_name', 'guardian_relation', 'guardian_phone'])
        w.writerows(rows)

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'data/demo/rosters.csv')
