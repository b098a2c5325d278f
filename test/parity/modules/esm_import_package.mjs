// Importing packages: exports conditions (import), type module packages, main fallback.

import exp, { kind } from 'pkg-exports';
import nested from 'pkg-exports/nested';
import { value, hello } from 'pkg-esm';
import pkgDefault from 'pkg-esm';
import main from 'pkg-main';
import scoped from '@scope/pkg';
console.log(exp, kind, nested);
console.log(value, hello('esm'), JSON.stringify(pkgDefault));
console.log(main.name, scoped);
