// group/groupCollapsed/groupEnd indent both stdout and stderr.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.error('level 1 on stderr');
console.group();
console.log('level 2\nsecond line');
console.log({ a: 1, b: { c: 2 } });
console.groupEnd();
console.groupCollapsed('Collapsed', 'label');
console.info('in collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back to 0');
