// The push and review-queue benchmarks (bench/run.sh bench_violations).
//   node bench/violations_bench.mjs push BASE ITEMS.jsonl   -> "push_s S", "created N", "repeated N"
//   node bench/violations_bench.mjs queue BASE              -> "queue_p50 MS", "queue_p95 MS", "total N"
// push: csgt sends the stops in batches of 500 (POST /api/v1/violations/push), one after the other.
// queue: the Department (so.gddt) reads the first page of its review queue 60 times after 5 warm-up
// requests; server time from the Server-Timing header.
import { readFileSync } from 'node:fs';

const [mode, base, file] = process.argv.slice(2);

async function login(name) {
  const r = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: name, password: 'ATGT-HocDuong-2026' }) });
  if (r.status !== 200) throw new Error(`login ${name}: ${r.status}`);
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = (await r.json()).csrf_token;
  return { cookie, csrf };
}

function serverMs(r) {
  const t = r.headers.get('server-timing') ?? '';
  const m = /dur=([0-9.]+)/.exec(t);
  return m ? Number(m[1]) : NaN;
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

if (mode === 'push') {
  const s = await login('csgt');
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  let created = 0, repeated = 0, invalid = 0;
  const t0 = performance.now();
  for (let i = 0; i < lines.length; i += 500) {
    const r = await fetch(`${base}/api/v1/violations/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
      body: JSON.stringify({ source_system: 'BENCH', items: lines.slice(i, i + 500) }),
    });
    if (r.status !== 200) throw new Error(`push ${i}: ${r.status} ${(await r.text()).slice(0, 300)}`);
    const j = await r.json();
    created += j.created;
    repeated += j.repeated;
    invalid += j.invalid;
  }
  console.log(`push_s ${((performance.now() - t0) / 1000).toFixed(2)}`);
  console.log(`created ${created}`);
  console.log(`repeated ${repeated}`);
  console.log(`invalid ${invalid}`);
} else if (mode === 'queue') {
  const s = await login('so.gddt');
  const times = [];
  let total = 0;
  for (let i = 0; i < 65; i++) {
    const r = await fetch(`${base}/api/v1/match-queue?limit=50`, { headers: { cookie: s.cookie } });
    if (r.status !== 200) throw new Error(`queue: ${r.status}`);
    total = (await r.json()).total;
    if (i >= 5) times.push(serverMs(r));
  }
  console.log(`queue_p50 ${pct(times, 50).toFixed(1)}`);
  console.log(`queue_p95 ${pct(times, 95).toFixed(1)}`);
  console.log(`total ${total}`);
}
