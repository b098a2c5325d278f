// events.once with an EventEmitter: resolves with the arguments, rejects on 'error', listeners are cleaned up.
const { once, EventEmitter } = require('events');
(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('data', 1, 2));
  console.log('args', await once(ee, 'data'));
  console.log('listeners left', ee.listenerCount('data'), ee.listenerCount('error'));
  process.nextTick(() => ee.emit('error', new Error('bad')));
  try { await once(ee, 'data'); } catch (e) { console.log('rejected', e.message); }
  console.log('listeners left', ee.listenerCount('data'), ee.listenerCount('error'));
  process.nextTick(() => ee.emit('error', new Error('as value')));
  const [err] = await once(ee, 'error');
  console.log('error event value', err.message);
})();
