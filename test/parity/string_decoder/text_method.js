// text(buf, offset) decodes from an offset and drops pending bytes first.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
d.write(Buffer.from([0xE2]));
console.log(JSON.stringify(d.text(Buffer.from('héllo'), 2)), d.lastNeed);
console.log(JSON.stringify(d.text(Buffer.from('ab€'), 3)), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.end()));
