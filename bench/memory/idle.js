// A script that waits: one 1 s timer and nothing else. The RSS column is the idle footprint.
'use strict';
setTimeout(() => console.log('idle done'), 1000);
