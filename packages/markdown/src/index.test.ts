import { describe, expect, it } from 'vitest';

describe('@reckon/markdown', () => {
  it('exports exactly its public API, so nothing appears or vanishes by accident', async () => {
    expect(Object.keys(await import('@reckon/markdown')).sort()).toEqual([
      'BriefDataError',
      'BriefOptionsError',
      'DATE_FORMATS',
      'LINK_STYLES',
      'RANGE_STYLES',
      'SECTION_NAMES',
      'dossierToMdast',
      'estimatesToMdast',
      'linkOrCode',
      'normaliseText',
      'renderDossier',
      'renderEstimates',
      'renderReport',
      'renderResponse',
      'reportToMdast',
      'resolveOptions',
      'responseToMdast',
      'safeHref',
      'safeText',
      'serializeBrief',
    ]);
  });
});
