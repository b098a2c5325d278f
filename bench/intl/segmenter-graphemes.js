// requires: global:Intl
// Intl: grapheme segmentation of a 200 KB mixed-script text with emoji (string-width's hot path).
// Checksum: number of graphemes.
'use strict';
const unit = 'héllo wörld 👨‍👩‍👧 日本語 🇯🇵 e\u0301 ';
const text = unit.repeat(200000 / unit.length | 0);
const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
let n = 0;
for (const _ of seg.segment(text)) n++;
console.log(String(n));
