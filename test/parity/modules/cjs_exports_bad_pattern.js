// Pattern matches that would escape the package or reach node_modules are refused.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('sub/../feature', () => require('pkg-exports/sub/../feature'));
show('sub/node_modules/x', () => require('pkg-exports/sub/node_modules/x'));
show('sub/%2e%2e/x', () => require('pkg-exports/sub/%2e%2e/x'));
show('missing pattern file', () => require('pkg-exports/sub/none'));
