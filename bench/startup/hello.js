// Startup of a minimal script file (the JS half of the "TS startup <= 1.2x JS" target).
'use strict';
const greeting = { text: 'hello', n: 42 };
console.log(greeting.text + ' ' + greeting.n);
