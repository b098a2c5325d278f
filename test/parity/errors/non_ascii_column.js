// Columns count UTF-16 units, as V8 does, on a line with non-ASCII text.
const s = "héllo wörld 😀"; function f() { return new Error("x"); }
console.log(f().stack.split("\n").slice(0, 3).join("\n"), s.length);
throw new Error("thrown after " + s);
