'use strict';
// Builtins whose objects become Transform streams only when first used as streams (crypto's
// Hash and Hmac, Node's LazyTransform) wait here for Transform: a program that hashes without
// streams never loads node:stream. transform.js reports itself when it has loaded.

let Transform;
const waiting = [];

function whenTransform(fn) {
  if (Transform !== undefined) fn(Transform);
  else waiting.push(fn);
}

function transformLoaded(T) {
  Transform = T;
  for (const fn of waiting.splice(0)) fn(T);
}

module.exports = { whenTransform, transformLoaded, isLoaded: () => Transform !== undefined };
