'use strict';
// Random differential cases (fixed seed): atob, write, alloc-fill, indexOf/lastIndexOf, btoa.
let seed = 7;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= \n\t\f\r!\u00e9\u0141\u20ac';
const out = [];
for (let i = 0; i < 3000; i++) {
  let s = '';
  const n = rnd(14);
  for (let j = 0; j < n; j++) s += chars[rnd(j % 5 === 4 ? chars.length : 66)];
  let r;
  try { r = JSON.stringify(atob(s)); } catch (e) { r = e.name + ':' + e.message; }
  let w;
  const b = Buffer.alloc(rnd(12), 0xaa);
  const enc = ['base64', 'base64url', 'hex', 'utf8', 'ucs2', 'latin1', 'ascii'][rnd(7)];
  const off = rnd(b.length + 1);
  try { w = b.write(s, off, enc) + ' ' + b.toString('hex'); } catch (e) { w = e.code; }
  let f;
  try { f = Buffer.alloc(rnd(9), s, enc).toString('hex'); } catch (e) { f = e.code; }
  let ix;
  const hay = Buffer.from('aGVsbG8gd29ybGQ=\u00e9\u20ac AB', enc === 'hex' ? 'utf8' : enc);
  const s2 = enc === 'latin1' ? s.replace(/[^\x00-\xff]/g, '') : s; try { ix = [hay.indexOf(s2, rnd(20) - 10, enc), hay.lastIndexOf(s2, rnd(20) - 10, enc)].join(); } catch (e) { ix = e.code; }
  out.push(`${JSON.stringify(s)} ${enc} ${off} | ${r} | ${w} | ${f} | ${ix} | ${btoa(s.replace(/[^\x00-\xff]/g, ''))}`);
}
console.log(out.join('\n'));
