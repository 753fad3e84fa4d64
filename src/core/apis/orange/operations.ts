import type { OperationDef } from '../operation';
import { lookupPoi } from './b2b';
import { qualifyRip } from './rip';
import { PoiQuery } from './schemas-b2b';
import { RipQualificationRequest } from './schemas-rip';

/** The Orange operation table: b2b `poi` and RIP `productRIPQualification`. */
export const ORANGE_OPERATIONS: OperationDef[] = [
  {
    api: 'orange-b2b',
    name: 'poi',
    summary: 'Copper and fiber eligibility of an address or building (GET /eligibility/b2b/v1/poi)',
    description: 'Looks up Points of Interest by buildingCode, by fullTextAddress + buildingName, or by fullTextAddress '
      + '(in that order of precedence), and returns the FTTE/FTTH/FTTO and ADSL/SDSL eligibility of each. '
      + 'FTTE is not computed for an address with more than five buildings: query each building by buildingCode.',
    params: PoiQuery,
    examples: [
      { fullTextAddress: '14 Rue Maurice Choury, 20000 Ajaccio' },
      { buildingCode: 'IMB/59378/X/013S' },
      { fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul', buildingName: 'A13' },
    ],
    kind: 'eligibility',
    needsCredentials: true,
    run: (ctx, params) => lookupPoi(ctx, params as PoiQuery),
  },
  {
    api: 'orange-rip',
    name: 'productRIPQualification',
    summary: 'FTTE / FTTH eligibility on Public Initiative Networks (POST /ripoperatoreligibility/v1/productRIPQualification)',
    description: 'Tests a site by ND (active or inactive), prestation or precable number, building code, normalized address, '
      + 'textual address or WGS84 coordinates. When the address has several buildings the answer is qualificationResult '
      + '"notComputed" with the buildings to choose from: test again with place.geographicAddress.geographicSubAddress.buildingCode.',
    params: RipQualificationRequest,
    examples: [
      { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '0082', cityCode: '53068', streetNr: '59' } } },
      { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } },
      { contextType: 'address', category: { name: 'ftte' },
        place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020', geographicSubAddress: { buildingCode: 'IMB/85020/X/000I' } } } },
      { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fulltext: '59 chemin de la mare 53400 cherance' } } },
      { contextType: 'buildingCode', category: { name: 'ftth' }, publicKey: { name: 'buildingCode', value: 'IMB/53068/X/0052' } },
      { contextType: 'geographiclocation', category: { name: 'ftte' }, place: { geographicLocation: { x: '3.516726', y: '50.319779' } } },
      { contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0123456789' } },
    ],
    kind: 'eligibility',
    needsCredentials: true,
    run: (ctx, params) => qualifyRip(ctx, params as RipQualificationRequest),
  },
];

export { lookupPoi } from './b2b';
export { qualifyRip, toWireBody, withChosenBuilding } from './rip';
export { PoiQuery, Poi, PoiList, BuildingCode, BUILDING_CODE_PATTERN } from './schemas-b2b';
export { RipQualificationRequest, RipQualificationResponse, CONTEXT_TYPES, ContextType } from './schemas-rip';
export { normalizeB2b } from './normalize-b2b';
export { normalizeRip } from './normalize-rip';
export { RIP_REASON_TEXT, ripReasonText } from './rip-reasons';
export { OrangeTokenCache, tokenCacheFor, tokenCacheKey } from './token';
