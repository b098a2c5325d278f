// Regular expressions over ASCII classes: [a-zA-Z]+ words, test, replace and split.
// Paired with regex-unicode.js (same text, \p{L}) for the "\p{L} <= 3x [a-zA-Z]" target.
'use strict';
const words = ['alpha', 'Beta', 'gamma', 'Delta', 'epsilon', 'Zeta', 'eta', 'Theta', 'iota', 'Kappa'];
let text = '';
for (let i = 0; i < 20000; i++) text += words[i % 10] + (i % 13) + ' ' + (i % 5 === 0 ? '-- ' : '');
let count = 0, len = 0;
for (let r = 0; r < 10; r++) {
  const re = /[a-zA-Z]+/g;
  let m;
  while ((m = re.exec(text)) !== null) { count++; len += m[0].length; }
  len += text.replace(/[a-zA-Z]+(\d+)/g, '$1').length;
  len += text.split(/\s+-*\s*/).length;
  if (/^[a-zA-Z]+\d/.test(text)) count++;
}
console.log(count + ' ' + len);
