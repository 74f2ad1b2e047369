#!/usr/bin/env python3
"""A textbook Fellegi–Sunter record linkage of police records to a roster, as Splink does it,
for comparison with `atgt match` (docs/benchmarks.md "Matching"). Standard library only.

    python3 bench/fellegi_sunter.py ROSTER.csv RECORDS.csv OUT.csv [--review-rate R]

- Normalisation a Splink user would write: names and schools folded (marks removed, đ -> d,
  lower case, single spaces, "trường" dropped), dates parsed from d/m/y, y-m-d or a year,
  plates to letters and digits. No Telex clean-up, no regional variants, no school
  abbreviations.
- Blocking (union of rules): given name + birth year; family name + birth date; personal id;
  plate.
- Comparison levels per pair: family (exact / similar >= 0.85 / else), given (same), middle names
  (same / one missing / else), birth date (exact / year only agrees / else / missing), personal id
  (exact / else / missing), school (exact / else / missing), plate (exact / else / missing).
- u estimated from random record x student pairs (Splink's estimate_u_using_random_sampling;
  EM on u as well converged to a "same family + date" cluster), then m and lambda by EM over all
  blocked pairs (conditional independence, missing = no information); match weight = log2(lambda/(1-lambda)) + sum log2(m/u).
- Decision: per record the best pair; `matched` at posterior >= 0.95 (the engine's threshold),
  `review` down to the posterior that gives the review rate asked (--review-rate, default: the
  same share as `matched` threshold 0.5), else `unmatched`. Output as `atgt match`.
"""
import argparse
import csv
import difflib
import math
import re
import sys
import unicodedata
from collections import defaultdict


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s.lower()).split())


def parse_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return ("y", int(m.group(1)), 0, 0)
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", s)
        if not m:
            return None
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y < 100:
            y += 2000 if y <= 30 else 1900
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return ("d", y, mo, d)


def school_key(s):
    return " ".join(w for w in fold(s).split() if w != "truong")


def name_parts(s):
    w = fold(s).split()
    if not w:
        return None
    return (w[0] if len(w) > 1 else "", " ".join(w[1:-1]), w[-1])


_SIM = {}


def similar(a, b):
    if a == b:
        return True
    if not a or not b or abs(len(a) - len(b)) > 2:
        return False
    k = (a, b)
    if k not in _SIM:
        _SIM[k] = difflib.SequenceMatcher(None, a, b).ratio() >= 0.85
    return _SIM[k]


FIELDS = ["family", "given", "middle", "date", "pid", "school", "plate"]
LEVELS = {"family": 3, "given": 3, "middle": 3, "date": 3, "pid": 2, "school": 2, "plate": 2}


