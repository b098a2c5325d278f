// Invalid exports maps: mixed '.' and condition keys, numeric keys.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('pkg-mixed-keys', () => require('pkg-mixed-keys'));
show('pkg-numeric', () => require('pkg-numeric'));
