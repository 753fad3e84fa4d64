/**
 * The Orange guides' own examples (002 b2b, 003 RIP), as JSON (the RIP guide's trailing commas removed),
 * served by the scripted server in the tests. One POI / qualification item per line.
 */
export const AJACCIO_POIS = [
  {"id":"OC43MjgxNTk1MDE5MTUxNjM0MS45MTk0MTEyNzQzMzQzMw==","building":{"id":"IMB/2A004/C/01RJ"},"geoCoding":{"longitude":8.728159501915163,"latitude":41.91941127433433},"formattedAddress":"RUE MAURICE CHOURY, 20000 AJACCIO","address":{"cityCode":"2A004","postalCode":"20000","rivoliCode":"0903"},"supports":{"fiber":{"ftte":{"status":"eligible","properties":{"isOptimalAvailable":true},"comments":["FibreSmart: partiallyDeployed","FibreSmart Optimal: partiallyDeployed"]},"ftth":{"status":"eligible"},"ftto":{"status":"eligible","properties":{"isFiberAvailable":false,"zoning":"ZONE1"}}},"copper":{"adsl":{"status":"eligible","properties":{"bandwidth":18,"unit":"Mbits/s","countCopperPair":8}},"sdsl":{"status":"eligible","properties":{"bandwidth":8,"unit":"Mbits/s","countCopperPair":8,"countRequiredPairs":4}}}},"createdAt":"2023-04-07T10:32:10","updatedAt":"2023-04-07T10:32:10"},
  {"id":"OC43MjgzNzc4NzY1NzM3MDg0MS45MTg1NjY5NzQ0NDMyMg==","building":{"id":"IMB/2A004/X/03OL"},"geoCoding":{"longitude":8.728377876573708,"latitude":41.91856697444322},"formattedAddress":"RUE MAURICE CHOURY, 20000 AJACCIO","address":{"cityCode":"2A004","postalCode":"20000","rivoliCode":"0903"},"supports":{"fiber":{"ftte":{"status":"eligible","properties":{"isOptimalAvailable":true},"comments":["FibreSmart: partiallyDeployed","FibreSmart Optimal: partiallyDeployed"]},"ftth":{"status":"eligible"},"ftto":{"status":"eligible","properties":{"isFiberAvailable":false,"zoning":"ZONE1"}}},"copper":{"adsl":{"status":"eligible","properties":{"bandwidth":18,"unit":"Mbits/s","countCopperPair":8}},"sdsl":{"status":"eligible","properties":{"bandwidth":8,"unit":"Mbits/s","countCopperPair":8,"countRequiredPairs":4}}}},"createdAt":"2023-04-07T10:32:10","updatedAt":"2023-04-07T10:32:10"},
  {"id":"OC43MjgyMzY0ODczMDkyODc0MS45MTg3MjkzNDA0ODg3NzQ=","building":{"id":"IMB/2A004/X/048L"},"geoCoding":{"longitude":8.728236487309287,"latitude":41.918729340488774},"formattedAddress":"RUE MAURICE CHOURY, 20000 AJACCIO","address":{"cityCode":"2A004","postalCode":"20000","rivoliCode":"0903"},"supports":{"fiber":{"ftte":{"status":"eligible","properties":{"isOptimalAvailable":true},"comments":["FibreSmart: partiallyDeployed","FibreSmart Optimal: partiallyDeployed"]},"ftth":{"status":"eligible"},"ftto":{"status":"eligible","properties":{"isFiberAvailable":false,"zoning":"ZONE1"}}},"copper":{"adsl":{"status":"eligible","properties":{"bandwidth":18,"unit":"Mbits/s","countCopperPair":8}},"sdsl":{"status":"eligible","properties":{"bandwidth":8,"unit":"Mbits/s","countCopperPair":8,"countRequiredPairs":4}}}},"createdAt":"2023-04-07T10:32:10","updatedAt":"2023-04-07T10:32:10"},
  {"id":"NDEuOTE5MDIyNDEuOTE5MDIy","geoCoding":{"longitude":8.72814,"latitude":41.919022},"formattedAddress":"RUE MAURICE CHOURY, 20000 AJACCIO","address":{"cityCode":"2A004","postalCode":"20000","rivoliCode":"0903"},"supports":{"fiber":{"ftto":{"status":"eligible","properties":{"isFiberAvailable":false,"zoning":"ZONE1"}}},"copper":{"adsl":{"status":"eligible","properties":{"bandwidth":18,"unit":"Mbits/s","countCopperPair":8}},"sdsl":{"status":"eligible","properties":{"bandwidth":8,"unit":"Mbits/s","countCopperPair":8,"countRequiredPairs":4}}}},"createdAt":"2023-04-07T10:32:10","updatedAt":"2023-04-07T10:32:10"},
];

