/**
 * Readable text for every documented RIP `qualificationItemReason` (spellings exactly as the
 * provider writes them, typos included: `exlusionZone`, `PartiallydeployedExtention`).
 */
export const RIP_REASON_TEXT: Readonly<Record<string, string>> = {
  // FTTE
  deployed: 'Fiber is deployed at this site',
  partiallyDeployed: 'Fiber is partially deployed at this site',
  deploying: 'Fiber deployment is in progress',
  notDeployed: 'Fiber is not deployed at this site',
  notFound: 'The site was not found',
  temporaryGel: 'Temporarily frozen: the building is deployed but orders are not open yet',
  exlusionZone: 'In an FTTE exclusion zone (address blocked)',
  PartiallydeployedExtention: 'Partially deployed, within the FTTE extension plan (address blocked)',
  freezeBeforeClosing: 'Frozen before the network closes (passive FTTE not orderable)',
  // FTTH
  marketable: 'Marketable: FTTH can be ordered',
  linkable: 'Linkable: the building can be connected',
  notYetAvailable: 'Not yet available: deployed, commercial launch to come',
  deployingBuildingSoon: 'The building will be deployed soon',
  deployedDistrict: 'The district is deployed, not this building yet',
  deployingDistrict: 'The district is being deployed',
  deployingDistrictSoon: 'The district will be deployed soon',
  deployingCity: 'The city is being deployed',
};

export function ripReasonText(reason: string): string {
  return RIP_REASON_TEXT[reason] ?? reason;
}
