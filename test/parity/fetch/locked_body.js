// a locked body cannot be consumed; reading the body getter alone does not use it
(async () => {
  const r = new Response('abc');
  console.log(r.body === r.body, r.bodyUsed);
  const reader = r.body.getReader();
  console.log(r.bodyUsed, r.body.locked);
  try { await r.text(); } catch (e) { console.log(e.name, e.message); }
  try { r.clone(); } catch (e) { console.log(e.name, e.message); }
  reader.releaseLock();
  console.log(await r.text());
})();
