// net.connect / new net.Socket with an AbortSignal: one 'abort' listener right after the call
// (the stream's own; net's is added a tick later), none for an already aborted signal, and the
// socket closes with an AbortError either way. Connects to a closed listener's address only
// after the abort, so nothing reaches the network.
const net = require('net');
const { getEventListeners } = require('events');

async function run(label, make, abortWhen) {
  const ac = new AbortController();
  if (abortWhen === 'before') ac.abort();
  const socket = make(ac.signal);
  const now = getEventListeners(ac.signal, 'abort').length;
  const errors = [];
  socket.on('error', (e) => errors.push(`${e.name}${e.cause === undefined ? '' : ' (cause ' + e.cause.name + ')'}`));
  const closed = new Promise((r) => socket.on('close', r));
  await new Promise((r) => process.nextTick(r));
  const later = getEventListeners(ac.signal, 'abort').length;
  if (abortWhen === 'after') ac.abort();
  await closed;
  console.log(label, abortWhen, 'listeners', now, later, 'then', getEventListeners(ac.signal, 'abort').length,
    errors.join(','));
}

(async () => {
  const server = net.createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  for (const when of ['before', 'after']) {
    await run('connect', (signal) => net.connect({ port, host: '127.0.0.1', signal }), when);
    await run('Socket', (signal) => new net.Socket({ signal }), when);
  }
})();
