// A thrown string.
throw 'a string';
