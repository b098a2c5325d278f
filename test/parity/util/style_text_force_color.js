// parity-env: FORCE_COLOR=1
// FORCE_COLOR turns colors on even when stdout is a pipe.
const { styleText } = require('util');
console.log(JSON.stringify(styleText(['green', 'bold'], 'forced')));
