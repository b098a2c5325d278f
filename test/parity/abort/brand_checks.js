// AbortSignal/AbortController constructors and brand checks.
const t = (name, f) => { try { f(); console.log(name, 'ok'); } catch (e) { console.log(name, e.name, e.code, e.message); } };
t('new AbortSignal', () => new AbortSignal());
t('aborted getter', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
t('reason getter', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({}));
t('throwIfAborted', () => AbortSignal.prototype.throwIfAborted.call({}));
t('signal getter', () => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}));
t('abort', () => AbortController.prototype.abort.call({}));
console.log(AbortSignal.abort() instanceof EventTarget, Object.getPrototypeOf(AbortSignal) === EventTarget);
