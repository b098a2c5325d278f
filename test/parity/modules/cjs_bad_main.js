// A package.json main that points nowhere: fallback to index.js (with the DEP0128 warning), and the error when there is no index either.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('pkg-bad-main', () => require('pkg-bad-main'));
show('pkg-bad-main-noindex', () => require('pkg-bad-main-noindex'));
