// Documents benchmark (bench/run.sh bench_documents): server time (the handler time in the
// Server-Timing header) of the seed letter to PDF and DOCX (p50/p95 of 60 warm requests), of issuing
// one document to every kindergarten of the city (~1,600 units: inbox rows, incoming numbers and
// notifications in one transaction), and of the compliance matrix of a plan with 30 tasks for those
// units (p95 of 60). Prints "key value" lines; also the plan's document id for the SQL reference.
// Usage: node bench/documents_bench.mjs BASE_URL
const BASE = process.argv[2];
const PW = 'ATGT-HocDuong-2026';

async function login(name) {
  const r = await fetch(`${BASE}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: name, password: PW }) });
  if (r.status !== 200) throw new Error(`login ${name}: ${r.status}`);
  return { cookie: r.headers.get('set-cookie').split(';')[0], csrf: (await r.json()).csrf_token };
}

async function call(s, method, path, body) {
  const headers = { cookie: s.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = s.csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const buf = Buffer.from(await r.arrayBuffer());
  if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${buf.toString().slice(0, 300)}`);
  const timing = r.headers.get('server-timing') ?? '';
  const m = timing.match(/dur=([0-9.]+)/);
  const type = r.headers.get('content-type') ?? '';
  return { ms: m ? Number(m[1]) : NaN, json: type.startsWith('application/json') ? JSON.parse(buf.toString()) : null, bytes: buf.length };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)].toFixed(2);
};

async function timed(s, path, n = 60) {
  for (let i = 0; i < 5; i++) await call(s, 'GET', path);
  const xs = [];
  for (let i = 0; i < n; i++) xs.push((await call(s, 'GET', path)).ms);
  return xs;
}

const drafter = await login('so.gddt');
const list = await call(drafter, 'GET', '/api/v1/documents?q=trien%20khai%20ke%20hoach');
const seed = list.json.documents.find((d) => d.status === 'draft' && d.subject.startsWith('Tổ chức triển khai'));
const pdf = await timed(drafter, `/api/v1/documents/${seed.id}/pdf`);
const docx = await timed(drafter, `/api/v1/documents/${seed.id}/docx`);
console.log(`pdf_p50 ${pct(pdf, 50)}`);
console.log(`pdf_p95 ${pct(pdf, 95)}`);
console.log(`docx_p50 ${pct(docx, 50)}`);
console.log(`docx_p95 ${pct(docx, 95)}`);

const units = await call(drafter, 'GET', '/api/v1/units/search?q=SGDDT-HP');
const sgd = units.json.units.find((u) => u.code === 'SGDDT-HP').id;
const group = { units: [], groups: [{ type: 'MN', under: sgd }] };
const checker = await login('chanhvp.so');
const signer = await login('pgd.so');
const clerk = await login('vanthu.so');
async function bringToSigned(body) {
  const d = await call(drafter, 'POST', '/api/v1/documents', body);
  await call(checker, 'POST', `/api/v1/documents/${d.json.document.id}/check`);
  await call(signer, 'POST', `/api/v1/documents/${d.json.document.id}/sign`);
  return d.json.document.id;
}
const letter = await bringToSigned({ type_code: 'cong_van', subject: 'Đo thời gian gửi văn bản toàn thành phố', recipients: group });
const issued = await call(clerk, 'POST', `/api/v1/documents/${letter}/issue`);
const deliveries = await call(drafter, 'GET', `/api/v1/documents/${letter}/deliveries`);
console.log(`distribute_units ${deliveries.json.total}`);
console.log(`distribute_ms ${issued.ms.toFixed(1)}`);

const plan = await call(drafter, 'POST', '/api/v1/documents', { type_code: 'ke_hoach', subject: 'Kế hoạch đo ma trận tiến độ', recipients: group });
const planId = plan.json.document.id;
const tasks = Array.from({ length: 30 }, (_, i) => ({ content: `Nhiệm vụ đo số ${i + 1}`, responsible_type: 'MN', responsible_under: sgd, recurrence: 'once', due_date: '2027-05-31' }));
await call(drafter, 'PUT', `/api/v1/plans/${planId}/tasks`, { sections: [], tasks });
await call(checker, 'POST', `/api/v1/documents/${planId}/check`);
await call(signer, 'POST', `/api/v1/documents/${planId}/sign`);
const planIssued = await call(clerk, 'POST', `/api/v1/documents/${planId}/issue`);
console.log(`plan_issue_ms ${planIssued.ms.toFixed(1)}`);
const matrix = await timed(drafter, `/api/v1/plans/${planId}/compliance`);
const m = await call(drafter, 'GET', `/api/v1/plans/${planId}/compliance`);
console.log(`matrix_cells ${m.json.cells.length}`);
console.log(`matrix_units ${m.json.units.length}`);
console.log(`matrix_p50 ${pct(matrix, 50)}`);
console.log(`matrix_p95 ${pct(matrix, 95)}`);
console.log(`plan_id ${planId}`);
