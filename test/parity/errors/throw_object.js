// A thrown plain object.
throw { code: 'E_PLAIN', message: 'not an error', nested: { a: [1, 2] } };
