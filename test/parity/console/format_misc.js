// %c is consumed, %% is a percent, unknown specifiers stay, extra args are appended.
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%% sure', 'extra');
console.log('%x %y', 1, 2);
console.log('%s and %s', 'only one');
console.log('%s', 'a', 'b', { c: 1 });
console.log('no format', '%s', 'x');
console.log(5, '%s', 'x');
console.log('%', 1);
console.log('%%s', 1);
console.log('trailing %');
