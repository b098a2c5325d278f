// the server closes the connection without answering: cause is SocketError other side closed
const { start } = require('./_server');
start((req, res) => res.socket.destroy()).then(async (s) => {
  try { await fetch(s.url); } catch (e) { console.log(e.message, e.cause.name, e.cause.code, e.cause.message); }
  s.close();
});
