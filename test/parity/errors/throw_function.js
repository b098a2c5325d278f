// A thrown function.
throw function thrownFunction() {};
