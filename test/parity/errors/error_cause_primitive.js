// An error whose cause is not an Error.
throw new Error('outer', { cause: 'just a string' });
