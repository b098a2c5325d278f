// An uncaught Error: source line, caret, stack, the Node.js version line, exit 1.
console.log('before');
function thrower() {
  throw new Error('plain failure');
}
thrower();
