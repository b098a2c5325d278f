// emitWarning with an Error subclass instance keeps its name; detail and code options.
class QuotaWarning extends Error {
  constructor(m) { super(m); this.name = 'QuotaWarning'; }
}
process.on('warning', (w) => console.log('event:', w.name, w.message, w instanceof QuotaWarning));
process.emitWarning(new QuotaWarning('quota almost used'));
process.emitWarning('with detail only', { detail: 'line two of the warning' });
