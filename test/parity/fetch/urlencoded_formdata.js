// Response.formData on urlencoded bodies and on an unsupported content type
(async () => {
  const r = new Response('a=1&b=x+y&a=%C3%A9', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const fd = await r.formData();
  console.log([...fd]);
  try { await new Response('x', { headers: { 'content-type': 'text/plain' } }).formData(); } catch (e) { console.log(e.name, e.message); }
  try { await new Response('junk', { headers: { 'content-type': 'multipart/form-data; boundary=zz' } }).formData(); } catch (e) { console.log(e.name, e.message); }
})();
