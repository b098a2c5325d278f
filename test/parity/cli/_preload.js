// Preloaded with -r by cli/require_preload (not a case itself).
globalThis.preloaded = 'yes, preloaded';
