#!/usr/bin/env python3
"""Generates data/demo/violations.csv: demo violation records from 12/01/2023 to 05/12/2026,
across Decree 100/2019 (until 31/12/2024) and Decree 168/2024 (from 1/1/2025) and the 2025 reform
(the commune police unit CA-X11311 records from 1/7/2025). Most records name a student of the
demo rosters (data/demo/rosters.csv) with every field (the engine matches them), some are typed
loosely (without marks or the middle name, the birth year only: the review queue), some are about
young people on no roster. The code and the sanction follow the age at the date (no sanction
under 14, a warning from 14 to under 16, at most half the adult fine from 16 to under 18).
`outcome` says what the demo does next with the notice: closed_on_time, closed_late, open,
overdue, disputed, withdrawn. Deterministic (fixed seed)."""
import csv, datetime, random, sys, unicodedata

SEED = 20260112
START, END = datetime.date(2023, 1, 12), datetime.date(2026, 12, 5)
REFORM = datetime.date(2025, 7, 1)
rng = random.Random(SEED)

def fold(s):
    s = unicodedata.normalize('NFD', s).replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn').upper()

def school_year(d):
    y = d.year if d.month >= 9 else d.year - 1
    return f'{y}-{y + 1}'

def age_at(birth, d):
    b = datetime.date.fromisoformat(birth)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))

SCHOOL_NAMES = {'03002': 'THPT Hồng Bàng', '03007': 'THPT Ngô Quyền', 'S-11305-THCS': 'THCS Thượng Lý'}
STREETS = ['Ngã tư Hoàng Văn Thụ', 'Đường Hùng Vương', 'Cổng trường, đường Tôn Đức Thắng', 'Ngã tư Lạch Tray',
           'Đường Hà Nội', 'Cầu Quay', 'Đường Bạch Đằng', 'Ngã ba Thượng Lý']
OFFICERS = ['Trung úy Nguyễn Văn Bình', 'Thiếu úy Lê Thị Hoa', 'Thượng úy Phạm Quang Huy', 'Đại úy Vũ Minh Tâm']
STRANGERS = ['Nguyễn Văn Tèo', 'Trần Minh Khôi', 'Lê Thị Mỹ Duyên', 'Phạm Gia Bảo', 'Đỗ Quốc Việt', 'Hoàng Anh Thư']

