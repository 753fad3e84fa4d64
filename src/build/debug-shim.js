// `debug` (pulled in by https-proxy-agent / agent-base for their DEBUG=… tracing) replaced by a
// no-op in our bundles: we log through the one redacted logger, and it saves bundle size.
module.exports = function createDebug() { const d = function () {}; d.enabled = false; d.extend = createDebug; return d; };
module.exports.default = module.exports;
