// WebSocket constructor validation
const t = (f) => { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.message); } };
t(() => new WebSocket('ftp://x/'));
t(() => new WebSocket('ws://x/#frag'));
t(() => new WebSocket('not a url'));
t(() => new WebSocket('ws://127.0.0.1:1/', ['a', 'A']));
t(() => new WebSocket('ws://127.0.0.1:1/', 'bad proto'));
t(() => new WebSocket());
console.log(WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED, WebSocket.prototype.OPEN);
