// data: URLs
(async () => {
  for (const u of ['data:,Hello%2C%20World!', 'data:text/plain;base64,SGVsbG8=', 'data:application/json,{"a":1}',
    'data:;charset=utf-8,x', 'data:text/html;charset=UTF-8,<b>b</b>']) {
    const r = await fetch(u);
    console.log(r.status, r.statusText, r.headers.get('content-type'), JSON.stringify(await r.text()), r.type);
  }
  try { await fetch('data:nocomma'); } catch (e) { console.log(e.message, e.cause.message); }
})();
