// a server answering garbage: fetch failed with the parser error as cause
const { start } = require('./_server');
start((req, res) => { res.raw('NOT HTTP AT ALL\r\n\r\n'); res.socket.end(); }).then(async (s) => {
  try { await fetch(s.url); } catch (e) { console.log(e.message, e.cause.name, e.cause.code); }
  s.close();
});
