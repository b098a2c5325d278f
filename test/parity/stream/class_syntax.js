// ES class subclasses of Readable, Writable, Transform, Duplex with _read/_write/_transform,
// instanceof and Symbol.hasInstance of Writable.
const { Readable, Writable, Transform, Duplex } = require('stream');
class Counter extends Readable {
  constructor(max) { super({ objectMode: true }); this.n = 0; this.max = max; }
  _read() { this.n++; this.push(this.n > this.max ? null : this.n); }
}
class Sum extends Writable {
  constructor() { super({ objectMode: true }); this.total = 0; }
  _write(v, e, cb) { this.total += v; cb(); }
}
class Double extends Transform {
  constructor() { super({ objectMode: true }); }
  _transform(v, e, cb) { cb(null, v * 2); }
}
class MyDuplex extends Duplex {}
const sum = new Sum();
new Counter(5).pipe(new Double()).pipe(sum).on('finish', () => {
  console.log('total', sum.total);
  console.log(new MyDuplex() instanceof Writable, new MyDuplex() instanceof Readable, new Double() instanceof Duplex);
  console.log(new Sum() instanceof Readable, ({}) instanceof Writable, Object.create(Sum.prototype) instanceof Sum);
  console.log(Counter.name, Object.getPrototypeOf(Counter) === Readable, typeof Readable.from);
});
