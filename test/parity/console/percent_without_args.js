// Format specifiers without matching arguments stay as they are.
console.log('a%sb');
console.log('%d%%');
console.log('%s %s', 'one');
console.log('%j');
console.log('100%');
console.info('%o');
