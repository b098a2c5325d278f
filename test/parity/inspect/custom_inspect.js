// util.inspect.custom: returning strings, objects, using depth and options.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
class Money {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${this.v}> depth=${depth} typeofInspect=${typeof inspect} stylize=${typeof options.stylize}`;
  }
}
show('string result', new Money(5));
show('nested', { wallet: { m: new Money(6) } });
const objResult = { [util.inspect.custom]() { return { replaced: true, list: [1, 2] }; } };
show('object result', objResult);
const self = { [util.inspect.custom]() { return this; }, x: 1 };
show('returns this', self);
show('customInspect: false', new Money(7), { customInspect: false });
const legacy = { inspect() { return 'legacy inspect method (ignored)'; } };
show('legacy inspect', legacy);
console.log('symbol', util.inspect.custom.toString(), util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
