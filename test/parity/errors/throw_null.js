// A thrown null.
throw null;
