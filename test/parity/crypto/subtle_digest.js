// crypto.subtle.digest for SHA-1/256/384/512 (names as strings or {name}), its ArrayBuffer
// result, and the rejections for unknown algorithms and bad data.
'use strict';
const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  for (const alg of ['SHA-1', 'sha-256', { name: 'SHA-384' }, 'SHA-512']) {
    const r = await subtle.digest(alg, new Uint8Array([97, 98, 99]));
    console.log(JSON.stringify(alg), r instanceof ArrayBuffer, hex(r));
  }
  console.log('Buffer input', hex(await subtle.digest('SHA-256', Buffer.from('abc'))));
  console.log('ArrayBuffer input', hex(await subtle.digest('SHA-256', new Uint8Array([97, 98, 99]).buffer)));
  console.log('DataView input', hex(await subtle.digest('SHA-1', new DataView(new Uint8Array([97]).buffer))));
  for (const [alg, data] of [['md5', Buffer.from('x')], ['SHA-256', 'x'], ['sha256', Buffer.from('x')]]) {
    try {
      await subtle.digest(alg, data);
      console.log(alg, 'resolved');
    } catch (e) {
      console.log(alg, e.name, e.code, e.message);
    }
  }
})();
