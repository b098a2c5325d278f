// Response: constructor, static error/json/redirect, clone, status rules, inspect
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.message); } };
t(() => new Response());
t(() => new Response('x', { status: 99 }));
t(() => new Response('x', { status: 204 }));
t(() => new Response('x', { statusText: 'a\nb' }));
t(() => Response.redirect('http://x/', 200));
t(() => Response.redirect('/rel'));
t(() => Response.redirect('http://x/y'));
t(() => Response.json({ a: 1 }, { status: 201, headers: { 'X-A': 'b' } }));
t(() => Response.error());
t(() => Response.json());
(async () => {
  const r = new Response('body text', { status: 299, statusText: 'Fine', headers: { 'X-Y': 'z' } });
  const c = r.clone();
  console.log(await r.text(), await c.text(), r.ok, c.status, c.statusText, r.headers.get('content-type'));
  console.log(await Response.json([1, 'two']).json());
  console.log(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text());
  console.log(await new Response(new Blob(['b'], { type: 'x/y' })).blob());
  console.log(await new Response(null).text(), new Response(null).body);
})();
