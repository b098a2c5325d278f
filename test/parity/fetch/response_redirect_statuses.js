// Response.redirect with each allowed status and relative/absolute URLs
for (const s of [301, 302, 303, 307, 308]) {
  const r = Response.redirect('http://example.test/a/../b?q#h', s);
  console.log(r.status, r.headers.get('location'), r.type, r.ok, r.body);
}
try { Response.redirect('http://x/', 304); } catch (e) { console.log(e.name, e.message); }
