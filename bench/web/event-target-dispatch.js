// requires: global:EventTarget
// EventTarget.dispatchEvent with three listeners, 200,000 times (JS glue, for reference).
'use strict';
const et = new EventTarget();
let n = 0;
et.addEventListener('x', () => { n++; });
et.addEventListener('x', (e) => { n += e.type.length; });
et.addEventListener('x', { handleEvent() { n++; } });
for (let i = 0; i < 200000; i++) et.dispatchEvent(new Event('x'));
console.log(n);
