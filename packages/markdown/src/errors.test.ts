import { ReckonError } from '@reckon/range';
import type { OfficialResponse } from '@reckon/schema';
import { describe, expect, it } from 'vitest';
import { BriefDataError, BriefOptionsError } from './errors';
import { renderDossier, renderResponse } from './render';
import { seedDossier } from './testing/seed';

/** Runs `attempt` and returns what it throws. */
function caught(attempt: () => unknown): unknown {
  try {
    attempt();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('errors', () => {
  it('BriefOptionsError: bad options, with a stable code, catchable as ReckonError (the TSDoc example)', () => {
    const error = caught(() => renderDossier(seedDossier(), { headingDepth: 7 }));
    expect(error).toBeInstanceOf(BriefOptionsError);
    expect(error).toBeInstanceOf(ReckonError);
    expect(error).toMatchObject({
      code: 'BRIEF_OPTIONS',
      option: 'headingDepth',
      name: 'BriefOptionsError',
    });
  });

  it('BriefDataError: a value that cannot be written, with where it is (the TSDoc example)', () => {
    const response = seedDossier().responses[0] as OfficialResponse;
    const error = caught(() => renderResponse({ ...response, date: '20 May' }));
    expect(error).toBeInstanceOf(BriefDataError);
    expect(error).toBeInstanceOf(ReckonError);
    expect(error).toMatchObject({
      code: 'BRIEF_DATA',
      path: 'response.date',
      name: 'BriefDataError',
    });
  });
});
