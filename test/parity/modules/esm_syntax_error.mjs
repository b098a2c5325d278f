// A syntax error in an imported ES module.
import './fixtures/esm_syntax.mjs';
