// net: listen() on a listening server throws ERR_SERVER_ALREADY_LISTEN; close() twice gives ERR_SERVER_NOT_RUNNING.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const s = net.createServer();
s.listen(0, '127.0.0.1', () => {
  try { s.listen(0); } catch (e) { console.log(e.code, e.message); }
  s.close(() => {
    console.log('closed');
    s.close((err) => console.log(err.code, err.message));
  });
});
