// FORCE_COLOR together with NO_COLOR warns once that NO_COLOR is ignored.
const tty = require('tty');
const g = (env) => tty.WriteStream.prototype.getColorDepth.call({}, env);
console.log(g({ FORCE_COLOR: '0', NO_COLOR: '1' }));
console.log(g({ FORCE_COLOR: '2', NO_COLOR: '1' }));
console.log(g({ FORCE_COLOR: '3', NO_COLOR: '1' }));
process.on('warning', (w) => console.log('warning event:', w.name, w.message));
