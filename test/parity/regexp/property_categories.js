// Checks one representative character per General_Category.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const samples = { Lu: 'A', Ll: 'a', Lt: 'ǅ', Lm: 'ʰ', Lo: 'א', Mn: '\u0301', Mc: '\u0903', Me: '\u20dd', Nd: '5', Nl: 'Ⅻ', No: '½', Pc: '_', Pd: '-', Ps: '(', Pe: ')', Pi: '«', Pf: '»', Po: '!', Sm: '+', Sc: '$', Sk: '^', So: '©', Zs: ' ', Zl: '\u2028', Zp: '\u2029', Cc: '\n', Cf: '\u200b', Co: '\ue000' };
const res = {
  Lu: /\p{Lu}/u, Ll: /\p{Ll}/u, Lt: /\p{Lt}/u, Lm: /\p{Lm}/u, Lo: /\p{Lo}/u, Mn: /\p{Mn}/u, Mc: /\p{Mc}/u, Me: /\p{Me}/u,
  Nd: /\p{Nd}/u, Nl: /\p{Nl}/u, No: /\p{No}/u, Pc: /\p{Pc}/u, Pd: /\p{Pd}/u, Ps: /\p{Ps}/u, Pe: /\p{Pe}/u, Pi: /\p{Pi}/u,
  Pf: /\p{Pf}/u, Po: /\p{Po}/u, Sm: /\p{Sm}/u, Sc: /\p{Sc}/u, Sk: /\p{Sk}/u, So: /\p{So}/u, Zs: /\p{Zs}/u, Zl: /\p{Zl}/u,
  Zp: /\p{Zp}/u, Cc: /\p{Cc}/u, Cf: /\p{Cf}/u, Co: /\p{Co}/u,
};
for (const k of Object.keys(samples)) console.log(k, res[k].test(samples[k]), Object.keys(samples).filter((o) => res[k].test(samples[o])).join(','));
