// Destroying a Readable.fromWeb stream cancels the web stream with the error.
const { Readable } = require('stream');
const web = new ReadableStream({ cancel(r) { console.log('web cancel', r && r.message); } });
const r = Readable.fromWeb(web);
r.on('error', (e) => console.log('error', e.message));
r.on('close', () => console.log('close, web locked', web.locked));
r.destroy(new Error('stop'));
