// Files over HTTP: streamed upload, sniffed type against the allow-list and the name, download
// with a safe Content-Disposition, per-object access (a unit's documents are for those who see
// the unit), deletion, and hostile uploads (disguised programs, ZIP bombs, oversize, no name).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { request, login, unitId } from './lib.mjs';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

// A ZIP archive of (name, bytes) entries, deflated (enough of the format for libzip and libmagic).
export function zip(entries) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name);
    const comp = zlib.deflateRawSync(data);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0, 6); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10); local.writeUInt32LE(crc, 14); local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10); central.writeUInt32LE(0, 12); central.writeUInt32LE(crc, 16); central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBuf.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, comp);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const XLSX = (sheet) => zip([['[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')],
  ['xl/workbook.xml', Buffer.from('<workbook/>')], ['xl/worksheets/sheet1.xml', sheet]]);

function upload(session, path, bytes) {
  return request('POST', path, { session, raw: bytes, headers: { 'content-type': 'application/octet-stream' } });
}

test('a school document: uploaded by a teacher, read by the school, refused to another school and the police', async () => {
  const teacher = await login('gv.hongbang');
  const manager = await login('bgh.hongbang');
  const otherSchool = await login('gv.ngoquyen');
  const police = await login('csgt');
  const school = teacher.user.unit_id;
  const name = 'Kế hoạch ATGT năm học 2025-2026.pdf';
  const up = await upload(teacher, `/api/v1/units/${school}/files?name=${encodeURIComponent(name)}`, PDF);
  assert.equal(up.status, 201, up.text);
  assert.equal(up.json.file.name, name);
  assert.equal(up.json.file.mime, 'application/pdf');
  assert.equal(up.json.file.size, PDF.length);
  assert.equal(up.json.file.can_delete, true, 'the uploader may delete');
  const list = await request('GET', `/api/v1/units/${school}/files`, { session: manager });
  assert.equal(list.json.files.find((f) => f.id === up.json.file.id)?.can_delete, true, 'the school manager may delete');
  // A teacher sees the management's document but is told, and shown, that it may not delete it.
  const managers = await upload(manager, `/api/v1/units/${school}/files?name=ke-hoach-cua-truong.pdf`, PDF);
  assert.equal(managers.status, 201, managers.text);
  const seen = await request('GET', `/api/v1/units/${school}/files`, { session: teacher });
  assert.equal(seen.json.files.find((f) => f.id === managers.json.file.id)?.can_delete, false);
  assert.equal((await request('DELETE', `/api/v1/files/${managers.json.file.id}`, { session: teacher })).status, 403);
  const down = await request('GET', up.json.file.download_url, { session: manager, binary: true });
  assert.equal(down.status, 200);
  assert.deepEqual(down.bytes, PDF);
  assert.equal(down.headers.get('content-type'), 'application/pdf');
  assert.equal(down.headers.get('x-content-type-options'), 'nosniff');
  const cd = down.headers.get('content-disposition');
  assert.match(cd, /^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
  assert.ok(decodeURIComponent(cd.split("UTF-8''")[1]) === name);
  for (const s of [otherSchool, police]) {
    assert.equal((await request('GET', up.json.file.download_url, { session: s, binary: true })).status, 404);
    assert.equal((await request('GET', `/api/v1/units/${school}/files`, { session: s })).status, 404);
    assert.equal((await upload(s, `/api/v1/units/${school}/files?name=x.pdf`, PDF)).status, 404);
  }
  // Only the uploader or the school's management deletes; then it is gone for everyone.
  const staff2 = await login('gv.ngoquyen');
  assert.equal((await request('DELETE', `/api/v1/files/${up.json.file.id}`, { session: staff2 })).status, 404);
  assert.equal((await request('DELETE', `/api/v1/files/${up.json.file.id}`, { session: manager })).status, 204);
  assert.equal((await request('GET', up.json.file.download_url, { session: teacher, binary: true })).status, 404);
});

test('the same content uploaded twice is stored once and both attachments work', async () => {
  const teacher = await login('gv.hongbang');
  const unit = teacher.user.unit_id;
  const a = await upload(teacher, `/api/v1/units/${unit}/files?name=a.pdf`, PDF);
  const b = await upload(teacher, `/api/v1/units/${unit}/files?name=b.pdf`, PDF);
  assert.equal(a.status, 201);
  assert.equal(b.status, 201);
  await request('DELETE', `/api/v1/files/${a.json.file.id}`, { session: teacher });
  const down = await request('GET', b.json.file.download_url, { session: teacher, binary: true });
  assert.deepEqual(down.bytes, PDF);
});

test('hostile uploads are refused with a Vietnamese reason and nothing is stored', async () => {
  const admin = await login('admin');
  const school = await unitId(admin, '03002');
  const before = (await request('GET', `/api/v1/units/${school}/files`, { session: admin })).json.files.length;
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200, 1)]);
  const mz = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0), Buffer.from('PE\0\0'), Buffer.alloc(200, 7)]);
  const bomb = XLSX(Buffer.alloc(30 * 1024 * 1024, 0x20));
  const notOffice = zip([['readme.txt', Buffer.from('xin chào')]]);
  const cases = [
    ['program named .pdf', 'bao-cao.pdf', elf, 415, /Loại tệp không được phép/],
    ['Windows program named .pdf', 'bao-cao.pdf', mz, 415, /không được phép/],
    ['PDF named .xlsx', 'so-lieu.xlsx', PDF, 415, /đuôi ".xlsx" nhưng nội dung là tệp pdf/],
    ['ZIP bomb named .xlsx', 'so-lieu.xlsx', bomb, 415, /nén/],
    ['plain ZIP named .xlsx', 'so-lieu.xlsx', notOffice, 415, /không phải tài liệu Word/],
    ['empty body', 'rong.pdf', Buffer.alloc(0), 400, /Chưa có nội dung tệp/],
  ];
  for (const [what, name, bytes, status, message] of cases) {
    const r = await upload(admin, `/api/v1/units/${school}/files?name=${encodeURIComponent(name)}`, bytes);
    assert.equal(r.status, status, `${what}: ${r.text}`);
    assert.match(r.json.error.message, message, what);
  }
  const noName = await upload(admin, `/api/v1/units/${school}/files`, PDF);
  assert.equal(noName.status, 422);
  assert.ok(noName.json.error.fields.name);
  const after = (await request('GET', `/api/v1/units/${school}/files`, { session: admin })).json.files.length;
  assert.equal(after, before);
});

