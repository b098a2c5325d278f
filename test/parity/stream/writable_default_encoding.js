// setDefaultEncoding and defaultEncoding option: strings decoded with it; invalid encodings
// throw; decodeStrings false hands strings through with their encoding.
const { Writable } = require('stream');
const got = [];
const w = new Writable({ write(c, e, cb) { got.push(c.toString('latin1') + '/' + e); cb(); } });
w.setDefaultEncoding('HEX');
w.write('4142');
w.write('zz', 'latin1');
try { w.setDefaultEncoding('nope'); } catch (e) { console.log(e.code, e.message); }
const w2 = new Writable({ defaultEncoding: 'base64', write(c, e, cb) { got.push(c.toString() + '/' + e); cb(); } });
w2.write('aGk=');
try { new Writable({ defaultEncoding: 'bogus' }); } catch (e) { console.log(e.code, e.message); }
const w3 = new Writable({ decodeStrings: false, defaultEncoding: 'utf16le', write(c, e, cb) { got.push(typeof c + ' ' + c + '/' + e); cb(); } });
w3.write('str');
try { w3.write('x', 'buffer'); } catch (e) { console.log(e.code, e.message); }
setImmediate(() => console.log(got.join('\n')));
