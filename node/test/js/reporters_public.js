'use strict';
// node:test/reporters: the builtin reporters in Node's shapes — spec is a Transform stream class,
// the others async generator functions over the event stream.

const reporters = require('internal/test_runner/reporters');
const { Transform, Readable } = require('stream');

function generatorOf(factory) {
  return function reporter(source) {
    const rep = factory();
    const out = new Readable({ read() {} });
    (async () => {
      for await (const ev of source) {
        const s = rep.event(ev);
        if (s) out.push(s);
      }
      const s = rep.end();
      if (s) out.push(s);
      out.push(null);
    })().catch((err) => out.destroy(err));
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

module.exports = {
  dot: generatorOf(reporters.dot),
  junit: generatorOf(reporters.junit),
  spec: SpecReporter,
  tap: generatorOf(reporters.tap),
  lcov: generatorOf(() => ({ event() { return ''; }, end() { return ''; } })),
};
