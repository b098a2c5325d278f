// An error whose stack was removed.
const e = new Error('no stack here');
e.stack = undefined;
throw e;
