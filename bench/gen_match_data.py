#!/usr/bin/env python3
"""Generated benchmark for `atgt match` (issue 11): a roster of Hai Phong students and police
records about them, with the noise police records carry, and the truth.

    python3 bench/gen_match_data.py OUTDIR [--seed 11] [--students 200000] [--records 20000]
                                          [--noise default|heavy|light] [--year 2025]

Writes OUTDIR/roster.csv, OUTDIR/records.csv and OUTDIR/truth.csv (record_id, student_id or
empty). Python 3 standard library only; the same arguments always give the same bytes.

School names are the real THPT/centre list and real commune names of Hai Phong and Hai Duong
(/work/shared/data/haiphong, copied under data/reference when present). Name frequencies follow
published Vietnamese surname shares (Nguyễn about 38%, the six commonest above 75%) and a long
tail of given names. The noise rates below are this generator's own guesses; the engine does not
read them (its weights are priors in server/domain/match_engine.cpp and roster frequencies), and
--noise heavy/light move every rate so that a run can check the engine is not tuned to one mix.
"""
import argparse
import csv
import datetime as dt
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIRS = [os.path.join(HERE, "..", "data", "reference", "haiphong"), "/work/shared/data/haiphong"]

FAMILY = [  # share in per cent (Vietnamese surname studies; Hoàng/Huỳnh and Vũ/Võ split north/south)
    ("Nguyễn", 38.0), ("Trần", 11.0), ("Lê", 9.5), ("Phạm", 7.1), ("Hoàng", 4.0), ("Huỳnh", 1.1),
    ("Vũ", 3.4), ("Võ", 0.6), ("Phan", 4.5), ("Trương", 1.3), ("Bùi", 2.0), ("Đặng", 2.1),
    ("Đỗ", 1.4), ("Ngô", 1.3), ("Hồ", 1.3), ("Dương", 1.0), ("Đinh", 0.9), ("Đoàn", 0.7),
    ("Lý", 0.5), ("Lương", 0.5), ("Mai", 0.5), ("Cao", 0.5), ("Trịnh", 0.5), ("Tạ", 0.3),
    ("Lưu", 0.3), ("Hà", 0.4), ("Vương", 0.2), ("Tô", 0.3), ("Quách", 0.1), ("Khúc", 0.1),
    ("Nghiêm", 0.1), ("Phùng", 0.3), ("Kiều", 0.1), ("Lã", 0.1), ("Mạc", 0.1), ("Thái", 0.1),
    ("Chu", 0.2), ("Văn", 0.1), ("Đào", 0.4), ("Triệu", 0.1), ("Hứa", 0.1), ("La", 0.1),
    ("Tăng", 0.1), ("Lại", 0.1), ("Đàm", 0.1), ("Nhữ", 0.05), ("Ninh", 0.05), ("Giang", 0.1),
]
MIDDLE_M = [("Văn", 28), ("Đức", 9), ("Minh", 10), ("Quang", 6), ("Hoàng", 4), ("Hữu", 4),
            ("Thành", 3), ("Tuấn", 3), ("Gia", 4), ("Anh", 2), ("Xuân", 2), ("Công", 3),
            ("Mạnh", 2), ("Trung", 2), ("Duy", 3), ("Bảo", 3), ("Đình", 4), ("Tiến", 2),
            ("Thế", 2), ("Ngọc", 2), ("Hải", 2), ("Trọng", 2), ("Nhật", 2), ("Phúc", 1)]
MIDDLE_F = [("Thị", 30), ("Ngọc", 8), ("Thu", 5), ("Thanh", 5), ("Phương", 4), ("Minh", 5),
            ("Khánh", 4), ("Bảo", 4), ("Hải", 2), ("Thùy", 3), ("Mai", 2), ("Quỳnh", 2),
            ("Hồng", 2), ("Kim", 2), ("Diệu", 1), ("Hà", 2), ("Lan", 1), ("Tú", 1), ("Hoài", 1),
            ("Thảo", 1), ("Yến", 1), ("Gia", 2), ("Nhật", 1), ("Như", 2)]
