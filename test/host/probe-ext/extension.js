// Test fixture (see package.json): activation itself is the signal; nothing to do.
exports.activate = () => ({ startupFinishedAt: Date.now() });
exports.deactivate = () => {};
