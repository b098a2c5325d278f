// An uncaught SyntaxError thrown by JSON.parse (not a parse error of the file).
const text = '{"a": 1,}';
JSON.parse(text);
