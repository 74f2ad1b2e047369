#!/usr/bin/env python3
"""Generate the demo organisation data of ATGT Học đường (Hải Phòng).

Reads  data/reference/haiphong/*.csv   (copied from the shared reference data; see its sources.md)
Writes data/org/unit_types.csv, data/org/units.csv, data/org/events.csv, data/org/sources.md

Python 3 standard library only. Deterministic: same input -> byte-identical output.
The output is validated before it is written; any violation -> exit status 1 and nothing written.

Usage:  python3 tools/gen_demo_org.py [--check]   (--check: build and validate, write nothing)
"""
import collections
import csv
import datetime
import io
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = os.path.join(ROOT, "data", "reference", "haiphong")
OUT = os.path.join(ROOT, "data", "org")

# Key dates (valid_to is inclusive; an event date is the first day of the new state).
E2019_CL = "2019-02-28"
S2019_CL = "2019-03-01"   # Chí Linh thị xã -> thành phố (NQ 623/NQ-UBTVQH14), hd_districts_2024.csv
E24 = "2024-12-31"
S25 = "2025-01-01"        # NQ 1232/NQ-UBTVQH15: Thủy Nguyên city, An Dương quận, commune mergers
E_FEB = "2025-02-28"
S_MAR = "2025-03-01"      # district police ended
E_JUN = "2025-06-30"
S_JUL = "2025-07-01"      # two-tier local government; Hải Dương merged into Hải Phòng
ASOF = ("2024-12-31", "2025-12-31")

UNIT_COLS = ["code", "valid_from", "valid_to", "name", "short_name", "type", "parent_code",
             "address", "latitude", "longitude", "phone", "email", "flags", "source", "note", "provenance"]
EVENT_COLS = ["event_id", "date", "kind", "unit_codes", "successor_codes", "partial_codes",
              "flags", "source", "note", "provenance"]
TYPE_COLS = ["code", "name", "side", "level", "sort_order"]

UNIT_TYPES = [
    ("SO_GDDT", "Sở Giáo dục và Đào tạo", "education", "city"),
    ("SO_PHONG", "Phòng/Văn phòng thuộc Sở", "education", "section"),
    ("PHONG_GDDT", "Phòng Giáo dục và Đào tạo cấp huyện", "education", "district"),
    ("PHONG_VHXH", "Phòng Văn hóa - Xã hội cấp xã", "education", "commune"),
    ("MN", "Trường mầm non", "education", "school"),
    ("TH", "Trường tiểu học", "education", "school"),
    ("THCS", "Trường THCS", "education", "school"),
    ("THPT", "Trường THPT", "education", "school"),
    ("PTNC", "Trường phổ thông nhiều cấp", "education", "school"),
    ("GDNN_GDTX", "Trung tâm GDNN-GDTX", "education", "school"),
    ("DV_TRUC_THUOC", "Đơn vị trực thuộc Sở", "education", "school"),
    ("CA_TINH", "Công an cấp tỉnh", "police", "city"),
    ("PHONG_CSGT", "Phòng Cảnh sát giao thông", "police", "section"),
    ("CA_DOI", "Đội thuộc phòng", "police", "section"),
    ("CA_PHONG", "Phòng thuộc Công an cấp tỉnh", "police", "section"),
    ("CA_HUYEN", "Công an cấp huyện", "police", "district"),
    ("CA_XA", "Công an cấp xã", "police", "commune"),
    ("BAN_ATGT", "Ban An toàn giao thông thành phố", "other", "city"),
]
SIDES = {"education", "police", "other"}
LEVELS = {"city", "section", "district", "commune", "school"}
FLAGS = ("demo", "unverified")
EVENT_KINDS = ("create", "rename", "move", "merge", "split", "dissolve")

SRC_NSO = "NSO conversion table via communes_2024.csv/communes_2025.csv (NQ 1669/NQ-UBTVQH15)"
SRC_1232 = "NQ 1232/NQ-UBTVQH15 via districts_2024.csv"
SRC_202 = "NQ 202/2025/QH15 (Hải Dương merged into Hải Phòng 01/07/2025)"
SRC_POL = "police_units.csv (district police ended 01/03/2025: cafef.vn, kenh14.vn)"
SRC_142 = "Decree 142/2025/NĐ-CP (communes oversee MN/TH/THCS)"

# Placement of the sample lower schools whose 2024 commune the sources do not give.
# Each entry: school name -> (2024 district code, hint) ; the generator picks the first 2024 commune
# of that district whose only (whole) successor is the stated 2025 commune, preferring a commune
# whose name shares a word with the school name. The choice is flagged `unverified`.
SAMPLE_DISTRICT_OVERRIDE = {
    # district not stated in the source; a GitHub map file (find_string id 66831484639) places it
    # in quận Lê Chân next to THPT Ngô Quyền (which thpt_schools.csv also puts in Lê Chân).
    "Trường THCS Ngô Quyền": "LC",
}

# Demo lower schools per 2024 district: (MN, TH, THCS) quotas by commune count (samples count).
def demo_quota(n_communes):
    return {"MN": 2 if n_communes >= 10 else 1,
            "TH": 2 if n_communes >= 10 else 1,
            "THCS": 2 if n_communes >= 18 else 1}

LEVEL_NAME = {"MN": "Trường Mầm non", "TH": "Trường Tiểu học", "THCS": "Trường THCS"}
LEVEL_SHORT = {"MN": "MN", "TH": "TH", "THCS": "THCS"}

ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ----------------------------------------------------------------------------- helpers
def nfc(s):
    return unicodedata.normalize("NFC", s or "").strip()


def read_csv(name):
    with open(os.path.join(REF, name), encoding="utf-8", newline="") as f:
        return [{k: nfc(v) for k, v in row.items()} for row in csv.DictReader(f)]


def day(s):
    return datetime.date.fromisoformat(s)


def prev_day(s):
    return (day(s) - datetime.timedelta(days=1)).isoformat()


def next_day(s):
    return (day(s) + datetime.timedelta(days=1)).isoformat()


def source_host(src):
    """Short form of a source cell: host names of its URLs, or its first words."""
    hosts = []
    for h in re.findall(r"https?://(?:www\.)?([^/\s;]+)", src):
        if h not in hosts:
            hosts.append(h)
    return ", ".join(hosts) if hosts else " ".join(src.split()[:3])


def lower_first(s):
    return s[:1].lower() + s[1:]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s):
    return re.sub(r"[^A-Z0-9]+", "-", strip_accents(s).upper()).strip("-")


_OLD_TONE = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
             "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
             "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_OLD_TONE_RE = re.compile("(%s)(?![a-zà-ỹđ])" % "|".join(_OLD_TONE))


def fold(s):
    """Matching key: NFC, lower case, old tone-mark style mapped to the modern one (Hoà == Hòa,
    Thuỷ == Thủy). Other diacritics are kept, so Vũ != Vu and Triều != Triệu."""
    s = nfc(s).lower()
    return _OLD_TONE_RE.sub(lambda mo: _OLD_TONE[mo.group(1)], s)


COMMUNE_PREFIXES = ("Thị trấn ", "Phường ", "Xã ", "Đặc khu ")
DISTRICT_PREFIXES = ("Thành phố ", "Thị xã ", "Quận ", "Huyện ")


def split_prefix(full, prefixes):
    for p in prefixes:
        if full.startswith(p):
            return p.strip().lower(), full[len(p):]
    raise ValueError("no administrative prefix in %r" % full)


def join_flags(*flag_sets):
    got = set()
    for fs in flag_sets:
        if isinstance(fs, str):
            fs = [x for x in fs.split(";") if x]
        got.update(fs)
    return ";".join(f for f in FLAGS if f in got)


# ----------------------------------------------------------------------------- Vietnamese text
# Legal bases and source documents as shown to users (`source` column). Dates only where the
# reference data's sources.md gives them.
VI_1232 = "Nghị quyết số 1232/NQ-UBTVQH15 ngày 24/10/2024 của Ủy ban Thường vụ Quốc hội"
VI_1669 = "Nghị quyết số 1669/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội"
VI_623 = "Nghị quyết số 623/NQ-UBTVQH14 ngày 10/01/2019 của Ủy ban Thường vụ Quốc hội"
VI_202 = "Nghị quyết số 202/2025/QH15 của Quốc hội"
VI_142 = "Nghị định số 142/2025/NĐ-CP của Chính phủ"
VI_GSO = "Danh mục đơn vị hành chính Việt Nam (Tổng cục Thống kê)"
VI_NSO = "Bảng chuyển đổi đơn vị hành chính cấp xã cũ - mới (Cục Thống kê)"
VI_POLICE_END = "Tin bài về việc kết thúc hoạt động của công an cấp huyện từ 01/3/2025 (cafef.vn, kenh14.vn)"
VI_MOET = "Danh mục mã trường THPT của Bộ GD&ĐT (tuyển sinh năm 2015)"
VI_THPT_2014 = "danh sách trường THPT toàn quốc (khoảng năm 2014)"
VI_WEAK = "Danh sách trường trên một ứng dụng học tập (nguồn không chính thức)"
VI_DEMO = "Dữ liệu minh họa"
VI_HOSTS = {
    "congan.haiphong.gov.vn": "Trang thông tin điện tử Công an thành phố Hải Phòng",
    "anhp.vn": "Báo An ninh Hải Phòng (anhp.vn)",
    "thanhnien.vn": "Báo Thanh Niên (thanhnien.vn)",
    "giaoducthoidai.vn": "Báo Giáo dục và Thời đại (giaoducthoidai.vn)",
    "daidoanket.vn": "Báo Đại Đoàn Kết (daidoanket.vn)",
    "haiphong.gov.vn": "Cổng thông tin điện tử thành phố Hải Phòng (haiphong.gov.vn)",
}


def vi_host(host):
    """A web source named in Vietnamese words (the host name kept so it can be found)."""
    if host in VI_HOSTS:
        return VI_HOSTS[host]
    if host.endswith(".haiphong.edu.vn"):
        return "Trang thông tin điện tử trường học (%s)" % host
    return "Tin bài trên %s" % host


def join_vi(items):
    out = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return "; ".join(out)


