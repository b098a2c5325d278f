// relative references against special and non-special bases
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const [r, b] of [['//x/y', 'sc://a/b'], ['y', 'sc://a/b/c'], ['../y', 'sc://a/b/c'], ['/y', 'sc:/b/c'], ['y', 'sc:/b'], ['http:x', 'http://a/b/c'], ['http:/x', 'https://a/'], ['HTTP:x', 'http://a/b'], ['x', 'file://h/a/b'], ['//', 'https://a/'], ['//', 'sc://a/'], ['///x', 'http://a/']]) {
  try { console.log(r, b, new URL(r, b).href); } catch (e) { console.log(r, b, e.code); }
}
