// Regular expressions over Unicode property classes: \p{L}+ words, test, replace and split.
// Paired with regex-ascii.js (same text, [a-zA-Z]) for the "\p{L} <= 3x [a-zA-Z]" target.
'use strict';
const words = ['alpha', 'Beta', 'gamma', 'Delta', 'epsilon', 'Zeta', 'eta', 'Theta', 'iota', 'Kappa'];
let text = '';
for (let i = 0; i < 20000; i++) text += words[i % 10] + (i % 13) + ' ' + (i % 5 === 0 ? '-- ' : '');
let count = 0, len = 0;
for (let r = 0; r < 10; r++) {
  const re = /\p{L}+/gu;
  let m;
  while ((m = re.exec(text)) !== null) { count++; len += m[0].length; }
  len += text.replace(/\p{L}+(\d+)/gu, '$1').length;
  len += text.split(/\s+-*\s*/).length;
  if (/^\p{L}+\d/u.test(text)) count++;
}
console.log(count + ' ' + len);
