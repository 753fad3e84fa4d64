import * as z from 'zod';
import { BUILDING_CODE_PATTERN } from './schemas-b2b';

/**
 * Orange RIP Operator Eligibility (`POST /ripoperatoreligibility/v1/productRIPQualification`):
 * the body we send (strict, cross-field rules with precise paths) and the answer (tolerant).
 *
 * Disagreements handled here:
 * - `place.nonFormattedAddress.fulltext` (parameter table) vs `fullText` (the guide's example):
 *   both are accepted in request files; we SEND `fulltext`, the documented field name
 *   (see `toWireBody` in rip.ts). Giving both with different values is an error.
 * - `contextType: "buildingCode"` appears in the examples but not in the list: accepted.
 */

export const CONTEXT_TYPES = ['nd', 'ndetoile', 'address', 'fulltext', 'geographiclocation', 'prestation', 'precable', 'buildingCode'] as const;
export const ContextType = z.enum(CONTEXT_TYPES).meta({
  description: 'How the site is identified: nd (active ND), ndetoile (inactive ND), address (normalized address), '
    + 'fulltext (textual address), geographiclocation (WGS84 coordinates), prestation, precable, buildingCode.',
  examples: ['address', 'nd', 'fulltext'],
});
export type ContextType = z.infer<typeof ContextType>;

/** ND: 10 digits starting 01..05 */
export const ND_PATTERN = /^0[1-5]\d{8}$/;
/** prestation number: 8 uppercase characters (e.g. 9999ZZZ9) */
export const PRESTATION_PATTERN = /^[A-Z0-9]{8}$/;
/** coordinate as a string, at most 10 decimals */
export const COORD_PATTERN = /^-?\d{1,3}(\.\d{1,10})?$/;

const PublicKey = z.strictObject({
  name: z.enum(['nd', 'ndetoile', 'prestation', 'precable', 'buildingCode']).meta({
    description: 'Kind of identifier: nd (for contextType nd / ndetoile), prestation, precable, buildingCode.',
    examples: ['nd', 'buildingCode'],
  }),
  value: z.string().min(1).meta({
    description: 'The identifier: ND (10 digits starting 01..05, e.g. 0123456789), prestation number '
      + '(8 uppercase characters, e.g. 9999ZZZ9), precable number, or building code (IMB/99999/X/0099).',
    examples: ['0123456789', 'IMB/53068/X/0052'],
  }),
}).meta({ description: 'Mandatory for contextType nd, ndetoile, precable, prestation and buildingCode.' });

const GeographicAddress = z.strictObject({
  streetNr: z.string().meta({ description: 'Street number.', examples: ['59'] }).optional(),
  streetNrSuffix: z.string().meta({ description: 'Street number suffix (A, B, C, bis, ter...).', examples: ['bis'] }).optional(),
  rivoliCode: z.string().regex(/^[A-Za-z0-9]{4}$/, 'a RIVOLI code has 4 alphanumeric characters (e.g. 0082, 012R)')
    .meta({ description: 'RIVOLI code of the street (4 alphanumeric characters).', examples: ['0082', '012R'] }).optional(),
  cityCode: z.string().regex(/^[0-9][0-9AB][0-9]{3}$/, 'a city code is the 5-character INSEE code (e.g. 53068, 2A004)')
    .meta({ description: 'INSEE code of the city (5 characters).', examples: ['53068', '2A004'] }).optional(),
  geographicSubAddress: z.strictObject({
    buildingCode: z.string().regex(BUILDING_CODE_PATTERN, 'a building code looks like IMB/85020/X/000I')
      .meta({ description: 'Building to test when the address has several buildings (see qualificationResult notComputed).', examples: ['IMB/85020/X/000I'] }),
  }).meta({ description: 'Picks one building of an address with several buildings.' }).optional(),
}).meta({ description: 'Normalized address (contextType address): cityCode and rivoliCode, optionally streetNr.' });

const coordinate = (what: string, max: number, example: string) => z.string()
  .regex(COORD_PATTERN, `${what} is a decimal number written as a string, at most 10 decimals`)
  .refine(v => !COORD_PATTERN.test(v) || Math.abs(Number(v)) <= max, `${what} must be between -${max} and ${max}`)
  .meta({ description: `${what} (WGS84) as a string, between -${max} and ${max}, at most 10 decimals.`, examples: [example] });

