// events.on: async iteration over emitted events, buffering, the close option and return().
const { on, EventEmitter } = require('events');
(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => { ee.emit('d', 1); ee.emit('d', 2, 3); ee.emit('end'); });
  for await (const args of on(ee, 'd', { close: ['end'] })) console.log('got', args);
  console.log('closed, listeners', ee.listenerCount('d'), ee.listenerCount('end'), ee.listenerCount('error'));
  const it = on(ee, 'x');
  ee.emit('x', 'buffered');
  console.log(await it.next());
  console.log(await it.return());
  console.log(await it.next());
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
})();
