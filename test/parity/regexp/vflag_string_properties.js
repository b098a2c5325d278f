// Properties of strings (v mode only): RGI_Emoji and its parts.
const text = 'Hi 👋🏽! 🇫🇷 and 🏴󠁧󠁢󠁳󠁣󠁴󠁿, keycap 1️⃣ #️⃣, family 👨‍👩‍👧‍👦, ☺️ ☺ 😀 ❤️‍🔥 🧑🏿‍🤝‍🧑🏻 ©️ x';
for (const p of ['RGI_Emoji', 'Basic_Emoji', 'Emoji_Keycap_Sequence', 'RGI_Emoji_Flag_Sequence',
  'RGI_Emoji_Modifier_Sequence', 'RGI_Emoji_Tag_Sequence', 'RGI_Emoji_ZWJ_Sequence']) {
  const re = new RegExp(`\\p{${p}}`, 'gv');
  console.log(p, JSON.stringify(text.match(re)));
}
console.log(/^\p{RGI_Emoji}$/v.test('👨‍👩‍👧‍👦'), /^\p{RGI_Emoji}$/v.test('👨‍👩'), /^\p{RGI_Emoji}$/v.test('🇫🇷'), /^\p{RGI_Emoji}$/v.test('🇫'));
console.log(/^[\p{RGI_Emoji}--\q{🇫🇷}]$/v.test('🇫🇷'), /^[\p{RGI_Emoji}--\q{🇫🇷}]$/v.test('🇩🇪'));
console.log(/^[\p{RGI_Emoji_Flag_Sequence}&&\q{🇫🇷|xy}]$/v.test('🇫🇷'), /^[\p{Emoji_Keycap_Sequence}\q{x}]+$/v.test('x1️⃣x'));
console.log([...'🏳️‍🌈🏳️‍⚧️🐈‍⬛'.matchAll(/\p{RGI_Emoji}/gv)].map((m) => [m.index, m[0].length]));
for (const [p, f] of [['\\p{RGI_Emoji}', 'u'], ['\\P{RGI_Emoji}', 'v'], ['[^\\p{RGI_Emoji}]', 'v'], ['[\\P{Basic_Emoji}]', 'v'], ['\\p{RGI_Emoji}', '']]) {
  try { console.log(new RegExp(p, f).test('p{RGI_Emoji}')); } catch (e) { console.log(e.name + ': ' + e.message); }
}
