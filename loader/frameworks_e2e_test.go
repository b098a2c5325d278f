package loader_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// frameworkPackages are the server frameworks issue #8 names, pinned.
var frameworkPackages = []string{"express@5.1.0", "koa@3.0.1", "ws@8.18.3", "fastify@5.4.0"}

// TestFrameworks installs express, koa, ws and fastify with npm and serves a few requests
// through each on 127.0.0.1 (answers fetched with node:http, fetch and ws's client). Skipped,
// saying so, without npm or a registry, or with -short.
func TestFrameworks(t *testing.T) {
	dir := npmInstall(t, frameworkPackages, 4*time.Minute)
	files := map[string]string{
		"express.js": `const express = require('express');
const http = require('http');
const app = express();
app.use(express.json());
app.get('/hello/:name', (req, res) => res.json({ hi: req.params.name, q: req.query }));
app.post('/echo', (req, res) => res.status(201).send(req.body));
app.use((req, res) => res.status(404).send('nope'));
const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const get = (path, opts = {}, body) => new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, ...opts }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve([res.statusCode, res.headers['content-type'], data].join(' ')));
    });
    req.on('error', reject);
    req.end(body);
  });
  console.log(await get('/hello/world?x=1'));
  console.log(await get('/echo', { method: 'POST', headers: { 'content-type': 'application/json' } }, '{"a":[1,2]}'));
  console.log(await get('/missing'));
  server.close(() => console.log('closed'));
});
`,
		"koa_ws.js": `const Koa = require('koa');
const { WebSocketServer, WebSocket } = require('ws');
const http = require('http');
const app = new Koa();
app.use(async (ctx, next) => { await next(); ctx.set('x-took', 'fast'); });
app.use(async (ctx) => { ctx.body = { path: ctx.path, method: ctx.method }; });
const server = http.createServer(app.callback());
const wss = new WebSocketServer({ server });
wss.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => ws.send(isBinary ? data : 'echo:' + data));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ host: '127.0.0.1', port, path: '/k' }, (res) => {
    let d = '';
    res.on('data', (c) => { d += c; });
    res.on('end', () => {
      console.log(res.statusCode, res.headers['x-took'], d);
      const ws = new WebSocket('ws://127.0.0.1:' + port + '/');
      ws.on('open', () => { ws.send('hi'); ws.send(Buffer.from([1, 2, 3])); });
      const got = [];
      ws.on('message', (m, bin) => {
        got.push(bin ? [...m].join(',') : String(m));
        if (got.length === 2) { console.log(got.join(' ')); ws.close(1000, 'bye'); }
      });
      ws.on('close', (code, reason) => {
        console.log('close', code, String(reason));
        wss.close();
        server.close(() => console.log('done'));
      });
    });
  });
});
`,
		"fastify.js": `const fastify = require('fastify')({ logger: false });
fastify.get('/hi', async (req) => ({ hello: req.query.n || 'world' }));
fastify.post('/echo', async (req, reply) => { reply.code(201); return req.body; });
(async () => {
  const address = await fastify.listen({ port: 0, host: '127.0.0.1' });
  const r1 = await fetch(address + '/hi?n=gnode');
  console.log(r1.status, r1.headers.get('content-type'), await r1.text());
  const r2 = await fetch(address + '/echo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ a: 1 }) });
  console.log(r2.status, JSON.stringify(await r2.json()));
  const r3 = await fetch(address + '/nope');
  console.log(r3.status, JSON.stringify(await r3.json()));
  await fastify.close();
  console.log('closed');
})();
`,
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// what Node v24.21.0 printed (checked again below when NODE names a reference node)
	want := map[string]string{
		"express.js": `200 application/json; charset=utf-8 {"hi":"world","q":{"x":"1"}}
201 application/json; charset=utf-8 {"a":[1,2]}
404 text/html; charset=utf-8 nope
closed
`,
		"koa_ws.js": `200 fast {"path":"/k","method":"GET"}
echo:hi 1,2,3
close 1000 bye
done
`,
		"fastify.js": `200 application/json; charset=utf-8 {"hello":"gnode"}
201 {"a":1}
404 {"message":"Route GET:/nope not found","error":"Not Found","statusCode":404}
closed
`,
	}
	for name, w := range want {
		stdout, stderr, code := run(t, dir, name)
		if stdout != w || code != 0 {
			t.Errorf("%s: exit %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", name, code, stdout, w, stderr)
		}
	}
	if node := os.Getenv("NODE"); node != "" {
		for name, w := range want {
			c := exec.Command(node, name)
			c.Dir = dir
			got, err := c.Output()
			if err != nil || string(got) != w {
				t.Errorf("reference node disagrees on %s (%v):\n%s", name, err, strings.TrimSpace(string(got)))
			}
		}
	}
}
