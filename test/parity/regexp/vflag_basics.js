// The v flag (unicodeSets): flags, getters, source, the constructor's forms.
const re = /[\p{L}--[a-z]]/gv;
console.log(re.flags, re.unicodeSets, re.unicode, re.global, re.source, String(re));
console.log(/a/v.flags, /a/dgimsvy.flags, new RegExp('a', 'yvg').flags, /a/u.unicodeSets, /a/.unicodeSets);
const d = Object.getOwnPropertyDescriptor(RegExp.prototype, 'unicodeSets');
console.log(typeof d.get, d.get.name, d.get.length, d.set, d.enumerable, d.configurable);
console.log(RegExp.prototype.unicodeSets, RegExp.prototype.flags);
for (const v of [{}, 1, 'x']) {
  try { d.get.call(v); } catch (e) { console.log(e.name + ': ' + e.message); }
}
const copy = new RegExp(re);
console.log(copy !== re, copy.flags, copy.source, copy.test('B'), copy.test('b'));
console.log(new RegExp(re, 'iv').flags, new RegExp(re, 'iv').test('b'));
for (const flags of ['uv', 'vu', 'vv', 'gvu', 'vx']) {
  try { new RegExp('a', flags); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(new RegExp('', 'v').source, new RegExp('\\/a\n', 'v').source, new RegExp('[\\/]', 'v').source);
console.log(/./v.exec('😀x')[0].length, /^.$/v.test('😀'), /^[^a]$/v.test('😀'), /\u{1F600}/v.test('😀'));
console.log(re.lastIndex, re.exec('abcDEF')[0], re.lastIndex, re.exec('abcDEF')[0], re.lastIndex);
class MyRE extends RegExp {}
const sub = new MyRE('[\\w--\\d]+', 'v');
console.log(sub instanceof MyRE, sub.flags, sub.unicodeSets, sub.exec('12ab3')[0], Object.getPrototypeOf(sub) === MyRE.prototype);
console.log(Object.prototype.toString.call(/a/v), /a/v instanceof RegExp, typeof /a/v.exec);
