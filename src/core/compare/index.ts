/** The compare module's surface: schema, place parsing, outcome helpers and the engine (./engine). */
export * from './schema';
export { parsePlace, describePlace, fullTextAddress, placeError, type Place } from './place';
export { normalizeName, nameScore } from './names';
export type { PickPolicy, ChoiceRequest } from './env';
export type { CompareProgress } from './recorder';
export { API_LABEL } from './cells';
export { compareExitCode, isAmbiguous, hasApiError } from './outcome';

export { compare, type CompareOptions } from './engine';
