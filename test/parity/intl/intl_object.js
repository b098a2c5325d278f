// Intl: the Intl object.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("Object.getOwnPropertyNames(Intl).filter((n) => n !== 'DurationFormat')", () => Object.getOwnPropertyNames(Intl).filter((n) => n !== 'DurationFormat'));
show("Object.prototype.toString.call(Intl)", () => Object.prototype.toString.call(Intl));
show("typeof Intl", () => typeof Intl);
show("Object.getOwnPropertyDescriptor(globalThis, 'Intl').enumerable", () => Object.getOwnPropertyDescriptor(globalThis, 'Intl').enumerable);
show("Intl.supportedValuesOf('unit').length", () => Intl.supportedValuesOf('unit').length);
show("Intl.supportedValuesOf('x')", () => Intl.supportedValuesOf('x'));
show("Intl.supportedValuesOf('timeZone').includes('America/New_York')", () => Intl.supportedValuesOf('timeZone').includes('America/New_York'));
show("Intl.supportedValuesOf('currency').includes('EUR')", () => Intl.supportedValuesOf('currency').includes('EUR'));
