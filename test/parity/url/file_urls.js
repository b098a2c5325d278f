// file URLs: hosts, localhost, drive letters, dot segments, relative to file bases
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const [i, b] of [['file:///a/b'], ['file://localhost/a'], ['file://host/a'], ['file:a'], ['file:/a/../../b'], ['file:///C|/x'], ['file:c:\\x\\y'], ['/x', 'file:///C:/a/b'], ['..', 'file:///C:/'], ['file://LOCALHOST/'], ['file://[::1]/'], ['?q', 'file:///a/b'], ['//h/p', 'file:///x'], ['file:///a%2fb']]) {
  const u = b ? new URL(i, b) : new URL(i); console.log(i, b, u.href, u.host, u.pathname);
}
