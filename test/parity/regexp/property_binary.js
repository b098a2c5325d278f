// Checks binary properties: Alphabetic, White_Space, ID_Start/ID_Continue, ASCII, Any.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('Alphabetic', () => /^\p{Alphabetic}+$/u.test('Ǆabcⅸ'));
show('White_Space', () => /\p{White_Space}/u.test('\u3000'));
show('identifier', () => /\p{ID_Start}\p{ID_Continue}*/u.exec('1abc_9 x')[0]);
show('ASCII', () => 'aé'.match(/\p{ASCII}/gu));
show('Any', () => '😀'.match(/\p{Any}/gu).length);
show('Hex_Digit', () => 'xA1fz'.match(/\p{Hex_Digit}+/u)[0]);
