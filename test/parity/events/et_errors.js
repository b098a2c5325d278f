// EventTarget and Event argument errors: codes and messages.
const et = new EventTarget();
const t = (name, f) => { try { f(); console.log(name, 'no error'); } catch (e) { console.log(name, e.name, e.code, e.message); } };
t('listener number', () => et.addEventListener('x', 5));
t('missing args', () => et.addEventListener('x'));
t('remove missing', () => et.removeEventListener());
t('dispatch non-event', () => et.dispatchEvent({}));
t('dispatch none', () => et.dispatchEvent());
t('Event no type', () => new Event());
t('Event bad options', () => new Event('x', 1));
t('CustomEvent no type', () => new CustomEvent());
t('preventDefault this', () => Event.prototype.preventDefault.call({}));
t('type getter this', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
t('addEventListener this', () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
t('dispatchEvent this', () => EventTarget.prototype.dispatchEvent.call(null, new Event('x')));
t('options null ok', () => et.addEventListener('x', () => {}, null));
t('options bad', () => et.addEventListener('x', () => {}, 'str'));
