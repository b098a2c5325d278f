// URLSearchParams methods called without their required arguments
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const p = new URLSearchParams();
show(() => p.append('a'));
show(() => p.append());
show(() => p.set('a'));
show(() => p.get());
show(() => p.getAll());
show(() => p.has());
show(() => p.delete());
