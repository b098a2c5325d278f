// Files without an extension, with a shebang line, with a byte order mark; JSON with a BOM; main pointing at JSON.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('noext', () => require('./fixtures/noext'));
show('shebang', () => require('./fixtures/shebang'));
show('bom', () => require('./fixtures/bom'));
show('bom.json', () => require('./fixtures/bom.json'));
show('pkg-main-json', () => require('pkg-main-json'));
