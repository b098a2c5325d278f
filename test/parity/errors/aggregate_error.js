// An uncaught AggregateError.
throw new AggregateError([new Error('one'), new TypeError('two')], 'several');
