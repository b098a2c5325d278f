// toUSVString replaces lone surrogates with U+FFFD and keeps valid pairs.
const { toUSVString } = require('util');
for (const s of ['plain', 'a\ud800b', '\udc00', 'x\ud83d\ude00y', '\ud83d', 'end\ud800', '\ude00\ud83d', 123]) {
  console.log(JSON.stringify(String(s)), '->', JSON.stringify(toUSVString(s)));
}
