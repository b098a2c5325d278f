// A thrown object that looks like an error (name, message, stack) but is not one.
throw { name: 'FakeError', message: 'looks like an error', stack: 'FakeError: looks like an error\n    at nowhere' };
