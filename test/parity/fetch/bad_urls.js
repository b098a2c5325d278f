// fetch rejections for URLs it cannot use, and their inspect output
(async () => {
  for (const u of ['foo://x/', 'http://a b/', '/relative', 'http://u:p@127.0.0.1/', 'about:blank']) {
    try { await fetch(u); } catch (e) { console.log(u, '->', e); }
  }
  try { await fetch(); } catch (e) { console.log(e.message); }
})();
