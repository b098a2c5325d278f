// net: with the client, the accepted socket and the server all unref'd, the process exits.
const net = require('net');
const seen = [];
const s = net.createServer((c) => { c.resume(); c.unref(); seen.push('accepted'); });
s.listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1', () => {
    seen.push('connected');
    c.unref();
    s.unref();
  });
});
process.on('exit', () => console.log(seen.sort().join(' '), 'exit'));
