// Plans and tasks: plan 688's illustrative tasks fanned out to the THPT schools, a school's report
// with a file, the Department's review, the compliance matrix and TASKS_ON_TIME computed from it;
// a new plan issued through the chain fans out as of its issue date; who sees which report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from './lib.mjs';

async function plan688(s) {
  const r = await request('GET', `/api/v1/documents?q=${encodeURIComponent('688/KHPH')}`, { session: s });
  assert.equal(r.status, 200, r.text);
  const d = r.json.documents.find((x) => x.number_text === '688/KHPH-CAHP-SGDĐT');
  assert.ok(d, 'plan 688 is visible to the Department (its partner)');
  return d.id;
}

test('plan 688: tasks per party, a school reports with a file, the Department accepts, the matrix shows it', async () => {
  const dept = await login('so.gddt');
  const id = await plan688(dept);
  const plan = await request('GET', `/api/v1/plans/${id}`, { session: dept });
  assert.equal(plan.status, 200, plan.text);
  assert.ok(plan.json.plan.tasks.length >= 4);
  assert.ok(plan.json.plan.document.illustrative, 'the plan text is marked illustrative');

  const principal = await login('bgh.hongbang');
  const mine = await request('GET', `/api/v1/tasks?document_id=${id}`, { session: principal });
  assert.equal(mine.status, 200, mine.text);
  const hb = await unitId(principal, '03002');
  assert.ok(mine.json.tasks.every((t) => t.unit_id === hb), 'a school lists its own assignments');
  const open = mine.json.tasks.find((t) => t.period === '2026' && t.actions.includes('report'));
  assert.ok(open, 'the peak-month task of 2026 is open for 03002');

  // Evidence is required before submitting: narrative, figures and a file.
  let r = await request('POST', `/api/v1/tasks/${open.id}/submit`, { session: principal });
  assert.equal(r.status, 422, 'nothing reported yet');
  r = await request('PUT', `/api/v1/tasks/${open.id}/report`, {
    session: principal, body: { status: 'done', narrative: 'Tổ chức 2 buổi tuyên truyền; học sinh ký cam kết.', figures: { PROP_SESSIONS: 2, PROP_STUDENTS: 1100 } },
  });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json.task.figures, { PROP_SESSIONS: 2, PROP_STUDENTS: 1100 });
  // Typed figures are stored as reported; the product holds no propagation records yet, so the
  // computed value beside them is null (never a made-up figure).
  assert.deepEqual(r.json.task.computed, { PROP_SESSIONS: null, PROP_STUDENTS: null });
  r = await request('POST', `/api/v1/tasks/${open.id}/submit`, { session: principal });
  assert.equal(r.status, 422, 'a file is required');
  const up = await request('POST', `/api/v1/tasks/${open.id}/files?name=bien-ban.pdf`, {
    session: principal, raw: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
    headers: { 'content-type': 'application/octet-stream' },
  });
  assert.equal(up.status, 201, up.text);
  r = await request('POST', `/api/v1/tasks/${open.id}/submit`, { session: principal });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.task.review, 'submitted');
  r = await request('PUT', `/api/v1/tasks/${open.id}/report`, { session: principal, body: { status: 'in_progress' } });
  assert.equal(r.status, 409, 'a submitted report waits for the review');

  // Another school and the police do not see it; the teacher of 03002 does not review.
  assert.equal((await request('GET', `/api/v1/tasks/${open.id}`, { session: await login('gv.ngoquyen') })).status, 404);
  assert.equal((await request('GET', `/api/v1/tasks/${open.id}`, { session: await login('ca.hongbang') })).status, 404);
  assert.equal((await request('POST', `/api/v1/tasks/${open.id}/review`, { session: await login('gv.hongbang'), body: { decision: 'accept' } })).status, 403);
  assert.equal((await request('POST', `/api/v1/tasks/${open.id}/review`, { session: principal, body: { decision: 'accept' } })).status, 403, 'a school does not accept its own report');
  const noReason = await request('POST', `/api/v1/tasks/${open.id}/review`, { session: dept, body: { decision: 'return' } });
  assert.equal(noReason.status, 422);
  r = await request('POST', `/api/v1/tasks/${open.id}/review`, { session: dept, body: { decision: 'accept', comment: 'Đạt' } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.task.review, 'accepted');
  assert.equal(r.json.task.on_time, false, 'submitted after 30/9/2026: accepted but late');

  const matrix = await request('GET', `/api/v1/plans/${id}/compliance?unit_type=THPT`, { session: dept });
  assert.equal(matrix.status, 200, matrix.text);
  const cell = matrix.json.cells.find((c) => c.assignment_id === open.id);
  assert.equal(cell.review, 'accepted');
  assert.equal(cell.status, 'done');
  assert.ok(matrix.json.totals.overdue > 0, 'other schools are overdue');
  assert.ok(matrix.json.units.every((u) => u.type === 'THPT'));
  const schoolView = await request('GET', `/api/v1/plans/${id}/compliance`, { session: principal });
  assert.ok(schoolView.json.cells.every((c) => c.unit_id === hb), 'a school sees only its own row');
  const xlsx = await request('GET', `/api/v1/plans/${id}/compliance/xlsx`, { session: dept, binary: true });
  assert.equal(xlsx.status, 200);
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK');

  // TASKS_ON_TIME is computed from the accepted reports: 2024-2025 has on-time reports in the demo.
  const sgd = await unitId(dept, 'SGDDT-HP');
  const due = await request('POST', '/api/v1/indicators/preview', { session: await login('admin'), body: { computation: { count: { source: 'tasks' } }, unit_id: sgd, school_year: '2024-2025' } });
  assert.equal(due.status, 200, due.text);
  assert.ok(due.json.value > 100, `tasks due in 2024-2025: ${due.json.value}`);
  const onTime = await request('POST', '/api/v1/indicators/preview', { session: await login('admin'), body: { computation: { count: { source: 'tasks', where: { on_time: [1] } } }, unit_id: sgd, school_year: '2024-2025' } });
  assert.equal(onTime.json.value, 3, 'the demo season has three on-time accepted reports in 2024-2025');
});

