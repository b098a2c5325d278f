// A plain EventEmitter's unhandled 'error' event, emitted later (from a setImmediate) with an
// error made at startup: no class in the "Emitted" line, and the emit's own stack.
const EventEmitter = require('events');
const ee = new EventEmitter();
const err = new Error('made early');
err.code = 'E_EARLY';
setImmediate(function fire() { ee.emit('error', err); });
