// username and password setters: encoding and URLs that cannot have credentials
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const h of ['http://a/', 'file:///x', 'mailto:a@b', 'sc://h/', 'sc:/p']) {
  const u = new URL(h); u.username = 'us er@:'; u.password = 'p@ss/w:rd\u00e9'; console.log(u.href, u.username, u.password);
}
const u = new URL('http://u:p@a/'); u.username = ''; console.log(u.href); u.password = ''; console.log(u.href);
