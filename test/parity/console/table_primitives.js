// console.table with non-tabular data falls back to console.log.
console.table('just a string');
console.table(42);
console.table(null);
console.table([{ 'unicode ü': 'ÿes', wide: '日本' }]);
