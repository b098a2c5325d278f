// requires: global:Intl
// Intl: 1e5 Intl.NumberFormat format() calls over decimal, currency, percent and compact formatters.
// Checksum: total length of the formatted strings.
'use strict';
const fmts = [
  new Intl.NumberFormat('en-US'),
  new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }),
  new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
  new Intl.NumberFormat('en-US', { notation: 'compact' }),
];
let len = 0;
for (let i = 0; i < 100000; i++) {
  len += fmts[i & 3].format(i * 12.345).length;
}
console.log(String(len));
