// String building: concatenation, template literals, join, slicing and char codes.
// Checksum: a 32-bit hash of everything built.
'use strict';
let h = 0;
function hash(s) { for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0; }
for (let round = 0; round < 12; round++) {
  let s = '';
  for (let i = 0; i < 5000; i++) s += 'item' + i + ',';
  hash(s);
  const parts = [];
  for (let i = 0; i < 5000; i++) parts.push(`<li id="n${i}" class="${i % 2 ? 'odd' : 'even'}">${i * round}</li>`);
  const html = parts.join('\n');
  hash(html.slice(round, round + 1000));
  hash(String(html.length));
  hash(s.split(',').reverse().join(';').toUpperCase().substring(0, 2000));
  hash('x'.repeat(round).padStart(64, '-') + html.indexOf('n4999'));
}
console.log(String(h >>> 0));
