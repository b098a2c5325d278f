// Encoding names, the default, write(string) and argument errors.
const { StringDecoder } = require('string_decoder');
for (const enc of [undefined, null, 'utf8', 'UTF-8', 'utf-16le', 'UCS2', 'binary', 'Latin1', 'BASE64', 'base64url', 'hex', 'ascii']) {
  console.log(String(enc), '->', new StringDecoder(enc).encoding);
}
for (const enc of ['nope', 'utf9', 1, {}]) {
  try { new StringDecoder(enc); } catch (e) { console.log(e.name, e.code, e.message); }
}
const d = new StringDecoder();
console.log('string passes through:', d.write('plain'));
for (const v of [1, null, {}, [1, 2]]) {
  try { d.write(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { StringDecoder.prototype.write.call({}, Buffer.from('a')); } catch (e) { console.log(e.name, e.code, e.message); }
console.log('exports:', Object.keys(require('string_decoder')).join(','), StringDecoder.length);
console.log('prototype:', Object.getOwnPropertyNames(StringDecoder.prototype).join(','));
