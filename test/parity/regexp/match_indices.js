// The RegExp d flag (hasIndices): indices and indices.groups from exec/match/matchAll, with u, lookbehind, alternation, quantified groups, astral characters, subclasses; flags/toString/hasIndices and their errors. Also RegExp[Symbol.species].
const t=(f)=>{try{console.log(f())}catch(e){console.log(e.constructor.name+": "+e.message)}};
console.log(RegExp[Symbol.species] === RegExp, Object.getOwnPropertySymbols(RegExp));
const d=Object.getOwnPropertyDescriptor(RegExp.prototype,"hasIndices"); console.log(d);
t(()=>d.get.call({})); t(()=>d.get.call(RegExp.prototype)); t(()=>d.get.call(1));
t(()=>String(/a/dgimsy)); t(()=>/a/dgimsy.flags); t(()=>new RegExp("a","dd")); t(()=>new RegExp("a","dx"));
t(()=>[..."xaybab".matchAll(/a(?<n>b)?/dg)].map(m=>[m.indices, m.indices.groups]));
t(()=>"aXbX".replace(/X/dg, "-")); t(()=>/(a)|(b)/d.exec("b").indices); t(()=>/(?<z>a)|(?<y>b)/d.exec("b").indices);
t(()=>/😀(.)/du.exec("x😀😀").indices); t(()=>/(.)(.)/d.exec("😀").indices);
t(()=>Object.getOwnPropertyNames(/a/d)); t(()=>/a/d.hasIndices); t(()=>/a/.hasIndices); t(()=>new RegExp(/a/dg).flags);
t(()=>/(\w+)\s(\w+)/d.exec("hello big world").indices); t(()=>/(?<=\$)(\d+)(\.\d+)?/d.exec("cost $42.50").indices);
t(()=>/(a+)+b/d.exec("xaaab").indices); t(()=>/(\p{L}+)-(\d)/du.exec("-- héllo-3").indices);
t(()=>{ const r=/o/dg; const out=[]; let m; while((m=r.exec("foo boo"))) out.push(m.indices[0]); return out; });
class R extends RegExp {}; t(()=>new R("(b)","d").exec("ab").indices); t(()=>new R("b","d") instanceof R);
t(()=>"a1b2".split(/(\d)/d)); t(()=>/x/d.test("axb")); t(()=>"abc".search(/c/d)); t(()=>"abab".match(/b/dg)); t(()=>"abab".match(/(b)/d).indices);
