// parity-env: NODE_DEBUG=foo,net*,-x
// debuglog/debug: sections enabled by NODE_DEBUG (lists, wildcards, case-insensitive), the
// `enabled` property, the callback, and the "SECTION PID: message" line on stderr.
const util = require('util');
const lines = [];
const write = process.stderr.write;
process.stderr.write = (s) => { lines.push(s.replace(/ \d+: /, ' <PID>: ')); return true; };
const foo = util.debuglog('foo');
const netx = util.debuglog('netstuff', (fn) => lines.push(`callback got a function: ${typeof fn}\n`));
const off = util.debuglog('bar');
console.log('enabled:', foo.enabled, netx.enabled, off.enabled, util.debuglog('FOO').enabled, util.debuglog('-X').enabled);
foo('hello %s %d', 'world', 42, { a: 1 });
netx('first');
netx('second');
off('never printed');
console.log('debug is debuglog:', util.debug === util.debuglog);
process.stderr.write = write;
console.log(lines.join(''));
