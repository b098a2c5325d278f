// end(): flushes an incomplete character as U+FFFD, takes a last buffer, and resets the decoder.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xE2, 0x82]))), JSON.stringify(d.end()));
console.log('decoder reusable after end:', JSON.stringify(d.write(Buffer.from('ok'))));
console.log('end with buffer:', JSON.stringify(d.end(Buffer.from([0x61, 0xF0, 0x9F]))));
console.log('end with complete buffer:', JSON.stringify(d.end(Buffer.from('€'))));
console.log('end with nothing pending:', JSON.stringify(d.end()));
d.write(Buffer.from([0xF0]));
console.log('end with string:', JSON.stringify(d.end('str')));
