/**
 * Static table of the sandbox's cities. Each city generates its streets, numbers, buildings and
 * lines lazily from the dataset seed (see world.ts); seeded cities also carry the documents' values.
 */

export interface FixedStreet {
  streetCode: string;
  streetName: string;
  /** Street numbers served verbatim (otherwise generated). */
  numbers?: string[];
  /** Numbers "1".."N" (when `numbers` is not given); otherwise the count is drawn from the seed. */
  numberCount?: number;
}

export interface CityDef {
  zip: string;
  insee: string;
  city: string;
  /** One search/cities entry per locality. */
  localities: string[];
  lat: number;
  lon: number;
  /** Streets listed first (seeded or hand-picked), then `generatedStreets` generated ones. */
  fixedStreets: FixedStreet[];
  generatedStreets: number;
  /** Upper bound of numbers per street (used to size the code spaces). */
  maxNumbers: number;
  /** Two digits after the leading 0 of this city's line numbers (unique per city). */
  linePrefix: string;
  nra: string;
  nro: string;
  /** Public-initiative-network operator answering Orange RIP for this city. */
  oiCode: string;
  oiName: string;
  /** Probability that an address holds a multi-dwelling building (urban density). */
  urban: number;
}

export const CITIES: readonly CityDef[] = [
  {
    zip: '91400', insee: '91471', city: 'ORSAY', localities: ['ORSAY', 'ORSIGNY'], lat: 48.6985, lon: 2.1875,
    fixedStreets: [
      { streetCode: '9147134101', streetName: 'ALLEE ALFRED POHU' },
      { streetCode: '9147132200', streetName: 'RUE DU VERGER',
        numbers: ['1', '1B', '2', '2B', '3', '5', '6', '7', '9', '10', '11', '13', '15', '17', '19'] },
      { streetCode: '9147111200', streetName: 'RUE ELISA DESJOBERT' },
      { streetCode: '9147102180', streetName: 'RUE ETIENNE BAUER' },
      { streetCode: '9147110752', streetName: 'RUE FACULTE D ORSAY' },
    ],
    generatedStreets: 0, maxNumbers: 200, linePrefix: '16', nra: '91471ORS', nro: '91122BUR',
    oiCode: 'ESSO', oiName: 'Essonne Numerique', urban: 0.2,
  },
  {
    zip: '91400', insee: '91534', city: 'SACLAY', localities: ['SACLAY'], lat: 48.7325, lon: 2.1700,
    fixedStreets: [], generatedStreets: 60, maxNumbers: 200, linePrefix: '17', nra: '91534SAC', nro: '91534SAC',
    oiCode: 'ESSO', oiName: 'Essonne Numerique', urban: 0.15,
  },
  {
    zip: '94123', insee: '94123', city: 'PARIS', localities: ['PARIS'], lat: 48.8150, lon: 2.4200,
    fixedStreets: [{ streetCode: '94123001234', streetName: 'RUE DES JARDINS', numberCount: 20 }],
    generatedStreets: 40, maxNumbers: 200, linePrefix: '14', nra: '59512PIL', nro: '94123PAR',
    oiCode: 'IDFN', oiName: 'Ile-de-France Numerique', urban: 0.5,
  },
  {
    zip: '13008', insee: '13055', city: 'MARSEILLE', localities: ['MARSEILLE'], lat: 43.2600, lon: 5.3900,
    fixedStreets: [], generatedStreets: 5400, maxNumbers: 200, linePrefix: '49', nra: '13055PRA', nro: '13055PRA',
    oiCode: 'SUDF', oiName: 'Sud Fibre', urban: 0.45,
  },
  {
    zip: '62100', insee: '62193', city: 'CALAIS', localities: ['CALAIS', 'BEAU MARAIS'], lat: 50.9500, lon: 1.8580,
    fixedStreets: [{ streetCode: '6219300050', streetName: 'ROUTE DE SAINT OMER', numberCount: 2400 }],
    generatedStreets: 79, maxNumbers: 2600, linePrefix: '32', nra: '62193CAL', nro: '62193CAL',
    oiCode: 'NPDC', oiName: 'Nord Pas-de-Calais THD', urban: 0.25,
  },
  {
    zip: '20000', insee: '2A004', city: 'AJACCIO', localities: ['AJACCIO'], lat: 41.9190, lon: 8.7280,
    fixedStreets: [{ streetCode: '2A00409030', streetName: 'RUE MAURICE CHOURY', numberCount: 30 }],
    generatedStreets: 39, maxNumbers: 200, linePrefix: '45', nra: '2A004AJA', nro: '2A004AJA',
    oiCode: 'CORS', oiName: 'Corsica Fibra', urban: 0.35,
  },
  {
    zip: '59700', insee: '59378', city: 'MARCQ EN BAROEUL', localities: ['MARCQ EN BAROEUL'], lat: 50.6740, lon: 3.1000,
    fixedStreets: [{ streetCode: '5937802700', streetName: 'AVENUE DE LA MARNE', numberCount: 360 }],
    generatedStreets: 59, maxNumbers: 400, linePrefix: '33', nra: '59378MAR', nro: '59378MAR',
    oiCode: 'NPDC', oiName: 'Nord Pas-de-Calais THD', urban: 0.4,
  },
  {
    zip: '53400', insee: '53068', city: 'CHERANCE', localities: ['CHERANCE'], lat: 47.8100, lon: -0.9450,
    fixedStreets: [{ streetCode: '5306800820', streetName: 'CHEMIN DE LA MARE', numberCount: 80 }],
    generatedStreets: 11, maxNumbers: 200, linePrefix: '24', nra: '53084XCR', nro: '53084XCR',
    oiCode: 'MAYE', oiName: 'Mayenne Fibre', urban: 0.05,
  },
  {
    zip: '85490', insee: '85020', city: 'BENET', localities: ['BENET', 'LESSON'], lat: 46.3700, lon: -0.5780,
    fixedStreets: [{ streetCode: '85020012R0', streetName: 'LIEU DIT LES MOULINS', numbers: ['0'] }],
    generatedStreets: 24, maxNumbers: 200, linePrefix: '25', nra: '85020BNW', nro: '85020BNW',
    oiCode: 'VENU', oiName: 'Vendée Numérique', urban: 0.05,
  },
  {
    zip: '59300', insee: '59221', city: 'FAMARS', localities: ['FAMARS'], lat: 50.319779, lon: 3.516726,
    fixedStreets: [], generatedStreets: 30, maxNumbers: 200, linePrefix: '34', nra: '59480QUE', nro: '59480QUE',
    oiCode: 'ATHD', oiName: 'Alliance Très Haut Débit', urban: 0.1,
  },
  {
    zip: '69003', insee: '69383', city: 'LYON', localities: ['LYON 3E ARRONDISSEMENT'], lat: 45.7600, lon: 4.8500,
    fixedStreets: [{ streetCode: '6938300010', streetName: 'RUE DES EXEMPLES', numberCount: 40 }],
    generatedStreets: 299, maxNumbers: 200, linePrefix: '47', nra: '69383LAC', nro: '69383LAC',
    oiCode: 'RHON', oiName: 'THD Rhone', urban: 0.7,
  },
];

