// styleText argument errors.
const { styleText } = require('util');
const tries = [
  () => styleText('red', 5, { validateStream: false }),
  () => styleText('notacolor', 'x', { validateStream: false }),
  () => styleText(['red', 'nope'], 'x', { validateStream: false }),
  () => styleText(5, 'x', { validateStream: false }),
  () => styleText('red', 'x', { validateStream: 'yes' }),
  () => styleText('red', 'x', { stream: {} }),
  () => styleText('red', 'x', { stream: null }),
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message.length > 200 ? e.message.slice(0, 200) + '...' : e.message); }
}
