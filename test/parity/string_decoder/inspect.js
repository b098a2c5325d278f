// How a StringDecoder looks in util.inspect and what its own properties are.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
d.write(Buffer.from([0xE2, 0x82]));
console.log(d);
console.log(Object.keys(d), Object.getOwnPropertySymbols(d).map(String));
console.log(new StringDecoder('base64'));
