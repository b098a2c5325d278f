// requires: global:Intl
// Intl: 1e5 Intl.DateTimeFormat format() calls (component options, a style, a named time zone).
// Checksum: total length of the formatted strings.
'use strict';
const fmts = [
  new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: '2-digit', timeZone: 'UTC' }),
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
  new Intl.DateTimeFormat('ja-JP', { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Tokyo' }),
  new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', timeZoneName: 'short' }),
];
let len = 0;
const base = Date.UTC(2020, 0, 1);
for (let i = 0; i < 100000; i++) {
  len += fmts[i & 3].format(base + i * 3600000).length;
}
console.log(String(len));
