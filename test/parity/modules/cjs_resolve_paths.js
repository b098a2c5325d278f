// require.resolve with {paths}, require.resolve.paths for relative, bare and builtin requests.

const rel = (p) => p == null ? p : p.replace(__dirname, '<HERE>');
console.log(rel(require.resolve('./a', { paths: [__dirname + '/fixtures'] })));
console.log(rel(require.resolve('pkg-main', { paths: [__dirname + '/fixtures'] })));
console.log(require.resolve.paths('fs'));
console.log(require.resolve.paths('./x').map(rel));
console.log(require.resolve.paths('pkg').slice(0, 2).map(rel));
console.log(require.resolve('fs'), require.resolve('node:fs'));
try { require.resolve('./missing', { paths: [__dirname] }); } catch (e) { console.log(e.code); }
try { require.resolve(42); } catch (e) { console.log(e.code, e.message); }
