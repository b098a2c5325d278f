// An uncaught instance of an Error subclass.
class ValidationError extends Error {
  constructor(msg, field) {
    super(msg);
    this.name = 'ValidationError';
    this.field = field;
  }
}
throw new ValidationError('bad input', 'email');
