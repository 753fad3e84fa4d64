import { strict as assert } from 'node:assert';
import { buildingChoices, copperSections, ripItems, statusClass, supportMatrix } from '../../../webview/details-model';
import { execResult, view } from './fixtures';

describe('panel details model', () => {
  it('builds the b2b support matrix per POI from the raw POI list', () => {
    const raw = [
      { id: 'POI-1', building: { id: 'IMB/59378/X/0001', name: 'Bat A' }, formattedAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul',
        supports: { fiber: { ftte: { status: 'available', properties: { isOptimalAvailable: true }, comments: [] }, ftth: { status: 'notAvailable', comments: ['not yet'] } },
          copper: { adsl: { status: 'available', properties: { bandwidth: 8, unit: 'Mbps', countCopperPair: 1 }, comments: [] } } } },
      { id: 'POI-2', supports: { fiber: { ftto: { status: 'underStudy', properties: { isFiberAvailable: false, zoning: 'Z1' } } }, copper: {} } },
    ];
    const rows = supportMatrix(view(execResult({ call: { api: 'orange-b2b', operation: 'poi', params: {} }, raw })));
    assert.equal(rows.length, 2);
    assert.equal(rows[0].poi, 'POI-1');
    assert.equal(rows[0].building, 'Bat A · IMB/59378/X/0001');
    assert.equal(rows[0].cells.FTTE?.status, 'available');
    assert.deepEqual(rows[0].cells.FTTE?.properties, [['isOptimalAvailable', 'true']]);
    assert.deepEqual(rows[0].cells.FTTH?.comments, ['not yet']);
    assert.equal(rows[0].cells.SDSL, undefined);
    assert.deepEqual(rows[0].cells.ADSL?.properties.map(p => p[0]), ['bandwidth', 'unit', 'countCopperPair']);
    assert.equal(rows[1].cells.FTTO?.status, 'underStudy');
  });

  it('falls back to the normalized offers when the raw list is not there', () => {
    const r = execResult({ call: { api: 'orange-b2b', operation: 'poi', params: {} }, raw: undefined });
    r.normalized = { api: 'orange-b2b', endpoint: {}, offers: [
      { api: 'orange-b2b', technology: 'FTTE', code: 'ftte', name: 'FTTE', eligible: true, reasons: [], details: { poiId: 'P1', status: 'available' } },
      { api: 'orange-b2b', technology: 'SDSL', code: 'sdsl', name: 'SDSL', eligible: false, reasons: [{ code: 'x', message: 'too far' }], details: { poiId: 'P1' } },
    ] };
    const rows = supportMatrix(view(r));
    assert.equal(rows.length, 1);
    assert.equal(rows[0].cells.FTTE?.status, 'available');
    assert.equal(rows[0].cells.SDSL?.status, 'notEligible');
    assert.deepEqual(rows[0].cells.SDSL?.comments, ['too far']);
    assert.deepEqual(supportMatrix(view()), [], 'only for b2b');
  });

  it('classifies status words', () => {
    assert.equal(statusClass('available'), 'ok');
    assert.equal(statusClass('notAvailable'), 'ko');
    assert.equal(statusClass('partiallyDeployed'), 'partial');
    assert.equal(statusClass('zzz'), 'unknown');
  });

  it('lists RIP items with characteristics from the raw response', () => {
    const raw = { qualificationResult: 'computed', productOfferingQualificationItem: [
      { qualificationItemResult: 'eligible', qualificationItemReason: 'deployed', productOffering: { name: 'FTTE passif PM' },
        product: { characteristics: [{ name: 'pmCode', value: 'FI-59221-000D' }, { name: 'blom', value: 'Orange' }] } },
      { qualificationItemResult: 'notEligible', qualificationItemReason: 'notFound', productOffering: { name: 'FTTE active LAN' } },
    ] };
    const r = execResult({ call: { api: 'orange-rip', operation: 'productRIPQualification', params: {} }, raw });
    r.normalized = undefined;
    const items = ripItems(view(r));
    assert.deepEqual(items, [
      { name: 'FTTE passif PM', eligible: true, reason: 'deployed', characteristics: [['pmCode', 'FI-59221-000D'], ['blom', 'Orange']] },
      { name: 'FTTE active LAN', eligible: false, reason: 'notFound', characteristics: [] },
    ]);
  });

  it('prefers normalized RIP offers (characteristics as a list or a record)', () => {
    const r = execResult({ call: { api: 'orange-rip', operation: 'productRIPQualification', params: {} } });
    r.normalized = { api: 'orange-rip', endpoint: {}, offers: [
      { api: 'orange-rip', technology: 'FTTH', code: 'Accès aux lignes FTTH', name: 'Accès aux lignes FTTH', eligible: true, reasons: [{ code: 'marketable', message: '' }], details: { characteristics: { siteType: 'IMMEUBLE' } } },
    ] };
    assert.deepEqual(ripItems(view(r)), [{ name: 'Accès aux lignes FTTH', eligible: true, reason: 'marketable', characteristics: [['siteType', 'IMMEUBLE']] }]);
  });

  it('finds the buildings to choose from (normalized, else the raw notComputed sub-addresses)', () => {
    const r = execResult({ call: { api: 'orange-rip', operation: 'productRIPQualification', params: {} } });
    r.normalized = { api: 'orange-rip', endpoint: {}, offers: [], qualificationResult: 'notComputed', buildingsToChoose: [{ code: 'IMB/85020/X/000I', name: 'A' }] };
    assert.deepEqual(buildingChoices(view(r)), [{ code: 'IMB/85020/X/000I', name: 'A' }]);
    r.normalized = undefined;
    r.raw = { qualificationResult: 'notComputed', productOfferingQualificationItem: [], place: { geographicSite: { normalizedAddress: { geographicSubAddress: [
      { buildingName: 'B1', buildingCode: 'IMB/85020/X/000J', geographicLocation: { longitude: -1.5, latitude: 46.6, accuracy: 'building' } },
      { buildingName: 'no code' },
    ] } } } };
    assert.deepEqual(buildingChoices(view(r)), [{ code: 'IMB/85020/X/000J', name: 'B1', latitude: 46.6, longitude: -1.5 }]);
    assert.deepEqual(buildingChoices(view()), []);
  });

  it('reads copper section lengths', () => {
    const { sections, totalM } = copperSections({ sectionsLengths: [{ diameter: 4, length: 120 }, { diameter: 6, length: 880.5 }, { bogus: true }] });
    assert.deepEqual(sections, [{ diameterMm: 4, lengthM: 120 }, { diameterMm: 6, lengthM: 880.5 }, { diameterMm: undefined, lengthM: undefined }]);
    assert.equal(totalM, 1000.5);
    assert.deepEqual(copperSections(undefined), { sections: [], totalM: 0 });
  });
});
