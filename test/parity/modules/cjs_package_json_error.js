// A package.json that is not valid JSON: the error names the file.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('pkg-json-err', () => require('pkg-json-err'));
