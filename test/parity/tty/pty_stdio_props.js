// parity-tty: stdin stdout
// On a terminal: stdin and stdout are tty streams (80x24 here), stderr stays a pipe; color
// depth follows TERM=dumb; writes are synchronous, so output written just before exit shows.
const tty = require('tty');
const { stdin, stdout, stderr } = process;
console.log('isatty', tty.isatty(0), tty.isatty(1), tty.isatty(2));
console.log('classes', stdin.constructor.name, stdout.constructor.name, stderr.constructor.name);
console.log('isTTY', stdin.isTTY, stdout.isTTY, stderr.isTTY);
console.log('size', stdout.columns, stdout.rows, JSON.stringify(stdout.getWindowSize()));
console.log('colors', stdout.getColorDepth(), stdout.hasColors(), stdout.hasColors(256), stdout.getColorDepth({ TERM: 'xterm-256color' }));
console.log('raw', stdin.isRaw, typeof stdin.setRawMode, stdin.setRawMode(true) === stdin, stdin.isRaw);
stdin.setRawMode(false);
console.log('raw off', stdin.isRaw);
console.log('stdin', stdin.readableFlowing, stdin.fd, stdout.fd);
console.log('handles', stdout._type, stdout.writableHighWaterMark > 0);
stdout.write('before exit\n');
process.exit(0);
