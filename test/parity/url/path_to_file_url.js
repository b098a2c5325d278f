// pathToFileURL on posix: encoding, trailing slashes, relative paths
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const { pathToFileURL } = require('url');
process.chdir('/tmp');
for (const p of ['/a/b', '/a b/%x/[y]/é?#{}`"<>|^~', '/a\tb\nc', 'rel/x', 'rel/x/', '/x/..', '/x/../', '/', '/a;b=c@d$e&f+g,h!i\'j(k)l*m:n', '\\back'])
  console.log(JSON.stringify(p), pathToFileURL(p).href);
console.log(pathToFileURL('/x') instanceof URL);