GIVEN_M = ("Anh Minh Huy Nam Hùng Dũng Tuấn Long Đức Thắng Hiếu Khánh Phong Quân Hoàng Trung "
           "Sơn Bình Hải Tùng Việt Đạt Duy Hưng Khoa Kiên Lâm Lộc Mạnh Nghĩa Phúc Quang Tài "
           "Thái Thành Thiện Toàn Trí Tú Vinh Vũ An Bảo Công Cường Định Giang Hậu Hiển Hòa Hợp "
           "Kha Khang Khôi Lực Luân Nhân Ninh Phát Quý Sang Tâm Thịnh Thông Tiến Tín Triết "
           "Tường Uy Văn Vương Chiến Doanh Đông Hào Hiệp Hoà Kỳ Lợi Luật Nhật Phương Quyết "
           "Sỹ Thạch Thuận Tình Trọng Trường Tuệ Vĩ Xuân Đăng Đông Khải Lân Mẫn Nguyên Pháp "
           "Sáng Tâm Thanh Thiên Thống Tri Ước Yên Bách Cảnh Chương Diệu Dương Hạnh Hoan").split()
GIVEN_F = ("Anh Linh Hương Trang Hà Ngọc Mai Lan Thảo Hằng Hoa Huyền Nhung Phương Thủy Yến Vy "
           "Chi Dung Giang Hạnh Hiền Hồng Khánh Ly Loan My Nga Ngân Nhi Oanh Quỳnh Tâm Thư "
           "Thúy Trâm Tuyết Uyên Vân Xuân Ánh Bích Châu Diệp Diệu Duyên Hải Hậu Hòa Hường "
           "Khuê Liên Liễu Luyến Mỹ Nguyệt Nhàn Nhiên Nhung Như Phượng Quyên Sen Tiên Trinh "
           "Tuyền Vi Yên Băng Cúc Đào Gấm Hân Hiên Kiều Lam Lê Lụa Miên Ngà Nhạn Quế Sương "
           "Thắm Thoa Thơ Thục Thương Trà Tú Vân Xoan Ý Diễm Hảo Kim Lệ Nương Phấn Son Thanh").split()
OTHER_SCHOOLS = ["Trường THPT Tiên Du", "THPT Lý Thường Kiệt Hà Nội", "Trường THPT Đông Thụy Anh",
                 "THPT Nguyễn Trãi (Thái Bình)", "Trường THCS Quỳnh Phụ", "THPT Uông Bí", ""]
MIDDLE_SECOND_M = ["Minh", "Đức", "Quang", "Gia", "Tuấn", "Anh", "Bảo", "Hoàng", "Hải", "Nhật"]
MIDDLE_SECOND_F = ["Thu", "Ngọc", "Thanh", "Minh", "Phương", "Khánh", "Bảo", "Hồng", "Mai", "Hà"]
PERSON_NAMES = ["Lê Lợi", "Trần Phú", "Nguyễn Trãi", "Ngô Quyền", "Lý Tự Trọng", "Võ Thị Sáu",
                "Nguyễn Du", "Chu Văn An", "Lê Văn Tám", "Kim Đồng", "Nguyễn Văn Trỗi", "Quang Trung",
                "Hoàng Văn Thụ", "Lê Hồng Phong", "Trần Quốc Toản", "Hai Bà Trưng", "Tô Hiệu",
                "Bạch Đằng", "Đinh Tiên Hoàng", "Lý Thường Kiệt", "Phan Bội Châu", "Lê Quý Đôn"]

