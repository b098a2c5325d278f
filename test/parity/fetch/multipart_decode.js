// Response.formData() parses a hand-written multipart body: fields, files, CRLF handling
(async () => {
  const body = '--XyZ\r\nContent-Disposition: form-data; name="text"\r\n\r\nline1\r\nline2\r\n' +
    '--XyZ\r\nContent-Disposition: form-data; name="up"; filename="r.bin"\r\nContent-Type: application/x-thing\r\n\r\n\x00\x01\x02\r\n' +
    '--XyZ\r\nContent-Disposition: form-data; name="utf"\r\n\r\n\u00e9t\u00e9\r\n--XyZ--\r\n';
  const r = new Response(Buffer.from(body, 'utf8'), { headers: { 'content-type': 'multipart/form-data; boundary=XyZ' } });
  const fd = await r.formData();
  for (const [k, v] of fd) {
    if (typeof v === 'string') console.log(k, JSON.stringify(v));
    else console.log(k, v.name, v.type, v.size, [...new Uint8Array(await v.arrayBuffer())]);
  }
  try { await new Response('x', { headers: { 'content-type': 'multipart/form-data' } }).formData(); } catch (e) { console.log(e.name, e.message); }
})();
