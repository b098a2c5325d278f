// text() decodes UTF-8: BOM stripped, invalid bytes become U+FFFD, json() of bad JSON rejects
(async () => {
  console.log(JSON.stringify(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text()));
  console.log(JSON.stringify(await new Response(new Uint8Array([0x41, 0xff, 0x42, 0xc3])).text()));
  console.log(await new Response('\u{1F600} ok').text());
  try { await new Response('{bad').json(); } catch (e) { console.log(e.name); }
  console.log(await new Response('').text() === '', (await new Response('').arrayBuffer()).byteLength);
})();
