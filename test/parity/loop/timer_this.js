// `this` in timer and immediate callbacks is the Timeout/Immediate object.
const t = setTimeout(function () {
  console.log('timeout this === t', this === t);
  const im = setImmediate(function () {
    console.log('immediate this === im', this === im);
  });
}, 1);
