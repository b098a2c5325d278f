'use strict';
// node:test/reporters: the builtin reporters in Node's shapes — spec is a Transform stream class,
// the others async generator functions over the event stream.

const reporters = require('internal/test_runner/reporters');
const { Transform, Readable } = require('stream');

// The generator reporters take an async iterable of events and give an async iterable of
// strings (what an async generator function gives; the engine has none in builtins).
function generatorOf(factory) {
  return function reporter(source) {
    const rep = factory();
    const out = new Readable({ read() {} });
    const it = source[Symbol.asyncIterator]();
    const step = () => it.next().then(({ value, done }) => {
      if (done) {
        const s = rep.end();
        if (s) out.push(s);
        out.push(null);
        return;
      }
      const s = rep.event(value);
      if (s) out.push(s);
      return step();
    });
    step().catch((err) => out.destroy(err));
    return out[Symbol.asyncIterator]();
  };
}

class SpecReporter extends Transform {
  constructor() {
    super({ writableObjectMode: true });
    this.rep = reporters.spec();
  }

  _transform(ev, encoding, callback) {
    callback(null, this.rep.event(ev) || undefined);
  }

  _flush(callback) {
    callback(null, this.rep.end() || undefined);
  }
}

const named = (name, fn) => Object.defineProperty(fn, 'name', { __proto__: null, value: name });
module.exports = {
  dot: named('dot', generatorOf(reporters.dot)),
  junit: named('junit', generatorOf(reporters.junit)),
  spec: SpecReporter,
  tap: named('tap', generatorOf(reporters.tap)),
  lcov: named('lcov', generatorOf(() => ({ event() { return ''; }, end() { return ''; } }))),
};
