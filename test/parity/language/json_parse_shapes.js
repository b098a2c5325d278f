// Checks what JSON.parse builds for the common text: own "__proto__" members, prototype setters
// that must not run, duplicate and integer keys, numbers at the edges of int and float, strings
// with escapes, non-ASCII and lone surrogates, deep nesting, and non-string arguments.
'use strict';
const inspect = require('node:util').inspect;
const show = (label, text) => {
  try {
    const v = JSON.parse(text);
    console.log(label, inspect(v, { depth: 4 }));
    return v;
  } catch (e) {
    console.log(label, 'throws', e.constructor.name + ':', e.message);
  }
};
const p = show('proto', '{"__proto__":{"x":1},"a":2}');
console.log(' own __proto__:', Object.hasOwn(p, '__proto__'), Object.getPrototypeOf(p) === Object.prototype, p.x);
let setterRan = 0;
Object.defineProperty(Object.prototype, 'trap', { set() { setterRan++; }, get() { return 'proto'; }, configurable: true });
const t = show('setter', '{"trap":5}');
console.log(' setter ran:', setterRan, 'own:', Object.hasOwn(t, 'trap'), t.trap);
delete Object.prototype.trap;
show('dupes', '{"a":1,"b":2,"a":3}');
const k = show('int keys', '{"b":1,"2":2,"a":3,"1":4,"-1":5,"01":6}');
console.log(' keys:', Object.keys(k).join(','));
const nums = show('numbers', '[0,-0,1,-1,123456789012345,1234567890123456,12345678901234567890,1.5,-2.5e-3,1E2,1e400,-1e400,5e-324,0.1]');
console.log(' -0:', Object.is(nums[1], -0), 'int:', Number.isSafeInteger(nums[4]), nums[6]);
const s = show('strings', '["plain","tab\\tnew\\nline","quote\\"slash\\/back\\\\","\\u00e9\\u4e2d","é中😀","\\ud83d\\ude00","\\ud800","x\\udc00y",""]');
console.log(' lengths:', s.map((x) => x.length).join(','), 'lone:', s[6].charCodeAt(0).toString(16), s[7].charCodeAt(1).toString(16));
console.log(' lone input:', JSON.parse('"\ud800"').charCodeAt(0).toString(16), JSON.parse('["\udfff",1]')[0].length);
show('ws', ' \t\n\r{ "a" : [ 1 , 2 ] } \r\n');
show('literals', '[true,false,null]');
show('empty', '[{},[],{"a":{}},[[]]]');
let deep = '';
for (let i = 0; i < 2000; i++) deep += '[';
for (let i = 0; i < 2000; i++) deep += ']';
let d = JSON.parse(deep), depth = 0;
while (Array.isArray(d) && d.length) { d = d[0]; depth++; }
console.log('deep', depth + 1);
show('number arg', 123);
show('boolean arg', true);
show('null arg', null);
show('String object', new String('{"s":1}'));
show('toString object', { toString() { return '[1,2]'; } });
show('buffer', Buffer.from('{"b":true}'));
for (const bad of ['{"a":1,}', '[01]', '"\\x"', '{"a" 1}', '[1,2', '"abc', '1 2', '-', '.5', '1.', '+1', 'nul', '"\u0001"', "{'a':1}"]) {
  show('bad ' + JSON.stringify(bad), bad);
}
