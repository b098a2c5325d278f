// Rejecting with undefined under the default mode.
Promise.reject();
