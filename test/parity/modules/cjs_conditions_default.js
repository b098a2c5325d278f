// Without --conditions, the node condition wins over a custom one listed first.
console.log(require('pkg-cond'));
