// console.dir with options.
const o = { a: 1, nested: { deeper: { deepest: { bottom: true } } }, list: [1, 2, 3] };
console.dir(o);
console.dir(o, { depth: 0 });
console.dir(o, { depth: null });
console.dir('a string');
class Hidden { constructor() { Object.defineProperty(this, 'secret', { value: 1, enumerable: false }); this.shown = 2; } }
console.dir(new Hidden(), { showHidden: true });
console.dir([1, 2, 3], { colors: false });
console.dirxml({ x: 1 }, [2]);
