// Web Crypto methods check their receiver: ERR_INVALID_THIS for getRandomValues, randomUUID and the
// subtle getter off the crypto object; SubtleCrypto and Crypto cannot be constructed.
'use strict';
const c = globalThis.crypto;
const proto = Object.getPrototypeOf(c);
for (const [name, f] of [
  ['getRandomValues', () => proto.getRandomValues.call({}, new Uint8Array(1))],
  ['randomUUID', () => proto.randomUUID.call(undefined)],
  ['subtle', () => Object.getOwnPropertyDescriptor(proto, 'subtle').get.call({})],
  ['new Crypto', () => new proto.constructor()],
  ['new SubtleCrypto', () => new (Object.getPrototypeOf(c.subtle).constructor)()],
]) {
  try {
    f();
    console.log(name, 'no throw');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
console.log(typeof proto.getRandomValues, proto.getRandomValues.length, proto.randomUUID.length);
