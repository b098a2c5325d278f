// Importing a file with an unknown extension.

try { await import('./fixtures/note.txt'); } catch (e) { console.log(e.code, e.message.replace(import.meta.dirname, '<HERE>')); }
