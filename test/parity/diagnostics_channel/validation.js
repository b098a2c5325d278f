// Argument errors of diagnostics_channel.
const dc = require('diagnostics_channel');
const tries = [
  () => dc.channel(1),
  () => dc.channel({}),
  () => dc.channel('v').subscribe('not a function'),
  () => dc.subscribe('v', null),
  () => dc.tracingChannel(1),
  () => dc.tracingChannel(null),
  () => dc.tracingChannel({ start: dc.channel('s') }),
  () => dc.tracingChannel('t').traceCallback(() => {}, 0, {}, null, 'not a callback'),
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
