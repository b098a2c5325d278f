// Writes in every encoding reach stdout as the bytes Node writes.
const out = process.stdout;
out.write('utf8 ✓ ünï\n');
out.write('6865780a', 'hex');
out.write('YmFzZTY0Cg==', 'base64');
out.write('latin1 \u0141\n', 'latin1');
out.write('ucs2\n', 'utf16le');
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
out.write(Buffer.from('buffer\n'));
out.write(new Uint8Array(Buffer.from('xxsubarray\n')).subarray(2));
out.setDefaultEncoding('hex');
out.write('6465660a');
for (const bad of [1, {}, null]) {
  try { out.write(bad); } catch (e) { console.error(e.code, e.message); }
}
