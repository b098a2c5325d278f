// Typed arrays: a prime sieve over a Uint8Array, Float64Array matrix multiply and Int32Array
// prefix sums. Checksum: primes counted, a trace and a hash.
'use strict';
const N = 2000000;
const sieve = new Uint8Array(N + 1);
let primes = 0;
for (let i = 2; i <= N; i++) {
  if (sieve[i] === 0) { primes++; for (let j = i * 2; j <= N; j += i) sieve[j] = 1; }
}
const n = 120;
const a = new Float64Array(n * n), b = new Float64Array(n * n), c = new Float64Array(n * n);
for (let i = 0; i < n * n; i++) { a[i] = (i % 17) / 17; b[i] = (i % 13) / 13; }
for (let i = 0; i < n; i++) {
  for (let k = 0; k < n; k++) {
    const aik = a[i * n + k];
    for (let j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
  }
}
let trace = 0;
for (let i = 0; i < n; i++) trace += c[i * n + i];
const p = new Int32Array(1000000);
for (let i = 0; i < p.length; i++) p[i] = (i * 2654435761) | 0;
for (let i = 1; i < p.length; i++) p[i] = (p[i] + p[i - 1]) | 0;
console.log(primes + ' ' + trace.toFixed(6) + ' ' + (p[p.length - 1] >>> 0));
