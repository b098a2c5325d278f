// A regexp literal invalid in u mode is an early SyntaxError: nothing of the file runs, even
// when the literal is in code that would never run.
'use strict';
console.log('this line must not print');
if (false) {
  const re = /[a-z]\q/u;
}
