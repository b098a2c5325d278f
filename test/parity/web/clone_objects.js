// structuredClone of objects and arrays: own enumerable string keys only, getters read, prototypes dropped, holes kept.
class K { constructor() { this.x = 1; } get y() { return 2; } }
console.log(structuredClone(new K()), structuredClone(new K()) instanceof K);
const s = Symbol('s');
console.log(structuredClone({ [s]: 1, k: 2, get g() { return 'got'; } }));
console.log(structuredClone(Object.defineProperty({ a: 1 }, 'hidden', { value: 2 })));
const arr = [1, , 3];
arr.extra = 'e';
console.log(structuredClone(arr), structuredClone(arr).length);
console.log(structuredClone(Object.create(null, { a: { value: 1, enumerable: true } })));
(function () {
  try { structuredClone(arguments); } catch (e) { console.log('arguments:', e.name, e.message); }
})(1, 2);
console.log(structuredClone({ nested: { deep: [1, { x: [2] }] } }));
