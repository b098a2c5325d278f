// node:tty under pipes (as the parity runner runs): isatty, fd validation, class surface.
const tty = require('tty');
console.log(Object.keys(tty).join(','));
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(-1), tty.isatty('1'), tty.isatty(2 ** 32));
for (const fd of [-1, 'x', 1.5]) {
  try { new tty.WriteStream(fd); } catch (e) { console.log(e.code, e.message); }
  try { new tty.ReadStream(fd); } catch (e) { console.log(e.code, e.message); }
}
console.log(process.stdout.isTTY, process.stdin.isTTY);
const w = new tty.WriteStream(1);
console.log(w.isTTY, typeof w.getColorDepth, typeof w.hasColors, typeof w.getWindowSize);
console.log(w.getColorDepth({ FORCE_COLOR: '3' }), w.getColorDepth({ FORCE_COLOR: '0' }), w.hasColors(256, { FORCE_COLOR: '2' }));
