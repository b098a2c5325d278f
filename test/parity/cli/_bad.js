// Helper script with a syntax error (not a case itself).
const a = {;
