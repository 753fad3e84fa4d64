// node-fetch 2 requires whatwg-url only as a fallback for runtimes without a global URL
// (`Url.URL || whatwgUrl.URL`); Node has one, so the bundles use this shim instead of
// whatwg-url + tr46 (≈ 280 KB of Unicode tables).
module.exports = { URL: globalThis.URL };
