// The console object's own methods.
console.log(Object.keys(console).sort().join(' '));
console.log(typeof console.log, console.log.name, console.log.length);
