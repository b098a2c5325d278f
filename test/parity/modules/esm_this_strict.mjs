// Module code is strict: top-level this is undefined, assigning an undeclared name throws.

console.log(this);
try { undeclaredName = 1; } catch (e) { console.log(e.name, e.message); }
console.log(typeof require, typeof module, typeof exports, typeof __filename);
