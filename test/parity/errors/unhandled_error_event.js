// An 'error' event with no listener crashes with Node's header (the throw in node:events) and
// the stack of where the event was emitted, naming the emitter's class.
const EventEmitter = require('events');
class Thing extends EventEmitter {}
const thing = new Thing();
function deeper() { thing.emit('error', new Error('nobody listens')); }
function outer() { deeper(); }
console.log('before');
outer();
