// Bare specifiers: node_modules lookup, package.json main (with and without extension, a directory), index.js, scoped packages, nested node_modules.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('pkg-main', () => require('pkg-main'));
show('pkg-index', () => require('pkg-index'));
show('pkg-main-noext', () => require('pkg-main-noext'));
show('pkg-main-dir', () => require('pkg-main-dir'));
show('@scope/pkg', () => require('@scope/pkg'));
show('@scope/pkg/extra', () => require('@scope/pkg/extra'));
show('pkg-nested', () => require('pkg-nested'));
show('inner', () => require('inner'));
show('pkg-main/lib/entry', () => require('pkg-main/lib/entry').name);
show('pkg-type-cjs', () => require('pkg-type-cjs'));
