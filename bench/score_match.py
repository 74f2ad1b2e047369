#!/usr/bin/env python3
"""Scores an `atgt match` output against the generator's truth (bench/gen_match_data.py).

    python3 bench/score_match.py OUT.csv TRUTH.csv [--json]

precision = correct `matched` / all `matched`; recall = correct `matched` / records about
rostered students; review rate = `review` / all records (issue 11). Also prints how often the
best candidate of a `review` is the right child, and the wrong matches (first 20) for study.
"""
import csv
import json
import sys


def main():
    out_path, truth_path = sys.argv[1], sys.argv[2]
    truth = {r["record_id"]: r["student_id"] for r in csv.DictReader(open(truth_path, encoding="utf-8"))}
    rows = list(csv.DictReader(open(out_path, encoding="utf-8")))
    ids = [r["record_id"] for r in rows]
    if ids != list(truth):
        sys.exit("the output's record ids differ from the truth's (order or count)")
    matched = correct = review = review_right = rostered = 0
    wrong = []
    for r in rows:
        t = truth[r["record_id"]]
        rostered += bool(t)
        if r["status"] == "matched":
            matched += 1
            if r["student_id"] == t:
                correct += 1
            else:
                wrong.append((r["record_id"], r["student_id"], t, r["score"]))
        elif r["status"] == "review":
            review += 1
            review_right += bool(t) and r["student_id"] == t
    n = len(rows)
    res = dict(records=n, rostered=rostered, matched=matched, correct=correct,
               precision=correct / matched if matched else 1.0,
               recall=correct / rostered if rostered else 1.0,
               review_rate=review / n if n else 0.0,
               review_best_right=review_right / review if review else 0.0)
    if "--json" in sys.argv:
        print(json.dumps(res))
        return
    print(f"records {n}  rostered {rostered}  matched {matched}  review {review}")
    print(f"precision {res['precision']:.4f}  recall {res['recall']:.4f}  review rate {res['review_rate']:.4f}"
          f"  (review: best candidate right {res['review_best_right']:.2f})")
    for w in wrong[:20]:
        print("wrong:", *w)


if __name__ == "__main__":
    main()
