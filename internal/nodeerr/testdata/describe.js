'use strict';
// What the message tests record of an error; shared by record.js (reference node) and the Go
// tests (goja).
function show(v) {
  const t = typeof v;
  if (v === null) return 'null';
  if (t === 'object') {
    if (Array.isArray(v)) return `array:${JSON.stringify(v)}`;
    if (v instanceof Error) return `error:${v.message}`;
    return 'object';
  }
  if (t === 'function') return `function:${v.name}`;
  return `${t}:${String(v)}`;
}

function describe(rec, e) {
  rec.name = e.name;
  rec.message = e.message;
  rec.string = e.toString();
  rec.stack0 = String(e.stack).split('\n')[0];
  rec.keys = Object.keys(e);
  rec.props = {};
  for (const k of rec.keys) rec.props[k] = show(e[k]);
  rec.ownKeys = Reflect.ownKeys(e).filter((k) => typeof k === 'string');
  return rec;
}

module.exports = { describe, show };
