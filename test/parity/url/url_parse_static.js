// URL.parse returns a URL or null
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
console.log(URL.parse('https://a.com/x'));
console.log(URL.parse('nope'), URL.parse('/x', 'https://b/'), URL.parse('x', 'not a url'));
console.log(URL.parse('https://a/') instanceof URL);
