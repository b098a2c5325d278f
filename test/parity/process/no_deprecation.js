// parity-flags: --no-deprecation
// --no-deprecation silences deprecation warnings only.
console.log('noDeprecation', process.noDeprecation);
process.emitWarning('old api', 'DeprecationWarning', 'DEP_Y');
process.emitWarning('still shown');
