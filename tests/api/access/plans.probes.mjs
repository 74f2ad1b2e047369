// Access probes: plans and tasks.
// A plan P issued by the Department to every demo unit, with one task for every THPT school.
// own: P for the Department's users, a plan draft of the user's unit for edits, the assignment of
// the user's school; participant: P for the units it was sent to, and for the Department the
// assignment of another school it supervises; foreign: another unit's plan draft, another
// school's assignment. Each probe answers 'allow' or 'deny'.
import { assert, login, request, sessionFor, unitId, uploadTo, verdict } from './fixtures.mjs';

let fx;
async function plans() {
  if (fx) return fx;
  const dept = await login('so.gddt');
  const ids = {};
  for (const code of ['SGDDT-HP', '03002', '03007', 'VHXH-11311', 'CAHP-CSGT', 'CA-X11311', 'BAN_ATGT-HP']) ids[code] = await unitId(dept, code);
  const p = await request('POST', '/api/v1/documents', {
    session: dept,
    body: { type_code: 'ke_hoach', subject: 'Kế hoạch ma trận quyền', recipients: { units: ['VHXH-11311', 'CAHP-CSGT', 'CA-X11311', 'BAN_ATGT-HP', '03002', '03007'].map((c) => ids[c]), groups: [] } },
  });
  assert.equal(p.status, 201, p.text);
  const plan = p.json.document.id;
  const t = await request('PUT', `/api/v1/plans/${plan}/tasks`, {
    session: dept, body: { sections: [], tasks: [{ content: 'Báo cáo thử', responsible_type: 'THPT', responsible_under: ids['SGDDT-HP'], recurrence: 'once', due_date: '2027-03-31' }] },
  });
  assert.equal(t.status, 200, t.text);
  for (const [who, step] of [['chanhvp.so', 'check'], ['pgd.so', 'sign'], ['vanthu.so', 'issue']])
    assert.equal((await request('POST', `/api/v1/documents/${plan}/${step}`, { session: await login(who) })).status, 200);
  const m = await request('GET', `/api/v1/plans/${plan}/compliance`, { session: dept });
  const assignment = (code) => m.json.cells.find((c) => c.unit_id === ids[code]).assignment_id;
  const drafts = {};
  for (const [code, who] of [['SGDDT-HP', 'so.gddt'], ['03002', 'gv.hongbang'], ['VHXH-11311', 'vhxh.hongbang'], ['CAHP-CSGT', 'csgt'], ['CA-X11311', 'ca.hongbang']]) {
    const r = await request('POST', '/api/v1/documents', { session: await login(who), body: { type_code: 'ke_hoach', subject: `Kế hoạch dự thảo ${code}` } });
    assert.equal(r.status, 201, r.text);
    drafts[ids[code]] = r.json.document.id;
  }
  fx = { ids, plan, hb: assignment('03002'), nq: assignment('03007'), drafts };
  return fx;
}

const isDept = async (s) => s.user.unit_id === (await plans()).ids['SGDDT-HP'];
async function draftPlan(s, kind) {
  const f = await plans();
  if (kind === 'own') return f.drafts[s.user.unit_id];
  return (await isDept(s)) ? f.drafts[f.ids['03002']] : f.drafts[f.ids['SGDDT-HP']];
}
// The assignment of the user's school (own), of 03007 (foreign / supervised).
async function assignmentFor(s, kind) {
  const f = await plans();
  return kind === 'own' ? f.hb : f.nq;
}
// Brings an assignment back to a state where its school may report (returns a submitted one).
async function reopen(id) {
  const a = await request('GET', `/api/v1/tasks/${id}`, { session: await login('so.gddt') });
  if (a.json.task.review === 'submitted')
    assert.equal((await request('POST', `/api/v1/tasks/${id}/review`, { session: await login('so.gddt'), body: { decision: 'return', comment: 'Bổ sung' } })).status, 200);
}
// Makes sure the 03007 assignment waits for review.
async function submitted(id) {
  const a = await request('GET', `/api/v1/tasks/${id}`, { session: await login('so.gddt') });
  if (a.json.task.review === 'submitted') return;
  const school = await login('gv.ngoquyen');
  assert.equal((await request('PUT', `/api/v1/tasks/${id}/report`, { session: school, body: { status: 'done', narrative: 'Đã làm' } })).status, 200);
  assert.equal((await request('POST', `/api/v1/tasks/${id}/submit`, { session: school })).status, 200);
}

export default {
  getPlan: async (role, kind) => {
    const s = await sessionFor(role);
    const id = kind === 'foreign' ? await draftPlan(s, 'foreign') : (await plans()).plan;
    return verdict(await request('GET', `/api/v1/plans/${id}`, { session: s }));
  },
  putPlanTasks: async (role, kind) => {
    const s = await sessionFor(role);
    const id = await draftPlan(s, kind);
    return verdict(await request('PUT', `/api/v1/plans/${id}/tasks`, { session: s, body: { sections: [], tasks: [] } }));
  },
  getPlanCompliance: async (role, kind) => {
    const s = await sessionFor(role);
    const id = kind === 'foreign' ? await draftPlan(s, 'foreign') : (await plans()).plan;
    return verdict(await request('GET', `/api/v1/plans/${id}/compliance`, { session: s }));
  },
  exportPlanCompliance: async (role, kind) => {
    const s = await sessionFor(role);
    const id = kind === 'foreign' ? await draftPlan(s, 'foreign') : (await plans()).plan;
    return verdict(await request('GET', `/api/v1/plans/${id}/compliance/xlsx`, { session: s, binary: true }));
  },
  listTasks: async (role) => verdict(await request('GET', '/api/v1/tasks', { session: await sessionFor(role) })),
  getTask: async (role, kind) => {
    const s = await sessionFor(role);
    return verdict(await request('GET', `/api/v1/tasks/${await assignmentFor(s, kind)}`, { session: s }));
  },
  listTaskFiles: async (role, kind) => {
    const s = await sessionFor(role);
    return verdict(await request('GET', `/api/v1/tasks/${await assignmentFor(s, kind)}/files`, { session: s }));
  },
  reportTask: async (role, kind) => {
    const s = await sessionFor(role);
    const id = await assignmentFor(s, kind);
    await reopen(id);
    return verdict(await request('PUT', `/api/v1/tasks/${id}/report`, { session: s, body: { status: 'in_progress', narrative: 'Đang làm' } }));
  },
  attachTaskFile: async (role, kind) => {
    const s = await sessionFor(role);
    const id = await assignmentFor(s, kind);
    await reopen(id);
    return verdict(await uploadTo(`/api/v1/tasks/${id}/files?name=minh-chung.pdf`, s));
  },
  submitTask: async (role, kind) => {
    const s = await sessionFor(role);
    const id = await assignmentFor(s, kind);
    await reopen(id);
    return verdict(await request('POST', `/api/v1/tasks/${id}/submit`, { session: s }));
  },
  reviewTask: async (role, kind) => {
    const s = await sessionFor(role);
    const id = await assignmentFor(s, kind);
    await submitted(id);
    return verdict(await request('POST', `/api/v1/tasks/${id}/review`, { session: s, body: { decision: 'return', comment: 'Bổ sung minh chứng' } }));
  },
};
