// node:timers exports exactly what Node 24 does (enroll, unenroll, active and _unrefActive are
// gone), with each function's name and length.
const t = require('timers');
console.log(Object.keys(t), Object.getOwnPropertyNames(t));
for (const k of Object.keys(t)) console.log(k, typeof t[k], typeof t[k] === 'function' ? `${t[k].name}/${t[k].length}` : '');
console.log('enroll' in t, '_unrefActive' in t, 'active' in t, 'unenroll' in t);
console.log(t.setTimeout === setTimeout, t.promises === require('timers/promises'));
