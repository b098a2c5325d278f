// A throwing async function with nobody awaiting it.
async function f() {
  await null;
  throw new TypeError('async failure');
}
f();
setTimeout(() => console.log('timer (should not run)'), 50);
