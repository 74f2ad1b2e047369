#!/usr/bin/env python3
"""Check that a rewrite of the text of data/ changed only text columns.

Compares every CSV under data/org, data/calendar and data/ (indicators, notification templates)
in the working tree with the same file at a git revision (default HEAD): same rows in the same
order, and every column byte-identical except the allowed text columns and added columns.

Usage:  python3 tools/compare_data_columns.py [REV]
Exit status 0 when only allowed columns differ; 1 otherwise (the differences are printed).
Python 3 standard library only.
"""
import csv
import io
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# file -> columns whose text may change; columns absent from the old file may be added.
TEXT = {
    "data/org/units.csv": {"source", "note"},
    "data/org/events.csv": {"source", "note"},
    "data/org/unit_types.csv": {"name"},
    "data/org/role_unit_types.csv": {"note"},
    "data/calendar/holidays.csv": {"name", "source"},
    "data/calendar/school_years.csv": {"source", "note"},
    "data/indicators.csv": {"name", "description", "source"},
    "data/notification_templates.csv": {"title", "body", "email_subject", "email_body", "source"},
}


def rows(text):
    r = list(csv.reader(io.StringIO(text)))
    return r[0], r[1:]


def main(argv):
    rev = argv[0] if argv else "HEAD"
    bad = 0
    for path, allowed in TEXT.items():
        old_text = subprocess.run(["git", "show", "%s:%s" % (rev, path)], cwd=ROOT, check=True,
                                  capture_output=True).stdout.decode("utf-8")
        with open(os.path.join(ROOT, path), encoding="utf-8", newline="") as f:
            new_text = f.read()
        oh, orows = rows(old_text)
        nh, nrows = rows(new_text)
        added = [c for c in nh if c not in oh]
        missing = [c for c in oh if c not in nh]
        if missing or nh[:len(oh)] != oh:
            print("%s: old columns %s must stay first and in order (new header %s)" % (path, oh, nh))
            bad += 1
            continue
        if len(orows) != len(nrows):
            print("%s: %d rows before, %d now" % (path, len(orows), len(nrows)))
            bad += 1
            continue
        kept = [i for i, c in enumerate(oh) if c not in allowed]
        changed = {c: 0 for c in oh if c in allowed}
        diffs = 0
        for n, (o, w) in enumerate(zip(orows, nrows)):
            for i in kept:
                if o[i] != w[i]:
                    diffs += 1
                    if diffs <= 10:
                        print("%s row %d column %s: %r -> %r" % (path, n + 2, oh[i], o[i], w[i]))
            for c in changed:
                i = oh.index(c)
                changed[c] += o[i] != w[i]
        bad += diffs > 0
        print("%s: %d rows; non-text columns %s; text changed %s; added columns %s" % (
            path, len(nrows), "identical" if not diffs else "DIFFER (%d cells)" % diffs,
            ", ".join("%s %d" % kv for kv in changed.items()), added or "none"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
