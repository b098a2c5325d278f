// fileURLToPath errors: scheme, host, encoded slashes, types, windows paths
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const { fileURLToPath } = require('url');
show(() => fileURLToPath('http://a/'));
show(() => fileURLToPath('file://host/a'));
show(() => fileURLToPath('file:///a%2fb'));
show(() => fileURLToPath('file:///a%2Fb'));
show(() => fileURLToPath(5));
show(() => fileURLToPath({ href: 'file:///x' }));
show(() => fileURLToPath('not a url'));
show(() => fileURLToPath('file:///a%5Cb', { windows: true }));
show(() => fileURLToPath('file:///a/b', { windows: true }));
