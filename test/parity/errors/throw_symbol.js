// A thrown symbol.
throw Symbol('sym');
