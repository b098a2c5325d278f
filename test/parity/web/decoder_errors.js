// TextDecoder argument errors and brand checks; inspect output.
const util = require('util');
const t = (label, f) => { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('decode string', () => new TextDecoder().decode('abc'));
t('decode number', () => new TextDecoder().decode(5));
t('decode null', () => new TextDecoder().decode(null));
t('options number', () => new TextDecoder('utf-8', 5));
t('decode options', () => new TextDecoder().decode(new Uint8Array(1), 5));
t('decode this', () => TextDecoder.prototype.decode.call({}));
t('encoding this', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));
t('encode this', () => TextEncoder.prototype.encode.call({}));
console.log(util.inspect(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })));
console.log(util.inspect(new TextEncoder()), util.inspect(new TextDecoder()));
console.log(Object.keys(TextDecoder.prototype), Object.prototype.toString.call(new TextDecoder()));
