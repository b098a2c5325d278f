'use strict';
// Intl (ECMA-402). Options are read here in the specification's order (their getters run in
// the same order as in V8); resolving, formatting and data are Go (internalBinding('internal/intl')).

const binding = internalBinding('internal/intl');

const slots = new WeakMap();
function slot(obj, kind, method) {
  const s = (typeof obj === 'object' || typeof obj === 'function') && obj !== null ? slots.get(obj) : undefined;
  if (s === undefined || s.kind !== kind) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${receiverText(obj)}`);
  }
  return s;
}
function receiverText(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' || typeof v === 'function') {
    const c = v.constructor;
    return `#<${(c && c.name) || 'Object'}>`;
  }
  return String(v);
}

function defineMethods(proto, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, enumerable: false, configurable: true });
  }
}
function defineGetter(proto, name, get) {
  Object.defineProperty(get, 'name', { value: `get ${name}` });
  Object.defineProperty(proto, name, { get, enumerable: false, configurable: true });
}
function setTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
}
function finishClass(C, name, length) {
  Object.defineProperty(C, 'name', { value: name });
  Object.defineProperty(C, 'length', { value: length });
  Object.defineProperty(C, 'prototype', { writable: false, enumerable: false, configurable: false });
}

const localeSlots = new WeakMap();

function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  const seen = [];
  let O;
  if (typeof locales === 'string' || (typeof locales === 'object' && locales !== null && localeSlots.has(locales))) {
    O = [locales];
  } else {
    if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
    O = Object(locales);
  }
  const len = Math.min(Math.max(Math.trunc(Number(O.length)) || 0, 0), 2 ** 32 - 1);
  for (let k = 0; k < len; k++) {
    if (!(k in O)) continue;
    const kValue = O[k];
    if (typeof kValue !== 'string' && (typeof kValue !== 'object' || kValue === null)) {
      throw new TypeError(`${String(kValue)} is not a valid locale`.replace(/^.*$/, 'Language ID should be string or object.'));
    }
    let tag;
    if (typeof kValue === 'object' && localeSlots.has(kValue)) tag = localeSlots.get(kValue).tag;
    else tag = String(kValue);
    const canon = binding.canonicalize(tag);
    if (!seen.includes(canon)) seen.push(canon);
  }
  return seen;
}

function coerceOptions(options) {
  if (options === undefined) return { __proto__: null };
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  return Object(options);
}
function getOptionsObject(options) {
  if (options === undefined) return { __proto__: null };
  if (typeof options === 'object' && options !== null) return options;
  throw new TypeError('Options must be an object');
}

function getOption(options, property, type, values, fallback, service) {
  let value = options[property];
  if (value === undefined) return fallback;
  if (type === 'boolean') value = Boolean(value);
  else value = String(value);
  if (values !== undefined && !values.includes(value)) {
    throw new RangeError(`Value ${value} out of range for ${service} options property ${property}`);
  }
  return value;
}

function defaultNumberOption(value, minimum, maximum, fallback, property) {
  if (value === undefined) return fallback;
  value = Number(value);
  if (Number.isNaN(value) || value < minimum || value > maximum) {
    throw new RangeError(`${property} value is out of range.`);
  }
  return Math.floor(value);
}
function getNumberOption(options, property, minimum, maximum, fallback) {
  return defaultNumberOption(options[property], minimum, maximum, fallback, property);
}

const typeRE = /^[A-Za-z0-9]{3,8}(-[A-Za-z0-9]{3,8})*$/;

function resolve(requested, keys, opts, kind) {
  return binding.resolveLocale(requested, keys, opts, kind);
}

function supportedLocalesOf(locales, options, kind) {
  const requested = canonicalizeLocaleList(locales);
  if (options !== undefined) {
    options = coerceOptions(options);
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', 'Intl.supportedLocalesOf');
  }
  return binding.supportedLocales(requested, kind);
}
function addSupportedLocalesOf(C, kind = '') {
  defineMethods(C, {
    supportedLocalesOf: { supportedLocalesOf(locales, options = undefined) { return supportedLocalesOf(locales, options, kind); } }.supportedLocalesOf,
  });
  Object.defineProperty(C.supportedLocalesOf, 'length', { value: 1 });
}

// ---------------------------------------------------------------------------------- NumberFormat

const sanctionedUnits = ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit',
  'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch',
  'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter',
  'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond',
  'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone',
  'terabit', 'terabyte', 'week', 'yard', 'year'];
function isWellFormedUnit(u) {
  if (sanctionedUnits.includes(u)) return true;
  const i = u.indexOf('-per-');
  return i > 0 && sanctionedUnits.includes(u.slice(0, i)) && sanctionedUnits.includes(u.slice(i + 5));
}

const roundingIncrements = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

