// On a pipe, process.stdin has no setRawMode/isRaw and stdout no columns or cursor methods;
// tty.isatty agrees with isTTY.
const tty = require('tty');
console.log(typeof process.stdin.setRawMode, process.stdin.isRaw, process.stdin.isTTY);
console.log(process.stdout.columns, process.stdout.rows, typeof process.stdout.cursorTo, typeof process.stdout.getColorDepth);
console.log(tty.isatty(process.stdout.fd) === !!process.stdout.isTTY, tty.isatty(process.stderr.fd) === !!process.stderr.isTTY);
