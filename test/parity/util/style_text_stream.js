// styleText checks the stream: stdout here is a pipe, so no colors; a fake TTY stream with
// enough color depth gets them; validateStream: false always colors.
const { styleText } = require('util');
const { Writable } = require('events');
console.log('stdout (a pipe):', JSON.stringify(styleText('red', 'x')));
console.log('stderr (a pipe):', JSON.stringify(styleText('red', 'x', { stream: process.stderr })));
const fakeTTY = { isTTY: true, write() {}, on() {}, getColorDepth() { return 8; } };
console.log('fake TTY:', JSON.stringify(styleText('red', 'x', { stream: fakeTTY })));
const monoTTY = { isTTY: true, write() {}, on() {}, getColorDepth() { return 1; } };
console.log('monochrome TTY:', JSON.stringify(styleText('red', 'x', { stream: monoTTY })));
console.log('no validation:', JSON.stringify(styleText('red', 'x', { validateStream: false })));
