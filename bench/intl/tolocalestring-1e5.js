// requires: global:Intl
// Intl: 1e5 toLocaleString() calls on numbers and dates (the cached default formatters).
// Checksum: total length of the formatted strings.
'use strict';
let len = 0;
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9));
for (let i = 0; i < 50000; i++) {
  len += (i * 1.5).toLocaleString('en-US').length;
  len += d.toLocaleDateString('en-US', undefined).length;
}
console.log(String(len));
