// A syntax error in an ES module main.
import fs from 'node:fs';
export const x = ;