def offence(d, age):
    """(decree, code, sanction, fine) for a rider of `age` on `d`."""
    new = d >= datetime.date(2025, 1, 1)
    if age < 14:
        return ('ND168', '7.2.h', 'none', '') if new else ('ND100', '6.2.i', 'none', '')
    if age < 16:
        if rng.random() < 0.4:
            return ('ND168', '18.1', 'warning', '') if new else ('ND100', '21.1', 'warning', '')
        return ('ND168', '7.2.h', 'warning', '') if new else ('ND100', '6.2.i', 'warning', '')
    k = 1 if age >= 18 else 2  # from 16 to under 18: at most half the adult fine
    if rng.random() < 0.2:
        return ('ND168', '7.7.c', 'fine', str(4000000 // k)) if new else ('ND100', '6.4.e', 'fine', str(600000 // k))
    return ('ND168', '7.2.h', 'fine', str(400000 // k)) if new else ('ND100', '6.2.i', 'fine', str(200000 // k))

def outcome(d):
    days = (END - d).days
    if rng.random() < 0.03:
        return 'withdrawn'
    if days < 8:
        return 'open'
    if days < 40:
        return rng.choice(['open', 'overdue', 'closed_on_time'])
    r = rng.random()
    return 'closed_on_time' if r < 0.8 else 'closed_late' if r < 0.92 else 'disputed' if r < 0.97 else 'overdue'

def main(out_path):
    roster = list(csv.DictReader(open('data/demo/rosters.csv', encoding='utf-8')))
    by_year = {}
    for r in roster:
        by_year.setdefault(r['school_year'], []).append(r)
    rows = []
    d = START
    while d <= END:
        month_end = (d.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
        n = rng.randint(5, 9)
        for _ in range(n):
            day = d + datetime.timedelta(days=rng.randint(0, (min(month_end, END) - d).days))
            if day.weekday() == 6:
                day -= datetime.timedelta(days=1)
            if day < START:
                day = START
            t = f'{rng.randint(6, 18):02d}:{rng.choice(["05", "15", "30", "45", "50"])}'
            owner = 'CAHP-CSGT' if day < REFORM or rng.random() < 0.5 else 'CA-X11311'
            place = 'CA-X11311' if day >= REFORM else ''
            pool = [s for s in by_year.get(school_year(day), [])]
            kind = rng.random()
            rec = {'owner_code': owner, 'occurred_at': f'{day.isoformat()}T{t}', 'place_code': place,
                   'address': rng.choice(STREETS), 'officer_name': rng.choice(OFFICERS), 'role': 'rider',
                   'full_name': '', 'birth_date': '', 'birth_year': '', 'personal_id': '', 'school_stated': '',
                   'vehicle_kind': 'Xe máy', 'decree': '', 'code': '', 'sanction': '', 'fine_amount': '', 'outcome': ''}
            if pool and kind < 0.82:
                s = rng.choice(pool)
                if kind < 0.7:  # every field
                    age = age_at(s['birth_date'], day)
                    rec.update(full_name=s['full_name'], birth_date=s['birth_date'], personal_id=s['personal_id'] if rng.random() < 0.6 else '',
                               school_stated=SCHOOL_NAMES[s['school_code']])
                else:  # typed loosely: no marks, no middle name, the birth year only (the age is its lower bound)
                    age = day.year - int(s['birth_date'][:4]) - 1
                    words = fold(s['full_name']).split()
                    rec.update(full_name=f'{words[0]} {words[-1]}', birth_year=s['birth_date'][:4])
                rec['decree'], rec['code'], rec['sanction'], rec['fine_amount'] = offence(day, age)
                rec['outcome'] = outcome(day)
            else:
                year = day.year - rng.randint(15, 17)
                rec.update(full_name=rng.choice(STRANGERS), birth_year=str(year))
                age = day.year - year - 1
                rec['decree'], rec['code'], rec['sanction'], rec['fine_amount'] = offence(day, age)
                rec['outcome'] = 'none'
            rows.append(rec)
        d = month_end + datetime.timedelta(days=1)
    # Namesakes: loose records (given name and birth year shared by students of two schools) in
    # the last weeks, which wait in the review queue of the Department.
    year_pool = by_year[school_year(END)]
    key = lambda x: (fold(x['full_name']).split()[-1], x['birth_date'][:4])
    groups = {}
    for x in year_pool:
        groups.setdefault(key(x), []).append(x)
    shared = [g for g in groups.values() if len({x['school_code'] for x in g}) > 1]
    for i, g in enumerate(shared[:8]):
        s = g[0]
        day = END - datetime.timedelta(days=3 + 5 * i)
        words = fold(s['full_name']).split()
        age = day.year - int(s['birth_date'][:4]) - 1
        rec = {'owner_code': 'CA-X11311', 'occurred_at': f'{day.isoformat()}T{7 + i % 10:02d}:20', 'place_code': 'CA-X11311',
               'address': rng.choice(STREETS), 'officer_name': rng.choice(OFFICERS), 'role': 'rider',
               'full_name': f'{words[0]} {words[-1]}', 'birth_date': '', 'birth_year': s['birth_date'][:4],
               'personal_id': '', 'school_stated': '', 'vehicle_kind': 'Xe đạp điện', 'decree': '', 'code': '', 'sanction': '',
               'fine_amount': '', 'outcome': 'open'}
        rec['decree'], rec['code'], rec['sanction'], rec['fine_amount'] = offence(day, age)
        rows.append(rec)
    rows.sort(key=lambda r: r['occurred_at'])
    with open(out_path, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator='\n')
        w.writeheader()
        w.writerows(rows)
    print(f'{len(rows)} records', file=sys.stderr)

CAUSES = ['Đi sai làn đường', 'Không chú ý quan sát', 'Vượt đèn đỏ', 'Đi quá tốc độ', 'Chở quá số người quy định',
          'Đường trơn trượt do mưa']
VEHICLES = ['Xe đạp điện va chạm xe máy', 'Xe máy va chạm xe ô tô con', 'Xe đạp va chạm xe máy',
            'Xe máy tự ngã', 'Xe máy điện va chạm xe tải']

def accidents(out_path):
    """data/demo/accidents.csv: about one accident a month, each with one to three young people:
    students of the demo rosters (typed with name and birth date: the engine links them) or
    young people on no roster."""
    roster = list(csv.DictReader(open('data/demo/rosters.csv', encoding='utf-8')))
    by_year = {}
    for r in roster:
        by_year.setdefault(r['school_year'], []).append(r)
    rows = []
    d = START
    n = 0
    while d <= END:
        if rng.random() < 0.7:
            day = d + datetime.timedelta(days=rng.randint(0, 26))
            if day > END:
                break
            n += 1
            owner = 'CAHP-CSGT' if day < REFORM or rng.random() < 0.5 else 'CA-X11311'
            place = 'CA-X11311' if day >= REFORM else ''
            pool = by_year.get(school_year(day), [])
            when = f'{day.isoformat()}T{rng.randint(6, 19):02d}:{rng.choice(["10", "25", "40", "55"])}'
            where, what, why = rng.choice(STREETS), rng.choice(VEHICLES), rng.choice(CAUSES)
            for k in range(rng.randint(1, 3)):
                r = rng.random()
                outcome = 'death' if r < 0.05 else 'injury' if r < 0.75 else 'unhurt'
                if pool and rng.random() < 0.75:
                    s = rng.choice(pool)
                    name, birth, year = s['full_name'], s['birth_date'], ''
                else:
                    name, birth, year = rng.choice(STRANGERS), '', str(day.year - rng.randint(12, 17))
                rows.append({'ref': f'TN{n:03d}', 'owner_code': owner, 'occurred_at': when,
                             'place_code': place, 'address': where, 'vehicles': what, 'cause': why,
                             'full_name': name, 'birth_date': birth, 'birth_year': year, 'outcome': outcome})
        d = (d.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    with open(out_path, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator='\n')
        w.writeheader()
        w.writerows(rows)
    print(f'{n} accidents', file=sys.stderr)

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'data/demo/violations.csv')
    accidents('data/demo/accidents.csv')