export const BUILDING_013S_POIS = [
  {"id":"My4xMTcxNzM3MTE1OTExNzUwLjY3NTg4MDQ0NjEwODAy","building":{"id":"IMB/59378/X/013S"},"geoCoding":{"longitude":3.11717371159117,"latitude":50.67588044610802},"address":{"cityCode":"59378","streetNumber":"340"},"supports":{"fiber":{"ftte":{"status":"eligible","properties":{"isOptimalAvailable":true},"comments":["FibreSmart: partiallyDeployed","FibreSmart Optimal: partiallyDeployed"]},"ftth":{"status":"eligible"},"ftto":{"status":"eligible","properties":{"isFiberAvailable":false,"zoning":"ZONE1"}}},"copper":{"adsl":{"status":"eligible","properties":{"bandwidth":1,"unit":"Mbits/s","countCopperPair":9}},"sdsl":{"status":"eligible","properties":{"bandwidth":2,"unit":"Mbits/s","countCopperPair":9,"countRequiredPairs":4}}}},"createdAt":"2023-04-20T10:45:14","updatedAt":"2023-04-20T10:45:14"},
];

export const MARCQ_A13_POIS = [
  {"id":"My4xMTYxODU5NjA4OTQyODU3NTAuNjc1MTgxODE4MDAxNTI=","building":{"id":"IMB/59378/X/013U","name":"A13"},"geoCoding":{"longitude":3.1161859608942857,"latitude":50.67518181800152},"address":{"cityCode":"59378","streetNumber":"340"},"supports":{"fiber":{"ftte":{"status":"eligible","properties":{"isOptimalAvailable":true},"comments":["FibreSmart: partiallyDeployed","FibreSmart Optimal: partiallyDeployed"]},"ftth":{"status":"eligible"},"ftto":{"status":"eligible","properties":{"isFiberAvailable":false,"zoning":"ZONE1"}}},"copper":{"adsl":{"status":"eligible","properties":{"bandwidth":1,"unit":"Mbits/s","countCopperPair":9}},"sdsl":{"status":"eligible","properties":{"bandwidth":2,"unit":"Mbits/s","countCopperPair":9,"countRequiredPairs":4}}}},"createdAt":"2023-04-20T10:52:00","updatedAt":"2023-04-20T10:52:00"},
];

export const RIP_CHERANCE_FTTE = {
  "place": {"geographicSite":{"address":"59 CHEMIN DE LA MARE, 53400 CHERANCE","normalizedAddress":{"inseeCode":"53068","rivoliCode":"0082","streetNr":"59","streetNrSuffix":"","streetType":"CHEMIN","streetName":"DE LA MARE","postcode":"53400","city":"CHERANCE","geographicSubAddress":[{"buildingCode":"IMB/53068/X/0052","geographicLocation":{"longitude":-0.9485705070969273,"latitude":47.813891088641164,"accuracy":"building"}}]}}},
  "productOfferingQualificationItem": [
    {"qualificationItemResult":"eligible","qualificationItemReason":"partiallyDeployed","productOffering":{"name":"FTTE Passif"},"product":{"characteristics":[{"name":"nroCode","value":"53084XCR"},{"name":"oiCode","value":"MAYE"},{"name":"oiName","value":"Mayenne Fibre"}]}},
    {"qualificationItemResult":"eligible","qualificationItemReason":"partiallyDeployed","productOffering":{"name":"FTTE Passif PM"},"product":{"characteristics":[{"name":"pmCode","value":"FI-53084-0002"},{"name":"oiCode","value":"MAYE"},{"name":"oiName","value":"Mayenne Fibre"}]}},
  ],
};

export const RIP_CHERANCE_FTTH = {
  "place": {"geographicSite":{"address":"59 CHEMIN DE LA MARE, 53400 CHERANCE","normalizedAddress":{"inseeCode":"53068","rivoliCode":"0082","streetNr":"59","streetType":"CHEMIN","streetName":"DE LA MARE","postcode":"53400","city":"CHERANCE","geographicSubAddress":[{"buildingCode":"IMB/53068/X/0052","geographicLocation":{"longitude":-0.9485705042736172,"latitude":47.81389107120403,"accuracy":"building"}}]}}},
  "productOfferingQualificationItem": [
    {"qualificationItemResult":"eligible","qualificationItemReason":"marketable","productOffering":{"name":"Accès aux lignes FTTH"},"product":{"characteristics":[{"name":"buildingStatus","value":"DEPLOYE"},{"name":"orderAcceptanceDate","value":"2020-05-14"},{"name":"commercialLaunchDate","value":"2020-05-29"},{"name":"siteType","value":"PAVILLON"},{"name":"logementNumber","value":"1"},{"name":"linkTypePBPTO","value":"aéro-souterrain"},{"name":"pmCode","value":"FI-53084-0002"},{"name":"nroCode","value":"53084XCR"},{"name":"oiCode","value":"MAYE"},{"name":"oiName","value":"Mayenne Fibre"}]}},
    {"qualificationItemResult":"eligible","qualificationItemReason":"marketable","productOffering":{"name":"FTTH activé"},"product":{"characteristics":[{"name":"buildingStatus","value":"DEPLOYE"},{"name":"orderAcceptanceDate","value":"2020-05-14"},{"name":"commercialLaunchDate","value":"2020-05-29"},{"name":"siteType","value":"PAVILLON"},{"name":"logementNumber","value":"1"},{"name":"linkTypePBPTO","value":"aéro-souterrain"},{"name":"pmCode","value":"FI-53084-0002"},{"name":"nroCode","value":"53084XCR"},{"name":"oiCode","value":"MAYE"},{"name":"oiName","value":"Mayenne Fibre"}]}},
  ],
};

