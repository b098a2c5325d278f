// cork/uncork batch writes to stdout (writev), writableCorked counts, output order is kept.
const out = process.stdout;
out.cork();
out.write('a');
out.write('b');
out.cork();
out.write('c\n');
console.error('corked', out.writableCorked, 'length', out.writableLength);
out.uncork();
console.error('after one uncork', out.writableCorked);
out.uncork();
console.error('after second uncork', out.writableCorked);
process.nextTick(() => console.error('length after', out.writableLength));
out.write('d\n');
