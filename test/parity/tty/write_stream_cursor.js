// tty.WriteStream's cursor methods write readline's control sequences (on a pipe here).
const tty = require('tty');
const w = new tty.WriteStream(1);
w.cursorTo(2);
w.cursorTo(1, 3);
w.moveCursor(-1, 2);
w.clearLine(0);
w.clearLine(-1);
w.clearScreenDown(() => console.error('clearScreenDown callback'));
w.write('\n');
console.error('getWindowSize', JSON.stringify(w.getWindowSize()));
