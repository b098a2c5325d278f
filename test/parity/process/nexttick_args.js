// process.nextTick passes extra arguments.
process.nextTick((a, b, c) => console.log('args', a, b, c), 'one', 2, [3]);
process.nextTick(function () { console.log('arguments.length', arguments.length); });
process.nextTick((...r) => console.log('rest', r), ...new Array(6).fill(0).map((_, i) => i));
