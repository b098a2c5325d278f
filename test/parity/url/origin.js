// origin of special, non-special, file, blob and data URLs
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const s of ['https://a.com:443/x', 'http://a.com:8080/', 'ftp://f/', 'ws://w/', 'wss://w:1/', 'file:///x', 'sc://h/', 'data:text/plain,x', 'blob:https://a.com/uuid', 'blob:ftp://a/x', 'blob:sc://x', 'blob:bad', 'javascript:1', 'http://[::1]:80/'])
  console.log(s, new URL(s).origin);
