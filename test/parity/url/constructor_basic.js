// new URL on typical absolute URLs: every component through inspect
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const s of ['https://user:pw@example.com:8080/p/a/t/h?query=string#hash', 'http://EXAMPLE.com', 'HTTP://example.com:80/', 'ws://x:443/', 'wss://x:443/', 'ftp://x:21/a', 'git+ssh://git@github.com/a/b.git', 'sc://ñ/x'])
  console.log(new URL(s));