export function cityIndexByInsee(insee: string): number {
  return CITIES.findIndex((c) => c.insee === insee);
}

// Name parts for generated streets (upper case, no accents, as OVH returns them).
export const STREET_TYPES = ['RUE', 'AVENUE', 'BOULEVARD', 'CHEMIN', 'ALLEE', 'IMPASSE', 'PLACE', 'ROUTE', 'QUAI', 'SQUARE'] as const;
export const FIRST_NAMES = [
  'VICTOR', 'JEAN', 'MARIE', 'LOUIS', 'PAUL', 'JULES', 'EMILE', 'ANATOLE', 'GEORGES', 'HENRI', 'ANDRE', 'PIERRE',
  'SIMONE', 'LOUISE', 'JEANNE', 'GABRIEL', 'CLAUDE', 'RENE', 'LUCIE', 'CAMILLE', 'MAURICE', 'FRANCOIS', 'ROSA',
  'ALBERT', 'EDOUARD', 'OLYMPE', 'MARCEL', 'IRENE', 'COLETTE', 'ARISTIDE',
] as const;
export const LAST_NAMES = [
  'HUGO', 'JAURES', 'CURIE', 'PASTEUR', 'MOULIN', 'ZOLA', 'FRANCE', 'BRASSENS', 'CLEMENCEAU', 'GAMBETTA', 'FOCH',
  'DELACROIX', 'MONET', 'RAVEL', 'DEBUSSY', 'BERLIOZ', 'VERLAINE', 'RIMBAUD', 'BAUDELAIRE', 'MOLIERE', 'RACINE',
  'CORNEILLE', 'VOLTAIRE', 'ROUSSEAU', 'DIDEROT', 'CAMUS', 'SARTRE', 'PROUST', 'COLETTE', 'SAND', 'DUMAS',
  'VERNE', 'LUMIERE', 'EIFFEL', 'BLERIOT', 'MERMOZ', 'PEGUY', 'PREVERT', 'APOLLINAIRE', 'MALRAUX', 'CEZANNE',
  'RENOIR', 'DEGAS', 'MATISSE', 'BRAQUE', 'CHAGALL', 'PIAF', 'GABIN', 'SIGNORET', 'TRUFFAUT', 'MELIES', 'PAGNOL',
  'GIONO', 'MISTRAL', 'DAUDET', 'FLAUBERT', 'BALZAC', 'STENDHAL', 'MAUPASSANT', 'LAMARTINE',
] as const;
export const PERSON_FIRST = ['JEAN', 'MARIE', 'PIERRE', 'SOPHIE', 'LUC', 'ANNE', 'PAUL', 'CLAIRE', 'MARC', 'JULIE'] as const;
export const PERSON_LAST = ['DUPONT', 'MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'RICHARD', 'PETIT', 'DURAND', 'LEROY'] as const;
