// `debug` (used by https-proxy-agent / http-proxy-agent for DEBUG=… tracing) replaced in the
// bundles by a no-op: the extension and the CLI log through src/core/log.ts (redacted), and this
// keeps ~9 KB (debug + supports-color) out of extension.js. createDebug(ns) → a logger that logs nothing.
function createDebug() {
  const log = function () { /* no-op */ };
  log.enabled = false;
  log.extend = createDebug;
  return log;
}
createDebug.enable = function () { /* no-op */ };
createDebug.disable = function () { return ''; };
createDebug.enabled = function () { return false; };
module.exports = createDebug;
module.exports.default = createDebug;
