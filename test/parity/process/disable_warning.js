// parity-flags: --disable-warning=CODE_OFF --disable-warning=ExperimentalWarning
// --disable-warning hides warnings by code or by type.
process.emitWarning('hidden by code', { code: 'CODE_OFF' });
process.emitWarning('hidden by type', 'ExperimentalWarning');
process.emitWarning('shown', { code: 'CODE_ON' });
