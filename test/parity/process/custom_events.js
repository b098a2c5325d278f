// process is an EventEmitter.
const EventEmitter = require('events');
console.log('instanceof EventEmitter', process instanceof EventEmitter);
process.on('parity', (a, b) => console.log('parity event', a, b));
console.log('emit returned', process.emit('parity', 1, 2));
console.log('emit without listener', process.emit('nothing'));
console.log('eventNames include parity', process.eventNames().includes('parity'));
