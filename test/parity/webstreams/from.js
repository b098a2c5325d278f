// ReadableStream.from with arrays, sync and async iterables, generators and bad input.
const consumers = require('stream/consumers');
(async () => {
  console.log(await consumers.text(ReadableStream.from(['a', 'b', 'c'])));
  async function* gen() { yield 'x'; await null; yield 'y'; }
  const out = [];
  for await (const v of ReadableStream.from(gen())) out.push(v);
  console.log(out);
  const withPromises = [];
  for await (const v of ReadableStream.from([Promise.resolve(1), 2])) withPromises.push(v);
  console.log(withPromises);
  let returned = false;
  const iterable = {
    [Symbol.iterator]() {
      let i = 0;
      return { next() { return { value: i++, done: false }; }, return() { returned = true; return { done: true }; } };
    },
  };
  const reader = ReadableStream.from(iterable).getReader();
  console.log(await reader.read(), await reader.read());
  await reader.cancel('stop');
  console.log('return called', returned);
  for (const bad of [1, null, {}]) {
    try { ReadableStream.from(bad); } catch (e) { console.log(e.code, e.message); }
  }
})();
