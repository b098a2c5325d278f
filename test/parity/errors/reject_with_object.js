// Unhandled rejection with a plain object reason.
Promise.reject({ code: 'E_OBJ', detail: [1, 2] });
