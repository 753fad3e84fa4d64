import { type NormalizedResult, type Offer as NOffer, Technology } from '../../model/normalized';
import type { EligibilityTest, Message } from './schemas';

/**
 * EligibilityTest → NormalizedResult. Works on the raw payload too (schema drift): every field is
 * read defensively, and an offer whose technology cannot be told is left out with a warning.
 */
type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? v as Loose : undefined);
const s = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const n = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** A coordinate: a decimal string as the schema types it (`"48.6986"`), or a number. */
export const coord = (v: unknown): number | undefined => {
  if (typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(v)) return Number(v);
  return n(v);
};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const defined = <T extends Loose>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function reasonsOf(list: unknown): { code: string; message: string }[] {
  return arr(list).map(m => obj(m) as Partial<Message> | undefined).filter((m): m is Partial<Message> => !!m)
    .map(m => defined({ code: s(m.code) ?? 'UNKNOWN', message: s(m.message) ?? '', availabilityDate: s(m.availabilityDate) }));
}

function technologyOf(product: Loose): Technology | undefined {
  const t = Technology.safeParse(s(product.type)?.toUpperCase());
  if (t.success) return t.data;
  const code = (s(product.code) ?? '').toUpperCase();
  if (code === 'PROFIBER') return 'FTTH';
  return Technology.options.find(x => code.startsWith(x));
}

export function normalizeOffer(offer: unknown): NOffer | string {
  const o = obj(offer) ?? {};
  const product = obj(o.product) ?? {};
  const elig = obj(o.eligibility) ?? {};
  const technology = technologyOf(product);
  const code = s(product.code) ?? '';
  if (!technology) return `offer ${code || '?'}: unknown product type "${s(product.type) ?? ''}", not normalized`;
  const estDown = n(elig.estimatedDownloadRate);
  const estUp = n(elig.estimatedUploadRate);
  return {
    api: 'ovh',
    technology,
    code,
    name: s(product.name) ?? code,
    eligible: elig.eligible === true,
    reasons: reasonsOf(elig.reasons),
    downloadMbps: estDown ?? n(product.downloadRate),
    uploadMbps: estUp ?? n(product.uploadRate),
    details: defined({
      provider: s(product.provider),
      operator: s(product.operator),
      activationTypes: arr(elig.activationTypes),
      underConditions: reasonsOf(elig.underConditions),
      grt: arr(product.grt),
      guaranteed: typeof product.guaranteed === 'boolean' ? product.guaranteed : undefined,
      pairs: n(product.pairs),
      unbundlingType: s(product.unbundlingType),
      estimatedDownloadRate: estDown,
      estimatedUploadRate: estUp,
      productDownloadRate: n(product.downloadRate),
      productUploadRate: n(product.uploadRate),
      multiOtp: typeof elig.multiOtp === 'boolean' ? elig.multiOtp : undefined,
    }),
  };
}

export function normalizeEligibilityTest(test: EligibilityTest | unknown): { result: NormalizedResult; warnings: string[] } {
  const t = obj(test) ?? {};
  const ep = obj(t.endpoint) ?? {};
  const addr = obj(ep.address);
  const copper = obj(ep.copperInfo);
  const fiber = obj(ep.fiberInfo);
  const portability = obj(ep.portability);
  const referenceType = s(ep.referenceType);
  const reference = s(ep.reference);
  const warnings: string[] = [];
  const offers: NOffer[] = [];
  for (const o of arr(t.offers)) {
    const r = normalizeOffer(o);
    if (typeof r === 'string') warnings.push(r); else offers.push(r);
  }
  const buildingRef = s(fiber?.buildingReference) ?? (referenceType === 'building' ? reference : undefined);
  const result: NormalizedResult = {
    api: 'ovh',
    endpoint: defined({
      referenceType,
      reference,
      address: addr || coord(fiber?.latitude) !== undefined || coord(fiber?.longitude) !== undefined ? defined({
        text: addr ? addressText(addr) : undefined,
        streetNumber: s(addr?.streetNumber), streetName: s(addr?.streetName), zipCode: s(addr?.zipCode),
        city: s(addr?.city), inseeCode: s(addr?.inseeCode), streetCode: s(addr?.streetCode),
        latitude: coord(fiber?.latitude), longitude: coord(fiber?.longitude),
        building: s(addr?.building), door: s(addr?.door), floor: s(addr?.floor), stairs: s(addr?.stairs),
        housingComplex: s(addr?.housingComplex), ownerName: s(addr?.ownerName),
      }) : undefined,
      building: buildingRef || fiber ? defined({ reference: buildingRef, name: s(fiber?.buildingName), type: s(fiber?.buildingType) }) : undefined,
      line: referenceType === 'lineNumber' || copper ? defined({ number: referenceType === 'lineNumber' ? reference : undefined, status: s(copper?.status) }) : undefined,
      nra: s(copper?.nra),
      nro: s(fiber?.nro),
      pm: s(fiber?.pmReference),
      operator: s(fiber?.operatorName) ?? s(fiber?.operatorCode),
      copper,
      fiber,
      portability,
    }),
    offers,
    eligibilityReference: s(t.eligibilityReference),
  };
  return { result, warnings };
}

function addressText(a: Loose): string | undefined {
  const street = [s(a.streetNumber), s(a.streetName)].filter(Boolean).join(' ');
  const city = [s(a.zipCode), s(a.city)].filter(Boolean).join(' ');
  const text = [street, city].filter(Boolean).join(', ');
  return text || undefined;
}
