// TypeError from calling undefined.
const o = {};
o.missing();
