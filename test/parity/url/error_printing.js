// an uncaught ERR_INVALID_URL as Node prints it
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
new URL('bad url', 'also bad');
