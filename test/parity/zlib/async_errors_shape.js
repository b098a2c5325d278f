// errors of the callback forms: name, code, errno, message, own keys, instanceof Error
'use strict';
const zlib = require('zlib');
zlib.inflate(Buffer.from('not zlib data'), (err, res) => {
  console.log(err instanceof Error, err.name, err.code, err.errno, err.message, Object.keys(err), res);
  console.log(String(err));
  zlib.gunzip(Buffer.from('not gzip data'), (err2) => {
    console.log(err2.code, err2.errno, err2.message);
    zlib.inflateRaw(Buffer.from([0xff, 0xff]), (err3) => console.log(err3.code, err3.errno, err3.message));
  });
});
