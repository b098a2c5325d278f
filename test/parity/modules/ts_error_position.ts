// An uncaught error thrown in TypeScript: frames point at the original lines and columns.
import { run } from './fixtures/ts/throws.ts';
run();
