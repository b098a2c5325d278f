// console.trace prints "Trace: message" and the stack to stderr.
function inner() {
  console.trace('traced %s', 'here', 42);
}
inner();
console.trace();
