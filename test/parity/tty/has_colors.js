// hasColors(count, env): count defaults to 16, env may come first, count is validated.
const tty = require('tty');
const w = { getColorDepth: tty.WriteStream.prototype.getColorDepth };
const h = (...a) => tty.WriteStream.prototype.hasColors.apply(w, a);
console.log(h({ TERM: 'xterm' }), h(256, { TERM: 'xterm' }), h(256, { TERM: 'xterm-256color' }),
  h(2 ** 24, { COLORTERM: 'truecolor' }), h(2 ** 24 + 1, { COLORTERM: 'truecolor' }), h(2, {}), h(16, {}), h());
for (const bad of ['x', 0, 1, 1.5, -1, null]) {
  try { console.log(h(bad, {})); } catch (e) { console.log(e.name, e.code, e.message); }
}
