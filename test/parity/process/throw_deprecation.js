// parity-flags: --throw-deprecation
// --throw-deprecation: the deprecation warning is thrown on a later tick, so it is uncaught.
console.log('throwDeprecation', process.throwDeprecation);
try {
  process.emitWarning('old api', 'DeprecationWarning', 'DEP_X');
} catch (e) {
  console.log('thrown:', e.name, e.code, e.message);
}
process.emitWarning('not a deprecation');
