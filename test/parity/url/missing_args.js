// URL without arguments, URL.canParse/parse without arguments
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
show(() => new URL());
show(() => URL.canParse());
show(() => URL.parse());
show(() => new URL(undefined));
show(() => new URL(null, 'http://x/'));
show(() => new URL({ toString() { return 'http://obj/'; } }).href);
