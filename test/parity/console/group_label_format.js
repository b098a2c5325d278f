// group labels are formatted; count, time, dir, table and trace inside a group are indented.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => write(String(chunk).replace(/\d+(\.\d+)?(ms|s)\b/g, '<T>$2'), ...rest);
console.group('%s-%d', 'label', 7);
console.count('in group');
console.time('t');
console.timeEnd('t');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.table([{ x: 1 }]);
console.group();
console.warn('nested warn');
console.trace('nested trace');
console.groupEnd();
console.groupEnd();
console.log('done');
