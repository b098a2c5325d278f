// process.emitWarning formats: plain, with type, with code, with detail, with an Error.
process.emitWarning('plain warning');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed with code', 'CustomWarning', 'CODE_1');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT_1', detail: 'more detail here' });
const e = new Error('warning from an error');
e.name = 'MyWarning';
process.emitWarning(e);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
console.log('emitted');
