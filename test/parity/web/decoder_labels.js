// TextDecoder labels: WHATWG aliases, case and whitespace, windows-1252 for latin1/ascii, unsupported labels.
const show = (s) => JSON.stringify(s);
const bytes = Uint8Array.of(0x41, 0x80, 0x8d, 0x9f, 0xa0, 0xe9, 0xff);
for (const label of ['utf-8', 'UTF8', ' unicode-1-1-utf-8\n', 'utf-16', 'UCS-2', 'unicodefffe', 'latin1', 'ascii',
  'US-ASCII', 'iso-8859-1', 'cp1252', 'l1', 'windows-1252', 'x-cp1252']) {
  const d = new TextDecoder(label);
  console.log(show(label), d.encoding, d.encoding.startsWith('windows') ? show(d.decode(bytes)) : '');
}
for (const label of ['utf-7', 'nope', '', 'utf-32', 'latin-1']) {
  try { new TextDecoder(label); } catch (e) { console.log(show(label), e.name, e.code, e.message); }
}
