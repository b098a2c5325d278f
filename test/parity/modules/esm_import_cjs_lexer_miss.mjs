// cjs-module-lexer finds `a` and `b` in `module.exports = { a, b, c: 3 }` but not `c` (a non-identifier value): Node's SyntaxError with its hint.
import lit, { a, b, c } from 'pkg-cjs-literal';
console.log(a, b, c, lit);
