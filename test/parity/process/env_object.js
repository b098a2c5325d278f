// process.env behaves like an object with string values only.
console.log('typeof', typeof process.env, Object.prototype.toString.call(process.env));
console.log('hasOwnProperty works', Object.prototype.hasOwnProperty.call(process.env, 'PATH'));
console.log('JSON keys include TZ', Object.keys(JSON.parse(JSON.stringify(process.env))).includes('TZ'));
process.env.NUM = 42;
const copy = { ...process.env };
console.log('spread copy value', copy.NUM, typeof copy.NUM);
Object.defineProperty(process.env, 'DEFINED', { value: 'v', writable: true, enumerable: true, configurable: true });
console.log('defineProperty', process.env.DEFINED);
try {
  Object.defineProperty(process.env, 'GETTER', { get() { return 'g'; } });
} catch (e) {
  console.log('accessor rejected:', e.code, e.message);
}
