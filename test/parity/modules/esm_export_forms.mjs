// Export forms: default class, async function, live let, string export names, destructuring exports.

import Widget, { load, value, bump, alias, 'string-name' as stringName, a, c } from './fixtures/esm_exports_forms.mjs';
import * as ns from './fixtures/esm_exports_forms.mjs';
console.log(Widget.name, Widget.kind, await load());
console.log(value); bump(); console.log(value, ns.value);
console.log(alias, stringName, a, c);
console.log(Object.keys(ns).join(','));
