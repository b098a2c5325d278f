// EventEmitter listeners run in the context of emit(); EventEmitterAsyncResource listeners run
// in the context the emitter was made in.
const { AsyncLocalStorage } = require('async_hooks');
const { EventEmitter, EventEmitterAsyncResource } = require('events');
const als = new AsyncLocalStorage();
const ee = new EventEmitter();
als.run('listener added', () => ee.on('x', () => console.log('plain emitter listener:', als.getStore())));
als.run('emit', () => ee.emit('x'));
const ear = als.run('constructed', () => new EventEmitterAsyncResource({ name: 'Mine' }));
ear.on('x', (v) => console.log('async resource listener:', als.getStore(), v));
als.run('emit', () => ear.emit('x', 1));
console.log('asyncResource:', ear.asyncResource.constructor.name, ear.asyncResource.eventEmitter === ear);
console.log('ids are numbers:', typeof ear.asyncId, typeof ear.triggerAsyncId);
class Sub extends EventEmitterAsyncResource {}
console.log('subclass without name:', new Sub().asyncResource.constructor.name);
try { new EventEmitterAsyncResource(); } catch (e) { console.log(e.code, e.message); }
console.log('enumerable getter on EventEmitter:', Object.getOwnPropertyDescriptor(EventEmitter, 'EventEmitterAsyncResource').enumerable);
