/**
 * Request files (`*.elig.json`): the public surface for the CLI and the VS Code extension.
 *   parseRequestFile  diagnostics with exact ranges + per-request ranges (CodeLens) + resolved requests
 *   parseEnvFile / selectEnvironment   elig.env.json (named environments, no secrets)
 *   evaluateExpect    assertions → AssertionResult[]
 *   runRequests       concurrency, rate limit (createRunHttp), cancel, progress, bail
 *   buildJsonSchema   the generated schemas/elig.schema.json
 */
export { parseRequestFile } from './parse';
export type { ParsedRequest, ParsedRequestFile, ParseOptions, ResolvedRequest } from './parse';
export { LineIndex, formatLocation } from './positions';
export type { Diagnostic, Position, Range, Severity } from './positions';
export { ENV_FILE_NAME, environmentNames, parseEnvFile, selectEnvironment, SECRET_KEY_PATTERN } from './envfile';
export type { EnvFile, Environment } from './envfile';
export { evaluateExpect, matchesOffer } from './assert';
export { Expect } from './expect.schema';
export { RequestFileEnvelope, RequestEnvelope, buildRequestSchema } from './schema';
export type { RequestFile, VariableValue } from './schema';
export { interpolateString, isCredentialEnvName, lookupVariable } from './variables';
export type { VariableSources } from './variables';
export { checkBuildingCode, checkNd, checkOtp, BUILDING_CODE_PATTERN, ND_PATTERN, OTP_PATTERN } from './checks';
export { runRequests, summarize, toOutcome } from './runner';
export type { RequestOutcome, RunItem, RunOptions, RunProgress, RunSummary } from './runner';
export { createRunHttp } from './http';
export { credentialHomes, endpointProblem, FencedHttpClient, retarget } from './endpoints';
export { TokenBucket, parseRate } from './ratelimit';
export { discoverRequestFiles, findEnvFile, REQUEST_FILE_SUFFIX } from './discover';
export { loadRun } from './load';
export type { LoadedRun, LoadOptions } from './load';
export { buildJsonSchema, jsonSchemaText } from './jsonschema';
