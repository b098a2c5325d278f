// TextDecoder legacy encodings: every byte of the single-byte encodings, valid multi-byte text,
// streaming across a split character, fatal mode, names of aliases.
const all = Uint8Array.from({ length: 256 }, (_, i) => i);
const hash = (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0; return h >>> 0; };
for (const label of ['iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8',
  'iso-8859-8-i', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16', 'koi8-r', 'koi8-u',
  'macintosh', 'x-mac-cyrillic', 'ibm866', 'windows-874', 'windows-1250', 'windows-1251', 'windows-1253',
  'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258']) {
  const s = new TextDecoder(label).decode(all);
  console.log(label, s.length, hash(s), JSON.stringify(s.slice(0xa0, 0xb0)));
}
const multi = [
  ['shift_jis', [0x82, 0xa0, 0x88, 0x9f, 0xb1, 0x41]],
  ['euc-jp', [0xa4, 0xa2, 0xb0, 0xa1, 0x41]],
  ['iso-2022-jp', [0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x41]],
  ['gbk', [0xd6, 0xd0, 0xce, 0xc4]],
  ['gb18030', [0xd6, 0xd0, 0x81, 0x30, 0x81, 0x30]],
  ['big5', [0xa4, 0xa4, 0xa4, 0xe5]],
  ['euc-kr', [0xc7, 0xd1, 0xb1, 0xb9]],
];
for (const [label, bytes] of multi) {
  const d = new TextDecoder(label);
  const whole = d.decode(Uint8Array.from(bytes));
  let streamed = '';
  for (const b of bytes) streamed += d.decode(Uint8Array.of(b), { stream: true });
  streamed += d.decode();
  console.log(label, d.encoding, JSON.stringify(whole), whole === streamed);
}
for (const label of ['sjis', 'ms_kanji', 'x-sjis', 'gb2312', 'chinese', 'x-gbk', 'big5-hkscs', 'cp1251', 'koi8', 'latin2', 'csmacintosh', 'dos-866', 'ks_c_5601-1987']) {
  console.log(label, new TextDecoder(label).encoding);
}
try { new TextDecoder('shift_jis', { fatal: true }).decode(Uint8Array.of(0x82)); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder('iso-8859-6', { fatal: true }).decode(Uint8Array.of(0xa1)); } catch (e) { console.log(e.name, e.code, e.message); }
for (const label of ['iso-2022-kr', 'hz-gb-2312', 'replacement']) {
  try { new TextDecoder(label); } catch (e) { console.log(label, e.code); }
}