NOISE = {  # probabilities per record (the generator's own guesses; see the module comment)
    "default": dict(no_diac=0.45, caps=0.45, spaces=0.10, typo=0.07, drop_middle=0.06,
                    extra_middle=0.02, swap=0.03, telex=0.04, variant=0.35, year_only=0.11,
                    swap_dm=0.03, short_year=0.25, bad_date=0.01, date_typo=0.02, no_id=0.52,
                    id_typo=0.035, no_school=0.15, school_wrong=0.03, school_noise=0.5,
                    plate=0.5, outsider=0.20, hard_outsider=0.4, summer=0.12),
    "heavy": dict(no_diac=0.6, caps=0.6, spaces=0.2, typo=0.12, drop_middle=0.1,
                  extra_middle=0.04, swap=0.06, telex=0.07, variant=0.5, year_only=0.15,
                  swap_dm=0.06, short_year=0.35, bad_date=0.02, date_typo=0.04, no_id=0.6,
                  id_typo=0.05, no_school=0.25, school_wrong=0.05, school_noise=0.7,
                  plate=0.4, outsider=0.22, hard_outsider=0.6, summer=0.2),
    "light": dict(no_diac=0.4, caps=0.3, spaces=0.05, typo=0.03, drop_middle=0.03,
                  extra_middle=0.01, swap=0.01, telex=0.02, variant=0.2, year_only=0.10,
                  swap_dm=0.01, short_year=0.2, bad_date=0.005, date_typo=0.01, no_id=0.5,
                  id_typo=0.03, no_school=0.1, school_wrong=0.02, school_noise=0.3,
                  plate=0.6, outsider=0.2, hard_outsider=0.3, summer=0.1),
}

LEVEL_AGE = {"MN": (3, 5), "TH": (6, 10), "THCS": (11, 14), "THPT": (15, 17), "GDTX": (15, 19),
             "PTNC": (11, 17), "PTDTNT": (11, 17)}
LEVEL_WEIGHT = {"MN": 0.6, "TH": 1.6, "THCS": 1.3, "THPT": 7.0, "GDTX": 2.0, "PTNC": 3.0,
                "PTDTNT": 2.0}
# Who gets a police record: mostly upper-secondary riders.
RECORD_LEVEL = {"THPT": 0.72, "THCS": 0.14, "GDTX": 0.08, "PTNC": 0.04, "PTDTNT": 0.02}


def weighted(rng, items):
    total = sum(w for _, w in items)
    x = rng.random() * total
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


def zipf_list(names, s=1.05):
    return [(n, 1.0 / (i + 1) ** s) for i, n in enumerate(dict.fromkeys(names))]


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


TELEX_VOWEL = {"â": "aa", "ê": "ee", "ô": "oo", "ă": "aw", "ơ": "ow", "ư": "uw", "đ": "dd"}
TELEX_TONE = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def telex(word):
    """The keystrokes of a word typed in Telex with the converter off: 'Nguyễn' -> 'Nguyeenx'."""
    out, tone = [], ""
    for ch in unicodedata.normalize("NFD", word):
        if ch in TELEX_TONE:
            tone = TELEX_TONE[ch]
            continue
        if ch in ("\u0302", "\u0306", "\u031b"):  # circumflex, breve, horn
            base = out.pop()
            key = unicodedata.normalize("NFC", base + ch).lower()
            seq = TELEX_VOWEL.get(key, base)
            out.append(seq if base.islower() else seq[0].upper() + seq[1:])
            continue
        out.append(TELEX_VOWEL["đ"] if ch == "đ" else ("Dd" if ch == "Đ" else ch))
    return "".join(out) + tone


def typo(rng, word):
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word))
    kind = rng.random()
    letters = "abcdeghiklmnopqrstuvxy"
    if kind < 0.35:
        return word[:i] + rng.choice(letters) + word[i + 1:]
    if kind < 0.6:
        return word[:i] + word[i + 1:]
    if kind < 0.8 and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice(letters) + word[i:]


