// Paths as strings, Buffers and file: URLs (with percent-escapes), and the errors for other URL
// schemes, hosts, encoded slashes and non-path values.
const fs = require('fs');
const { pathToFileURL } = require('url');
const { file } = require('./_tmp');
const { clean } = require('./_show');
const p = file('a b%.txt');
fs.writeFileSync(pathToFileURL(p), 'via url');
console.log(fs.readFileSync(p, 'utf8'), fs.readFileSync(Buffer.from(p), 'utf8'), fs.existsSync(pathToFileURL(p)));
console.log(clean(pathToFileURL(p).href));
console.log(fs.statSync(new URL(pathToFileURL(p).href)).size);
const t = (name, f) => { try { f(); console.log(name, 'ok'); } catch (e) { console.log(name, e.code, clean(e.message)); } };
t('http url', () => fs.readFileSync(new URL('http://example.com/x')));
t('url host', () => fs.readFileSync(new URL('file://host/x')));
t('encoded slash', () => fs.readFileSync(new URL('file:///a%2Fb')));
t('string url is a path', () => fs.readFileSync('file:///nope'));
t('array', () => fs.readFileSync(['a']));
t('undefined', () => fs.statSync());
t('Uint8Array path', () => console.log(fs.readFileSync(new Uint8Array(Buffer.from(p)), 'utf8')));
t('buffer with null', () => fs.readFileSync(Buffer.from('a\0b')));
t('url with null', () => fs.readFileSync(new URL('file:///a%00b')));
fs.readFile(pathToFileURL(p), 'utf8', (e, s) => {
  console.log('cb url', e, s);
  fs.promises.readFile(pathToFileURL(p), 'utf8').then((s) => console.log('promise url', s));
});
