// Encoders of Vietnamese text into the legacy encodings old spreadsheets carry, for tests only:
// TCVN3 (ABC) and VNI from the same tables the server's decoders are built from
// (data/reference/encodings/*.csv, as server/base/vn_encoding_test.cpp encodes), and
// Windows-1258 as Windows writes Vietnamese (the letter without its tone, then the combining tone
// mark byte), from the WHATWG windows-1258 index of Node's TextDecoder.
import { readFileSync } from 'node:fs';

const DIR = new URL('../../data/reference/encodings/', import.meta.url);

// RFC 4180 rows of a small UTF-8 CSV text.
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// unicode_char -> bytes, from the column `column` of `file`.
function table(file, column) {
  const [head, ...rows] = parseCsv(readFileSync(new URL(file, DIR), 'utf8'));
  const ch = head.indexOf('unicode_char'), b = head.indexOf(column);
  const m = new Map();
  for (const r of rows) if (r.length > b) m.set(r[ch], Buffer.from(r[b].split(' ').map((h) => parseInt(h, 16))));
  return m;
}

function encodeWith(t, text) {
  const out = [];
  for (const c of text.normalize('NFC')) {
    if (c.codePointAt(0) < 0x80) { out.push(Buffer.from(c, 'latin1')); continue; }
    const bytes = t.get(c);
    if (!bytes) throw new Error(`no code for ${c}`);
    out.push(bytes);
  }
  return Buffer.concat(out);
}

let tcvn3, vni, cp1258;
export const encodeTcvn3 = (text) => encodeWith(tcvn3 ??= table('tcvn3.csv', 'tcvn3_bytes'), text);
export const encodeVni = (text) => encodeWith(vni ??= table('vni.csv', 'vni_bytes'), text);

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
export function encodeCp1258(text) {
  if (!cp1258) {
    cp1258 = new Map();
    const d = new TextDecoder('windows-1258');
    for (let b = 0x80; b < 0x100; b++) cp1258.set(d.decode(Buffer.from([b])), b);
  }
  const out = [];
  const put = (c) => {
    if (c.codePointAt(0) < 0x80) return out.push(c.charCodeAt(0));
    const b = cp1258.get(c);
    if (b === undefined) throw new Error(`no code for ${c}`);
    out.push(b);
  };
  for (const c of text.normalize('NFC')) {
    const parts = [...c.normalize('NFD')];
    const tone = parts.filter((p) => TONES.has(p));
    const base = parts.filter((p) => !TONES.has(p)).join('').normalize('NFC');
    put(base);
    tone.forEach(put);
  }
  return Buffer.from(out);
}

// A small roster whose names need no capital with a tone mark (TCVN3 has no codes of its own for
// those; a decoder reads them as lower case), every student born in `year`.
export const ROSTER_NAMES = ['Đặng Thị Hương', 'Lê Văn Cường', 'Phạm Thị Thu Hằng', 'Nguyễn Đức Mạnh', 'Trần Thị Yến', 'Vũ Minh Tuấn', 'Hoàng Bảo Ngọc', 'Đỗ Quỳnh Như'];
export const rosterText = (year) => 'Họ và tên,Ngày sinh,Giới tính,Lớp\n' +
  ROSTER_NAMES.map((n, i) => `${n},0${i + 1}/03/${year},${n.includes('Thị') ? 'Nữ' : 'Nam'},10E${i % 2}`).join('\n') + '\n';