def load_schools(rng, count):
    d = next(p for p in DATA_DIRS if os.path.exists(os.path.join(p, "thpt_schools.csv")))
    schools = []
    for r in csv.DictReader(open(os.path.join(d, "thpt_schools.csv"), encoding="utf-8")):
        kind = r["kind"]
        level = "THPT" if kind.startswith("THPT") else ("GDTX" if "GDTX" in kind else "PTNC")
        name = r["name"]
        schools.append([("Trường " + name) if level != "GDTX" and not name.startswith("Trường") else name, level])
    communes = [r["full_name"].split(" ", 1)[1] if r["full_name"].startswith(("Phường", "Xã"))
                else r["full_name"].replace("Thị trấn ", "")
                for r in csv.DictReader(open(os.path.join(d, "communes_2024.csv"), encoding="utf-8"))]
    rng.shuffle(communes)
    for c in communes:
        for level, label in (("THCS", "THCS"), ("TH", "Tiểu học"), ("MN", "Mầm non")):
            schools.append([f"Trường {label} {c}", level])
    for i in range(6):
        schools.append([f"Trường PTDTNT {rng.choice(communes)}", "PTDTNT"])
    while len(schools) < count:
        level, label = rng.choice([("TH", "Tiểu học"), ("THCS", "THCS"), ("MN", "Mầm non")])
        schools.append([f"Trường {label} {rng.choice(PERSON_NAMES)}", level])
    out = []
    for i, (name, level) in enumerate(schools[:count]):
        out.append(dict(code=f"{i + 1:05d}", name=name, level=level))
    return out


def make_person(rng, gender, birth):
    fam = weighted(rng, FAMILY)
    if gender == "Nam":
        mids = [] if rng.random() < 0.03 else [weighted(rng, MIDDLE_M)]
        if mids and rng.random() < 0.12:
            mids.append(rng.choice(MIDDLE_SECOND_M))
        given = weighted(rng, GIVEN_M_W)
    else:
        mids = [] if rng.random() < 0.02 else [weighted(rng, MIDDLE_F)]
        if mids and rng.random() < 0.2:
            mids.append(rng.choice(MIDDLE_SECOND_F))
        given = weighted(rng, GIVEN_F_W)
    return " ".join([fam] + mids + [given])


GIVEN_M_W = zipf_list(GIVEN_M)
GIVEN_F_W = zipf_list(GIVEN_F)
PROVINCES = [("031", 70), ("030", 18), ("001", 3), ("034", 3), ("022", 2), ("036", 2), ("079", 2)]


def personal_id(rng, gender, birth):
    c = (2 if birth.year >= 2000 else 0) + (0 if gender == "Nam" else 1)
    return weighted(rng, PROVINCES) + str(c) + f"{birth.year % 100:02d}" + f"{rng.randrange(10**6):06d}"


def plate(rng):
    area = rng.choice(["15", "16", "34", "15", "15"])
    return f"{area}{rng.choice('ABCDEFGHKLMNPSTUVXYZ')}{rng.randrange(1, 10)}-{rng.randrange(1000, 99999):05d}"


def rand_birth(rng, year0, level):
    lo, hi = LEVEL_AGE[level]
    age = rng.randint(lo, hi)
    y = year0 - age  # age reached in the calendar year the school year starts
    return dt.date(y, 1, 1) + dt.timedelta(days=rng.randrange(365))


