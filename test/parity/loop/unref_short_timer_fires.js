// An unref'd timer still fires while something else keeps the loop alive.
setTimeout(() => console.log('unref 5 fired'), 5).unref();
setTimeout(() => console.log('ref 30 fired'), 30);
