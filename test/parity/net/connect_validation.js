// net: connect() argument validation errors.
const net = require('net');
const tries = [() => net.connect({}), () => net.connect({ port: -1 }), () => net.connect({ port: 70000 }),
  () => net.connect({ port: true }), () => net.connect({ port: 80, host: 5 }),
  () => net.connect({ port: 80, localAddress: 'nope' }), () => net.createServer().listen({ port: -5 }),
  () => net.createServer().listen({ host: 'x' }), () => new net.Socket({ objectMode: true }), () => net.createServer('x')];
for (const t of tries) {
  try { const s = t(); console.log('ok'); s.destroy?.(); s.close?.(); } catch (e) { console.log(e.name, e.code, e.message); }
}