def join_and(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def join_or(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " hoặc " + items[-1]


def sentence(s):
    s = s.strip()
    if not s:
        return ""
    s = s[:1].upper() + s[1:]
    return s if s.endswith(".") else s + "."


def vdate(iso):
    """01/7/2025, 28/02/2025: two-digit day; month with a leading zero only for January and
    February (the style of Decree 30/2020/NĐ-CP)."""
    d = day(iso)
    return "%02d/%s/%d" % (d.day, ("%02d" % d.month) if d.month < 3 else str(d.month), d.year)


def vi_name(name):
    return name.replace("Sở Giáo dục và Đào tạo", "Sở GD&ĐT").replace("Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT")


# Clauses of reference-data notes left out of `note`: developer remarks (codes, "not verified", the
# brief) and sentences the generated text already says (end of district police, merger into CAHP).
_DEV_CLAUSE = re.compile(r"chưa xác minh|đề bài|quy ước|\bMã\b|chấm dứt hoạt động từ|^Hợp nhất vào|^Tên suy|^chấm dứt \d", re.I)


def clean_vi_note(text):
    """A reference-data note without its developer clauses (codes, 'not verified', the brief)."""
    text = re.sub(r"\(attested ", "(ghi nhận ", text)
    out = []
    for sent in re.split(r"(?<=\.)\s+", text.strip()):
        clauses = [c for c in sent.rstrip(".").split("; ") if c and not _DEV_CLAUSE.search(c)]
        if clauses:
            out.append("; ".join(clauses) + ".")
    return " ".join(out)


# ----------------------------------------------------------------------------- model
class Model:
    def __init__(self):
        self.units = collections.OrderedDict()   # code -> list of version dicts
        self.events = []
        # Vietnamese text for users, set while building (see localise()): code / event_id ->
        # {"note": sentence put before the generated ones, "source": legal basis}. The build
        # itself fills `source` and `note` with the technical record, which becomes `provenance`.
        self.vi_unit = collections.defaultdict(dict)
        self.vi_event = collections.defaultdict(dict)

    def add_unit(self, code, segments, **common):
        """segments: list of (valid_from, valid_to, overrides dict). Adjacent equal segments merge."""
        if code in self.units:
            err("duplicate unit code generated: %s" % code)
            return
        rows = []
        for vf, vt, over in segments:
            row = {c: "" for c in UNIT_COLS}
            row.update(common)
            row.update(over)
            row["code"], row["valid_from"], row["valid_to"] = code, vf, vt
            row["flags"] = join_flags(row["flags"])
            if rows and all(rows[-1][c] == row[c] for c in UNIT_COLS if c not in ("valid_from", "valid_to")) \
                    and rows[-1]["valid_to"] and vf == next_day(rows[-1]["valid_to"]):
                rows[-1]["valid_to"] = vt
                continue
            rows.append(row)
        self.units[code] = rows

    def add_event(self, event_id, date, kind, unit_codes, successor_codes=(), partial_codes=(),
                  flags="", source="", note=""):
        self.events.append({
            "event_id": event_id, "date": date, "kind": kind,
            "unit_codes": ";".join(unit_codes), "successor_codes": ";".join(successor_codes),
            "partial_codes": ";".join(partial_codes), "flags": join_flags(flags),
            "source": source, "note": note})

    def version_changes(self, code, date):
        """(name_changed, parent_changed) for the version of `code` starting on `date`."""
        rows = self.units[code]
        for i, r in enumerate(rows):
            if r["valid_from"] == date and i > 0:
                p = rows[i - 1]
                return p["name"] != r["name"], p["parent_code"] != r["parent_code"]
        return False, False

    def emit_change_events(self, code, flags, source, note_rename="", note_move=""):
        """rename/move events for every version of `code` after the first."""
        rows = self.units[code]
        for i in range(1, len(rows)):
            p, r = rows[i - 1], rows[i]
            d = r["valid_from"]
            if p["name"] != r["name"]:
                self.add_event("%s-rename-%s" % (d, code), d, "rename", [code], flags=flags,
                               source=source,
                               note=note_rename or ("%s -> %s" % (p["name"], r["name"])))
            if p["parent_code"] != r["parent_code"]:
                self.add_event("%s-move-%s" % (d, code), d, "move", [code], flags=flags,
                               source=source,
                               note=note_move or ("parent %s -> %s" % (p["parent_code"], r["parent_code"])))


# ----------------------------------------------------------------------------- load reference
def load():
    ref = {}
    ref["hp_districts"] = read_csv("districts_2024.csv")
    ref["hd_districts"] = read_csv("hd_districts_2024.csv")
    ref["communes_2024"] = read_csv("communes_2024.csv")
    ref["communes_2025"] = read_csv("communes_2025.csv")
    ref["police"] = read_csv("police_units.csv")
    ref["thpt"] = read_csv("thpt_schools.csv")
    ref["samples"] = read_csv("sample_lower_schools.csv")
    return ref


def parse_successors(cell, new_by_name):
    """'Phường A [Nhập một phần] | Xã B' -> [(nso, tag)] ; tag '' = whole transfer."""
    out = []
    for part in [p.strip() for p in cell.split("|") if p.strip()]:
        m = re.match(r"^(.*?)\s*(?:\[(.*)\])?$", part)
        name, tag = m.group(1).strip(), (m.group(2) or "").strip()
        key = fold(name)
        if key not in new_by_name:
            err("successor %r not found in communes_2025.csv" % name)
            continue
        out.append((new_by_name[key], tag))
    return out


TAG_RANK = {"": 0, "Nhập một phần diện tích, toàn bộ dân số": 1, "Nhập một phần": 2,
            "Nhập một phần diện tích": 3}


def prefer(succ):
    """Successor that receives the population: whole, then 'toàn bộ dân số', then partial."""
    return sorted(succ, key=lambda s: (TAG_RANK.get(s[1], 9), succ.index(s)))[0][0]


# ----------------------------------------------------------------------------- build
def build(ref):
    m = Model()

    # ---------------- districts
    districts = {}      # code -> dict(code, name, kind, prov, gso, vf, vt)
    dist_by_key = {}    # (kind, fold(name)) -> code
    for prov, rows in (("HP", ref["hp_districts"]), ("HD", ref["hd_districts"])):
        for r in rows:
            d = {"code": r["code"], "name": r["name"], "kind": r["kind"], "prov": prov,
                 "gso": r["gso_code"], "vf": r["valid_from"], "vt": r["valid_to"], "note": r["note"]}
            if d["code"] in districts:
                err("duplicate district code %s" % d["code"])
            districts[d["code"]] = d
            key = (d["kind"], fold(d["name"]))
            if key in dist_by_key:
                err("ambiguous district %r" % (key,))
            dist_by_key[key] = d["code"]

    def district_code(full):
        kind, name = split_prefix(full, DISTRICT_PREFIXES)
        key = (kind, fold(name))
        if key not in dist_by_key:
            err("district %r not found" % full)
            return None
        return dist_by_key[key]

    # district as of 2025H1 for a 2024 district that did not change commune membership
    d24_to_d25 = {"TN": "TN2", "AD": "AD2"}
    districts_2024 = sorted(c for c, d in districts.items() if c not in ("TN2", "AD2"))
    districts_2025h1 = sorted(c for c in districts if c not in ("TN", "AD"))

    # ---------------- new communes (from 01/07/2025)
    new = collections.OrderedDict()
    new_by_name = {}
    for r in ref["communes_2025"]:
        new[r["nso_code"]] = r
        if fold(r["full_name"]) in new_by_name:
            err("duplicate 2025 commune name %s" % r["full_name"])
        new_by_name[fold(r["full_name"])] = r["nso_code"]
    if len(new) != 114:
        err("expected 114 communes of 2025, got %d" % len(new))

    # ---------------- communes of 2024
    com = collections.OrderedDict()
    for r in ref["communes_2024"]:
        c = {"gso": r["gso_code"], "full": r["full_name"], "kind": r["kind"],
             "d24": district_code(r["district_2024"]),
             "prov": "HP" if r["province_2024"] == "Hải Phòng" else "HD"}
        c["bare"] = split_prefix(c["full"], COMMUNE_PREFIXES)[1]
        u = r["unit_with_same_code_2025h1"]
        if u:
            mm = re.match(r"^(.*) \((.*)\)$", u)
            c["full25"], c["d25"] = mm.group(1), district_code(mm.group(2))
            c["bare25"] = split_prefix(c["full25"], COMMUNE_PREFIXES)[1]
        else:
            c["full25"] = c["d25"] = c["bare25"] = None
        c["succ"] = parse_successors(r["successor_2025_07"], new_by_name)
        if u and not c["succ"]:
            err("commune %s has a 2025H1 unit but no successor" % c["gso"])
        com[c["gso"]] = c
    if len(com) != 452:
        err("expected 452 communes of 2024, got %d" % len(com))

    # ---------------- 01/01/2025 absorptions: infer the absorbing unit from names where possible
    by_d24 = collections.defaultdict(list)
    for c in com.values():
        by_d24[c["d24"]].append(c)
    absorber, absorber_note = {}, {}
    for c in com.values():
        if c["full25"]:
            continue
        syl_freq = collections.Counter()
        for o in by_d24[c["d24"]]:
            syl_freq.update(set(fold(o["bare"]).split()))
        a_syl = set(fold(c["bare"]).split())
        scored = []
        for s in by_d24[c["d24"]]:
            if not s["full25"] or fold(s["bare25"]) == fold(s["bare"]):
                continue   # only units renamed on 01/01/2025 can carry an absorbed unit's name
            new_syl, old_syl = set(fold(s["bare25"]).split()), set(fold(s["bare"]).split())
            if fold(s["bare25"]) == fold(c["bare"]):
                scored.append((100, s["gso"], "kept the name %s" % c["bare"]))
                continue
            shared = {x for x in (new_syl - old_syl) & a_syl if syl_freq[x] <= 2}
            if shared:
                scored.append((10 * len(shared) + len(new_syl & old_syl), s["gso"],
                               "new name %s takes '%s' from %s" % (s["bare25"], " ".join(sorted(shared)), c["bare"])))
        scored.sort(key=lambda t: (-t[0], t[1]))
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            absorber[c["gso"]] = scored[0][1]
            b = com[scored[0][1]]
            absorber_note[c["gso"]] = "%s (%s) renamed %s on 01/01/2025: %s" % (
                b["full"], b["gso"], b["full25"], scored[0][2])

    # fallback successor (01/07/2025) for absorbed units whose absorber is unknown
    fallback = {}
    for d, lst in by_d24.items():
        w = collections.Counter()
        for o in lst:
            for nso, tag in o["succ"]:
                w[nso] += 1.0 if tag == "" else 0.5
        if w:
            best = sorted(w.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            for o in lst:
                if not o["full25"] and o["gso"] not in absorber:
                    fallback[o["gso"]] = best

    def eff_d25(c):
        if c["d25"]:
            return c["d25"]
        if c["gso"] in absorber:
            return com[absorber[c["gso"]]]["d25"]
        return d24_to_d25.get(c["d24"], c["d24"])

    def eff_succ(c):
        """(list of (nso, tag), how) of the commune's territory from 01/07/2025."""
        if c["succ"]:
            return c["succ"], "table"
        if c["gso"] in absorber:
            return com[absorber[c["gso"]]]["succ"], "absorber"
        return [(fallback[c["gso"]], "")], "fallback"

    # ================================================================ education
    m.add_unit("SGDDT-HP", [("", "", {})], name="Sở Giáo dục và Đào tạo Hải Phòng",
               short_name="Sở GD&ĐT HP", type="SO_GDDT", source=SRC_202,
               note="Từ 01/07/2025 quản lý cả địa bàn tỉnh Hải Dương cũ (NQ 202/2025/QH15).")
    m.vi_unit["SGDDT-HP"] = {"note": "Từ 01/7/2025 quản lý cả địa bàn tỉnh Hải Dương cũ.", "no_in": True}
    m.vi_unit["SGDDT-HP-VP"] = {"note": "Tên viết tắt VP dùng trong ký hiệu văn bản của Sở "
                                        "(ví dụ: Số: 12/SGDĐT-VP).", "source": ""}
    m.vi_unit["SGDDT-HD-VP"] = {"source": ""}
    m.add_unit("SGDDT-HP-VP", [("", "", {})], name="Văn phòng Sở Giáo dục và Đào tạo Hải Phòng",
               short_name="VP", type="SO_PHONG", parent_code="SGDDT-HP",
               source="standard structure of a Sở (not in the reference data)",
               note="Short name VP is the unit part of document symbols (e.g. 12/SGDĐT-VP).")
    for code, name, short in (("SGDDT-HP-GDMN", "Phòng Giáo dục Mầm non", "GDMN"),
                              ("SGDDT-HP-GDTH", "Phòng Giáo dục Tiểu học", "GDTH"),
                              ("SGDDT-HP-GDTRH", "Phòng Giáo dục Trung học", "GDTrH"),
                              ("SGDDT-HP-CTTT", "Phòng Chính trị, tư tưởng", "CTTT")):
        m.add_unit(code, [("", "", {})], name=name, short_name=short, type="SO_PHONG",
                   parent_code="SGDDT-HP", flags="demo", source="demo",
                   note="Plausible section of the Sở, invented for the demo; real section names not verified.")
    m.add_unit("SGDDT-HD", [("", E_JUN, {})], name="Sở Giáo dục và Đào tạo Hải Dương",
               short_name="Sở GD&ĐT HD", type="SO_GDDT", source=SRC_202,
               note="Hợp nhất vào Sở GD&ĐT Hải Phòng từ 01/07/2025.")
    m.add_unit("SGDDT-HD-VP", [("", E_JUN, {})], name="Văn phòng Sở Giáo dục và Đào tạo Hải Dương",
               short_name="VP", type="SO_PHONG", parent_code="SGDDT-HD",
               source="standard structure of a Sở", note="Ends with the Sở on 30/06/2025.")
    m.add_event("%s-merge-SGDDT-HP" % S_JUL, S_JUL, "merge", ["SGDDT-HD"], ["SGDDT-HP"],
                source=SRC_202, note="Sở GD&ĐT Hải Dương merged into Sở GD&ĐT Hải Phòng.")
    m.add_event("%s-merge-SGDDT-HP-VP" % S_JUL, S_JUL, "merge", ["SGDDT-HD-VP"], ["SGDDT-HP-VP"],
                flags="unverified", source=SRC_202,
                note="Office of the former Sở GD&ĐT Hải Dương taken over by the Office of Sở GD&ĐT Hải Phòng (assumed).")

    # ---------------- district education offices
    def district_full(d, kind=None):
        return "%s %s" % (kind or d["kind"], d["name"])

    def pgd_short(d):
        if d["code"] == "HDG":
            return "PGD TP Hải Dương"
        if d["code"] == "TN2":
            return "PGD TP Thủy Nguyên"
        if d["code"] == "AD2":
            return "PGD Q. An Dương"
        return "PGD " + d["name"]

    for code in sorted(districts):
        d = districts[code]
        sodgdt = "SGDDT-HP" if d["prov"] == "HP" else "SGDDT-HD"
        src = "districts_2024.csv" if d["prov"] == "HP" else "hd_districts_2024.csv"
        vf = d["vf"] if code in ("TN2", "AD2") else ""
        flags = "unverified" if code in ("TN2", "AD2", "BLV") else ""
        note = "Phòng GD&ĐT cấp huyện; cấp huyện chấm dứt từ 01/07/2025."
        if code in ("TN2", "AD2"):
            note = "Tên suy theo loại đơn vị hành chính từ 01/01/2025 (NQ 1232/NQ-UBTVQH15), chưa xác minh. " + note
        if code == "BLV":
            note = "Huyện đảo không có đơn vị cấp xã; việc có Phòng GD&ĐT riêng chưa xác minh. " + note
        name = "Phòng Giáo dục và Đào tạo " + district_full(d)
        if code == "CL":
            segs = [("", E2019_CL, {"name": "Phòng Giáo dục và Đào tạo thị xã Chí Linh"}),
                    (S2019_CL, d["vt"], {"flags": "unverified"})]
        else:
            segs = [(vf, d["vt"], {})]
        m.vi_unit["PGD-" + code]["source"] = join_vi(
            ([VI_623] if code == "CL" else []) + ([VI_1232] if code in ("TN2", "AD2") else []) + [VI_GSO])
        if code == "BLV":
            m.vi_unit["PGD-BLV"]["note"] = "Huyện đảo không có đơn vị hành chính cấp xã."
        m.add_unit("PGD-" + code, segs, name=name, short_name=pgd_short(d), type="PHONG_GDDT",
                   parent_code=sodgdt, flags=flags, source=src, note=note)
    m.emit_change_events("PGD-CL", "unverified", "NQ 623/NQ-UBTVQH14 via hd_districts_2024.csv",
                         note_rename="Thị xã Chí Linh became a city from 01/03/2019; office renamed with it (assumed).")

    # 01/01/2025 district changes (education and police modelled alike, as in police_units.csv)
    m.add_event("%s-merge-PGD-TN2" % S25, S25, "merge", ["PGD-HA", "PGD-TN"], ["PGD-TN2"], ["PGD-HA"],
                flags="unverified", source=SRC_1232,
                note="Thành phố Thủy Nguyên formed from the whole of huyện Thủy Nguyên and part of quận Hải An "
                     "(area only, no commune moved; which part not verified). Office succession assumed.")
    m.add_event("%s-split-PGD-AD" % S25, S25, "split", ["PGD-AD"], ["PGD-AD2", "PGD-HB"],
                flags="unverified", source=SRC_1232,
                note="Huyện An Dương became quận An Dương; xã An Hồng, An Hưng, Đại Bản moved to quận Hồng Bàng. "
                     "Office succession assumed.")

    moved_ad = [lower_first(c["full25"]) for c in com.values() if c["d24"] == "AD" and c["d25"] == "HB"]
    ctx_tn = ("thành phố Thủy Nguyên được thành lập trên cơ sở toàn bộ huyện Thủy Nguyên và một phần "
              "diện tích quận Hải An (không có xã, phường nào của quận Hải An chuyển sang)")
    ctx_ad = "huyện An Dương trở thành quận An Dương; %s chuyển về quận Hồng Bàng" % join_and(
        [moved_ad[0]] + [x.split(" ", 1)[1] for x in moved_ad[1:]])
    for eid, ctx in (("PGD-TN2", ctx_tn), ("CA-TN2", ctx_tn)):
        m.vi_event["%s-merge-%s" % (S25, eid)]["context"] = ctx
    for eid in ("PGD-AD", "CA-AD"):
        m.vi_event["%s-split-%s" % (S25, eid)]["context"] = ctx_ad

    # ---------------- commune Phòng Văn hóa - Xã hội (from 01/07/2025)
    for nso, r in new.items():
        code = "VHXH-" + nso
        m.vi_unit[code] = {"note": "Thuộc UBND %s %s; quản lý các trường mầm non, tiểu học, THCS trên địa bàn." % (
            r["kind"], r["name"])}
        m.add_unit(code, [(S_JUL, "", {})],
                   name="Phòng Văn hóa - Xã hội %s %s" % (r["kind"], r["name"]),
                   short_name="VH-XH " + r["name"], type="PHONG_VHXH", parent_code="SGDDT-HP",
                   source="communes_2025.csv; " + SRC_142,
                   note="Thuộc UBND %s %s; gắn dưới Sở GD&ĐT trong mô hình để tổng hợp số liệu giáo dục." % (
                       r["kind"], r["name"]))
        m.add_event("%s-create-%s" % (S_JUL, code), S_JUL, "create", [code], source=SRC_142,
                    note="Commune-level culture-society office takes over MN/TH/THCS of %s." % r["full_name"])

    # PGD dissolved 01/07/2025 -> split to the VH-XH offices of the new communes its communes went to
    for code in districts_2025h1:
        succ = set()
        for c in com.values():
            if c["full25"] and c["d25"] == code:
                succ.update(n for n, _ in c["succ"])
        if code == "BLV":
            succ.add(new_by_name[fold("Đặc khu Bạch Long Vĩ")])
        if not succ:
            err("no successor communes for district %s" % code)
        # One successor office is a dissolution handing everything to it; several are a split.
        kind = "split" if len(succ) > 1 else "dissolve"
        m.add_event("%s-%s-PGD-%s" % (S_JUL, kind, code), S_JUL, kind, ["PGD-" + code],
                    ["VHXH-" + n for n in sorted(succ)], source=SRC_NSO + "; " + SRC_142,
                    note="District level ended; schools of %s pass to %d commune offices." % (
                        district_full(districts[code]), len(succ)))

    # ---------------- upper-secondary schools and centres
    kind_type = {"THPT": "THPT", "THPT chuyên": "THPT", "PT nhiều cấp": "PTNC", "TT GDNN-GDTX": "GDNN_GDTX"}
    dist_by_name = {}
    for c2, d in districts.items():
        if c2 not in ("TN2", "AD2"):
            dist_by_name[fold(d["name"])] = d
    for r in ref["thpt"]:
        code = r["moet_code_2015"] or ("THPT-" + slug(re.sub(r"^(Trường |THCS - THPT |THPT |PT )", "", r["name"])))
        flags = set() if r["moet_code_2015"] else {"demo", "unverified"}
        typ = kind_type.get(r["kind"])
        if not typ:
            err("unknown school kind %r" % r["kind"])
            continue
        name, short = r["name"], r["name"]
        d = dist_by_name.get(fold(r["district_2024"])) if r["district_2024"] else None
        if typ == "GDNN_GDTX":
            flags.add("unverified")
            if d:
                dn = d["name"] if d["code"] != "HDG" else "thành phố Hải Dương"
                name, short = "Trung tâm GDNN-GDTX " + dn, "TT GDNN-GDTX " + dn
            else:
                name = "Trung tâm " + r["name"][len("TT "):] if r["name"].startswith("TT ") else r["name"]
        elif name.startswith("Trường "):
            short = name.replace("Trường PT nhiều cấp học", "PT NCH").replace("Trường ", "")
        else:
            name = "Trường " + r["name"]
            short = r["name"].replace("THCS - THPT", "THCS-THPT")
        note_parts = []
        if r["district_2024"]:
            note_parts.append("district 2024: %s (%s)" % (r["district_2024"], r["district_basis"]))
        if r["commune_2025"]:
            note_parts.append("commune 2025 (derived): %s" % r["commune_2025"])
        if typ == "GDNN_GDTX":
            note_parts.append("2015 name: %s; current name follows the 2024 pattern, not verified per centre" % r["name"])
        if r["note"]:
            note_parts.append(r["note"])
        if not r["moet_code_2015"]:
            note_parts.append("no MOET code; only in a weak source (quiz-app list)")
        src = "thpt_schools.csv (" + ("MOET 2015 code list" if r["moet_code_2015"] else "weak source") + \
              ("; ~2014 national THPT list" if r["address"] else "") + ")"
        vi = []
        if d:
            vi.append("Địa bàn năm 2024: %s" % district_full(d))
        if r["commune_2025"]:
            c25 = [lower_first(re.sub(r"\s*\[.*\]$", "", x.strip())) for x in r["commune_2025"].split("|")]
            if len(c25) == 1:
                vi.append("theo địa chỉ cũ, từ 01/7/2025 thuộc địa bàn %s" % c25[0])
            else:
                vi.append("theo địa chỉ cũ, từ 01/7/2025 thuộc địa bàn %s (đơn vị cũ được chia, cần xác nhận)" %
                          join_or(c25))
        if typ == "GDNN_GDTX":
            vi.append("tên năm 2015: %s" % r["name"])
        if vi:
            m.vi_unit[code]["note"] = sentence("; ".join(vi))
        common = dict(name=name, short_name=short, type=typ, address=r["address"], flags=flags,
                      source=src, note="; ".join(note_parts),
                      latitude=r["latitude"], longitude=r["longitude"])
        if r["province_2024"] == "Hải Phòng":
            m.add_unit(code, [("", "", {"parent_code": "SGDDT-HP"})], **common)
        else:
            m.add_unit(code, [("", E_JUN, {"parent_code": "SGDDT-HD"}),
                              (S_JUL, "", {"parent_code": "SGDDT-HP"})], **common)
            m.emit_change_events(code, "", SRC_202,
                                 note_move="Sở GD&ĐT Hải Dương merged into Sở GD&ĐT Hải Phòng; "
                                           "upper-secondary schools and centres stay under the Sở (assumed, unconfirmed).")

    # ---------------- lower schools (MN/TH/THCS): 14 samples + demo
    schools = []   # dicts: code-base, level, name, short, commune gso, flags, source, note, succ_choice, address

    def eligible(d):
        """Communes of a 2024 district with a same-code 2025H1 unit and a single whole successor."""
        return [c for c in sorted(by_d24[d], key=lambda x: x["gso"])
                if c["full25"] and len(c["succ"]) == 1 and c["succ"][0][1] == ""]

    used = collections.defaultdict(set)   # (commune, level) -> count guard
    for r in ref["samples"]:
        level = r["level"]
        flags, notes, vi = set(), [], []
        dcode = None
        if r["district_2024"]:
            dcode = dist_by_name[fold(r["district_2024"])]["code"]
        elif r["name"] in SAMPLE_DISTRICT_OVERRIDE:
            dcode = SAMPLE_DISTRICT_OVERRIDE[r["name"]]
            flags.add("unverified")
            notes.append("district not stated in the source; placed in %s (see data/org/sources.md)" %
                         district_full(districts[dcode]))
            vi.append("Nguồn không ghi quận, huyện của trường; tạm xếp vào %s, cần xác nhận" %
                      district_full(districts[dcode]))
        else:
            err("sample school %r has no district" % r["name"])
            continue
        stated25 = []
        for part in r["commune_2025"].split("|"):
            part = re.sub(r"\(.*$", "", part).strip()
            if part and fold(part) in new_by_name:
                stated25.append(new_by_name[fold(part)])
        c = None
        if r["commune_2024"]:
            cname = re.sub(r"\s*\(.*\)$", "", r["commune_2024"])
            cands = [x for x in by_d24[dcode] if fold(x["full"]) == fold(cname)]
            if len(cands) != 1:
                err("sample school %r: commune %r not found" % (r["name"], cname))
                continue
            c = cands[0]
            if "inferred" in r["basis"]:
                flags.add("unverified")
            address = "%s, %s" % (c["full"], lower_first(district_full(districts[dcode])))
        else:
            pool = eligible(dcode)
            if len(stated25) == 1:
                pool = [x for x in pool if x["succ"][0][0] == stated25[0]] or pool
            if r["name"] == "Trường THCS Vũ Dũng":
                # xã Vũ Dũng (GSO 10762) existed 01/01-30/06/2025; its 2024 unit with the same code is xã Cổ Dũng
                pool = [com["10762"]]
            words = set(fold(r["name"]).split()[-2:])
            pool = sorted(pool, key=lambda x: (not (set(fold(x["bare"]).split()) & words),
                                               (x["gso"], level) in used, x["gso"]))
            c = pool[0]
            flags.add("unverified")
            notes.append("2024 commune not stated in the source; placed in %s for the demo" % c["full"])
            vi.append("Nguồn không ghi xã, phường của trường; tạm xếp vào %s, cần xác nhận" % lower_first(c["full"]))
            address = ""
        succ, how = eff_succ(c)
        choice = None
        if stated25 and len(stated25) == 1 and stated25[0] in [n for n, _ in succ]:
            choice = stated25[0]
        else:
            choice = prefer(succ)
            if len(succ) > 1:
                flags.add("unverified")
                notes.append("%s was split on 01/07/2025; assigned to %s (one of %s)" % (
                    c["full"], new[choice]["full_name"], ", ".join(new[n]["full_name"] for n, _ in succ)))
                vi.append("Từ 01/7/2025 %s được chia về %s; trường tạm xếp vào %s, cần xác nhận" % (
                    lower_first(c["full"]), join_and([lower_first(new[n]["full_name"]) for n, _ in succ]),
                    lower_first(new[choice]["full_name"])))
        if how != "table":
            flags.add("unverified")
            notes.append("%s absorbed 01/01/2025; %s" % (
                c["full"], absorber_note.get(c["gso"], "absorbing unit unknown, successor guessed")))
            vi.append("Từ 01/01/2025 %s nhập vào đơn vị hành chính khác; đơn vị tiếp nhận cần xác nhận" %
                      lower_first(c["full"]))
        used[(c["gso"], level)].add(r["name"])
        short = r["name"].replace("Trường Mầm non ", "MN ").replace("Trường Tiểu học ", "TH ") \
                         .replace("Trường THCS ", "THCS ")
        schools.append({"level": level, "name": r["name"], "short": short, "commune": c, "flags": flags,
                        "source": "sample_lower_schools.csv (%s)" % source_host(r["source"]),
                        "note": "; ".join(["basis: " + r["basis"]] + notes), "choice": choice,
                        "vi_note": ". ".join(vi) + ("." if vi else ""),
                        "vi_source": vi_host(source_host(r["source"])),
                        "address": address, "d24": dcode})

    # demo schools: every 2024 district (except island Bạch Long Vĩ, handled below) gets quotas
    for dcode in districts_2024:
        if dcode == "BLV":
            continue
        quota = demo_quota(len(by_d24[dcode]))
        for s in schools:
            if s["d24"] == dcode and s["level"] in quota:
                quota[s["level"]] -= 1
        need = []
        for lv in ("TH", "THCS", "MN", "TH", "MN", "THCS"):
            if quota[lv] > 0:
                need.append(lv)
                quota[lv] -= 1
        pool = eligible(dcode) or [c for c in sorted(by_d24[dcode], key=lambda x: x["gso"]) if c["full25"]]
        if not pool:
            err("no commune to place demo schools in district %s" % dcode)
            continue
        k = len(need)
        for j, lv in enumerate(need):
            idx = min(len(pool) - 1, (2 * j + 1) * len(pool) // (2 * k))
            # avoid a commune already holding a school of that level
            for step in range(len(pool)):
                c = pool[(idx + step) % len(pool)]
                if not used[(c["gso"], lv)]:
                    break
            nm = "%s %s" % (LEVEL_NAME[lv], c["bare"])
            used[(c["gso"], lv)].add(nm)
            schools.append({"level": lv, "name": nm, "short": "%s %s" % (LEVEL_SHORT[lv], c["bare"]),
                            "commune": c, "flags": {"demo"}, "source": "demo",
                            "note": "Invented for the demo, named after its 2024 commune.",
                            "choice": c["succ"][0][0],
                            "address": "%s, %s" % (c["full"], lower_first(district_full(districts[dcode]))),
                            "d24": dcode})

    counters = collections.Counter()
    for s in sorted(schools, key=lambda s: (s["commune"]["gso"], s["level"], s["source"] == "demo", s["name"])):
        c = s["commune"]
        base = "S-%s-%s" % (c["gso"], s["level"])
        counters[base] += 1
        code = base if counters[base] == 1 else "%s-%d" % (base, counters[base])
        d24, d25 = s["d24"], eff_d25(c)
        segs = []
        if d25 == d24:
            segs.append(("", E_JUN, {"parent_code": "PGD-" + d24}))
        else:
            segs.append(("", E24, {"parent_code": "PGD-" + d24}))
            segs.append((S25, E_JUN, {"parent_code": "PGD-" + d25}))
        segs.append((S_JUL, "", {"parent_code": "VHXH-" + s["choice"]}))
        if s.get("vi_note"):
            m.vi_unit[code]["note"] = s["vi_note"]
        if s.get("vi_source"):
            m.vi_unit[code]["source"] = s["vi_source"]
        m.add_unit(code, segs, name=s["name"], short_name=s["short"], type=s["level"],
                   address=s["address"], flags=s["flags"], source=s["source"], note=s["note"])
        m.emit_change_events(code, join_flags(s["flags"]), SRC_142)
    # fix sources of the 01/01/2025 moves (emit_change_events uses one source for all)
    for e in m.events:
        if e["kind"] == "move" and e["date"] == S25 and e["unit_codes"].startswith("S-"):
            e["source"] = SRC_1232

    # island district Bạch Long Vĩ: no commune; demo schools coded with the district GSO code 318
    blv_nso = new_by_name[fold("Đặc khu Bạch Long Vĩ")]
    for code, typ, name, short in (("S-318-MN", "MN", "Trường Mầm non Bạch Long Vĩ", "MN Bạch Long Vĩ"),
                                   ("S-318-PTNC", "PTNC", "Trường Tiểu học và THCS Bạch Long Vĩ",
                                    "TH&THCS Bạch Long Vĩ")):
        m.vi_unit[code]["note"] = "Huyện đảo Bạch Long Vĩ không có đơn vị hành chính cấp xã."
        m.add_unit(code, [("", E_JUN, {"parent_code": "PGD-BLV"}),
                          (S_JUL, "", {"parent_code": "VHXH-" + blv_nso})],
                   name=name, short_name=short, type=typ, address="huyện Bạch Long Vĩ", flags="demo",
                   source="demo",
                   note="Invented for the demo. Island district without communes (code uses district GSO 318); "
                        "one combined TH&THCS school assumed.")
        m.emit_change_events(code, "demo", SRC_142)

    # ================================================================ police
    police = {r["code"]: r for r in ref["police"]}
    short_override = {"CAHP-CSGT": "Phòng CSGT", "CAHP-CSGT-TTXL": "Đội Tuyên truyền và xử lý",
                      "CAHP-QLHC": "Phòng CS QLHC về TTXH", "CAHP": "CA TP Hải Phòng",
                      "CAHD": "CA tỉnh Hải Dương"}
    level_type = {"cấp tỉnh": "CA_TINH", "phòng thuộc CA cấp tỉnh": "CA_PHONG",
                  "đội thuộc phòng": "CA_DOI", "cấp huyện": "CA_HUYEN", "cấp xã": "CA_XA"}
    for code, r in police.items():
        typ = "PHONG_CSGT" if code == "CAHP-CSGT" else level_type.get(r["level"])
        if not typ:
            err("unknown police level %r" % r["level"])
            continue
        flags = set()
        if "not verified" in r["name_basis"] or code == "CAHP-CSGT":
            flags.add("unverified")   # CAHP-CSGT: official 2024 name not verified (police_units.csv note)
        note = r["note"]
        if r["name_variants"]:
            note = "Tên khác: %s. %s" % (r["name_variants"], note)
        if r["parent_code"] == "Bộ Công an":
            note = "Trực thuộc Bộ Công an. " + note
        parent = "" if r["parent_code"] == "Bộ Công an" else r["parent_code"]
        vi = []
        if r["parent_code"] == "Bộ Công an":
            vi.append("Trực thuộc Bộ Công an.")
        if r["name_variants"]:
            vi.append("Tên khác: %s." % r["name_variants"])
        clean = clean_vi_note(r["note"])
        if clean:
            vi.append(clean)
        m.vi_unit[code] = {"note": " ".join(vi), "source": join_vi(
            ([VI_1669] if typ == "CA_XA" else []) + [vi_host(h) for h in source_host(r["source"]).split(", ")])}
        m.add_unit(code, [(r["valid_from"], r["valid_to"], {})], name=r["name"],
                   short_name=short_override.get(code, r["name"].replace("Công an ", "CA ")),
                   type=typ, parent_code=parent, flags=flags,
                   source="police_units.csv (%s)" % r["name_basis"], note=note.strip())
        if typ == "CA_XA":
            m.add_event("%s-create-%s" % (S_JUL, code), S_JUL, "create", [code],
                        source="police_units.csv; NQ 1669/NQ-UBTVQH15",
                        note="One commune-level police unit per new commune (%s)." % r["area"])

    # demo district police of Hải Dương (not in police_units.csv)
    for code in sorted(districts):
        d = districts[code]
        if d["prov"] != "HD":
            continue
        pcode = "CA-" + code
        if pcode in police:
            err("police code clash %s" % pcode)
        name = "Công an " + district_full(d)
        segs = [("", E_FEB, {})]
        if code == "CL":
            segs = [("", E2019_CL, {"name": "Công an thị xã Chí Linh", "short_name": "CA thị xã Chí Linh"}),
                    (S2019_CL, E_FEB, {})]
        m.vi_unit[pcode]["note"] = "Công an cấp huyện của tỉnh Hải Dương."
        m.add_unit(pcode, segs, name=name, short_name=name.replace("Công an ", "CA "), type="CA_HUYEN",
                   parent_code="CAHD", flags="demo", source="demo; " + SRC_POL,
                   note="Công an cấp huyện của tỉnh Hải Dương (tên theo mẫu, không có trong police_units.csv). "
                        "Công an cấp huyện chấm dứt hoạt động từ 01/03/2025.")
    m.emit_change_events("CA-CL", "demo", "NQ 623/NQ-UBTVQH14 via hd_districts_2024.csv")

    m.add_event("%s-merge-CA-TN2" % S25, S25, "merge", ["CA-HA", "CA-TN"], ["CA-TN2"], ["CA-HA"],
                flags="unverified", source=SRC_1232 + "; police_units.csv",
                note="Police of the new thành phố Thủy Nguyên (whole huyện Thủy Nguyên, part of quận Hải An).")
    m.add_event("%s-split-CA-AD" % S25, S25, "split", ["CA-AD"], ["CA-AD2", "CA-HB"],
                flags="unverified", source=SRC_1232 + "; police_units.csv",
                note="Quận An Dương; xã An Hồng, An Hưng, Đại Bản to quận Hồng Bàng.")
    m.add_event("%s-merge-CAHP" % S_JUL, S_JUL, "merge", ["CAHD"], ["CAHP"],
                source="police_units.csv; " + SRC_202, note="Công an tỉnh Hải Dương hợp nhất vào Công an TP Hải Phòng.")
    for code in districts_2025h1:
        d = districts[code]
        prov = "CAHP" if d["prov"] == "HP" else "CAHD"
        pc = "CA-" + code
        m.add_event("%s-dissolve-%s" % (S_MAR, pc), S_MAR, "dissolve", [pc], [prov],
                    flags="demo" if d["prov"] == "HD" else "", source=SRC_POL,
                    note="District-level police abolished; tasks pass to the provincial police and commune police.")

    # demo commune police of every 2024 commune
    def ca_name(full):
        return "Công an " + lower_first(full)

    for c in com.values():
        code = "CAX-" + c["gso"]
        prov_ca = "CAHP" if c["prov"] == "HP" else "CAHD"
        base_note = "Công an %s (%s %s), lập cho demo: một đơn vị công an cho mỗi xã/phường/thị trấn năm 2024." % (
            lower_first(c["full"]), districts[c["d24"]]["kind"], districts[c["d24"]]["name"])
        segs = []
        if c["gso"] in absorber:
            segs.append(("", E24, {"parent_code": "CA-" + c["d24"], "name": ca_name(c["full"])}))
        else:
            unresolved = not c["full25"]
            full25 = c["full25"] or c["full"]
            d25 = eff_d25(c)
            extra = {"flags": "demo;unverified",
                     "note": base_note + " Xã/phường bị nhập 01/01/2025 vào đơn vị mang mã khác (chưa xác định); "
                                         "giữ đến 30/06/2025 cho demo."} if unresolved else {}
            segs.append(("", E24, dict({"parent_code": "CA-" + c["d24"], "name": ca_name(c["full"])}, **extra)))
            segs.append((S25, E_FEB, dict({"parent_code": "CA-" + d25, "name": ca_name(full25)}, **extra)))
            segs.append((S_MAR, E_JUN, dict({"parent_code": prov_ca, "name": ca_name(full25)}, **extra)))
        for i, (vf, vt, o) in enumerate(segs):
            o["short_name"] = o["name"].replace("Công an ", "CA ")
        m.add_unit(code, segs, type="CA_XA", flags="demo", source="demo; communes_2024.csv (GSO 2024, 2025H1)",
                   note=base_note)
        m.emit_change_events(code, "demo", "communes_2024.csv (GSO 2025H1 names); " + SRC_1232)
    for e in m.events:
        if e["kind"] == "move" and e["date"] == S_MAR and e["unit_codes"].startswith("CAX-"):
            e["source"] = SRC_POL
            e["note"] = "District police abolished; commune police directly under the provincial police."

    # 01/01/2025 inferred absorptions
    by_abs = collections.defaultdict(list)
    for a, b in absorber.items():
        by_abs[b].append(a)
    for b in sorted(by_abs):
        lst = sorted(by_abs[b])
        m.add_event("%s-merge-CAX-%s" % (S25, b), S25, "merge", ["CAX-" + a for a in lst], ["CAX-" + b],
                    flags="demo;unverified", source="inferred from GSO 2025H1 names (communes_2024.csv); " + SRC_1232,
                    note=" | ".join(absorber_note[a] for a in lst))

    # 01/07/2025 merges into the new commune police
    preds = collections.defaultdict(list)
    for c in com.values():
        if c["full25"]:
            for nso, tag in c["succ"]:
                preds[nso].append((c["gso"], tag))
    for nso in new:
        if not preds[nso]:
            continue
        lst = sorted(preds[nso])
        m.add_event("%s-merge-CA-X%s" % (S_JUL, nso), S_JUL, "merge", ["CAX-" + g for g, _ in lst],
                    ["CA-X" + nso], ["CAX-" + g for g, t in lst if t], flags="demo", source=SRC_NSO,
                    note="%s formed from %d former units (%d partly)." % (
                        new[nso]["full_name"], len(lst), sum(1 for _, t in lst if t)))
    for g in sorted(fallback):
        nso = fallback[g]
        m.add_event("%s-merge-CAX-%s" % (S_JUL, g), S_JUL, "merge", ["CAX-" + g], ["CA-X" + nso],
                    flags="demo;unverified", source="guess (no source maps this unit)",
                    note="%s was absorbed on 01/01/2025 into a unit with another code; successor guessed as %s, "
                         "the new commune that took most of %s." % (
                             com[g]["full"], new[nso]["full_name"], district_full(districts[com[g]["d24"]])))

    # ================================================================ other
    m.vi_unit["BAN_ATGT-HP"]["note"] = "Đầu mối liên ngành về an toàn giao thông cấp thành phố."
    m.add_unit("BAN_ATGT-HP", [("", "", {})], name="Ban An toàn giao thông thành phố Hải Phòng",
               short_name="Ban ATGT HP", type="BAN_ATGT", flags="demo", source="demo",
               note="Đầu mối liên ngành về ATGT cấp thành phố, dùng cho demo; tổ chức thực tế chưa xác minh.")

    return m, {"absorber": absorber, "fallback": fallback, "schools": schools, "com": com}


# ----------------------------------------------------------------------------- localise
def vi_source(tech, hd=False):
    """The `source` shown to users, from the technical source string the build recorded.
    hd: the row concerns former Hải Dương, where NQ 1232 (a Hải Phòng resolution) does not apply."""
    out = []
    if tech.split(";")[0].strip() == "demo":
        out.append(VI_DEMO)
    if "623/NQ" in tech:
        out.append(VI_623)
    if "1232" in tech and not hd:
        out.append(VI_1232)
    if "202/2025" in tech:
        out.append(VI_202)
    if "1669" in tech or "communes_2025.csv" in tech:
        out.append(VI_1669)
    if "142/2025" in tech:
        out.append(VI_142)
    if "district police ended" in tech:
        out.append(VI_POLICE_END)
    if "thpt_schools.csv" in tech:
        if "weak source" in tech:
            out.append(VI_WEAK)
        else:
            out.append(VI_MOET + ("; " + VI_THPT_2014 if "~2014" in tech else ""))
    if ("communes_2024.csv" in tech or "districts_2024.csv" in tech or "GSO" in tech) and "NSO" not in tech:
        out.append(VI_GSO)
    if "NSO" in tech:
        out.append(VI_NSO)
    return join_vi(out)


def localise(m, info):
    """Fill `source` (legal basis, Vietnamese), `note` (for a clerk, Vietnamese, generated from the
    structure: names, parents, events) and `provenance` (the technical record, for administrators)."""
    com = info["com"]

    def lo(v):
        return v or "0000-01-01"

    def hi(v):
        return v or "9999-12-31"

    def row_on(code, d):
        rows = m.units[code]
        for r in rows:
            if lo(r["valid_from"]) <= d <= hi(r["valid_to"]):
                return r
        return rows[0] if d < lo(rows[0]["valid_from"]) else rows[-1]

    def name_on(code, d):
        return vi_name(row_on(code, d)["name"])

    def exists_on(code, d):
        return any(lo(r["valid_from"]) <= d <= hi(r["valid_to"]) for r in m.units[code])

    def typ(code):
        return m.units[code][-1]["type"]

    def is_hd(code):
        if code.startswith("CAX-") and code[4:] in com:
            return com[code[4:]]["prov"] == "HD"
        return False

    def commune_of(vhxh_name):
        return vhxh_name.replace("Phòng Văn hóa - Xã hội ", "")

    def communes_text(codes, d):
        names = [commune_of(name_on(x, d)) for x in codes]
        by_kind = collections.OrderedDict()
        for n in names:
            k = next((p.strip().lower() for p in COMMUNE_PREFIXES if n.lower().startswith(p.lower())), "")
            by_kind.setdefault(k, []).append(n[len(k):].strip() if k else n)
        if len(by_kind) == 1:
            k, bare = next(iter(by_kind.items()))
            return "%s %s" % (k, bare[0]) if len(bare) == 1 else "%d %s: %s" % (len(bare), k, ", ".join(bare))
        return "%d xã, phường: %s" % (len(names), ", ".join(names))

    def preds_text(codes, partial, d):
        codes = [x for x in codes if x not in partial] + [x for x in codes if x in partial]
        return join_and([("một phần " if x in partial else "") + name_on(x, prev_day(d)) for x in codes])

    def succ_text(code, d):
        """Name on d; a unit renamed on d also shows its former name."""
        new, old = name_on(code, d), name_on(code, prev_day(d))
        return new if old == new or not exists_on(code, prev_day(d)) else "%s (trước đây là %s)" % (new, old)

    # ---- events: who ends / who receives, by unit
    ends = collections.defaultdict(list)       # code -> events listing it in unit_codes (merge/split/dissolve)
    receives = collections.defaultdict(list)   # code -> events listing it in successor_codes
    for e in m.events:
        if e["kind"] in ("merge", "split", "dissolve"):
            for x in e["unit_codes"].split(";"):
                ends[x].append(e)
            for x in [y for y in e["successor_codes"].split(";") if y]:
                receives[x].append(e)

    def reason(d, old_parent):
        if d == S_MAR:
            return " do công an cấp huyện kết thúc hoạt động"
        if d == S_JUL and old_parent and typ(old_parent) == "PHONG_GDDT":
            return " do cấp huyện kết thúc"
        if d == S_JUL and old_parent in ("SGDDT-HD", "CAHD"):
            return " do tỉnh Hải Dương hợp nhất vào thành phố Hải Phòng"
        if d == S25:
            return " theo sắp xếp đơn vị hành chính từ 01/01/2025"
        return ""

    # ---- event notes
    for e in m.events:
        d, k = e["date"], e["kind"]
        units = e["unit_codes"].split(";")
        succ = [x for x in e["successor_codes"].split(";") if x]
        part = set(x for x in e["partial_codes"].split(";") if x)
        u0 = units[0]
        if k == "create":
            if typ(u0) == "PHONG_VHXH":
                text = "thành lập %s thuộc UBND %s; phòng quản lý các trường mầm non, tiểu học, THCS trên địa bàn" % (
                    name_on(u0, d), commune_of(name_on(u0, d)))
            elif typ(u0) == "CA_XA":
                text = "thành lập %s, công an cấp xã của đơn vị hành chính cấp xã mới" % name_on(u0, d)
            else:
                text = "thành lập %s" % name_on(u0, d)
        elif k == "rename":
            text = "%s đổi tên thành %s" % (name_on(u0, prev_day(d)), name_on(u0, d))
        elif k == "move":
            op, np_ = row_on(u0, prev_day(d))["parent_code"], row_on(u0, d)["parent_code"]
            text = "%s chuyển từ %s về %s%s" % (name_on(u0, d), name_on(op, prev_day(d)), name_on(np_, d),
                                                reason(d, op))
        elif k == "merge":
            verb = "hợp nhất thành" if len(units) > 1 and not exists_on(succ[0], prev_day(d)) else "hợp nhất vào"
            text = "%s %s %s" % (preds_text(units, part, d), verb, succ_text(succ[0], d))
        elif k == "split" and typ(u0) == "PHONG_GDDT" and d == S_JUL:
            text = "cấp huyện kết thúc; các trường của %s chuyển về %s" % (
                name_on(u0, prev_day(d)).replace("Phòng GD&ĐT ", ""), communes_text(succ, d))
        elif k == "split":
            text = "%s chia về %s" % (name_on(u0, prev_day(d)), join_and(name_on(x, d) for x in succ))
        elif typ(u0) == "PHONG_GDDT":   # dissolve into one commune office
            text = "cấp huyện kết thúc; các trường của %s chuyển về %s" % (
                name_on(u0, prev_day(d)).replace("Phòng GD&ĐT ", ""), communes_text(succ, d))
        elif typ(u0) == "CA_HUYEN":
            text = "công an cấp huyện kết thúc hoạt động; nhiệm vụ của %s chuyển về %s và công an cấp xã" % (
                name_on(u0, prev_day(d)), join_and(name_on(x, d) for x in succ))
        else:
            text = "%s chấm dứt hoạt động; nhiệm vụ chuyển về %s" % (
                name_on(u0, prev_day(d)), join_and(name_on(x, d) for x in succ))
        vi = m.vi_event.get(e["event_id"], {})
        if vi.get("context"):
            text = vi["context"] + ". " + sentence(text)
        e["provenance"] = join_vi([e["source"], e["note"]])
        hd = all(is_hd(x) for x in units)
        e["source"] = vi["source"] if "source" in vi else vi_source(e["source"], hd)
        text = text.strip()
        e["note"] = "Từ %s, %s%s" % (vdate(d), text, "" if text.endswith(".") else ".")

    # ---- unit notes (one note per unit, the same on all its rows)
    for code, rows in m.units.items():
        vi = m.vi_unit.get(code, {})
        parts = [vi["note"]] if vi.get("note") else []
        # parents over time
        segs = []
        for r in rows:
            end = r["valid_to"] or "9999-12-31"
            pname = name_on(r["parent_code"], min(end, hi(m.units[r["parent_code"]][-1]["valid_to"]))) \
                if r["parent_code"] else ""
            if segs and segs[-1][2] == pname:
                segs[-1][1] = r["valid_to"]
            else:
                segs.append([r["valid_from"], r["valid_to"], pname])
        if len(segs) > 1:
            bits = []
            for i, (vf, vt, pn) in enumerate(segs):
                if i == 0:
                    bits.append("trước %s thuộc %s" % (vdate(segs[1][0]), pn))
                elif vt:
                    bits.append("từ %s đến %s thuộc %s" % (vdate(vf), vdate(vt), pn))
                else:
                    bits.append("từ %s thuộc %s" % (vdate(vf), pn))
            parts.append(sentence("; ".join(bits)))
        # former names
        for i in range(1, len(rows)):
            if rows[i]["name"] != rows[i - 1]["name"]:
                parts.append("Trước %s có tên %s." % (vdate(rows[i]["valid_from"]), vi_name(rows[i - 1]["name"])))
        # formed from / took over
        if not vi.get("no_in"):
            by_date = collections.OrderedDict()
            for e in sorted(receives[code], key=lambda e: (e["date"], e["event_id"])):
                by_date.setdefault(e["date"], []).append(e)
            for d, evs in by_date.items():
                preds, part = [], set()
                for e in evs:
                    for x in e["unit_codes"].split(";"):
                        if x not in preds:
                            preds.append(x)
                    if e["kind"] == "merge":
                        part.update(x for x in e["partial_codes"].split(";") if x)
                    elif e["kind"] == "split":
                        part.update(e["unit_codes"].split(";"))
                dissolve = all(e["kind"] == "dissolve" for e in evs)
                if typ(code) == "PHONG_VHXH":
                    parts.append("Từ %s, tiếp nhận các trường trên địa bàn từ %s." % (
                        vdate(d), join_and(name_on(x, prev_day(d)) for x in preds)))
                elif len(preds) > 5:
                    cnt = collections.Counter(typ(x) for x in preds)
                    tname = {t[0]: t[1] for t in UNIT_TYPES}
                    parts.append("Từ %s, tiếp nhận %s%s." % (vdate(d), "nhiệm vụ của " if dissolve else "", join_and(
                        "%d đơn vị %s" % (n, lower_first(tname[t])) for t, n in sorted(cnt.items()))))
                elif exists_on(code, prev_day(d)):
                    parts.append("Từ %s, tiếp nhận %s%s." % (vdate(d), "nhiệm vụ của " if dissolve else "",
                                                            preds_text(preds, part, d)))
                else:
                    parts.append("Hình thành từ %s trên cơ sở %s." % (vdate(d), preds_text(preds, part, d)))
        # ended / passed on
        by_date = collections.OrderedDict()
        for e in sorted(ends[code], key=lambda e: (e["date"], e["event_id"])):
            by_date.setdefault(e["date"], []).append(e)
        for d, evs in by_date.items():
            kinds = {e["kind"] for e in evs}
            succ, partial_to = [], set()
            for e in evs:
                for x in [y for y in e["successor_codes"].split(";") if y]:
                    if x not in succ:
                        succ.append(x)
                    if code in e["partial_codes"].split(";"):
                        partial_to.add(x)
            still = hi(rows[-1]["valid_to"]) >= d
            if typ(code) == "PHONG_GDDT" and d == S_JUL:
                parts.append("Từ %s, cấp huyện kết thúc; các trường chuyển về Phòng Văn hóa - Xã hội của %s." % (
                    vdate(d), communes_text(succ, d)))
            elif kinds == {"dissolve"} and typ(code) == "CA_HUYEN":
                parts.append("Từ %s, công an cấp huyện kết thúc hoạt động; nhiệm vụ chuyển về %s và công an cấp xã." % (
                    vdate(d), join_and(name_on(x, d) for x in succ)))
            elif kinds == {"dissolve"}:
                parts.append("Từ %s, chấm dứt hoạt động; nhiệm vụ chuyển về %s." % (
                    vdate(d), join_and(name_on(x, d) for x in succ)))
            elif kinds == {"split"}:
                parts.append("Từ %s, chia về %s." % (vdate(d), join_and(name_on(x, d) for x in succ)))
            elif still:
                parts.append("Từ %s, một phần chuyển về %s." % (vdate(d), join_and(name_on(x, d) for x in succ)))
            elif len(succ) == 1 and not partial_to:
                parts.append("Từ %s, hợp nhất vào %s." % (vdate(d), name_on(succ[0], d)))
            else:
                parts.append("Từ %s, địa bàn chuyển về %s." % (vdate(d), join_and(
                    name_on(x, d) + (" (một phần)" if x in partial_to else "") for x in succ)))
        note = " ".join(parts)
        hd = is_hd(code) or any(r["parent_code"] in ("SGDDT-HD", "CAHD") for r in rows)
        for r in rows:
            r["provenance"] = join_vi([r["source"], r["note"]])
            r["source"] = vi["source"] if "source" in vi else vi_source(r["source"], hd)
            r["note"] = note


# ----------------------------------------------------------------------------- validation
def validate(m, types):
    type_codes = {t[0] for t in types}
    for t in types:
        if t[2] not in SIDES or t[3] not in LEVELS:
            err("bad side/level in type %s" % t[0])

    def lo(v):
        return v or "0000-01-01"

    def hi(v):
        return v or "9999-12-31"

    def iso_ok(s):
        try:
            return datetime.date.fromisoformat(s).isoformat() == s
        except ValueError:
            return False

    seen = set()
    for code, rows in m.units.items():
        if not re.match(r"^[A-Z0-9][A-Z0-9_-]*$", code):
            err("%s: bad code" % code)
        for i, r in enumerate(rows):
            key = (code, r["valid_from"])
            if key in seen:
                err("duplicate (code, valid_from) %r" % (key,))
            seen.add(key)
            for col in UNIT_COLS:
                if r[col] != unicodedata.normalize("NFC", r[col]):
                    err("%s: %s not NFC" % (code, col))
                if "\n" in r[col] or "\r" in r[col]:
                    err("%s: newline in %s" % (code, col))
            for col in ("valid_from", "valid_to"):
                if r[col] and not iso_ok(r[col]):
                    err("%s: bad date %r" % (code, r[col]))
            if lo(r["valid_from"]) > hi(r["valid_to"]):
                err("%s: valid_from after valid_to" % code)
            if i > 0 and not r["valid_from"]:
                err("%s: empty valid_from on a later version" % code)
            if i < len(rows) - 1 and not r["valid_to"]:
                err("%s: empty valid_to on an earlier version" % code)
            if i > 0 and rows[i - 1]["valid_to"] and r["valid_from"] != next_day(rows[i - 1]["valid_to"]):
                err("%s: versions not contiguous at %s" % (code, r["valid_from"]))
            if r["type"] not in type_codes:
                err("%s: unknown type %s" % (code, r["type"]))
            if not r["name"] or not r["short_name"]:
                err("%s: empty name/short_name" % code)
            for f in [x for x in r["flags"].split(";") if x]:
                if f not in FLAGS:
                    err("%s: bad flag %s" % (code, f))
            p = r["parent_code"]
            if p:
                if p == code:
                    err("%s: own parent" % code)
                elif p not in m.units:
                    err("%s: parent %s does not exist" % (code, p))
                else:
                    prow = m.units[p]
                    if lo(prow[0]["valid_from"]) > lo(r["valid_from"]) or hi(prow[-1]["valid_to"]) < hi(r["valid_to"]):
                        err("%s [%s..%s]: parent %s valid only [%s..%s]" % (
                            code, r["valid_from"], r["valid_to"], p, prow[0]["valid_from"], prow[-1]["valid_to"]))

    def valid_on(code, d):
        return any(lo(r["valid_from"]) <= d <= hi(r["valid_to"]) for r in m.units.get(code, []))

    def parent_on(code, d):
        for r in m.units[code]:
            if lo(r["valid_from"]) <= d <= hi(r["valid_to"]):
                return r["parent_code"]
        return None

    # no cycles at any version start
    dates = sorted({r["valid_from"] for rows in m.units.values() for r in rows if r["valid_from"]} | set(ASOF))
    for d in dates:
        for code in m.units:
            if not valid_on(code, d):
                continue
            cur, depth = code, 0
            while cur:
                cur = parent_on(cur, d)
                depth += 1
                if depth > 12:
                    err("%s: parent cycle or too deep on %s" % (code, d))
                    break

    ids = set()
    ending_covered = collections.defaultdict(set)    # date -> codes listed in merge/split/dissolve
    created = collections.defaultdict(set)           # date -> codes created or successors
    changed = collections.defaultdict(set)           # (code, date) -> {'rename','move'}
    for e in m.events:
        if e["event_id"] in ids:
            err("duplicate event_id %s" % e["event_id"])
        ids.add(e["event_id"])
        if e["kind"] not in EVENT_KINDS:
            err("%s: bad kind" % e["event_id"])
        if not iso_ok(e["date"]):
            err("%s: bad date" % e["event_id"])
            continue
        for col in EVENT_COLS:
            if e[col] != unicodedata.normalize("NFC", e[col]):
                err("%s: %s not NFC" % (e["event_id"], col))
        for f in [x for x in e["flags"].split(";") if x]:
            if f not in FLAGS:
                err("%s: bad flag %s" % (e["event_id"], f))
        d, before = e["date"], prev_day(e["date"])
        units = [x for x in e["unit_codes"].split(";") if x]
        succ = [x for x in e["successor_codes"].split(";") if x]
        part = [x for x in e["partial_codes"].split(";") if x]
        if not units:
            err("%s: no unit_codes" % e["event_id"])
        for x in units + succ:
            if x not in m.units:
                err("%s: unknown unit %s" % (e["event_id"], x))
        if not set(part) <= set(units):
            err("%s: partial_codes not a subset of unit_codes" % e["event_id"])
        if any(x not in m.units for x in units + succ):
            continue
        k = e["kind"]
        if k in ("merge", "split", "dissolve"):
            if k == "merge" and len(succ) != 1:
                err("%s: merge needs exactly one successor" % e["event_id"])
            if k == "split" and (len(units) != 1 or len(succ) < 2):
                err("%s: split needs one unit and successors" % e["event_id"])
            for x in units:
                if not valid_on(x, before):
                    err("%s: %s not valid on %s" % (e["event_id"], x, before))
                if x not in part and m.units[x][-1]["valid_to"] != before:
                    err("%s: %s does not end on %s" % (e["event_id"], x, before))
                if m.units[x][-1]["valid_to"] == before:
                    ending_covered[d].add(x)
            for x in succ:
                if not valid_on(x, d):
                    err("%s: successor %s not valid on %s" % (e["event_id"], x, d))
                created[d].add(x)
        elif k == "create":
            for x in units:
                if m.units[x][0]["valid_from"] != d:
                    err("%s: %s does not start on %s" % (e["event_id"], x, d))
                created[d].add(x)
        else:   # rename / move
            for x in units:
                name_ch, parent_ch = m.version_changes(x, d)
                if k == "rename" and not name_ch:
                    err("%s: no name change of %s on %s" % (e["event_id"], x, d))
                if k == "move" and not parent_ch:
                    err("%s: no parent change of %s on %s" % (e["event_id"], x, d))
                changed[(x, d)].add(k)

    for code, rows in m.units.items():
        last = rows[-1]["valid_to"]
        if last:
            d = next_day(last)
            if code not in ending_covered[d]:
                err("%s ends %s but no merge/split/dissolve event dated %s lists it" % (code, last, d))
        first = rows[0]["valid_from"]
        if first and code not in created[first]:
            err("%s starts %s without a create event or being a successor" % (code, first))
        for i in range(1, len(rows)):
            d = rows[i]["valid_from"]
            name_ch, parent_ch = m.version_changes(code, d)
            need = ({"rename"} if name_ch else set()) | ({"move"} if parent_ch else set())
            if need - changed[(code, d)]:
                err("%s: version from %s lacks a %s event" % (code, d, "/".join(sorted(need - changed[(code, d)]))))
    return not ERRORS


# ----------------------------------------------------------------------------- output
def to_csv(cols, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for r in rows:
        w.writerow({c: r.get(c, "") for c in cols})
    return buf.getvalue()


def counts(m, types):
    c = collections.OrderedDict()
    c["units"] = len(m.units)
    c["versions"] = sum(len(v) for v in m.units.values())
    c["events"] = len(m.events)
    c["events_by_kind"] = collections.Counter(e["kind"] for e in m.events)

    def lo(v):
        return v or "0000-01-01"

    def hi(v):
        return v or "9999-12-31"
    for d in ASOF:
        valid = {}
        for code, rows in m.units.items():
            for r in rows:
                if lo(r["valid_from"]) <= d <= hi(r["valid_to"]):
                    valid[code] = r
        c["as_of_" + d] = len(valid)
        c["as_of_%s_by_type" % d] = collections.Counter(r["type"] for r in valid.values())
    c["units_by_type"] = collections.Counter(rows[-1]["type"] for rows in m.units.values())
    c["units_flag_demo"] = sum(1 for rows in m.units.values() if any("demo" in r["flags"] for r in rows))
    c["units_flag_unverified"] = sum(1 for rows in m.units.values() if any("unverified" in r["flags"] for r in rows))
    c["events_flag_unverified"] = sum(1 for e in m.events if "unverified" in e["flags"])
    return c


def fmt_counter(cn, order=None):
    keys = order or sorted(cn)
    return ", ".join("%s %d" % (k, cn[k]) for k in keys if cn.get(k))


def sources_md(m, info, c, types):
    type_order = [t[0] for t in types]
    kinds = [k for k in EVENT_KINDS]
    absorber, fallback = info["absorber"], info["fallback"]
    schools = info["schools"]
    n_sample = sum(1 for s in schools if s["source"] != "demo")
    n_demo_sch = sum(1 for s in schools if s["source"] == "demo") + 2
    return """# Sources: data/org/

Generated by `tools/gen_demo_org.py` (Python 3 standard library) from `data/reference/haiphong/`
(a verbatim copy of the shared reference data; its `sources.md` lists every public source, what is
complete, and what is a sample or unconfirmed). Do not edit the generated files by hand: correct the
reference data or the generator and re-run `python3 tools/gen_demo_org.py` (it validates its output and
exits non-zero on any violation; `--check` validates without writing).

All files: UTF-8, NFC, comma-separated, header row, RFC 4180 quoting (fields quoted only when needed),
LF line endings. Dates ISO `YYYY-MM-DD`, inclusive. Rows are sorted (units by code then valid_from;
events by date then event_id), so the output is byte-identical between runs.

## Files and columns

- `unit_types.csv`: `code,name,side,level,sort_order`. side ∈ education|police|other;
  level ∈ city|section|district|commune|school. %(n_types)d types.
- `units.csv`: one row per unit version:
  `code,valid_from,valid_to,name,short_name,type,parent_code,address,latitude,longitude,phone,email,flags,source,note,provenance`.
  Empty valid_from = since before the records; empty valid_to = still valid. A rename or re-parenting
  gives a new row with the same code from the effective date (the previous row ends the day before).
  flags ⊆ {demo, unverified} (`;`-separated). latitude/longitude/phone/email are empty: no source
  gives them and none were invented.
- `events.csv`: `event_id,date,kind,unit_codes,successor_codes,partial_codes,flags,source,note,provenance`.
  date = first day of the new state. kind:
  - `create`: unit_codes = the new units (successor_codes empty);
  - `rename` / `move`: unit_codes = the unit; its row starting on `date` carries the new name / parent;
  - `merge`: unit_codes (several or one) → exactly one successor; partial_codes = the unit_codes that
    passed only partly (NSO "[Nhập một phần…]" links, including "một phần diện tích, toàn bộ dân số");
    a partial unit may go on existing (PGD-HA, CA-HA in the Thủy Nguyên merge);
  - `split`: one unit → several successors (partial_codes empty: a split is partial by definition);
  - `dissolve`: unit_codes end; successor_codes = units that take over their data.
  event_id = `<date>-<kind>-<code>` where code is the successor for merges, otherwise the unit;
  `2025-07-01-merge-CAX-<gso>` (keyed on the old unit) marks a guessed, `unverified` succession.

## The three text columns of units.csv and events.csv

- `source` (shown to everyone): the legal basis or source document, in Vietnamese words, e.g.
  "Nghị quyết số 1232/NQ-UBTVQH15 ngày 24/10/2024 của Ủy ban Thường vụ Quốc hội", "Danh mục mã
  trường THPT của Bộ GD&ĐT (tuyển sinh năm 2015)", "Dữ liệu minh họa" for invented (`demo`) units.
  Dates only where `data/reference/haiphong/sources.md` gives them (NQ 1232, NQ 623); no file names.
  Empty where no source exists (the guessed `2025-07-01-merge-CAX-<gso>` events, the Văn phòng units).
- `note` (shown to everyone, written for a clerk of the Department): Vietnamese sentences generated
  from the structure (names of parents over time, former names, what the unit was formed from and
  what it passed to, dated in the style 01/7/2025), plus a few facts from the reference data (2024
  district of a THPT, a school's provisional placement to confirm). Units are named by their
  Vietnamese names: a note holds no unit code, no arrow and no file name. One note per unit, the same
  on all its rows. May be empty.
- `provenance` (last column, for administrators only): the technical record: reference file and
  field, derivation chains (GSO/NSO codes), matching heuristics, "assumed"/"for the demo"
  explanations (mostly English), i.e. the former `source` and `note` joined by "; ".
- `tests/api/data_language.test.mjs` fails when English or developer text reaches `source`/`note`.
  `tools/compare_data_columns.py [REV]` checks that only text columns differ from a git revision.

## Counts (this run)

- Units %(units)d, versions %(versions)d; by type: %(by_type)s.
- Valid on 2024-12-31: %(asof24)d (%(asof24_t)s).
- Valid on 2025-12-31: %(asof25)d (%(asof25_t)s).
- Events %(events)d: %(ev_kinds)s.
- Units with a `demo` row: %(demo)d; with an `unverified` row: %(unver)d; `unverified` events: %(ev_unver)d.

## How each part was built

- **Sở GD&ĐT**: `SGDDT-HP` (no end) with `SGDDT-HP-VP` (Văn phòng, short name VP for document symbols;
  standard structure, not in the reference data) and 4 demo sections (GDMN, GDTH, GDTrH, CTTT; names
  invented/plausible). `SGDDT-HD` and `SGDDT-HD-VP` end 2025-06-30 and merge into the HP units on
  2025-07-01 (NQ 202/2025/QH15; the VP succession is assumed → `unverified`).
- **District education offices** `PGD-<code>`: one per row of districts_2024.csv and
  hd_districts_2024.csv, parent the Sở of the province, ending 2025-06-30. The 01/01/2025 changes follow
  the reference data, which gives them separate codes: `PGD-TN` (huyện, to 2024-12-31) + part of `PGD-HA`
  → `PGD-TN2` (thành phố Thủy Nguyên) as a merge with PGD-HA partial; `PGD-AD` split into `PGD-AD2`
  (quận An Dương) and `PGD-HB` (An Hồng, An Hưng, Đại Bản). Names of TN2/AD2 follow the pattern
  (`unverified`). `PGD-CL` is renamed thị xã → thành phố on 2019-03-01 (date from the data; office rename
  assumed). `PGD-BLV` (island district without communes) is `unverified`. On 2025-07-01 each PGD is
  `split` into the `VHXH-<nso>` offices of the new communes its 2025H1 communes went to (NSO table).
- **Commune offices** `VHXH-<nso_code>`: the 114 units of communes_2025.csv from 2025-07-01,
  "Phòng Văn hóa - Xã hội <phường/xã/đặc khu X>", parent `SGDDT-HP` as the brief asks (administratively
  they belong to the commune People's Committee, which is not modelled), each with a create event.
- **Upper-secondary schools and centres**: all 138 rows of thpt_schools.csv, code = MOET 2015 code
  (THCS - THPT Lý Thánh Tông has none: `THPT-LY-THANH-TONG`, `demo;unverified`). Parent the Sở of
  the province; the 66 Hải Dương rows get a new version under SGDDT-HP from 2025-07-01 with a move event.
  Centres are named with the 2024 pattern "Trung tâm GDNN-GDTX <district>" and flagged `unverified`
  (the 2015 name is in `note`). The list is of about 2015 vintage: later schools are missing. The derived
  2025 commune of a school, when known, is in `note` (the derivation chain in `provenance`).
- **Lower schools** (MN/TH/THCS): the %(n_sample)d rows of sample_lower_schools.csv plus %(n_demo_sch)d demo
  schools (`demo`, named "Trường … <2024 commune>"), so that every 2024 district has at least one MN,
  one TH and one THCS (two of each where it had ≥10 / ≥18 communes). Demo schools sit in communes whose
  only successor is a whole transfer. Code `S-<GSO 2024 commune>-<MN|TH|THCS>[-n]`. Parent
  `PGD-<district>` to 2025-06-30 (Thủy Nguyên/An Dương: a new version under PGD-TN2/AD2/HB from
  2025-01-01), then `VHXH-<successor nso>` from 2025-07-01 (move events). Samples whose commune the
  source does not give were placed in a commune of their district (THCS Ngô Quyền: district not given
  either; placed in quận Lê Chân after a GitHub map file, find_string id 66831484639), and samples in
  a split commune were assigned to one successor: all such rows are `unverified`, with the reason in
  `provenance` and a request to confirm in `note`. Bạch Long Vĩ has no commune: it gets two demo schools `S-318-MN` and `S-318-PTNC` (a combined
  TH & THCS school) under PGD-BLV, then VHXH of đặc khu Bạch Long Vĩ.
- **Police**: every row of police_units.csv (CAHP, CAHD, CAHP-CSGT, CAHP-CSGT-TTXL, CAHP-QLHC, 17
  Hải Phòng district units incl. CA-TN2/CA-AD2 for 2025-01-01..02-28, 114 `CA-X<nso>` commune units from
  2025-07-01). Rows whose name the data marks "not verified" are `unverified`. Added as `demo`: the 12
  Hải Dương district police `CA-<code>` (parent CAHD, to 2025-02-28; CA-CL renamed 2019-03-01) and one
  commune police `CAX-<gso>` per 2024 commune (452): parent the district police to 2025-02-28 (new
  version on 2025-01-01 when the commune was renamed or its district changed: Thủy Nguyên → TN2, An Dương
  → AD2 / Hồng Bàng), then CAHP or CAHD from 2025-03-01 (move events), ending 2025-06-30. Each district
  police is dissolved on 2025-03-01 into CAHP/CAHD; CAHD merges into CAHP on 2025-07-01; the 01/01/2025
  Thủy Nguyên / An Dương changes are a merge (CA-TN + part of CA-HA → CA-TN2) and a split (CA-AD →
  CA-AD2, CA-HB), `unverified`. On 2025-07-01 the `CAX` units merge into `CA-X<nso>` per the
  `successor_2025_07` column (one merge event per new unit; partial links in partial_codes).
- **Ban ATGT**: `BAN_ATGT-HP`, `demo`.
- `DV_TRUC_THUOC` is defined but not used yet (no unit directly under the Sở is known besides schools).

## The 78 communes absorbed on 01/01/2025

communes_2024.csv has 78 units (50 Hải Phòng, 28 Hải Dương) absorbed on 01/01/2025 into units with
another code; no source read maps them. The generator infers the absorbing unit from names when the
evidence is clear: a same-district unit renamed on 01/01/2025 that took the absorbed unit's name, or a
distinctive word of it (a word in at most 2 of the district's commune names, not from the unit's own old
name), with a unique best candidate. %(n_abs)d are inferred that way: their `CAX` ends 2024-12-31 and a
`2025-01-01-merge-CAX-<absorber>` event (`demo;unverified`, reason in provenance) links them. The other
%(n_fb)d keep their `CAX` to 2025-06-30 (rows `demo;unverified`) and get a guessed successor on
2025-07-01: the new commune that received most of that 2024 district's communes (whole link 1, partial
0.5), in a separate `2025-07-01-merge-CAX-<gso>` event flagged `unverified`.

## Known gaps

- No coordinates, phones or e-mails. Hải Dương THPT districts are often unknown (address empty).
- The real names of the Sở sections, of the Thủy Nguyên / An Dương offices and police from 2025, of the
  Bạch Long Vĩ police station (01/03–30/06/2025, not modelled) and of each GDNN-GDTX centre are not verified.
- Whether district GDNN-GDTX centres were under the Sở before 2025 is not verified (modelled so).
- Commune police before 01/07/2025 and most lower schools are invented (`demo`).
""" % {
        "n_types": len(types), "units": c["units"], "versions": c["versions"],
        "by_type": fmt_counter(c["units_by_type"], type_order),
        "asof24": c["as_of_2024-12-31"], "asof24_t": fmt_counter(c["as_of_2024-12-31_by_type"], type_order),
        "asof25": c["as_of_2025-12-31"], "asof25_t": fmt_counter(c["as_of_2025-12-31_by_type"], type_order),
        "events": c["events"], "ev_kinds": fmt_counter(c["events_by_kind"], kinds),
        "demo": c["units_flag_demo"], "unver": c["units_flag_unverified"], "ev_unver": c["events_flag_unverified"],
        "n_sample": n_sample, "n_demo_sch": n_demo_sch, "n_abs": len(absorber), "n_fb": len(fallback),
    }


def main(argv):
    check_only = "--check" in argv
    ref = load()
    m, info = build(ref)
    types = [(code, name, side, level, str((i + 1) * 10)) for i, (code, name, side, level) in enumerate(UNIT_TYPES)]
    if not ERRORS:
        localise(m, info)
        validate(m, types)
    if ERRORS:
        for e in ERRORS:
            print("ERROR: " + e, file=sys.stderr)
        print("%d error(s); nothing written." % len(ERRORS), file=sys.stderr)
        return 1
    unit_rows = [r for code in sorted(m.units) for r in m.units[code]]
    unit_rows.sort(key=lambda r: (r["code"], r["valid_from"]))
    event_rows = sorted(m.events, key=lambda e: (e["date"], e["event_id"]))
    type_rows = [dict(zip(TYPE_COLS, t)) for t in types]
    c = counts(m, types)
    outputs = {
        "unit_types.csv": to_csv(TYPE_COLS, type_rows),
        "units.csv": to_csv(UNIT_COLS, unit_rows),
        "events.csv": to_csv(EVENT_COLS, event_rows),
        "sources.md": sources_md(m, info, c, UNIT_TYPES),
    }
    if not check_only:
        os.makedirs(OUT, exist_ok=True)
        for name, text in outputs.items():
            with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
                f.write(unicodedata.normalize("NFC", text))
    print("units %d, versions %d, events %d" % (c["units"], c["versions"], c["events"]))
    print("events by kind: " + fmt_counter(c["events_by_kind"], list(EVENT_KINDS)))
    for d in ASOF:
        print("valid on %s: %d (%s)" % (d, c["as_of_" + d],
                                        fmt_counter(c["as_of_%s_by_type" % d], [t[0] for t in UNIT_TYPES])))
    print("units flagged demo %d, unverified %d; unverified events %d" % (
        c["units_flag_demo"], c["units_flag_unverified"], c["events_flag_unverified"]))
    print("01/01/2025 absorptions inferred %d, guessed 01/07/2025 successors %d" % (
        len(info["absorber"]), len(info["fallback"])))
    print("validation OK" + ("" if check_only else "; written to " + os.path.relpath(OUT, ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
