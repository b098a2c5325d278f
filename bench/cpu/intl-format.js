// requires: global:Intl
// Intl: 1e5 Intl.NumberFormat and Intl.DateTimeFormat formats (the "Intl format 1e5 <= 5x" target).
// Checksum: total length of the formatted strings.
'use strict';
const nf = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const df = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: '2-digit', timeZone: 'UTC' });
let len = 0;
for (let i = 0; i < 50000; i++) {
  len += nf.format(i * 1.25).length;
  len += df.format(new Date(Date.UTC(2020, i % 12, 1 + (i % 28)))).length;
}
console.log(String(len));
