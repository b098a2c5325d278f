// Helper module (not a case): throws at load time.
const value = 1;
throw new Error('thrown while loading _thrower.js, value ' + value);
