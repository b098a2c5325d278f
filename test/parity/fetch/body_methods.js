// the body mixin on network responses: json, arrayBuffer, bytes, blob, bodyUsed and reuse errors
const { start } = require('./_server');
start((req, res) => res.send(200, { 'Content-Type': 'application/json; charset=utf-8' }, '{"a":[1,2],"b":"\u00e9"}'))
  .then(async (s) => {
    console.log(await (await fetch(s.url)).json());
    const ab = await (await fetch(s.url)).arrayBuffer();
    console.log(ab instanceof ArrayBuffer, ab.byteLength);
    const u8 = await (await fetch(s.url)).bytes();
    console.log(u8.constructor.name, u8.length);
    const b = await (await fetch(s.url)).blob();
    console.log(b, await b.text());
    const r = await fetch(s.url);
    await r.text();
    console.log(r.bodyUsed);
    try { await r.text(); } catch (e) { console.log(e.name, e.message); }
    try { r.clone(); } catch (e) { console.log(e.name, e.message); }
    s.close();
  });