test('a real XLSX package and a CSV pass; a path in the name is reduced to the file name', async () => {
  const admin = await login('admin');
  const school = await unitId(admin, '03002');
  const x = await upload(admin, `/api/v1/units/${school}/files?name=so-lieu.xlsx`, XLSX(Buffer.from('<worksheet/>')));
  assert.equal(x.status, 201, x.text);
  assert.match(x.json.file.mime, /spreadsheetml/);
  const c = await upload(admin, `/api/v1/units/${school}/files?name=${encodeURIComponent('../../etc/danh sách.csv')}`, Buffer.from('a,b\n1,2\n'));
  assert.equal(c.status, 201, c.text);
  assert.equal(c.json.file.name, 'danh sách.csv');
});

test('an upload over the size limit is refused with 413 and the connection answers cleanly', async () => {
  const admin = await login('admin');
  const big = Buffer.alloc(26 * 1024 * 1024, 0x25);
  const r = await upload(admin, '/api/v1/uploads?name=lon.pdf', big).catch((e) => ({ status: 'error', text: String(e) }));
  // The server answers 413 as soon as the limit is passed (the client may see the reset first).
  assert.ok(r.status === 413 || r.status === 'error', r.text);
  if (r.status === 413) assert.match(r.json.error.message, /vượt quá/);
  // The server is still serving.
  assert.equal((await request('GET', '/api/v1/session', { session: admin })).status, 200);
});

test('a staged upload is private to its uploader', async () => {
  const admin = await login('admin');
  const other = await login('so.gddt');
  const up = await upload(admin, '/api/v1/uploads?name=tam.csv', Buffer.from('a,b\n'));
  assert.equal(up.status, 201, up.text);
  assert.equal((await request('GET', up.json.file.download_url, { session: admin, binary: true })).status, 200);
  assert.equal((await request('GET', up.json.file.download_url, { session: other, binary: true })).status, 404);
  const observer = await login('theodoi');
  assert.equal((await upload(observer, '/api/v1/uploads?name=x.csv', Buffer.from('a\n'))).status, 403);
});
