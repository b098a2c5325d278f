// Checks General_Category long names and group values (L, M, N, P, S, Z, C, LC).
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('Letter', () => /^\p{Letter}+$/u.test('aÆж'));
show('LC', () => /^\p{LC}+$/u.test('aB'));
show('Cased_Letter no Lo', () => /\p{Cased_Letter}/u.test('א'));
show('Mark', () => /\p{M}/u.test('\u0301'));
show('Number', () => 'Ⅻ5½'.match(/\p{N}/gu).length);
show('punct', () => /\p{punct}/u.test('!'));
show('Symbol', () => /\p{S}/u.test('€'));
show('Separator', () => /\p{Z}/u.test('\u3000'));
show('Other', () => /\p{C}/u.test('\u0000'));
