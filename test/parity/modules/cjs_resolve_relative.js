// CommonJS resolution of relative paths: extensions, directories, index files and their order.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('./fixtures/a', () => require('./fixtures/a').name);
show('./fixtures/a.js', () => require('./fixtures/a.js').name);
show('./fixtures/data', () => require('./fixtures/data'));
show('./fixtures/dir', () => require('./fixtures/dir'));
show('./fixtures/dir/', () => require('./fixtures/dir/'));
show('./fixtures/dirjson', () => require('./fixtures/dirjson'));
show('./fixtures/order', () => require('./fixtures/order'));
show('./fixtures/order/', () => require('./fixtures/order/'));
show('./fixtures/order.json', () => require('./fixtures/order.json'));
show('absolute', () => require(__dirname + '/fixtures/a').name);
show('./fixtures/../fixtures/a', () => require('./fixtures/../fixtures/a').name);
show('missing', () => require('./fixtures/missing'));