test('a new plan: tasks while a draft, fan-out at issue to the THPT schools of that day, locked after', async () => {
  const drafter = await login('so.gddt');
  const sgd = await unitId(drafter, 'SGDDT-HP');
  const d = await request('POST', '/api/v1/documents', {
    session: drafter, body: { type_code: 'ke_hoach', subject: 'Kế hoạch thử phân giao nhiệm vụ', recipients: { units: [], groups: [{ type: 'THPT', under: sgd }] } },
  });
  assert.equal(d.status, 201, d.text);
  const id = d.json.document.id;
  const bad = await request('PUT', `/api/v1/plans/${id}/tasks`, { session: drafter, body: { sections: [], tasks: [{ content: 'Không có đơn vị', recurrence: 'once', due_date: '2027-01-31' }] } });
  assert.equal(bad.status, 422, 'a task without a responsible party');
  const badDate = await request('PUT', `/api/v1/plans/${id}/tasks`, { session: drafter, body: { sections: [], tasks: [{ content: 'Hạn sai', responsible_type: 'THPT', responsible_under: sgd, recurrence: 'once', due_date: '2027-02-30' }] } });
  assert.equal(badDate.status, 422);
  const ok = await request('PUT', `/api/v1/plans/${id}/tasks`, {
    session: drafter,
    body: {
      sections: [{ title: 'Nhiệm vụ của các trường' }],
      tasks: [{ section: 0, content: 'Báo cáo nhanh kết quả tuyên truyền', responsible_type: 'THPT', responsible_under: sgd, recurrence: 'once', due_date: '2027-01-31', evidence: { narrative: true } }],
    },
  });
  assert.equal(ok.status, 200, ok.text);
  for (const [who, step] of [['chanhvp.so', 'check'], ['pgd.so', 'sign'], ['vanthu.so', 'issue']]) {
    const r = await request('POST', `/api/v1/documents/${id}/${step}`, { session: await login(who) });
    assert.equal(r.status, 200, `${step}: ${r.text}`);
  }
  const m = await request('GET', `/api/v1/plans/${id}/compliance`, { session: drafter });
  assert.ok(m.json.cells.length > 100, `assignments to every THPT school today: ${m.json.cells.length}`);
  assert.equal(m.json.totals.overdue, 0);
  const locked = await request('PUT', `/api/v1/plans/${id}/tasks`, { session: drafter, body: { sections: [], tasks: [] } });
  assert.equal(locked.status, 409, 'an issued plan keeps its tasks');
  const teacher = await login('gv.ngoquyen');
  const other = m.json.cells.find((c) => c.unit_id !== teacher.user.unit_id);
  const r = await request('PUT', `/api/v1/tasks/${other.assignment_id}/report`, { session: teacher, body: { status: 'done' } });
  assert.equal(r.status, 404, 'a report on a task of another unit');
});

test('the tracking register of a school: plan 688 is not delivered to it, the seed season shows progress per delivered document', async () => {
  const clerk = await login('vanthu.so');
  const r = await request('GET', '/api/v1/document-registers/tracking?year=2023', { session: clerk });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.columns[0], 'Số đến');
  const row = r.json.rows.find((x) => x.cells[1].startsWith('31/CT-TTg'));
  assert.ok(row, 'Directive 31 is tracked');
  assert.match(row.cells[4], /Chưa xác nhận|Đã nhận/);
});
