// import.meta.resolve of missing files and packages: a URL for files (no existence check), an error for packages.
const here = import.meta.dirname;
console.log(import.meta.resolve('./nothing.mjs').replace('file://' + here, '<HERE>'));
try { import.meta.resolve('no-such-pkg-xyz'); } catch (e) { console.log(e.code); }
console.log(import.meta.resolve('node:fs'), import.meta.resolve('fs'));
