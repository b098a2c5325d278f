// count/countReset, with the default label.
console.count();
console.count();
console.count('x');
console.count('default');
console.countReset();
console.count();
console.countReset('x');
console.count('x');
console.countReset('never-counted');
