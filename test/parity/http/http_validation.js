// httpValidation ('strict', 'relaxed', 'insecure'): which header values setHeader, writeHead,
// appendHeader and a request's headers accept under each, what the parser accepts in incoming
// header values, the option's checks, and insecureHTTPParser's share in outgoing validation.
'use strict';
const http = require('http');
const net = require('net');

const vals = ['a\rb', 'a\nb', 'a\u0000b', 'x\u0100y', 'a\u001fb', 'a\u00ffb'];
for (const mode of [undefined, 'strict', 'relaxed', 'insecure']) {
  const out = [];
  for (const v of vals) {
    const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {}, socket: { server: { httpValidation: mode } } });
    try { res.setHeader('X', v); out.push('ok'); } catch (e) { out.push(e.code); }
  }
  console.log('setHeader', mode, out.join(' '));
  const out2 = [];
  for (const v of vals) {
    const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {}, socket: { server: { httpValidation: mode } } });
    try { res.writeHead(200, { X: v }); out2.push('ok'); } catch (e) { out2.push(e.code); }
  }
  console.log('writeHead', mode, out2.join(' '));
  const out3 = [];
  for (const v of vals) {
    const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {}, socket: { server: { httpValidation: mode } } });
    try { res.appendHeader('X', v); out3.push('ok'); } catch (e) { out3.push(e.code); }
  }
  console.log('appendHeader', mode, out3.join(' '));
}
for (const mode of ['strict', 'relaxed', 'insecure']) {
  const out = [];
  for (const v of vals) {
    try { const r = http.request({ host: '127.0.0.1', port: 1, httpValidation: mode, headers: { X: v } }); r.on('error', () => {}); r.destroy(); out.push('ok'); } catch (e) { out.push(e.code); }
  }
  console.log('request', mode, out.join(' '));
}
try { http.validateHeaderValue('X', 'a\u0001b'); } catch (e) { console.log('validateHeaderValue', e.code); }
console.log(http.createServer({ httpValidation: 'relaxed' }).httpValidation, http.createServer().httpValidation);


for (const srv of [{ insecureHTTPParser: true }, { insecureHTTPParser: false }, {}]) {
  const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {}, socket: { server: srv } });
  try { res.setHeader('X', 'a\u0001b'); console.log(JSON.stringify(srv), 'ok'); } catch (e) { console.log(JSON.stringify(srv), e.code); }
  try { res.setHeader('X', 'a\u0000b'); console.log(JSON.stringify(srv), 'ok'); } catch (e) { console.log(JSON.stringify(srv), e.code); }
}
try { const r = http.request({ host: '127.0.0.1', port: 1, insecureHTTPParser: true, headers: { X: 'a\u0001b' } }); r.on('error', () => {}); r.destroy(); console.log('req insecure ok'); } catch (e) { console.log('req insecure', e.code); }
const r2 = http.request({ host: '127.0.0.1', port: 1, httpValidation: 'relaxed' }); r2.on('error', () => {}); r2.destroy();
console.log('client prop', r2.httpValidation, Object.keys(r2).includes('httpValidation'));
try { r2.setHeader('Y', 'a\u0001b'); console.log('client setHeader ok'); } catch (e) { console.log('client setHeader', e.code); }


const r0 = http.request({ host: '127.0.0.1', port: 1 }); r0.on('error', () => {}); r0.destroy();
console.log(Object.keys(r0).includes('httpValidation'), Object.keys(r0).includes('insecureHTTPParser'));
const s0 = http.createServer();
console.log(Object.keys(s0).includes('httpValidation'), Object.keys(s0).includes('insecureHTTPParser'));
const s2 = http.createServer({ httpValidation: 'strict' });
console.log(Object.keys(s2).includes('httpValidation'), s2.httpValidation);
try { http.request({ httpValidation: 'strict', insecureHTTPParser: false }); } catch (e) { console.log(e.code, e.message); }
try { http.createServer({ httpValidation: 'relaxed', insecureHTTPParser: undefined }); console.log('undef ok'); } catch (e) { console.log(e.code, e.message); }
try { http.createServer({ httpValidation: 5 }); } catch (e) { console.log(e.code, e.message); }

const modes2 = [undefined, 'strict', 'relaxed', 'insecure'];
(async () => {
  for (const mode of modes2) {
    const srv = http.createServer(mode ? { httpValidation: mode } : {}, (req, res) => {
      let v; try { res.setHeader('X-Out', 'caf\u00e9'); v = 'set ok'; } catch (e) { v = 'set ' + e.code; }
      res.end(JSON.stringify([req.headers['x-in'], v]));
    });
    srv.on('clientError', (e, s) => { console.log(mode, 'clientError', e.code); s.destroy(); });
    await new Promise((r) => srv.listen(0, '127.0.0.1', r));
    for (const raw of [Buffer.from('caf\xe9', 'latin1'), Buffer.from('a\x01b', 'latin1'), Buffer.from('a\x7fb', 'latin1')]) {
      await new Promise((resolve) => {
        const s = net.connect(srv.address().port, '127.0.0.1', () => s.write(Buffer.concat([Buffer.from('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-In: '), raw, Buffer.from('\r\n\r\n')])));
        let d = ''; s.on('data', (c) => d += c.toString('latin1')); s.on('close', () => { console.log(mode, JSON.stringify(raw.toString('latin1')), JSON.stringify(d.split('\r\n\r\n')[1] || d.split('\r\n')[0])); resolve(); });
      });
    }
    srv.close();
  }
  try { http.createServer({ httpValidation: 'strict', insecureHTTPParser: true }); } catch (e) { console.log(e.code, e.message); }
  try { http.request({ httpValidation: 'bad' }); } catch (e) { console.log(e.code, e.message); }
})();