const GeographicLocation = z.strictObject({
  x: coordinate('longitude', 180, '3.516726'),
  y: coordinate('latitude', 90, '50.319779'),
}).meta({ description: 'WGS84 coordinates (contextType geographiclocation).' });

const NonFormattedAddress = z.strictObject({
  fulltext: z.string().min(1).meta({
    description: 'Textual address, ideally "[streetNr] [streetNrSuffix] [streetName] [postCode] [city]" in lowercase without accents or punctuation. '
      + 'This is the spelling of the guide\'s parameter table (the one the VS Code commands and tree send); the guide\'s example spells it `fullText`. '
      + 'Whichever you write is sent as written.',
    examples: ['59 chemin de la mare 53400 cherance'],
  }).optional(),
  fullText: z.string().min(1).meta({
    description: 'The spelling of the guide\'s example (its parameter table says `fulltext`). Sent as written, never renamed: '
      + 'use the spelling your Orange contract or server expects.',
    examples: ['59 CHEMIN DE LA MARE, 53400 CHERANCE'],
  }).optional(),
}).meta({ description: 'Textual address (contextType fulltext).' });

const Place = z.strictObject({
  geographicAddress: GeographicAddress.optional(),
  geographicLocation: GeographicLocation.optional(),
  nonFormattedAddress: NonFormattedAddress.optional(),
}).meta({ description: 'The site, for contextType address, geographiclocation or fulltext.' });

type Body = {
  contextType: ContextType;
  publicKey?: { name: string; value: string };
  place?: z.infer<typeof Place>;
};

/** Which publicKey.name each key-based contextType takes, and how its value is checked. */
const KEY_RULES: Partial<Record<ContextType, { names: string[]; pattern?: RegExp; hint: string }>> = {
  nd: { names: ['nd'], pattern: ND_PATTERN, hint: 'an ND has 10 digits and starts with 01, 02, 03, 04 or 05 (e.g. 0123456789)' },
  ndetoile: { names: ['nd', 'ndetoile'], pattern: ND_PATTERN, hint: 'an ND has 10 digits and starts with 01, 02, 03, 04 or 05 (e.g. 0123456789)' },
  prestation: { names: ['prestation'], pattern: PRESTATION_PATTERN, hint: 'a prestation number has 8 uppercase characters (e.g. 9999ZZZ9)' },
  precable: { names: ['precable'], hint: '' },
  buildingCode: { names: ['buildingCode'], pattern: BUILDING_CODE_PATTERN, hint: 'a building code looks like IMB/53068/X/0052' },
};
const PLACE_OF: Partial<Record<ContextType, keyof z.infer<typeof Place>>> = {
  address: 'geographicAddress', geographiclocation: 'geographicLocation', fulltext: 'nonFormattedAddress',
};

export function checkRipBody(b: Body, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const rule = KEY_RULES[b.contextType];
  if (rule) {
    if (!b.publicKey) {
      issue(['publicKey'], `publicKey {name, value} is required for contextType ${b.contextType}`);
    } else {
      if (!rule.names.includes(b.publicKey.name)) {
        issue(['publicKey', 'name'], `with contextType ${b.contextType}, publicKey.name must be ${rule.names.map(n => `"${n}"`).join(' or ')}`);
      }
      if (rule.pattern && !rule.pattern.test(b.publicKey.value)) issue(['publicKey', 'value'], rule.hint);
    }
    if (b.place) issue(['place'], `place is not used with contextType ${b.contextType} (it identifies the site by publicKey)`);
    return;
  }
  if (b.publicKey) issue(['publicKey'], `publicKey is only used with contextType nd, ndetoile, precable, prestation or buildingCode`);
  const wanted = PLACE_OF[b.contextType];
  if (!wanted) return;
  const place = b.place ?? {};
  for (const k of Object.keys(place) as (keyof typeof place)[]) {
    if (k !== wanted && place[k] !== undefined) issue(['place', k], `place.${k} is not used with contextType ${b.contextType} (use place.${wanted})`);
  }
  if (!place[wanted]) { issue(['place', wanted], `place.${wanted} is required for contextType ${b.contextType}`); return; }
  if (wanted === 'geographicAddress') {
    const a = place.geographicAddress!;
    if (!a.cityCode) issue(['place', 'geographicAddress', 'cityCode'], 'cityCode (INSEE code) is required for contextType address');
    // no rivoliCode: allowed (the guide marks no field required); request files get a warning (warnings.ts)
  }
  if (wanted === 'nonFormattedAddress') {
    const n = place.nonFormattedAddress!;
    if (n.fulltext === undefined && n.fullText === undefined) {
      issue(['place', 'nonFormattedAddress', 'fulltext'], 'fulltext (the textual address) is required for contextType fulltext');
    } else if (n.fulltext !== undefined && n.fullText !== undefined && n.fulltext !== n.fullText) {
      issue(['place', 'nonFormattedAddress', 'fullText'], 'give the address once: fulltext and fullText differ');
    }
  }
}

