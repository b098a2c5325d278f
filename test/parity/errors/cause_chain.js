// An uncaught error with a three-level cause chain.
const root = new Error('root');
const mid = new TypeError('mid', { cause: root });
throw new Error('top', { cause: mid });
