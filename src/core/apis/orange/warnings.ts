/**
 * Orange parameters the guides allow but that probably do not do what the user means: shown as
 * warnings (editor diagnostics, `elig run` warnings), never errors, and the request is sent as written.
 * Defensive: `params` may be unvalidated or hold placeholders.
 */
export interface ParamWarning { path: (string | number)[]; message: string; code: string }

const obj = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : undefined;

export function orangeParamWarnings(api: string, params: unknown): ParamWarning[] {
  const p = obj(params);
  if (!p) return [];
  const out: ParamWarning[] = [];
  if (api === 'orange-b2b' && p.buildingCode !== undefined && p.buildingName !== undefined) {
    out.push({ path: ['buildingName'], code: 'orange-precedence',
      message: 'buildingName is sent, but the API takes buildingCode first (precedence: buildingCode, then fullTextAddress + buildingName, '
        + 'then fullTextAddress): this answers for the building code. Remove one of the two to be explicit.' });
  }
  if (api === 'orange-rip' && p.contextType === 'address') {
    const ga = obj(obj(p.place)?.geographicAddress);
    if (ga && ga.rivoliCode === undefined) {
      out.push({ path: ['place', 'geographicAddress'], code: 'rip-no-rivoli',
        message: 'No rivoliCode: the RIP guide marks no field required, so this is sent as written, but without the 4-character '
          + 'Rivoli code the street may not be found (the sandbox refuses it). Add rivoliCode to target the address accurately.' });
    }
  }
  return out;
}
