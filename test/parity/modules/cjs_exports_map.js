// package.json "exports": subpaths, patterns, null targets, arrays, conditions, and what is not exported.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('pkg-exports', () => require('pkg-exports'));
show('pkg-exports/feature', () => require('pkg-exports/feature'));
show('pkg-exports/sub/a', () => require('pkg-exports/sub/a'));
show('pkg-exports/sub/deep/b', () => require('pkg-exports/sub/deep/b'));
show('pkg-exports/ext/a.js', () => require('pkg-exports/ext/a.js'));
show('pkg-exports/sub/private/secret', () => require('pkg-exports/sub/private/secret'));
show('pkg-exports/package.json', () => require('pkg-exports/package.json').name);
show('pkg-exports/nested', () => require('pkg-exports/nested'));
show('pkg-exports/arr', () => require('pkg-exports/arr'));
show('pkg-exports/unexported.js', () => require('pkg-exports/unexported.js'));
show('pkg-exports/browser-only', () => require('pkg-exports/browser-only'));
show('pkg-exports/bad-target', () => require('pkg-exports/bad-target'));
show('pkg-exports-sugar', () => require('pkg-exports-sugar'));
show('pkg-exports-sugar/ignored.js', () => require('pkg-exports-sugar/ignored.js'));
