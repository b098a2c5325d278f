// punycode errors are RangeErrors with fixed messages
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const punycode = require('punycode');
show(() => punycode.decode('\u00e9-x'));
show(() => punycode.decode('99999999999'));
show(() => punycode.decode('a-!'));
show(() => punycode.decode('ab-'));
