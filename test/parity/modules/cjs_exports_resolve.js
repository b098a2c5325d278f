// require.resolve through exports maps: the resolved file paths.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const rel = (p) => p.slice(__dirname.length);
show('pkg-exports', () => rel(require.resolve('pkg-exports')));
show('pkg-exports/sub/deep/b', () => rel(require.resolve('pkg-exports/sub/deep/b')));
show('pkg-exports/nested', () => rel(require.resolve('pkg-exports/nested')));
show('pkg-self', () => rel(require.resolve('pkg-self')));