def build_roster(rng, n, year0):
    schools = load_schools(rng, 1600)
    weights = [(i, LEVEL_WEIGHT[s["level"]] * rng.uniform(0.5, 1.5)) for i, s in enumerate(schools)]
    total = sum(w for _, w in weights)
    students = []
    sid = 0
    for i, w in weights:
        s = schools[i]
        k = max(20, int(round(n * w / total)))
        if len(students) + k > n:
            k = n - len(students)
        classes = max(1, k // 38)
        for _ in range(k):
            sid += 1
            gender = "Nam" if rng.random() < 0.52 else "Nữ"
            birth = rand_birth(rng, year0, s["level"])
            age = year0 - birth.year
            grade = {"MN": "Lá", "TH": age - 5, "THCS": age - 5, "THPT": age - 5, "GDTX": min(12, age - 5),
                     "PTNC": age - 5, "PTDTNT": age - 5}[s["level"]]
            cls = f"{grade}A{rng.randrange(1, classes + 1)}" if s["level"] != "MN" else f"Lớp {grade} {rng.randrange(1, 4)}"
            stu = dict(student_id=f"HS{sid:07d}", full_name=make_person(rng, gender, birth),
                       birth=birth, gender=gender, school=i, cls=cls,
                       pid=personal_id(rng, gender, birth) if rng.random() < 0.9 else "",
                       plate=plate(rng) if s["level"] in ("THPT", "GDTX", "PTNC") and rng.random() < 0.22 else "")
            students.append(stu)
        if len(students) >= n:
            break
    while len(students) < n:  # rounding: top up the last schools
        base = rng.choice(students)
        sid += 1
        students.append(dict(base, student_id=f"HS{sid:07d}", full_name=make_person(rng, base["gender"], base["birth"]),
                             pid=personal_id(rng, base["gender"], base["birth"]), plate=""))
    # Homonyms: a child with the same full name and birth date in another school (1%), and
    # twins (same family, birth date and school, another given name) (0.5%).
    for _ in range(n // 100):
        a, b = rng.randrange(n), rng.randrange(n)
        if students[a]["school"] != students[b]["school"]:
            students[b]["full_name"] = students[a]["full_name"]
            students[b]["birth"] = students[a]["birth"]
            students[b]["gender"] = students[a]["gender"]
            if students[b]["pid"]:
                students[b]["pid"] = personal_id(rng, students[b]["gender"], students[b]["birth"])
    for _ in range(n // 200):
        a, b = rng.randrange(n - 1), None
        b = a + 1
        if students[a]["school"] == students[b]["school"]:
            fam = students[a]["full_name"].split()[0]
            students[b]["full_name"] = make_person(rng, students[b]["gender"], None).split(" ", 1)[1]
            students[b]["full_name"] = fam + " " + students[b]["full_name"]
            students[b]["birth"] = students[a]["birth"]
    return schools, students


ABBREV = {"Trung học phổ thông": "THPT", "THPT": "Trung học phổ thông", "THCS": "Trung học cơ sở",
          "Tiểu học": "TH", "Mầm non": "MN"}


def noisy_school(rng, name, noise):
    if rng.random() > noise["school_noise"]:
        return name
    s = name
    r = rng.random()
    if s.startswith("Trường ") and rng.random() < 0.6:
        s = s[len("Trường "):]
    for k, v in ABBREV.items():
        if k in s and rng.random() < 0.3:
            s = s.replace(k, v, 1)
            break
    if r < 0.45:
        s = strip_marks(s)
    if r < 0.2:
        s = s.upper()
    if rng.random() < 0.12:
        words = s.split()
        i = rng.randrange(len(words))
        words[i] = typo(rng, words[i])
        s = " ".join(words)
    if rng.random() < 0.08:  # initials of the proper name: "THPT NBK"
        words = s.split()
        lead = [w for w in words if w.isupper() and len(w) > 1][:1]
        rest = [w for w in words if w not in lead and w.lower() != "trường"]
        if lead and len(rest) >= 2:
            s = lead[0] + " " + "".join(strip_marks(w)[0].upper() for w in rest)
    if rng.random() < 0.05:
        s = "  " + s.replace(" ", "  ") + " "
    return s


def noisy_name(rng, full, noise, stats):
    words = full.split()
    if len(words) >= 3 and rng.random() < noise["drop_middle"]:
        del words[rng.randrange(1, len(words) - 1)]
        stats["drop_middle"] += 1
    elif rng.random() < noise["extra_middle"]:
        words.insert(len(words) - 1, rng.choice(["Văn", "Thị", "Minh", "Ngọc", "Thu", "Đức"]))
        stats["extra_middle"] += 1
    if words[0] in ("Hoàng", "Huỳnh", "Vũ", "Võ") and rng.random() < noise["variant"]:
        words[0] = {"Hoàng": "Huỳnh", "Huỳnh": "Hoàng", "Vũ": "Võ", "Võ": "Vũ"}[words[0]]
        stats["variant"] += 1
    if rng.random() < noise["typo"]:
        i = rng.randrange(len(words))
        words[i] = typo(rng, words[i])
        stats["typo"] += 1
    if rng.random() < noise["swap"]:
        words = words[-1:] + words[:-1] if rng.random() < 0.5 else words[-1:] + words[1:-1] + words[:1]
        stats["swap"] += 1
    if rng.random() < noise["telex"]:
        i = rng.randrange(len(words))
        words[i] = telex(words[i])
        words = [strip_marks(w) for w in words]
        stats["telex"] += 1
    elif rng.random() < noise["no_diac"] / (1 - noise["telex"]):
        words = [strip_marks(w) for w in words]
        stats["no_diac"] += 1
    s = " ".join(words)
    if rng.random() < noise["caps"]:
        s = s.upper()
    if rng.random() < noise["spaces"]:
        s = " " + s.replace(" ", "  ", rng.randrange(1, 3)) + "  "
    return s


def noisy_date(rng, d, noise, stats):
    r = rng.random()
    if r < noise["bad_date"]:
        stats["bad_date"] += 1
        return rng.choice(["", "??", "không rõ", "31/02/" + str(d.year)])
    if r < noise["bad_date"] + noise["year_only"]:
        stats["year_only"] += 1
        return str(d.year)
    day, month, year = d.day, d.month, d.year
    if rng.random() < noise["date_typo"]:
        stats["date_typo"] += 1
        day = min(28, max(1, day + rng.choice([-10, -1, 1, 10])))
    if rng.random() < noise["swap_dm"] and day <= 12:
        day, month = month, day
        stats["swap_dm"] += 1
    short = rng.random() < noise["short_year"]
    yy = f"{year % 100:02d}" if short else str(year)
    f = rng.random()
    if f < 0.45:
        return f"{day:02d}/{month:02d}/{yy}"
    if f < 0.65:
        return f"{day}/{month}/{yy}"
    if f < 0.8:
        return f"{day:02d}-{month:02d}-{yy}"
    if f < 0.9:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{day:02d}.{month:02d}.{yy}"


def mistype_id(rng, pid):
    d = list(pid)
    if rng.random() < 0.6:
        i = rng.randrange(len(d))
        d[i] = str((int(d[i]) + rng.randrange(1, 10)) % 10)
    else:
        i = rng.randrange(len(d) - 1)
        if d[i] == d[i + 1]:
            d[i] = str((int(d[i]) + 1) % 10)
        d[i], d[i + 1] = d[i + 1], d[i]
    return "".join(d)


def noisy_plate(rng, p):
    k = rng.random()
    if k < 0.3:
        return p.replace("-", "").replace(".", "")
    if k < 0.5:
        return p[:2] + "-" + p[2:]
    if k < 0.6:
        return p.lower()
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--students", type=int, default=200000)
    ap.add_argument("--records", type=int, default=20000)
    ap.add_argument("--noise", choices=sorted(NOISE), default="default")
    ap.add_argument("--year", type=int, default=2025, help="the roster's school year starts in it")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    noise = NOISE[a.noise]
    os.makedirs(a.out, exist_ok=True)
    schools, students = build_roster(rng, a.students, a.year)
    by_level = {}
    for i, s in enumerate(students):
        by_level.setdefault(schools[s["school"]]["level"], []).append(i)
    with open(os.path.join(a.out, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["student_id", "full_name", "birth_date", "gender", "school_code", "school_name",
                    "class", "personal_id", "plate"])
        for s in students:
            sc = schools[s["school"]]
            w.writerow([s["student_id"], s["full_name"], s["birth"].isoformat(), s["gender"], sc["code"],
                        sc["name"], s["cls"], s["pid"], s["plate"]])
    stats = {k: 0 for k in ("drop_middle", "extra_middle", "variant", "typo", "swap", "telex", "no_diac",
                            "bad_date", "year_only", "date_typo", "swap_dm", "outsider", "no_id",
                            "id_typo", "no_school", "school_wrong", "plate", "summer")}
    levels = [(lv, w) for lv, w in RECORD_LEVEL.items() if lv in by_level]
    with open(os.path.join(a.out, "records.csv"), "w", newline="", encoding="utf-8") as f, \
            open(os.path.join(a.out, "truth.csv"), "w", newline="", encoding="utf-8") as t:
        w = csv.writer(f, lineterminator="\n")
        tw = csv.writer(t, lineterminator="\n")
        w.writerow(["record_id", "full_name", "birth_date", "school_name", "personal_id", "violation_date",
                    "place", "plate"])
        tw.writerow(["record_id", "student_id"])
        for r in range(a.records):
            rid = f"BB-{a.seed}-{r + 1:06d}"
            if rng.random() < noise["outsider"]:
                stats["outsider"] += 1
                level = weighted(rng, levels)
                if rng.random() < noise["hard_outsider"]:
                    # Someone not on the roster who shares a rostered child's name and birth year
                    # (a sibling-like near miss) or the name and school.
                    src = students[rng.choice(by_level[level])]
                    gender = src["gender"]
                    birth = dt.date(src["birth"].year, 1, 1) + dt.timedelta(days=rng.randrange(365))
                    name = src["full_name"] if rng.random() < 0.5 else make_person(rng, gender, birth)
                    # A child on the roster of its school is on the roster: the near miss
                    # comes from elsewhere (another province's school, or says none).
                    school = rng.choice(OTHER_SCHOOLS) if rng.random() < 0.5 else ""
                else:
                    gender = "Nam" if rng.random() < 0.6 else "Nữ"
                    birth = rand_birth(rng, a.year, level)
                    name = make_person(rng, gender, birth)
                    school = rng.choice([s for s in schools if s["level"] == level])["name"] if rng.random() < 0.5 else ""
                person = dict(student_id="", full_name=name, birth=birth, gender=gender,
                              pid=personal_id(rng, gender, birth) if rng.random() < 0.8 else "", plate=plate(rng) if rng.random() < 0.3 else "",
                              school_name=school)
            else:
                s = students[rng.choice(by_level[weighted(rng, levels)])]
                person = dict(s, school_name=schools[s["school"]]["name"])
                if rng.random() < noise["school_wrong"]:
                    person["school_name"] = rng.choice(schools)["name"]
                    stats["school_wrong"] += 1
            name = noisy_name(rng, person["full_name"], noise, stats)
            birth = noisy_date(rng, person["birth"], noise, stats)
            pid = ""
            if person["pid"] and rng.random() >= noise["no_id"]:
                pid = person["pid"]
                if rng.random() < noise["id_typo"] / (1 - noise["no_id"]):
                    pid = mistype_id(rng, pid)
                    stats["id_typo"] += 1
            else:
                stats["no_id"] += 1
            school = person["school_name"]
            if rng.random() < noise["no_school"]:
                school = ""
                stats["no_school"] += 1
            elif school:
                school = noisy_school(rng, school, noise)
            pl = ""
            if person["plate"] and rng.random() < noise["plate"]:
                pl = noisy_plate(rng, person["plate"])
                stats["plate"] += 1
            if rng.random() < noise["summer"]:
                vd = dt.date(a.year + 1, 6, 1) + dt.timedelta(days=rng.randrange(90))
                stats["summer"] += 1
            else:
                vd = dt.date(a.year, 9, 5) + dt.timedelta(days=rng.randrange(268))
            vfmt = vd.isoformat() if rng.random() < 0.7 else vd.strftime("%d/%m/%Y")
            place = rng.choice(["Ngã tư ", "Cổng trường ", "Đường ", "Nút giao "]) + rng.choice(PERSON_NAMES)
            w.writerow([rid, name, birth, school, pid, vfmt, place, pl])
            tw.writerow([rid, person["student_id"]])
    n = a.records
    print(" ".join(f"{k}={v / n:.3f}" for k, v in stats.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
