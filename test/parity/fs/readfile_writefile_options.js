// readFile/writeFile/appendFile: encodings, flags, string and object options, typed-array and
// DataView data, and the errors for EISDIR and 'wx' on an existing file.
const fs = require('fs');
const { file } = require('./_tmp');
const { err } = require('./_show');
const p = file('rw.txt');
fs.writeFileSync(p, 'héllo');
console.log(fs.readFileSync(p).length, fs.readFileSync(p, 'utf8'), fs.readFileSync(p, { encoding: 'hex' }));
for (const enc of ['latin1', 'base64', 'base64url', 'ucs2', 'ascii', 'binary']) console.log(enc, JSON.stringify(fs.readFileSync(p, enc)));
fs.writeFileSync(p, '68656c6c6f', 'hex');
console.log('hex write', fs.readFileSync(p, 'utf8'));
fs.writeFileSync(p, 'aGk=', { encoding: 'base64' });
console.log('b64 write', fs.readFileSync(p, 'utf8'));
fs.writeFileSync(p, new Uint16Array([0x4241, 0x4443]));
console.log('u16', fs.readFileSync(p, 'utf8'));
fs.writeFileSync(p, new DataView(new ArrayBuffer(3)));
console.log('dataview', fs.readFileSync(p));
fs.writeFileSync(p, 'abc');
fs.writeFileSync(p, 'X', { flag: 'a' });
fs.appendFileSync(p, Buffer.from('Y'));
fs.appendFileSync(p, '5a', 'hex');
console.log('append', fs.readFileSync(p, 'utf8'));
try { fs.writeFileSync(p, 'no', { flag: 'wx' }); } catch (e) { console.log('wx', err(e)); }
fs.writeFileSync(file('mode.txt'), 'm', { mode: 0o600 });
console.log('mode', (fs.statSync(file('mode.txt')).mode & 0o777).toString(8));
console.log('readFile flag a+', fs.readFileSync(p, { flag: 'a+', encoding: 'utf8' }));
try { fs.readFileSync(p, 'nope'); } catch (e) { console.log(e.code, e.message); }
const fd = fs.openSync(p, 'r');
fs.readSync(fd, Buffer.alloc(2), 0, 2, null);
console.log('readFile(fd) from position', fs.readFileSync(fd, 'utf8'));
fs.closeSync(fd);
fs.readFile(p, 'utf8', (e, s) => {
  console.log('cb', e, s);
  fs.writeFile(p, 'cbw', (e) => {
    console.log('cb write', e, fs.readFileSync(p, 'utf8'));
    fs.appendFile(p, '+', 'utf8', async (e) => {
      console.log('cb append', e, fs.readFileSync(p, 'utf8'));
      await fs.promises.writeFile(p, ['no'].map(String)[0]);
      await fs.promises.appendFile(p, '!');
      console.log('promises', await fs.promises.readFile(p, 'utf8'));
      await fs.promises.writeFile(p, (async function* () { yield 'a'; yield Buffer.from('b'); })());
      console.log('async iterable', await fs.promises.readFile(p, { encoding: 'utf8' }));
    });
  });
});
