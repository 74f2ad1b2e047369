// Violation records from a file, as a job: Vietnamese headers, persons of one stop grouped by
// their stop reference, every record matched to the rosters (a clear match opens a notice at the
// school); a file with a bad row fails with the row and the column and writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, waitJob } from './lib.mjs';

function upload(s, name, text) {
  return request('POST', `/api/v1/uploads?name=${encodeURIComponent(name)}`, { session: s, raw: Buffer.from(text), headers: { 'content-type': 'application/octet-stream' } });
}

async function importFile(s, name, text) {
  const up = await upload(s, name, text);
  assert.equal(up.status, 201, up.text);
  const r = await request('POST', '/api/v1/violations/import', { session: s, body: { file_id: up.json.file.id } });
  assert.equal(r.status, 201, r.text);
  return waitJob(s, r.json.job_id);
}

const dmy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const HEADER = 'Mã lần kiểm tra,Thời điểm vi phạm,Mã công an xã,Địa điểm,Vai trò,Họ và tên,Ngày sinh,Năm sinh,Số định danh,Trường,Nghị định,Mã hành vi,Hình thức xử lý,Số tiền phạt';

test('a CSV of violations is imported as a job; each record is matched; notices open', async () => {
  const csgt = await login('csgt');
  const bgh = await login('bgh.hongbang');
  const roster = (await request('GET', '/api/v1/students?limit=1000', { session: bgh })).json.students;
  const s = roster.find((x) => x.personal_id && x.birth_date > '2008-06-01' && x.birth_date < '2009-06-01');
  const before = (await request('GET', '/api/v1/violations?limit=500', { session: csgt })).json.violations.length;
  const csv = [
    HEADER,
    `K1,12/09/2025 06:50,CA-X11311,Đường Hoàng Văn Thụ,Người điều khiển,${s.full_name},${dmy(s.birth_date)},,${s.personal_id},${s.school_name},168/2024/NĐ-CP,7.2.h,Phạt tiền,200.000`,
    `K1,12/09/2025 06:50,CA-X11311,Đường Hoàng Văn Thụ,Người liên quan,Nguyễn Thị Không Có,,2012,,,,,Không xử phạt,`,
    `K2,13/09/2025 17:05,CA-X11311,Ngã tư Lạch Tray,,Lê Văn Lạ,,2010,,,,7.2.h,Cảnh cáo,`,
  ].join('\n');
  const job = await importFile(csgt, 'vi-pham-thang-3.csv', csv);
  assert.equal(job.status, 'done', JSON.stringify(job.error));
  assert.equal(job.result.records, 3);
  assert.ok(job.result.matched >= 1, JSON.stringify(job.result));
  const list = (await request('GET', '/api/v1/violations?from=2025-09-12&to=2025-09-13&limit=500', { session: csgt })).json.violations;
  assert.equal((await request('GET', '/api/v1/violations?limit=500', { session: csgt })).json.violations.length, before + 3);
  const rider = list.find((v) => v.full_name === s.full_name && v.date === '2025-09-12');
  const passenger = list.find((v) => v.full_name === 'Nguyễn Thị Không Có');
  assert.equal(rider.stop_id, passenger.stop_id, 'one stop');
  assert.equal(rider.legal_code, 'ND168:7.2.h');
  assert.equal(rider.match_state, 'auto');
  assert.equal(passenger.match_state, 'unmatched');
  const notices = (await request('GET', `/api/v1/notices?student_id=${s.id}&limit=500`, { session: bgh })).json.notices;
  assert.ok(notices.some((n) => n.record.id === rider.id));
});

test('a file with bad rows fails with the row and the column and writes nothing', async () => {
  const csgt = await login('csgt');
  const before = (await request('GET', '/api/v1/violations?limit=500', { session: csgt })).json.violations.length;
  const csv = [
    HEADER,
    'K1,12/09/2025 06:50,CA-X11311,,Người điều khiển,Trần Văn Một,,2009,,,,7.2.h,Phạt tiền,100000',  // 16: a fine is allowed
    'K2,31/02/2025 06:50,,,,Trần Văn Hai,,2009,,,,,Không xử phạt,',  // no such day
    'K3,14/03/2025 06:50,KHONG-CO,,,Trần Văn Ba,,2009,,,,,Không xử phạt,',
    'K4,15/03/2025 06:50,,,Tài xế,Trần Văn Bốn,,2009,,,,,Không xử phạt,',
    'K5,16/03/2025 06:50,,,,Trần Văn Năm,,2012,,,ND168,7.2.h,Cảnh cáo,',  // 13: no sanction
    'K6,17/03/2025 06:50,,,,Trần Văn Sáu,,2009,,,ND100,6.2.i,Cảnh cáo,',  // Decree 100 ended
  ].join('\n');
  const job = await importFile(csgt, 'loi.csv', csv);
  assert.equal(job.status, 'failed');
  assert.equal(job.error.code, 'validation');
  const got = job.error.rows.map((r) => `${r.row}|${r.column}`);
  for (const want of ['3|Thời điểm vi phạm', '4|Mã công an xã', '5|Vai trò'])
    assert.ok(got.includes(want), `${want} in ${got}`);
  const after = (await request('GET', '/api/v1/violations?limit=500', { session: csgt })).json.violations.length;
  assert.equal(after, before);
  // The rules of the form, with their rows, once the file reads.
  const rules = await importFile(csgt, 'luat.csv', [HEADER, 'K5,16/03/2025 06:50,,,,Trần Văn Năm,,2012,,,ND168,7.2.h,Cảnh cáo,', 'K6,17/03/2025 06:50,,,,Trần Văn Sáu,,2009,,,ND100,6.2.i,Cảnh cáo,'].join('\n'));
  assert.equal(rules.status, 'failed');
  assert.deepEqual(rules.error.rows.map((r) => `${r.row}|${r.column}`), ['2|Hình thức xử lý', '3|Mã hành vi']);
  assert.equal((await request('GET', '/api/v1/violations?limit=500', { session: csgt })).json.violations.length, before);
  // A bad request: an unknown encoding, a file that is not the caller's upload, no file.
  const up0 = await upload(csgt, 'x.csv', HEADER);
  const enc = await request('POST', '/api/v1/violations/import', { session: csgt, body: { file_id: up0.json.file.id, encoding: 'koi8-r' } });
  assert.equal(enc.status, 422, enc.text);
  assert.ok(enc.json.error.fields.encoding);
  const notMine = await request('POST', '/api/v1/violations/import', { session: await login('ca.hongbang'), body: { file_id: up0.json.file.id } });
  assert.equal(notMine.status, 422, notMine.text);
  assert.ok(notMine.json.error.fields.file_id);
  assert.equal((await request('POST', '/api/v1/violations/import', { session: csgt, body: {} })).status, 422);
  // Only the police record violations.
  const bgh = await login('bgh.hongbang');
  const up = await upload(bgh, 'x.csv', HEADER);
  assert.equal((await request('POST', '/api/v1/violations/import', { session: bgh, body: { file_id: up.json.file.id } })).status, 403);
});

test('the import template itself imports', async () => {
  const csgt = await login('csgt');
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL('../../data/import_templates/violations.csv', import.meta.url), 'utf8');
  const job = await importFile(csgt, 'mau.csv', text);
  assert.equal(job.status, 'done', JSON.stringify(job.error));
  assert.equal(job.result.records, 4);
});