export const RIP_VENDEE_M1 = {
  "place": {"geographicSite":{"normalizedAddress":{"inseeCode":"85020","rivoliCode":"012R","streetNr":"0","streetNrSuffix":"","streetType":null,"postcode":null,"geographicSubAddress":[{"buildingName":"M1","buildingCode":"IMB/85020/X/000I","geographicLocation":{"longitude":-0.577069805672707,"latitude":46.37015128478206,"accuracy":"building"}}]}}},
  "productOfferingQualificationItem": [
    {"qualificationItemResult":"eligible","qualificationItemReason":"deployed","productOffering":{"name":"FTTE Passif"},"product":{"characteristics":[{"name":"nroCode","value":"85020BNW"},{"name":"oiCode","value":"VENU"},{"name":"oiName","value":"Vendée Numérique"}]}},
    {"qualificationItemResult":"notEligible","qualificationItemReason":"notDeployed","productOffering":{"name":"FTTE Passif PM"},"product":{"characteristics":[{"name":"oiCode","value":"VENU"},{"name":"oiName","value":"Vendée Numérique"}]}},
  ],
};

export const RIP_VENDEE_NOT_COMPUTED = {
  "place": {"geographicSite":{"normalizedAddress":{"inseeCode":"85020","rivoliCode":"012R","streetNr":"0","streetNrSuffix":"","streetType":null,"postcode":null,"geographicSubAddress":[{"buildingName":"M1","buildingCode":"IMB/85020/X/000I","geographicLocation":{"longitude":-0.577069805672707,"latitude":46.37015128478206}},{"buildingName":"M2","buildingCode":"IMB/85020/X/000J","geographicLocation":{"longitude":-0.5778780066646744,"latitude":46.370427632662306}},{"buildingName":"M3","buildingCode":"IMB/85020/X/000K","geographicLocation":{"longitude":-0.5781887929655724,"latitude":46.37064472824139}},{"buildingName":"M4","buildingCode":"IMB/85020/X/000L","geographicLocation":{"longitude":-0.5785192115884559,"latitude":46.37001502349033}},{"buildingName":"M5","buildingCode":"IMB/85020/X/000M","geographicLocation":{"longitude":-0.5786817666276524,"latitude":46.36965072159087}},{"buildingName":"M6","buildingCode":"IMB/85020/X/000N","geographicLocation":{"longitude":-0.5774959712805582,"latitude":46.369609155977024}}]}}},
  "qualificationResult": "notComputed",
  "productOfferingQualificationItem": [],
};

export const ERRORS = {
  expired: { status: 401, body: {"code":42,"message":"Expired credentials","description":"The requested service needs credentials, and the ones provided were out-of-date."} },
  malformatted: { status: 400, body: {"code":400100,"message":"malformatted value","description":"the fullTextAddress value is malformatted, please use ',' to separate the street and the city informations"} },
  badBuildingCode: { status: 400, body: {"code":40024,"message":"Invalid body field","description":"buildingCode must respect the following pattern: 'IMB/[A-Z0-9]{5}/[A-Z]{1}/[A-Za-z0-9]{4}'"} },
  addressNotFound: { status: 404, body: {"code":4041,"message":"address not found","description":"address unknown, please provide more information or contact an Orange advisor"} },
  unknownBuilding: { status: 404, body: {"code":4042,"message":"unknown building","description":"unknown building, please provide more information or contact an Orange advisor"} },
  unavailable: { status: 503, body: {"code":2600,"message":"The service is temporarily unavailable","description":"Source backend service is temporarily unavailable, please try again later."} },
  internal: { status: 500, body: {"code":1,"message":"Internal error","description":"Generic failure message, used if no more precise code can be provided."} },
  ndNotFound: { status: 404, body: {"code":30,"message":"ND not found","description":"The ND is not found."} },
} as const;