function setDigitOptions(r, options, mnfdDefault, mxfdDefault, notation, service) {
  const mnid = getNumberOption(options, 'minimumIntegerDigits', 1, 21, 1);
  let mnfd = options.minimumFractionDigits;
  let mxfd = options.maximumFractionDigits;
  let mnsd = options.minimumSignificantDigits;
  let mxsd = options.maximumSignificantDigits;
  r.minimumIntegerDigits = mnid;
  const roundingIncrement = getNumberOption(options, 'roundingIncrement', 1, 5000, 1);
  if (!roundingIncrements.includes(roundingIncrement)) throw new RangeError('roundingIncrement value is out of range.');
  const roundingMode = getOption(options, 'roundingMode', 'string',
    ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'], 'halfExpand', service);
  const roundingPriority = getOption(options, 'roundingPriority', 'string', ['auto', 'morePrecision', 'lessPrecision'], 'auto', service);
  const trailingZeroDisplay = getOption(options, 'trailingZeroDisplay', 'string', ['auto', 'stripIfInteger'], 'auto', service);
  r.roundingIncrement = roundingIncrement;
  r.roundingMode = roundingMode;
  r.trailingZeroDisplay = trailingZeroDisplay;
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  let needSd = true;
  let needFd = true;
  if (roundingPriority === 'auto') {
    needSd = hasSd;
    if (needSd || (!hasFd && notation === 'compact')) needFd = false;
  }
  if (needSd) {
    if (hasSd) {
      mnsd = defaultNumberOption(mnsd, 1, 21, 1, 'minimumSignificantDigits');
      mxsd = defaultNumberOption(mxsd, mnsd, 21, 21, 'maximumSignificantDigits');
      r.minimumSignificantDigits = mnsd;
      r.maximumSignificantDigits = mxsd;
    } else {
      r.minimumSignificantDigits = 1;
      r.maximumSignificantDigits = 21;
    }
  }
  if (needFd) {
    if (hasFd) {
      mnfd = defaultNumberOption(mnfd, 0, 100, undefined, 'minimumFractionDigits');
      mxfd = defaultNumberOption(mxfd, 0, 100, undefined, 'maximumFractionDigits');
      if (mnfd === undefined) mnfd = Math.min(mnfdDefault, mxfd);
      else if (mxfd === undefined) mxfd = Math.max(mxfdDefault, mnfd);
      else if (mnfd > mxfd) throw new RangeError('maximumFractionDigits value is out of range.');
      r.minimumFractionDigits = mnfd;
      r.maximumFractionDigits = mxfd;
    } else {
      r.minimumFractionDigits = mnfdDefault;
      r.maximumFractionDigits = mxfdDefault;
    }
  }
  if (!needSd && !needFd) {
    r.minimumFractionDigits = 0;
    r.maximumFractionDigits = 0;
    r.minimumSignificantDigits = 1;
    r.maximumSignificantDigits = 2;
    r.roundingType = 'morePrecision';
    r.roundingPriority = 'morePrecision';
  } else if (roundingPriority === 'auto') {
    r.roundingType = hasSd ? 'significantDigits' : 'fractionDigits';
    r.roundingPriority = 'auto';
  } else {
    r.roundingType = roundingPriority;
    r.roundingPriority = roundingPriority;
  }
  if (roundingIncrement !== 1) {
    if (r.roundingType !== 'fractionDigits') throw new TypeError('roundingIncrement value is out of range.');
    if (r.maximumFractionDigits !== r.minimumFractionDigits) throw new RangeError('maximumFractionDigits value is out of range.');
  }
}

function createNumberFormat(locales, options, service = 'Intl.NumberFormat') {
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const nu = getOption(options, 'numberingSystem', 'string', undefined, undefined, service);
  if (nu !== undefined && !typeRE.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  const loc = resolve(requested, ['nu'], { __proto__: null, nu }, 'nf');
  const r = { __proto__: null, locale: loc.locale, dataLocale: loc.dataLocale, numberingSystem: loc.nu || 'latn' };
  const style = getOption(options, 'style', 'string', ['decimal', 'percent', 'currency', 'unit'], 'decimal', service);
  let currency = getOption(options, 'currency', 'string', undefined, undefined, service);
  if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
  const currencyDisplay = getOption(options, 'currencyDisplay', 'string', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol', service);
  const currencySign = getOption(options, 'currencySign', 'string', ['standard', 'accounting'], 'standard', service);
  const unit = getOption(options, 'unit', 'string', undefined, undefined, service);
  if (unit !== undefined && !isWellFormedUnit(unit)) throw new RangeError(`Invalid unit argument for ${service}() '${unit}'`);
  const unitDisplay = getOption(options, 'unitDisplay', 'string', ['short', 'narrow', 'long'], 'short', service);
  if (style === 'currency' && currency === undefined) throw new TypeError('Currency code is required with currency style.');
  if (style === 'unit' && unit === undefined) throw new TypeError(`Invalid unit argument for ${service}() ''`);
  r.style = style;
  if (style === 'currency') {
    currency = currency.toUpperCase();
    r.currency = currency;
    r.currencyDisplay = currencyDisplay;
    r.currencySign = currencySign;
  }
  if (style === 'unit') {
    r.unit = unit;
    r.unitDisplay = unitDisplay;
  }
  const notation = getOption(options, 'notation', 'string', ['standard', 'scientific', 'engineering', 'compact'], 'standard', service);
  let mnfdDefault = 0;
  let mxfdDefault = 3;
  if (style === 'currency' && notation === 'standard') {
    mnfdDefault = mxfdDefault = binding.currencyDigits(currency);
  } else if (style === 'percent') {
    mxfdDefault = 0;
  }
  setDigitOptions(r, options, mnfdDefault, mxfdDefault, notation, service);
  const compactDisplay = getOption(options, 'compactDisplay', 'string', ['short', 'long'], 'short', service);
  const defaultUseGrouping = notation === 'compact' ? 'min2' : 'auto';
  let useGrouping = options.useGrouping;
  if (useGrouping === undefined) useGrouping = defaultUseGrouping;
  else if (useGrouping === true) useGrouping = 'always';
  else if (!useGrouping) useGrouping = false;
  else {
    useGrouping = String(useGrouping);
    if (useGrouping === 'true' || useGrouping === 'false') useGrouping = defaultUseGrouping;
    else if (!['min2', 'auto', 'always'].includes(useGrouping)) {
      throw new RangeError(`Value ${useGrouping} out of range for ${service} options property useGrouping`);
    }
  }
  r.useGrouping = useGrouping;
  r.notation = notation;
  if (notation === 'compact') r.compactDisplay = compactDisplay;
  r.signDisplay = getOption(options, 'signDisplay', 'string', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto', service);
  const h = binding.numberFormat({ __proto__: null, ...r, useGrouping: String(useGrouping) });
  return { kind: 'NumberFormat', r, h, bound: undefined };
}

const nfResolvedOrder = ['locale', 'numberingSystem', 'style', 'currency', 'currencyDisplay', 'currencySign', 'unit',
  'unitDisplay', 'minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits',
  'maximumSignificantDigits', 'useGrouping', 'notation', 'compactDisplay', 'signDisplay', 'roundingIncrement',
  'roundingMode', 'roundingPriority', 'trailingZeroDisplay'];

function NumberFormat(locales = undefined, options = undefined) {
  if (new.target === undefined) return new NumberFormat(locales, options);
  const s = createNumberFormat(locales, options);
  slots.set(this, s);
}
finishClass(NumberFormat, 'NumberFormat', 0);
setTag(NumberFormat.prototype, 'Intl.NumberFormat');
defineGetter(NumberFormat.prototype, 'format', function () {
  const s = slot(this, 'NumberFormat', 'UnwrapNumberFormat');
  if (s.bound === undefined) {
    const f = s.h.format;
    s.bound = (value) => f(value);
    Object.defineProperty(s.bound, 'name', { value: '' });
  }
  return s.bound;
});
defineMethods(NumberFormat.prototype, {
  formatToParts(value) { return slot(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatToParts').h.formatToParts(value); },
  formatRange(start, end) { return slot(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatRange').h.formatRange(start, end); },
  formatRangeToParts(start, end) { return slot(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatRangeToParts').h.formatRangeToParts(start, end); },
  resolvedOptions() {
    const s = slot(this, 'NumberFormat', 'UnwrapNumberFormat');
    const out = {};
    for (const k of nfResolvedOrder) if (s.r[k] !== undefined) out[k] = s.r[k];
    return out;
  },
});
addSupportedLocalesOf(NumberFormat);

// ------------------------------------------------------------------------------ DateTimeFormat

function defaultTimeZone() {
  return binding.defaultTimeZone(process.env);
}

const dateComponents = [
  ['weekday', ['narrow', 'short', 'long']],
  ['era', ['narrow', 'short', 'long']],
  ['year', ['2-digit', 'numeric']],
  ['month', ['2-digit', 'numeric', 'narrow', 'short', 'long']],
  ['day', ['2-digit', 'numeric']],
  ['dayPeriod', ['narrow', 'short', 'long']],
  ['hour', ['2-digit', 'numeric']],
  ['minute', ['2-digit', 'numeric']],
  ['second', ['2-digit', 'numeric']],
  ['fractionalSecondDigits', null],
  ['timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric']],
];

function createDateTimeFormat(locales, options, required, defaults, service = 'Intl.DateTimeFormat') {
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const calendar = getOption(options, 'calendar', 'string', undefined, undefined, service);
  if (calendar !== undefined && !typeRE.test(calendar)) throw new RangeError(`Invalid calendar : ${calendar}`);
  const nu = getOption(options, 'numberingSystem', 'string', undefined, undefined, service);
  if (nu !== undefined && !typeRE.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  const hour12 = getOption(options, 'hour12', 'boolean', undefined, undefined, service);
  let hourCycle = getOption(options, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'], undefined, service);
  if (hour12 !== undefined) hourCycle = undefined;
  const loc = resolve(requested, ['ca', 'hc', 'nu'], { __proto__: null, ca: calendar, nu, hc: hourCycle }, 'dtf');
  let timeZone = options.timeZone;
  if (timeZone === undefined) {
    timeZone = defaultTimeZone();
  } else {
    const name = String(timeZone);
    timeZone = binding.canonicalZone(name);
    if (timeZone === undefined) throw new RangeError(`Invalid time zone specified: ${name}`);
  }
  const r = { __proto__: null, locale: loc.locale, dataLocale: loc.dataLocale, calendar: loc.ca === 'iso8601' ? 'iso8601' : 'gregory', numberingSystem: loc.nu || 'latn', timeZone };
  const comp = { __proto__: null };
  let hasExplicit;
  for (const [name, values] of dateComponents) {
    let v;
    if (name === 'fractionalSecondDigits') v = getNumberOption(options, name, 1, 3, undefined);
    else v = getOption(options, name, 'string', values, undefined, service);
    comp[name] = v;
    if (v !== undefined && hasExplicit === undefined) hasExplicit = name;
  }
  getOption(options, 'formatMatcher', 'string', ['basic', 'best fit'], 'best fit', service);
  const dateStyle = getOption(options, 'dateStyle', 'string', ['full', 'long', 'medium', 'short'], undefined, service);
  const timeStyle = getOption(options, 'timeStyle', 'string', ['full', 'long', 'medium', 'short'], undefined, service);
  if (dateStyle !== undefined || timeStyle !== undefined) {
    if (hasExplicit !== undefined) throw new TypeError(`Invalid option : ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'}`.replace(/: .*/, ': option'));
    if (required === 'date' && timeStyle !== undefined) throw new TypeError('Invalid option : timeStyle');
    if (required === 'time' && dateStyle !== undefined) throw new TypeError('Invalid option : dateStyle');
  } else {
    let needDefaults = true;
    if (required === 'date' || required === 'any') {
      for (const k of ['weekday', 'year', 'month', 'day']) if (comp[k] !== undefined) needDefaults = false;
    }
    if (required === 'time' || required === 'any') {
      for (const k of ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits']) if (comp[k] !== undefined) needDefaults = false;
    }
    if (needDefaults && (defaults === 'date' || defaults === 'all')) comp.year = comp.month = comp.day = 'numeric';
    if (needDefaults && (defaults === 'time' || defaults === 'all')) comp.hour = comp.minute = comp.second = 'numeric';
  }
  const h = binding.dateFormat({
    __proto__: null, ...comp, dateStyle, timeStyle, hour12, hourCycle: hourCycle ?? loc.hc,
    timeZone, dataLocale: loc.dataLocale, numberingSystem: r.numberingSystem,
  });
  const res = h.resolved;
  const hasHour = res.hour !== undefined || timeStyle !== undefined;
  if (hasHour) {
    r.hourCycle = res.hourCycle;
    r.hour12 = res.hourCycle === 'h11' || res.hourCycle === 'h12';
  }
  if (dateStyle === undefined && timeStyle === undefined) {
    for (const [name] of dateComponents) {
      if (name === 'fractionalSecondDigits') {
        if (res.fractionalSecondDigits !== undefined) r.fractionalSecondDigits = res.fractionalSecondDigits;
      } else if (res[name] !== undefined) {
        r[name] = res[name];
      }
    }
    if (comp.dayPeriod === undefined) delete r.dayPeriod;
  } else {
    if (dateStyle !== undefined) r.dateStyle = dateStyle;
    if (timeStyle !== undefined) r.timeStyle = timeStyle;
  }
  return { kind: 'DateTimeFormat', r, h, bound: undefined };
}

const dtfResolvedOrder = ['locale', 'calendar', 'numberingSystem', 'timeZone', 'hourCycle', 'hour12', 'weekday', 'era',
  'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName',
  'dateStyle', 'timeStyle'];

function toDateValue(date) {
  if (date === undefined) return Date.now();
  if (typeof date === 'object' && date !== null && slots.has(date)) {
    // Temporal objects are not supported
  }
  return Number(date);
}

function DateTimeFormat(locales = undefined, options = undefined) {
  if (new.target === undefined) return new DateTimeFormat(locales, options);
  slots.set(this, createDateTimeFormat(locales, options, 'any', 'date'));
}
finishClass(DateTimeFormat, 'DateTimeFormat', 0);
setTag(DateTimeFormat.prototype, 'Intl.DateTimeFormat');
defineGetter(DateTimeFormat.prototype, 'format', function () {
  const s = slot(this, 'DateTimeFormat', 'UnwrapDateTimeFormat');
  if (s.bound === undefined) {
    const f = s.h.format;
    s.bound = (date) => f(date === undefined ? undefined : Number(date));
    Object.defineProperty(s.bound, 'name', { value: '' });
  }
  return s.bound;
});
defineMethods(DateTimeFormat.prototype, {
  formatToParts(date) {
    const s = slot(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatToParts');
    return s.h.formatToParts(date === undefined ? undefined : Number(date));
  },
  formatRange(startDate, endDate) {
    const s = slot(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRange');
    if (startDate === undefined || endDate === undefined) throw new TypeError('startDate and endDate must be defined'.replace(/.*/, 'Invalid time value'));
    return s.h.formatRange(Number(startDate), Number(endDate));
  },
  formatRangeToParts(startDate, endDate) {
    const s = slot(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRangeToParts');
    if (startDate === undefined || endDate === undefined) throw new TypeError('Invalid time value');
    return s.h.formatRangeToParts(Number(startDate), Number(endDate));
  },
  resolvedOptions() {
    const s = slot(this, 'DateTimeFormat', 'UnwrapDateTimeFormat');
    const out = {};
    for (const k of dtfResolvedOrder) if (s.r[k] !== undefined) out[k] = s.r[k];
    return out;
  },
});
addSupportedLocalesOf(DateTimeFormat);

// ------------------------------------------------------------------------------------ Collator

function Collator(locales = undefined, options = undefined) {
  if (new.target === undefined) return new Collator(locales, options);
  const service = 'Intl.Collator';
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options);
  const usage = getOption(options, 'usage', 'string', ['sort', 'search'], 'sort', service);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const collation = getOption(options, 'collation', 'string', undefined, undefined, service);
  if (collation !== undefined && !typeRE.test(collation)) throw new RangeError(`Invalid collation : ${collation}`);
  let numeric = getOption(options, 'numeric', 'boolean', undefined, undefined, service);
  if (numeric !== undefined) numeric = String(numeric);
  const caseFirst = getOption(options, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined, service);
  const loc = resolve(requested, ['co', 'kf', 'kn'], { __proto__: null, co: collation, kn: numeric, kf: caseFirst }, 'collator');
  const sensitivity = getOption(options, 'sensitivity', 'string', ['base', 'accent', 'case', 'variant'], 'variant', service);
  const ignorePunctuation = getOption(options, 'ignorePunctuation', 'boolean', undefined, false, service);
  const r = {
    locale: loc.locale, usage, sensitivity, ignorePunctuation,
    collation: loc.co || 'default', numeric: loc.kn === '' || loc.kn === 'true', caseFirst: loc.kf || 'false',
  };
  const h = binding.collator({ ...r, locale: loc.locale });
  slots.set(this, { kind: 'Collator', r, h, bound: undefined });
}
finishClass(Collator, 'Collator', 0);
setTag(Collator.prototype, 'Intl.Collator');
defineGetter(Collator.prototype, 'compare', function () {
  const s = slot(this, 'Collator', 'get Intl.Collator.prototype.compare');
  if (s.bound === undefined) {
    const c = s.h.compare;
    s.bound = (x, y) => c(String(x), String(y));
    Object.defineProperty(s.bound, 'name', { value: '' });
  }
  return s.bound;
});
defineMethods(Collator.prototype, {
  resolvedOptions() {
    const s = slot(this, 'Collator', 'Intl.Collator.prototype.resolvedOptions');
    return { ...s.r };
  },
});
addSupportedLocalesOf(Collator);

// --------------------------------------------------------------------------------- PluralRules

function requireNew(newTarget, name) {
  if (newTarget === undefined) throw new TypeError(`Constructor Intl.${name} requires 'new'`);
}

function PluralRules(locales = undefined, options = undefined) {
  requireNew(new.target, 'PluralRules');
  const service = 'Intl.PluralRules';
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const type = getOption(options, 'type', 'string', ['cardinal', 'ordinal'], 'cardinal', service);
  const r = {};
  setDigitOptions(r, options, 0, 3, 'standard', service);
  const loc = resolve(requested, [], { __proto__: null }, 'pr');
  const h = binding.pluralRules({ __proto__: null, ...r, type, dataLocale: loc.dataLocale, pluralLocale: loc.pluralLocale });
  slots.set(this, { kind: 'PluralRules', r: { locale: loc.locale, type, ...r }, h });
}
finishClass(PluralRules, 'PluralRules', 0);
setTag(PluralRules.prototype, 'Intl.PluralRules');
defineMethods(PluralRules.prototype, {
  select(value) { return slot(this, 'PluralRules', 'Intl.PluralRules.prototype.select').h.select(Number(value)); },
  selectRange(start, end) {
    const s = slot(this, 'PluralRules', 'Intl.PluralRules.prototype.selectRange');
    if (start === undefined || end === undefined) throw new TypeError('start or end is undefined');
    const x = Number(start);
    const y = Number(end);
    if (Number.isNaN(x)) throw new RangeError('Invalid startRange : NaN');
    if (Number.isNaN(y)) throw new RangeError('Invalid endRange : NaN');
    return s.h.selectRange(x, y);
  },
  resolvedOptions() {
    const s = slot(this, 'PluralRules', 'Intl.PluralRules.prototype.resolvedOptions');
    const r = s.r;
    const out = { locale: r.locale, type: r.type, minimumIntegerDigits: r.minimumIntegerDigits };
    for (const k of ['minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits']) {
      if (r[k] !== undefined) out[k] = r[k];
    }
    out.pluralCategories = [...s.h.categories];
    out.roundingIncrement = r.roundingIncrement;
    out.roundingMode = r.roundingMode;
    out.roundingPriority = r.roundingPriority;
    out.trailingZeroDisplay = r.trailingZeroDisplay;
    return out;
  },
});
addSupportedLocalesOf(PluralRules, 'pr');

// -------------------------------------------------------------------------- RelativeTimeFormat

function RelativeTimeFormat(locales = undefined, options = undefined) {
  requireNew(new.target, 'RelativeTimeFormat');
  const service = 'Intl.RelativeTimeFormat';
  const requested = canonicalizeLocaleList(locales);
  options = coerceOptions(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const nu = getOption(options, 'numberingSystem', 'string', undefined, undefined, service);
  if (nu !== undefined && !typeRE.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  const loc = resolve(requested, ['nu'], { __proto__: null, nu }, 'rtf');
  const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', service);
  const numeric = getOption(options, 'numeric', 'string', ['always', 'auto'], 'always', service);
  const r = { locale: loc.locale, style, numeric, numberingSystem: loc.nu || 'latn' };
  const h = binding.relativeTimeFormat({ ...r, dataLocale: loc.dataLocale });
  slots.set(this, { kind: 'RelativeTimeFormat', r, h });
}
finishClass(RelativeTimeFormat, 'RelativeTimeFormat', 0);
setTag(RelativeTimeFormat.prototype, 'Intl.RelativeTimeFormat');
defineMethods(RelativeTimeFormat.prototype, {
  format(value, unit) {
    const s = slot(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.format');
    return s.h.format(Number(value), String(unit), 'format');
  },
  formatToParts(value, unit) {
    const s = slot(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.formatToParts');
    return s.h.formatToParts(Number(value), String(unit), 'formatToParts');
  },
  resolvedOptions() {
    return { ...slot(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.resolvedOptions').r };
  },
});
addSupportedLocalesOf(RelativeTimeFormat);

// ---------------------------------------------------------------------------------- ListFormat

function ListFormat(locales = undefined, options = undefined) {
  requireNew(new.target, 'ListFormat');
  const service = 'Intl.ListFormat';
  const requested = canonicalizeLocaleList(locales);
  options = getOptionsObject(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const loc = resolve(requested, [], { __proto__: null }, 'lf');
  const type = getOption(options, 'type', 'string', ['conjunction', 'disjunction', 'unit'], 'conjunction', service);
  const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', service);
  const r = { locale: loc.locale, type, style };
  slots.set(this, { kind: 'ListFormat', r, h: binding.listFormat({ ...r, dataLocale: loc.dataLocale }) });
}
function stringListFromIterable(list) {
  if (list === undefined) return [];
  const out = [];
  for (const v of list) {
    if (typeof v !== 'string') throw new TypeError(`Iterable yielded ${typeof v === 'symbol' ? 'Symbol()' : String(v)} which is not a string`);
    out.push(v);
  }
  return out;
}
finishClass(ListFormat, 'ListFormat', 0);
setTag(ListFormat.prototype, 'Intl.ListFormat');
defineMethods(ListFormat.prototype, {
  format(list) {
    const s = slot(this, 'ListFormat', 'Intl.ListFormat.prototype.format');
    return s.h.format(stringListFromIterable(list));
  },
  formatToParts(list) {
    const s = slot(this, 'ListFormat', 'Intl.ListFormat.prototype.formatToParts');
    return s.h.formatToParts(stringListFromIterable(list));
  },
  resolvedOptions() { return { ...slot(this, 'ListFormat', 'Intl.ListFormat.prototype.resolvedOptions').r }; },
});
addSupportedLocalesOf(ListFormat);

// -------------------------------------------------------------------------------- DisplayNames

function DisplayNames(locales = undefined, options = undefined) {
  requireNew(new.target, 'DisplayNames');
  const service = 'Intl.DisplayNames';
  const requested = canonicalizeLocaleList(locales);
  if (options === undefined) throw new TypeError('invalid_argument');
  options = getOptionsObject(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const loc = resolve(requested, [], { __proto__: null }, 'dn');
  const style = getOption(options, 'style', 'string', ['narrow', 'short', 'long'], 'long', service);
  const type = getOption(options, 'type', 'string', ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'], undefined, service);
  if (type === undefined) throw new TypeError('invalid_argument');
  const fallback = getOption(options, 'fallback', 'string', ['code', 'none'], 'code', service);
  const languageDisplay = getOption(options, 'languageDisplay', 'string', ['dialect', 'standard'], 'dialect', service);
  const r = { locale: loc.locale, style, type, fallback };
  if (type === 'language') r.languageDisplay = languageDisplay;
  slots.set(this, { kind: 'DisplayNames', r, dataLocale: loc.dataLocale });
}
const dateTimeFields = ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName'];
finishClass(DisplayNames, 'DisplayNames', 2);
setTag(DisplayNames.prototype, 'Intl.DisplayNames');
defineMethods(DisplayNames.prototype, {
  of(code) {
    const s = slot(this, 'DisplayNames', 'Intl.DisplayNames.prototype.of');
    code = String(code);
    const type = s.r.type;
    let canon = code;
    switch (type) {
      case 'language':
        if (!/^[A-Za-z]{2,3}|[A-Za-z]{5,8}/.test(code)) throw new RangeError('invalid_argument');
        try { canon = binding.canonicalize(code); } catch { throw new RangeError('invalid_argument'); }
        break;
      case 'region':
        if (!/^([A-Za-z]{2}|[0-9]{3})$/.test(code)) throw new RangeError('invalid_argument');
        canon = code.toUpperCase();
        break;
      case 'script':
        if (!/^[A-Za-z]{4}$/.test(code)) throw new RangeError('invalid_argument');
        canon = code[0].toUpperCase() + code.slice(1).toLowerCase();
        break;
      case 'currency':
        if (!/^[A-Za-z]{3}$/.test(code)) throw new RangeError('invalid_argument');
        canon = code.toUpperCase();
        break;
      case 'calendar':
        if (!typeRE.test(code)) throw new RangeError('invalid_argument');
        canon = code.toLowerCase();
        break;
      case 'dateTimeField':
        if (!dateTimeFields.includes(code)) throw new RangeError('invalid_argument');
        break;
    }
    const name = binding.displayName({ ...s.r, dataLocale: s.dataLocale }, canon);
    if (name !== undefined) return name;
    return s.r.fallback === 'code' ? canon : undefined;
  },
  resolvedOptions() { return { ...slot(this, 'DisplayNames', 'Intl.DisplayNames.prototype.resolvedOptions').r }; },
});
addSupportedLocalesOf(DisplayNames);

// ----------------------------------------------------------------------------------- Segmenter

const segmentsProtoMethods = {};
function Segmenter(locales = undefined, options = undefined) {
  requireNew(new.target, 'Segmenter');
  const service = 'Intl.Segmenter';
  const requested = canonicalizeLocaleList(locales);
  options = getOptionsObject(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const loc = resolve(requested, [], { __proto__: null }, 'seg');
  const granularity = getOption(options, 'granularity', 'string', ['grapheme', 'word', 'sentence'], 'grapheme', service);
  slots.set(this, { kind: 'Segmenter', r: { locale: loc.locale, granularity } });
}
finishClass(Segmenter, 'Segmenter', 0);
setTag(Segmenter.prototype, 'Intl.Segmenter');

function segmentData(seg, index) {
  const [start, end, wordLike] = [seg.bounds[index * 3], seg.bounds[index * 3 + 1], seg.bounds[index * 3 + 2]];
  const o = { segment: seg.input.slice(start, end), index: start, input: seg.input };
  if (seg.granularity === 'word') o.isWordLike = wordLike;
  return o;
}
function Segments() { throw new TypeError('Illegal constructor'); }
const SegmentsPrototype = {
  containing(index) {
    const s = slots.get(this);
    if (!s || s.kind !== 'Segments') throw new TypeError('Method %Segments.prototype%.containing called on incompatible receiver');
    let n = Math.trunc(Number(index)) || 0;
    if (n < 0 || n >= s.input.length) return undefined;
    const b = s.bounds;
    let lo = 0;
    let hi = b.length / 3 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid * 3 + 1] <= n) lo = mid + 1;
      else if (b[mid * 3] > n) hi = mid - 1;
      else return segmentData(s, mid);
    }
    return undefined;
  },
  [Symbol.iterator]() {
    const s = slots.get(this);
    if (!s || s.kind !== 'Segments') throw new TypeError('Method %Segments.prototype%[@@iterator] called on incompatible receiver');
    const it = Object.create(SegmentIteratorPrototype);
    slots.set(it, { kind: 'SegmentIterator', seg: s, i: 0 });
    return it;
  },
};
Object.defineProperty(SegmentsPrototype, 'containing', { enumerable: false });
Object.defineProperty(SegmentsPrototype, Symbol.iterator, { enumerable: false });
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const SegmentIteratorPrototype = Object.create(IteratorPrototype);
defineMethods(SegmentIteratorPrototype, {
  next() {
    const it = slots.get(this);
    if (!it || it.kind !== 'SegmentIterator') throw new TypeError('Method %SegmentIterator.prototype%.next called on incompatible receiver');
    if (it.i * 3 >= it.seg.bounds.length) return { value: undefined, done: true };
    return { value: segmentData(it.seg, it.i++), done: false };
  },
});
setTag(SegmentIteratorPrototype, 'Segmenter String Iterator');

defineMethods(Segmenter.prototype, {
  segment(string) {
    const s = slot(this, 'Segmenter', 'Intl.Segmenter.prototype.segment');
    const input = String(string);
    const segs = Object.create(SegmentsPrototype);
    slots.set(segs, { kind: 'Segments', input, granularity: s.r.granularity, bounds: binding.segment(s.r.granularity, input) });
    return segs;
  },
  resolvedOptions() { return { ...slot(this, 'Segmenter', 'Intl.Segmenter.prototype.resolvedOptions').r }; },
});
addSupportedLocalesOf(Segmenter);

// -------------------------------------------------------------------------------------- Locale

function Locale(tag, options = undefined) {
  requireNew(new.target, 'Locale');
  if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) {
    throw new TypeError("First argument to Intl.Locale constructor can't be empty or missing");
  }
  if (typeof tag === 'object' && localeSlots.has(tag)) tag = localeSlots.get(tag).tag;
  else tag = String(tag);
  options = coerceOptions(options);
  let canon = binding.canonicalize(tag);
  const parts = splitTag(canon);
  const language = getOption(options, 'language', 'string', undefined, undefined, 'Intl.Locale');
  if (language !== undefined && !/^([A-Za-z]{2,3}|[A-Za-z]{5,8})$/.test(language)) throw new RangeError('Incorrect locale information provided');
  const script = getOption(options, 'script', 'string', undefined, undefined, 'Intl.Locale');
  if (script !== undefined && !/^[A-Za-z]{4}$/.test(script)) throw new RangeError('Incorrect locale information provided');
  const region = getOption(options, 'region', 'string', undefined, undefined, 'Intl.Locale');
  if (region !== undefined && !/^([A-Za-z]{2}|[0-9]{3})$/.test(region)) throw new RangeError('Incorrect locale information provided');
  if (language !== undefined) parts.language = language;
  if (script !== undefined) parts.script = script;
  if (region !== undefined) parts.region = region;
  const keys = {};
  const calendar = getOption(options, 'calendar', 'string', undefined, undefined, 'Intl.Locale');
  if (calendar !== undefined && !typeRE.test(calendar)) throw new RangeError(`Incorrect locale information provided`);
  keys.ca = calendar;
  const collation = getOption(options, 'collation', 'string', undefined, undefined, 'Intl.Locale');
  if (collation !== undefined && !typeRE.test(collation)) throw new RangeError(`Incorrect locale information provided`);
  keys.co = collation;
  const fw = getOption(options, 'firstDayOfWeek', 'string', undefined, undefined, 'Intl.Locale');
  keys.fw = fw === undefined ? undefined : ({ 0: 'sun', 1: 'mon', 2: 'tue', 3: 'wed', 4: 'thu', 5: 'fri', 6: 'sat', 7: 'sun' }[fw] ?? fw);
  keys.hc = getOption(options, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'], undefined, 'Intl.Locale');
  keys.kf = getOption(options, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined, 'Intl.Locale');
  const kn = getOption(options, 'numeric', 'boolean', undefined, undefined, 'Intl.Locale');
  keys.kn = kn === undefined ? undefined : String(kn);
  const nu = getOption(options, 'numberingSystem', 'string', undefined, undefined, 'Intl.Locale');
  if (nu !== undefined && !typeRE.test(nu)) throw new RangeError(`Incorrect locale information provided`);
  keys.nu = nu;
  for (const k of Object.keys(keys)) if (keys[k] !== undefined) parts.u.set(k, keys[k]);
  canon = binding.canonicalize(joinTag(parts));
  localeSlots.set(this, { tag: canon });
}
function splitTag(tag) {
  const sub = tag.split('-');
  const p = { language: sub[0], script: undefined, region: undefined, variants: [], u: new Map(), other: [] };
  let i = 1;
  if (i < sub.length && /^[A-Za-z]{4}$/.test(sub[i])) p.script = sub[i++];
  if (i < sub.length && /^([A-Za-z]{2}|[0-9]{3})$/.test(sub[i])) p.region = sub[i++];
  while (i < sub.length && sub[i].length > 1) p.variants.push(sub[i++]);
  while (i < sub.length) {
    const single = sub[i];
    let j = i + 1;
    while (j < sub.length && sub[j].length > 1) j++;
    if (single === 'x') { p.other.push(sub.slice(i).join('-')); break; }
    if (single === 'u') {
      let k = i + 1;
      const attrs = [];
      while (k < j && sub[k].length > 2) attrs.push(sub[k++]);
      if (attrs.length) p.uattrs = attrs;
      while (k < j) {
        const key = sub[k++];
        const vals = [];
        while (k < j && sub[k].length > 2) vals.push(sub[k++]);
        p.u.set(key, vals.join('-'));
      }
    } else {
      p.other.push(sub.slice(i, j).join('-'));
    }
    i = j;
  }
  return p;
}
function joinTag(p) {
  let s = p.language;
  if (p.script) s += '-' + p.script;
  if (p.region) s += '-' + p.region;
  for (const v of p.variants) s += '-' + v;
  const exts = p.other.filter((e) => !e.startsWith('x-'));
  if (p.u.size || p.uattrs) {
    let u = 'u';
    if (p.uattrs) u += '-' + p.uattrs.join('-');
    for (const [k, v] of p.u) u += '-' + k + (v ? '-' + v : '');
    exts.push(u);
  }
  for (const e of exts) s += '-' + e;
  const x = p.other.find((e) => e.startsWith('x-'));
  if (x) s += '-' + x;
  return s;
}
function localeTag(obj, method) {
  const s = (typeof obj === 'object' && obj !== null) ? localeSlots.get(obj) : undefined;
  if (s === undefined) throw new TypeError(`Method Intl.Locale.prototype.${method} called on incompatible receiver ${receiverText(obj)}`);
  return s.tag;
}
finishClass(Locale, 'Locale', 1);
setTag(Locale.prototype, 'Intl.Locale');
function newLocale(tag) { return new Locale(tag); }
defineMethods(Locale.prototype, {
  toString() { return localeTag(this, 'toString'); },
  maximize() { return newLocale(binding.maximize(localeTag(this, 'maximize'))); },
  minimize() { return newLocale(binding.minimize(localeTag(this, 'minimize'))); },
});
const ukeyGetters = { calendar: 'ca', caseFirst: 'kf', collation: 'co', firstDayOfWeek: 'fw', hourCycle: 'hc', numberingSystem: 'nu' };
defineGetter(Locale.prototype, 'language', function () { return splitTag(localeTag(this, 'language')).language; });
defineGetter(Locale.prototype, 'script', function () { return splitTag(localeTag(this, 'script')).script; });
defineGetter(Locale.prototype, 'region', function () { return splitTag(localeTag(this, 'region')).region; });
defineGetter(Locale.prototype, 'baseName', function () {
  const p = splitTag(localeTag(this, 'baseName'));
  return joinTag({ ...p, u: new Map(), other: [], uattrs: undefined });
});
for (const [name, key] of Object.entries(ukeyGetters)) {
  defineGetter(Locale.prototype, name, function () {
    const v = splitTag(localeTag(this, name)).u.get(key);
    return v;
  });
}
defineGetter(Locale.prototype, 'numeric', function () {
  const v = splitTag(localeTag(this, 'numeric')).u.get('kn');
  return v === '' || v === 'true';
});
for (const [getter, method, what] of [['calendars', 'getCalendars', 'calendars'], ['collations', 'getCollations', 'collations'],
  ['hourCycles', 'getHourCycles', 'hourCycles'], ['numberingSystems', 'getNumberingSystems', 'numberingSystems'],
  ['textInfo', 'getTextInfo', 'textInfo'], ['weekInfo', 'getWeekInfo', 'weekInfo']]) {
  defineGetter(Locale.prototype, getter, function () { return binding.localeInfo(localeTag(this, getter), what); });
  defineMethods(Locale.prototype, { [method]: { [method]() { return binding.localeInfo(localeTag(this, method), what); } }[method] });
}
defineGetter(Locale.prototype, 'timeZones', function () { localeTag(this, 'timeZones'); return undefined; });
defineMethods(Locale.prototype, { getTimeZones: { getTimeZones() { localeTag(this, 'getTimeZones'); return undefined; } }.getTimeZones });

// ------------------------------------------------------------------------------ DurationFormat

const durationUnits = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'nanoseconds'];
function durationUnitOptions(unit, options, baseStyle, stylesList, digitalBase, prevStyle) {
  const service = 'Intl.DurationFormat';
  let style = getOption(options, unit, 'string', stylesList, undefined, service);
  let displayDefault = 'always';
  if (style === undefined) {
    if (baseStyle === 'digital') {
      style = digitalBase;
      if (!['hours', 'minutes', 'seconds'].includes(unit)) displayDefault = 'auto';
    } else if (prevStyle === 'fractional' || prevStyle === 'numeric' || prevStyle === '2-digit') {
      style = 'numeric';
      if (unit !== 'minutes' && unit !== 'seconds') displayDefault = 'auto';
    } else {
      style = baseStyle;
      displayDefault = 'auto';
    }
  }
  if (style === 'numeric' && ['milliseconds', 'microseconds', 'nanoseconds'].includes(unit)) {
    style = 'fractional';
    displayDefault = 'auto';
  }
  const display = getOption(options, `${unit}Display`, 'string', ['auto', 'always'], displayDefault, service);
  if (display === 'always' && style === 'fractional') throw new RangeError(`Invalid option : ${unit}Display`);
  if (prevStyle === 'fractional' && style !== 'fractional') throw new RangeError(`Invalid option : ${unit}`);
  if (prevStyle === 'numeric' || prevStyle === '2-digit') {
    if (!['fractional', 'numeric', '2-digit'].includes(style)) throw new RangeError(`Invalid option : ${unit}`);
    if (unit === 'minutes' || unit === 'seconds') style = '2-digit';
  }
  return { style, display };
}

function DurationFormat(locales = undefined, options = undefined) {
  requireNew(new.target, 'DurationFormat');
  const service = 'Intl.DurationFormat';
  const requested = canonicalizeLocaleList(locales);
  options = getOptionsObject(options);
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const nu = getOption(options, 'numberingSystem', 'string', undefined, undefined, service);
  if (nu !== undefined && !typeRE.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  const loc = resolve(requested, ['nu'], { __proto__: null, nu }, 'df');
  const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow', 'digital'], 'short', service);
  const r = { locale: loc.locale, numberingSystem: loc.nu || 'latn', style };
  let prevStyle = '';
  for (const unit of durationUnits) {
    let stylesList;
    let digitalBase;
    if (['years', 'months', 'weeks', 'days'].includes(unit)) {
      stylesList = ['long', 'short', 'narrow'];
      digitalBase = 'short';
    } else if (['hours', 'minutes', 'seconds'].includes(unit)) {
      stylesList = ['long', 'short', 'narrow', 'numeric', '2-digit'];
      digitalBase = 'numeric';
    } else {
      stylesList = ['long', 'short', 'narrow', 'numeric'];
      digitalBase = 'numeric';
    }
    const o = durationUnitOptions(unit, options, style, stylesList, digitalBase, prevStyle);
    r[unit] = o.style;
    r[`${unit}Display`] = o.display;
    if (['hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'].includes(unit)) prevStyle = o.style;
  }
  const fd = getNumberOption(options, 'fractionalDigits', 0, 9, undefined);
  if (fd !== undefined) r.fractionalDigits = fd;
  slots.set(this, { kind: 'DurationFormat', r, dataLocale: loc.dataLocale, locale: loc.locale });
}

function toDurationRecord(input) {
  if (typeof input !== 'object' || input === null) {
    if (typeof input === 'string') throw new RangeError('Invalid time value for Temporal ../deps/v8/src/objects/js-temporal-objects.cc:2593');
    throw new TypeError('Invalid argument for Temporal ../deps/v8/src/objects/js-temporal-objects.cc:7905');
  }
  const rec = {};
  let any = false;
  for (const k of ['days', 'hours', 'microseconds', 'milliseconds', 'minutes', 'months', 'nanoseconds', 'seconds', 'weeks', 'years']) {
    const v = input[k];
    if (v === undefined) { rec[k] = 0; continue; }
    any = true;
    const n = Number(v);
    if (!Number.isFinite(n) || Math.trunc(n) !== n) throw new RangeError('Invalid time value for Temporal ../deps/v8/src/objects/js-temporal-objects.cc:2593');
    rec[k] = n;
  }
  if (!any) throw new TypeError('Invalid argument for Temporal ../deps/v8/src/objects/js-temporal-objects.cc:7905');
  let sign = 0;
  for (const k of durationUnits) {
    const v = rec[k];
    if (v !== 0) {
      const vs = v < 0 ? -1 : 1;
      if (sign !== 0 && vs !== sign) throw new RangeError(`Invalid object : ${receiverText(input)}`);
      sign = vs;
    }
  }
  return rec;
}

function durationParts(s, input) {
  const rec = toDurationRecord(input);
  const r = s.r;
  const groups = [];
  let negShown = false;
  const isNeg = durationUnits.some((u) => rec[u] < 0);
  const numberParts = (value, opts, unit) => {
    const nfo = { numberingSystem: r.numberingSystem, ...opts };
    if (isNeg) {
      if (negShown) { nfo.signDisplay = 'never'; } else { negShown = true; }
      if (value === 0) value = -0;
    }
    const nf = createNumberFormat(s.locale, nfo);
    const ps = nf.h.formatToParts(value);
    for (const p of ps) p.unit = unit;
    return ps;
  };
  let numeric = null;
  for (let i = 0; i < durationUnits.length; i++) {
    const unit = durationUnits[i];
    const style = r[unit];
    const display = r[`${unit}Display`];
    let value = rec[unit];
    if (style === 'fractional') continue;
    const singular = unit.slice(0, -1);
    const next = durationUnits[i + 1];
    let fractional = false;
    if (next && r[next] === 'fractional') {
      // seconds (or a smaller unit) carries the fraction of the units after it
      let scale = 1;
      for (let j = i + 1; j < durationUnits.length && r[durationUnits[j]] === 'fractional'; j++) {
        scale *= 1000;
        value += rec[durationUnits[j]] / scale;
      }
      fractional = true;
    }
    if (style === 'numeric' || style === '2-digit') {
      const show = value !== 0 || display === 'always' || (numeric !== null && i < 6 && durationUnits.slice(i + 1, 7).some((u) => rec[u] !== 0));
      if (!show && numeric === null) continue;
      if (!show) continue;
      const opts = { useGrouping: false };
      if (style === '2-digit') opts.minimumIntegerDigits = 2;
      if (fractional) {
        opts.minimumFractionDigits = r.fractionalDigits ?? 0;
        opts.maximumFractionDigits = r.fractionalDigits ?? 9;
        opts.roundingMode = 'trunc';
      }
      const ps = numberParts(value, opts, singular);
      if (numeric === null) {
        numeric = ps;
        groups.push(numeric);
      } else {
        numeric.push({ type: 'literal', value: ':' }, ...ps);
      }
      continue;
    }
    if (value === 0 && display === 'auto') continue;
    const opts = { style: 'unit', unit: singular, unitDisplay: style };
    if (fractional) {
      opts.minimumFractionDigits = r.fractionalDigits ?? 0;
      opts.maximumFractionDigits = r.fractionalDigits ?? 9;
      opts.roundingMode = 'trunc';
    }
    groups.push(numberParts(value, opts, singular));
  }
  const listStyle = r.style === 'digital' ? 'short' : r.style;
  const lf = binding.listFormat({ type: 'unit', style: listStyle, dataLocale: s.dataLocale });
  const placeholders = groups.map((_, i) => `\u0000${i}\u0000`);
  const out = [];
  for (const p of lf.formatToParts(placeholders)) {
    if (p.type === 'element') {
      out.push(...groups[Number(p.value.slice(1, -1))]);
    } else {
      out.push({ type: 'literal', value: p.value });
    }
  }
  return out;
}
finishClass(DurationFormat, 'DurationFormat', 0);
setTag(DurationFormat.prototype, 'Intl.DurationFormat');
defineMethods(DurationFormat.prototype, {
  format(duration) {
    const s = slot(this, 'DurationFormat', 'Intl.DurationFormat.prototype.format');
    return durationParts(s, duration).map((p) => p.value).join('');
  },
  formatToParts(duration) {
    return durationParts(slot(this, 'DurationFormat', 'Intl.DurationFormat.prototype.formatToParts'), duration);
  },
  resolvedOptions() {
    const s = slot(this, 'DurationFormat', 'Intl.DurationFormat.prototype.resolvedOptions');
    const out = {};
    for (const [k, v] of Object.entries(s.r)) out[k] = v === 'fractional' ? 'numeric' : v;
    return out;
  },
});
addSupportedLocalesOf(DurationFormat);

// -------------------------------------------------------------------------------------- Intl

const Intl = {};
setTag(Intl, 'Intl');
defineMethods(Intl, {
  getCanonicalLocales(locales) { return canonicalizeLocaleList(locales); },
  supportedValuesOf(key) {
    key = String(key);
    switch (key) {
      case 'calendar': return ['gregory', 'iso8601'];
      case 'collation': return ['emoji', 'eor', 'phonebk', 'pinyin', 'searchjl', 'stroke', 'trad', 'unihan', 'zhuyin'];
      case 'currency': return binding.currencies();
      case 'numberingSystem': return Object.keys(numberingSystems).sort();
      case 'timeZone': return binding.timeZones();
      case 'unit': return [...sanctionedUnits];
      default: throw new RangeError(`Invalid key : ${key}`);
    }
  },
});
const numberingSystems = { arab: 1, arabext: 1, beng: 1, deva: 1, fullwide: 1, gujr: 1, guru: 1, hanidec: 1, khmr: 1, knda: 1, laoo: 1, latn: 1, mlym: 1, mymr: 1, orya: 1, tamldec: 1, telu: 1, thai: 1, tibt: 1 };
for (const [name, C] of [['DateTimeFormat', DateTimeFormat], ['NumberFormat', NumberFormat], ['Collator', Collator],
  ['PluralRules', PluralRules], ['RelativeTimeFormat', RelativeTimeFormat], ['ListFormat', ListFormat],
  ['Locale', Locale], ['DisplayNames', DisplayNames], ['Segmenter', Segmenter], ['DurationFormat', DurationFormat]]) {
  Object.defineProperty(Intl, name, { value: C, writable: true, enumerable: false, configurable: true });
}

// --------------------------------------------------------------- the toLocaleString family

const nfCache = new Map();
const dtfCache = new Map();
function cachedNumberFormat(locales, options) {
  if (options === undefined && (locales === undefined || typeof locales === 'string')) {
    let nf = nfCache.get(locales);
    if (nf === undefined) {
      nf = createNumberFormat(locales, undefined);
      nfCache.set(locales, nf);
    }
    return nf;
  }
  return createNumberFormat(locales, options);
}
function numberToLocaleString(x, locales, options) {
  return cachedNumberFormat(locales, options).h.format(x);
}
function dateToLocale(t, locales, options, required, defaults) {
  if (Number.isNaN(t)) return 'Invalid Date';
  let s;
  if (options === undefined && (locales === undefined || typeof locales === 'string')) {
    const key = `${required}|${defaults}|${locales}|${process.env.TZ}`;
    s = dtfCache.get(key);
    if (s === undefined) {
      s = createDateTimeFormat(locales, undefined, required, defaults);
      dtfCache.set(key, s);
    }
  } else {
    s = createDateTimeFormat(locales, options, required, defaults);
  }
  return s.h.format(t);
}
const collatorCache = new Map();
function localeCompare(a, b, locales, options) {
  let c;
  if (options === undefined && (locales === undefined || typeof locales === 'string')) {
    c = collatorCache.get(locales);
    if (c === undefined) {
      c = new Collator(locales);
      collatorCache.set(locales, c);
    }
  } else {
    c = new Collator(locales, options);
  }
  return slots.get(c).h.compare(a, b);
}
function localeCase(s, locales, upper) {
  const list = canonicalizeLocaleList(locales);
  const lang = list.length ? list[0].split('-')[0] : 'en';
  if (lang === 'tr' || lang === 'az') {
    s = upper ? s.replace(/i/g, '\u0130') : s.replace(/I\u0307/g, 'i').replace(/I/g, '\u0131').replace(/\u0130/g, 'i');
  } else if (lang === 'lt' && !upper) {
    s = s.replace(/I(?=[\u0300\u0301\u0303])/g, 'i\u0307').replace(/J(?=[\u0300\u0301\u0303])/g, 'j\u0307');
  }
  return upper ? s.toUpperCase() : s.toLowerCase();
}

module.exports = { Intl, numberToLocaleString, dateToLocale, localeCompare, localeCase };
