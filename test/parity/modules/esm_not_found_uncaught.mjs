// An uncaught static import of a missing file.
import './fixtures/missing-module.mjs';
