// Intl: NumberFormat digit and rounding options.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.NumberFormat('en', { minimumIntegerDigits: 3 }).format(5)", () => new Intl.NumberFormat('en', { minimumIntegerDigits: 3 }).format(5));
show("new Intl.NumberFormat('en', { minimumFractionDigits: 2 }).format(5)", () => new Intl.NumberFormat('en', { minimumFractionDigits: 2 }).format(5));
show("new Intl.NumberFormat('en', { maximumSignificantDigits: 3 }).format(123456)", () => new Intl.NumberFormat('en', { maximumSignificantDigits: 3 }).format(123456));
show("new Intl.NumberFormat('en', { minimumSignificantDigits: 5 }).format(1.5)", () => new Intl.NumberFormat('en', { minimumSignificantDigits: 5 }).format(1.5));
show("new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(1.005)", () => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(1.005));
show("['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc'...", () => ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'].map((m) => [2.5, -2.5, 2.4, -2.6].map((v) => new Intl.NumberFormat('en', { maximumFractionDigits: 0, roundingMode: m }).format(v)).join(' ')));
show("new Intl.NumberFormat('en', { maximumFractionDigits: 2, minimumFractionDigits: 2, round...", () => new Intl.NumberFormat('en', { maximumFractionDigits: 2, minimumFractionDigits: 2, roundingIncrement: 5 }).format(1.234));
show("new Intl.NumberFormat('en', { maximumFractionDigits: 2, minimumFractionDigits: 2, round...", () => new Intl.NumberFormat('en', { maximumFractionDigits: 2, minimumFractionDigits: 2, roundingIncrement: 25 }).format(1.3));
show("new Intl.NumberFormat('en', { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfIn...", () => new Intl.NumberFormat('en', { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' }).format(5));
show("new Intl.NumberFormat('en', { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfIn...", () => new Intl.NumberFormat('en', { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' }).format(5.1));
show("new Intl.NumberFormat('en', { maximumSignificantDigits: 2, maximumFractionDigits: 2, ro...", () => new Intl.NumberFormat('en', { maximumSignificantDigits: 2, maximumFractionDigits: 2, roundingPriority: 'lessPrecision' }).format(1.234));
show("new Intl.NumberFormat('en', { maximumSignificantDigits: 2, maximumFractionDigits: 2, ro...", () => new Intl.NumberFormat('en', { maximumSignificantDigits: 2, maximumFractionDigits: 2, roundingPriority: 'morePrecision' }).format(1.234));
show("new Intl.NumberFormat('en', { useGrouping: false }).format(1234567)", () => new Intl.NumberFormat('en', { useGrouping: false }).format(1234567));
show("new Intl.NumberFormat('en', { useGrouping: 'min2' }).format(1234)", () => new Intl.NumberFormat('en', { useGrouping: 'min2' }).format(1234));
show("new Intl.NumberFormat('es', { useGrouping: 'always' }).format(1234)", () => new Intl.NumberFormat('es', { useGrouping: 'always' }).format(1234));
show("new Intl.NumberFormat('en', { maximumFractionDigits: 5 }).resolvedOptions()", () => new Intl.NumberFormat('en', { maximumFractionDigits: 5 }).resolvedOptions());
show("new Intl.NumberFormat('en', { maximumSignificantDigits: 5 }).resolvedOptions()", () => new Intl.NumberFormat('en', { maximumSignificantDigits: 5 }).resolvedOptions());
