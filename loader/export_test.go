package loader

// StripJSONCForTest exposes stripJSONC to the external tests.
var StripJSONCForTest = stripJSONC
