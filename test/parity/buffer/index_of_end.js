// Node 24 indexOf/lastIndexOf/includes take an end: bytes from end on are not searched, a
// negative byteOffset still counts from the end of the whole buffer, (end) may be an encoding.
const b = Buffer.from('abcabc');
const r = [];
for (const e of [-1, -10, 0, 1.5, 2.7, 5, 6, 7, 100, 2 ** 40]) {
  r.push([String(e), b.indexOf('c', 0, e), b.lastIndexOf('c', undefined, e), b.includes('a', 1, e), b.indexOf('', 0, e), b.lastIndexOf('', undefined, e), b.indexOf(99, 0, e), b.indexOf(Buffer.from('ca'), 0, e), b.lastIndexOf(Buffer.from('bc'), 10, e)].join(' '));
}
console.log(r.join('\n'));
console.log(b.indexOf('c', 4, 2), b.lastIndexOf('c', 1, 6), b.indexOf('', 7, 3), b.indexOf('abc', 0, 'latin1'), b.indexOf('6263', 0, 6, 'hex'), b.indexOf('6263', 0, 'hex'), b.indexOf(98, -100, 2), b.lastIndexOf(98, -1, 3));
console.log(b.indexOf('c', 0, undefined), b.indexOf('c', 0, undefined, 'latin1'), b.lastIndexOf('', 3, 2), b.indexOf('', 3, 2), b.lastIndexOf('a', -2, 4));
const u = Buffer.from('a\u00e9b\u00e9', 'utf16le');
console.log(u.indexOf('\u00e9', 0, 4, 'utf16le'), u.indexOf('\u00e9', 0, 3, 'utf16le'), u.lastIndexOf('\u00e9', undefined, 7, 'ucs2'), u.indexOf('b', 0, 8, 'utf16le'));
