// Tables and multi-line values inside groups are indented line by line.
console.group('outer');
console.table([{ a: 1 }]);
console.log([{ aaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb', ccccccccccc: 'dddddddddddddddddddddd', e: 1 }]);
console.groupEnd();
