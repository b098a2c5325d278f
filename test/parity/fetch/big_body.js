// a 5 MB body through text(), arrayBuffer() and the stream
const { start } = require('./_server');
const big = Buffer.alloc(5 << 20, 97);
start((req, res) => res.send(200, {}, big)).then(async (s) => {
  console.log((await (await fetch(s.url)).text()).length);
  console.log((await (await fetch(s.url)).arrayBuffer()).byteLength);
  let n = 0;
  for await (const c of (await fetch(s.url)).body) n += c.byteLength;
  console.log(n);
  s.close();
});
