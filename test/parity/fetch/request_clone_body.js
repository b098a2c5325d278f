// Request.clone with a body; Request from a Request moves the body
(async () => {
  const a = new Request('http://x.test/', { method: 'POST', body: 'payload' });
  const b = a.clone();
  console.log(await a.text(), await b.text(), a.bodyUsed, b.bodyUsed);
  const c = new Request('http://x.test/', { method: 'POST', body: 'moved' });
  const d = new Request(c);
  console.log(c.bodyUsed, await d.text());
  try { new Request(c); } catch (e) { console.log(e.name, e.message); }
})();
