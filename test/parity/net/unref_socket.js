// net: with the client, the accepted socket and the server all unref'd, the process exits.
const net = require('net');
const seen = [];
let client, accepted;
const unrefAll = () => {
  if (!client || !accepted) return;
  client.unref();
  accepted.unref();
  s.unref();
};
const s = net.createServer((c) => { c.resume(); accepted = c; seen.push('accepted'); unrefAll(); });
s.listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1', () => {
    seen.push('connected');
    client = c;
    unrefAll();
  });
});
process.on('exit', () => console.log(seen.sort().join(' '), 'exit'));
