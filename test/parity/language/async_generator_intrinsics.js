// The intrinsics reached through an empty anonymous async generator, as libraries read them
// (@sec-ant/readable-stream, under get-stream, got and execa): %AsyncGeneratorFunction.prototype%,
// %AsyncGeneratorPrototype% and %AsyncIteratorPrototype%, their tags, links and methods, and an
// object built on them iterated with for await.
'use strict';
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;
const AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype);
const tag = (o) => Object.prototype.toString.call(o);
console.log(tag(AsyncGeneratorFunctionPrototype), tag(AsyncGeneratorPrototype), tag(AsyncIteratorPrototype));
console.log(Object.getPrototypeOf(AsyncGeneratorFunctionPrototype) === Function.prototype,
  AsyncGeneratorPrototype.constructor === AsyncGeneratorFunctionPrototype,
  Object.getPrototypeOf(AsyncIteratorPrototype) === Object.prototype);
console.log(typeof AsyncIteratorPrototype[Symbol.asyncIterator], AsyncIteratorPrototype[Symbol.asyncIterator].name,
  AsyncIteratorPrototype[Symbol.asyncIterator].call(AsyncIteratorPrototype) === AsyncIteratorPrototype);
const empty = async function* () {};
console.log(typeof empty, tag(empty), Object.getPrototypeOf(empty.prototype) === AsyncGeneratorPrototype,
  Object.getPrototypeOf(async function* () {}) === AsyncGeneratorFunctionPrototype);
class Counter {
  constructor(n) { this.n = n; this.i = 0; }
  next() { return Promise.resolve(this.i < this.n ? { value: this.i++, done: false } : { value: undefined, done: true }); }
}
Object.setPrototypeOf(Counter.prototype, AsyncIteratorPrototype);
(async () => {
  const seen = [];
  for await (const x of new Counter(3)) seen.push(x);
  for await (const x of empty()) seen.push('never ' + x);
  console.log('iterated', seen.join(','));
})();
