// count labels are converted to strings.
console.count({});
console.count(1);
console.count('1');
console.count(null);
console.count(undefined);
console.count(Symbol.for('s').description);
