// http.request with a Host header that is not a string: the agent checks it when it works out
// the servername (ERR_INVALID_ARG_TYPE for options.headers.host), synchronously; an empty
// string is left alone. No connection is made (the requests are destroyed at once).
const http = require('http');
for (const host of [[], ['a.example'], 42, { toString() { return 'x'; } }, '', 'ok.example']) {
  try {
    const req = http.request({ port: 1, host: '127.0.0.1', headers: { host } });
    req.on('error', () => {});
    console.log(JSON.stringify(host), 'made, Host =', JSON.stringify(req.getHeader('host')));
    req.destroy();
  } catch (e) {
    console.log(JSON.stringify(host), `${e.name} ${e.code}: ${e.message}`);
  }
}