def compare(r, s):
    v = []
    v.append(0 if r["fam"] == s["fam"] else (1 if similar(r["fam"], s["fam"]) else 2))
    v.append(0 if r["giv"] == s["giv"] else (1 if similar(r["giv"], s["giv"]) else 2))
    v.append(0 if r["mid"] == s["mid"] else (1 if not r["mid"] or not s["mid"] else 2))
    if r["date"] is None or s["date"] is None:
        v.append(None)
    elif r["date"][0] == "d":
        v.append(0 if r["date"][1:] == s["date"][1:] else 2)
    else:
        v.append(1 if r["date"][1] == s["date"][1] else 2)
    v.append(None if not r["pid"] or not s["pid"] else (0 if r["pid"] == s["pid"] else 1))
    v.append(None if not r["school"] else (0 if r["school"] == s["school"] else 1))
    v.append(None if not r["plate"] or not s["plate"] else (0 if r["plate"] == s["plate"] else 1))
    return tuple(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("roster")
    ap.add_argument("records")
    ap.add_argument("out")
    ap.add_argument("--review-rate", type=float, default=None)
    a = ap.parse_args()
    roster = []
    for row in csv.DictReader(open(a.roster, encoding="utf-8-sig")):
        p = name_parts(row["full_name"]) or ("", "", "")
        roster.append(dict(id=row["student_id"], fam=p[0], mid=p[1], giv=p[2],
                           date=parse_date(row["birth_date"]), pid=row.get("personal_id", "").strip(),
                           school=school_key(row["school_name"]),
                           plate=re.sub(r"[^0-9A-Z]", "", row.get("plate", "").upper())))
    idx = defaultdict(list)
    for i, s in enumerate(roster):
        if s["date"]:
            idx[("gy", s["giv"], s["date"][1])].append(i)
            idx[("fd", s["fam"], s["date"][1:])].append(i)
        if s["pid"]:
            idx[("id", s["pid"])].append(i)
        if s["plate"]:
            idx[("pl", s["plate"])].append(i)
    records, pairs = [], []
    for row in csv.DictReader(open(a.records, encoding="utf-8-sig")):
        p = name_parts(row["full_name"]) or ("", "", "")
        r = dict(id=row["record_id"], fam=p[0], mid=p[1], giv=p[2], date=parse_date(row["birth_date"]),
                 pid=re.sub(r"\D", "", row.get("personal_id", "")),
                 school=school_key(row.get("school_name", "")),
                 plate=re.sub(r"[^0-9A-Z]", "", row.get("plate", "").upper()))
        records.append(r)
        cand = set()
        if r["date"]:
            cand.update(idx.get(("gy", r["giv"], r["date"][1]), ()))
            if r["date"][0] == "d":
                cand.update(idx.get(("fd", r["fam"], r["date"][1:]), ()))
        if r["pid"]:
            cand.update(idx.get(("id", r["pid"]), ()))
        if r["plate"]:
            cand.update(idx.get(("pl", r["plate"]), ()))
        pairs.append([(j, compare(r, roster[j])) for j in sorted(cand)])
    # u from random record x student pairs (Splink: estimate_u_using_random_sampling).
    import random
    rng = random.Random(1)
    m = {f: [0.9] + [0.1 / (LEVELS[f] - 1)] * (LEVELS[f] - 1) for f in FIELDS}
    u = {}
    uc = {f: [1.0] * LEVELS[f] for f in FIELDS}
    for _ in range(200000):
        v = compare(rng.choice(records), rng.choice(roster))
        for f, l in zip(FIELDS, v):
            if l is not None:
                uc[f][l] += 1
    for f in FIELDS:
        su = sum(uc[f])
        u[f] = [x / su for x in uc[f]]

    # m by EM in two training sessions, as Splink does: each on the pairs of one blocking rule,
    # estimating only the fields that rule does not fix (blocking on a field makes it agree in
    # every pair, so its m cannot be learnt there).
    def em(pattern_counts, active):
        mm = {f: list(m[f]) for f in FIELDS}
        lam = 0.1
        for _ in range(25):
            mc = {f: [1e-6] * LEVELS[f] for f in active}
            tot_m = tot = 0.0
            for v, n in pattern_counts.items():
                pm, pu = lam, 1 - lam
                for f, l in zip(FIELDS, v):
                    if f in active and l is not None:
                        pm *= mm[f][l]
                        pu *= u[f][l]
                g = pm / (pm + pu)
                tot_m += g * n
                tot += n
                for f, l in zip(FIELDS, v):
                    if f in active and l is not None:
                        mc[f][l] += g * n
            lam = min(max(tot_m / tot, 1e-6), 1 - 1e-6)
            for f in active:
                sm = sum(mc[f])
                mm[f] = [x / sm for x in mc[f]]
        return mm

    session_id = defaultdict(int)    # blocked on the personal id
    session_fd = defaultdict(int)    # blocked on family name + birth date
    for r, ps in zip(records, pairs):
        for j, v in ps:
            s = roster[j]
            if r["pid"] and r["pid"] == s["pid"]:
                session_id[v] += 1
            if r["date"] and r["date"][0] == "d" and s["date"] and r["fam"] == s["fam"] and r["date"][1:] == s["date"][1:]:
                session_fd[v] += 1
    a_m = em(session_id, {"family", "given", "middle", "date", "school", "plate"})
    b_m = em(session_fd, {"given", "middle", "pid", "school", "plate"})
    for f in ("family", "date"):
        m[f] = a_m[f]
    for f in ("given", "middle", "pid", "school", "plate"):
        m[f] = b_m[f]
    # The prior: about 0.8 true pairs per record among its blocked pairs.
    n_pairs = sum(len(ps) for ps in pairs)
    lam = min(0.5, 0.8 * len(records) / max(1, n_pairs))
    def post(v):
        w = math.log2(lam / (1 - lam))
        for f, l in zip(FIELDS, v):
            if l is not None:
                w += math.log2(m[f][l] / u[f][l])
        return 1 / (1 + 2 ** (-w))
    best = []
    for r, ps in zip(records, pairs):
        if not ps:
            best.append((None, 0.0))
            continue
        scored = sorted(((post(v), j) for j, v in ps), reverse=True)
        best.append((scored[0][1], scored[0][0]))
    n = len(records)
    matched_at = 0.95
    if a.review_rate is not None:
        below = sorted((p for _, p in best if p < matched_at), reverse=True)
        k = int(round(a.review_rate * n))
        review_at = below[k - 1] if 0 < k <= len(below) else matched_at
    else:
        review_at = 0.5
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["record_id", "student_id", "status", "score"])
        for r, (j, p) in zip(records, best):
            st = "matched" if j is not None and p >= matched_at else ("review" if j is not None and p >= review_at else "unmatched")
            w.writerow([r["id"], roster[j]["id"] if st != "unmatched" else "", st, f"{p:.4f}"])
    print("lambda %.3f; m/u per field:" % lam, file=sys.stderr)
    for f in FIELDS:
        print("  %-7s m=%s u=%s" % (f, [round(x, 3) for x in m[f]], [round(x, 4) for x in u[f]]), file=sys.stderr)


if __name__ == "__main__":
    main()
