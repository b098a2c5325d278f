// Response.blob() takes its type from content-type (parsed and serialized)
(async () => {
  for (const ct of ['text/plain; charset=UTF-8', 'Application/JSON', 'text/html;charset="utf-8"', 'bogus', '']) {
    const r = new Response('x', { headers: ct ? { 'content-type': ct } : {} });
    const b = await r.blob();
    console.log(JSON.stringify(ct), JSON.stringify(b.type), b.size);
  }
})();
