// Type-only imports and exports vanish; values stay.

import type { Id, Point } from './fixtures/ts/types_only.ts';
import { origin } from './fixtures/ts/types_only.ts';
const id: Id = 'abc';
const p: Point = { ...origin, x: 3 };
console.log(id, JSON.stringify(p));