/**
 * The cross-field rules of `checkRipBody`, as JSON Schema `if`/`then` (merged into the generated
 * schema through `.meta`), so the editor flags a missing publicKey or place while typing.
 */
function editorRules(): Record<string, unknown>[] {
  const when = (ct: string, then: Record<string, unknown>) => ({
    if: { properties: { contextType: { const: ct } }, required: ['contextType'] }, then,
  });
  const rules: Record<string, unknown>[] = [];
  for (const [ct, rule] of Object.entries(KEY_RULES)) {
    rules.push(when(ct, {
      required: ['publicKey'],
      properties: { publicKey: { properties: {
        name: { enum: rule!.names },
        ...(rule!.pattern ? { value: { pattern: rule!.pattern.source } } : {}),
      } } },
    }));
  }
  for (const [ct, key] of Object.entries(PLACE_OF)) {
    const inner = key === 'geographicAddress' ? { required: ['cityCode'] }
      : key === 'nonFormattedAddress' ? { anyOf: [{ required: ['fulltext'] }, { required: ['fullText'] }] } : {};
    rules.push(when(ct, { required: ['place'], properties: { place: { required: [key], properties: { [key]: inner } } } }));
  }
  return rules;
}

export const RipQualificationRequest = z.strictObject({
  contextType: ContextType,
  category: z.strictObject({
    name: z.enum(['ftte', 'ftth']).meta({ description: 'Offer family tested: ftte or ftth.', examples: ['ftte', 'ftth'] }),
  }).meta({ description: 'The offer family to test (always required).' }),
  publicKey: PublicKey.optional(),
  place: Place.optional(),
}).superRefine(checkRipBody).meta({
  description: 'Orange RIP productRIPQualification body: contextType + category, then publicKey or place depending on contextType.',
  allOf: editorRules(),
});
export type RipQualificationRequest = z.infer<typeof RipQualificationRequest>;

// ---- response (tolerant) ----
const str = z.string().nullish();
const num = z.union([z.number(), z.string()]).nullish();

export const RipSubAddress = z.looseObject({
  buildingName: str,
  buildingCode: str,
  geographicLocation: z.looseObject({ longitude: num, latitude: num, accuracy: str }).nullish(),
});
export const RipCharacteristic = z.looseObject({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]).nullish() });
export const RipItem = z.looseObject({
  qualificationItemResult: str,
  qualificationItemReason: str,
  productOffering: z.looseObject({ name: str }).nullish(),
  product: z.looseObject({ characteristics: z.array(RipCharacteristic).nullish() }).nullish(),
});
export type RipItem = z.infer<typeof RipItem>;

export const RipQualificationResponse = z.looseObject({
  place: z.looseObject({
    geographicSite: z.looseObject({
      address: str,
      normalizedAddress: z.looseObject({
        inseeCode: str, rivoliCode: str, streetNr: str, streetNrSuffix: str, streetType: str, streetName: str,
        postcode: str, locality: str, city: str,
        geographicSubAddress: z.array(RipSubAddress).nullish(),
      }).nullish(),
    }).nullish(),
  }).nullish(),
  qualificationResult: str,
  productOfferingQualificationItem: z.array(RipItem).nullish(),
});
export type RipQualificationResponse = z.infer<typeof RipQualificationResponse>;
