// href setter: reparses, throws ERR_INVALID_URL on failure and keeps the URL
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const u = new URL('http://a/?x=1');
const sp = u.searchParams;
u.href = 'https://b/c?y=2#z';
console.log(u.href, sp.get('y'), sp.get('x'));
try { u.href = 'not a url'; } catch (e) { console.log(e.code, e.message, e.input); }
console.log(u.href);
