// A v-flag regexp literal V8 rejects is an early SyntaxError: the file does not run.
try {
  require('./_vflag_bad_literal.js');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const ok = /[\p{L}--\p{Lu}]+/v;
console.log(ok.exec('ABcdE')[0]);
import('./_vflag_bad_literal.mjs').then(
  () => console.log('imported'),
  (e) => console.log(e.name + ': ' + e.message),
);
