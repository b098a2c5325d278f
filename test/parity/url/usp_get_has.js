// get, getAll and has (with value)
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const p = new URLSearchParams('a=1&b=2&a=3&c');
console.log(p.get('a'), p.get('c'), p.get('z'), p.getAll('a'), p.getAll('z'));
console.log(p.has('a'), p.has('z'), p.has('a', '3'), p.has('a', '2'), p.has('a', undefined), p.has('c', ''));
