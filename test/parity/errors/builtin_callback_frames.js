// Frames of callbacks called by builtins (forEach, sort, Promise constructor) in a caught stack.
function show(fn) {
  try {
    fn();
  } catch (e) {
    console.log(e.message);
    console.log(e.stack.split('\n').slice(1, 4).filter((l) => !l.includes('node:')).join('\n'));
  }
}
show(() => [1].forEach(function each(x) { x.y.z; }));
show(() => [2, 1].sort(function cmp() { throw new Error('in sort'); }));
show(() => JSON.parse('{"x":1}', function reviver() { throw new Error('in reviver'); }));
