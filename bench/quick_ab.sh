#!/usr/bin/env bash
# A quick A/B of the request path (docs/benchmarks.md "The request path"): starts the release
# server on a fresh seeded SQLite file (access log at info to a file) and a bare Beast server
# (bench/bare_beast.cpp) with the same bytes, then wrk -t2 -c64 -d5s once each, back to back:
# /healthz and the authenticated GET /api/v1/units/{id}. PERF=1 also records a perf profile of
# the server (perf.data in the printed directory). Not a substitute for `./x bench`.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-$ROOT/build/release/atgt}
Q=$(mktemp -d /tmp/atgt-ab.XXXXXX)
ATGT_DATABASE_URL=sqlite:$Q/u.db ATGT_DEMO=1 "$BIN" seed-demo >/dev/null 2>&1
ATGT_DATABASE_URL=sqlite:$Q/u.db ATGT_LISTEN=127.0.0.1:0 ATGT_LOG_LEVEL=info ATGT_DEMO=1 ATGT_FILES_DIR=$Q/files "$BIN" serve >"$Q/out" 2>"$Q/access.log" &
SP=$!
for _ in $(seq 1 100); do grep -q LISTENING "$Q/out" 2>/dev/null && break; sleep 0.1; done
BASE=$(grep '^LISTENING' "$Q/out" | cut -d' ' -f2)
C=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' -d '{"login":"theodoi","password":"ATGT-HocDuong-2026"}' "$BASE/api/v1/session" | grep -i '^set-cookie' | sed 's/^[Ss]et-[Cc]ookie: //; s/;.*//')
ID=$(sqlite3 "$Q/u.db" "SELECT id FROM units WHERE code = '03002'")
curl -s -H "Cookie: $C" "$BASE/api/v1/units/$ID" >"$Q/unit.json"
curl -s "$BASE/healthz" >"$Q/h.json"
g++ -std=c++20 -O2 -DNDEBUG -o "$Q/bare_beast" "$ROOT/bench/bare_beast.cpp" -pthread
"$Q/bare_beast" 0 "$Q/h.json" 2 >"$Q/bh.out" & BH=$!
"$Q/bare_beast" 0 "$Q/unit.json" 2 >"$Q/bu.out" & BU=$!
sleep 0.3
HB=$(cut -d' ' -f2 "$Q/bh.out"); UB=$(cut -d' ' -f2 "$Q/bu.out")
r() { wrk -t2 -c64 -d5s --latency ${2:+-H "$2"} "$1" 2>&1 | awk '/Requests\/sec/ {r=$2} $1=="99%" {p=$2} /Non-2xx|Socket errors/ {e=e" "$0} END {print r, "p99=" p, e}'; }
echo "healthz atgt: $(r "$BASE/healthz")"
echo "healthz bare: $(r "$HB/healthz")"
echo "unit atgt:    $(r "$BASE/api/v1/units/$ID" "Cookie: $C")"
echo "unit bare:    $(r "$UB/unit.json")"
if [ -n "${PERF:-}" ]; then
  perf record -F 2000 -g -p $SP -o "$Q/perf.data" -- sleep 4 >/dev/null 2>&1 &
  wrk -t2 -c64 -d5s -H "Cookie: $C" "$BASE/api/v1/units/$ID" >/dev/null
  sleep 0.5
  echo "profile: perf report -i $Q/perf.data --no-children --sort dso,sym"
fi
kill $SP $BH $BU
wait $SP 2>/dev/null
