// The user-visible text of data/ is Vietnamese, written for the Department's staff: no English
// sentences, no developer notes (file names, arrows, "assumed", "derived", "demo"), and no unit
// codes inside a note. Technical records belong in the `provenance` column (administrators only),
// which this test does not read. Reads the files directly: no server needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const read = (rel) => parseCsv(readFileSync(join(DATA, rel), 'utf8'));

// English function words and developer vocabulary, matched as whole words (Unicode-aware).
const ENGLISH = ['the', 'of', 'and', 'into', 'from', 'for', 'with', 'was', 'were', 'became', 'merged',
  'ended', 'pass', 'passes', 'assumed', 'derived', 'dataset', 'demo', 'unverified', 'verified',
  'inferred', 'guess', 'guessed', 'invented', 'placed', 'via', 'not', 'source', 'note'];
const ENGLISH_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${ENGLISH.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const DEV_RE = /\.csv|->|→|\bdemo/i;

const units = read('org/units.csv');
const codes = [...new Set(units.map((u) => u.code))];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A unit code as a whole word: not glued to letters, digits, '_' or '-'.
const CODE_RE = new RegExp(`(?<![\\p{L}\\p{N}_-])(${codes.map(esc).join('|')})(?![\\p{L}\\p{N}_-])`, 'u');

// file -> user-visible columns
const CHECKED = {
  'org/units.csv': ['source', 'note'],
  'org/events.csv': ['source', 'note'],
  'org/unit_types.csv': ['name'],
  'org/role_unit_types.csv': ['note'],
  'indicators.csv': ['name', 'description', 'source'],
  'notification_templates.csv': ['title', 'body', 'email_subject', 'email_body', 'source'],
};
for (const f of readdirSync(join(DATA, 'calendar')).filter((f) => f.endsWith('.csv')).sort()) {
  CHECKED[`calendar/${f}`] = null;   // every text column: see below
}
const CALENDAR_TEXT = ['name', 'source', 'note'];
const NOTE_COLUMNS = new Set(['note', 'description']);

function problems() {
  const out = [];
  for (const [file, cols] of Object.entries(CHECKED)) {
    const rows = read(file);
    assert.ok(rows.length > 0, `${file} is empty`);
    const columns = cols ?? CALENDAR_TEXT.filter((c) => c in rows[0]);
    for (const c of columns) assert.ok(c in rows[0], `${file}: no column ${c}`);
    rows.forEach((r, i) => {
      for (const c of columns) {
        const v = r[c] ?? '';
        const where = `${file} row ${i + 2} ${c}`;
        let m;
        if ((m = v.match(ENGLISH_RE))) out.push(`${where}: English word "${m[1]}": ${v.slice(0, 120)}`);
        if ((m = v.match(DEV_RE))) out.push(`${where}: developer text "${m[0]}": ${v.slice(0, 120)}`);
        if (NOTE_COLUMNS.has(c) && (m = v.match(CODE_RE))) out.push(`${where}: unit code ${m[1]}: ${v.slice(0, 120)}`);
      }
    });
  }
  return out;
}

test('user-visible text under data/ is Vietnamese, without developer notes or unit codes', () => {
  const found = problems();
  assert.equal(found.length, 0, `${found.length} problem(s), first ones:\n${found.slice(0, 25).join('\n')}`);
});

test('units.csv and events.csv end with the provenance column, after note', () => {
  for (const f of ['org/units.csv', 'org/events.csv']) {
    const header = readFileSync(join(DATA, f), 'utf8').split('\n', 1)[0].split(',');
    assert.deepEqual(header.slice(-3), ['source', 'note', 'provenance'], f);
  }
});

test('the unit-code check sees codes (guards against an empty pattern)', () => {
  assert.ok(codes.length > 1000);
  assert.ok(CODE_RE.test('chuyển về PGD-HB.'));
  assert.ok(!CODE_RE.test('Phòng GD&ĐT quận Hồng Bàng'));
});
