// CloseEvent and ErrorEvent-free construction: fields, defaults, toStringTag
const e = new CloseEvent('close', { code: 1001, reason: 'r', wasClean: true });
console.log(e.type, e.code, e.reason, e.wasClean, Object.prototype.toString.call(e));
const d = new CloseEvent('x');
console.log(d.code, JSON.stringify(d.reason), d.wasClean);
try { new CloseEvent(); } catch (err) { console.log(err.name, err.message); }
