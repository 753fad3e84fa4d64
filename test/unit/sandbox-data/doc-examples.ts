// Example texts copied verbatim from the four seed documents (OVH guide EN 000 / FR 001,
// Orange b2b guide 002, Orange RIP guide 003). RIP texts keep their trailing commas.
/* eslint-disable */
export const citiesResponse = `{
"error": null,
"result": [
{
"inseeCode": "91471",
"zipCode": "91400",
"locality": "ORSAY",
"city": "ORSAY"
},
{
"inseeCode": "91471",
"zipCode": "91400",
"locality": "ORSIGNY",
"city": "ORSAY"
},
{
"inseeCode": "91534",
"zipCode": "91400",
"locality": "SACLAY",
"city": "SACLAY"
}
],
"status": "ok"
}`;
export const streetsResponse = `{
"result": [
{
"streetName": "ALLEE ALFRED POHU",
"streetCode": "9147134101"
},
{
"streetCode": "9147132200",
"streetName": "RUE DU VERGER"
},
{
"streetName": "RUE ELISA DESJOBERT",
"streetCode": "9147111200"
},
{
"streetName": "RUE ETIENNE BAUER",
"streetCode": "9147102180"
},
{
"streetName": "RUE FACULTE D ORSAY",
"streetCode": "9147110752"
}
],
"status": "ok",
"error": null
}`;
export const numbersResponse = `{
"status": "ok",
"result": [
"1",
"1B",
"2",
"2B",
"3",
"5",
"6",
"7",
"9",
"10",
"11",
"13",
"15",
"17",
"19"
],
"error": null
}`;
export const buildingsResponse = `{
"status": "ok",
"error": null,
"result": [
{
"stairs": [],
"reference": "IMB/91471/C/NT8X",
"type": "HOUSE",
"name": "",
"nro": "91122BUR"
}
]
}`;
export const buildingsByLineResponse = `{
"error": null,
"result": [
{
"nro": "91122BUR",
"name": "",
"stairs": [],
"type": "HOUSE",
"reference": "IMB/91471/C/NT8X"
}
],
"status": "ok"
}`;
export const testLineEnResponse = `{
"status": "ok",
"error": null,
"result": {
"offers": [
{
"product": {
"downloadRate": 1,
"name": "SDSL 1M on 2 pair(s)",
"provider": "SFR",
"code": "SDSL-1M-2P",
"uploadRate": 1,
"pairs": 2,
"type": "SDSL",
"grt": [
"4ho",
"4hno"
],
"guaranteed": true
},
"eligibility": {
"estimatedDownloadRate": null,
"underConditions": [],
"eligible": true,
"activationTypes": [
"create"
],
"estimatedUploadRate": null,
"reasons": []
}
},
{
"product": {
"downloadRate": 1,
"name": "SDSL 1M on 1 pair(s)",
"provider": "KOSC",
"code": "SDSL-1M-1P",
"uploadRate": 1,
"pairs": 1,
"type": "SDSL",
"grt": [
"4ho",
"4hno"
],
"guaranteed": true
},
"eligibility": {
"estimatedDownloadRate": null,
"underConditions": [],
"eligible": false,
"activationTypes": [
"activate",
"create"
],
"estimatedUploadRate": null,
"reasons": [
{
"message": "Too much attenuation to deliver the product.",
"code": "TOO_MUCH_ATTENUATION",
"availabilityDate": null
}
]
}
},
{
"product": {
"provider": "SFR",
"code": "SDSL-1M-4P",
"downloadRate": 1,
"name": "SDSL 1M on 4 pair(s)",
"pairs": 4,
"uploadRate": 1,
"grt": [
"4ho",
"4hno"
],
"type": "SDSL",
"guaranteed": true
},
"eligibility": {
"estimatedDownloadRate": null,
"underConditions": [],
"activationTypes": [
"create"
],
"eligible": true,
"estimatedUploadRate": null,
"reasons": []
}
},
{
"eligibility": {
"reasons": [
{
"message": "Copper not currently available in this area.",
"code": "COPPER_NOT_YET_AVAILABLE",
"availabilityDate": null
}
],
"estimatedUploadRate": 1,
"activationTypes": [
"activate"
],
"eligible": false,
"estimatedDownloadRate": 8.17,
"underConditions": []
},
"product": {
"uploadRate": 1,
"pairs": 1,
"downloadRate": 20,
"name": "ADSL-Max with shared unbundling",
"provider": "KOSC",
"code": "ADSL-MAX_SHARED",
"guaranteed": false,
"type": "ADSL",
"grt": []
}
},
{
"product": {
"guaranteed": false,
"type": "VDSL",
"grt": [],
"pairs": 1,
"uploadRate": 1,
"provider": "KOSC",
"code": "VDSL-MAX_FULL",
"name": "VDSL-Max with full unbundling",
"downloadRate": 20
},
"eligibility": {
"estimatedUploadRate": 0,
"reasons": [
{
"code": "TOO_MUCH_ATTENUATION",
"message": "Too much attenuation to deliver the product.",
"availabilityDate": null
}
],
"underConditions": [],
"estimatedDownloadRate": 0,
"eligible": false,
"activationTypes": [
"activate",
"create"
]
}
},
{
"eligibility": {
"estimatedUploadRate": 0.9970703125,
"reasons": [],
"underConditions": [],
"estimatedDownloadRate": 8.173828125,
"activationTypes": [
"create",
"activate"
],
"eligible": true
},
"product": {
"name": "ADSL-Max full unbundling",
"downloadRate": 20,
"provider": "KOSC",
"code": "ADSL-MAX_FULL",
"uploadRate": 1,
"pairs": 1,
"grt": [],
"type": "ADSL",
"guaranteed": false
}
},
{
"eligibility": {
"activationTypes": [
"activate",
"create"
],
"eligible": false,
"underConditions": [],
"estimatedDownloadRate": 1.46,
"reasons": [
{
"availabilityDate": null,
"message": "Copper not currently available in this area.",
"code": "COPPER_NOT_YET_AVAILABLE"
}
],
"estimatedUploadRate": 1.46
},
"product": {
"provider": "KOSC",
"code": "SDSL-MAX",
"downloadRate": 5,
"name": "SDSL-Max",
"pairs": 1,
"uploadRate": 5,
"type": "SDSL",
"grt": [],
"guaranteed": false
}
},
{
"eligibility": {
"activationTypes": [
"activate"
],
"eligible": false,
"estimatedDownloadRate": 0,
"underConditions": [],
"reasons": [
{
"message": "Too much attenuation to deliver the product.",
"code": "TOO_MUCH_ATTENUATION",
"availabilityDate": null
}
],
"estimatedUploadRate": 0
},
"product": {
"code": "VDSL-MAX_SHARED",
"provider": "KOSC",
"downloadRate": 20,
"name": "VDSL-Max with shared unbundling",
"pairs": 1,
"uploadRate": 1,
"type": "VDSL",
"grt": [],
"guaranteed": false
}
}
],
"endpoint": {
"portability": {
"type": null,
"eligibility": {
"underConditions": [],
"eligible": false,
"reasons": [
{
"availabilityDate": null,
"code": "3049",
"message": "L opérateur détient le parc à modifier"
}
]
},
"quarantineEndDate": null
},
"referenceType": "lineNumber",
"fiberInfo": null,
"copperInfo": {
"sectionsLengths": [
{
"diameter": 4,
"length": 3010
}
],
"maxAvailablePairs": 1,
"status": "active",
"underConstruction": false,
"unlistedNumber": false,
"availablePairs": 1,
"nra": "90123ABC"
},
"reference": "0123456789",
"address": {
"door": "00002",
"city": "PARIS",
"floor": null,
"stairs": null,
"streetName": "RUE DES JARDINS",
"housingComplex": "",
"zipCode": "94123",
"building": null,
"streetCode": "9412301234",
"streetNumber": "4",
"ownerName": null,
"inseeCode": "94321"
}
},
"eligibilityReference": "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01"
}
}`;
export const testLineFrResponse = `{
  "status": "ok",
  "error": null,
  "result": {
    "offers": [
      {
        "eligibility": {
          "reasons": [
            {
              "message": "Copper not currently available in this area.",
              "code": "COPPER_NOT_YET_AVAILABLE",
              "availabilityDate": null
            }
          ],
          "estimatedUploadRate": 1,
          "activationTypes": [
            "activate"
          ],
          "eligible": false,
          "estimatedDownloadRate": 8.17,
          "underConditions": []
        },
        "product": {
          "uploadRate": 1,
          "pairs": 1,
          "downloadRate": 20,
          "name": "ADSL-Max with shared unbundling",
          "provider": "KOSC",
          "code": "ADSL-MAX_SHARED",
          "guaranteed": false,
          "type": "ADSL",
          "grt": []
        }
      },
      {
        "product": {
          "guaranteed": false,
          "type": "VDSL",
          "grt": [],
          "pairs": 1,
          "uploadRate": 1,
          "provider": "KOSC",
          "code": "VDSL-MAX_FULL",
          "name": "VDSL-Max with full unbundling",
          "downloadRate": 20
        },
        "eligibility": {
          "estimatedUploadRate": 0,
          "reasons": [
            {
              "code": "TOO_MUCH_ATTENUATION",
              "message": "Too much attenuation to deliver the product.",
              "availabilityDate": null
            }
          ],
          "underConditions": [],
          "estimatedDownloadRate": 0,
          "eligible": false,
          "activationTypes": [
            "activate",
            "create"
          ]
        }
      },
      {
        "eligibility": {
          "estimatedUploadRate": 0.9970703125,
          "reasons": [],
          "underConditions": [],
          "estimatedDownloadRate": 8.173828125,
          "activationTypes": [
            "create",
            "activate"
          ],
          "eligible": true
        },
        "product": {
          "name": "ADSL-Max full unbundling",
          "downloadRate": 20,
          "provider": "KOSC",
          "code": "ADSL-MAX_FULL",
          "uploadRate": 1,
          "pairs": 1,
          "grt": [],
          "type": "ADSL",
          "guaranteed": false
        }
      },
      {
        "eligibility": {
          "activationTypes": [
            "activate"
          ],
          "eligible": false,
          "estimatedDownloadRate": 0,
          "underConditions": [],
          "reasons": [
            {
              "message": "Too much attenuation to deliver the product.",
              "code": "TOO_MUCH_ATTENUATION",
              "availabilityDate": null
            }
          ],
          "estimatedUploadRate": 0
        },
        "product": {
          "code": "VDSL-MAX_SHARED",
          "provider": "KOSC",
          "downloadRate": 20,
          "name": "VDSL-Max with shared unbundling",
          "pairs": 1,
          "uploadRate": 1,
          "type": "VDSL",
          "grt": [],
          "guaranteed": false
        }
      }
    ],
    "endpoint": {
      "portability": {
        "type": null,
        "eligibility": {
          "underConditions": [],
          "eligible": false,
          "reasons": [
            {
              "availabilityDate": null,
              "code": "3049",
              "message": "L opérateur détient le parc à modifier"
            }
          ]
        },
        "quarantineEndDate": null
      },
      "referenceType": "lineNumber",
      "fiberInfo": null,
      "copperInfo": {
        "sectionsLengths": [
          {
            "diameter": 4,
            "length": 3010
          }
        ],
        "maxAvailablePairs": 1,
        "status": "active",
        "underConstruction": false,
        "unlistedNumber": false,
        "availablePairs": 1,
        "nra": "90123ABC"
      },
      "reference": "0123456789",
      "address": {
        "door": "00002",
        "city": "PARIS",
        "floor": null,
        "stairs": null,
        "streetName": "RUE DES JARDINS",
        "housingComplex": "",
        "zipCode": "94123",
        "building": null,
        "streetCode": "9412301234",
        "streetNumber": "4",
        "ownerName": null,
        "inseeCode": "94321"
      }
    },
    "eligibilityReference": "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01"
  }
}`;
export const linesResponse = `{
"status": "ok",
"error": null,
"result": [
{
"copperInfo": {
"underConstruction": null,
"availablePairs": null,
"status": "inactive",
"unlistedNumber": false,
"maxAvailablePairs": null,
"nra": null,
"sectionsLengths": []
},
"address": {
"streetCode": "123456789",
"stairs": null,
"floor": null,
"city": "ROUBAIX",
"door": null,
"streetName": "RUE DES JARDINS",
"zipCode": "94123",
"building": null,
"housingComplex": "",
"inseeCode": "94123",
"streetNumber": "4",
"ownerName": "J*** D**"
},
"lineNumber": "0123456789"
}
]
}`;
export const testAddressResponse = `{
"status": "ok",
"result": {
"eligibilityReference": "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01",
"endpoint": {
"referenceType": "lineNumber",
"portability": {
"quarantineEndDate": null,
"type": null,
"eligibility": {
"underConditions": [],
"reasons": [],
"eligible": false
}
},
"address": {
"city": "PARIS",
"zipCode": "94123",
"stairs": null,
"door": null,
"streetCode": "94123001234",
"inseeCode": "94123",
"ownerName": null,
"streetName": "RUE DES JARDINS",
"housingComplex": "",
"building": null,
"floor": null,
"streetNumber": "4"
},
"fiberInfo": null,
"copperInfo": {
"sectionsLengths": [
{
"diameter": 4,
"length": 1239
}
],
"underConstruction": false,
"maxAvailablePairs": 6,
"unlistedNumber": false,
"nra": "59512PIL",
"availablePairs": 6,
"status": "active"
},
"reference": "0123456789"
},
"offers": [
{
"eligibility": {
"activationTypes": [
"createNeighbour"
],
"estimatedDownloadRate": 20.04,
"underConditions": [],
"reasons": [
{
"message": "Too much attenuation to deliver the product.",
"availabilityDate": null,
"code": "TOO_MUCH_ATTENUATION"
}
],
"eligible": false,
"estimatedUploadRate": 1.48
},
"product": {
"provider": "KOSC",
"downloadRate": 20,
"pairs": 1,
"name": "VDSL-Max with full unbundling",
"uploadRate": 1,
"guaranteed": false,
"type": "VDSL",
"grt": [],
"code": "VDSL-MAX_FULL"
}
},
{
"product": {
"provider": "KOSC",
"pairs": 1,
"downloadRate": 20,
"name": "ADSL-Max full unbundling",
"uploadRate": 1,
"guaranteed": false,
"type": "ADSL",
"code": "ADSL-MAX_FULL",
"grt": []
},
"eligibility": {
"eligible": true,
"estimatedUploadRate": 1.16796875,
"underConditions": [],
"reasons": [],
"estimatedDownloadRate": 18.935546875,
"activationTypes": [
"createNeighbour"
]
}
}
]
},
"error": null
}`;
export const testBuildingEnResponse = `{
"error": null,
"status": "ok",
"result": {
"offers": [
{
"product": {
"pairs": null,
"uploadRate": 250,
"guaranteed": false,
"code": "FTTH-MAX-300M",
"type": "FTTH",
"grt": [],
"name": "FTTH-Max 300M download and 250M upload",
"provider": "KOSC",
"downloadRate": 300
},
"eligibility": {
"estimatedDownloadRate": null,
"estimatedUploadRate": null,
"underConditions": [],
"activationTypes": [],
"reasons": [],
"eligible": true
}
},
{
"product": {
"grt": [],
"name": "FTTH-Max 1G download and 250M upload",
"downloadRate": 1000,
"provider": "KOSC",
"pairs": null,
"guaranteed": false,
"type": "FTTH",
"code": "FTTH-MAX-1G",
"uploadRate": 250
},
"eligibility": {
"estimatedDownloadRate": null,
"activationTypes": [],
"eligible": true,
"reasons": [],
"estimatedUploadRate": null,
"underConditions": []
}
}
],
"endpoint": {
"referenceType": "building",
"portability": null,
"address": {
"door": null,
"floor": null,
"stairs": null,
"zipCode": "91400",
"city": "ORSAY",
"streetNumber": "2",
"housingComplex": null,
"inseeCode": "91471",
"ownerName": null,
"streetName": "RUE DU VERGER",
"building": null,
"streetCode": "9147123456"
},
"fiberInfo": {
"nro": "91122ABC",
"operatorCode": "FI",
"buildingType": "HOUSE",
"buildingName": "",
"buildingReference": "IMB/91234/A/NT6Z",
"operatorName": "ORANGE"
},
"reference": "IMB/91234/A/NT6Z",
"copperInfo": null
},
"eligibilityReference": "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01"
}
}`;
export const testBuildingFrResponse = `{
  "error": null,
  "status": "ok",
  "result": {
    "offers": [
      {
        "product": {
          "pairs": null,
          "uploadRate": 800,
          "guaranteed": false,
          "code": "PROFIBER",
          "type": "FTTH",
          "grt": [],
          "name": "PRO FIBER with 1G download and 800M upload",
          "provider": "KOSC",
          "downloadRate": 1000
        },
        "eligibility": {
          "estimatedDownloadRate": null,
          "estimatedUploadRate": null,
          "underConditions": [],
          "activationTypes": [],
          "reasons": [],
          "eligible": true
        }
      }
    ],
    "endpoint": {
      "referenceType": "building",
      "portability": null,
      "address": {
        "door": null,
        "floor": null,
        "stairs": null,
        "zipCode": "91400",
        "city": "ORSAY",
        "streetNumber": "2",
        "housingComplex": null,
        "inseeCode": "91471",
        "ownerName": null,
        "streetName": "RUE DU VERGER",
        "building": null,
        "streetCode": "9147123456"
      },
      "fiberInfo": {
        "nro": "91122ABC",
        "operatorCode": "FI",
        "buildingType": "HOUSE",
        "buildingName": "",
        "buildingReference": "IMB/91234/A/NT6Z",
        "operatorName": "ORANGE"
      },
      "reference": "IMB/91234/A/NT6Z",
      "copperInfo": null
    },
    "eligibilityReference": "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01"
  }
}`;
export const poiAjaccio = `[
{
"id": "OC43MjgxNTk1MDE5MTUxNjM0MS45MTk0MTEyNzQzMzQzMw==",
"building": {
"id": "IMB/2A004/C/01RJ"
},
"geoCoding": {
"longitude": 8.728159501915163,
"latitude": 41.91941127433433
},
"formattedAddress": "RUE MAURICE CHOURY, 20000 AJACCIO",
"address": {
"cityCode": "2A004",
"postalCode": "20000",
"rivoliCode": "0903"
},
"supports": {
"fiber": {
"ftte": {
"status": "eligible",
"properties": {
"isOptimalAvailable": true
},
"comments": [
"FibreSmart: partiallyDeployed",
"FibreSmart Optimal: partiallyDeployed"
]
},
"ftth": {
"status": "eligible"
},
"ftto": {
"status": "eligible",
"properties": {
"isFiberAvailable": false,
"zoning": "ZONE1"
}
}
},
"copper": {
"adsl": {
"status": "eligible",
"properties": {
"bandwidth": 18,
"unit": "Mbits/s",
"countCopperPair": 8
}
},
"sdsl": {
"status": "eligible",
"properties": {
"bandwidth": 8,
"unit": "Mbits/s",
"countCopperPair": 8,
"countRequiredPairs": 4
}
}
}
},
"createdAt": "2023-04-07T10:32:10",
"updatedAt": "2023-04-07T10:32:10"
},
{
"id": "OC43MjgzNzc4NzY1NzM3MDg0MS45MTg1NjY5NzQ0NDMyMg==",
"building": {
"id": "IMB/2A004/X/03OL"
},
"geoCoding": {
"longitude": 8.728377876573708,
"latitude": 41.91856697444322
},
"formattedAddress": "RUE MAURICE CHOURY, 20000 AJACCIO",
"address": {
"cityCode": "2A004",
"postalCode": "20000",
"rivoliCode": "0903"
},
"supports": {
"fiber": {
"ftte": {
"status": "eligible",
"properties": {
"isOptimalAvailable": true
},
"comments": [
"FibreSmart: partiallyDeployed",
"FibreSmart Optimal: partiallyDeployed"
]
},
"ftth": {
"status": "eligible"
},
"ftto": {
"status": "eligible",
"properties": {
"isFiberAvailable": false,
"zoning": "ZONE1"
}
}
},
"copper": {
"adsl": {
"status": "eligible",
"properties": {
"bandwidth": 18,
"unit": "Mbits/s",
"countCopperPair": 8
}
},
"sdsl": {
"status": "eligible",
"properties": {
"bandwidth": 8,
"unit": "Mbits/s",
"countCopperPair": 8,
"countRequiredPairs": 4
}
}
}
},
"createdAt": "2023-04-07T10:32:10",
"updatedAt": "2023-04-07T10:32:10"
},
{
"id": "OC43MjgyMzY0ODczMDkyODc0MS45MTg3MjkzNDA0ODg3NzQ=",
"building": {
"id": "IMB/2A004/X/048L"
},
"geoCoding": {
"longitude": 8.728236487309287,
"latitude": 41.918729340488774
},
"formattedAddress": "RUE MAURICE CHOURY, 20000 AJACCIO",
"address": {
"cityCode": "2A004",
"postalCode": "20000",
"rivoliCode": "0903"
},
"supports": {
"fiber": {
"ftte": {
"status": "eligible",
"properties": {
"isOptimalAvailable": true
},
"comments": [
"FibreSmart: partiallyDeployed",
"FibreSmart Optimal: partiallyDeployed"
]
},
"ftth": {
"status": "eligible"
},
"ftto": {
"status": "eligible",
"properties": {
"isFiberAvailable": false,
"zoning": "ZONE1"
}
}
},
"copper": {
"adsl": {
"status": "eligible",
"properties": {
"bandwidth": 18,
"unit": "Mbits/s",
"countCopperPair": 8
}
},
"sdsl": {
"status": "eligible",
"properties": {
"bandwidth": 8,
"unit": "Mbits/s",
"countCopperPair": 8,
"countRequiredPairs": 4
}
}
}
},
"createdAt": "2023-04-07T10:32:10",
"updatedAt": "2023-04-07T10:32:10"
},
{
"id": "NDEuOTE5MDIyNDEuOTE5MDIy",
"geoCoding": {
"longitude": 8.72814,
"latitude": 41.919022
},
"formattedAddress": "RUE MAURICE CHOURY, 20000 AJACCIO",
"address": {
"cityCode": "2A004",
"postalCode": "20000",
"rivoliCode": "0903"
},
"supports": {
"fiber": {
"ftto": {
"status": "eligible",
"properties": {
"isFiberAvailable": false,
"zoning": "ZONE1"
}
}
},
"copper": {
"adsl": {
"status": "eligible",
"properties": {
"bandwidth": 18,
"unit": "Mbits/s",
"countCopperPair": 8
}
},
"sdsl": {
"status": "eligible",
"properties": {
"bandwidth": 8,
"unit": "Mbits/s",
"countCopperPair": 8,
"countRequiredPairs": 4
}
}
}
},
"createdAt": "2023-04-07T10:32:10",
"updatedAt": "2023-04-07T10:32:10"
}
]`;
export const poi013S = `[
{
"id": "My4xMTcxNzM3MTE1OTExNzUwLjY3NTg4MDQ0NjEwODAy",
"building": {
"id": "IMB/59378/X/013S"
},
"geoCoding": {
"longitude": 3.11717371159117,
"latitude": 50.67588044610802
},
"address": {
"cityCode": "59378",
"streetNumber": "340"
},
"supports": {
"fiber": {
"ftte": {
"status": "eligible",
"properties": {
"isOptimalAvailable": true
},
"comments": [
"FibreSmart: partiallyDeployed",
"FibreSmart Optimal: partiallyDeployed"
]
},
"ftth": {
"status": "eligible"
},
"ftto": {
"status": "eligible",
"properties": {
"isFiberAvailable": false,
"zoning": "ZONE1"
}
}
},
"copper": {
"adsl": {
"status": "eligible",
"properties": {
"bandwidth": 1,
"unit": "Mbits/s",
"countCopperPair": 9
}
},
"sdsl": {
"status": "eligible",
"properties": {
"bandwidth": 2,
"unit": "Mbits/s",
"countCopperPair": 9,
"countRequiredPairs": 4
}
}
}
},
"createdAt": "2023-04-20T10:45:14",
"updatedAt": "2023-04-20T10:45:14"
}
]`;
export const poiA13 = `[
{
"id": "My4xMTYxODU5NjA4OTQyODU3NTAuNjc1MTgxODE4MDAxNTI=",
"building": {
"id": "IMB/59378/X/013U",
"name": "A13"
},
"geoCoding": {
"longitude": 3.1161859608942857,
"latitude": 50.67518181800152
},
"address": {
"cityCode": "59378",
"streetNumber": "340"
},
"supports": {
"fiber": {
"ftte": {
"status": "eligible",
"properties": {
"isOptimalAvailable": true
},
"comments": [
"FibreSmart: partiallyDeployed",
"FibreSmart Optimal: partiallyDeployed"
]
},
"ftth": {
"status": "eligible"
},
"ftto": {
"status": "eligible",
"properties": {
"isFiberAvailable": false,
"zoning": "ZONE1"
}
}
},
"copper": {
"adsl": {
"status": "eligible",
"properties": {
"bandwidth": 1,
"unit": "Mbits/s",
"countCopperPair": 9
}
},
"sdsl": {
"status": "eligible",
"properties": {
"bandwidth": 2,
"unit": "Mbits/s",
"countCopperPair": 9,
"countRequiredPairs": 4
}
}
}
},
"createdAt": "2023-04-20T10:52:00",
"updatedAt": "2023-04-20T10:52:00"
}
]`;
export const ripNdRequest = `{
"contextType": "nd",
"category": {
"name": "ftte"
},
"publicKey": {
"name": "nd",
"value": "0123456789"
}
}`;
export const ripNdResponse = `{
"code": 30,
"message": "ND not found",
"description": "The ND is not found."
}`;
export const ripChAddrRequest = `{
"contextType": "address",
"category": {
"name": "ftte"
},
"place": {
"geographicAddress": {
"rivoliCode": "0082",
"cityCode": "53068",
"streetNr": "59"
}
}
}`;
export const ripChAddrResponse = `{
"place": {
"geographicSite": {
"address": "59 CHEMIN DE LA MARE, 53400 CHERANCE",
"normalizedAddress": {
"inseeCode": "53068",
"rivoliCode": "0082",
"streetNr": "59",
"streetNrSuffix": "",
"streetType": "CHEMIN",
"streetName": "DE LA MARE",
"postcode": "53400",
"city": "CHERANCE",
"geographicSubAddress": [
{
"buildingCode": "IMB/53068/X/0052",
"geographicLocation": {
"longitude": -0.9485705070969273,
"latitude": 47.813891088641164,
"accuracy": "building"
}
}
]
}
}
},
"productOfferingQualificationItem": [
{
"qualificationItemResult": "eligible",
"qualificationItemReason": "partiallyDeployed",
"productOffering": {
"name": "FTTE Passif",
},
"product": {
"characteristics": [
{
"name": "nroCode",
"value": "53084XCR"
},
{
"name": "oiCode",
"value": "MAYE"
},
{
"name": "oiName",
"value": "Mayenne Fibre"
}
]
}
},
{
"qualificationItemResult": "eligible",
"qualificationItemReason": "partiallyDeployed",
"productOffering": {
"name": "FTTE Passif PM",
},
"product": {
"characteristics": [
{
"name": "pmCode",
"value": "FI-53084-0002"
},
{
"name": "oiCode",
"value": "MAYE"
},
{
"name": "oiName",
"value": "Mayenne Fibre"
}
]
}
}
],
}`;
export const ripVendeeRequest = `{
"contextType": "address",
"category": {
"name": "ftte"
},
"place": {
"geographicAddress": {
"rivoliCode": "012R",
"cityCode": "85020"
}
}
}`;
export const ripVendeeResponse = `{
"place": {
"geographicSite": {
"normalizedAddress": {
"inseeCode": "85020",
"rivoliCode": "012R",
"streetNr": "0",
"streetNrSuffix": "",
"streetType": null,
"postcode": null,
"geographicSubAddress": [
{
"buildingName": "M1",
"buildingCode": "IMB/85020/X/000I",
"geographicLocation": {
"longitude": -0.577069805672707,
"latitude": 46.37015128478206
}
},
{
"buildingName": "M2",
"buildingCode": "IMB/85020/X/000J",
"geographicLocation": {
"longitude": -0.5778780066646744,
"latitude": 46.370427632662306
}
},
{
"buildingName": "M3",
"buildingCode": "IMB/85020/X/000K",
"geographicLocation": {
"longitude": -0.5781887929655724,
"latitude": 46.37064472824139
}
},
{
"buildingName": "M4",
"buildingCode": "IMB/85020/X/000L",
"geographicLocation": {
"longitude": -0.5785192115884559,
"latitude": 46.37001502349033
}
},
{
"buildingName": "M5",
"buildingCode": "IMB/85020/X/000M",
"geographicLocation": {
"longitude": -0.5786817666276524,
"latitude": 46.36965072159087
}
},
{
"buildingName": "M6",
"buildingCode": "IMB/85020/X/000N",
"geographicLocation": {
"longitude": -0.5774959712805582,
"latitude": 46.369609155977024
}
}
]
}
}
},
"qualificationResult": "notComputed",
"productOfferingQualificationItem": [],
}`;
export const ripVendee000IRequest = `{
"contextType": "address",
"category": {
"name": "ftte"
},
"place": {
"geographicAddress": {
"rivoliCode": "012R",
"cityCode": "85020",
"geographicSubAddress": {
"buildingCode": "IMB/85020/X/000I"
}
}
}
}`;
export const ripVendee000IResponse = `{
"place": {
"geographicSite": {
"normalizedAddress": {
"inseeCode": "85020",
"rivoliCode": "012R",
"streetNr": "0",
"streetNrSuffix": "",
"streetType": null,
"postcode": null,
"geographicSubAddress": [
{
"buildingName": "M1",
"buildingCode": "IMB/85020/X/000I",
"geographicLocation": {
"longitude": -0.577069805672707,
"latitude": 46.37015128478206,
"accuracy": "building"
}
}
]
}
}
},
"productOfferingQualificationItem": [
{
"qualificationItemResult": "eligible",
"qualificationItemReason": "deployed",
"productOffering": {
"name": "FTTE Passif",
},
"product": {
"characteristics": [
{
"name": "nroCode",
"value": "85020BNW"
},
{
"name": "oiCode",
"value": "VENU"
},
{
"name": "oiName",
"value": "Vendée Numérique"
}
]
}
},
{
"qualificationItemResult": "notEligible",
"qualificationItemReason": "notDeployed",
"productOffering": {
"name": "FTTE Passif PM",
},
"product": {
"characteristics": [
{
"name": "oiCode",
"value": "VENU"
},
{
"name": "oiName",
"value": "Vendée Numérique"
}
]
}
}
],
}`;
export const ripGpsRequest = `{
"contextType": "geographiclocation",
"category": {
"name": "ftte"
},
"place": {
"geographicLocation": {
"x": "3.516726",
"y": "50.319779"
}
}
}`;
export const ripFulltextRequest = `{
"contextType": "fulltext",
"category": {
"name": "ftth"
},
"place": {
"nonFormattedAddress": {
"fullText": "59 CHEMIN DE LA MARE, 53400 CHERANCE"
}
}
}`;
export const ripFulltextResponse = `{
"place": {
"geographicSite": {
"address": "59 CHEMIN DE LA MARE, 53400 CHERANCE",
"normalizedAddress": {
"inseeCode": "53068",
"rivoliCode": "0082",
"streetNr": "59",
"streetType": "CHEMIN",
"streetName": "DE LA MARE",
"postcode": "53400",
"city": "CHERANCE",
"geographicSubAddress": [
{
"buildingCode": "IMB/53068/X/0052",
"geographicLocation": {
"longitude": -0.9485705042736172,
"latitude": 47.81389107120403,
"accuracy": "building"
}
}
]
}
}
},
"productOfferingQualificationItem": [
{
"qualificationItemResult": "eligible",
"qualificationItemReason": "marketable",
"productOffering": {
"name": "Accès aux lignes FTTH",
},
"product": {
"characteristics": [
{
"name": "buildingStatus",
"value": "DEPLOYE"
},
{
"name": "orderAcceptanceDate",
"value": "2020-05-14"
},
{
"name": "commercialLaunchDate",
"value": "2020-05-29"
},
{
"name": "siteType",
"value": "PAVILLON"
},
{
"name": "logementNumber",
"value": "1"
},
{
"name": "linkTypePBPTO",
"value": "aéro-souterrain"
},
{
"name": "pmCode",
"value": "FI-53084-0002"
},
{
"name": "nroCode",
"value": "53084XCR"
},
{
"name": "oiCode",
"value": "MAYE"
},
{
"name": "oiName",
"value": "Mayenne Fibre"
}
]
}
},
{
"qualificationItemResult": "eligible",
"qualificationItemReason": "marketable",
"productOffering": {
"name": "FTTH activé",
},
"product": {
"characteristics": [
{
"name": "buildingStatus",
"value": "DEPLOYE"
},
{
"name": "orderAcceptanceDate",
"value": "2020-05-14"
},
{
"name": "commercialLaunchDate",
"value": "2020-05-29"
},
{
"name": "siteType",
"value": "PAVILLON"
},
{
"name": "logementNumber",
"value": "1"
},
{
"name": "linkTypePBPTO",
"value": "aéro-souterrain"
},
{
"name": "pmCode",
"value": "FI-53084-0002"
},
{
"name": "nroCode",
"value": "53084XCR"
},
{
"name": "oiCode",
"value": "MAYE"
},
{
"name": "oiName",
"value": "Mayenne Fibre"
}
]
}
}
],
}`;
export const ripBuildingCodeRequest = `{
"contextType": "buildingCode",
"category": {
"name": "ftth"
},
"publicKey": {
"name": "buildingCode",
"value": "IMB/53068/X/0052"
}
}`;
export const ripBuildingCodeResponse = `{
"place": {
"geographicSite": {
"address": "59 CHEMIN DE LA MARE, 53400 CHERANCE",
"normalizedAddress": {
"inseeCode": "53068",
"rivoliCode": "0082",
"streetNr": "59",
"streetType": "CHEMIN",
"streetName": "DE LA MARE",
"postcode": "53400",
"city": "CHERANCE",
"geographicSubAddress": [
{
"buildingCode": "IMB/53068/X/0052",
"geographicLocation": {
"longitude": -0.9485705042736172,
"latitude": 47.81389107120403,
"accuracy": "building"
}
}
]
}
}
},
"productOfferingQualificationItem": [
{
"qualificationItemResult": "eligible",
"qualificationItemReason": "marketable",
"productOffering": {
"name": "Accès aux lignes FTTH",
},
"product": {
"characteristics": [
{
"name": "buildingStatus",
"value": "DEPLOYE"
},
{
"name": "orderAcceptanceDate",
"value": "2020-05-14"
},
{
"name": "commercialLaunchDate",
"value": "2020-05-29"
},
{
"name": "siteType",
"value": "PAVILLON"
},
{
"name": "logementNumber",
"value": "1"
},
{
"name": "linkTypePBPTO",
"value": "aéro-souterrain"
},
{
"name": "pmCode",
"value": "FI-53084-0002"
},
{
"name": "nroCode",
"value": "53084XCR"
},
{
"name": "oiCode",
"value": "MAYE"
},
{
"name": "oiName",
"value": "Mayenne Fibre"
}
]
}
},
{
"qualificationItemResult": "eligible",
"qualificationItemReason": "marketable",
"productOffering": {
"name": "FTTH activé",
},
"product": {
"characteristics": [
{
"name": "buildingStatus",
"value": "DEPLOYE"
},
{
"name": "orderAcceptanceDate",
"value": "2020-05-14"
},
{
"name": "commercialLaunchDate",
"value": "2020-05-29"
},
{
"name": "siteType",
"value": "PAVILLON"
},
{
"name": "logementNumber",
"value": "1"
},
{
"name": "linkTypePBPTO",
"value": "aéro-souterrain"
},
{
"name": "pmCode",
"value": "FI-53084-0002"
},
{
"name": "nroCode",
"value": "53084XCR"
},
{
"name": "oiCode",
"value": "MAYE"
},
{
"name": "oiName",
"value": "Mayenne Fibre"
}
]
}[enter link description here](/ope-contents/channels/87afd7365baec589/offers/TELItsCLGPyV2dah/products/LUHZllBvIB2KfUcT/contents/VjAGwh6JWnFvryfJ)
}
],
}`;
