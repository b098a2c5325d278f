// Blob.prototype.stream() is a byte stream of the blob's bytes; text() through TextDecoderStream.
(async () => {
  const blob = new Blob(['hello ', 'blob']);
  const s = blob.stream();
  console.log(s);
  const chunks = [];
  for await (const c of s) chunks.push(...c);
  console.log(Buffer.from(chunks).toString());
  const reader = new Blob(['abcdef']).stream().getReader({ mode: 'byob' });
  const r = await reader.read(new Uint8Array(3));
  console.log(Buffer.from(r.value).toString());
  let text = '';
  for await (const t of new Blob(['€uro']).stream().pipeThrough(new TextDecoderStream())) text += t;
  console.log(text);
})();
