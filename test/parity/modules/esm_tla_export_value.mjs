// An export computed with top-level await is ready when the importer runs.
import { v } from './fixtures/esm_tla_value.mjs';
console.log(v);
