// How stack frames name methods, getters, constructors, static and anonymous functions.
class Widget {
  constructor(fail) { if (fail) throw new Error('ctor'); }
  method() { throw new Error('method'); }
  get prop() { throw new Error('getter'); }
  static make() { throw new Error('static'); }
}
const obj = { fn() { throw new Error('object method'); } };
const anon = [() => { throw new Error('arrow in array'); }];
function named() { throw new Error('named'); }
const tries = [
  () => new Widget(true),
  () => new Widget().method(),
  () => new Widget().prop,
  () => Widget.make(),
  () => obj.fn(),
  () => anon[0](),
  () => named(),
  () => [1].map(function mapper() { throw new Error('callback'); }),
];
for (const t of tries) {
  try {
    t();
  } catch (e) {
    console.log(e.stack.split('\n').filter((l) => !l.includes('node:')).slice(0, 3).join('\n'));
  }
}
