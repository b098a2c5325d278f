// Generics, satisfies, abstract classes (all erasable).

import { first, conf, Base } from './fixtures/ts/generic.ts';
class Impl extends Base { name(): string { return 'impl'; } }
console.log(first<number>([3, 4]), conf.port, new Impl().hello());
