// An error thrown in an imported function: the printout with both modules' frames.
import { fail } from './fixtures/esm_throw_in_fn.mjs';
function caller() {
  fail('thrown across modules');
}
caller();
